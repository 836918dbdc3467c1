"""Unexpected errors in the window: a log file in the user log folder and a dialog, never a traceback."""
from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType

from peewee import DoesNotExist
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from jmreview import __version__
from jmreview.errors import Coded, StoreError
from jmreview.gui.store_messages import user_message
from jmreview.store.conflict import EditConflict
from jmreview.store.server import without_passwords
from jmreview.store.server_errors import ServerGone, ServerRefused, read_failure


def tr(text: str) -> str:
    """Translate a string of the error dialog."""
    return QCoreApplication.translate("Crash", text)


def log_path() -> Path:
    """jmreview.log in the user log folder."""
    from platformdirs import user_log_dir

    folder = Path(user_log_dir("jmreview", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "jmreview.log"


def setup_logging() -> Path:
    """Log warnings and errors of the session to the log file; returns its path."""
    path = log_path()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("jmreview").info("jmreview %s started", __version__)
    try:   # a crash inside Qt or SQLite leaves no Python error: the stacks of every thread go to the log
        _fault_log.append(path.open("a", encoding="utf-8"))
        faulthandler.enable(file=_fault_log[-1], all_threads=True)
    except OSError:
        pass
    return path


_fault_log: list = []   # the open log file faulthandler writes to (kept open for the whole session)


class _Relay(QObject):
    """Carries an error message from any thread to a dialog on the window's thread."""

    show = Signal(str)
    gone = Signal(str)
    damage = Signal(str)


DAMAGE = ("database disk image is malformed", "file is not a database", "database corruption")


def damaged(error: BaseException) -> bool:
    """True for SQLite's report of a damaged file met by a read (any layer that let it through)."""
    return type(error).__name__ == "DatabaseError" and any(text in str(error) for text in DAMAGE)


_opened: list[str] = []


def database_opened(path: str) -> None:
    """The database the window is opening: named by errors met before the window shows (its first paint)."""
    _opened[:] = [path]


def _database_shown() -> str:
    """What the window calls its database (for a server's refusal or a damaged part met by a read)."""
    for window in QApplication.topLevelWidgets():
        store = getattr(getattr(window, "session", None), "store", None) if window.isVisible() else None
        if store is not None:
            return str(getattr(store, "path", ""))
    return _opened[0] if _opened else ""


def _show(message: str) -> None:
    QMessageBox.critical(None, tr("Unexpected error"), message)


_damage_said: list[str] = []


def _show_damage(message: str) -> None:
    """A damaged part: a dialog the first time (no bug: run 23 A15's title), then in the status bar of each window,
    for every part met again is the same damage (run 23 A15: a dialog at each file clicked)."""
    if _damage_said:   # (before the window shows too: run 23 A15, two dialogs at opening)
        for window in [w for w in QApplication.topLevelWidgets() if hasattr(w, "say") and w.isVisible()]:
            window.say(message)
        return
    _damage_said.append(message)
    QMessageBox.critical(None, tr("Part of the database is damaged"), message)


def _damage_text(error: str) -> str:
    """What a damaged part met by a read is, and the way out (a backup only where there is one: run 23 A16)."""
    from jmreview.store.backup import newest_backup
    from jmreview.store.location import is_server

    shown = _database_shown()
    if shown and not is_server(shown) and newest_backup(Path(shown)) is None:   # (checks only until one is good)
        return tr("A part of the database is damaged and could not be read ({error}). Nothing was changed. It has "
                  "no backup: export what can still be read, and keep the file for a technician.").format(error=error)
    return tr("A part of the database is damaged and could not be read ({error}). Nothing was "
              "changed. Restore one of its backups (File → Restore a backup), or export what can "
              "still be read.").format(error=error)


def _say_gone(message: str) -> None:
    """The server stopped answering: in the status bar of each window (the edit that met it says so itself)."""
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "say") and w.isVisible()]
    for window in windows:
        window.say(message)
    if not windows:
        QMessageBox.warning(None, QCoreApplication.translate("MainWindow", "Not done"), message)


def install_excepthook() -> None:
    """Show a dialog naming the log file for any error nothing else caught, from any thread; keep running."""
    relay = _Relay()
    _damage_said.clear()
    _opened.clear()
    relay.show.connect(_show)  # queued to the window's thread when emitted from another one
    relay.gone.connect(_say_gone)
    relay.damage.connect(_show_damage)

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, Exception) and not isinstance(error, ServerGone):   # busy, a time limit: no bug either
            error = read_failure(error, _database_shown()) or error
        if isinstance(error, DoesNotExist):   # a row read by a key press taken away meanwhile by another process
            error = EditConflict(str(error), "removed")   # (run 27 A62: a merge's neighbour, raw SQL in a dialog)
        if isinstance(error, (ServerGone, ServerRefused, EditConflict)):   # the server away under a read, a row gone
            logging.getLogger("jmreview").warning("%s", error)
            if QApplication.instance() is not None:
                relay.gone.emit(user_message(error))
                return
        details = without_passwords("".join(traceback.format_exception(kind, error, tb)))
        logging.getLogger("jmreview").error("unexpected error\n%s", details)
        if QApplication.instance() is not None and damaged(error):   # a part of a damaged file: said, it is no bug
            relay.damage.emit(_damage_text(QCoreApplication.translate("StoreMessages", str(error))))
            return
        if QApplication.instance() is not None and isinstance(error, StoreError) and error.args \
                and isinstance(error.args[0], Coded):   # a refusal said in words, met by a read (run 35 A46): no bug
            relay.gone.emit(user_message(error))
            return
        if QApplication.instance() is not None:
            relay.show.emit(tr("Something went wrong: {error}\n\nWhat was saved before stays saved; the change "
                               "being made when this happened may not have been saved: check it. Details are in {log}.")
                            .format(error=without_passwords(str(error)), log=log_path()))
        else:
            print(f"jmreview: unexpected error: {without_passwords(str(error))} (details in {log_path()})",
                  file=sys.stderr)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    install_excepthook.relay = relay  # type: ignore[attr-defined]  # kept alive with the application


_reported: dict[str, float] = {}


def report_later(error: BaseException) -> None:
    """An error met inside a Qt call (a model's data(), a paint), which must not raise there: said by the hook
    once the call is over, and the same error only once in a while (a damaged part is met by every row painted)."""
    said = str(error)
    if time.monotonic() - _reported.get(said, -60.0) < 30:
        return
    _reported[said] = time.monotonic()
    QTimer.singleShot(0, lambda: sys.excepthook(type(error), error, error.__traceback__))
