"""One SQLite file copied into another with the backup API, and a fresh copy made one self-contained file."""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from jmreview.store.sqlite_uri import sqlite_uri

BUSY_SECONDS = 5.0   # how long a copy waits for another program's write to end (Python's own backup waits for ever)
BUSY, LOCKED = 5, 6   # SQLite's codes for a file another connection is writing


def copy_database(source: Path, target: Path, busy: float = BUSY_SECONDS) -> None:
    """Copy a consistent snapshot of one SQLite file into another with the backup API; "database is locked" when
    another program holds a write longer than `busy` seconds (run 25 A34: a restore froze the window 85 s)."""
    src = sqlite3.connect(sqlite_uri(source, "mode=ro"), uri=True)
    try:
        dst = sqlite3.connect(sqlite_uri(target, "mode=rwc"), uri=True, timeout=min(busy, 0.5))   # (`file:…` is a
        # file's name; each step waits at most half a second, the progress callback counts the whole wait)
        try:
            _backup_into(src, dst, busy)
        finally:
            dst.close()
    finally:
        src.close()


def _waiting(busy: float) -> Callable[[int, int, int], None]:
    """The backup's progress callback: gives up (raising) once a busy or locked file has waited `busy` seconds."""
    since: list[float] = []

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status not in (BUSY, LOCKED):
            since.clear()
            return
        since.append(since[0] if since else time.monotonic())
        if time.monotonic() - since[0] > busy:
            raise sqlite3.OperationalError("database is locked")

    return progress


def _backup_into(src: sqlite3.Connection, dst: sqlite3.Connection, busy: float = BUSY_SECONDS) -> None:
    """The backup API's copy; into a WAL file of another page size (another tool changed it) in rollback mode, as
    SQLite can only change a page size there (run 23 A54: "attempt to write a readonly database", every older backup
    unrestorable), the file's mode put back after."""
    try:
        src.backup(dst, progress=_waiting(busy))
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise
        sizes = [con.execute("PRAGMA page_size").fetchone()[0] for con in (src, dst)]
        if sizes[0] == sizes[1] or str(dst.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
            raise
        dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        try:
            src.backup(dst, progress=_waiting(busy))
        finally:
            dst.execute("PRAGMA journal_mode = WAL").fetchone()


def seal(path: Path) -> None:
    """Make a freshly written copy one self-contained file (no WAL mode), synced to disk."""
    con = sqlite3.connect(sqlite_uri(path, "mode=rw"), uri=True)
    try:
        con.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        con.close()
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
