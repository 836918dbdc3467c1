"""File menu commands that replace the window's database: open another one, restore a backup, recent files."""
from __future__ import annotations

from pathlib import Path

from peewee import DatabaseError
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QMessageBox

from jmreview.errors import JmreviewError
from jmreview.gui import file_dialogs
from jmreview.gui.closing import may_give_way
from jmreview.gui.cue_text import backup_kind_text
from jmreview.gui.host import Opener, WindowHost
from jmreview.gui.store_messages import user_message
from jmreview.store.backup import list_backups
from jmreview.store.location import is_server
from jmreview.store.restore import RestoreFailed, replace_damaged, restore_backup
from jmreview.store.server import shown


def tr(text: str) -> str:
    """Translate a string of the window's file menu (the main window's context)."""
    return QCoreApplication.translate("MainWindow", text)


def recent_databases(settings: QSettings) -> list[str]:
    """The recent database paths, newest first (an INI file gives a one-item list back as a plain string)."""
    value = settings.value("recent_databases") or []
    items = [value] if isinstance(value, str) else list(value)
    return [str(p) for p in items if is_server(str(p)) or Path(str(p)).is_absolute() and Path(str(p)).name]


def remember_database(settings: QSettings, path: Path | str) -> None:
    """Put a database first in the recent list (absolute paths, or a server's URL without its password; eight)."""
    name = str(shown(str(path))) if is_server(path) else str(Path(path).resolve())
    recent = [p for p in recent_databases(settings) if p != name]
    settings.setValue("recent_databases", [name, *recent][:8])


def starting_database(settings: QSettings) -> Path | str | None:
    """The database `jmreview` opens when none is named: the one last worked on, a file if it is still there, or a
    server (a walkthrough of run 52, run 54 B4: a restart opened jmreview's own empty database and offered the
    sample pages, as if the work were gone). One that cannot be opened is said, and jmreview's own is opened."""
    last = recent_databases(settings)[:1]
    if last and is_server(last[0]):
        return last[0]
    return next((Path(p) for p in last if Path(p).is_file()), None)


def forget_database(settings: QSettings, path: str) -> None:
    """Take a database that is no longer there out of the recent list."""
    settings.setValue("recent_databases", [p for p in recent_databases(settings) if p != path])


def keep_window(window: object) -> None:
    """Hold the newly opened window, so it outlives the one that opened it. The one it replaces is held too, closed:
    dropped here, Python would delete it inside its own menu command, and Qt could still paint one of its lists
    (a segfault seen once after File → Restore a backup, in headerData)."""
    app = QApplication.instance()
    old = getattr(app, "_jmreview_window", None)
    if old is not None and old is not window:
        app._jmreview_closed = [*getattr(app, "_jmreview_closed", []), old]  # type: ignore[union-attr]
    app._jmreview_window = window  # type: ignore[union-attr]


def open_database(window: WindowHost, opener: Opener, path: str | None = None) -> None:
    """Switch to another database file (a recent one, or one chosen in a dialog)."""
    if path is None:
        recent = recent_databases(window.settings)
        path = file_dialogs.open_file(window, tr("Open database"), recent[0] if recent else "",
                                              tr("jmreview databases (*.sqlite3 *.db);;All files (*)"))
    if not path or str(path) == str(window.session.store.path):
        return
    if not is_server(path) and not Path(path).is_file():  # never create a database by opening a name not there
        forget_database(window.settings, path)
        QMessageBox.warning(window, tr("Open database"),
                            tr("{path} does not exist (any more): nothing was opened.").format(path=path))
        return
    old = window.session.store
    window.close()
    opened = opener(path if is_server(path) else Path(path), window.settings)
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
    seconds = [f"{b.made:%Y-%m-%d %H:%M:%S}" for b in backups]   # two made in one second: told apart by the ms
    names = [f"{b.made:%Y-%m-%d %H:%M:%S}" + (f".{b.made:%f}"[:4] if seconds.count(seconds[n]) > 1 else "")
             + f"  {backup_kind_text(b.reason)}" for n, b in enumerate(backups)]
    names = [f"{name} ({n + 1})" if names.count(name) > 1 else name for n, name in enumerate(names)]
    shown = _version(window)
    choice, ok = QInputDialog.getItem(window, tr("Restore a backup"), tr("Backup:"), names, 0, False)
    if not ok:
        return
    if shown is None:   # damaged past reading (run 35 A31: the list never opened, the message named it again)
        if may_give_way(window, window.editor):
            _replace_damaged(window, opener, backups[names.index(choice)].path)
        return
    if _version(window) != shown and QMessageBox.question(   # (run 29 A45: taken back unsaid)
            window, tr("Restore a backup"), tr(
                "Another program or window changed this database while the list was open. Restoring the backup takes "
                "that work back too (what the database holds now is kept in a backup made before the restore). "
                "Restore it anyway?")) != QMessageBox.StandardButton.Yes:
        return
    if not may_give_way(window, window.editor):   # nothing restored beside a window that stays (run 37 A40)
        return
    try:  # checked, what it replaces backed up, copied in one transaction, checked again
        restore_backup(backups[names.index(choice)].path, path)
    except RestoreFailed as exc:
        if exc.code == "damaged":   # damaged but still read (run 36 A8): no sound copy of it can be made first
            _replace_damaged(window, opener, backups[names.index(choice)].path)
            return
        QMessageBox.critical(window, tr("Restore a backup"), user_message(exc))   # the window stays, on the
        return                                                                     # database as it was
    except JmreviewError as exc:  # the window stays, on the database as it was
        QMessageBox.critical(window, tr("Restore a backup"), user_message(exc))
        return
    _give_way(window)
    keep_window(opener(path, window.settings))


def _give_way(window: WindowHost) -> None:
    """The window closed for the restored database (may_give_way made sure it closes), its store with it."""
    window.close()
    window.session.store.close()


def _replace_damaged(window: WindowHost, opener: Opener, backup: Path) -> None:
    """Put the backup in place of the damaged database, the damaged file kept beside its backups, and reopen it."""
    path = window.session.store.path
    _give_way(window)
    try:
        replace_damaged(backup, path)
    except JmreviewError as exc:
        QMessageBox.critical(window, tr("Restore a backup"), user_message(exc))
    keep_window(opener(path, window.settings))   # (failed: the opening offers what is left)


def _version(window: WindowHost) -> int | None:
    """The database's count of changes, or None when it is damaged past reading it."""
    try:
        return window.session.store.data_version()
    except DatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            return None
        raise


def fill_recent(menu: QMenu, window: WindowHost, opener: Opener) -> None:
    """The recent databases, newest first, each opening that database."""
    menu.clear()
    for path in recent_databases(window.settings):
        action = menu.addAction(path)
        action.triggered.connect(lambda _c=False, p=path: open_database(window, opener, p))
