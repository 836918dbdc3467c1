"""Issue 10, run 54, in the window: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ..conftest import SEEDS
from .conftest import open_window


def test_r54a_25_the_windows_import_passes_over_a_hidden_folder_and_says_so_in_chinese(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 54 A25 in the window: File → Import a folder holding a trash beside its pages imports the pages only, and
    the report names the trash in Chinese."""
    from jmreview.gui.jobs import import_into
    from jmreview.store.models import SourceFile

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a, **k: told.append(text))
    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    stick = tmp_path / "stick"
    (stick / ".Trash-1000" / "files").mkdir(parents=True)
    text = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    (stick / "A02.txt").write_text(text, encoding="utf-8")
    (stick / ".Trash-1000" / "files" / "A02.txt").write_text(text.replace("江门", "江海", 1), encoding="utf-8")
    job = import_into(window, [stick])
    qtbot.waitUntil(lambda: job.isFinished() and bool(told), timeout=30000)
    assert any(".Trash-1000/：是隐藏文件夹或系统文件夹" in t for t in told), told
    assert SourceFile.select().where(SourceFile.name == "A02.txt").count() == 1
    window.session.store.close()
