"""The curation view: walk the differences between a page's two review copies and settle each one.

Up/Down walk the list; Alt+Left takes editor A's answer, Alt+Right editor B's, Alt+O keeps the page as the
curator edited it. Each take is one core edit on the window's undo stack (Ctrl+Z, here or in the window, takes it
back).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from jmreview.errors import JmreviewError
from jmreview.exchange.agreement import page_agreement
from jmreview.gui.host import WindowHost, share_undo
from jmreview.gui.page_view import ROLE_MARKS
from jmreview.gui.store_messages import user_message
from jmreview.gui.table_models import CATEGORY_TITLES
from jmreview.store import curation
from jmreview.store.curation_diff import NOISE, Difference
from jmreview.store.editor_names import person
from jmreview.store.models import Block, CurationDecision, SourceFile
from jmreview.store.review_guard import untouched
from jmreview.store.server_errors import read_failure
from jmreview.store.team import review_copies

KINDS = {"segment": "Article boundaries", "role": "Role", "join": "Join", "duplicate": "Duplicate",
         "fields": "Title and fields", "entity": "Entity"}
SETTLED = {None: "unsettled", "a": "took A", "b": "took B", "own": "own answer"}


def tr(text: str) -> str:
    """Translate a string of the curation view."""
    return QCoreApplication.translate("Curation", text)


def field_names() -> dict[str, str]:
    """The article fields a curator compares, named in the window's language."""
    return {"title": tr("Title"), "kicker": tr("Kicker"), "subtitle": tr("Subtitle"), "category": tr("Category"),
            "reporters": tr("Reporters"), "correspondents": tr("Correspondents"),
            "photographers": tr("Photographers"), "sources": tr("Sources"), "date": tr("Date"),
            "status": tr("Status"), "flag": tr("Flag")}


def status_names() -> dict[str, str]:
    """An article's review status in the window's language."""
    return {"auto": tr("automatic"), "in_review": tr("in review"), "reviewed": tr("reviewed"),
            "rejected": tr("rejected")}


def _fields(text: str) -> str:
    """A fields answer ("title: …| status: reviewed") with the names and statuses in the window's language."""
    names, parts = field_names(), []
    for part in text.split(" | ") if text else []:
        name, sep, value = part.partition(": ")
        if sep and name in names:
            value = status_names().get(value, value) if name == "status" else value
            if name == "category" and value in CATEGORY_TITLES:
                value = QCoreApplication.translate("TableModels", CATEGORY_TITLES[value])
            part = f"{names[name]}：{value}"
        parts.append(part)
    return " | ".join(parts)


def answer(kind: str, text: str) -> str:
    """One side's answer in the window's language (role names, field names, the word for noise)."""
    if kind == "role":
        return QCoreApplication.translate("PageView", ROLE_MARKS.get(text, text))
    if kind == "fields":
        return _fields(text)
    return text.replace(f"{NOISE} ", tr("noise") + " ") if kind == "segment" else text


def open_curation(window: WindowHost) -> None:
    """Open the curation view on the page shown (or the page of the review copy shown)."""
    file_id = window.current_file
    source = SourceFile.get_or_none(SourceFile.id == file_id) if file_id is not None else None
    page = source.review_of if source is not None and source.review_of else file_id
    if page is None or len(review_copies(page)) < 2:
        window.say(tr("This page is not under double review by two editors."))
        return
    view = window.findChild(CurationView)
    if view is not None:
        view.close()
        view.deleteLater()
    view = CurationView(window, page)
    view.show()
    view.activateWindow()


class CurationView(QDialog):
    """The differences of one page, each with both answers and how it was settled."""

    def __init__(self, window: WindowHost, page_id: int) -> None:
        super().__init__(window)
        self.setObjectName("curation_view")
        self.w, self.page_id = window, page_id
        self.found: list[Difference] = []
        self.agreed = False   # no difference, not curated yet: a take writes the common answer
        self.changed: dict[str, str] = {}   # differences changed since shown: "answer" or "moved" (selected so)
        self.heading, self.figures, self.note = QLabel(self), QLabel(self), QLabel(self)
        self.heading.setObjectName("curation_heading")
        self.note.setObjectName("curation_note")
        self.note.setStyleSheet("color: #b00020")
        for label in (self.heading, self.figures, self.note):   # a long message wraps, never widens the view off
            label.setWordWrap(True)                              # the screen (run 46 B31)
        self.list = QListWidget(self)
        self.list.setObjectName("curation_list")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        buttons = QHBoxLayout()
        for name, title, key, handler in (
                ("take_a", tr("Take A"), "Alt+Left", lambda: self.take("a")),
                ("take_b", tr("Take B"), "Alt+Right", lambda: self.take("b")),
                ("take_own", tr("Keep the page as I edited it"), "Alt+O", lambda: self.take("own")),
                ("next_open", tr("Next unsettled"), "Alt+Down", self.next_open)):
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{title} ({shown})", self)
            button.setObjectName(name)
            button.setAutoDefault(False)   # Return takes nothing: only the keys named on the buttons do (run 51 B22)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(handler)
        # the window's undo and redo keys work here too: each take is one step of its stack (run 43 B35)
        share_undo(self, window.actions_by_name)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.figures, self.note, self.list):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setWindowTitle(tr("Curation"))
        self.resize(900, 520)
        window.session.changed.connect(self.refresh)
        window.files.model.modelReset.connect(self.refresh)   # the window reloaded: another curator's changes too
        self.refresh()
        self.list.setCurrentRow(-1)
        self.next_open()

    def refresh(self) -> None:
        """Read the differences again (after a take, an undo, or an editor's change)."""
        row = max(self.list.currentRow(), 0)
        selected = self.found[row].key if 0 <= self.list.currentRow() < len(self.found) else None
        before = {d.key: (d.a, d.b) for d in self.found}
        try:
            self.found = curation.differences(self.page_id)
            # a reviewer's answer changed under the selection a moment before a key: that take must not go
            # through unseen (run 49 B14); the page's own answer changes with every take, and is left out
            self.changed.update({d.key: "answer" for d in self.found if before.get(d.key, (d.a, d.b)) != (d.a, d.b)})
        except Exception as exc:   # the copies were taken away (undo of the marking): nothing left to curate
            self.found = []
            if review_copies(self.page_id):   # … or they could not be read (busy, a time limit): said, never
                self.agreed = False           # shown as "the reviewers agree"
                self.list.clear()
                meant = exc if isinstance(exc, JmreviewError) else read_failure(exc, str(self.w.session.store.path))
                self.heading.setText(tr("The differences could not be read: {why}").format(
                    why=user_message(meant) if meant is not None else str(exc)))
                return
        page = SourceFile.get_by_id(self.page_id)
        copies = review_copies(self.page_id)
        names = [c.review_editor or "" for c in copies[:2]] + ["", ""]
        left = sum(d.settled is None for d in self.found)
        self.heading.setText(tr("{page}: A = {a}, B = {b}; {left} of {n} differences unsettled").format(
            page=page.name, a=names[0], b=names[1], left=left, n=len(self.found)) if left else
            tr("{page}: A = {a}, B = {b}; every difference settled").format(page=page.name, a=names[0], b=names[1]))
        self.agreed = not self.found and page.review_state in ("", "double") and len(copies) >= 2
        if self.agreed and len(untouched(self.page_id)) >= 2:   # (run 55 B11: "agree", though neither looked)
            self.heading.setText(tr("{page}: neither A = {a} nor B = {b} has decided anything on their copy yet (each "
                                    "is as the page was given to them): wait for their review; Alt+Left (or "
                                    "Alt+Right) would end a review nobody did").format(
                page=page.name, a=names[0], b=names[1]))
        elif self.agreed:
            self.heading.setText(tr("{page}: A = {a}, B = {b} agree on everything: Alt+Left (or Alt+Right) writes "
                                    "their answer onto the page and ends its review").format(
                page=page.name, a=names[0], b=names[1]))
        agreement = page_agreement(self.page_id)
        self.figures.setText(tr("Agreement: boundaries F1 {b}, roles F1 {r} (kappa {k}), entities F1 {e}").format(
            b=agreement.boundary_f1, r="—" if agreement.role_f1 is None else agreement.role_f1,
            k="—" if agreement.role_kappa is None else agreement.role_kappa, e=agreement.entity_f1))
        self.list.blockSignals(True)
        self.list.clear()
        for d in self.found:
            where = f"{d.lines[0]}–{d.lines[-1]}" if len(d.lines) > 1 else str(d.lines[0])
            page_line = f"\n    {tr('This page')}: {answer(d.kind, d.page)}" if d.page else ""
            item = QListWidgetItem(f"[{tr(SETTLED[d.settled])}] {tr(KINDS[d.kind])} · {tr('line')} {where}\n"
                                   f"    A: {answer(d.kind, d.a)}\n    B: {answer(d.kind, d.b)}{page_line}")
            if d.settled is not None:
                item.setForeground(Qt.GlobalColor.darkGreen)
            self.list.addItem(item)
        keys = [d.key for d in self.found]   # the difference selected stays selected, wherever it is now (run 50
        if selected in keys:                 # B8, B25: the row's place kept, another difference took the key)
            row = keys.index(selected)
        elif selected is not None and keys:   # it went away: the one now in its place is not taken unseen
            row = min(row, len(keys) - 1)
            self.changed[keys[row]] = "moved"
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.blockSignals(False)

    def _show(self, row: int) -> None:
        """Show the difference's first line on the page of record."""
        if not 0 <= row < len(self.found):
            return
        self.changed.pop(self.found[row].key, None)   # come to by the curator: seen as it is now
        if self.w.current_file != self.page_id:
            self.w.select_file(self.page_id)
        block = Block.get_or_none((Block.file == self.page_id) & (Block.line == self.found[row].lines[0]))
        if block is not None and block.article_id:
            self.w.select_article(block.article_id)

    def next_open(self) -> None:
        """Go to the next unsettled difference (from the current one, round)."""
        n = len(self.found)
        start = self.list.currentRow()
        for step in range(1, n + 1):
            k = (start + step) % n if start >= 0 else step - 1
            if self.found[k].settled is None:
                self.list.setCurrentRow(k)
                return

    def take(self, side: str) -> None:
        """Settle the current difference with A's answer, B's, or the page as the curator left it."""
        row = self.list.currentRow()
        if self.agreed and side in ("a", "b"):   # nothing to settle: the reviewers' common answer, curated
            self.w.session.apply(tr("Curation: both reviewers agree"), curation.finish, self.page_id)
            return
        if not 0 <= row < len(self.found):
            return
        d = self.found[row]
        why = self.changed.pop(d.key, None) if side != "own" else None   # shown now: the next press takes it
        if why == "answer":
            self.note.setText(tr("A reviewer's answer at line {line} changed a moment ago; it is shown now. Nothing "
                                 "was taken: look at it, then press the key again.").format(line=d.lines[0]))
            return
        if why == "moved":
            self.note.setText(tr("The difference you had selected was settled or went away a moment ago; the one at "
                                 "line {line} is selected now. Nothing was taken: look at it, then press the key "
                                 "again.").format(line=d.lines[0]))
            return
        self.note.clear()
        if d.settled is not None and not self._replace_theirs(d):
            return
        what = tr("Curation: {kind} at line {line} → {side}").format(kind=tr(KINDS[d.kind]), line=d.lines[0],
                                                                     side=tr(SETTLED[side]))
        if self.w.session.apply(what, curation.take, self.page_id, d.key, side, seen=d.settled,   # as shown
                                shown=(d.a, d.b, d.page)):
            self.next_open()

    def _replace_theirs(self, d: Difference) -> bool:
        """A difference another curator settled is replaced only when asked twice (the command line's --again;
        run 22 B41: their decision, come in by the refresh a moment before the key, was replaced unseen)."""
        decision = CurationDecision.get_or_none((CurationDecision.file == self.page_id)
                                                & (CurationDecision.key == d.key))
        if decision is None or person(decision.who) == person(self.w.session.editor):
            return True
        asked = QMessageBox.question(self, tr("Replace a colleague's decision?"), tr(
            "{who} settled this difference ({taken}). Replace their decision with yours?").format(
                who=decision.who, taken=tr(SETTLED[decision.taken])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return asked == QMessageBox.StandardButton.Yes
