"""Search: a Simplified query finds Traditional text and the reverse, in the page or the corpus."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QListView, QVBoxLayout, QWidget

from jmreview.store.database import Store
from jmreview.store.search import Hit, ensure_index, search


def tr(text: str) -> str:
    """Translate a string of the search panel."""
    return QCoreApplication.translate("SearchPanel", text)


class SearchPanel(QWidget):
    """A query box and its hits; activating a hit opens it in the page."""

    open_hit = Signal(int, int, int)  # file id, start, end (code points)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.file_id: int | None = None
        self.hits: list[Hit] = []
        self.query = QLineEdit(self)
        self.query.setObjectName("search_query")
        self.query.setPlaceholderText(tr("Search (Simplified or Traditional)"))
        self.query.setAccessibleName(tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run)
        self.whole = QCheckBox(tr("Whole corpus"), self)
        self.whole.setObjectName("search_corpus")
        self.whole.setChecked(True)
        self.results = QListView(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(tr("Search results"))
        self.results.setUniformItemSizes(True)
        self.model = QStringListModel(self)
        self.results.setModel(self.model)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.whole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self.indexed = False

    def focus_query(self) -> None:
        """Put the keyboard in the query box (Ctrl+F)."""
        self.query.setFocus()
        self.query.selectAll()

    def run(self) -> None:
        """Search and list the hits."""
        if not self.indexed:
            ensure_index(self.store)
            self.indexed = True
        scope = None if self.whole.isChecked() else self.file_id
        self.hits = search(self.store, self.query.text(), scope)
        self.model.setStringList([f"{h.file_name} : {h.line}  {h.snippet}" for h in self.hits])
        if self.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: Any) -> None:
        if 0 <= index.row() < len(self.hits):
            hit = self.hits[index.row()]
            self.open_hit.emit(hit.file_id, hit.start, hit.end)
