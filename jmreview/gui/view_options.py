"""How the window shows things, not what they are: splitters, zoom keys, the display script (Ctrl+T)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QSplitter, QWidget

from jmreview.gui.article_editor import ArticleEditor
from jmreview.gui.search_panel import SearchPanel
from jmreview.gui.table_models import RowTableModel


def splitter(orientation: Qt.Orientation, name: str, *widgets: QWidget) -> QSplitter:
    """A named splitter whose panes never collapse."""
    split = QSplitter(orientation)
    split.setObjectName(name)
    split.setChildrenCollapsible(False)
    for w in widgets:
        split.addWidget(w)
    return split


def zoom_in_keys() -> list[QKeySequence]:
    """Ctrl+= (no Shift needed) and the platform's zoom-in keys (Ctrl++)."""
    keys = [QKeySequence("Ctrl+="), *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)]
    return list({k.toString(): k for k in keys}.values())


def show_script(simplified: bool, models: list[RowTableModel], editor: ArticleEditor, search: SearchPanel) -> None:
    """Lists, article fields and search hits in Simplified, or as stored: for the eyes only, nothing is written."""
    for model in models:
        model.set_simplified(simplified)
    editor.simplified = search.simplified = simplified
    search.show_hits()
    editor.show_article(editor.article_id)
