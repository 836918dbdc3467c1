"""The Files, Articles and Entities panels: a filter row above a table of core rows."""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jmreview.gui.issue_bars import IssueBars
from jmreview.gui.page_view import BLOCKS_MIME
from jmreview.gui.table_models import (
    CATEGORY_TITLES,
    ID_ROLE,
    STATUS_TITLES,
    ArticleTableModel,
    EntityTableModel,
    FileTableModel,
    RowTableModel,
)
from jmreview.store.models import CATEGORIES, STATUSES
from jmreview.store.view_rows import article_rows, entity_rows, file_rows


def tr(text: str) -> str:
    """Translate a string of the panels."""
    return QCoreApplication.translate("Panels", text)


class DropTableView(QTableView):
    """A table that accepts lines dragged from the page and says on which row they fell."""

    blocks_dropped = Signal(list, int)  # block ids, row

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        """Accept dragged page lines."""
        if event.mimeData().hasFormat(BLOCKS_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        """Keep accepting while over a row."""
        if event.mimeData().hasFormat(BLOCKS_MIME) and self.indexAt(event.position().toPoint()).isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        """Report the dropped lines and the row they fell on."""
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or not event.mimeData().hasFormat(BLOCKS_MIME):
            event.ignore()
            return
        ids = json.loads(bytes(event.mimeData().data(BLOCKS_MIME).data()).decode())
        event.acceptProposedAction()
        self.blocks_dropped.emit([int(i) for i in ids], index.row())


class TablePanel(QWidget):
    """A table of rows with a filter bar; emits the database id of the selected row."""

    selected = Signal(int)

    def __init__(self, model: RowTableModel, name: str, title: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = DropTableView(self)
        self.view.setObjectName(name)
        self.view.setAccessibleName(title)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._quiet = False
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        layout = self.column = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self.bar)
        layout.addWidget(self.view)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid() and not self._quiet:
            self.selected.emit(int(self.model.data(current, ID_ROLE)))

    def current_id(self) -> int | None:
        """The database id of the selected row."""
        index = self.view.currentIndex()
        return int(self.model.data(index, ID_ROLE)) if index.isValid() else None

    def select_id(self, row_id: int | None, quiet: bool = False) -> None:
        """Select the row of a database id (quietly: without emitting `selected`)."""
        row = self.model.row_of_id(row_id) if row_id is not None else -1
        if row < 0:  # nothing of this list is shown: no row may look selected
            self._quiet = True
            try:
                self.view.selectionModel().clear()
            finally:
                self._quiet = False
            return
        # quiet by a flag, never by blocking the selection model's signals: the view needs them to repaint
        # the rows it unselects (else several rows look selected at once)
        self._quiet = quiet
        try:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet = False
        self.view.scrollTo(self.model.index(row, 0))

    def ids(self) -> list[int]:
        """Every id shown, in order."""
        return [r.id for r in self.model.rows]

    def combo(self, name: str, title: str, items: list[tuple[str, str]]) -> QComboBox:
        """A filter combo box (first entry: everything) added to the bar."""
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(title)
        box.setToolTip(title)
        box.addItem(tr("All"), "")
        for data, title in items:
            box.addItem(title, data)
        self.bar.addWidget(box)
        return box


class FilesPanel(TablePanel):
    """Imported files by issue and page with counts and what is left unassigned, filterable; a bar per issue."""

    emptied = Signal()   # a filter the editor changed lists no page: the window shows none

    def __init__(self, parent: Any = None) -> None:
        super().__init__(FileTableModel(), "files", tr("Files"), parent)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("file_filter")
        self.filter.setPlaceholderText(tr("Filter files"))
        self.filter.setAccessibleName(tr("Filter files"))
        self.filter.textChanged.connect(lambda _t: self.refilter())
        self.bar.addWidget(self.filter)
        self.unassigned = self.combo("unassigned_filter", tr("Filter by what is left unassigned"),
                                     [("none", tr("Nothing left unassigned")), ("some", tr("Still unassigned"))])
        self.unassigned.currentIndexChanged.connect(lambda _i: self.refilter())
        self.editor_of: Callable[[], str] = lambda: ""   # whose work "my work" shows (the window's editor)
        self.mine = QCheckBox(tr("My work"), self)
        self.mine.setObjectName("my_work_filter")
        self.mine.setToolTip(tr("Only the pages given to you, each as your review copy when it is under double review"))
        self.mine.toggled.connect(lambda _on: self.refilter())
        self.bar.addWidget(self.mine)
        self.issues = IssueBars(self)
        self.column.addWidget(self.issues)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the name takes what the counts leave
        for column, sample in ((0, "2024-08-21"), (1, "A01"), (3, "9999"), (4, "999/999"), (5, "100%")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(column, max(self.fontMetrics().horizontalAdvance(t) for t in (sample, title)) + 20)

    def refresh(self) -> None:
        """Reload the rows, keeping the selection."""
        keep = self.current_id()
        left = self.unassigned.currentData()
        rows = file_rows(self.filter.text().strip(), editor=self.editor_of() if self.mine.isChecked() else None,
                         counted=bool(left))   # the filter needs every row's counts; the list alone, those shown
        self.model.set_rows([r for r in rows if not left or (r.unassigned > 0) == (left == "some")])
        self.view.setColumnHidden(0, not any(r.issue for r in rows))   # no issue dates known: the name gets the room
        self.view.setColumnHidden(1, not any(r.page for r in rows))
        self.select_id(keep, quiet=True)
        self.issues.refresh()

    def refilter(self) -> None:
        """Apply a filter the editor changed; when it hides the page shown, show a listed one (the editor's review
        copy of it under "my work", else the first): the page shown is always one the list shows chosen."""
        shown = self.current_id()
        name = next((r.name for r in self.model.rows if r.id == shown), None)
        self.refresh()
        if shown is None and self.model.rows:   # nothing shown (the filter listed none before): the first listed
            self.select_id(self.model.rows[0].id)
            return
        self.keep_to_list(shown, name)

    def filtered(self) -> bool:
        """True when the list shows only some pages (a filter, "my work", the unassigned filter)."""
        return bool(self.filter.text().strip() or self.mine.isChecked() or self.unassigned.currentData())

    def clear_filters(self) -> None:
        """Show every page again (quietly: the caller shows the page it means)."""
        for box in (self.filter, self.mine, self.unassigned):
            box.blockSignals(True)
        self.filter.clear()
        self.mine.setChecked(False)
        self.unassigned.setCurrentIndex(0)
        for box in (self.filter, self.mine, self.unassigned):
            box.blockSignals(False)
        self.refresh()

    def keep_to_list(self, shown: int | None, name: str | None = None) -> None:
        """The page shown is not listed (a filter, or another window's change took it off the list): show a listed
        one (its review copy under "my work", else the first), or none."""
        if shown is None or self.model.row_of_id(shown) >= 0:
            return
        if not self.model.rows:
            self.emptied.emit()
            return
        copy = next((r.id for r in self.model.rows if r.review_copy and r.name == name), None)
        self.select_id(copy or self.model.rows[0].id)   # not quiet: the window follows

    def refresh_file(self, file_id: int) -> None:
        """Reload one file's counts (after a correction inside it)."""
        for row in file_rows(file_id=file_id):
            self.model.replace_row(row)
        self.issues.refresh_file(file_id)


class ArticlesPanel(TablePanel):
    """The page's articles in reading order, filterable by status and category."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(ArticleTableModel(), "articles", tr("Articles"), parent)
        self.file_id: int | None = None
        table = "TableModels"
        statuses = [(s, QCoreApplication.translate(table, STATUS_TITLES[s])) for s in STATUSES]
        categories = [(c, QCoreApplication.translate(table, CATEGORY_TITLES[c])) for c in CATEGORIES]
        self.status = self.combo("status_filter", tr("Filter by status"), statuses)
        self.category = self.combo("category_filter", tr("Filter by category"), categories)
        for box in (self.status, self.category):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.fit_columns()

    def fit_columns(self) -> None:
        """Number, category, status and why sized to their words; the title takes the rest, elided."""
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        cell, head = self.view.fontMetrics(), header.fontMetrics()
        table = "TableModels"

        def wide(texts: list[str], column: int) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            return max([cell.horizontalAdvance(t) for t in texts] + [head.horizontalAdvance(title)]) + 16

        self.view.setColumnWidth(0, wide(["999"], 0))
        self.view.setColumnWidth(2, wide([QCoreApplication.translate(table, t) for t in CATEGORY_TITLES.values()], 2))
        self.view.setColumnWidth(3, wide([QCoreApplication.translate(table, t) for t in STATUS_TITLES.values()], 3))
        self.view.setColumnWidth(4, cell.horizontalAdvance("新") * 7 + 16)  # longer reasons elide; hover shows all

    def show_file(self, file_id: int | None) -> None:
        """Show one file's articles."""
        self.file_id = file_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the rows, keeping the selection."""
        keep = self.current_id()
        rows = article_rows(self.file_id) if self.file_id else []
        status, category = self.status.currentData(), self.category.currentData()
        rows = [r for r in rows if (not status or r.status == status) and (not category or r.category == category)]
        self.model.update_rows(rows)
        self.select_id(keep, quiet=True)


class EntitiesPanel(TablePanel):
    """The article's entities, filterable by label."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(EntityTableModel(), "entities", tr("Entities"), parent)
        self.article_id: int | None = None
        self.label = self.combo("label_filter", tr("Filter by label"), [(n, n) for n in ("PER", "LOC", "ORG", "DATE")])
        self.label.currentIndexChanged.connect(lambda _i: self.refresh())

    def current_ids(self) -> list[int]:
        """Every entity id of the selected row (all occurrences of that entity)."""
        row_id = self.current_id()
        row = next((r for r in self.model.rows if r.id == row_id), None)
        return list(row.ids) if row else []

    def show_article(self, article_id: int | None) -> None:
        """Show one article's entities."""
        self.article_id = article_id
        self.refresh()

    def set_labels(self, names: list[str]) -> None:
        """The label filter's choices, from the store."""
        if names == [self.label.itemData(k) for k in range(1, self.label.count())]:
            return
        keep = self.label.currentData()
        self.label.blockSignals(True)
        self.label.clear()
        self.label.addItem(tr("All"), "")
        for name in names:
            self.label.addItem(name, name)
        self.label.setCurrentIndex(max(0, self.label.findData(keep)))
        self.label.blockSignals(False)

    def refresh(self) -> None:
        """Reload the rows, keeping the selection."""
        keep = self.current_id()
        rows = entity_rows(self.article_id) if self.article_id else []
        label = self.label.currentData()
        self.model.update_rows([r for r in rows if not label or r.label == label])
        self.select_id(keep, quiet=True)
