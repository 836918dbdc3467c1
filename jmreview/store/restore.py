"""Restoring a database from one of its backups: checked before, copied in one go, checked after.

A backup is checked again (`PRAGMA quick_check`, our schema) right before it is used, since it
may have been cut short or damaged since it was listed. Whatever fails, the database is left
as it was and the refusal says why in a form the window can word (`RestoreFailed.code`).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from jmreview.errors import StoreError
from jmreview.store.backup import (
    BackupFailed,
    backup_dir,
    backup_stem,
    content_stamp,
    copy_database,
    is_full,
    list_backups,
    make_backup,
    named_backups,
    newest_backup_stamp,
    remove_with_sidecars,
    seal,
    sidecars,
    why_backup_unusable,
    why_unusable,
)
from jmreview.store.busy import RestoreBusy, no_job_running
from jmreview.store.lineage import foreign
from jmreview.store.opening import real_file
from jmreview.store.replay_check import MAX_WRITES, count_write
from jmreview.store.sqlite_uri import sqlite_uri

REASONS = {
    "unusable": "the backup cannot be used: {detail}",
    "full": "the disk is full",
    "failed": "{detail}",
    "no_safety_copy": "its current content could not be backed up first: {detail}",
    "busy": "another program or window is writing to it (an import, a re-run, a copy…); try again when it has "
            "finished",
    "foreign": "it is a backup of another database (copied into this backups folder)",
    "damaged": "it is damaged ({detail}): put the backup in its place with the damaged file kept aside instead",
}


class RestoreFailed(StoreError):
    """A restore that did not happen: the database is as it was. `code` says why (a key of REASONS)."""

    def __init__(self, path: Path, backup: Path, code: str, detail: str = "") -> None:
        why = REASONS[code].format(detail=detail)
        super().__init__(f"{path} was not restored from {backup.name} ({why}); it is as it was")
        self.path = path
        self.backup = backup
        self.code = code
        self.detail = detail


def verify_backup(backup: Path, db_path: Path) -> None:
    """Refuse a backup that is not (any more) a complete, healthy jmreview database."""
    reason = why_unusable(backup)
    if reason is not None:
        raise RestoreFailed(db_path, backup, "unusable", reason)
    if foreign(backup_dir(db_path), backup, db_path):   # never offered; refused when named too (run 25 A40)
        raise RestoreFailed(db_path, backup, "foreign")


def _failed(db_path: Path, backup: Path, exc: BaseException) -> RestoreFailed:
    return RestoreFailed(db_path, backup, "full") if is_full(exc) else RestoreFailed(db_path, backup, "failed",
                                                                                     str(exc))


def restore_backup(backup: Path, db_path: Path, keep_current: bool = True) -> Path:
    """Replace the database's content with a checked backup; what it replaces is backed up first.

    Nothing is replaced unless the backup passes its check and (with `keep_current`) the
    current content has a verified backup; the copy is one SQLite transaction, so a failure
    half-way leaves the database as it was. Returns the backup of the replaced content.
    """
    db_path = real_file(db_path)   # through a link: the file it leads to, never the link replaced by a copy
    try:
        with no_job_running(db_path):   # never between the transactions of an import or another long job
            return _restore(backup, db_path, keep_current)
    except RestoreBusy:
        raise RestoreFailed(db_path, backup, "busy") from None


def backed_up_as_is(db_path: Path) -> Path | None:
    """The newest backup when it holds what the database holds now (None: none does, or it cannot be told): a
    restore's own copy, complete, and equal row for row (a change made by another SQLite tool moves no stamp)."""
    named = named_backups(db_path)
    if not named or named[0].reason not in ("restored", "before-restore"):   # kinds pruning keeps three of
        return None
    newest = named[0].path
    try:
        con = sqlite3.connect(sqlite_uri(db_path, "mode=ro"), uri=True)
    except sqlite3.Error:
        return None
    try:
        mine = content_stamp(con)
    finally:
        con.close()
    if mine is None or mine != newest_backup_stamp(db_path) or why_backup_unusable(newest) is not None:
        return None
    return newest if same_rows(db_path, newest) else None


def same_rows(a: Path, b: Path) -> bool:
    """True when two databases hold the same tables with the same rows (False when either cannot be read)."""
    try:
        one = sqlite3.connect(sqlite_uri(a, "mode=ro"), uri=True)
        other = sqlite3.connect(sqlite_uri(b, "mode=ro"), uri=True)
    except sqlite3.Error:
        return False
    try:
        listed = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        tables = [r[0] for r in one.execute(listed)]
        if tables != [r[0] for r in other.execute(listed)]:
            return False
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            rows = one.execute(f"SELECT * FROM {quoted}")   # both in the order of their keys: same rows, same order
            theirs = other.execute(f"SELECT * FROM {quoted}")
            while True:
                mine, their = rows.fetchmany(1000), theirs.fetchmany(1000)
                if mine != their:
                    return False
                if not mine:
                    break
        return True
    except sqlite3.Error:
        return False
    finally:
        one.close()
        other.close()


def _restore(backup: Path, db_path: Path, keep_current: bool) -> Path:
    verify_backup(backup, db_path)
    safety = db_path
    if keep_current and db_path.exists() and db_path.stat().st_size:
        try:   # restores tried one after another: the content already has its copy (the last restore's)
            safety = backed_up_as_is(db_path) or make_backup(db_path, "before-restore", spare=backup)
        except BackupFailed as exc:
            if exc.unusable is not None and why_unusable(db_path) is not None:   # damaged itself: no copy of it is
                raise RestoreFailed(db_path, backup, "damaged", exc.unusable) from None   # sound (run 36 A8)
            raise RestoreFailed(db_path, backup, "no_safety_copy", "the disk is full" if exc.full else str(exc)) \
                from None
    copied = False
    try:
        done, given, versions = writes_counted(db_path), sequences(db_path), article_versions(db_path)
        copy_database(backup, db_path)
        copied = True
        count_on(db_path, done, given, versions)
    except (OSError, sqlite3.Error) as exc:
        if copied and safety != db_path:   # what it replaced put back: "as it was" is then true (run 25 A39)
            copy_database(safety, db_path)
        if "database is locked" in str(exc):   # another program writing it (run 25 A34: the window froze)
            raise RestoreFailed(db_path, backup, "busy") from None
        raise _failed(db_path, backup, exc) from None
    problem = why_unusable(db_path)
    if problem is not None:
        if safety != db_path:
            copy_database(safety, db_path)
        raise RestoreFailed(db_path, backup, "failed", problem)
    with contextlib.suppress(BackupFailed):   # the newest backup is now what was put back, not what it replaced
        make_backup(db_path, "restored")
    return safety


def writes_counted(db_path: Path) -> int:
    """The write transactions a database file counts (0: none, or no file)."""
    if not db_path.exists() or not db_path.stat().st_size:
        return 0
    con = sqlite3.connect(sqlite_uri(db_path, "mode=ro"), uri=True)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def sequences(db_path: Path) -> dict[str, int]:
    """The highest id each table ever gave (SQLite's AUTOINCREMENT record; none: no file, or no such record)."""
    if not db_path.exists() or not db_path.stat().st_size:
        return {}
    con = sqlite3.connect(sqlite_uri(db_path, "mode=ro"), uri=True)
    try:
        return {str(name): int(seq) for name, seq in con.execute("SELECT name, seq FROM sqlite_sequence")}
    except sqlite3.Error:
        return {}
    finally:
        con.close()


def article_versions(db_path: Path) -> list[tuple[int, int]]:
    """Each article's id and version (none: no file, or no readable articles)."""
    if not db_path.exists() or not db_path.stat().st_size:
        return []
    con = sqlite3.connect(sqlite_uri(db_path, "mode=ro"), uri=True)
    try:
        return [(int(i), int(v)) for i, v in con.execute("SELECT id, version FROM article")]
    except sqlite3.Error:
        return []
    finally:
        con.close()


def count_on(db_path: Path, before: int, given: dict[str, int] | None = None,
             versions: list[tuple[int, int]] | None = None) -> None:
    """After a restore: the count goes on from the content replaced (a -wal older than the restore stays older), and
    so do the ids and the articles' versions — an article number given before the restore is never given again, and
    an article changed since the backup has a version above any it had: an export of before the restore is never
    taken for one of the content put back."""
    con = sqlite3.connect(sqlite_uri(db_path, "mode=rw"), uri=True, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        counted = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone()
        for name, seq in (given or {}).items() if counted else ():   # (a backup of an older schema may have none:
            con.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name))   # r25 A39)
        moment = str(datetime.now(timezone.utc))   # a version moved on is a change now (run 32 A38: an export
        con.executemany("UPDATE article SET version = ? + 1, updated_at = ? WHERE id = ? AND version < ?",   # said
                        [(v, moment, i, v) for i, v in versions or []])   # the backup's moment)
        now = int(con.execute("PRAGMA user_version").fetchone()[0])
        con.execute(f"PRAGMA user_version = {max(now, before) % MAX_WRITES}")
        count_write(con)
        con.execute("COMMIT")
    finally:
        con.close()


def replace_damaged(backup: Path, db_path: Path) -> Path:
    """Put a checked backup in place of a damaged database; the damaged file is kept, renamed, beside its backups.

    The backup is copied and checked under a temporary name first, so a failure (a full disk)
    leaves the damaged file where it was. Returns where the damaged bytes now are.
    """
    db_path = real_file(db_path)   # through a link: the file it leads to
    verify_backup(backup, db_path)
    folder = backup_dir(db_path)
    temp = db_path.with_name(f".{backup_stem(db_path)}.restoring")   # a short name: the longest database's fits
    try:
        remove_with_sidecars(temp)
        copy_database(backup, temp)
        seal(temp)
    except (OSError, sqlite3.Error) as exc:
        remove_with_sidecars(temp)
        raise _failed(db_path, backup, exc) from None
    kept = folder / f"{backup_stem(db_path)}-{datetime.now():%Y%m%d-%H%M%S}-damaged.sqlite3.bad"
    done, given, versions = what_it_gave(db_path, backup)   # never given again (see count_on)
    for companion, aside in zip((db_path, *sidecars(db_path)), (kept, *sidecars(kept)), strict=True):
        if companion.exists():
            os.replace(companion, aside)  # a rename: the damaged bytes exactly as they were, no space needed
    os.replace(temp, db_path)
    with contextlib.suppress(sqlite3.Error):
        count_on(db_path, done, given, versions)
    return kept


def what_it_gave(damaged: Path, backup: Path) -> tuple[int, dict[str, int], list[tuple[int, int]]]:
    """What a damaged database had counted and given (writes, ids, versions), as far as it can be read: as it is,
    else on a copy wearing its backup's 100-byte header (a header overwritten leaves every page readable)."""
    readable = damaged
    with tempfile.TemporaryDirectory() as tmp:
        if sequences(damaged) == {}:
            readable = Path(tmp) / "header.sqlite3"
            with contextlib.suppress(OSError):
                shutil.copyfile(damaged, readable)
                with backup.open("rb") as src, readable.open("r+b") as dst:
                    dst.write(src.read(100))
        done = 0
        with contextlib.suppress(sqlite3.Error, OSError):
            done = writes_counted(readable)
        given, versions = sequences(readable), article_versions(readable)
        if versions:   # the AUTOINCREMENT record's own page damaged: the articles still there say it (run 22 A4)
            given["article"] = max(given.get("article", 0), max(i for i, _ in versions))
        return done, given, versions


def replace_with_newest(db_path: Path) -> Path:
    """Put the newest backup that restores in place of a damaged database (an unusable one: the next); returns it."""
    db_path = real_file(db_path)   # through a link: the file it leads to
    last: RestoreFailed | None = None
    backups = list_backups(db_path)
    try:
        with no_job_running(db_path):   # two windows at once: one restores, the other finds it done
            if backups and why_unusable(db_path) is None:
                return backups[0].path   # (restored by another window meanwhile)
            for backup in backups:
                try:
                    replace_damaged(backup.path, db_path)
                    return backup.path
                except RestoreFailed as exc:
                    if exc.code != "unusable":
                        raise
                    last = exc
    except RestoreBusy:
        raise RestoreFailed(db_path, backups[0].path if backups else db_path, "busy") from None
    if last is not None:
        raise last
    raise StoreError(f"{db_path} has no complete backup to restore")
