"""One SQLite file copied into another with the backup API, and a fresh copy made one self-contained file."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from jmreview.store.sqlite_uri import sqlite_uri


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of one SQLite file into another with the backup API."""
    src = sqlite3.connect(sqlite_uri(source, "mode=ro"), uri=True)
    try:
        dst = sqlite3.connect(sqlite_uri(target, "mode=rwc"), uri=True)   # a name `file:…` is a file name
        try:
            _backup_into(src, dst)
        finally:
            dst.close()
    finally:
        src.close()


def _backup_into(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """The backup API's copy; into a WAL file of another page size (another tool changed it) in rollback mode, as
    SQLite can only change a page size there (run 23 A54: "attempt to write a readonly database", every older backup
    unrestorable), the file's mode put back after."""
    try:
        src.backup(dst)
    except sqlite3.OperationalError:
        sizes = [con.execute("PRAGMA page_size").fetchone()[0] for con in (src, dst)]
        if sizes[0] == sizes[1] or str(dst.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
            raise
        dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        try:
            src.backup(dst)
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
