"""Which file a path names: what a store found at its path when it opened, checked before and as each write ends.

A file moved away (a file manager), replaced (a sync tool) or its -wal removed under an open database: each write
is refused, never said done on a file the path no longer names (run 27 A34, run 45 B11, run 46 A28, B1).
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from jmreview.store.opening import DatabaseReplaced

OPENED: dict[str, tuple[int, int] | None] = {}   # each path a store opened → the file it found there (run 46 B1)


def remember_identity(path: Path) -> tuple[int, int] | None:
    """The identity of the file a store opens, remembered by its path for this process."""
    OPENED[os.path.abspath(path)] = found = file_identity(path)
    return found


def moved_away(db: Any, path: Path) -> DatabaseReplaced:
    """Refuse a file moved away or replaced, its commits first folded in where it is now (run 46 A28: SQLite leaves
    them in the -wal under the old name, and they were said done)."""
    with contextlib.suppress(Exception):
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return DatabaseReplaced(path)


def file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode a path names now (None when nothing is there)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def wal_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of a database's -wal. No connection deletes it while another is open, so a change
    of it under an open database means it was deleted or replaced behind SQLite's back. (A main file rewritten
    in place, ``cp`` over it, keeps its inode and cannot be told this way: docs/reliability.md says so.)"""
    return file_identity(path.with_name(path.name + "-wal"))
