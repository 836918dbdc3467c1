"""What a damaged database is said to be, in one short sentence, and the way forward from it."""
from __future__ import annotations

from pathlib import Path


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
