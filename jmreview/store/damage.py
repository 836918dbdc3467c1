"""What a damaged database is said to be, in one short sentence, and the way forward from it."""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from jmreview.errors import StoreError
from jmreview.store.backup import mixed_backups, newest_backup


class DamagedDatabase(StoreError):
    """A database whose integrity check fails; says which file, what SQLite found, and its newest good backup."""

    def __init__(self, path: Path, detail: str) -> None:
        detail, found = first_problem(detail), newest_backup(path)   # SQLite's first finding, not hundreds of lines
        self.backup = found.path if found else None
        self.mixed = found is None and mixed_backups(path)   # backups of several databases, none sure to be its own
        super().__init__(damaged_message(path, detail, self.backup, self.mixed))
        self.path = path
        self.detail = detail


def damaged_alone(path: Path) -> str | None:
    """What SQLite finds wrong with a database file itself, read without its -wal (on a copy), or None: a file cut
    short is not its -wal's doing (run 36 A8: the -wal holding the edits was blamed)."""
    with tempfile.TemporaryDirectory() as tmp:
        alone = Path(tmp) / "alone.sqlite3"
        try:
            shutil.copyfile(path, alone)
            con = sqlite3.connect(alone)
            try:
                rows = [str(r[0]) for r in con.execute("PRAGMA quick_check").fetchall()]
            finally:
                con.close()
        except OSError:
            return None   # (no room for the copy: nothing can be told)
        except sqlite3.Error as exc:
            return str(exc)
        return None if rows == ["ok"] else rows[0]


def first_problem(detail: str) -> str:
    """SQLite's report of a damaged file in one short line: its first finding and how many more (integrity_check
    gives hundreds of lines, which a dialog cannot hold)."""
    lines = [line.strip() for line in str(detail).splitlines()
             if line.strip() and not line.strip().startswith("*** in database")]
    if not lines:
        return str(detail).strip()[:200]
    more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
    return lines[0][:200] + more


def damaged_message(path: Path, detail: str, backup: Path | None, mixed: bool = False) -> str:
    """A damaged database, and the way forward: its newest complete backup, or a read-only export."""
    if backup is not None:
        return (f"{path} is damaged ({detail}); its newest good backup is {backup}: open {path.name} in the "
                "window, which offers to restore it (never copy a file over a database that is open)")
    if mixed:
        return (f"{path} is damaged ({detail}), and its backups folder holds backups of more than one database: "
                "which are its own cannot be told on this computer, so none is offered; open it on the computer "
                "that made it, or open it read-only and export what it holds")
    return f"{path} is damaged ({detail}) and has no backup; open it read-only in the window and export what it holds"
