"""A progress bar per issue under the file list: how much of the issue's text is in reviewed articles, and what is
left unassigned. A list of any length: each issue's coverage is read when its row is shown, and after a correction
only the corrected file's issue is read again."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
)

from jmreview.gui.crash import report_later
from jmreview.store.coverage import Coverage, page_coverage, pages

SHOWN_ROWS = 4   # issues visible without scrolling
BATCH = 20       # issues whose coverage is read at once, from the first one asked for
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2   # the bar's value, 0…1000
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate a string of the issue bars."""
    return QCoreApplication.translate("IssueBars", text)


class IssueModel(QAbstractTableModel):
    """One row per issue (its pages' ids, in print order); a row's coverage is read the first time it is shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.issues: list[tuple[str | None, list[int]]] = []
        self.row_of_file: dict[int, int] = {}
        self.cover: dict[int, Coverage] = {}

    def load(self) -> None:
        """Read the list of issues and their pages again (no coverage yet)."""
        groups: dict[str | None, list[int]] = {}
        for page in pages(counted=False):
            groups.setdefault(page.issue, []).append(page.id)
        self.beginResetModel()
        self.issues = list(groups.items())
        self.row_of_file = {f: row for row, (_, ids) in enumerate(self.issues) for f in ids}
        self.cover = {}
        self.endResetModel()

    def forget_file(self, file_id: int) -> bool:
        """A file's coverage changed: its issue's is read again when shown. False for a file not listed."""
        row = self.row_of_file.get(file_id)
        if row is None:
            return False
        self.cover.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
        return True

    def coverage(self, row: int) -> Coverage:
        """An issue's coverage: the sum of its pages' (read with the next issues' when not known yet)."""
        if row not in self.cover:
            rows = [r for r in range(row, min(row + BATCH, len(self.issues))) if r not in self.cover]
            try:
                found = page_coverage([f for r in rows for f in self.issues[r][1]])
            except Exception as exc:   # noqa: BLE001 — never out of a Qt call (a damaged part of the file, a server
                found = {}             # gone): the bars read as empty, and the error said after this paint
                report_later(exc)
            for r in rows:
                total = Coverage()
                for f in self.issues[r][1]:
                    total = total + found.get(f, Coverage())
                self.cover[r] = total
        return self.cover[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per issue."""
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """The issue and its pages, the bar, what is left unassigned."""
        return 0 if parent.isValid() else 3

    def tip(self, row: int) -> str:
        """Every share of the issue's text, for hovering."""
        cover = self.coverage(row)
        return tr("In articles {a}%, noise {n}%, unassigned {u}%; reviewed {r}% of the text in articles").format(
            a=f"{100 * cover.share(cover.in_articles):.1f}", n=f"{100 * cover.share(cover.noise):.1f}",
            u=f"{100 * cover.share(cover.unassigned):.1f}", r=f"{100 * cover.reviewed_share:.1f}")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The issue's name and page count, its bar (text and value), what is left unassigned, and the tip."""
        if not index.isValid() or index.row() >= len(self.issues):
            return None
        row, column = index.row(), index.column()
        issue, ids = self.issues[row]
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return tr("{issue} · {n} pages").format(issue=issue or tr("no issue"), n=len(ids))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(row)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, VALUE_ROLE) or column == 0:
            return None
        cover = self.coverage(row)
        left = cover.share(cover.unassigned)
        if column == 1:
            if role == VALUE_ROLE:
                return round(1000 * cover.reviewed_share)
            return tr("reviewed {p}%").format(p=round(100 * cover.reviewed_share)) \
                if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#c62828" if left else "#2e7d32"))
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("unassigned {p}%").format(p=f"{100 * left:.1f}") if left else tr("nothing unassigned")
        return None


class BarDelegate(QStyledItemDelegate):
    """Paints the bar column as a progress bar."""

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        """A progress bar of the row's value with its text."""
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 2, -2, -2)
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = int(index.data(VALUE_ROLE) or 0)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.state = option.state
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class IssueBars(QTableView):
    """One row per issue: its date and pages, a bar of the share reviewed, and what is left unassigned."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("issue_bars")
        self.setAccessibleName(tr("Progress per issue"))
        self.model_ = IssueModel(self)
        self.setModel(self.model_)
        self.setItemDelegateForColumn(1, BarDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.horizontalHeader().setVisible(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)   # sized on the rows shown: never every issue's coverage

    def names(self) -> list[str | None]:
        """The issues listed, in order (None: pages of no known issue)."""
        return [issue for issue, _ in self.model_.issues]

    def tip(self, issue: str | None) -> str:
        """What hovering an issue's row says."""
        return self.model_.tip(self.names().index(issue))

    def refresh_file(self, file_id: int) -> None:
        """After a correction inside one file: that file's issue is read again (the others stay as they were)."""
        if not self.model_.forget_file(file_id):
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the rows from the store."""
        self.model_.load()
        found = len(self.model_.issues)
        self.setFixedHeight(min(max(found, 1), SHOWN_ROWS) * self.verticalHeader().defaultSectionSize() + 4)
        self.setVisible(bool(found))
