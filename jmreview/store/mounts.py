"""A database file reachable under a second path by a bind mount of the file itself (run 28 A28).

A hard link shows in the file's link count; a bind mount of the file does not: the same file, one link, two paths.
SQLite keeps its journal (`-wal`) beside the path it was given, so two programs opening the two paths would write
two journals of one file, and the one folded in last wins. The mount table names every such path: a mount point
on the file's own device that is this very file, or the file's path being itself a mount point.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

MOUNTINFO = Path("/proc/self/mountinfo")
_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescaped(field: str) -> str:
    """A path as the mount table writes it (a space as \\040)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def _mounts(table: str) -> list[tuple[str, str, str]]:
    """(major:minor, root, mount point) of each line of a mountinfo table."""
    out = []
    for line in table.splitlines():
        fields = line.split(" ")
        if len(fields) > 4:
            out.append((fields[2], _unescaped(fields[3]), _unescaped(fields[4])))
    return out


def other_paths(path: Path, info: os.stat_result, table: str | None = None) -> list[str]:
    """The other paths this file is mounted under, or the path it is bound from (none on a system without a mount
    table). Only mount points of the file's own device are looked at: a stale network mount is never touched."""
    if table is None:
        try:
            table = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
    device = f"{os.major(info.st_dev)}:{os.minor(info.st_dev)}"
    here = os.path.realpath(path)
    mounts = [m for m in _mounts(table) if m[0] == device]
    found: list[str] = []
    for _dev, root, point in mounts:
        if point == here:   # this path is itself a bind mount of a file: its other name is the source, named as
            found.append(_reachable(root, mounts, info, here))   # this system reaches it (run 30 A10)
            continue
        try:
            seen = os.stat(point)
        except OSError:
            continue
        if (seen.st_dev, seen.st_ino) == (info.st_dev, info.st_ino) and os.path.isfile(point):
            found.append(point)
    return sorted(set(found) - {here})


def _reachable(root: str, mounts: list[tuple[str, str, str]], info: os.stat_result, here: str) -> str:
    """Where a file of a file system (its path inside it: a mount's root) is reached here, other than `here`: through
    a mount of that file system holding it, checked to be the same file; else its path inside the file system."""
    for _dev, base, point in sorted(mounts, key=lambda m: len(m[1])):
        if not (root == base or root.startswith(base.rstrip("/") + "/")):
            continue
        candidate = os.path.normpath(os.path.join(point, os.path.relpath(root, base)))
        if candidate == here:
            continue
        try:
            seen = os.stat(candidate)
        except OSError:
            continue
        if (seen.st_dev, seen.st_ino) == (info.st_dev, info.st_ino):
            return candidate
    return f"{root} (inside its file system)"
