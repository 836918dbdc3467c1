"""Simplified Chinese first: every string the window shows has a translation."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from jmreview.gui.app import install_translations

from ..conftest import ROOT

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_gui_string_has_a_chinese_translation() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "resources" / "tools" / "translations.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout


def test_compiled_catalogues_are_shipped() -> None:
    data = ROOT / "jmreview" / "data" / "i18n"
    assert (data / "jmreview_zh_CN.qm").stat().st_size > 1000
    assert (data / "qtbase_zh_CN.qm").exists()


def test_window_speaks_simplified_chinese(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    try:
        from ..conftest import SEEDS
        from .conftest import open_window

        window = open_window(qtbot, tmp_path, [SEEDS / "004_8fe30a7831068c4f.txt"])
        titles = [m.title() for m in window.menus.values()]
        assert titles[:3] == ["文件(&F)", "编辑(&E)", "文章(&A)"]
        for action in window.actions_by_name.values():
            assert CJK.search(action.text()), action.text()
        model = window.articles.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers[:2] == ["序号", "标题"]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own catalogue
        window.session.store.close()
    finally:
        for t in translators:
            app.removeTranslator(t)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_screenshot_under_xvfb(tmp_path: Path) -> None:
    png = tmp_path / "window.png"
    out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable,
                          str(ROOT / "resources" / "tools" / "screenshot.py"), str(png)],
                         capture_output=True, text=True, timeout=300,
                         env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"})
    assert out.returncode == 0, out.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 100_000  # a real picture, not an empty frame
