"""Issue 12, friction 7–9: the move dialog says what moves where; gutter drags select lines; the caret's line shows."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from jmreview.store.models import Article, Block
from jmreview.store.queries import block_display

from .test_corrections import CTRL, key


def body_run(window, n: int = 3) -> list:  # type: ignore[no-untyped-def]
    """n successive body blocks of one article (not its first line)."""
    rows = sorted(window.page.rows_by_line.values(), key=lambda r: r.line)
    for k in range(1, len(rows) - n):
        run = rows[k:k + n]
        if all(r.article_id == run[0].article_id and r.role == "body" and not r.joins_previous
               and r.duplicate_of is None for r in [rows[k - 1], *run]):
            return run
    raise AssertionError("no run of body lines")


def test_the_move_dialog_says_which_lines_move_and_where(window, chinese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    run = body_run(window, 2)
    source = window.source_text
    target = next(a for a in Article.select().where(Article.file == window.current_file).order_by(Article.reading_order)
                  if a.id != run[0].article_id)
    window.page.select_span(run[0].start, run[-1].end)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.labelText())
        items = dialog.comboBoxItems()
        seen.append("\n".join(items))
        dialog.setTextValue(next(i for i in items if i.startswith(f"{target.reading_order + 1}. ")))
        dialog.accept()

    QTimer.singleShot(50, answer)
    key(window, Qt.Key.Key_M, CTRL)
    assert seen, "no dialog"
    label, items = seen
    for r in run:
        start = block_display(source, Block.get_by_id(r.id))[:8]
        assert f"第 {r.line} 行" in label and start in label, label
    own = Article.get_by_id(run[0].article_id)
    assert f"{own.reading_order + 1}. {own.title}（现在所在）" in items, items
    assert all(Block.get_by_id(r.id).article_id == target.id for r in run)
    done = window.session.undo_stack.undoText()
    assert f"第 {run[0].line}–{run[-1].line} 行" in done and target.title[:10] in done, done


def line_y(window, line: int) -> int:  # type: ignore[no-untyped-def]
    page = window.page
    block = page.document().findBlockByNumber(line - 1)
    return int(page.blockBoundingGeometry(block).translated(page.contentOffset()).center().y())


def test_dragging_in_the_gutter_selects_lines_that_then_change_role_together(window) -> None:  # type: ignore[no-untyped-def]
    run = body_run(window, 3)
    window.page.go_to_line(run[0].line)
    gutter = window.page.gutter
    first, last = QPoint(8, line_y(window, run[0].line)), QPoint(8, line_y(window, run[-1].line))
    QTest.mousePress(gutter, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    QTest.mouseMove(gutter, QPoint(8, (first.y() + last.y()) // 2))
    QTest.mouseMove(gutter, last)
    QTest.mouseRelease(gutter, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, last)
    assert window.page.selected_block_ids() == [r.id for r in run]
    key(window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)  # caption
    assert [Block.get_by_id(r.id).role for r in run] == ["caption"] * 3
    key(window, Qt.Key.Key_Z, CTRL)
    assert [Block.get_by_id(r.id).role for r in run] == ["body"] * 3


def test_the_caret_line_is_highlighted(window) -> None:  # type: ignore[no-untyped-def]
    from jmreview.gui.page_view import CURRENT_LINE

    run = body_run(window, 2)
    page = window.page
    cursor = QTextCursor(page.document().findBlockByNumber(run[0].line - 1))
    cursor.movePosition(QTextCursor.MoveOperation.Right)
    page.setTextCursor(cursor)
    page.viewport().repaint()
    image = page.viewport().grab().toImage()
    here, other = line_y(window, run[0].line), line_y(window, run[1].line)
    assert image.pixelColor(1, here) == QColor(CURRENT_LINE)
    assert image.pixelColor(1, other) != QColor(CURRENT_LINE)
    page.setTextCursor(QTextCursor(page.document().findBlockByNumber(run[1].line - 1)))
    page.viewport().repaint()
    image = page.viewport().grab().toImage()
    assert image.pixelColor(1, other) == QColor(CURRENT_LINE) and image.pixelColor(1, here) != QColor(CURRENT_LINE)
