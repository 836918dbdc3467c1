"""File → Export…: format, status filter, script, header language and source text, then a file."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout

from jmreview.gui import file_dialogs
from jmreview.gui.table_models import STATUS_TITLES
from jmreview.store.models import STATUSES

FORMATS = (("xlsx", "Excel workbook (.xlsx)"), ("json", "JSON corpus (.json)"), ("jsonl", "JSON lines (.jsonl)"),
           ("bio", "Entities: CoNLL BIO by character (.bio)"), ("brat", "Entities: brat standoff (.zip)"),
           ("spacy", "Entities: spaCy JSONL (.jsonl)"), ("labelstudio", "Entities: Label Studio tasks (.json)"),
           ("doccano", "Entities: doccano JSONL (.jsonl)"))
SUFFIXES = {"brat": "zip", "spacy": "jsonl", "labelstudio": "json", "doccano": "jsonl"}   # the others: the format
SCRIPTED = ("xlsx", "bio", "brat", "spacy", "labelstudio", "doccano")   # formats that write Simplified on request


def tr(text: str) -> str:
    """Translate a string of the export dialog."""
    return QCoreApplication.translate("ExportDialog", text)


def default_name(fmt: str) -> str:
    """The file name the save dialog proposes, in the window's language ('corpus.xlsx', '语料.xlsx')."""
    return tr("corpus") + f".{SUFFIXES.get(fmt, fmt)}"


@dataclass
class ExportChoice:
    """What the editor chose."""

    path: Path
    format: str
    status: str | None
    script: str
    language: str
    with_source: bool


class ExportDialog(QDialog):
    """The export options."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(tr("Export"))
        self.format = QComboBox(self)
        self.format.setObjectName("export_format")
        for code, title in FORMATS:
            self.format.addItem(tr(title), code)
        self.status = QComboBox(self)
        self.status.setObjectName("export_status")
        self.status.addItem(tr("All articles"), "")
        for s in STATUSES:
            self.status.addItem(QCoreApplication.translate("TableModels", STATUS_TITLES[s]), s)
        self.script = QComboBox(self)
        self.script.setObjectName("export_script")
        self.script.addItem(tr("As in the source"), "original")
        self.script.addItem(tr("Simplified"), "simplified")
        self.language = QComboBox(self)
        self.language.setObjectName("export_language")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language != "en" else 1)
        self.with_source = QCheckBox(tr("Include each file's source text (a complete backup)"), self)
        self.with_source.setObjectName("export_with_source")
        form = QFormLayout(self)
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("Articles"), self.status)
        form.addRow(tr("Script (Excel, entities)"), self.script)
        form.addRow(tr("Sheet language (Excel)"), self.language)
        form.addRow("", self.with_source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._formats_changed)
        self._formats_changed()

    def _formats_changed(self) -> None:
        fmt = self.format.currentData()
        self.script.setEnabled(fmt in SCRIPTED)
        self.language.setEnabled(fmt == "xlsx")
        self.with_source.setEnabled(fmt == "json")

    def choice(self, path: Path) -> ExportChoice:
        """The options with the chosen file."""
        return ExportChoice(path, self.format.currentData(), self.status.currentData() or None,
                            self.script.currentData(), self.language.currentData(),
                            self.with_source.isChecked() and self.format.currentData() == "json")

    def ask(self) -> ExportChoice | None:
        """Show the options, then the file dialog; None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        fmt = self.format.currentData()
        name = file_dialogs.save_file(self.parentWidget(), tr("Export corpus"), default_name(fmt),
                                              f"*.{SUFFIXES.get(fmt, fmt)}")
        return self.choice(Path(name)) if name else None
