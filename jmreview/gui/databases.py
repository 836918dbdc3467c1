"""File menu commands that replace the window's database: open another one, restore a backup, recent files."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from jmreview.errors import JmreviewError
from jmreview.gui.host import Opener, WindowHost
from jmreview.store.backup import list_backups, restore_backup


def tr(text: str) -> str:
    """Translate a string of the window's file menu (the main window's context)."""
    return QCoreApplication.translate("MainWindow", text)


def keep_window(window: object) -> None:
    """Hold the newly opened window, so it outlives the one that opened it."""
    app = QApplication.instance()
    app._jmreview_window = window  # type: ignore[union-attr]


def open_database(window: WindowHost, opener: Opener, path: str | None = None) -> None:
    """Switch to another database file (a recent one, or one chosen in a dialog)."""
    if path is None:
        recent = [str(p) for p in (window.settings.value("recent_databases") or [])]
        path, _ = QFileDialog.getOpenFileName(window, tr("Open database"), recent[0] if recent else "",
                                              tr("jmreview databases (*.sqlite3 *.db);;All files (*)"))
    if not path or Path(path) == window.session.store.path:
        return
    old = window.session.store
    window.close()
    opened = opener(Path(path), window.settings)
    if opened is None:  # refused with a message: come back to this database
        opened = opener(old.path, window.settings)
    old.close()
    keep_window(opened)


def ask_restore_backup(window: WindowHost, opener: Opener) -> None:
    """Replace the database with one of its backups; the window stays until the restored file is known good."""
    path = window.session.store.path
    backups = list_backups(path)
    if not backups:
        window.say(tr("There is no backup of this database yet."))
        return
    names = [f"{b.made:%Y-%m-%d %H:%M:%S}  {b.reason}" for b in backups]
    choice, ok = QInputDialog.getItem(window, tr("Restore a backup"), tr("Backup:"), names, 0, False)
    if not ok:
        return
    try:  # checked, what it replaces backed up, copied in one transaction, checked again
        restore_backup(backups[names.index(choice)].path, path)
    except JmreviewError as exc:
        QMessageBox.critical(window, tr("Restore a backup"), str(exc))
        return
    window.close()
    window.session.store.close()
    keep_window(opener(path, window.settings))


def fill_recent(menu: QMenu, window: WindowHost, opener: Opener) -> None:
    """The recent databases, newest first, each opening that database."""
    menu.clear()
    for path in [str(p) for p in (window.settings.value("recent_databases") or [])]:
        action = menu.addAction(path)
        action.triggered.connect(lambda _c=False, p=path: open_database(window, opener, p))
