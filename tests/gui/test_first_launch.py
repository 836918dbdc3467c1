"""First launch: the window first, the editor's name from the computer, editable in settings (issue 12)."""
from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog

from jmreview.gui.app import open_window
from jmreview.gui.dialogs import editor_name


def test_no_name_dialog_before_the_window_and_the_login_name_is_used(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a[1]) or ("", False))
    monkeypatch.delenv("JMREVIEW_EDITOR", raising=False)
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(tmp_path / "first.sqlite3", QApplication.instance(), settings, ask=True)
    qtbot.addWidget(window)
    assert not asked
    assert window.session.editor == getpass.getuser()
    assert getpass.getuser() in window.statusBar().currentMessage()
    window.session.store.close()
    # the second launch uses the remembered name, silently; a reopened window too (no anonymous 'editor')
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert editor_name(again) == (getpass.getuser(), False)
