"""The narrow face of the main window that corrections, dialogs and jobs work against.

They take a ``WindowHost`` rather than the ``MainWindow`` class, so none of them imports the
window module: the window imports them, never the reverse. ``MainWindow`` implements it.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from jmreview.gui.article_editor import ArticleEditor
from jmreview.gui.page_view import PageView
from jmreview.gui.panels import ArticlesPanel, EntitiesPanel, FilesPanel
from jmreview.gui.session import Session

Opener = Callable[[Path | str, QSettings], object]
"""Opens a window on a database file; returns it, or None when the file was refused with a message."""


class WindowHost(QMainWindow):
    """What the window offers the modules that act on it: its session, panels and its selection."""

    session: Session
    settings: QSettings
    files: FilesPanel
    articles: ArticlesPanel
    editor: ArticleEditor
    page: PageView
    entities: EntitiesPanel
    actions_by_name: dict[str, QAction]
    current_file: int | None
    current_article: int | None
    source_text: str

    def say(self, message: str) -> None:
        """Show a message in the status bar."""
        raise NotImplementedError

    def refresh(self, full: bool = True) -> None:
        """Reload the panels from the store."""
        raise NotImplementedError

    def select_file(self, file_id: int) -> None:
        """Show a file."""
        raise NotImplementedError

    def select_article(self, article_id: int | None) -> None:
        """Show an article."""
        raise NotImplementedError


def share_undo(dialog: QWidget, actions: dict[str, QAction]) -> None:
    """Let a window of its own (the curation view, the lexicon) answer the main window's undo and redo keys."""
    dialog.addActions([actions[name] for name in ("undo", "redo") if name in actions])
