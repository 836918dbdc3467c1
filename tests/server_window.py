"""The window on a server database, opened as `jmreview --db URL` opens it (for the window tests on a server)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from jmreview.gui.app import open_window


def show(qtbot, tmp_path: Path, url: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The window as `jmreview --db URL` opens it."""
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    monkeypatch.delenv("JMREVIEW_EDITOR", raising=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(url, QApplication.instance(), settings, ask=False)  # type: ignore[arg-type]
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window
