"""Issue 10 in the window: a CLI replaces the shown page; another window changes what Ctrl+Z would undo."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jmreview.store.models import Article, Block, SourceFile

from ..conftest import SEEDS
from ..gui.conftest import open_window
from .test_editing import other_window, replace_from_cli


def test_item2_the_window_follows_a_page_replaced_from_the_cli(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """item 2: the window moves to the new version (same place, a message) and later edits land there."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    page = tmp_path / "page.txt"
    original = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")
    page.write_text(original, encoding="utf-8")
    window = open_window(qtbot, tmp_path, [page])
    second = window.articles.ids()[1]
    window.select_article(second)
    old_file = window.current_file
    replace_from_cli(window.session.store.path, page, "新增的第一行。\n\n" + original)
    qtbot.waitUntil(lambda: window.current_file != old_file, timeout=5000)
    new = SourceFile.get_by_id(window.current_file)
    assert new.replaced_by is None and window.source_text == new.text
    assert window.page.toPlainText().startswith("新增的第一行")
    assert "new version" in window.statusBar().currentMessage() or "新版本" in window.statusBar().currentMessage()
    shown = Article.get_by_id(window.current_article)
    assert shown.file_id == new.id and shown.title == Article.get_by_id(second).title
    block = Block.select().where(Block.article == shown).order_by(Block.line).first()
    window.select_article(shown.id)
    window.session.apply("role", __import__("jmreview.store.edits", fromlist=["x"]).set_block_role, block.id, "note")
    assert Block.get_by_id(block.id).role == "note" and Block.get_by_id(block.id).file_id == new.id
    window.session.store.close()


def test_item4_ctrl_z_refuses_to_undo_over_another_windows_change(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """item 4: the undo is refused with a message, B's value stays, and the undo stack drops the command."""
    from jmreview.store import edits

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    art = window.articles.ids()[0]
    window.session.apply("title", edits.set_article_field, art, "title", "甲的标题")
    other_window(window.session.store.path, "set_article_field", art, "title", "乙的标题")
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.canUndo()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Article.get_by_id(art).title == "乙的标题"
    assert warned and "cannot be undone" in warned[0]
    assert stack.count() == 0 and not stack.canRedo()
    window.session.store.close()


def test_item16_refusals_in_the_window_speak_chinese(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """item 16: an undo refused because another window changed the title is said in Simplified Chinese."""
    from PySide6.QtWidgets import QApplication

    from jmreview.gui.app import install_translations
    from jmreview.store import edits

    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    try:
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
        window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
        art = window.articles.ids()[0]
        window.session.apply("title", edits.set_article_field, art, "title", "甲的标题")
        other_window(window.session.store.path, "set_article_field", art, "title", "乙的标题")
        window.session.undo_stack.undo()
        assert warned and warned[0].startswith("无法撤销") and "另一窗口" in warned[0]
        window.session.store.close()
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_59_an_edit_on_a_read_only_database_is_refused_in_chinese(tmp_path: Path, qapp: object) -> None:
    """Third run #59: the read-only refusal reads in the window's language."""
    from PySide6.QtWidgets import QApplication

    from jmreview.gui.app import install_translations
    from jmreview.gui.store_messages import user_message
    from jmreview.store.database import Store
    from jmreview.store.opening import ReadOnlyDatabase

    db = tmp_path / "ro.sqlite3"
    Store(db).close()
    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    try:
        with Store(db, readonly=True) as store:
            try:
                with store.write():
                    pass
            except ReadOnlyDatabase as exc:
                assert user_message(exc) == "ro.sqlite3 以只读方式打开：不能做任何修改"
            else:
                raise AssertionError("a read-only database took a write")
    finally:
        for t in translators:
            app.removeTranslator(t)
