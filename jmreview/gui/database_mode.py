"""What the window allows on its kind of database: a read-only one (a banner, every editing command off) and a
server one (its backups are the server's: nothing to restore here)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from jmreview.gui.host import WindowHost

BROWSING = {   # the commands that change nothing: all a read-only window keeps
    "open_database", "export", "quit", "undo", "redo", "find", "settings", "next_article", "previous_article",
    "next_block", "previous_block", "next_check", "simplified", "bigger", "smaller", "normal_size", "shortcuts",
    "about", "lexicon", "story_whole",
}
BANNER_STYLE = "QLabel { background: #fff3c4; color: #4a3b00; padding: 6px 10px; border-bottom: 1px solid #d8c36a; }"


def tr(text: str) -> str:
    """Translate a string (the main window's context)."""
    return QCoreApplication.translate("MainWindow", text)


def read_only_reason(window: WindowHost) -> str:
    """Why this window may not change the corpus, in one sentence."""
    store = window.session.store
    if getattr(store, "role_read_only", False):
        return tr("Read-only: your database role {role} may browse and export this corpus but not change it; ask "
                  "the database's administrator for an editor's role to make corrections.").format(role=store.role)
    why = next((w for w in getattr(store, "warnings", []) if "open read-only" in getattr(w, "template", "")),
               getattr(store, "why_readonly", None))
    if why is not None:   # a full disk, a backups folder, a read-only file, folder or disk: what to do about it
        from jmreview.gui.store_messages import coded_text

        return tr("{why}. You may browse and export it.").format(why=coded_text(why).rstrip("。."))
    return tr("Read-only: this database is open read-only. You may browse and export it; nothing can be changed.")


def adapt(window: WindowHost) -> None:
    """Fit the window to its database: a banner and no editing commands when read-only; no backups on a server."""
    store = window.session.store
    if getattr(store, "server", False):
        restore = window.actions_by_name.get("restore")
        if restore is not None:
            restore.setEnabled(False)
            restore.setToolTip(tr("Backups of a server database are the server's job; File → Export with each "
                                  "file's source text is the portable snapshot"))
    if store.readonly:
        show_read_only(window)


def show_read_only(window: WindowHost) -> None:
    """A banner over the panels, the reason in the status bar, and every command that would change something off."""
    reason = read_only_reason(window)
    banner = QLabel(reason)
    banner.setObjectName("read_only_banner")
    banner.setWordWrap(True)
    banner.setStyleSheet(BANNER_STYLE)
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    panels = window.takeCentralWidget()
    if panels is not None:
        layout.addWidget(panels)
    window.setCentralWidget(holder)
    window.read_only_banner = banner   # type: ignore[attr-defined]
    window.statusBar().showMessage(reason)
    for name, action in window.actions_by_name.items():
        if name not in BROWSING:
            action.setEnabled(False)
    editor = getattr(window, "editor", None)
    if isinstance(editor, QWidget):   # the article's fields show what is stored, and take no typing
        for field in editor.findChildren(QLineEdit) + editor.findChildren(QPlainTextEdit):
            field.setReadOnly(True)
        for box in editor.findChildren(QComboBox):
            box.setEnabled(False)
    window.articles.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    story = getattr(window, "story", None)
    for name, button in getattr(story, "buttons", {}).items():   # the story's links: accept, reject, link
        if name != "whole":
            button.setEnabled(False)
