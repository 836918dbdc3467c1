"""File → Assign pages and double review…: give pages to an editor, take them back, or mark them for double review.

The pages are the one shown, every page of its issue, or every page the file list shows (its filters applied).
Each command is one logged edit on the window's undo stack (a double review: one per page).
"""
from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from jmreview.errors import JmreviewError
from jmreview.gui.actions import Spec
from jmreview.gui.curation_view import open_curation
from jmreview.gui.host import WindowHost
from jmreview.gui.store_messages import user_message
from jmreview.store import team
from jmreview.store.models import Assignment, SourceFile
from jmreview.store.queries import current_versions
from jmreview.store.server_errors import read_failure

LOG = logging.getLogger(__name__)
WATCH_MS = 2000   # how often an open dialog looks for others' changes
STATES = {"": "not under double review", "double": "under double review", "curating": "being curated",
          "curated": "curated"}


def tr(text: str) -> str:
    """Translate a string of the assignment dialog."""
    return QCoreApplication.translate("TeamDialog", text)


def page_of(file_id: int | None) -> SourceFile | None:
    """The page of record a file stands for (a review copy stands for its page)."""
    source = SourceFile.get_or_none(SourceFile.id == file_id) if file_id is not None else None
    if source is not None and source.review_of:
        return SourceFile.get_or_none(SourceFile.id == source.review_of)
    return source


def listed_pages(file_ids: list[int], chunk: int = 500) -> list[int]:
    """The pages of record a file list shows, in its order (a review copy stands for its page): a query per chunk."""
    pages: dict[int, int] = {}
    for at in range(0, len(file_ids), chunk):
        rows: Any = SourceFile.select(SourceFile.id, SourceFile.review_of, SourceFile.replaced_by).where(
            SourceFile.id.in_(file_ids[at:at + chunk])).tuples()
        for i, of, replaced in rows:
            if of or replaced is None:
                pages[i] = of or i
    return list(dict.fromkeys(pages[i] for i in file_ids if i in pages))


def known_editors(me: str) -> list[str]:
    """Names to choose from: the window's editor, then everyone pages were ever given to."""
    given = {str(a.editor) for a in Assignment.select(Assignment.editor).distinct()}
    reviewers = {str(c.review_editor) for c in SourceFile.select(SourceFile.review_editor)
                 .where(SourceFile.review_editor.is_null(False)).distinct()}
    return list(dict.fromkeys([me, *sorted((given | reviewers) - {me})]))


class TeamDialog(QDialog):
    """Which pages, which editors, and the three commands."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.setObjectName("team_dialog")
        self.setWindowTitle(tr("Assign pages and double review"))
        self.w = window
        self.page = page_of(window.current_file)
        self.scope = QComboBox(self)
        self.scope.setObjectName("team_scope")
        listed = listed_pages(window.files.ids())
        if self.page is not None:
            named = f"{self.page.folder}/{self.page.name}" if self.page.folder else self.page.name   # (run 23 B18)
            self.scope.addItem(tr("This page ({name})").format(name=named), [self.page.id])
            if self.page.issue_date is not None:
                issue = [f.id for f in SourceFile.select(SourceFile.id).where(
                    (SourceFile.issue_date == self.page.issue_date) & SourceFile.replaced_by.is_null())]
                self.scope.addItem(tr("Every page of its issue, {date} ({n})").format(
                    date=self.page.issue_date, n=len(issue)), issue)
        self.scope.addItem(tr("Every page the file list shows ({n})").format(n=len(listed)), listed)
        self.editor, self.second = self._names("team_editor"), self._names("team_second")
        self.second.setCurrentIndex(1 if self.second.count() > 1 else -1)
        if self.second.currentIndex() < 0:
            self.second.setEditText("")
        self.state = QLabel(self)
        self.state.setObjectName("team_state")
        self.state.setWordWrap(True)
        self.said = QLabel(self)   # what the last command did, kept here: the status bar's may be replaced at once by
        self.said.setObjectName("team_said")   # another window's change (run 42 B30: a page left out, unseen)
        self.said.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Pages"), self.scope)
        form.addRow(tr("Editor"), self.editor)
        form.addRow(tr("Second reviewer"), self.second)
        row = QHBoxLayout()
        for name, title, handler in (("team_assign", tr("Give to the editor"), self.assign),
                                     ("team_unassign", tr("Take back from the editor"), self.unassign),
                                     ("team_double", tr("Double review by both"), self.double_review)):
            button = QPushButton(title, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, h=handler, t=title: self._guarded(h, t))
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addWidget(self.said)
        layout.addWidget(close)
        self.scope.currentIndexChanged.connect(lambda _i: self.show_state())
        self.show_state()
        self.seen = self._version()
        self.watch = QTimer(self)   # another window's or editor's change shown while the dialog is open (run 37 B24)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self._look)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Look for others' changes while shown, and only then."""
        self.watch.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """A closed dialog looks no more (its window's database may be closed after it)."""
        self.watch.stop()
        super().hideEvent(event)

    def _version(self) -> int | None:
        """The database's count of changes; None when it cannot be read now (the window says why)."""
        try:
            return int(self.w.session.store.data_version())
        except Exception:   # noqa: BLE001  # a look from a timer never raises: a server away, a file replaced
            LOG.debug("team dialog: no change count", exc_info=True)
            return None

    def _look(self) -> None:
        """Show the page's state again when anyone changed the database."""
        now = self._version()
        if now is None or now == self.seen or not self.isVisible():
            return
        self.seen = now
        try:
            self.show_state()
        except Exception:   # noqa: BLE001  # (read again at the next change; a button's own act says a failure)
            LOG.debug("team dialog: state not read", exc_info=True)

    def _names(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setEditable(True)
        box.addItems(known_editors(self.w.session.editor))
        return box

    def pages(self) -> list[int]:
        """The ids of the pages chosen."""
        current = current_versions(copies=False)   # a page a new delivery replaced while the dialog was open: its
        return list(dict.fromkeys(current.get(p, p) for p in self.scope.currentData() or []))   # new version
        # (run 50 B18: refused as "file 1 is not a current page" while the dialog named that very page)

    def show_state(self) -> None:
        """Who has the shown page, and where its double review stands."""
        if self.page is None:
            self.state.setText(tr("No page is shown: the commands act on the pages of the file list."))
            return
        now = current_versions(copies=False).get(self.page.id, self.page.id)   # a new delivery since: its state,
        page = SourceFile.get_by_id(now)                                      # not the old one's (run 58 B21)
        given = [a.editor for a in Assignment.select().where(Assignment.file == page.id).order_by(Assignment.id)]
        pair = [c.review_editor or "" for c in team.review_copies(page.id)]
        state = tr(STATES.get(page.review_state, page.review_state))
        if pair and page.review_state:
            state = tr("{state} by {a} and {b}").format(state=state, a=pair[0], b=pair[-1])
        self.state.setText(tr("{page}: given to {who}; {state}.").format(
            page=page.name, who="、".join(given) if given else tr("nobody"), state=state))

    def _guarded(self, handler: Any, title: str) -> None:
        """Run a button's command; a database that cannot be read (a server stopped, a lock) is said here, in a box
        over the dialog, never only in the status bar under it (run 48 B22)."""
        try:
            handler()
        except Exception as exc:
            meant = exc if isinstance(exc, JmreviewError) else read_failure(exc, str(self.w.session.store.path))
            if meant is None:
                raise
            self.said.setText(user_message(meant))
            QMessageBox.warning(self, title, user_message(meant))

    def _done(self, ok: bool, message: str) -> None:
        if ok:
            self.w.refresh()   # "my work" and the file list may show other pages now
            self.w.say(message)
            self.said.setText(message)
        self.show_state()

    def assign(self) -> None:
        """Give the chosen pages to the editor (one undo step)."""
        editor, ids = self.editor.currentText().strip(), self.pages()
        if editor and ids:
            what = tr("Give {n} pages to {editor}").format(n=len(ids), editor=editor)
            self._done(self.w.session.apply(what, team.assign, ids, editor), what)

    def unassign(self) -> None:
        """Take the chosen pages back from the editor (one undo step)."""
        editor, ids = self.editor.currentText().strip(), self.pages()
        if editor and ids:
            what = tr("Take {n} pages back from {editor}").format(n=len(ids), editor=editor)
            self._done(self.w.session.apply(what, team.unassign, ids, editor), what)

    def double_review(self) -> None:
        """Mark the chosen pages for double review by the two editors (one undo step per page)."""
        names = [self.editor.currentText().strip(), self.second.currentText().strip()]
        chosen = self.pages()
        states = {p: SourceFile.get_by_id(p).review_state for p in chosen}
        many = len(chosen) > 1   # (one page: its refusal or its new round said as ever)
        busy = [p for p in chosen if many and states[p] in ("double", "curating")]   # left as they are, named (run 38
        pages = [p for p in chosen if p not in busy]   # B25: the first such page stopped the rest, unnamed)
        curated = [p for p in pages if many and states[p] == "curated"]
        if curated and QMessageBox.question(self, tr("Double review by both"), tr(
                "{n} of these pages were curated. A new round sets aside their review copies and curation decisions "
                "(an undo brings them back). Mark them again?").format(n=len(curated)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            pages = [p for p in pages if p not in curated]
        progress = QProgressDialog(tr("Marking pages for double review…"), tr("Stop"), 0, len(pages), self)
        progress.setObjectName("team_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        # Shown by hand, between pages only: the timer Qt starts with the box would pop it up four seconds later, over
        # a refusal's message box (run 21 B53). reset() stops that timer.
        progress.setMinimumDuration(2**31 - 1)
        progress.reset()
        started, done, again = time.monotonic(), 0, 0
        for page_id in pages:
            if progress.wasCanceled():
                break
            page = SourceFile.get_by_id(page_id)
            name = f"{page.folder}/{page.name}" if page.folder else page.name   # (run 56 B15: dated folders'
            state = page.review_state                                             # pages of one name, told apart)
            what = tr("Double review of {page} by {a} and {b}").format(page=name, a=names[0], b=names[1])
            if not self.w.session.apply(what, team.mark_double_review, page_id, names):
                break
            done += 1
            again += state == "curated"
            if not progress.isVisible() and done < len(pages) and time.monotonic() - started > 0.5:
                progress.forceShow()   # a page or two: no dialog at all; hundreds: progress, and a way out
            progress.setValue(done)
            if progress.isVisible():   # the window repainted and answering between pages, the count said (run 54
                progress.setLabelText(tr("Marking pages for double review… {n} of {total}").format(   # B22: 103 s,
                    n=done, total=len(pages)))                                                         # no word)
                QApplication.processEvents()
        progress.close()
        if done == len(pages):
            said = tr("{n} pages marked for double review by {a} and {b}").format(n=done, a=names[0], b=names[1])
        else:   # stopped, or a page refused (its message shown): the pages before it stay marked, each whole
            said = tr("{n} of {total} pages marked for double review by {a} and {b}; the rest were not").format(
                n=done, total=len(pages), a=names[0], b=names[1])
        if busy:
            named = "、".join(SourceFile.get_by_id(p).name for p in busy[:5]) + ("…" if len(busy) > 5 else "")
            said += tr("; {n} under double review not curated yet, left as they are: {pages}").format(
                n=len(busy), pages=named)
        if again:   # (run 27 B63: the last round replaced unsaid)
            said += tr("; {n} of them were curated: a new round, the last round's review copies and decisions set "
                       "aside (an undo brings them back)").format(n=again)
        self._done(done > 0 or bool(busy), said)


def say_under_review(window: WindowHost, file_id: int) -> None:
    """Shown a page whose double review is open: say where it is corrected (its copies), before a refusal does."""
    page = SourceFile.get_or_none(SourceFile.id == file_id)
    if page is not None and page.review_state == "double":
        pair = tr(" and ").join(c.review_editor or "" for c in team.review_copies(page.id))
        window.say(tr("{page} is under double review by {editors}: it is corrected on their review copies (My work) "
                      "and written here by curation (Ctrl+Alt+U)").format(page=page.name, editors=pair))


def open_team_dialog(window: WindowHost) -> None:
    """The assignment dialog, on the page shown."""
    dialog = TeamDialog(window)
    try:
        dialog.exec()
    finally:
        dialog.watch.stop()
        dialog.deleteLater()


def team_specs(window: WindowHost) -> list[Spec]:
    """Team work in the window: assigning pages, the curation view; "my work" shows the window's editor's pages."""
    window.files.editor_of = lambda: window.session.editor
    return [Spec("file", "assign", "&Assign pages and double review…", "Ctrl+Alt+G", lambda: open_team_dialog(window)),
            Spec("file", "curate", "&Curate double review…", "Ctrl+Alt+U", lambda: open_curation(window))]
