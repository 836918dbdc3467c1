"""Search: a Simplified query finds Traditional text and the reverse, in the page or the corpus."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from jmreview.analysis.script import to_simplified
from jmreview.errors import JmreviewError
from jmreview.gui.store_messages import user_message
from jmreview.store.database import Store
from jmreview.store.search import Hit, ensure_index, search

LIMIT = 500
AFTER = 24  # characters shown after the hit (the list elides what does not fit)


def tr(text: str) -> str:
    """Translate a string of the search panel."""
    return QCoreApplication.translate("SearchPanel", text)


class SearchPanel(QWidget):
    """A query box, how many hits, and the hits in context; activating a hit opens it in the page."""

    open_hit = Signal(int, int, int)  # file id, start, end (code points)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.file_id: int | None = None
        self.hits: list[Hit] = []
        self.limit = LIMIT
        self.simplified = False  # the display script (Ctrl+T): hits shown converted, never stored
        self.query = QLineEdit(self)
        self.query.setObjectName("search_query")
        self.query.setPlaceholderText(tr("Search (Simplified or Traditional)"))
        self.query.setAccessibleName(tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run)
        self.whole = QCheckBox(tr("Whole corpus"), self)
        self.whole.setObjectName("search_corpus")
        self.whole.setChecked(True)
        self.count = QLabel(self)
        self.count.setObjectName("search_count")
        self.results = QListView(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(tr("Search results"))
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long file name keeps its line number
        self.model = QStandardItemModel(self)
        self.results.setModel(self.model)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.whole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.results)
        self.indexed = False

    def focus_query(self) -> None:
        """Put the keyboard in the query box (Ctrl+F)."""
        self.query.setFocus()
        self.query.selectAll()

    def run(self) -> None:
        """Search and list the hits, with how many there are."""
        if not self.indexed:
            ensure_index(self.store)
            self.indexed = True
        scope = None if self.whole.isChecked() else self.file_id
        try:
            found = search(self.store, self.query.text(), scope, limit=self.limit + 1)
        except JmreviewError as exc:   # (a damaged index on a read-only database): said where the count goes
            self.hits = []
            self.show_hits()
            self.count.setText(user_message(exc))
            return
        capped = len(found) > self.limit
        self.hits = found[:self.limit]
        self.count.setText((tr("first {n} results") if capped else tr("{n} results")).format(n=len(self.hits)))
        self.show_hits()
        if self.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def show_hits(self) -> None:
        """(Re)draw the list: each hit bracketed in its line, then its file and line number."""
        self.model.clear()
        for hit in self.hits:
            item = QStandardItem(self.display(hit))
            item.setEditable(False)
            item.setToolTip(self._script(f"{hit.before}【{hit.matched}】{hit.after}"))
            self.model.appendRow(item)

    def display(self, hit: Hit) -> str:
        """'…before【hit】after…' with as much text before the hit as fits beside it, then 'file · line n'."""
        metrics = self.results.fontMetrics()
        room = self.results.viewport().width() - 24
        core = f"【{hit.matched}】"
        keep = min(len(hit.before), 10)
        while keep > 2 and metrics.horizontalAdvance("…" + hit.before[-keep:] + core) > room:
            keep -= 1
        before = ("…" if keep < len(hit.before) else "") + hit.before[len(hit.before) - keep:]
        low, high = 0, min(len(hit.after), AFTER)   # the most of what follows that fits: the list never scrolls
        while low < high:   # sideways (a halving search: 500 hits measured a character at a time took 90 ms)
            mid = (low + high + 1) // 2
            if metrics.horizontalAdvance(before + core + hit.after[:mid] + "…") > room:
                high = mid - 1
            else:
                low = mid
        after = hit.after[:low] + ("…" if low < len(hit.after) else "")
        where = tr("{file} · line {n}").format(file=hit.file_name, n=hit.line)
        return self._script(before + core + after) + "\n" + where

    def _script(self, text: str) -> str:
        return to_simplified(text) if self.simplified else text

    def _activated(self, index: Any) -> None:
        if 0 <= index.row() < len(self.hits):
            hit = self.hits[index.row()]
            self.open_hit.emit(hit.file_id, hit.start, hit.end)
