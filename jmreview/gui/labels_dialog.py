"""Labels: the list from the store, with add and edit (each change undoable like any correction)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from jmreview.gui.session import Session
from jmreview.store import entity_edits
from jmreview.store.models import Label


def tr(text: str) -> str:
    """Translate a string of the labels dialog."""
    return QCoreApplication.translate("LabelsDialog", text)


def choose_label(parent: Any, title: str, default: str | None) -> str | None:
    """Ask which label to give, offering ``default`` (the label already on the text) first; None when cancelled."""
    names = [lab.name for lab in Label.select().order_by(Label.id)]
    current = names.index(default) if default in names else 0
    name, ok = QInputDialog.getItem(parent, title, tr("Label:"), names, current, False)
    return str(name) if ok and name else None


class LabelsDialog(QDialog):
    """Name, title, colour and hotkey of every entity label."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("labels_dialog")
        self.setWindowTitle(tr("Labels"))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("labels_table")
        self.table.setAccessibleName(tr("Labels"))
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Title"), tr("Colour"), tr("Hotkey (Ctrl+…)")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self.edit_cell)
        add = QPushButton(tr("&Add label…"), self)
        add.setObjectName("add_label")
        add.clicked.connect(self.add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.session.changed.connect(self.load)
        self.load()
        self.resize(520, 300)

    def load(self) -> None:
        """Show the labels of the store."""
        labels = list(Label.select().order_by(Label.id))
        self.table.setRowCount(len(labels))
        for n, lab in enumerate(labels):
            for c, value in enumerate((lab.name, lab.title, lab.color, lab.hotkey or "")):
                item = QTableWidgetItem(value)
                item.setData(256, lab.id)
                if c == 2:
                    item.setBackground(QColor(lab.color))
                self.table.setItem(n, c, item)

    def add(self) -> None:
        """Ask for a new label's name and title; colour and hotkey can be edited afterwards."""
        name, ok = QInputDialog.getText(self, tr("Add label"), tr("Name (capital letters, e.g. EVT):"))
        if not ok or not name.strip():
            return
        title, ok = QInputDialog.getText(self, tr("Add label"), tr("Title shown to editors:"))
        if ok:
            self.session.apply(tr("Add label"), entity_edits.add_label, name.strip().upper(), title.strip() or name,
                               "#607d8b", None)

    def edit_cell(self, row: int, column: int) -> None:
        """Edit the title, colour or hotkey of a label (its name is fixed)."""
        item = self.table.item(row, 0)
        if item is None:
            return
        label = Label.get_by_id(int(item.data(256)))
        if column == 1:
            title, ok = QInputDialog.getText(self, tr("Label title"), tr("Title:"), text=label.title)
            if ok and title.strip():
                self.session.apply(tr("Edit label"), entity_edits.edit_label, label.id, title=title.strip())
        elif column == 2:
            color = QColorDialog.getColor(QColor(label.color), self, tr("Label colour"))
            if color.isValid():
                self.session.apply(tr("Edit label"), entity_edits.edit_label, label.id, color=color.name())
        elif column == 3:
            key, ok = QInputDialog.getText(self, tr("Label hotkey"), tr("Key used with Ctrl (a digit):"),
                                           text=label.hotkey or "")
            if ok:
                self.session.apply(tr("Edit label"), entity_edits.edit_label, label.id, hotkey=key.strip() or None)
