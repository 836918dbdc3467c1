"""The lexicon in the window, in Chinese: where a suggestion came from, the lexicon window, applying what was learned."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView

from jmreview.gui.app import install_translations
from jmreview.gui.lexicon_window import LexiconWindow, apply_to_corpus, open_lexicon
from jmreview.store.entity_edits import add_entity, update_entity
from jmreview.store.models import Entity, SourceFile

from ..conftest import SEEDS
from ..test_learning import PAGE, TRADITIONAL, _page
from .conftest import open_window

FIRST, SECOND = "000_fe75734c17ad953c.txt", "002_4a1bb4f78707ee57.txt"


@pytest.fixture
def zh_window(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    w = open_window(qtbot, tmp_path, [SEEDS / FIRST, SEEDS / SECOND])
    yield w
    w.session.store.close()
    for t in translators:
        app.removeTranslator(t)


def _origins(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Entity text → what the entity table's origin column says."""
    model = window.entities.model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("来源")
    return {model.rows[k].text: model.data(model.index(k, column)) for k in range(model.rowCount())}


def test_the_entity_table_says_where_each_suggestion_came_from(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    pages = [_page(tmp_path, day, PAGE if day == 1 else TRADITIONAL) for day in (1, 2)]
    window = open_window(qtbot, tmp_path, pages)
    try:
        first, second = (SourceFile.get(SourceFile.folder.endswith(f"2024-01-0{d}")) for d in (1, 2))
        wrong = Entity.get((Entity.file == first) & (Entity.text == "林长制"))
        window.select_file(first.id)
        window.select_article(wrong.article_id)
        origins = _origins(window)
        assert origins["林长制"] == "由结巴分词建议" and origins["蓬江区"] == "由规则建议（模式和词表）"
        at = first.text.index("欧阳娜娜")
        assert window.session.apply("add", add_entity, wrong.article_id, at, at + 4, "PER")
        assert _origins(window)["欧阳娜娜"] == "人工"
        assert apply_to_corpus(window, confirm=False)
        learned = Entity.get((Entity.file == second) & (Entity.text == "歐陽娜娜"))
        assert learned.status == "suggested" and learned.origin == "auto"
        window.select_file(second.id)
        window.select_article(learned.article_id)
        assert _origins(window)["歐陽娜娜"] == "从测试编辑的 1 次更正中学到"
        model = window.entities.model
        k = next(k for k, r in enumerate(model.rows) if r.text == "歐陽娜娜")
        assert model.data(model.index(k, 0), Qt.ItemDataRole.ToolTipRole) == "从测试编辑的 1 次更正中学到"
    finally:
        window.session.store.close()
        for t in translators:
            app.removeTranslator(t)


def test_the_lexicon_window_lists_filters_deletes_and_undoes(zh_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = SourceFile.get(SourceFile.name == FIRST)
    zh_window.select_file(source.id)
    wrong = Entity.get((Entity.file == source) & (Entity.text == "市委"))
    assert zh_window.session.apply("reject", update_entity, wrong.id, status="rejected")
    zh_window.actions_by_name["lexicon"].trigger()
    lexicon = zh_window.findChild(LexiconWindow, "lexicon_window")
    assert lexicon is not None and lexicon.isVisible() and lexicon.windowTitle() == "词库：从更正中学到的内容"
    table = lexicon.findChild(QTableView, "lexicon_table").model()
    cells = [table.index(0, c).data() for c in range(table.columnCount())]
    assert cells[:5] == ["市委", "ORG", "永不建议", "1", "测试编辑"] and cells[6] == "从更正中学到"
    assert lexicon.findChild(QLabel, "lexicon_count").text() == "1 条"
    lexicon.findChild(QLineEdit, "lexicon_search").setText("江门")
    assert table.rowCount() == 0 and lexicon.findChild(QLabel, "lexicon_count").text() == "0 条"
    lexicon.findChild(QLineEdit, "lexicon_search").setText("")
    lexicon.table.selectRow(0)
    lexicon.findChild(QPushButton, "lexicon_delete").click()
    assert table.rowCount() == 0
    zh_window.session.undo_stack.undo()  # Ctrl+Z: the deletion is undone like any correction
    assert table.rowCount() == 1
    zh_window.session.undo_stack.undo()  # …and undoing the rejection un-teaches it
    assert table.rowCount() == 0


def test_applying_what_was_learned_is_one_step_on_the_undo_stack(zh_window) -> None:  # type: ignore[no-untyped-def]
    source = SourceFile.get(SourceFile.name == FIRST)
    first = Entity.select().where((Entity.file == source) & (Entity.text == "市委")).first()
    assert zh_window.session.apply("reject", update_entity, first.id, status="rejected")
    second = SourceFile.get(SourceFile.name == SECOND)
    before = Entity.select().where(Entity.file == second).count()
    depth = zh_window.session.undo_stack.count()
    assert apply_to_corpus(zh_window, confirm=False)
    assert zh_window.session.undo_stack.count() == depth + 1
    assert zh_window.session.undo_stack.undoText().startswith("应用学到的内容")
    after = Entity.select().where(Entity.file == second).count()
    assert after < before  # 市委 suggested nowhere any more where nobody decided
    zh_window.session.undo_stack.undo()
    assert Entity.select().where(Entity.file == second).count() == before


def test_a_learned_pattern_is_its_own_kind_of_entry_and_its_suggestions_say_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ..test_learned_patterns import BODIES, TAUGHT, UNSEEN
    from ..test_learned_patterns import _page as page

    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    window = open_window(qtbot, tmp_path, [page(tmp_path, 1, TAUGHT), page(tmp_path, 2, UNSEEN)])
    try:
        first, second = (SourceFile.get(SourceFile.folder.endswith(f"2024-02-0{d}")) for d in (1, 2))
        art = Entity.get(Entity.file == first).article_id
        for name in BODIES:
            at = first.text.index(name)
            assert window.session.apply("add", add_entity, art, at, at + len(name), "ORG")
        lexicon = open_lexicon(window)
        origin = lexicon.origin
        origin.setCurrentIndex(origin.findData("pattern"))
        table = lexicon.findChild(QTableView, "lexicon_table").model()
        rows = [[table.index(k, c).data() for c in range(table.columnCount())] for k in range(table.rowCount())]
        assert ["…侨青", "ORG", "规律：建议以此结尾的名称", "3", "测试编辑"] in [r[:5] for r in rows]
        assert all(r[6] == "学到的规律" for r in rows)
        assert apply_to_corpus(window, confirm=False)
        taught = Entity.get((Entity.file == second) & (Entity.text == "鶴山市僑青"))
        window.select_file(second.id)
        window.select_article(taught.article_id)
        assert _origins(window)["鶴山市僑青"] == "从测试编辑的 3 次更正中学到的规律“…侨青”"
    finally:
        window.session.store.close()
        for t in translators:
            app.removeTranslator(t)


def test_a_large_lexicon_file_imports_at_once_and_says_so(zh_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 26 A37: 100,000 entries held the window some 50 s (a statement per entry, seven table items per row)."""
    chars = "".join(dict.fromkeys("江门日报新会台山开平恩平鹤山蓬江区市委书记王李张陈刘杨黄赵周吴徐孙马朱胡郭何高林罗"))
    m = len(chars)
    lines = ["text,label"] + [f"{chars[k % m]}{chars[k // m % m]}{chars[k // m // m % m]},LOC" for k in range(5000)]
    path = tmp_path / "另一个编辑部.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lexicon = open_lexicon(zh_window)
    lexicon.import_file(str(path))
    assert lexicon.findChild(QLabel, "lexicon_count").text() == "5000 条"
    assert lexicon.findChild(QTableView, "lexicon_table").model().rowCount() == 5000
    assert zh_window.statusBar().currentMessage() == "已从 另一个编辑部.csv 导入 5000 条"
    assert zh_window.session.undo_stack.undoText() == "词库：导入 另一个编辑部.csv"
    zh_window.session.undo_stack.undo()
    assert lexicon.findChild(QLabel, "lexicon_count").text() == "0 条"
