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


def launched(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str]) -> tuple[int, list[str]]:
    """`jmreview ARGV` as a desktop launcher starts it (a fresh home, the Chinese window): its exit code and the
    error dialogs it showed."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview import cli as cli_module
    from jmreview.gui import app as app_module
    from jmreview.gui.app import install_translations

    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "home"))
    monkeypatch.setenv("JMREVIEW_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "jmreview.log")
    installed: list = []
    monkeypatch.setattr(app_module, "install_translations",
                        lambda app, language: installed.extend(install_translations(app, "zh_CN")))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: shown.append(text))
    try:
        return cli_module.main(argv), shown
    finally:
        for t in installed:
            QApplication.instance().removeTranslator(t)  # type: ignore[union-attr]
