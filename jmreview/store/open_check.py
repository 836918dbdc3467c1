"""The integrity check and the on-open backup of a large database, done beside the open window, never skipped.

For a file of a few hundred megabytes the two cost seconds (a 2 GB corpus: about 5 s to check, 13 s to copy
and verify), which opening cannot wait for. So opening pins the database *as it was opened* — a read
transaction on a connection of its own, which WAL keeps consistent whatever is written meanwhile — and a
thread checks that snapshot (``PRAGMA quick_check``) and, when its content differs from the newest backup's,
copies it into a verified backup, exactly what the backup made while opening would have held. Nothing is
written to the database before the check has passed: `Store.write` waits for it (the first correction of the
first seconds waits the rest of the check), and a failed check refuses every write, as a damaged database's
opening would have. Closing the store waits for the backup to be finished.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

from jmreview.errors import Coded, StoreError
from jmreview.store.backup import BackupFailed, content_stamp, newest_backup_stamp, prune, sqlite_uri, write_verified
from jmreview.store.models import SCHEMA_VERSION
from jmreview.store.opening import backup_warning, disk_is_full, store_warning
from jmreview.store.opening_messages import OPENING
from jmreview.store.schema import columns_gone

DEFER_BYTES = 128 << 20   # above this size a database is checked and backed up beside the window, not before it
log = logging.getLogger(__name__)


def deferred(path: Path) -> bool:
    """True for a database large enough to be checked and backed up after opening."""
    try:
        return path.stat().st_size > DEFER_BYTES
    except OSError:
        return False


class OpenCheck:
    """The check and on-open backup of one opening, run in a thread on the snapshot pinned when it was made."""

    def __init__(self, path: Path, backups: bool) -> None:
        self.path = path
        self.backups = backups
        self.problem: str | None = None        # what quick_check found, when the database is damaged
        self.made: Path | None = None          # the on-open backup, when one was needed and made
        self.warning: Coded | None = None      # why no backup could be made (the window says it)
        self.checked = threading.Event()
        self.con = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True, check_same_thread=False,
                                   isolation_level=None)
        self.con.execute("BEGIN")
        self.con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()   # the snapshot is taken here
        self.thread = threading.Thread(target=self._run, name="jmreview-open-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:   # beside the window, never before it: the editor's thread has the processor first (Linux: per thread)
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except (AttributeError, OSError):
            pass
        try:
            try:
                rows = [r[0] for r in self.con.execute("PRAGMA quick_check").fetchall()]
                self.problem = None if rows == ["ok"] else rows[0]
            except sqlite3.Error as exc:
                self.problem = str(exc)
            finally:
                self.checked.set()
            if self.problem is None and self.backups and self._changed():
                self.made = write_verified(self.path, "on-open", self._copy)
                prune(self.path)
        except BackupFailed as exc:   # a full disk must not stop the work: the window says so
            self.warning = backup_warning(self.path, exc)
            log.warning("no on-open backup of %s: %s", self.path, exc)
        except Exception as exc:  # noqa: BLE001 - a thread's error would otherwise vanish
            self.warning = store_warning("no_backup", path=self.path, detail=exc)
            log.exception("on-open check of %s", self.path)
        finally:
            self.checked.set()
            self.con.close()

    def _changed(self) -> bool:
        """True when the pinned content differs from the newest backup's (and there is content)."""
        if not self.con.execute("SELECT 1 FROM sourcefile LIMIT 1").fetchone():
            return False
        mine = content_stamp(self.con)
        return mine is None or mine != newest_backup_stamp(self.path)

    def _copy(self, temp: Path) -> None:
        """The pinned snapshot into `temp` with SQLite's backup API."""
        target = sqlite3.connect(temp)
        try:
            self.con.backup(target)
        finally:
            target.close()

    def wait_checked(self) -> str | None:
        """Wait for the check; what it found (None: the database is sound)."""
        self.checked.wait()
        return self.problem

    def finish(self) -> None:
        """Wait until the check and the backup are done."""
        self.thread.join()


def schema_behind(path: Path) -> bool:
    """True for an existing jmreview database file of an older schema (opening it upgrades it first)."""
    try:
        if not path.is_file() or path.stat().st_size == 0 or disk_is_full(path):   # (a read on a full disk leaves a
            return False                                                         # 3-byte -shm: run 29 A28)
        con = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True, timeout=1)
        try:
            row = con.execute("SELECT version FROM schemainfo").fetchone()
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False   # not a database, locked, unreadable: the opening says why
    return row is not None and isinstance(row[0], int) and row[0] < SCHEMA_VERSION


def schema_readable(store: Any) -> None:
    """A database opened read-only because it cannot be written is refused when its schema is not this version's:
    its columns are not the ones read, and it cannot be brought up to date where it is (run 31 A56, A58: "unexpected
    error: no such column"; A59: a newer one read and exported without a word)."""
    if "schemainfo" not in store.db.get_tables():
        return
    row = store.db.execute_sql("SELECT version FROM schemainfo").fetchone()
    version = row[0] if row else None
    if version == SCHEMA_VERSION and (dropped := columns_gone(store.db)):   # (run 39 A28: "no such column")
        store.db.close()
        raise StoreError(Coded(OPENING["column_gone"], path=store.path, column=", ".join(dropped[:3])))
    if not isinstance(version, int) or version == SCHEMA_VERSION:
        return   # (an emptied record: doctor names it)
    store.db.close()
    raise StoreError(Coded(OPENING["newer" if version > SCHEMA_VERSION else "older_read_only"], path=store.path,
                           version=version))
