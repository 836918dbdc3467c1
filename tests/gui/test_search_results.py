"""Issue 12, friction 1: search results show the hit in context and a count; a jump centres the hit."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from jmreview.store.models import Block, SourceFile

from ..conftest import SEEDS
from .conftest import open_window
from .test_corrections import CTRL, key

PAGES = [SEEDS / "000_fe75734c17ad953c.txt", SEEDS / "001_69ca20e02664ffc6.txt"]


def search_for(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    key(window, Qt.Key.Key_F, CTRL)
    window.search.query.setText(text)
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)


def test_every_result_shows_its_hit_bracketed_with_text_either_side(qtbot, tmp_path: Path, chinese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = open_window(qtbot, tmp_path, PAGES)
    search_for(window, qtbot, "陈岸明")  # Simplified query, Traditional page: the hit shows as the page has it
    panel = window.search
    assert panel.hits
    assert panel.count.text() == f"共 {len(panel.hits)} 处"
    view = panel.results
    width = view.viewport().width()
    metrics = view.fontMetrics()
    for row, hit in enumerate(panel.hits):
        shown = str(panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.DisplayRole))
        source = SourceFile.get_by_id(hit.file_id).text
        first = shown.split("\n")[0]
        assert f"【{source[hit.start:hit.end]}】" in first, shown
        before, after = first.split("【")[0], first.split("】")[1]
        assert before and after, f"no context around the hit: {shown}"
        # the hit is drawn inside the list, not cut by its right edge
        assert metrics.horizontalAdvance(first[:first.index("】") + 1]) < width - 8, (shown, width)
        assert hit.file_name in shown and f"第 {hit.line} 行" in shown
    window.session.store.close()


def test_a_capped_search_says_it_shows_only_the_first_results(qtbot, tmp_path: Path, chinese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = open_window(qtbot, tmp_path, PAGES)
    window.search.limit = 5
    search_for(window, qtbot, "的")
    assert len(window.search.hits) == 5
    assert window.search.count.text() == "前 5 处"
    search_for(window, qtbot, "没有这样的词组合")
    assert window.search.count.text() == "共 0 处"
    window.session.store.close()


def test_a_jump_puts_the_hit_in_the_middle_of_the_page_view(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, PAGES)
    file_id = window.files.ids()[1]
    blocks = list(Block.select().where(Block.file == file_id).order_by(Block.line))
    middle = blocks[len(blocks) // 2]
    text = SourceFile.get_by_id(file_id).text[middle.start:middle.end]
    query = next(text[k:k + 6] for k in range(len(text)) if all("\u4e00" <= c <= "\u9fff" for c in text[k:k + 6]))
    window.page.verticalScrollBar().setValue(0)
    search_for(window, qtbot, query)
    row = next(k for k, h in enumerate(window.search.hits) if h.block_id == middle.id)
    window.search.results.activated.emit(window.search.model.index(row, 0))
    page = window.page
    assert page.textCursor().selectedText() == query
    height = page.viewport().height()
    y = page.cursorRect().center().y()
    assert 0.3 * height < y < 0.7 * height, (y, height)
    window.session.store.close()
