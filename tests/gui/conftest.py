"""Fixtures for the real window, offscreen, on a real SQLite file."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from jmreview.gui.app import reopen
from jmreview.gui.main_window import MainWindow
from jmreview.gui.session import Session
from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS

EDITOR = "测试编辑"


def open_window(qtbot, tmp_path: Path, pages: list[Path]) -> MainWindow:  # type: ignore[no-untyped-def]
    db = tmp_path / "gui.sqlite3"
    store = Store(db)
    if pages:
        import_paths(store, pages, workers=1)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(store, EDITOR), settings, reopen)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts only reach the active window
    return window


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    yield w
    w.session.store.close()
