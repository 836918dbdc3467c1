"""Issue 10, run 23's rows left open, in the window: a damaged part said once, and no backup offered that is not."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def damaged_without_backups(tmp_path: Path) -> Path:
    """The seeds in a database, its backups gone, 16 KiB of its second page on overwritten."""
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    db = tmp_path / "x.sqlite3"
    with Store(db) as store:
        import_paths(store, sorted(SEEDS.glob("*.txt")), workers=1)
    shutil.rmtree(f"{db}.backups")
    with db.open("r+b") as fh:
        fh.seek(4096)
        fh.write(b"\xff" * 4096 * 4)
    return db


def read_only_chosen(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The damaged-database dialog answered 以只读方式打开; the error dialogs' texts, as they come."""
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: dialogs.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: next(
        (b for b in self.buttons() if b.text() == "以只读方式打开"), None))
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: dialogs.append(text))
    monkeypatch.delenv("JMREVIEW_SAMPLES", raising=False)
    return dialogs


@pytest.mark.qt_no_exception_capture
def test_r23a_15_a_damaged_part_met_again_is_said_once_not_at_every_click(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 23 A15: a database damaged from its second page, no backups, opened read-only: two dialogs of the damage
    at opening and two more at each file clicked. Once said, the damage goes to the status bar; and with no backup
    the way out offers none (run 23 A16)."""
    from jmreview.gui.app import open_window
    from jmreview.gui.crash import install_excepthook

    db = damaged_without_backups(tmp_path)
    dialogs = read_only_chosen(monkeypatch)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # put back after the test
    install_excepthook()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(db, QApplication.instance(), settings, ask=False)
    assert window is not None, dialogs
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(window, "say", lambda text: said.append(text))
    qtbot.wait(300)
    for file_id in window.files.ids()[:3]:   # as a click does: from Qt's event loop, where the hook sees errors
        QTimer.singleShot(0, lambda file_id=file_id: window.select_file(file_id))
        qtbot.wait(100)
    qtbot.wait(300)
    window.session.store.close()
    damage = [text for text in dialogs if text.startswith("数据库有一部分已损坏")]   # (not the opening choice)
    assert len(damage) == 1, dialogs   # said once: the rest in the status bar
    assert "恢复备份" not in damage[0] and "没有备份" in damage[0], damage   # none to restore: not offered


def test_r23a_16_too_damaged_to_read_and_no_backup_offers_no_backup(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 23 A16: no backups at all, 以只读方式打开, the window cannot be made: "restore one of its backups (File →
    Restore a backup)" — there is none, and no window to have a File menu."""
    from jmreview.gui import app
    from jmreview.gui.main_window import MainWindow

    db = damaged_without_backups(tmp_path)
    dialogs = read_only_chosen(monkeypatch)

    def too_damaged(*_a, **_k) -> None:  # type: ignore[no-untyped-def]
        import sqlite3
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(MainWindow, "__init__", too_damaged)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert app.open_window(db, QApplication.instance(), settings, ask=False) is None
    assert dialogs and "没有备份" in dialogs[-1] and "恢复备份" not in dialogs[-1], dialogs


def test_r23b_18_pages_of_one_name_from_several_folders_are_told_apart_in_the_file_list(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path) -> None:
    """Run 23 B18: A01.txt imported from 30 folders: the window's file list showed "A01.txt" 30 times."""
    from ..conftest import SEEDS
    from .conftest import open_window

    seeds = sorted(SEEDS.glob("*.txt"))
    for k, folder in enumerate(("甲版", "乙版")):
        (tmp_path / folder).mkdir()
        shutil.copy(seeds[k], tmp_path / folder / "A01.txt")
    w = open_window(qtbot, tmp_path, [tmp_path / "甲版" / "A01.txt", tmp_path / "乙版" / "A01.txt", seeds[2]])
    model = w.files.model
    shown = [model.data(model.index(k, 2)) for k in range(model.rowCount())]
    assert sorted(shown) == sorted(["甲版/A01.txt", "乙版/A01.txt", seeds[2].name]), shown   # one name: no folder
    w.session.store.close()
