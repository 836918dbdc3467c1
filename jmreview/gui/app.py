"""Start the window: Qt application, translations, settings, store, first run, lazy jieba."""
from __future__ import annotations

import os
import signal
import sqlite3
import stat
import sys
import tempfile
import threading
from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QStandardPaths, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from jmreview.errors import JmreviewError
from jmreview.gui import probe
from jmreview.gui.crash import database_opened, install_excepthook, setup_logging
from jmreview.gui.databases import remember_database
from jmreview.gui.store_messages import coded_text, user_message
from jmreview.resources import data_dir, seeds_dir
from jmreview.store import server_wait
from jmreview.store.database import DamagedDatabase, Store
from jmreview.store.editor_names import bad_name, one_form
from jmreview.store.models import SourceFile

ORG = "jmreview"
WINDOW_BUSY_MS = 1500  # the window never freezes longer than this on a database another program locks
WINDOW_ANSWER_SECONDS = 40   # ... nor (about) longer than this on a server session that stopped answering while the
# server did (checked every 15 s: given up after 45 s, never a minute without a word: run 42 B27's note)


def tr(text: str) -> str:
    """Translate a string of the application."""
    return QCoreApplication.translate("App", text)


def make_settings() -> QSettings:
    """The settings store (an ini file named by JMREVIEW_SETTINGS, for tests and portable use); never a FIFO or a
    device (Qt would hang reading it, or replace it by a file when saving): then the user's own, or a passing one."""
    path = os.environ.get("JMREVIEW_SETTINGS")
    own = os.path.join(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation),
                       ORG, f"{ORG}.conf")   # where QSettings(ORG, ORG) keeps them (looked at before Qt opens it)
    # the file itself, not QSettings(ORG, ORG): that also reads the organisation's and the system's files, unchecked
    for name, made in ([(path, lambda: QSettings(path, QSettings.Format.IniFormat))] if path else []) + \
            [(own, lambda: QSettings(own, QSettings.Format.IniFormat))]:
        if _plain_or_absent(name):
            return made()
        print(f"jmreview: {name} is not a regular file: settings are not read from it or saved there", file=sys.stderr)
    return QSettings(os.path.join(tempfile.mkdtemp(prefix="jmreview-settings-"), "jmreview.conf"),
                     QSettings.Format.IniFormat)


def _plain_or_absent(path: str) -> bool:
    """True for a regular file (through links) or none yet."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load our .qm and Qt's own for the language ('zh_CN' by default, whatever the system says)."""
    translators = []
    if language not in ("en", "zh_CN"):   # a language it has no words for (zh_TW, zh-CN): its first, Chinese (run 28
        language = "zh_CN"                # A18: the window spoke English, the settings dialog said 简体中文)
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(data_dir() / "i18n" / f"jmreview_{language}.qm")):
            app.installTranslator(ours)
            translators.append(ours)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir) or qt.load(f"qtbase_{language}", str(data_dir() / "i18n")):
            app.installTranslator(qt)
            translators.append(qt)
        QLocale.setDefault(QLocale(language))
    return translators


def warm_up_segmentation(done: threading.Event) -> threading.Thread:
    """Load jieba in the background so the window appears first."""
    def load() -> None:
        from jmreview.analysis.lexicon import tokenizer

        tokenizer()
        done.set()

    thread = threading.Thread(target=load, name="jieba-warm-up", daemon=True)
    thread.start()
    return thread


def reopen(db_path: Path | str, settings: QSettings) -> object:
    """Open a window on another database (or the same one again) without asking for the editor's name."""
    return open_window(db_path, QApplication.instance(), settings, ask=False)  # type: ignore[arg-type]


def open_window(db_path: Path | str, app: QApplication, settings: QSettings, ask: bool = True) -> object:
    """Open the store (a file, or a ``postgresql://`` server database) and show the main window; returns the window
    (None when the store is refused)."""
    from jmreview.gui.database_mode import adapt
    from jmreview.gui.dialogs import editor_name, offer_samples
    from jmreview.gui.history import history_title
    from jmreview.gui.jobs import import_into
    from jmreview.gui.main_window import MainWindow
    from jmreview.gui.session import Session
    from jmreview.gui.upgrade import upgrade_first
    from jmreview.store.location import is_server
    from jmreview.store.opening import real_file

    if not is_server(db_path):   # a link to a database: its backups and restores are the file's it leads to
        db_path = real_file(Path(db_path))
    upgrade_first(db_path, app, WINDOW_BUSY_MS)   # an older file: upgraded with the window saying so
    try:
        store: Store | None = Store(db_path, busy_ms=WINDOW_BUSY_MS)
    except DamagedDatabase as exc:
        store = _damaged(Path(db_path), user_message(exc))
    except JmreviewError as exc:
        print(f"jmreview: {exc}", file=sys.stderr)   # for a terminal too: the dialog is what a launcher shows
        QMessageBox.critical(None, tr("Cannot open the database"), user_message(exc))
        return None
    if store is None:
        return None
    database_opened(str(db_path))
    for warning in store.warnings:
        QMessageBox.warning(None, tr("Opened with a warning"), coded_text(warning))
    if store.network:
        QMessageBox.warning(None, tr("Database on a network drive"),
                            tr("{path} is on a network drive. Only one computer may open it at a time; "
                               "copy it to this computer to work safely.").format(path=db_path))
    given = os.environ.get("JMREVIEW_EDITOR", "").strip()
    editor, new_name = (given, False) if given and bad_name(given) is None else editor_name(settings)
    if store.role and bad_name(store.role) is None:   # on a server an editor is their database role (unless the
        editor, new_name = store.role, False          # role's name could not be shown as an editor's: asked instead)
    elif store.role:   # (run 31 B43: the work credited to another name, unsaid)
        QMessageBox.warning(None, tr("Opened with a warning"), tr(
            "Your database role {role} cannot name an editor (it holds a line break, a control or invisible "
            "character, or is too long): your corrections are recorded as {name} (Edit → Settings changes it); ask "
            "the administrator for a role with a plain name").format(role=repr(store.role[:40]), name=editor))
    if given and bad_name(given) is not None:   # a name set for this computer that no editor may have: said
        QMessageBox.warning(None, tr("Opened with a warning"), tr(
            "JMREVIEW_EDITOR ({given}) is no editor's name: it holds a line break, a control or invisible character, "
            "or is too long; your corrections are recorded as {name} (Edit → Settings changes it)").format(
                given=repr(given[:40]), name=editor))
    session = Session(store, one_form(editor))   # one person, one name (Ａ and A, a space after)
    if not store.readonly:
        session.load_history(history_title)  # the edits of earlier sessions, undoable (each checked first)
    try:
        window = MainWindow(session, settings, reopen)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:  # damaged past reading, even read-only
        store.close()
        if getattr(store, "server", False):   # a server's refusal is no damaged file: no backup to restore here
            QMessageBox.critical(None, tr("Cannot open the database"),
                                 tr("{path} could not be read: the server said: {detail}. Nothing was changed; ask "
                                    "the database's administrator.").format(path=db_path, detail=exc))
            return None
        from jmreview.store.backup import newest_backup
        detail = QCoreApplication.translate("StoreMessages", str(exc))
        if newest_backup(Path(db_path)) is None:   # none to restore (run 23 A16: a File menu and backups that are not)
            QMessageBox.critical(None, tr("Cannot open the database"), tr(
                "{path} is too damaged to be read, even read-only ({detail}), and it has no backup. Nothing was "
                "changed: keep the file for a technician.").format(path=db_path, detail=detail))
            return None
        QMessageBox.critical(None, tr("Cannot open the database"),
                             tr("{path} is too damaged to be read, even read-only ({detail}). Open it again and "
                                "choose Restore the newest backup, or keep the file for a technician.").format(
                                 path=db_path, detail=detail))
        return None
    adapt(window)
    window.show()
    if new_name:
        window.say(tr("Your corrections are recorded as {name}; change it in Edit → Settings").format(name=editor))
    QTimer.singleShot(0, lambda: probe.window_shown(window))
    remember_database(settings, db_path)
    ready = threading.Event()
    warm_up_segmentation(ready)
    timer = QTimer(window)

    def check_ready() -> None:
        if ready.is_set():
            if not window.statusBar().currentMessage():   # never over what the window has just said
                window.say(tr("Word segmenter ready"))
            timer.stop()
            probe.segmentation_ready(window)

    timer.timeout.connect(check_ready)
    timer.start(50)
    if not store.readonly and _empty():   # (a damaged database opened read-only may not even be read that far)
        samples = os.environ.get("JMREVIEW_SAMPLES")
        if (samples == "yes" or (samples != "no" and ask and offer_samples(window))) and _empty():   # still empty
            import_into(window, [seeds_dir()])   # once answered (run 24 B48: a corpus copied in while it asked)
    return window


def _empty() -> bool:
    """True when the database holds no page yet (False when that cannot be read: nothing is offered then)."""
    try:
        return not SourceFile.select().exists()
    except (peewee.DatabaseError, sqlite3.DatabaseError):
        return False


def _damaged(db_path: Path, message: str) -> Store | None:
    """A damaged database: its newest complete backup put in its place, or read-only; a failed restore asks again."""
    from jmreview.store.backup import backup_dir, list_backups
    from jmreview.store.restore import replace_with_newest

    offer = bool(list_backups(db_path))  # complete backups only: a cut or damaged one is never offered
    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("The database is damaged"), message)
        use_backup = box.addButton(tr("Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole) \
            if offer else None
        read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)   # Return changes nothing: a restore is chosen, never pressed by chance
        box.exec()
        try:
            if use_backup is not None and box.clickedButton() is use_backup:
                used = replace_with_newest(db_path)
                kept = sorted(backup_dir(db_path).glob("*-damaged.sqlite3.bad"))
                QMessageBox(QMessageBox.Icon.Information, tr("Restore the newest backup"), tr(
                    "{path} was put back from its backup {backup}. What was changed after that backup is only in the "
                    "damaged file, kept as {kept}: keep it for a technician.").format(
                        path=db_path.name, backup=used.name, kept=kept[-1] if kept else "?")).exec()
                return Store(db_path, busy_ms=WINDOW_BUSY_MS)
            if box.clickedButton() is read_only:
                return Store(db_path, readonly=True, backups=False, busy_ms=WINDOW_BUSY_MS, check=False)
            return None
        except JmreviewError as exc:
            QMessageBox.critical(None, tr("Cannot open the database"), user_message(exc))
            if box.clickedButton() is read_only:
                return None  # even read-only it cannot be read: nothing more to offer
            offer = False  # what is left: open read-only, or cancel


def run(db_path: Path | str | None) -> int:
    """The `jmreview` command with no sub-command: the review window (None: on the database last worked on, else
    the one of jmreview's own folder)."""
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(ORG)
    if sys.platform.startswith("linux") and getattr(sys, "frozen", False) and not os.environ.get("QT_IM_MODULE"):
        os.environ["QT_IM_MODULE"] = "ibus"  # a bundled Qt cannot load the system's fcitx5 plugin
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(data_dir() / "icons" / "jmreview.png")))
    app.setDesktopFileName("jmreview")
    setup_logging()
    install_excepthook()
    server_wait.UI_SECONDS = WINDOW_ANSWER_SECONDS
    settings = make_settings()
    install_translations(app, str(settings.value("language", "zh_CN")))
    last: Path | str | None = None
    if db_path is None:
        from jmreview.gui.databases import starting_database
        from jmreview.store.database import default_db_path

        last = starting_database(settings)
        if last is not None and (window := open_window(last, app, settings)) is not None:   # refused (said in its
            close_on_sigterm(app)                                                           # box): jmreview's own
            return app.exec()
        try:
            db_path = default_db_path()
        except JmreviewError as exc:   # its folder cannot be made: said in a dialog, a launcher shows no terminal
            print(f"jmreview: {exc}", file=sys.stderr)
            QMessageBox.critical(None, tr("Cannot open the database"), user_message(exc))
            return 2
    window = open_window(db_path, app, settings, ask=last is None)   # (no samples offered in place of the last)
    if window is None:
        return 2
    if last is not None:   # the one last worked on refused, said in its box: where it is (run 54 B4)
        from jmreview.store.url_secrets import shown as without_secrets

        window.say(tr("{path}, the database last worked on, could not be opened: this is jmreview's own database; "  # type: ignore[attr-defined]
                      "File → Recent databases opens it again").format(path=without_secrets(str(last))))
    close_on_sigterm(app)
    return app.exec()


def shown(widget: QWidget) -> bool:
    """Visible, and not deleted by Qt meanwhile (run 48 B15: a box a refusal closed, its wrapper left behind)."""
    import shiboken6

    return bool(shiboken6.isValid(widget)) and widget.isVisible()


def close_on_sigterm(app: QApplication) -> None:
    """A logout or shutdown (SIGTERM) closes the windows as Ctrl+Q does, saving what is being typed (run 26 A39: it
    was lost); a timer lets Python see the signal while Qt waits."""
    def sweep(left: int, windows: list[QWidget]) -> None:   # a box open (or opened meanwhile) is answered no:
        if signal.getsignal(signal.SIGTERM) is not close_all:   # nobody is there (run 46 B17: the window closed,
            return                                              # the box and the process stayed)
        for widget in app.topLevelWidgets():
            if not shown(widget):
                continue
            widget.terminating = True   # type: ignore[attr-defined]  # nobody there to answer a question
            if isinstance(widget, QDialog):
                widget.reject()
        QTimer.singleShot(0, lambda: [w.close() for w in windows if shown(w)])
        if left and any(shown(w) for w in app.topLevelWidgets()):
            QTimer.singleShot(500, lambda: sweep(left - 1, windows))

    def close_all(*_: object) -> None:
        sweep(20, [w for w in app.topLevelWidgets() if shown(w)])

    signal.signal(signal.SIGTERM, close_all)
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(500)
