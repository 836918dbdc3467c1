"""Seventh adversarial run, W1: a file dialog listing the database's folder must not cost the window its SQLite locks.

Qt's dialog reads the first bytes of every listed file to guess its type; opening and closing the open database's
-shm dropped this process's POSIX locks on it, another program then rebuilt the shared memory and the window died
(SIGBUS). The dialogs of jmreview name types from file names only.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from jmreview.gui import file_dialogs
from jmreview.store.database import Store
from jmreview.store.models import Article
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS


def _locks_on(path: Path) -> int:
    """How many POSIX locks this process holds on a file (from /proc/locks)."""
    ino, pid = os.stat(path).st_ino, str(os.getpid())
    with open("/proc/locks", encoding="ascii") as fh:
        return sum(1 for line in fh if line.split()[4] == pid and line.split()[5].endswith(f":{ino}"))


def _list(qtbot, dialog: QFileDialog, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Show the dialog on the folder until its model has listed and typed every file."""
    dialog.setDirectory(str(folder))
    dialog.show()
    qtbot.wait(1500)   # the model lists and types the files in a thread of its own
    dialog.close()


def test_listing_the_database_folder_keeps_the_locks_on_its_shared_memory(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "open.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "000_fe75734c17ad953c.txt"], workers=1)
        Article.select().count()
        shm = db.with_name(db.name + "-shm")
        held = _locks_on(shm)
        assert held >= 1, "the open database holds its shared-memory lock"
        ours = file_dialogs._dialog(None, "t", str(tmp_path), "")
        ours.setViewMode(QFileDialog.ViewMode.Detail)
        _list(qtbot, ours, tmp_path)
        assert _locks_on(shm) == held, "listing the folder in jmreview's dialog dropped the database's locks"
        # (Qt's own dialog, QFileDialog with its default icon provider, fails this: it drops them.)
        store.close()
