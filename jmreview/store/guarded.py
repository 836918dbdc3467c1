"""A SQLite connection that looks at the database's -shm before each statement (run 35 A46, A47).

SQLite maps the -shm beside a database in WAL mode into memory and writes there on every read and write; when
another program makes that file immutable while it is open, the next statement ends the process with a bus error:
no word, the typed text lost. Each statement (and BEGIN, COMMIT, a batch insert, a backup: run 36 A7) first asks
the system whether the file may still be written (one access call, a microsecond), and is refused in words when it
may not; the refused transaction is rolled back once the file may be written again. Closing such a connection
would write there too, as SQLite ends it: it is left open until the process ends instead, its saved changes in the
-wal, which the next opening replays.
"""
from __future__ import annotations

import ctypes
import os
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from jmreview.errors import Coded, StoreError
from jmreview.store.opening_messages import OPENING


class GuardedSqlite(SqliteDatabase):
    """SQLite through peewee, refusing a statement while the database's -shm cannot be written."""

    shm: Path | None = None   # the -shm looked at (None: not in WAL mode, or read-only)
    pending_rollback = False  # a transaction refused while the -shm could not be written, undone once it can

    @classmethod
    def beside(cls, path: Path, network: bool, *args: Any, **kwargs: Any) -> GuardedSqlite:
        """The database at `path`, its -shm looked at (none on a network drive: no WAL there)."""
        db = cls(*args, **kwargs)
        db.shm = None if network else path.with_name(path.name + "-shm")
        return db

    def unwritable(self) -> bool:
        """True when the -shm exists and the system refuses to let it be written."""
        shm = self.shm
        return shm is not None and not os.access(shm, os.W_OK) and os.path.exists(shm)

    def _guard(self) -> None:
        """Refuse in words while the -shm cannot be written; once it can, first undo a rollback left pending."""
        if self.unwritable():
            shm = self.shm
            assert shm is not None
            raise StoreError(Coded(OPENING["companion_unwritable"], name=shm.name[:-4], file=shm.name))
        if self.pending_rollback:
            self.pending_rollback = False
            conn = self._state.conn  # type: ignore[attr-defined]
            if conn is not None and conn.in_transaction:
                conn.execute("ROLLBACK")

    def cursor(self, named_cursor: Any = None) -> Any:
        """A cursor (every statement, BEGIN and COMMIT go through one), unless the -shm was made unwritable."""
        self._guard()
        return super().cursor(named_cursor)

    def connection(self) -> Any:
        """The connection itself (batch inserts, the backup API, the content stamp), guarded the same way."""
        self._guard()
        return super().connection()

    def rollback(self) -> None:
        """Undo the open transaction; while the -shm cannot be written, as soon as it can (a bus error now)."""
        if self.unwritable():
            self.pending_rollback = True
            return
        super().rollback()

    def _close(self, conn: Any) -> None:
        """Close the connection, or leave it open for good while the -shm cannot be written (a bus error else)."""
        if self.unwritable():
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(conn))   # never freed, so never closed: the process ends
            return                                               # cleanly; the -wal holds every saved change
        conn.close()
