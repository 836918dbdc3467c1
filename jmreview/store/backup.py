"""Rolling backups of the database, made with SQLite's backup API (never a file copy).

A file copy of a WAL database can miss committed rows or catch a page mid-write; the
backup API copies a consistent snapshot. Backups live in `<name>.backups/` beside the
database: the newest ten, plus the newest of each of the last thirty days.

A backup is written under a hidden temporary name, checked (it opens, `PRAGMA quick_check`
passes, our schema is in it) and only then renamed to its listed name; a failed or
interrupted one is removed, so a full disk or a kill -9 never leaves a backup that is listed
but cannot be restored. A backup damaged afterwards (cut short by a copy, a bad disk) fails
the same check when listed and is never offered (`store.restore` checks it once more).
"""
from __future__ import annotations

import glob
import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from jmreview.errors import StoreError
from jmreview.store.lineage import foreign, ours, remember_lineage, unsure
from jmreview.store.models import SCHEMA_VERSION
from jmreview.store.sqlite_copy import copy_database, seal
from jmreview.store.sqlite_uri import sqlite_uri

KEEP_RECENT = 10
KEEP_DAYS = 30
KEEP_PER_KIND = 3   # the newest backups made before (or by) each kind of thing a person does: imports, restores…
SQLITE_MAGIC = b"SQLite format 3\x00"
PARTIAL = ".partial"
BACKUP_KINDS: dict[str, str] = {  # what a backup was made before, as the window shows it (the file keeps the kind)
    "on-open": "when the database was opened",
    "before-import": "before an import",
    "before-import-json": "before a corpus JSON import",
    "before-rerun": "before automation was re-run",
    "before-recovery": "before a recovery",
    "before-restore": "before a backup was restored",
    "restored": "when a backup was restored (what it put back)",
    "before-schema-{n}": "before the database was upgraded (schema {n})",
}
STALE_SECONDS = 3600
AHEAD = timedelta(minutes=10)   # a backup dated further ahead of the clock was made by a wrong one: listed last
SQLITE_PATH = 512   # the longest path SQLite opens (its unix VFS's mxPathname): a backup's whole path fits in it
STEM_ROOM = 160   # a backup's name adds a time, a reason, ".sqlite3.partial" and SQLite's "-journal": 255 in all
OUR_TABLES = {"schemainfo", "sourcefile", "article", "block"}


class BackupFailed(StoreError):
    """A backup that could not be written (full disk, unwritable folder); nothing of it is left."""

    def __init__(self, message: str, full: bool = False, unusable: str | None = None, stuck: bool = False) -> None:
        super().__init__(message)
        self.full = full
        self.stuck = stuck   # the folder lets files be made but not deleted or renamed
        self.unusable = unusable  # what the check of the written copy found, when that was the problem


@dataclass(frozen=True)
class BackupFile:
    """One backup: its file, when it was made and why."""

    path: Path
    made: datetime
    reason: str


def backup_dir(db_path: Path) -> Path:
    """The folder of a database's backups."""
    return db_path.with_name(db_path.name + ".backups")


def name_length(name: str) -> int:
    """How long a file name is as the file system counts it (bytes; UTF-16 units on Windows)."""
    return len(name) if os.name == "nt" else len(os.fsencode(name))


def backup_stem(db_path: Path) -> str:
    """How a database's backups are named: its stem, or, when a backup's name would pass the file system's limit
    (255) or its path SQLite's (512: a long name deep in folders), the stem's start and a hash of all of it
    (`港港…港~1a2b3c4d`)."""
    stem = db_path.stem
    deep = SQLITE_PATH - (255 - STEM_ROOM) - 1 - len(os.fsencode(os.path.abspath(backup_dir(db_path))))
    room = max(min(STEM_ROOM, deep), 9)
    if name_length(stem) <= room:
        return stem
    cut = stem[:room]
    while cut and name_length(cut) > room - 9:
        cut = cut[:-1]
    return f"{cut}~{hashlib.sha1(os.fsencode(stem)).hexdigest()[:8]}"


RENAMED = re.compile(r"(.+)-(\d{8}-\d{6}-\d{6})(?:-(.*))?")   # a backup's stem: name, moment, reason


def _stems(db_path: Path) -> list[str]:
    """The stems a database's backups may carry: the shortened one, and the whole one of older backups."""
    return list(dict.fromkeys((backup_stem(db_path), db_path.stem)))


def sidecars(path: Path) -> list[Path]:
    """SQLite's companion files of a database file (journal, WAL, shared memory)."""
    return [path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm")]


def stubs(path: Path) -> list[Path]:
    """An empty -wal and a -shm too short for any live connection (one maps at least 32 KB), as a read on a full disk
    leaves them: nothing of the database is in them."""
    wal, shm = sidecars(path)[1:]
    try:
        if shm.exists() and shm.stat().st_size < 32768 and (not wal.exists() or wal.stat().st_size == 0):
            return [p for p in (wal, shm) if p.exists()]
    except OSError:
        pass
    return []


def remove_with_sidecars(path: Path) -> None:
    """Delete a file and its SQLite companions, whatever of them exists and may be deleted (a folder that lets files
    be made but not deleted keeps them: the failure that led here is the one to say)."""
    for p in (path, *sidecars(path)):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            continue




UNFINISHED = "it was never finished (a -journal lies beside it)"


def why_unusable(path: Path, deep: bool = True) -> str | None:
    """Why a file is not a complete jmreview database (None when it is); `deep` runs quick_check."""
    try:
        if path.stat().st_size < 512:
            return "it is empty or cut short"
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return "it is not a SQLite database"
    except OSError as exc:
        return exc.strerror or str(exc)
    if path.with_name(path.name + "-journal").exists():
        return UNFINISHED
    if not deep:
        return None
    try:
        con = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True)
        try:
            check = con.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            schema = con.execute("SELECT MAX(version) FROM schemainfo").fetchone()[0] \
                if "schemainfo" in tables else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        return str(exc)
    if check != "ok":
        return f"its check fails ({check})"
    if not OUR_TABLES <= tables:
        return "it is not a jmreview database"
    if isinstance(schema, int) and schema > SCHEMA_VERSION:
        return f"it was made by a newer jmreview (schema {schema})"  # this one could not open it after a restore
    return None


def is_full(exc: BaseException) -> bool:
    """True for the errors a full disk (or a file-size limit) gives."""
    import errno

    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    return "full" in str(exc) or "disk I/O error" in str(exc)


def _not_written(db_path: Path, temp: Path, exc: BaseException | None) -> BackupFailed:
    """A backup given up: what was written of it removed (as far as the folder lets), and why, in one sentence."""
    folder = backup_dir(db_path)
    remove_with_sidecars(temp)
    if any(p.exists() for p in (temp, *sidecars(temp))):   # made, but it may not be deleted: neither renamed
        why = ("files can be made in it but not deleted or renamed (its permissions or attributes, such as "
               "append-only); let them be, or choose another place for the database")
        return BackupFailed(f"no backup of {db_path} could be written in {folder}: {why}", stuck=True)
    if exc is None:
        return BackupFailed("", unusable="")
    full = is_full(exc)
    why = "the disk is full" if full else (getattr(exc, "strerror", None) or str(exc))
    return BackupFailed(f"no backup of {db_path} could be written in {folder}: {why}", full)


def write_verified(db_path: Path, reason: str, fill: Callable[[Path], None]) -> Path:
    """Write a backup under a temporary name with `fill(temp)`, check it, then give it its listed name."""
    folder = backup_dir(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{backup_stem(db_path)}-{stamp}-{reason}.sqlite3"
    temp = folder / f".{target.name}{PARTIAL}"
    problem: str | None = None
    try:
        folder.mkdir(exist_ok=True)
        fill(temp)
        try:
            seal(temp)
        except sqlite3.DatabaseError as exc:
            if is_full(exc):
                raise
            problem = str(exc)  # SQLite cannot even open what was written
    except (OSError, sqlite3.Error) as exc:
        raise _not_written(db_path, temp, exc) from None
    problem = problem or why_unusable(temp)
    if problem is not None:
        stuck = _not_written(db_path, temp, None)
        raise stuck if stuck.unusable is None else \
            BackupFailed(f"no backup of {db_path} was kept: the copy is unusable ({problem})", unusable=problem)
    try:
        os.replace(temp, target)
    except OSError as exc:
        raise _not_written(db_path, temp, exc) from None
    remember_lineage(folder, target, PARTIAL, db_path)
    return target



def make_backup(db_path: Path, reason: str, spare: Path | None = None) -> Path:
    """Copy a consistent, verified snapshot of the database into its backup folder; returns the new file. Pruning
    then never takes `spare` (the backup a restore is about to put back)."""
    target = write_verified(db_path, reason, lambda temp: copy_database(db_path, temp))
    prune(db_path, spare)
    return target


_checked: dict[tuple[str, int, int, int], str | None] = {}


def why_backup_unusable(path: Path) -> str | None:
    """`why_unusable` with its deep check, remembered while the file stays the same (size, time, inode)."""
    try:
        st = path.stat()
    except OSError as exc:
        return exc.strerror or str(exc)
    key = (str(path), st.st_size, st.st_mtime_ns, st.st_ino)
    if key not in _checked:
        _checked[key] = why_unusable(path)
    return _checked[key]


def _not_a_copy(path: Path, db_path: Path) -> bool:
    """True for a name in the folder that is no copy of its own: a link (jmreview writes none), or the database itself
    under another name (run 23 A39: a link to the live file was offered as a safety copy)."""
    try:
        return path.is_symlink() or (db_path.exists() and path.samefile(db_path))
    except OSError:
        return True


def named_backups(db_path: Path) -> list[BackupFile]:
    """Every file named like a backup of the database and not plainly unfinished, newest first (unchecked; one dated
    ahead of the clock, by a clock that was wrong, after every other)."""
    out = []
    folder, stems = backup_dir(db_path), _stems(db_path)
    for stem in stems:
        for path in folder.glob(f"{glob.escape(stem)}-*.sqlite3"):
            parts = path.stem[len(stem) + 1:].split("-", 3)
            try:
                made = datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
            except ValueError:
                continue
            if why_unusable(path, deep=False) is None and not _not_a_copy(path, db_path):
                out.append(BackupFile(path, made, parts[3] if len(parts) > 3 else ""))
    for path in folder.glob("*-*.sqlite3"):   # made under an earlier name of the database (renamed with its folder)
        named = RENAMED.match(path.stem)
        if named is None or named.group(1) in stems or why_unusable(path, deep=False) is not None \
                or _not_a_copy(path, db_path) or not ours(folder, path, db_path):
            continue
        out.append(BackupFile(path, datetime.strptime(named.group(2), "%Y%m%d-%H%M%S-%f"), named.group(3) or ""))
    ahead = datetime.now() + AHEAD
    return sorted(out, key=lambda b: (b.made <= ahead, b.made), reverse=True)   # one dated ahead: never the newest


def unreadable_backups(db_path: Path) -> list[tuple[Path, str]]:
    """Files named like the database's backups that are no SQLite database at all (run 61 A30: a disk fault zeroed
    one's first 4 KB; it was neither listed nor named damaged), with why."""
    out = []
    for stem in _stems(db_path):
        for path in backup_dir(db_path).glob(f"{glob.escape(stem)}-*.sqlite3"):
            if (why := why_unusable(path, deep=False)) is not None and not _not_a_copy(path, db_path):
                out.append((path, why))
    return sorted(out)


def list_backups(db_path: Path) -> list[BackupFile]:
    """A database's complete backups, newest first: each passes the deep check (a cut or damaged one never), and
    none is another database's."""
    return list(_offered(db_path))


def mixed_backups(db_path: Path) -> bool:
    """True when the backups folder holds backups of several databases and none can be told to be this one's (the
    database cannot be read, and only the folder's note, which a sync may have brought, says which)."""
    return unsure(backup_dir(db_path), [b.path for b in named_backups(db_path)], db_path)


def newest_backup(db_path: Path) -> BackupFile | None:
    """The newest backup that passes the deep check (older ones are checked only when a newer one fails); none when
    which database the folder's backups are of is not sure and they are of several (see lineage.unsure)."""
    return next(_offered(db_path), None)


def _offered(db_path: Path) -> Iterator[BackupFile]:
    """The database's complete backups, newest first, each checked only when reached; none when the folder holds
    backups of several databases and which are its own is unknown (see mixed_backups)."""
    folder, named = backup_dir(db_path), named_backups(db_path)
    if unsure(folder, [b.path for b in named], db_path):
        return
    yield from (b for b in named if why_backup_unusable(b.path) is None and not foreign(folder, b.path, db_path))


def remove_leftovers(db_path: Path) -> None:
    """Delete what interrupted backups left over an hour ago: temporary files and unfinished ones."""
    folder = backup_dir(db_path)
    old = time.time() - STALE_SECONDS
    stems = [glob.escape(stem) for stem in _stems(db_path)]
    unfinished = [p for stem in stems for p in folder.glob(f"{stem}-*.sqlite3")   # (a damaged one is named by
                  if why_unusable(p, deep=False) in ("it is empty or cut short", UNFINISHED)]   # doctor, not deleted)
    for path in [*(p for stem in stems for p in folder.glob(f".{stem}-*{PARTIAL}")), *unfinished]:
        try:
            if path.stat().st_mtime < old:
                remove_with_sidecars(path)
        except OSError:
            continue


def prune(db_path: Path, spare: Path | None = None) -> None:
    """Keep the newest backups, the newest few of each kind and one a day for a month (and `spare`); delete the rest
    and leftovers."""
    folder = backup_dir(db_path)   # no deep check: pruning reads no backup's content, only which database it is of
    backups = [b for b in named_backups(db_path) if not foreign(folder, b.path, db_path)]   # another database's (a
    # folder shared by a link, a copy synced in) are never this one's to delete (run 31 A61)
    keep = {b.path for b in backups[:KEEP_RECENT]} | {b.path for b in backups if spare and b.path.name == spare.name}
    kinds: dict[str, int] = {}   # …and the newest of each kind: what an import, a re-run or a restore began from
    for b in backups:            # (of what a person did, the newest few: a second restore must not cost the first's)
        kinds[b.reason] = kinds.get(b.reason, 0) + 1
        if kinds[b.reason] <= (1 if b.reason in ("on-open", "before-recovery") else KEEP_PER_KIND):
            keep.add(b.path)
    days: set[str] = set()
    now = datetime.now()
    for b in backups:
        day = b.made.strftime("%Y-%m-%d")
        if day not in days and (now - b.made).days < KEEP_DAYS:
            days.add(day)
            keep.add(b.path)
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
    remove_leftovers(db_path)


STAMP_SQL = ("SELECT (SELECT max(id) FROM editlog), (SELECT count(*) FROM editlog WHERE undone), "
             "(SELECT max(id) FROM sourcefile), (SELECT count(*) FROM sourcefile), (SELECT count(*) FROM article), "
             "(SELECT total(version) FROM article), (SELECT count(*) FROM entity), (SELECT count(*) FROM block "
             "WHERE article_id IS NULL), (SELECT at || who || summary FROM editlog ORDER BY id DESC LIMIT 1)")
# (the last edit itself: a colleague's copy with as many edits as mine, of other articles, is no copy of mine: r22 A59)


def content_stamp(con: sqlite3.Connection) -> tuple[object, ...] | None:
    """What a database holds, in a few numbers every change moves (the log, the files, the articles, the entities)."""
    try:
        return tuple(con.execute(STAMP_SQL).fetchone())
    except sqlite3.Error:
        return None


def newest_backup_stamp(db_path: Path) -> tuple[object, ...] | None:
    """The content stamp of the newest backup (None when there is none or it cannot be read).

    Only the quick checks of `named_backups`: a backup that is damaged inside reads another stamp or none,
    and the database then gets a new backup — which is what it needs anyway.
    """
    named = named_backups(db_path)
    if not named:
        return None
    newest = named[0]
    try:
        con = sqlite3.connect(sqlite_uri(newest.path, "mode=ro"), uri=True)
    except sqlite3.Error:
        return None
    try:
        return content_stamp(con)
    finally:
        con.close()


def newest_backup_time(db_path: Path) -> float:
    """Modification time of the newest complete backup (0 when there is none)."""
    newest = newest_backup(db_path)
    return newest.path.stat().st_mtime if newest else 0.0
