"""Rolling backups of the database, made with SQLite's backup API (never a file copy).

A file copy of a WAL database can miss committed rows or catch a page mid-write; the
backup API copies a consistent snapshot. Backups live in `<name>.backups/` beside the
database: the newest ten, plus the newest of each of the last thirty days.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP_RECENT = 10
KEEP_DAYS = 30


@dataclass(frozen=True)
class BackupFile:
    """One backup: its file, when it was made and why."""

    path: Path
    made: datetime
    reason: str


def backup_dir(db_path: Path) -> Path:
    """The folder of a database's backups."""
    return db_path.with_name(db_path.name + ".backups")


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of one SQLite file into another with the backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(db_path: Path, reason: str) -> Path:
    """Copy a consistent snapshot of the database into its backup folder; returns the new file."""
    folder = backup_dir(db_path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    copy_database(db_path, target)
    prune(db_path)
    return target


def list_backups(db_path: Path) -> list[BackupFile]:
    """A database's backups, newest first."""
    out = []
    for path in backup_dir(db_path).glob(f"{db_path.stem}-*.sqlite3"):
        parts = path.stem[len(db_path.stem) + 1:].split("-", 3)
        try:
            made = datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        out.append(BackupFile(path, made, parts[3] if len(parts) > 3 else ""))
    return sorted(out, key=lambda b: b.made, reverse=True)


def prune(db_path: Path) -> None:
    """Keep the newest backups and one a day for a month; delete the rest."""
    backups = list_backups(db_path)
    keep = {b.path for b in backups[:KEEP_RECENT]}
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


def restore_backup(backup: Path, db_path: Path) -> Path:
    """Replace the database's content with a backup (the current content is backed up first)."""
    safety = make_backup(db_path, "before-restore") if db_path.exists() and db_path.stat().st_size else db_path
    copy_database(backup, db_path)
    return safety


def newest_backup_time(db_path: Path) -> float:
    """Modification time of the newest backup (0 when there is none)."""
    backups = list_backups(db_path)
    return backups[0].path.stat().st_mtime if backups else 0.0
