"""Issue 12, friction 2 and 3: the lists fit the default window; 已审 counts only reviewed articles."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ..conftest import SEEDS
from .conftest import open_window
from .test_corrections import CTRL, SHIFT, key


def pages(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    out = []
    for k in range(n):
        page = folder / f"A{k:02d}.txt"
        page.write_text(f"# 第{k}版的标题新闻\n\n江门日报讯（记者/张三）3月{k + 1}日，第{k}条消息。\n", encoding="utf-8")
        out.append(page)
    return out


def test_article_columns_are_visible_without_scrolling_and_the_file_list_shows_many_rows(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, chinese) -> None:  # noqa: F811
    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt", *pages(tmp_path / "p", 9)])
    window.select_file(window.files.ids()[0])
    view = window.articles.view
    header = view.horizontalHeader()
    width = view.viewport().width()
    for column in (2, 3, 4):  # 类别, 状态, why: every one whole inside the list
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= width, (column, width)
        assert header.sectionSize(column) >= view.fontMetrics().horizontalAdvance("状态") + 8
    assert view.horizontalScrollBar().maximum() == 0, "the article list scrolls sideways"
    assert header.sectionSize(1) >= view.fontMetrics().horizontalAdvance("标题标题标题标题"), "titles too narrow"
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    files = window.files.view
    assert files.model().rowCount() == 10
    whole = [r for r in range(10) if files.visualRect(files.model().index(r, 0)).bottom() <= files.viewport().height()]
    assert len(whole) >= 8, f"the file list shows {len(whole)} rows"
    window.session.store.close()


def test_returned_articles_do_not_count_as_reviewed(window) -> None:  # type: ignore[no-untyped-def]
    ids = window.articles.ids()
    window.select_article(ids[0])
    key(window, Qt.Key.Key_F8)  # 已审, then on to the next one
    window.select_article(ids[1])
    key(window, Qt.Key.Key_J, CTRL | SHIFT)  # 退回
    model = window.files.model
    row = model.row_of_id(window.current_file)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Reviewed"
    assert model.data(model.index(row, 4)) == f"1/{len(ids)}"


def test_issue_and_page_columns_show_only_when_some_file_has_them(window) -> None:  # type: ignore[no-untyped-def]
    """The seeds carry no issue date nor page label: the 期 and 版 columns give their room to the file name."""
    from jmreview.store.models import SourceFile

    view = window.files.view
    assert view.isColumnHidden(0) and view.isColumnHidden(1)
    first = SourceFile.select().first()
    SourceFile.update(issue_date="2024-08-21", page_label="A01").where(SourceFile.id == first.id).execute()
    window.files.refresh()
    assert not view.isColumnHidden(0) and not view.isColumnHidden(1)
