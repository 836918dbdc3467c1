"""Issue 10, run 27 in the window: what it found, each test failing before its fix."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from jmreview.store.models import Article

from ..conftest import SEEDS
from .conftest import open_window


def _type(window, field: str, text: str, leave: bool = True) -> None:  # type: ignore[no-untyped-def]
    box = window.editor.edits[field]
    box.setFocus()
    box.selectAll()
    box.insert(text)
    window.editor._typed(field)   # as a key typed does (textEdited)
    if leave:
        window.editor._commit(field)   # as Tab does


def test_r27b_62_17_the_windows_own_save_is_no_change_of_another_window(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 27 B62 (B17 on a server): the title's save refused while another program held the write lock; a reporter
    typed; the lock let go; Ctrl+Q saved the title and refused the reporter as "changed in another window" — the
    window's own title save — and closed, the reporter lost."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    art = window.editor.article_id
    window.session.store.db.execute_sql("PRAGMA busy_timeout = 300")
    holder = sqlite3.connect(window.session.store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")   # another program's write, held
    try:
        _type(window, "title", "锁住时的标题")
        qtbot.wait(100)
        assert Article.get_by_id(art).title != "锁住时的标题" and said   # refused: busy
        _type(window, "reporters", "记者甲", leave=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    said.clear()
    window.close()
    now = Article.get_by_id(art)
    assert now.title == "锁住时的标题" and now.reporters == ["记者甲"], said
    assert not any("另一窗口" in text or "another window" in text for text in said), said
    window.session.store.close()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_r27b_17_closing_over_typed_text_that_cannot_be_saved_asks_first(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton,
        chinese: None) -> None:
    """Run 27 B17: a typed field refused on closing (here: another program holds the write lock), 确定, and the window
    closed with the text lost. Now the editor is asked; No keeps the window open with the text, Yes closes and puts
    it on the clipboard."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    asked: list[str] = []

    def question(_w, _t, text, *a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    window.show()
    window.session.store.db.execute_sql("PRAGMA busy_timeout = 300")
    _type(window, "reporters", "记者乙", leave=False)
    holder = sqlite3.connect(window.session.store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        closed = window.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert asked and "记者乙" in asked[0] and "未能保存" in asked[0], asked
    if answer == QMessageBox.StandardButton.No:
        assert not closed and window.isVisible() and window.editor.edits["reporters"].text() == "记者乙"
        window.editor.edits["reporters"].setFocus()
        QTest.keyClick(window.editor.edits["reporters"], Qt.Key.Key_Return)   # saved now, the lock let go
        assert Article.get_by_id(window.editor.article_id).reporters == ["记者乙"]
        window.editor.typing.clear()
        window.close()
    else:
        assert closed and QGuiApplication.clipboard().text() == "记者乙"
    window.session.store.close()
