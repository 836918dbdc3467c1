"""Each correction driven through the real window (actions and keys), checked in the database,
then undone with Ctrl+Z and redone with Ctrl+Shift+Z."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from jmreview.store import entity_edits
from jmreview.store.models import Article, Block, EditLog, Entity, Label, SourceFile

from ..test_edits import state
from .conftest import EDITOR

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def key(window, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.page.setFocus()
    from PySide6.QtTest import QTest
    from pytestqt.qtbot import QtBot  # noqa: F401  (qtbot keyClick needs a widget)

    QTest.keyClick(window.page, k, mods)


def correct(window, do: Callable[[], None], check: Callable[[], bool]) -> None:  # type: ignore[no-untyped-def]
    """Run a correction, check it, undo by key, check the store is back, redo by key, check again."""
    before = state()
    edits_before = EditLog.select().count()
    do()
    assert check(), "the correction did not reach the database"
    assert EditLog.select().count() == edits_before + 1
    assert EditLog.select().order_by(EditLog.id.desc()).first().who == EDITOR
    after = state()
    key(window, Qt.Key.Key_Z, CTRL)
    assert state() == before, "Ctrl+Z did not restore the database"
    key(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert state() == after, "Ctrl+Shift+Z did not re-apply the correction"
    assert check()


def line(n: int) -> Block:
    return Block.get(Block.line == n)


def trigger(window, name: str) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    return lambda: window.actions_by_name[name].trigger()


def at(window, n: int, then: Callable[[], None]) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    def run() -> None:
        window.page.go_to_line(n)
        then()
    return run


def test_new_article_at_a_line(window) -> None:  # type: ignore[no-untyped-def]
    n = Article.select().count()
    correct(window, at(window, 15, trigger(window, "split")),
            lambda: Article.select().count() == n + 1 and line(15).article_id != line(13).article_id)
    assert window.articles.model.rowCount() == n + 1


def test_new_article_by_keyboard(window) -> None:  # type: ignore[no-untyped-def]
    n = Article.select().count()
    window.page.go_to_line(29)
    correct(window, lambda: key(window, Qt.Key.Key_Return, CTRL), lambda: Article.select().count() == n + 1)


def test_merge_with_previous_and_next(window) -> None:  # type: ignore[no-untyped-def]
    arts = list(Article.select().order_by(Article.reading_order))
    window.select_article(arts[2].id)
    correct(window, trigger(window, "merge_previous"),
            lambda: Article.get_or_none(Article.id == arts[2].id) is None and line(81).article_id == arts[1].id)
    window.select_article(arts[3].id)
    correct(window, trigger(window, "merge_next"),
            lambda: line(99).article_id == arts[3].id)


def test_move_lines_to_another_article(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    arts = list(Article.select().order_by(Article.reading_order))
    target = arts[3]
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (f"{target.reading_order + 1}. {target.title}", True))
    start, end = line(79).start, line(79).end
    def do() -> None:
        window.page.select_span(start, end)
        window.actions_by_name["move_to"].trigger()
    correct(window, do, lambda: line(79).article_id == target.id)


def test_set_role_noise_join_duplicate(window) -> None:  # type: ignore[no-untyped-def]
    correct(window, at(window, 9, lambda: key(window, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)),
            lambda: line(9).role == "body")
    correct(window, at(window, 79, trigger(window, "noise")), lambda: line(79).article_id is None)
    correct(window, at(window, 115, trigger(window, "noise")), lambda: line(115).article_id is not None)
    correct(window, at(window, 23, trigger(window, "join")), lambda: not line(23).joins_previous)
    correct(window, at(window, 53, trigger(window, "duplicate")), lambda: line(53).duplicate_of is None)
    window.page.go_to_line(53)
    window.actions_by_name["duplicate"].trigger()  # and mark it again: finds the earlier copy itself
    assert line(53).duplicate_of == 33


def test_article_fields_and_status(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    arts = list(Article.select().order_by(Article.reading_order))
    window.select_article(arts[1].id)
    title = window.editor.edits["title"]
    def do() -> None:
        title.setFocus()
        title.selectAll()
        title.insert("新标题")  # QTest cannot type non-ASCII keys; an input method inserts like this
        qtbot.keyClick(title, Qt.Key.Key_Return)
    correct(window, do, lambda: Article.get_by_id(arts[1].id).title == "新标题")
    reporters = window.editor.edits["reporters"]
    def names() -> None:
        reporters.setText("甲乙 丙丁")
        reporters.editingFinished.emit()
    correct(window, names, lambda: Article.get_by_id(arts[1].id).reporters == ["甲乙", "丙丁"])
    def category() -> None:
        box = window.editor.category
        box.setCurrentIndex(box.findData("photo"))
        box.activated.emit(box.currentIndex())
    correct(window, category, lambda: Article.get_by_id(arts[1].id).category == "photo")
    correct(window, trigger(window, "rejected"), lambda: Article.get_by_id(arts[1].id).status == "rejected")
    correct(window, trigger(window, "in_review"), lambda: Article.get_by_id(arts[1].id).status == "in_review")


def test_reviewed_and_next_moves_on(window) -> None:  # type: ignore[no-untyped-def]
    arts = list(Article.select().order_by(Article.reading_order))
    window.select_article(arts[0].id)
    key(window, Qt.Key.Key_F8)
    assert Article.get_by_id(arts[0].id).status == "reviewed"
    assert Article.get_by_id(arts[0].id).reviewer == EDITOR
    assert window.current_article == arts[1].id


def test_entity_corrections(window) -> None:  # type: ignore[no-untyped-def]
    text = SourceFile.get().text
    start = text.index("江门市图书馆")
    def add() -> None:
        window.page.select_span(start, start + 6)
        key(window, Qt.Key.Key_3, CTRL)  # ORG's hotkey
    correct(window, add, lambda: [(e.label, e.status) for e in Entity.select().where(
        (Entity.start == start) & (Entity.end == start + 6))] == [("ORG", "accepted")])  # one entity a span
    window.select_article(line(71).article_id)
    window.entities.view.setFocus()
    window.entities.select_id(window.entities.model.rows[0].id)
    ids = window.entities.current_ids()
    correct(window, trigger(window, "accept"), lambda: all(Entity.get_by_id(i).status == "accepted" for i in ids))
    window.entities.select_id(window.entities.model.rows[0].id)
    ids = window.entities.current_ids()
    correct(window, trigger(window, "reject"), lambda: all(Entity.get_by_id(i).status == "rejected" for i in ids))
    window.entities.select_id(window.entities.model.rows[1].id)
    ids = window.entities.current_ids()
    correct(window, lambda: key(window, Qt.Key.Key_1, CTRL),
            lambda: all(Entity.get_by_id(i).label == "PER" for i in ids))
    window.entities.select_id(window.entities.model.rows[1].id)
    ids = window.entities.current_ids()
    correct(window, trigger(window, "delete_entity"), lambda: not Entity.select().where(Entity.id.in_(ids)).exists())
    art = window.current_article
    correct(window, trigger(window, "accept_all"),
            lambda: not Entity.select().where((Entity.article == art) & (Entity.status == "suggested")).exists())


def test_label_all_occurrences(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("ORG", True))
    text = SourceFile.get().text
    start = text.index("盐田")
    Entity.delete().where(Entity.simplified == "盐田").execute()
    def do() -> None:
        window.page.select_span(start, start + 2)
        window.actions_by_name["label_all_file"].trigger()
    correct(window, do, lambda: Entity.select().where((Entity.simplified == "盐田") & (Entity.label == "ORG")).count()
            == text.count("盐田") - sum(1 for b in Block.select().where(Block.article.is_null()) if "盐田" in text[b.start:b.end]))


def test_labels_come_from_the_store(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ..conftest import SEEDS
    from .conftest import open_window
    store_window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    Label.create(name="EVT", title="事件", color="#795548", hotkey="5")
    names = [lab.name for lab in Label.select()]
    assert "EVT" in names
    store_window.refresh()
    assert store_window.entities.label.findData("EVT") >= 0
    store_window.session.store.close()


@pytest.mark.parametrize("name", ["next_article", "previous_article", "next_block", "previous_block"])
def test_navigation_actions_exist_with_keys(window, name: str) -> None:  # type: ignore[no-untyped-def]
    action = window.actions_by_name[name]
    assert not action.shortcut().isEmpty()
    before = (window.current_article, window.page.textCursor().blockNumber())
    action.trigger()
    action.trigger()
    after = (window.current_article, window.page.textCursor().blockNumber())
    if name.startswith("next"):
        assert after != before


def test_drag_lines_onto_an_article(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    from jmreview.gui.page_view import BLOCKS_MIME

    arts = list(Article.select().order_by(Article.reading_order))
    target_row = 4
    target = window.articles.model.rows[target_row].id
    start, end = line(79).start, line(79).end

    def drag_and_drop() -> None:
        window.page.select_span(start, end)
        mime: QMimeData = window.page.createMimeDataFromSelection()
        assert mime.hasFormat(BLOCKS_MIME) and mime.text().strip()
        view = window.articles.view
        rect = view.visualRect(window.articles.model.index(target_row, 1))
        event = QDropEvent(QPointF(rect.center()), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        view.dropEvent(event)
    correct(window, drag_and_drop, lambda: line(79).article_id == target)
    assert arts


def test_rerun_automation_from_the_window_keeps_reviewed_articles(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    arts = list(Article.select().order_by(Article.reading_order))
    window.select_article(arts[0].id)
    window.actions_by_name["reviewed_next"].trigger()
    window.actions_by_name["rerun"].trigger()
    qtbot.waitUntil(lambda: not any(j.isRunning() for j in getattr(window, "_jobs", [])), timeout=20000)
    qtbot.wait(50)
    assert Article.get_by_id(arts[0].id).status == "reviewed"
    assert Article.select().count() == len(arts)
    assert window.articles.model.rowCount() == len(arts)


def test_labels_dialog_adds_a_label_with_undo(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from jmreview.gui.labels_dialog import LabelsDialog

    answers = iter([("evt", True), ("事件", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    dialog = LabelsDialog(window.session, window)
    correct(window, dialog.add, lambda: Label.select().where(Label.name == "EVT").exists())
    assert dialog.table.rowCount() == 5
    evt = Label.get(Label.name == "EVT")
    correct(window, lambda: dialog.session.apply("hotkey", entity_edits.edit_label, evt.id, hotkey="5"),
            lambda: Label.get_by_id(evt.id).hotkey == "5")
    dialog.close()
    action = window.actions_by_name["label_EVT"]
    assert action.shortcut().toString() == "Ctrl+5" and action in window.menus["entity"].actions()


@pytest.mark.parametrize("field,typed,stored", [
    ("kicker", "引题甲", "引题甲"), ("subtitle", "副题乙", "副题乙"), ("date", "2023-08-22", "2023-08-22"),
    ("correspondents", "周甲、陈乙", ["周甲", "陈乙"]), ("photographers", "郭永乐", ["郭永乐"]),
    ("sources", "市委宣传部", ["市委宣传部"]),
])
def test_every_article_field_is_editable(window, field: str, typed: str, stored) -> None:  # type: ignore[no-untyped-def]
    art = list(Article.select().order_by(Article.reading_order))[2]
    window.select_article(art.id)
    box = window.editor.edits[field]

    def type_it() -> None:
        box.setFocus()
        box.selectAll()
        box.insert(typed)
        from PySide6.QtTest import QTest
        QTest.keyClick(box, Qt.Key.Key_Return)
    correct(window, type_it, lambda: getattr(Article.get_by_id(art.id), field) == stored)


def test_label_all_in_the_corpus_from_the_window(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from ..conftest import SEEDS
    from .conftest import open_window

    w = open_window(qtbot, tmp_path, [SEEDS / "000_fe75734c17ad953c.txt", SEEDS / "004_8fe30a7831068c4f.txt"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("PER", True))
    Entity.delete().where(Entity.simplified == "陈岸明").execute()
    w.select_file(w.files.ids()[1])  # the Simplified page
    text = SourceFile.get_by_id(w.current_file).text
    at = text.index("陈岸明")

    def do() -> None:
        w.page.select_span(at, at + 3)
        w.actions_by_name["label_all_corpus"].trigger()
    correct(w, do, lambda: {e.text for e in Entity.select().where(Entity.simplified == "陈岸明")} == {"陈岸明", "陳岸明"})
    w.session.store.close()


def test_a_title_being_typed_is_saved_before_the_windows_own_rerun(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Run 14 A#40: a title typed (no Return yet), then Ctrl+Shift+R: the re-run redid the article, then the
    pending title was tried on the vanished article — refused as deleted 'in another window' — and lost."""
    arts = list(Article.select().order_by(Article.reading_order))
    window.select_article(arts[1].id)
    field = window.editor.edits["title"]
    field.setText("重跑前打的标题")
    field.textEdited.emit(field.text())   # typed, as keys give it (no Return yet)
    window.actions_by_name["rerun"].trigger()
    qtbot.waitUntil(lambda: not any(j.isRunning() for j in getattr(window, "_jobs", [])), timeout=20000)
    qtbot.wait(50)
    assert Article.get_by_id(arts[1].id).title == "重跑前打的标题"   # saved, so kept by the re-run as a person's
