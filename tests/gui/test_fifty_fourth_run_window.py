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


def test_r54b_22_marking_many_pages_shows_the_count_and_the_window_answers(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 54 B22: double review of 150 listed pages on a server took 103 s, the dialog showing its old note, the
    history nothing, the status bar "就绪": no progress box, no word. The box shows, with the count, and the window
    answers (its timers run) between pages."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QComboBox, QProgressDialog, QPushButton

    from jmreview.gui import team_dialog
    from jmreview.store import team

    from .test_team_dialog import choose, in_dialog

    w = open_window(qtbot, tmp_path, sorted(SEEDS.glob("*.txt")))
    real, seen = team.mark_double_review, []

    def slow(store, who, page_id, names):  # type: ignore[no-untyped-def]
        time.sleep(0.4)   # a page on a slow server
        return real(store, who, page_id, names)

    def look() -> None:
        progress = w.findChild(QProgressDialog, "team_progress")
        if progress is not None and progress.isVisible():
            seen.append(progress.labelText())

    ticks = QTimer(w)
    ticks.timeout.connect(look)
    ticks.start(100)
    monkeypatch.setattr(team_dialog.team, "mark_double_review", slow)

    def every_listed(dialog) -> None:  # type: ignore[no-untyped-def]
        scope = dialog.findChild(QComboBox, "team_scope")
        scope.setCurrentIndex(scope.count() - 1)
        choose(dialog, "甲", "乙")
        dialog.findChild(QPushButton, "team_double").click()

    in_dialog(qtbot, w, every_listed)
    ticks.stop()
    assert any("（5 个中的第" in text for text in seen), seen   # said while it ran, the window's timer answered
    w.session.store.close()
