"""Closing the window with text typed that could not be saved: never closed over it unsaid (run 27 B17, B62).

The first close is refused and the editor told what is unsaved (a box that waits for no answer: nothing blocks);
closing again closes, the text put on the clipboard and in the log. A logout or shutdown is never refused.
"""
from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from jmreview.gui.article_editor import ArticleEditor

LOG = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Translate a string (the main window's context)."""
    return QCoreApplication.translate("MainWindow", text)


def may_close(window: QWidget, editor: ArticleEditor) -> bool:
    """Save what is being typed (a close by SIGTERM or the window manager moves no focus: run 26 A39); True when the
    window may close (keep_unsaved)."""
    with contextlib.suppress(Exception):   # (a server away: said by the save itself)
        editor.commit_typing()
    return keep_unsaved(window, editor.unsaved(), getattr(window, "terminating", False))


def keep_unsaved(window: QWidget, unsaved: list[tuple[str, str]], terminating: bool) -> bool:
    """True when the window may close: nothing typed is left unsaved, it was said at the last close, or the session
    ends (`terminating`); the unsaved text then goes to the clipboard and the log. Else False, and it is said."""
    if not unsaved:
        return True
    words = "\n".join(text for _field, text in unsaved)
    fields = "、".join(field for field, _text in unsaved)
    if terminating or getattr(window, "unsaved_said", None) == words:
        QGuiApplication.clipboard().setText(words)
        LOG.warning("closed with typed text not saved (%s): %s", fields, words)
        return True
    window.unsaved_said = words   # type: ignore[attr-defined]
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Not closed"),
                      tr("What you typed in {fields} could not be saved:\n{text}\n\nSave it with Return in the field, "
                         "or close again (Ctrl+Q) to close anyway: the text is then put on the clipboard.").format(
                          fields=fields, text=words), QMessageBox.StandardButton.Ok, window)
    box.setObjectName("unsaved_on_close")
    box.open()   # waits for nothing: the window goes on
    return False
