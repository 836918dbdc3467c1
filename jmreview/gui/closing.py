"""Closing the window with text typed that could not be saved: never closed over it unsaid (run 27 B17, B62)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

LOG = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Translate a string (the main window's context)."""
    return QCoreApplication.translate("MainWindow", text)


def keep_unsaved(window: QWidget, unsaved: list[tuple[str, str]], terminating: bool) -> bool:
    """True when the window may close: nothing typed is left unsaved, or the editor chose to close anyway (the text
    then on the clipboard and in the log). A logout or shutdown (`terminating`) is not asked: the text goes to the
    clipboard and the log."""
    if not unsaved:
        return True
    words = "\n".join(text for _field, text in unsaved)
    fields = "、".join(field for field, _text in unsaved)
    if not terminating:
        asked = QMessageBox.question(
            window, tr("Close the window?"),
            tr("What you typed in {fields} could not be saved:\n{text}\n\nClose anyway? It is then put on the "
               "clipboard. Choose No to stay and save it (Return in the field).").format(fields=fields, text=words),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if asked != QMessageBox.StandardButton.Yes:
            return False
    QGuiApplication.clipboard().setText(words)
    LOG.warning("closed with typed text not saved (%s): %s", fields, words)
    return True
