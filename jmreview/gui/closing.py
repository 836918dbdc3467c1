"""Text typed that could not be saved is never lost unsaid (run 27 B17, B62; run 28 A13, A15, A33).

Closing the window over it is refused once and said (a box that waits for no answer: nothing blocks); closing again
closes. A logout or shutdown (SIGTERM) is never refused, and asks nothing. Either way — and whenever the editor's
text is handed back because its article went away — the text is written to a file in the user's data folder
(`unsaved typing.txt`), named in the message: the clipboard alone dies with the program on most desktops.
"""
from __future__ import annotations

import contextlib
import logging
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

LOG = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Translate a string (the main window's context)."""
    return QCoreApplication.translate("MainWindow", text)


def kept_file() -> Path:
    """The file unsaved typing is kept in: `unsaved typing.txt` in the user's data folder."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("jmreview", appauthor=False)) / "unsaved typing.txt"


def typed_for(session: Any, article_id: int | None) -> str:
    """Which article of which page and database text was typed for, for the kept file (run 46 A30: only the field
    was named)."""
    from jmreview.store.models import Article, SourceFile

    where = [str(getattr(getattr(session, "store", None), "path", "") or "")]
    with contextlib.suppress(Exception):   # (the article gone, or the database away: what is known is said)
        art = Article.get_by_id(article_id)
        page = SourceFile.get_by_id(art.file_id)
        where += [f"{page.folder}/{page.name}" if page.folder else page.name, f"《{art.title}》 (#{art.id})"]
    return " · ".join(w for w in where if w)


def keep_text(words: str, where: str, about: str = "") -> Path | None:
    """Append typed text that could not be saved to kept_file (and put it on the clipboard), with the field and what
    it was typed for (`about`, typed_for); its path, or None when it could not be written either (then the log)."""
    QGuiApplication.clipboard().setText(words)
    LOG.warning("typed text not saved (%s, %s): %s", where, about, words)
    path = kept_file()
    entry = f"--- {datetime.now().isoformat(timespec='seconds')} {where}{' — ' + about if about else ''}\n" \
            f"{words}\n".encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0),
                     0o600)   # a FIFO or a link put there never holds the logout (run 29 A22)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        written = os.write(fd, entry)
        if written != len(entry):   # a full disk takes part of it (run 30 A7): no half-kept text counts
            os.ftruncate(fd, info.st_size)
            return None
        os.fsync(fd)
    except OSError:
        with contextlib.suppress(OSError):
            if os.fstat(fd).st_size == 0:   # made by this try and empty: not left behind
                os.unlink(path)
        return None
    finally:
        os.close(fd)
    return path


def _about(window: QWidget) -> str:
    editor = getattr(window, "editor", None)
    return typed_for(getattr(window, "session", None), getattr(editor, "article_id", None))


def may_close(window: QWidget, editor: Any) -> bool:
    """Save what is being typed (a close by SIGTERM or the window manager moves no focus: run 26 A39); True when the
    window may close (keep_unsaved). Closing for a logout, a refusal is said in the status bar, not in a box."""
    terminating = bool(getattr(window, "terminating", False))
    if not jobs_stopped(window, terminating):
        return False
    with contextlib.suppress(Exception):   # (a server away: said by the save itself)
        if terminating:
            editor.session.blockSignals(True)   # no modal "not done" box that would hold the logout (run 28 A15)
        try:
            editor.commit_typing()
        finally:
            editor.session.blockSignals(False)
    terminating = terminating or bool(getattr(window, "terminating", False))   # a logout during the save's own box
    closing = keep_unsaved(window, editor.unsaved(), terminating)              # (run 29 A10)
    editor.closed = closing   # the focus leaving a field as the window goes saves nothing more
    return closing


def jobs_stopped(window: QWidget, terminating: bool) -> bool:
    """True when no background job of the window runs any more. A logout cancels them and waits (the file being read
    is finished first): no job outlives its window, and none shows a box once it is gone (run 28 A55: the process
    stayed after the last box). Else a running job keeps the window open, and it is said."""
    running = [job for job in getattr(window, "_jobs", []) if job.isRunning()]
    if running and not terminating:
        window.say(tr("Not closed: an import or export is running. Wait for it, or cancel it first."))  # type: ignore[attr-defined]
        return False
    for job in running:
        job.cancel.set()
        job.wait()
    if terminating:
        window.jobs_over = True   # type: ignore[attr-defined]  # their reports are for nobody now
    return True


def keep_unsaved(window: QWidget, unsaved: list[tuple[str, str]], terminating: bool) -> bool:
    """True when the window may close: nothing typed is left unsaved, it was said at the last close, or the session
    ends (`terminating`); the unsaved text is then kept (keep_text). Else False, and it is said."""
    if not unsaved:
        return True
    words = "\n".join(text for _field, text in unsaved)
    fields = "、".join(field for field, _text in unsaved)
    if terminating or getattr(window, "unsaved_said", None) == words:
        if keep_text(words, fields, _about(window)) is not None or terminating or \
                getattr(window, "unkept_said", None) == words:
            return True
        window.unkept_said = words   # type: ignore[attr-defined]  # not in the file either (a full disk: run 30 A7)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Not closed"), tr(
            "What you typed in {fields} could not be kept in {file} either (the disk is full, or the file cannot be "
            "written):\n{text}\n\nIt is on the clipboard: paste it somewhere safe, then close again.").format(
                fields=fields, file=kept_file(), text=words[:500]), QMessageBox.StandardButton.Ok, window)
        box.setObjectName("unkept_on_close")
        box.open()
        return False
    window.unsaved_said = words   # type: ignore[attr-defined]
    refused = bool(getattr(getattr(window, "session", None), "refusal", ""))   # a rule said no: Return would not do
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Not closed"), (tr(   # (run 42 B32: "save it with Return")
        "What you typed in {fields} could not be saved: it was refused, as said when you pressed Return:\n{text}\n\n"
        "Close again (Ctrl+Q) to close: the text is then kept in {file} (and put on the clipboard).") if refused else
        tr("What you typed in {fields} could not be saved:\n{text}\n\nSave it with Return in the field, "
           "or close again (Ctrl+Q) to close anyway: the text is then kept in {file} (and put on the "
           "clipboard).")).format(fields=fields, text=words[:500], file=kept_file()),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("unsaved_on_close")
    box.open()   # waits for nothing: the window goes on
    return False


def may_give_way(window: QWidget, editor: Any) -> bool:
    """True when the window may give way to a backup restored under it: no job runs, and what is typed is saved, or
    kept in kept_file with the editor's yes (then let go). Else False, and nothing may be restored (run 37 A40: the
    restore went on beside a window that would not close, and a second window opened)."""
    if not jobs_stopped(window, False):
        return False
    with contextlib.suppress(Exception):   # (a server away, a damaged file: said by the save itself)
        editor.commit_typing()
    unsaved = editor.unsaved()
    if not unsaved:
        return True
    words = "\n".join(text for _field, text in unsaved)
    fields = "、".join(field for field, _text in unsaved)
    if QMessageBox.question(window, tr("Restore a backup"), tr(
            "What you typed in {fields} could not be saved:\n{text}\n\nRestore the backup anyway? The text is then "
            "kept in {file} (and put on the clipboard).").format(fields=fields, text=words[:500], file=kept_file()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        window.say(tr("Nothing was restored: what you typed is still in its field"))   # type: ignore[attr-defined]
        return False
    if keep_text(words, fields, _about(window)) is None:
        QMessageBox.warning(window, tr("Restore a backup"), tr(
            "What you typed in {fields} could not be kept in {file} either (the disk is full, or the file cannot be "
            "written), so nothing was restored. It is on the clipboard: paste it somewhere safe first.").format(
                fields=fields, file=kept_file()))
        return False
    editor.let_go()
    return True
