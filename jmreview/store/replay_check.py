"""Whether replaying a -wal would take the database back in time (a -wal that is not the file's own continuation).

A -wal of the database's own holds transactions made after the main file's last checkpoint: replayed, the edit log
only grows (no edit ever deletes a row of it) and no article's version goes down (every correction raises it). An
older copy of the -wal put back (a sync tool, a restored folder), or one left by a process whose file was renamed over,
holds pages as they were before later work: replayed, rows of the edit log vanish or articles fall back to older
versions, with the corrections they hold. The one legitimate replay that does either is a restore of a backup, which
writes every page of the database; such a -wal holds a few.
"""
from __future__ import annotations

import sqlite3
import struct
from array import array
from dataclasses import dataclass
from pathlib import Path

from jmreview.store.backup import sqlite_uri

WAL_HEADER, FRAME_HEADER = 32, 24


@dataclass
class Stamp:
    """How far a database file has come: its edit log's rows and highest id, and each article's version."""

    rows: int
    top: int
    ids: array
    versions: array


def _read(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)


def log_stamp(path: Path) -> Stamp | None:
    """The stamp of a database file as it is, no -wal replayed (None: not a jmreview database yet)."""
    try:
        con = _read(path)
        try:
            rows, top = con.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM editlog").fetchone()
            ids, versions = array("q"), array("q")
            for art, version in con.execute("SELECT id, version FROM article ORDER BY id"):
                ids.append(art)
                versions.append(version)
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return Stamp(int(rows), int(top), ids, versions)


def _older(before: Stamp, after: Stamp) -> bool:
    """True when `after` lost edit-log rows `before` had, or holds an article at a lower version."""
    if after.rows < before.rows or after.top < before.top:
        return True
    k, n = 0, len(after.ids)
    for art, version in zip(before.ids, before.versions, strict=True):
        while k < n and after.ids[k] < art:
            k += 1
        if k < n and after.ids[k] == art and after.versions[k] < version:
            return True
    return False


def wal_pages(wal: Path) -> set[int]:
    """The page numbers a -wal file holds frames of."""
    pages: set[int] = set()
    with wal.open("rb") as fh:
        head = fh.read(WAL_HEADER)
        if len(head) < WAL_HEADER:
            return pages
        size = struct.unpack(">I", head[8:12])[0]
        offset = WAL_HEADER
        while True:
            fh.seek(offset)
            frame = fh.read(FRAME_HEADER)
            if len(frame) < FRAME_HEADER:
                return pages
            pages.add(struct.unpack(">I", frame[:4])[0])
            offset += FRAME_HEADER + size


def page_count(path: Path) -> int:
    """The number of pages of a database file."""
    con = _read(path)
    try:
        return int(con.execute("PRAGMA page_count").fetchone()[0])
    finally:
        con.close()


def goes_back(before: Stamp | None, replayed: Path, wal: Path) -> bool:
    """True when the replay of `wal` (giving `replayed`) took the file back (edit-log rows lost, an article at an
    older version) and the -wal is not a whole database written anew (a restore of a backup)."""
    after = log_stamp(replayed)
    if before is None or after is None or not _older(before, after):
        return False
    try:
        return not set(range(1, page_count(replayed) + 1)) <= wal_pages(wal)
    except (OSError, sqlite3.Error):
        return True
