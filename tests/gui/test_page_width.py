"""The page's lines wrap to its view on every launch and zoom: no line end behind a scrollbar (issue 12, item 4)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ..conftest import SEEDS
from .conftest import open_window


def test_no_horizontal_scroll_at_launch_and_after_zoom(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("font_size", 14)
    settings.sync()
    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    qtbot.wait(50)
    bar = window.page.horizontalScrollBar()
    assert bar.maximum() == 0, bar.maximum()
    for step in (1, 1, -3):
        window.zoom(step)
        qtbot.wait(20)
        assert window.page.horizontalScrollBar().maximum() == 0
    window.session.store.close()
