"""Which database a backup is of: a note in the backups folder, written with each backup, read before offering one.

Files named like this database's backups may come from elsewhere (another database's backup copied in and renamed);
a restore of one would put another corpus in place. The note says which database the folder's backups are of (when
it was created, and when and what its first page came in), and a backup that says otherwise is never offered. A copy
of the note is kept in the user's data folder too, keyed by the database's place: a whole backups folder synced
in from another database (its own note with it) does not pass for this database's.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

from jmreview.store.sqlite_uri import sqlite_uri

LINEAGE = ".database"   # in the backups folder: which database its backups are of
NOTE_MAX = 4096

def lineage(path: Path) -> str | None:
    """Which database a file is: when it was created and when and what its first page came in — the same in all its
    backups, in no other's (two databases copied from one empty file differ by their first page)."""
    try:
        con = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True)
        try:
            made = con.execute("SELECT MIN(created_at) FROM schemainfo").fetchone()
            first = con.execute("SELECT imported_at, sha256 FROM sourcefile ORDER BY id LIMIT 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if not made or made[0] is None:
        return None
    return "|".join(str(x) for x in (made[0], *(first or ())))


def read_note(note: Path) -> str | None:
    """The folder's note of its database, read only from a small regular file (never a link, FIFO or device)."""
    try:
        fd = os.open(note, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > NOTE_MAX:
            return None
        return os.read(fd, NOTE_MAX).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    finally:
        os.close(fd)


def user_note(db: Path) -> Path | None:
    """Where the user's own copy of a database's backups note is kept, keyed by the database's place (two databases
    whose backups folders are one, through a link, keep two notes); None: no user data folder."""
    try:
        from platformdirs import user_data_dir

        key = hashlib.sha256(os.fsencode(db.resolve())).hexdigest()[:40]
        return Path(user_data_dir("jmreview", appauthor=False)) / "lineage" / key
    except (OSError, RuntimeError, ValueError):
        return None


def remember_lineage(folder: Path, backup: Path, partial: str, db: Path) -> None:
    """Note in the backups folder (and in the user's data folder) which database its backups are of (the one just
    backed up)."""
    made = lineage(backup)
    if made is None:
        return
    mine = user_note(db)
    for note in (folder / LINEAGE, mine):
        if note is not None and read_note(note) != made:
            _write_note(note, made, partial)


def note_new(folder: Path, db: Path, partial: str) -> None:
    """A database just created: the notes say so at once, so the backups a deleted database of that name left in the
    folder are never taken for the new one's (the user's note always; the folder's when it exists)."""
    made = lineage(db)
    if made is None:
        return
    for note in (folder / LINEAGE if folder.is_dir() else None, user_note(db)):
        if note is not None:
            _write_note(note, made, partial)


def _write_note(note: Path, made: str, partial: str) -> None:
    """Write a note beside and rename it into place, so a link or a special file of that name is replaced, never
    followed."""
    temp = note.with_name(f"{note.name}{partial}")
    try:
        note.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
        try:
            os.write(fd, made.encode("utf-8"))
        finally:
            os.close(fd)
        os.replace(temp, note)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        return   # a note that cannot be written: every backup is offered, as before it existed


def _note(folder: Path, db: Path | None) -> tuple[str | None, bool]:
    """The folder's note of its database: the user's own copy first (trusted), else the folder's (which a sync may
    have brought from another database); None: none, or empty."""
    kept = user_note(db) if db is not None else None
    mine = read_note(kept) if kept is not None else None
    if mine and mine.strip():
        return mine, True
    theirs = read_note(folder / LINEAGE)
    return (theirs, False) if theirs and theirs.strip() else (None, False)


_seen: dict[tuple[str, int, int, int], str | None] = {}


def own_lineage(db: Path) -> str | None:
    """The lineage of the database itself while it can be read (no note can be wrong about it), remembered while
    the file and its -wal stay the same."""
    wal = db.with_name(db.name + "-wal")
    try:
        key = (str(db), db.stat().st_mtime_ns, wal.stat().st_mtime_ns if wal.exists() else 0, db.stat().st_ino)
    except OSError:
        return None
    if key not in _seen:
        _seen.clear()
        _seen[key] = lineage(db)
    return _seen[key]


def _mine(folder: Path, db: Path | None) -> tuple[str | None, bool]:
    """Which database the folder's backups should be of, and whether that is known for sure (the database itself, or
    the user's own note) rather than from the folder's note alone."""
    own = own_lineage(db) if db is not None else None
    return (own, True) if own is not None else _note(folder, db)


def ours(folder: Path, backup: Path, db: Path | None = None) -> bool:
    """True for a backup of this folder's database (one named for another name: the database was renamed, its
    backups folder with it)."""
    mine = _mine(folder, db)[0]
    return mine is not None and same(lineage(backup), mine)


def same(one: str | None, other: str | None) -> bool:
    """True when two lineages are of one database: alike, or made at the same moment and one of them before its first
    page came in (run 31 A42: the backup made at the recovery of a first import cut short by kill -9 was called
    another database's once the page was in)."""
    if one is None or other is None:
        return one == other
    a, b = one.split("|"), other.split("|")
    return a == b or a[0] == b[0] and min(len(a), len(b)) == 1


def foreign(folder: Path, backup: Path, db: Path | None = None) -> bool:
    """True for a backup of another database copied into this backups folder (never offered for a restore)."""
    mine = _mine(folder, db)[0]
    if mine is None:   # none, or emptied (a power cut before the note reached the disk)
        return False
    theirs = lineage(backup)
    return theirs is not None and not same(theirs, mine)


def unsure(folder: Path, backups: list[Path], db: Path | None = None) -> bool:
    """True when only the folder's own note says which database its backups are of and they are of several: a
    synced-in folder may have brought its note along, so none is restored without a person choosing."""
    mine, sure = _mine(folder, db)
    return mine is not None and not sure and len({lineage(b) for b in backups} - {None}) > 1
