"""Undo says what it did and goes there; the history survives a restart; own work is no 'other window' (item 9)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from jmreview.store import edits
from jmreview.store.models import Article

from ..conftest import SEEDS
from .conftest import open_window
from .test_corrections import CTRL, key


def test_undo_of_an_edit_in_another_file_goes_there_and_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, [SEEDS / "000_fe75734c17ad953c.txt", SEEDS / "003_4221d1719c757f4b.txt"])
    first, second = window.files.ids()
    window.select_file(first)
    art = window.current_article
    window.session.apply("标题", edits.set_article_field, art, "title", "改过的标题")
    window.select_file(second)
    assert window.current_file == second
    key(window, Qt.Key.Key_Z, CTRL)
    assert Article.get_by_id(art).title != "改过的标题"
    assert window.current_file == first and window.current_article == art
    assert window.statusBar().currentMessage().startswith("Undone: 标题")
    window.session.store.close()


def test_the_history_comes_back_after_a_restart_and_undoes(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from jmreview.gui.app import open_window as open_app

    monkeypatch.setenv("JMREVIEW_EDITOR", "甲")
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    db = window.session.store.path
    arts = window.articles.ids()
    edits.set_status(window.session.store, "甲", arts[0], "reviewed")
    edits.set_article_field(window.session.store, "甲", arts[1], "kicker", "新引题")
    window.session.store.close()
    window.close()
    settings = QSettings(str(tmp_path / "again.ini"), QSettings.Format.IniFormat)
    again = open_app(db, QApplication.instance(), settings, ask=False)
    qtbot.addWidget(again)
    stack = again.session.undo_stack
    assert stack.count() == 2 and stack.undoText().endswith(": Kicker → “新引题”")  # names the field and value
    assert again.actions_by_name["undo"].isEnabled()   # Edit → Undo offered at once (it was greyed out)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    key(again, Qt.Key.Key_Z, CTRL)                      # the key, as the editor presses it
    assert Article.get_by_id(arts[1]).kicker != "新引题" and Article.get_by_id(arts[0]).status == "reviewed"
    again.session.store.close()


def test_the_windows_own_import_is_not_news_from_another_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jmreview.gui.jobs import import_into

    window = open_window(qtbot, tmp_path, [SEEDS / "000_fe75734c17ad953c.txt"])
    job = import_into(window, [SEEDS / "001_69ca20e02664ffc6.txt"])
    qtbot.waitUntil(job.isFinished, timeout=60000)
    qtbot.wait(1500)  # the watch looks once a second
    assert "another window" not in window.statusBar().currentMessage()
    window.session.store.close()


def test_history_entries_name_the_change(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt as _Qt

    stack = window.session.undo_stack
    row = next(r for r in window.page.rows_by_line.values() if r.role == "body" and r.article_id)
    window.page.go_to_line(row.line)
    key(window, _Qt.Key.Key_6, _Qt.KeyboardModifier.AltModifier)  # caption
    assert stack.undoText() == f"Line {row.line}: role Caption"
    key(window, _Qt.Key.Key_J, CTRL)
    joined = stack.undoText()
    key(window, _Qt.Key.Key_J, CTRL)
    assert joined.startswith("Join line") and stack.undoText().startswith("Undo the join")
    key(window, _Qt.Key.Key_F8)
    assert stack.undoText().endswith(": reviewed") and "《" in stack.undoText()
