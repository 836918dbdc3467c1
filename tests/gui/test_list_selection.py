"""The lists show exactly what the window shows: one selected row each (issue 12, item 3)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ..conftest import SEEDS
from .conftest import open_window
from .test_corrections import key


def selected_ids(panel) -> list[int]:  # type: ignore[no-untyped-def]
    rows = sorted({i.row() for i in panel.view.selectionModel().selectedIndexes()})
    return [panel.model.rows[r].id for r in rows]


def painted_rows(panel) -> set[int]:  # type: ignore[no-untyped-def]
    """Rows that are painted in the highlight colour (what an editor sees as selected), in any column."""
    from PySide6.QtGui import QPalette

    view = panel.view
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight).rgb()
    active = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).rgb()
    painted = set()
    for row in range(panel.model.rowCount()):
        for col in range(panel.model.columnCount()):
            rect = view.visualRect(panel.model.index(row, col))
            if rect.isValid() and rect.right() < image.width() and rect.bottom() < image.height():
                if image.pixel(rect.left() + 2, rect.center().y()) in (highlight, active):
                    painted.add(row)
    return painted


def test_one_row_selected_after_every_kind_of_move(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, [SEEDS / "000_fe75734c17ad953c.txt", SEEDS / "001_69ca20e02664ffc6.txt"])
    files = window.files.ids()
    for move in (lambda: key(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                 lambda: key(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                 lambda: window.select_article(window.articles.ids()[0]),
                 lambda: window.page.go_to_line(max(window.page.rows_by_line))):
        move()
        qtbot.wait(10)
        assert selected_ids(window.articles) == [window.current_article]
        assert selected_ids(window.files) == [window.current_file]
        assert painted_rows(window.articles) == {window.articles.model.row_of_id(window.current_article)}
    window.select_file(files[1])  # another page: the file list follows, the article list too
    assert selected_ids(window.files) == [files[1]]
    assert selected_ids(window.articles) == [window.current_article]
    window.session.store.close()
