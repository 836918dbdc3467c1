"""The page: the source text read-only, articles tinted, boundaries drawn, roles in a gutter.

Positions cross the Qt boundary here: the core's code-point offsets become (line, UTF-16
column) in the document, and a selection comes back as code-point offsets into the source.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from jmreview.analysis.blocks import line_breaks
from jmreview.analysis.script import to_simplified_aligned
from jmreview.gui.gutter import RoleGutter
from jmreview.gui.offsets import OffsetMap
from jmreview.gui.page_marks import MARGIN, WHOLE, Mark, line_marks, near, span_marks
from jmreview.store.view_rows import BlockRow

BLOCKS_MIME = "application/x-jmreview-blocks"
PALETTE = ("#fff3e0", "#e3f2fd", "#e8f5e9", "#fce4ec", "#ede7f6", "#e0f7fa", "#fffde7", "#f3e5f5")
CURRENT_LINE = "#1e88e5"  # the frame around the caret's line
ROLE_MARKS = {"kicker": "Kicker", "headline": "Headline", "subheadline": "Subheadline", "byline": "Byline",
              "subhead": "Subhead", "caption": "Caption", "note": "Note", "body": "Body"}


def tr(text: str) -> str:
    """Translate a string of the page view."""
    return QCoreApplication.translate("PageView", text)


class PageView(QPlainTextEdit):
    """The source text of one file, with its segmentation drawn on it."""

    block_clicked = Signal(int)  # block id

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(tr("Page text"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gutter = RoleGutter(self, ROLE_MARKS)
        self.rows_by_line: dict[int, BlockRow] = {}
        self.line_starts: list[int] = [0]
        self.lines: list[str] = []
        self.maps: list[OffsetMap] = []
        self.article_colors: dict[int, QColor] = {}
        self.span_marks: tuple[Any, list[Mark]] = (None, [])   # (what they show, underlines and dimmed pinyin)
        self.marks: list[Mark] = []
        self.drawn: tuple[int, int] | None = None   # the characters whose marks Qt was given (None: none yet)
        self.starts: set[int] = set()
        self.shown_key: tuple[Any, ...] = (None, None, None)  # text, script and marks last shown
        self.updateRequest.connect(self._update_gutter)
        self.verticalScrollBar().valueChanged.connect(self._draw_marks)   # a long page: the marks come into view
        self.cursorPositionChanged.connect(self._cursor_moved)
        self._setting = False
        self._fit_gutter()

    # -- geometry ------------------------------------------------------------------
    def gutter_width(self) -> int:
        """Pixels for the role gutter."""
        return self.fontMetrics().horizontalAdvance(tr("Subheadline") + "↳") + 12

    def _fit_gutter(self) -> None:
        """Make room for the gutter before the text is laid out (else lines run past the view's right edge)."""
        if self.viewportMargins().left() != self.gutter_width():
            self.setViewportMargins(self.gutter_width(), 0, 0, 0)
        rect = self.contentsRect()
        self.gutter.setGeometry(QRect(rect.left(), rect.top(), self.gutter_width(), rect.height()))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        """Keep the gutter beside the text (and the marks in view)."""
        self._fit_gutter()
        super().resizeEvent(event)
        self._fit_gutter()
        self._draw_marks()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """A new font (zoom) changes the gutter's width: make room again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_gutter()

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    # -- content -------------------------------------------------------------------
    def show_page(self, source: str, rows: list[BlockRow], entities: list[tuple[int, int, str, str]],
                  label_colors: dict[str, str], simplified: bool) -> None:
        """Show a file's text with articles, roles, entities and pinyin artifacts marked.

        What is already shown is left alone: the same text is not laid out again (only its marks are
        redrawn), and the same text with the same marks is not touched at all (an undo of a status).
        """
        marks = (tuple(rows), tuple(entities), tuple(sorted(label_colors.items())))
        same_text = self.shown_key[0] is source and self.shown_key[1] == simplified
        if same_text and self.shown_key[2] == marks:
            return
        self.shown_key = (source, simplified, marks)
        if not same_text:
            breaks = line_breaks(source)
            self.line_starts = [0] + [m.end() for m in breaks.finditer(source)]
            self.lines = breaks.split(source)
            self.maps = [OffsetMap(line) for line in self.lines]
        self.rows_by_line = {r.line: r for r in rows}
        order = list(dict.fromkeys(r.article_id for r in rows if r.article_id is not None))
        self.article_colors = {a: QColor(PALETTE[k % len(PALETTE)]) for k, a in enumerate(order)}
        self.starts = set()
        previous: int | None = None
        for r in rows:
            if r.article_id is not None and r.article_id != previous:
                self.starts.add(r.line)
            if r.article_id is not None:
                previous = r.article_id
        if not same_text:
            shown = [to_simplified_aligned(line) for line in self.lines] if simplified else self.lines
            self._setting = True
            self.marks, self.drawn = [], None   # (the old page's: the scroll back to the top draws none of them)
            self.setPlainText("\n".join(shown))
            self._setting = False
            self.span_marks = (None, [])   # their cursors were on the text laid out before
        self._decorate(entities, label_colors)
        self.gutter.update()

    def clear(self) -> None:
        """No page shown (the next page is laid out whatever it is)."""
        self.shown_key = (None, None, None)
        self.rows_by_line = {}
        super().clear()

    def _decorate(self, entities: list[tuple[int, int, str, str]], label_colors: dict[str, str]) -> None:
        """Work out the page's marks; the underlines made again only when they or the text changed (a merge on a
        page of 28,000 articles redrew 40,000 underlines: run 27 A26)."""
        key = (tuple(entities), tuple(sorted(label_colors.items())))
        if self.span_marks[0] != key:
            self.span_marks = (key, span_marks(entities, label_colors, self.lines, self.line_starts))
        self.marks = line_marks(self.rows_by_line, self.article_colors) + self.span_marks[1]
        self.drawn = None
        self._draw_marks()

    def _draw_marks(self) -> None:
        """Give Qt the marks: all of them on an ordinary page, on a long one those near the view (run 36 A12)."""
        if len(self.marks) <= WHOLE:
            if self.drawn is None:
                self.drawn = (0, 1 << 62)   # (every mark)
                self.setExtraSelections([self._selection(m) for m in self.marks])
            return
        low, high = self._in_view()
        if self.drawn is not None and self.drawn[0] <= low and high <= self.drawn[1]:
            return
        self.drawn = (max(0, low - MARGIN), high + MARGIN)
        self.setExtraSelections([self._selection(m) for m in near(self.marks, *self.drawn)])

    def _in_view(self) -> tuple[int, int]:
        """The source offsets of the first and last characters in view."""
        corner = self.viewport().rect().bottomRight()
        top = self.from_qt(self.cursorForPosition(self.viewport().rect().topLeft()).position())
        bottom = self.from_qt(self.cursorForPosition(corner).position())
        return top, max(top, min(bottom, top + MARGIN))   # (a view not laid out yet answers the end of the text)

    def _selection(self, mark: Mark) -> QTextEdit.ExtraSelection:
        start, end, line, fmt = mark
        sel = QTextEdit.ExtraSelection()
        if line:   # a whole line's tint
            cursor = QTextCursor(self.document().findBlockByNumber(line - 1))
        else:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.to_qt(start))
            cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    # -- offsets -------------------------------------------------------------------
    def line_of(self, pos: int) -> int:
        """0-based line of a source code-point offset."""
        lo, hi = 0, len(self.line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def to_qt(self, pos: int) -> int:
        """Document position (UTF-16) of a source code-point offset."""
        n = self.line_of(pos)
        col = min(pos - self.line_starts[n], len(self.lines[n]))
        return self.document().findBlockByNumber(n).position() + self.maps[n].to_qt(col)

    def from_qt(self, qpos: int) -> int:
        """Source code-point offset of a document position."""
        block = self.document().findBlock(qpos)
        n = block.blockNumber()
        return self.line_starts[n] + self.maps[n].from_qt(qpos - block.position())

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as source code-point offsets [start, end), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.from_qt(cursor.selectionStart()), self.from_qt(cursor.selectionEnd())
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int, center: bool = False) -> None:
        """Select source offsets [start, end) and scroll to them (to the middle of the view when `center`)."""
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if center:
            self.centerCursor()
        else:
            self.ensureCursorVisible()

    def selected_block_ids(self) -> list[int]:
        """Ids of the blocks the selection touches."""
        span = self.selected_span()
        if span is None:
            return []
        return [r.id for r in self.rows_by_line.values() if r.start < span[1] and r.end > span[0]]

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Dragged text also carries the ids of its blocks, for dropping on an article."""
        mime = QMimeData()  # Qt's own text mime data lists only its own formats: build a plain one
        mime.setText(self.textCursor().selection().toPlainText())
        ids = self.selected_block_ids()
        if ids:
            mime.setData(BLOCKS_MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def current_block(self) -> BlockRow | None:
        """The block under the text cursor."""
        return self.rows_by_line.get(self.textCursor().blockNumber() + 1)

    def next_to_check(self) -> BlockRow | None:
        """The next line after the caret whose join or duplicate mark automation set and nobody has checked."""
        here = self.current_block()
        after = here.line if here else 0
        return next((r for line, r in sorted(self.rows_by_line.items()) if line > after and not r.checked
                     and (r.joins_previous or r.duplicate_of is not None)), None)

    def select_lines(self, first: int, last: int) -> None:
        """Select whole lines (1-based, either order), as a drag in the gutter does."""
        top, bottom = sorted((first, last))
        cursor = QTextCursor(self.document().findBlockByNumber(top - 1))
        end = self.document().findBlockByNumber(bottom - 1)
        cursor.setPosition(end.position() + max(0, end.length() - 1), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of a line and show it."""
        self.setTextCursor(QTextCursor(self.document().findBlockByNumber(line - 1)))
        self.centerCursor()

    def _cursor_moved(self) -> None:
        self.viewport().update()  # the current line's frame follows the caret
        self.gutter.update()
        if self._setting or self.textCursor().hasSelection():
            return
        row = self.current_block()
        if row is not None:
            self.block_clicked.emit(row.id)

    # -- boundaries ----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the text, a rule above the first block of every article, and a frame around the caret's line."""
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setPen(QPen(QColor("#e65100"), 2))
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        while block.isValid():
            geo = self.blockBoundingGeometry(block).translated(offset)
            if geo.top() > event.rect().bottom():
                break
            if block.blockNumber() + 1 in self.starts:
                y = int(geo.top()) + 1
                painter.drawLine(0, y, self.viewport().width(), y)
            block = block.next()
        line = self.textCursor().block()
        if line.isValid() and self.document().characterCount() > 1:
            frame = self.blockBoundingGeometry(line).translated(offset).toRect()
            painter.setPen(QPen(QColor(CURRENT_LINE), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(frame.adjusted(1, 1, -1, -1).intersected(self.viewport().rect().adjusted(1, 0, -1, 0)))


def page_font(size: int) -> QFont:
    """A font for Chinese text at the editor's chosen size."""
    font = QFont()
    font.setFamilies(["Noto Sans CJK SC", "Noto Serif CJK SC", "Microsoft YaHei", "PingFang SC", "sans-serif"])
    font.setPointSize(size)
    return font

