"""Whether replaying a -wal would take the database back in time (an older copy of its -wal put back beside it).

A -wal of the database's own holds transactions made after the main file's last checkpoint: replayed, the edit log
only grows (no edit ever deletes a row of it). An older copy of the -wal — a sync tool, a restored folder — holds
pages as they were before later work: replayed, rows of the edit log vanish with the corrections they record. The
one legitimate replay that shortens the log is a restore of a backup, which writes every page of the database; a
stale -wal holds a few.
"""
from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from jmreview.store.backup import sqlite_uri

WAL_HEADER, FRAME_HEADER = 32, 24


def log_stamp(path: Path) -> tuple[int, int] | None:
    """How far a database file's edit log goes (rows, highest id), read as the file is, no -wal replayed."""
    try:
        con = sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)
        try:
            row = con.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM editlog").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None   # no edit log (not a jmreview database yet): nothing to compare
    return int(row[0]), int(row[1])


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
    con = sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)
    try:
        return int(con.execute("PRAGMA page_count").fetchone()[0])
    finally:
        con.close()


def goes_back(before: tuple[int, int] | None, replayed: Path, wal: Path) -> bool:
    """True when the replay of `wal` (giving `replayed`) lost rows of the edit log the main file had, and the -wal
    is not a whole database written anew (a restore of a backup)."""
    after = log_stamp(replayed)
    if before is None or after is None or (after[0] >= before[0] and after[1] >= before[1]):
        return False
    try:
        return not set(range(1, page_count(replayed) + 1)) <= wal_pages(wal)
    except (OSError, sqlite3.Error):
        return True
