"""Open, create, check and upgrade the SQLite store (WAL, foreign keys, schema version).

Opening refuses anything that is not a healthy jmreview database with a message that says what to do (open a backup,
open read-only) and never makes a fresh empty project over an existing file. An older schema is upgraded in one
transaction after a backup; a database that changed since its newest backup gets a new one.
"""
from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import OperationalError, SqliteDatabase
from platformdirs import user_data_dir

from jmreview.errors import Coded, StoreError
from jmreview.store.backup import (
    PARTIAL,
    BackupFailed,
    backup_dir,
    content_stamp,
    make_backup,
    name_length,
    newest_backup,
    newest_backup_stamp,
    sidecars,
    sqlite_uri,
    stubs,
)
from jmreview.store.damage import DamagedDatabase
from jmreview.store.file_identity import file_identity, moved_away, remember_identity, wal_identity
from jmreview.store.foreign_file import OUR_TABLES, refuse_foreign
from jmreview.store.guarded import GuardedSqlite
from jmreview.store.lineage import note_new
from jmreview.store.location import is_server
from jmreview.store.models import SCHEMA_VERSION, database_proxy
from jmreview.store.mounts import other_paths
from jmreview.store.open_check import OpenCheck, deferred, schema_readable
from jmreview.store.opening import (
    DatabaseLocked,
    DatabaseReplaced,
    DiskFull,
    ForeignJournal,
    ReadOnlyDatabase,
    back_up_before_recovery,
    backup_warning,
    can_create_beside,
    disk_is_full,
    header_soon,
    in_backups,
    other_names,
    pending_journal,
    read_only_uri,
    read_only_why,
    real_file,
    refuse_stale_wal,
    stale_journal,
    store_warning,
    unreadable_wal,
)
from jmreview.store.opening_messages import OPENING, companion_of
from jmreview.store.replay_check import count_write
from jmreview.store.schema import apply_migrations, columns_gone, create_schema
from jmreview.store.server import ServerStore

SQLITE_MAGIC = b"SQLite format 3\x00"
NOT_SQLITE = {"empty": "it is an empty file (0 bytes)", "other": "it is not a SQLite database any more"}
BUSY_MS = 10000  # how long a write waits for another writer; the window waits less
NAME_MAX = 255   # the longest file name of the usual file systems (Linux, macOS, Windows)
NETWORK_FS = ("nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "davfs")


def default_db_path() -> Path:
    """jmreview.sqlite3 in the user data directory."""
    folder = Path(user_data_dir("jmreview", appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:   # a file where the folder should be, a folder that may not be written
        raise StoreError(Coded(OPENING["no_data_folder"], folder=folder, detail=exc.strerror or exc)) from None
    return folder / "jmreview.sqlite3"


SPECIAL = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
           (stat.S_ISSOCK, "a socket"))


def _check_file(path: Path) -> None:
    if (own := companion_of(path)) is not None:   # an empty -wal of a live session is no new project to start
        raise StoreError(Coded(OPENING["is_companion"], path=path.name, db=own.name))
    suffix = next((end for end in ("-wal", "-shm", "-journal") if path.name.endswith(end)), "")
    if suffix and len(path.name) > len(suffix) and not os.path.lexists(path):   # (run 58 B31: a copy made there, then
        raise StoreError(Coded(OPENING["companion_name"], path=path.name, suffix=suffix,   # deleted by SQLite)
                               db=path.name[: -len(suffix)]))
    if name_length(path.name) > NAME_MAX - len("-journal"):
        raise StoreError(Coded(OPENING["too_long"], path=path.name, length=name_length(path.name),
                               most=NAME_MAX - len("-journal")))
    for companion in sidecars(path):   # a FIFO -journal blocks SQLite for ever, a -wal linked to /dev/zero never ends
        if os.path.islink(companion) or (companion.is_file() and companion.stat().st_nlink > 1):   # or another name
            raise StoreError(Coded(OPENING["companion_link"], file=companion.name, path=path.name))   # of a file
        try:
            mode = os.stat(companion).st_mode
        except OSError:   # none (or a link to nowhere, which SQLite replaces)
            continue
        if not stat.S_ISREG(mode):
            what = next((name for test, name in SPECIAL if test(mode)), "a folder")
            raise StoreError(Coded(OPENING["companion"], file=companion.name, path=path.name, kind=what))
    stale = stale_journal(path)
    if stale is not None:
        raise ForeignJournal(stale)
    orphan = pending_journal(path) if not os.path.lexists(path) else None
    if orphan is not None:   # SQLite would empty it into the new database: the last changes of one moved away
        raise ForeignJournal(Coded(OPENING["orphan_journal"], file=orphan.name, path=path.name))
    try:
        info = os.stat(path)   # follows links; a loop of links is an error, not a path to create
    except FileNotFoundError:
        if os.path.islink(path) and not os.path.exists(path):   # a link to nowhere: it names that file
            return
        if not path.parent.is_dir():   # SQLite would say only "unable to open database file"
            raise StoreError(Coded(OPENING["no_folder"], path=path, folder=path.parent)) from None
        if not os.access(path.parent, os.W_OK):
            raise StoreError(Coded(OPENING["unwritable"], folder=path.parent)) from None
        return
    except OSError as exc:
        raise StoreError(Coded(OPENING["cannot_open"], path=path, detail=exc.strerror or exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(Coded(OPENING["folder"], path=path))
    kind = next((name for test, name in SPECIAL if test(info.st_mode)), None)
    if kind is not None:   # a FIFO would block the opening forever, a device never end
        raise StoreError(Coded(OPENING["special"], path=path, kind=kind))
    if stat.S_ISREG(info.st_mode) and info.st_nlink > 1:   # two names, two -wal files: one name's writes lost
        raise StoreError(Coded(OPENING["hard_link"], path=path, n=info.st_nlink, others=other_names(path, info)))
    if stat.S_ISREG(info.st_mode) and (mounted := other_paths(path, info)):   # the same, by a bind mount
        raise StoreError(Coded(OPENING["bind_mount"], path=path, others=", ".join(mounted)))
    size = info.st_size
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == SQLITE_MAGIC:
        refuse_foreign(path)
        return
    if size == 0 and header_soon(path, info.st_mtime, SQLITE_MAGIC):
        return
    detail = NOT_SQLITE["empty" if size == 0 else "other"]
    if newest_backup(path) is not None:   # a jmreview database overwritten or emptied: its backups are the way out
        raise DamagedDatabase(path, detail)
    if size == 0:
        raise StoreError(Coded(OPENING["empty"], path=path))
    raise StoreError(Coded(OPENING["not_sqlite"], path=path))


def on_network_drive(path: Path) -> bool:
    """True for a database on a network share, where SQLite's WAL mode is not safe."""
    try:
        text = str(path.resolve())
    except (OSError, RuntimeError):   # a loop of links: _check_file says so
        return False
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    best, kind = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and text.startswith(parts[1]) and len(parts[1]) > len(best):
            best, kind = parts[1], parts[2]
    return kind in NETWORK_FS


class Store:
    """An open jmreview database: a SQLite file, or (given a ``postgresql://`` URL) a `ServerStore`."""

    def __new__(cls, path: Path | str, *args: object, **kwargs: object) -> Store:  # noqa: D102
        if is_server(path):
            return cast(Store, ServerStore(str(path), *args, **kwargs))  # type: ignore[arg-type]
        return super().__new__(cls)

    role = None   # a SQLite file has no database roles: editors name themselves
    opening: OpenCheck | None = None   # a large file's check and on-open backup, running beside the window

    def __init__(self, path: Path | str, readonly: bool = False, backups: bool = True,
                 busy_ms: int = BUSY_MS, check: bool = True) -> None:
        self.path = real_file(Path(path))   # a link to a database: SQLite's -wal is beside the file it leads to
        self.warnings: list[Coded] = []  # what the opening could not do, for the user to read
        _check_file(self.path)
        writable = os.access(self.path, os.W_OK) if self.path.exists() else True
        stuck = next((c for c in sidecars(self.path)[1:] if c.exists() and not os.access(c, os.W_OK)), None)
        self.readonly = readonly or not writable or in_backups(self.path) or stuck is not None or (
            self.path.exists() and not can_create_beside(self.path))
        self.why_readonly = None if readonly or not self.readonly else read_only_why(self.path, writable, stuck)
        self.network = on_network_drive(self.path)
        if not self.readonly and backups and self.path.exists():
            self._guard_recovery()
        if self.readonly and not readonly and self.path.exists():   # (doctor and copy, asking read-only, check first)
            refuse_stale_wal(self.path)   # replayed in memory only, but what it shows must be the file's own
        if self.readonly and unreadable_wal(self.path):
            raise StoreError(Coded(OPENING["wal_unreadable"], path=self.path, name=self.path.name))
        before = {p for p in sidecars(self.path) if p.exists()}
        try:
            self._connect(busy_ms, check, backups)
        except StoreError:
            if self.readonly or not self.path.exists() or not disk_is_full(self.path):
                raise
            for made in set(sidecars(self.path)) - before | set(stubs(self.path)):   # a 3-byte -shm left by this
                if made.exists() and made.stat().st_size < 32768:                     # opening or an earlier one
                    made.unlink()
            self.readonly = True
            self.warnings.append(store_warning("full_read_only", path=self.path))
            self._connect(busy_ms, check, backups)
        if self.readonly and not readonly:   # read-only, not asked to be (doctor and copy read any version)
            schema_readable(self)

    def _connect(self, busy_ms: int, check: bool, backups: bool) -> None:
        """Connect, check and (writable) bring the schema up to date; any SQLite error becomes a sentence."""
        if self.readonly:
            full = not self.path.with_name(self.path.name + "-wal").exists() and disk_is_full(self.path)
            uri = sqlite_uri(self.path, "immutable=1") if full else read_only_uri(self.path)
            self.db = SqliteDatabase(uri, uri=True, check_same_thread=False,
                                     timeout=busy_ms / 1000, pragmas={"foreign_keys": 1, "query_only": 1})
        else:
            pragmas = {"journal_mode": "delete" if self.network else "wal", "foreign_keys": 1,
                       "busy_timeout": busy_ms, "synchronous": "normal"}
            self.db = GuardedSqlite.beside(self.path, self.network, sqlite_uri(self.path, "mode=rwc"), uri=True,
                                           pragmas=pragmas, check_same_thread=False, timeout=busy_ms / 1000)  # (URI)
        database_proxy.initialize(self.db)
        try:
            self.db.connect(reuse_if_open=True)
            late = not self.readonly and deferred(self.path)   # checked after opening (store.open_check)
            if (check or not self.readonly) and not late:  # a damaged file may be opened read-only, to export it
                self._check_integrity()
            if not self.readonly:
                self._init_schema(backups, late)
            self.identity = remember_identity(self.path)  # what every write checks the path still names
            self.wal = wal_identity(self.path)  # …and the -wal it writes through (None until there is one)
        except (sqlite3.DatabaseError, PeeweeDatabaseError, StoreError) as exc:
            self.db.close()
            raise (exc if isinstance(exc, StoreError) else self._explain(exc)) from None
        except BaseException:   # stopped while opening (Ctrl+C, SIGTERM): its connection let go, no lock left held
            self.db.close()
            raise

    def _guard_recovery(self) -> None:
        """Never let SQLite replay a -wal/-journal into the file before a verified backup of the result."""
        folder = backup_dir(self.path)
        if os.path.islink(folder) and not folder.exists():   # a link to nowhere, or to itself
            self.readonly = True
            self.warnings.append(store_warning("backups_unreachable", path=self.path, folder=folder))
            return
        if folder.exists() and not folder.is_dir():   # a file in the way: no backup can be made
            self.readonly = True
            self.warnings.append(store_warning("backups_not_folder", path=self.path, folder=folder))
            return
        if folder.exists() and not os.access(folder, os.W_OK):
            self.readonly = True
            self.warnings.append(store_warning("backups_unwritable", path=self.path, folder=folder))
            return
        try:
            back_up_before_recovery(self.path)
        except BackupFailed as exc:
            self.readonly = True
            self.warnings.append(store_warning("recovery_full", path=self.path, name=self.path.name) if exc.full
                                 else store_warning("recovery_failed", path=self.path, name=self.path.name, detail=exc))

    def _explain(self, exc: Exception) -> StoreError:
        """The one sentence for an SQLite error met while opening."""
        text = str(exc)
        if "locked" in text or "busy" in text:
            return DatabaseLocked(self.path)
        if any(word in text for word in ("malformed", "not a database", "disk image", "corrupt")):
            return DamagedDatabase(self.path, text)
        if "full" in text:
            return StoreError(Coded(OPENING["full"], path=self.path))
        return StoreError(Coded(OPENING["cannot_open"], path=self.path, detail=text))

    def _check_integrity(self) -> None:
        rows = [r[0] for r in self.db.execute_sql("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise DamagedDatabase(self.path, rows[0])

    def _init_schema(self, backups: bool, late: bool = False) -> None:
        tables = set(self.db.get_tables())
        if "schemainfo" in tables:
            row = self.db.execute_sql("SELECT version FROM schemainfo").fetchone()
            if row is None or not isinstance(row[0], int):   # emptied by another program (run 23 B37)
                raise StoreError(Coded(OPENING["no_version"], path=self.path))
            version = row[0]
            if version > SCHEMA_VERSION:
                raise StoreError(Coded(OPENING["newer"], path=self.path, version=version))
            gone = sorted(OUR_TABLES - tables) if version == SCHEMA_VERSION else []
            if gone:   # renamed or dropped by another program: never made anew empty (run 26 B27: 0 articles)
                raise StoreError(Coded(OPENING["table_gone"], path=self.path, table=", ".join(gone[:3])))
            if version == SCHEMA_VERSION and (dropped := columns_gone(self.db)):
                raise StoreError(Coded(OPENING["column_gone"], path=self.path, column=", ".join(dropped[:3])))
            if version < SCHEMA_VERSION:
                if late:
                    self._check_integrity()
                self.migrate(version)
            elif late:
                self.opening = OpenCheck(self.path, backups)
            elif backups and self._changed_since_backup():
                try:
                    make_backup(self.path, "on-open")
                except BackupFailed as exc:  # a full disk must not stop the opening: say so and go on
                    self.warnings.append(backup_warning(self.path, exc))
        if late and self.opening is None and "schemainfo" not in tables:
            self._check_integrity()
        with self.db.atomic():
            create_schema(self.db)
        if "schemainfo" not in tables:   # a new database: a backups folder left by another is none of its own
            note_new(backup_dir(self.path), self.path, PARTIAL)

    def _changed_since_backup(self) -> bool:
        """True when the content differs from the newest backup's (opening alone touches the files' times)."""
        if not self.db.execute_sql("SELECT 1 FROM sourcefile LIMIT 1").fetchone():
            return False
        mine = content_stamp(self.db.connection())
        return mine is None or mine != newest_backup_stamp(self.path)

    def migrate(self, version: int) -> None:
        """Upgrade from an older schema: a backup first, then every step in one transaction."""
        make_backup(self.path, f"before-schema-{SCHEMA_VERSION}")
        self.db.execute_sql("PRAGMA foreign_keys = OFF")   # tables are rebuilt: a drop must not cascade
        try:
            with self.db.atomic("IMMEDIATE"):
                apply_migrations(self.db, version)
        finally:
            self.db.execute_sql("PRAGMA foreign_keys = ON")

    def backup(self, reason: str) -> Path | None:
        """A backup before a bulk operation (none for an empty or read-only database)."""
        if self.readonly or not self.db.execute_sql("SELECT 1 FROM sourcefile LIMIT 1").fetchone():
            return None
        return make_backup(self.path, reason)

    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction, taken with BEGIN IMMEDIATE so readers never deadlock it."""
        self.check_writable()
        if self.opening is not None and self.opening.wait_checked() is not None:   # never into a damaged file
            self.readonly = True
            raise DamagedDatabase(self.path, str(self.opening.problem))
        if not self.network and file_identity(self.path) != self.identity:   # moved away, or another moved in
            raise moved_away(self.db, self.path)
        if not self.network and self.wal is not None and wal_identity(self.path) != self.wal:   # -wal removed
            raise DatabaseReplaced(self.path)
        try:
            with self.db.atomic("IMMEDIATE"):
                yield
                if not self.network and file_identity(self.path) != self.identity:   # moved away or replaced while
                    raise DatabaseReplaced(self.path)   # it was written: rolled back, never said done (run 45 B11)
                count_write(self.db)   # a -wal written before later work is known by its lower count
            self.wal = self.wal or wal_identity(self.path)   # the -wal this connection made, known from now on
        except DatabaseReplaced:
            raise moved_away(self.db, self.path) from None
        except (sqlite3.OperationalError, OperationalError) as exc:
            chain, cause = [], exc
            while cause is not None:  # SQLite may roll back by itself; peewee's own rollback then fails
                chain.append(str(cause))
                cause = cause.__context__  # type: ignore[assignment]
            text = " ".join(chain)
            if "full" in text:
                raise DiskFull(self.path) from None
            if "locked" in text or "busy" in text:
                raise DatabaseLocked(self.path) from None
            if "readonly" in text or "read-only" in text:
                raise StoreError(Coded(OPENING["read_only_write"], name=self.path.name)) from None
            if "disk I/O error" in text:   # (run 29 A46: "cannot rollback - no transaction is active" was said)
                raise StoreError(Coded(OPENING["io_error"], name=self.path.name)) from None
            raise

    def check_writable(self) -> None:
        """Refuse a change at once when the database is open read-only."""
        if self.readonly:   # why: the opening's own reason, or the read-only file, folder or disk
            raise ReadOnlyDatabase(self.path, next((w for w in self.warnings if "open read-only" in w.template),
                                                   self.why_readonly))

    def data_version(self) -> int:
        """SQLite's counter of changes made by other connections (another window)."""
        return int(self.db.execute_sql("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection (after the on-open backup of a large file is finished)."""
        if self.opening is not None:
            self.opening.finish()
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
