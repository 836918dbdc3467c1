"""A page file another program is still writing (a copy, a sync or a download half done) is not imported as a page
(run 25 A37: half a page imported as whole, silently; the complete page later came in as a new version)."""
from __future__ import annotations

import os
import time

RECENT = 10.0   # seconds: a file changed longer ago than this is taken as finished
QUIET = 2.0     # seconds a page must have been left unchanged before it is read as whole (run 61 A38: a program
# that opens, appends and closes each time, or a share, is seen holding nothing open); JMREVIEW_QUIET_SECONDS
FRESH = 1.0     # seconds a look at what other programs hold open for writing is used again (a folder of new files)
_seen: list[tuple[float, dict[tuple[int, int], str]]] = []


def writer_of(info: os.stat_result) -> str | None:
    """Another program holding the file open for writing, when it changed moments ago ("cp (pid 812)"); None when
    none does, or it cannot be told (no /proc: not Linux)."""
    if time.time() - info.st_mtime > RECENT or not os.path.isdir("/proc/self/fdinfo"):
        return None
    key = (info.st_dev, info.st_ino)
    if not _seen or time.monotonic() - _seen[0][0] > FRESH or key in _seen[0][1]:   # a writer found: looked at
        _seen[:] = [(time.monotonic(), _open_for_writing())]                        # again, it may have finished
    return _seen[0][1].get(key)


def quiet_for() -> float:
    """The seconds a page must have been left unchanged: JMREVIEW_QUIET_SECONDS (a slow share may want more)."""
    try:
        value = float(os.environ.get("JMREVIEW_QUIET_SECONDS", QUIET))
    except ValueError:
        return QUIET
    return min(max(value, 0.0), 60.0) if value == value else QUIET


def changed_since(path: str | os.PathLike[str], fd: int, info: os.stat_result) -> bool:
    """A page changed moments ago changed again after a quiet moment (run 61 A38: lines appended by a program that
    opens and closes the file each time, imported half written); waits only while it is younger than the moment."""
    quiet = quiet_for()
    age = time.time() - info.st_mtime
    if quiet <= 0 or age >= quiet:
        return False
    time.sleep(min(quiet - age, quiet))   # a time in the future (a share's clock) waits the whole moment
    later = os.fstat(fd)
    try:
        named = os.stat(path)
    except OSError:   # moved away meanwhile: another program is at work on it
        return True
    return (later.st_size, later.st_mtime_ns) != (info.st_size, info.st_mtime_ns) or \
        (named.st_dev, named.st_ino) != (info.st_dev, info.st_ino)


def _open_for_writing() -> dict[tuple[int, int], str]:
    """Every file other processes hold open for writing, by device and inode, with the program."""
    me, found = os.getpid(), {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        if int(pid) == me:
            continue
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:   # gone, or another user's
            continue
        for fd in fds:
            try:
                with open(f"/proc/{pid}/fdinfo/{fd}", encoding="ascii") as fh:
                    flags = next((int(line.split()[1], 8) for line in fh if line.startswith("flags:")), 0)
                if flags & (os.O_WRONLY | os.O_RDWR):
                    seen = os.stat(f"/proc/{pid}/fd/{fd}")
                    found[(seen.st_dev, seen.st_ino)] = f"{_name(pid)} (pid {pid})"
            except (OSError, ValueError):
                continue
    return found


def _name(pid: str) -> str:
    try:
        with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as fh:
            return fh.read().strip() or "?"
    except OSError:
        return "?"
