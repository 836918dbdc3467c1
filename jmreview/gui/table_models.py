"""Item models that show core query rows: files, articles, entities."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from jmreview.analysis.script import to_simplified
from jmreview.gui.crash import report_later
from jmreview.gui.cue_text import cue_text
from jmreview.store.view_rows import ArticleRow, EntityRow, FileRow, file_counts
from jmreview.terminal import shown

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    """Translate a string of the item models."""
    return QCoreApplication.translate("TableModels", text)


STATUS_TITLES = {"auto": "automatic", "in_review": "in review", "reviewed": "reviewed", "rejected": "rejected"}
ENTITY_STATUS_TITLES = {"suggested": "suggested", "accepted": "accepted", "rejected": "not an entity"}  # not 退回
CATEGORY_TITLES = {"news": "news", "feature": "feature", "commentary": "commentary", "document": "document",
                   "roundup": "roundup", "photo": "photo", "ad": "advertisement"}


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of dataclass rows; columns are (header, getter) pairs."""

    columns: Sequence[tuple[str, Callable[[Any], Any]]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.simplified = False  # show text in Simplified (Ctrl+T): for the eyes only, rows stay as stored

    def set_simplified(self, on: bool) -> None:
        """Show every text in Simplified, or as stored."""
        self.simplified = on
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: list[Row]) -> None:
        """Replace every row; the same rows in the same order repaint only those that changed (no reset)."""
        if [getattr(r, "id", None) for r in rows] != [getattr(r, "id", None) for r in self.rows]:
            self.set_rows(rows)
            return
        changed = [k for k, (old, new) in enumerate(zip(self.rows, rows, strict=True)) if old != new]
        self.rows = list(rows)
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows under the root only: this is a flat table."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Columns under the root only."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return tr(self.columns[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, the row's database id, and styling."""
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.columns[index.column()][1](row)
            return to_simplified(value) if self.simplified and isinstance(value, str) else value
        if role == ID_ROLE:
            return row.id  # type: ignore[attr-defined]
        return self.style(row, role)

    def style(self, row: Row, role: int) -> Any:
        """Extra roles (fonts, colours) for one row."""
        return None

    def replace_row(self, new: Row) -> None:
        """Update the row with the same id in place (one row changed)."""
        k = self.row_of_id(new.id)  # type: ignore[attr-defined]
        if k >= 0:
            self.rows[k] = new
            self.dataChanged.emit(self.index(k, 0), self.index(k, self.columnCount() - 1))

    def row_of_id(self, row_id: int) -> int:
        """The row showing a database id, or -1."""
        return next((k for k, r in enumerate(self.rows) if r.id == row_id), -1)  # type: ignore[attr-defined]


def _named(row: FileRow) -> str:
    """A page's file name, after its folder where another page listed has the same name (run 23 B18); a control or
    reordering mark in it shown as an escape, as the command line shows it (run 27 A16: a name shown reversed)."""
    return shown(f"{row.folder}/{row.name}" if row.folder else row.name)


class FileTableModel(RowTableModel[FileRow]):
    """Imported files with their counts, read for the rows shown when a row comes without them."""

    columns = (
        ("Issue", lambda r: r.issue or ""),
        ("Page", lambda r: r.page or ""),
        ("File", lambda r: tr("{name} (my review copy)").format(name=_named(r)) if r.review_copy else _named(r)),
        ("Articles", lambda r: r.articles),
        ("Reviewed", lambda r: f"{r.reviewed}/{r.articles}"),
        ("Unassigned", lambda r: f"{100 * r.unassigned:.0f}%" if r.unassigned else "—"),
    )
    COUNTED_FROM = 3   # the columns from here on need the row's counts
    BATCH = 100        # rows counted at once, from the one asked for: about two screens of the list

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._where: dict[int, int] = {}   # row by file id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As every table; a row's counts are read (with the rows after it) the first time they are asked for."""
        if index.isValid() and index.column() >= self.COUNTED_FROM and index.row() < len(self.rows) \
                and not self.rows[index.row()].counted and role in (Qt.ItemDataRole.DisplayRole,
                                                                    Qt.ItemDataRole.ToolTipRole):
            self.count_rows(index.row())
        return super().data(index, role)

    def count_rows(self, first: int) -> None:
        """Read the counts of the uncounted rows from `first` on (a batch of them), in place."""
        batch = [r for r in self.rows[first:first + self.BATCH] if not r.counted]
        try:
            counted = file_counts(batch)
        except Exception as exc:   # noqa: BLE001 — never out of a Qt call: a damaged part of the file, a server gone
            counted = {r.id: replace(r, counted=True) for r in batch}   # shown without counts; said after this paint
            report_later(exc)
        for k in range(first, min(first + self.BATCH, len(self.rows))):
            self.rows[k] = counted.get(self.rows[k].id, self.rows[k])

    def row_of_id(self, row_id: int) -> int:
        """The row showing a file id, or -1 (an index by id: the list may hold 20,000 pages)."""
        if len(self._where) != len(self.rows):
            self._where = {r.id: k for k, r in enumerate(self.rows)}
        k = self._where.get(row_id, -1)
        return k if 0 <= k < len(self.rows) and self.rows[k].id == row_id else -1

    def set_rows(self, rows: list[FileRow]) -> None:
        """Replace every row."""
        self._where = {}
        super().set_rows(rows)


class ArticleTableModel(RowTableModel[ArticleRow]):
    """A page's articles in reading order, with the cue that started each."""

    columns = (
        ("#", lambda r: r.order + 1),
        ("Title", lambda r: r.title),
        ("Category", lambda r: tr(CATEGORY_TITLES.get(r.category, r.category))),
        ("Status", lambda r: tr(STATUS_TITLES.get(r.status, r.status))),
        ("Why it starts here", lambda r: cue_text(r.cue)),
    )

    def style(self, row: ArticleRow, role: int) -> Any:
        """Reviewed articles in green, rejected ones grey."""
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "reviewed":
                return QBrush(QColor("#2e7d32"))
            if row.status == "rejected":
                return QBrush(QColor("#9e9e9e"))
        return None


def origin_text(row: EntityRow) -> str:
    """Where an entity came from: by hand, or the rules, jieba, or what editors taught."""
    return tr("by hand") if row.origin == "manual" else cue_text(row.cue) if row.cue else tr("automatic")


def unresolved(row: EntityRow) -> bool:
    """A DATE that could not be resolved against the issue date (flagged for a person)."""
    return row.label == "DATE" and row.resolved is None and row.resolved_rule.startswith("unresolved")


def resolved_text(row: EntityRow) -> str:
    """A DATE's resolved day, or that it was left unresolved; nothing for other labels."""
    if row.label != "DATE":
        return ""
    return row.resolved or (tr("⚠ unresolved") if unresolved(row) else "")


class EntityTableModel(RowTableModel[EntityRow]):
    """An article's entities; suggestions look different from accepted ones."""

    columns = (
        ("Text", lambda r: r.text),
        ("Label", lambda r: r.label),
        ("Role", lambda r: r.role or ""),
        ("Status", lambda r: tr(ENTITY_STATUS_TITLES.get(r.status, r.status))),
        ("Count", lambda r: r.count),
        ("Origin", lambda r: origin_text(r)),
        ("Resolved day", lambda r: resolved_text(r)),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As every table; hovering any cell of an entity says where it came from; an unresolved date in red."""
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.row() < len(self.rows):
            return origin_text(self.rows[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < len(self.rows) \
                and index.column() == len(self.columns) - 1 and unresolved(self.rows[index.row()]):
            return QBrush(QColor("#c62828"))
        return super().data(index, role)

    def style(self, row: EntityRow, role: int) -> Any:
        """Suggestions italic and grey, accepted bold, rejected struck through."""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(row.status == "suggested")
            font.setBold(row.status == "accepted")
            font.setStrikeOut(row.status == "rejected")
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "accepted":
            return QBrush(QColor("#757575"))
        return None
