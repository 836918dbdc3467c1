"""The margin left of the page: each line's role, noise, joins and duplicates, with the reason on hover."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from jmreview.gui.cue_text import cue_text
from jmreview.store.view_rows import BlockRow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

NOISE = QColor("#b71c1c")
ROLE = QColor("#455a64")
JOIN = QColor("#1565c0")
DUPLICATE = QColor("#e65100")
CURRENT_LINE_GUTTER = QColor("#d6e4f5")


def tr(text: str) -> str:
    """Translate a string of the page view (the gutter belongs to it)."""
    return QCoreApplication.translate("PageView", text)


class RoleGutter(QWidget):
    """Paints every visible line's role (or 重复 for a duplicate, ↳ before a joined line); hover says why."""

    def __init__(self, view: QPlainTextEdit, roles: dict[str, str]) -> None:
        super().__init__(view)
        self.view = view
        self.roles = roles
        self.anchor: int | None = None  # the line a drag in the gutter started on
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Wide enough for the longest role name."""
        return QSize(self.view.gutter_width(), 0)  # type: ignore[attr-defined]

    def label(self, row: BlockRow) -> tuple[str, QColor]:
        """The gutter's text and colour for one line."""
        if row.article_id is None:
            return tr("Noise"), NOISE
        if row.duplicate_of is not None:
            return tr("Duplicate"), DUPLICATE
        text = tr(self.roles.get(row.role, row.role))
        return ("↳" + text, JOIN) if row.joins_previous else (text, ROLE)

    def explain(self, row: BlockRow) -> str:
        """What automation (or a person) decided about a line, and why."""
        lines = [tr("Line {n}: {cue}").format(n=row.line, cue=cue_text(row.cue))]
        if row.joins_previous:
            lines.append(tr("Joined to the paragraph before it (no line break in the article's text): {why}")
                         .format(why=cue_text(row.join_cue)))
        if row.duplicate_of is not None:
            lines.append(tr("Duplicate of line {n}: left out of the article's text").format(n=row.duplicate_of))
        if (row.joins_previous or row.duplicate_of is not None) and not row.checked:
            lines.append(tr("Set by automation: F7 goes to the next one to check, Ctrl+J / Ctrl+D change it"))
        return "\n".join(lines)

    def row_at(self, y: int) -> BlockRow | None:
        """The line painted at a height of the gutter."""
        block = self.view.firstVisibleBlock()
        offset = self.view.contentOffset()
        while block.isValid():
            geo = self.view.blockBoundingGeometry(block).translated(offset)
            if geo.top() <= y < geo.bottom():
                return self.view.rows_by_line.get(block.blockNumber() + 1)  # type: ignore[attr-defined]
            if geo.top() > y:
                return None
            block = block.next()
        return None

    def line_at(self, y: float) -> int | None:
        """The page line (1-based) painted at a height, or the nearest visible one above or below."""
        block = self.view.firstVisibleBlock()
        offset = self.view.contentOffset()
        last = None
        while block.isValid():
            geo = self.view.blockBoundingGeometry(block).translated(offset)
            if y < geo.bottom() or geo.top() > self.height():
                return block.blockNumber() + 1 if y >= geo.top() or last is None else last
            last = block.blockNumber() + 1
            block = block.next()
        return last

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A press on a line's gutter selects that line and starts a drag over lines."""
        line = self.line_at(event.position().y()) if event.button() == Qt.MouseButton.LeftButton else None
        if line is None:
            super().mousePressEvent(event)
            return
        self.anchor = line
        self.view.select_lines(line, line)  # type: ignore[attr-defined]
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Dragging extends the selection to whole lines from the pressed one to the one under the mouse."""
        line = self.line_at(event.position().y()) if self.anchor is not None else None
        if self.anchor is not None and line is not None:
            self.view.select_lines(self.anchor, line)  # type: ignore[attr-defined]
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """The release ends the drag: the lines stay selected for a role, a move or a drag onto an article."""
        if self.anchor is not None:
            line = self.line_at(event.position().y())
            if line is not None:
                self.view.select_lines(self.anchor, line)  # type: ignore[attr-defined]
            self.anchor = None
            self.view.setFocus()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tooltips: the reason for the line under the mouse."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is not None:
                QToolTip.showText(event.globalPos(), self.explain(row), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Paint the labels beside the visible lines."""
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#f5f5f5"))
        block = self.view.firstVisibleBlock()
        offset = self.view.contentOffset()
        rows: dict[int, BlockRow] = self.view.rows_by_line  # type: ignore[attr-defined]
        while block.isValid():
            geo = self.view.blockBoundingGeometry(block).translated(offset)
            if geo.top() > event.rect().bottom():
                break
            row = rows.get(block.blockNumber() + 1)
            if rows and block == self.view.textCursor().block():  # the caret's line, for keyboard work
                painter.fillRect(QRect(0, int(geo.top()), self.width(), int(geo.height())), CURRENT_LINE_GUTTER)
            if row is not None:
                text, colour = self.label(row)
                painter.setPen(colour)
                painter.drawText(QRect(2, int(geo.top()), self.width() - 6, int(geo.height())),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), text)
            block = block.next()
