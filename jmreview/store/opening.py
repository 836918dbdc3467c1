"""What opening a database may do to its file, decided before SQLite touches it.

A `-wal` or hot `-journal` beside a database means SQLite will rewrite the main file when it
opens it (recovery). That file may be the database's own, left by a crash, or one that does
not belong to it (copied in, left from another file of the same name). So before the
database is opened for writing, the main file and that companion are copied aside and the
copy is opened first: SQLite replays the companion there, and the result is checked. A good
result is kept as a verified backup and the database is opened; a bad one is deleted and the
opening refused with a way forward, the database and its companion untouched.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
import time
from pathlib import Path

from jmreview.errors import Coded, StoreError
from jmreview.store.backup import (
    BackupFailed,
    backup_dir,
    prune,
    remove_with_sidecars,
    seal,
    sqlite_uri,
    write_verified,
)
from jmreview.store.damage import DamagedDatabase, damaged_alone
from jmreview.store.live_session import file_held_elsewhere, open_elsewhere
from jmreview.store.replay_check import Stamp, goes_back, log_stamp

ATTEMPTS = 3  # a copy taken while another process checkpoints can be inconsistent; that passes


class ForeignJournal(StoreError):
    """A -wal or -journal beside a database whose replay would damage it."""


class DatabaseLocked(StoreError):
    """A database another program (or window) holds locked; nothing was done."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is locked by another program or window: nothing was saved; "
                         "try again when it has finished")
        self.path = path


class DatabaseReplaced(StoreError):
    """A database file moved away, deleted or replaced on disk since it was opened: writes would be lost."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} was replaced, moved or deleted on disk since it was opened: nothing was saved "
                         f"(it would have gone to the file that was there before); open {path} again")
        self.path = path




class ReadOnlyDatabase(StoreError):
    """A change asked of a database opened read-only (a read-only file or disk, or chosen so)."""

    def __init__(self, path: Path, why: Coded | None = None) -> None:
        super().__init__(f"{why}; nothing can be changed" if why else f"{path.name} is open read-only: nothing can be "
                         "changed")   # why: the opening's own reason (a full disk, an unwritable backups folder…)
        self.path = path
        self.why = why


class DiskFull(StoreError):
    """A change refused because the disk holding the database is full; nothing of it was saved."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"nothing of this change was saved in {path}: the disk is full; "
                         "free some space and try again")
        self.path = path


WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


def _wal_header(wal: Path) -> bool:
    """True when a -wal starts as SQLite's do, with room for a frame (junk or zeros: SQLite replays nothing of it)."""
    try:
        with wal.open("rb") as fh:
            head = fh.read(32)
        return head[:4] in WAL_MAGIC and wal.stat().st_size >= 32 + 24
    except OSError:
        return True   # cannot tell: checked as a -wal


def pending_journal(db_path: Path) -> Path | None:
    """The -wal or -journal whose content SQLite would write into the database on opening."""
    for suffix in ("-wal", "-journal"):
        companion = db_path.with_name(db_path.name + suffix)
        try:
            info = companion.stat()
            if info.st_size > 0 and stat.S_ISREG(info.st_mode) and (suffix != "-wal" or _wal_header(companion)):
                return companion   # (no FIFO or folder: opening refuses those; a -wal with no header holds nothing)
        except OSError:
            continue
    return None


def back_up_before_recovery(db_path: Path) -> Path | None:
    """Check what replaying a pending -wal/-journal would give, on a copy; keep the copy as a backup.

    Returns the verified backup (None when nothing is pending). Raises `ForeignJournal` when
    the replayed copy fails its check, `BackupFailed` when no copy could be written.
    """
    journal = pending_journal(db_path)
    refuse_lost_shm(db_path, journal)
    if journal is None or (journal.name.endswith("-wal") and open_elsewhere(db_path)):
        return None   # a live session's -wal (another process has the file open): nothing is replayed
    before: list[Stamp | None] = [None]

    def fill(temp: Path) -> None:
        before[0] = copy_with_journal(db_path, journal, temp)   # the file as last checkpointed

    problem: BackupFailed | None = None
    stale: str | None = None
    for _ in range(ATTEMPTS):   # a copy taken while another process checkpoints may mix two moments: tried again
        if pending_journal(db_path) is None:  # another process finished with it meanwhile
            return None
        try:
            made = write_verified(db_path, "before-recovery", fill)
            stale = goes_back(before[0], made, journal)
            if stale:   # an older copy of its -wal, every time: never replayed
                remove_with_sidecars(made)
                time.sleep(0.2)
                continue
            prune(db_path)
            return made
        except BackupFailed as exc:
            if pending_journal(db_path) is None:   # its writer closed (and removed it) while it was copied
                return None
            if exc.unusable is None:
                raise
            problem = exc
    if stale:
        raise ForeignJournal(Coded(JOURNALS[stale], journal=journal, name=db_path.name, file=journal.name))
    found = problem.unusable if problem else None
    if (damaged := damaged_alone(db_path)) is not None:   # the file itself, not its -wal (run 36 A8)
        raise DamagedDatabase(db_path, damaged)
    raise ForeignJournal(foreign_advice(db_path, journal, found or "the check failed"))


def refuse_lost_shm(db_path: Path, journal: Path | None) -> None:
    """Refuse to open beside a live session whose -shm was deleted (a cleanup tool): two sessions would keep two
    indexes of one -wal, and one's writes would be lost."""
    if journal is not None and journal.name.endswith("-wal") and file_held_elsewhere(db_path) \
            and not open_elsewhere(db_path):   # held open, but not through the -shm on disk: its own was deleted
        raise StoreError(Coded(JOURNALS["shm_gone"], name=db_path.name, path=db_path))


def copy_with_journal(db_path: Path, journal: Path, target: Path) -> Stamp | None:
    """Copy a database and its pending -wal/-journal to `target` (not replayed yet); the stamp of the main file as
    copied (None for a -journal)."""
    shutil.copyfile(db_path, target)
    before = log_stamp(target) if journal.name.endswith("-wal") else None
    shutil.copyfile(journal, target.with_name(target.name + journal.name[len(db_path.name):]))
    return before


def refuse_stale_wal(db_path: Path) -> None:
    """A read-only opening (no backup can be made, so SQLite replays the -wal in memory): the pending -wal replayed on
    a temporary copy first; one that would take the file back is refused, as a writable opening refuses it."""
    journal = pending_journal(db_path)
    refuse_lost_shm(db_path, journal)
    if journal is None or not journal.name.endswith("-wal") or open_elsewhere(db_path):
        return   # (a live session's -wal: the file's own continuation, being written now)
    stale: str | None = None
    for _ in range(ATTEMPTS):
        with tempfile.TemporaryDirectory(prefix="jmreview-replay-") as tmp:
            copy = Path(tmp) / "replayed.sqlite3"
            try:
                before = copy_with_journal(db_path, journal, copy)
                seal(copy)   # SQLite replays the -wal into the copy here
                stale = goes_back(before, copy, journal)
                if not stale:
                    return
            except (OSError, sqlite3.Error) as exc:   # no room to check: never read unchecked
                if isinstance(exc, FileNotFoundError) and pending_journal(db_path) is None:
                    return   # another process finished with it meanwhile
                why = getattr(exc, "strerror", None) or str(exc)
                raise StoreError(Coded(JOURNALS["unchecked"], journal=journal, name=db_path.name, file=journal.name,
                                       tmp=tempfile.gettempdir(), why=why)) from None
        time.sleep(0.2)
    raise ForeignJournal(Coded(JOURNALS[stale or "stale_wal"], journal=journal, name=db_path.name, file=journal.name))


JOURNALS = {   # a -wal/-journal refused before SQLite replays it (English; the window translates them)
    "stale": "{journal} lies beside {name}, which keeps its changes in a -wal and never writes a -journal: it is left "
             "from an older copy of the file, and replaying it would undo later work; nothing was changed: move "
             "{file} out of the folder (keep it) and open the database again",
    "stale_wal": "{journal} does not continue {name} as it is now (an older copy of its -wal, or one left by "
                 "another file of that name): replayed, it would take back corrections made since; nothing was "
                 "changed: move {file} out of the folder (keep it) and open the database again",
    "uncounted": "{journal} holds changes another program made (none of them counted as jmreview counts its "
                 "writes), and whether they come before or after the work in {name} cannot be told; nothing was "
                 "changed: if that program has just stopped, open the database with it once to keep its changes; "
                 "otherwise move {file} out of the folder (keep it) and open the database again",
    "shm_gone": "{name}-shm is gone while another program has {path} open (deleted by a cleanup tool?): opening it "
                "now would lose changes; nothing was opened — close every other window and program using {name} "
                "(what they did is then saved), and open it again",
    "unchecked": "{journal} holds changes not yet in {name} and could not be checked on a copy in {tmp} ({why}); "
                 "nothing was opened: free some space there (or set TMPDIR to a folder with room) and open it again",
    "foreign": "{journal} does not belong to {name} or is damaged (replayed on a copy, {problem}); nothing was "
               "changed: move {file} out of the folder to open the database as it was when last closed, or restore "
               "a backup from {folder}/",
}


def stale_journal(db_path: Path) -> str | None:
    """Why a -journal beside a database in WAL mode is not its own (None: there is none, or it may be).

    A database in WAL mode keeps its changes in its -wal and never writes a -journal: one beside it is left from
    an older copy of the file (a sync tool, a restored folder), and SQLite would replay it over later work.
    """
    journal = db_path.with_name(db_path.name + "-journal")
    try:
        info = journal.stat()
        if info.st_size == 0 or not stat.S_ISREG(info.st_mode):   # none, or a special file: refused elsewhere
            return None
        with db_path.open("rb") as fh:
            head = fh.read(20)
    except OSError:
        return None
    if len(head) < 20 or head[18:20] != b"\x02\x02":   # not WAL: a -journal is how it recovers
        return None
    return Coded(JOURNALS["stale"], journal=journal, name=db_path.name, file=journal.name)


def foreign_advice(db_path: Path, journal: Path, problem: str) -> str:
    """What a -wal/-journal that would damage its database is, and what to do about it."""
    return Coded(JOURNALS["foreign"], journal=journal, name=db_path.name, problem=problem, file=journal.name,
                 folder=backup_dir(db_path).name)


def unreadable_wal(path: Path) -> bool:
    """True when a pending -wal cannot be read: no -shm beside it, and none can be made (a read-only disk)."""
    wal = pending_journal(path)
    return wal is not None and wal.name.endswith("-wal") and not path.with_name(path.name + "-shm").exists() \
        and not can_create_beside(path)


def can_create_beside(path: Path) -> bool:
    """True when SQLite may create its companion files (-wal, -shm) in the database's folder."""
    return os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    """The URI that opens a database read-only, also on a read-only disk where no -shm can be made."""
    if can_create_beside(path) or pending_journal(path) is not None:
        return sqlite_uri(path, "mode=ro")
    return sqlite_uri(path, "immutable=1")


WARNINGS = {   # what an opening could not do, by code: English templates the window translates
    "full_read_only": "{path} is open read-only: the disk holding it is full; free some space to make changes",
    "backups_unwritable": "{path} is open read-only: its backups folder {folder} cannot be written (its permissions, "
                          "or an attribute such as immutable); ask for the right to write in it, or copy the database "
                          "to a folder of your own",
    "backups_unreachable": "{path} is open read-only: its backups folder {folder} is a link that leads nowhere (or to "
                           "itself); remove that link (a new folder is made) or point it at a folder to make changes",
    "backups_not_folder": "{path} is open read-only: {folder} should be its backups folder but is a file; move that "
                          "file away to make changes",
    "recovery_full": "{path} is open read-only: the disk is full, so no backup could be made, and changes left in "
                     "{name}-wal are merged only after a backup; free some space and open it again",
    "recovery_failed": "{path} is open read-only: {detail}, and changes left in {name}-wal are merged only after a "
                       "backup",
    "a_backup": "{path} is a backup (a file of a backups folder): it is open read-only, since a change to it would be "
                "pruned with it; to go back to it use File → Restore a backup, to work on it copy it out of the folder",
    "file_read_only": "{path} is open read-only: the file cannot be written (a read-only file or disk); to make "
                      "changes, copy it to a folder you can write to, with {name}-wal beside it if there is one (it "
                      "holds the latest changes), and open the copy",
    "folder_read_only": "{path} is open read-only: its folder {folder} cannot be written (a read-only folder or disk), "
                        "and SQLite needs to write beside the file; to make changes, copy it to a folder you can write "
                        "to, with {name}-wal beside it if there is one (it holds the latest changes), and open the "
                        "copy",
    "companion_read_only": "{path} is open read-only: {file} beside it cannot be written (a read-only or locked file; "
                           "a backup or antivirus program may hold it); close that program and open the database "
                           "again, or copy it, with {name}-wal beside it if there is one, to a folder of your own",
    "no_backup_full": "{path} is open without a new backup: the disk is full; free some space soon",
    "no_backup": "{path} is open without a new backup: {detail}",
    "no_backup_stuck": "{path} is open without a new backup: its backups folder {folder} lets files be made but not "
                       "deleted or renamed (its permissions or attributes, such as append-only); ask for the right "
                       "to delete in it, or copy the database to a folder of your own",
}


def backup_warning(path: Path, exc: BackupFailed) -> Coded:
    """The warning of an opening whose backup could not be made: a full disk, a folder that keeps what it is given,
    or what else was said."""
    if exc.full:
        return store_warning("no_backup_full", path=path)
    if exc.stuck:
        return store_warning("no_backup_stuck", path=path, folder=backup_dir(path))
    return store_warning("no_backup", path=path, detail=exc)


def other_names(path: Path, info: os.stat_result) -> str:
    """The other names of a file with hard links, as far as its own folder shows them (the rest are elsewhere)."""
    found: list[str] = []
    try:
        with os.scandir(path.parent) as entries:
            for entry in entries:
                if entry.name != path.name and len(found) < 5 and entry.inode() == info.st_ino:
                    found.append(entry.name)
    except OSError:
        pass
    shown = "、".join(found)
    return shown + ("、…" if len(found) < info.st_nlink - 1 and found else "") if found else "in other folders"


def real_file(path: Path) -> Path:
    """The file a link to a database leads to (SQLite keeps the -wal beside it, so the checks and backups must look
    there); the path itself when it is no link, or a link to no regular file (refused by name as it is)."""
    if not path.is_symlink():
        return path
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):   # a link to nowhere, or a loop
        return path
    return real if real.is_file() else path


def in_backups(path: Path) -> bool:
    """True for a backup opened itself (a file of a backups folder): changed, it would be pruned with the change."""
    return path.parent.name.endswith(".backups") and path.suffix == ".sqlite3" and path.exists()


def read_only_why(path: Path, writable: bool, stuck: Path | None = None) -> Coded:
    """Why a file not asked to be read-only is (a read-only file, folder or disk, or companion file): said when a
    change is refused."""
    if in_backups(path):
        return store_warning("a_backup", path=path)
    if stuck is not None and writable:
        return store_warning("companion_read_only", path=path, file=stuck.name, name=path.name)
    if not writable:
        return store_warning("file_read_only", path=path, name=path.name)
    return store_warning("folder_read_only", path=path, folder=path.parent, name=path.name)


def store_warning(code: str, **params: object) -> Coded:
    """A warning of the opening: English text that carries its template (a value of WARNINGS) for translation."""
    return Coded(WARNINGS[code], **params)


FULL_BELOW = 1 << 20   # free bytes under which a failed opening is put down to a full disk


def disk_is_full(path: Path) -> bool:
    """True when the disk holding a database has (almost) no room left: SQLite cannot make its -wal/-shm."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW
    except OSError:
        return False


def header_soon(path: Path, made: float, magic: bytes, wait_s: float = 1.0) -> bool:
    """True when an empty file that was just made gets its SQLite header within `wait_s` (another process creating
    the database this instant: between its creation and its first page the file is 0 bytes)."""
    if time.time() - made > wait_s:
        return False
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            with path.open("rb") as fh:
                if fh.read(len(magic)) == magic:
                    return True
        except OSError:
            return False
    return False
