"""The editing session: the open store, the editor's name, and the undo stack of core edits.

Every correction runs as a core edit (one transaction, logged) before it is pushed on the
QUndoStack; undo and redo call the core with the edit's log id, never a QModelIndex.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peewee import DoesNotExist
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from jmreview.errors import JmreviewError, StoreError
from jmreview.exchange.apart import stamp
from jmreview.gui.store_messages import user_message
from jmreview.store import changes
from jmreview.store.conflict import EditConflict
from jmreview.store.database import Store
from jmreview.store.models import now
from jmreview.store.queries import edit_pages

FOR_NOW = ("decided_since", "first_undone")   # refusals that end when another step is taken back or redone first


class EditCommand(QUndoCommand):
    """One core edit on the undo stack, known by its log id."""

    def __init__(self, session: Session, text: str, log_id: int) -> None:
        super().__init__(text)
        self.session = session
        self.log_id = log_id
        self.made_at = changes.logged_at(log_id)   # the same number in a restored database is another edit
        self.first = True   # the next redo() is a no-op: the edit is done (pushed, or its refused undo put back)
        self.skip_undo = False   # the next undo() is a no-op: its refused redo is put back

    def redo(self) -> None:
        """Apply the edit again (the first call is the edit itself, already done)."""
        if self.first:
            self.first = False
            return
        if self.session.halted:   # a jump through the history stopped at a refused step: the rest of it is not made
            self.skip_undo = True
            return
        if not self.session.guard(lambda: changes.redo(self.session.store, self.log_id, self.session.editor,
                                                                self.made_at), self._announce(undone=False)):
            self._refused(undoing=False)

    def undo(self) -> None:
        """Restore what the edit changed."""
        if self.skip_undo:
            self.skip_undo = False
            return
        if self.session.halted:   # (as in redo: run 52 B26, the history showed every take undone, one standing)
            self.first = True
            return
        if not self.session.guard(lambda: changes.undo(self.session.store, self.log_id, self.session.editor,
                                                                self.made_at), self._announce(undone=True)):
            self._refused(undoing=True)

    def _refused(self, undoing: bool) -> None:
        """A refused step: dropped from the stack, unless the refusal ends once another step is taken (then the step
        is put back where it was, so the same key takes it once the message's advice is followed)."""
        if self.session.refusal and self.session.refusal not in FOR_NOW:   # a rule's refusal (a code): for good
            self.setObsolete(True)  # the stack drops it rather than show it as done (or undone)
            return   # (no code: a full disk, a busy or lost database — kept, to be tried again: run 26 A31)
        stack = self.session.undo_stack
        at = next((k for k in range(stack.count()) if stack.command(k) is self), -1)   # (the stack is mid-step: its
        if undoing:                                                                   # index is not yet moved)
            self.first = True
        else:
            self.skip_undo = True
        self.session.halted = True   # the steps a jump through the history would take after this one: not taken
        QTimer.singleShot(0, lambda: self._put_back(stack, at, undoing))

    def _put_back(self, stack: QUndoStack, at: int, undoing: bool) -> None:
        """Move the stack's index back over this command (and the steps of a jump the refusal stopped) without
        running them (the store still has them as they were); while the refusal's message is open the stack is
        still mid-step: tried again a little later."""
        if at < 0 or stack.command(at) is not self:
            self.first = self.skip_undo = self.session.halted = False
        elif stack.index() > at if undoing else stack.index() <= at:   # the step (or jump) has not returned yet
            QTimer.singleShot(100, lambda: self._put_back(stack, at, undoing))
        else:
            self.session.halted = False   # each step below is not run (`first`, `skip_undo`): it only moves the index
            while (stack.index() <= at) if undoing else (stack.index() > at):
                stack.redo() if undoing else stack.undo()

    def _announce(self, undone: bool) -> Callable[[], None]:
        """Saying where the step changed something: run once it is done, before the panels refresh."""
        return lambda: self.session.announce(self.log_id, self.text(), undone)


FOLD_AGAIN_MS = 2000
MAYBE_S = 600   # how long an edit that may be saved is looked for


class Session(QObject):
    """The store and undo stack shared by every panel."""

    changed = Signal()
    failed = Signal(str)
    replayed = Signal(int, int, str, bool)  # file id, article id (0: none), what, undone

    def __init__(self, store: Store, editor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.editor = editor
        self.undo_stack = QUndoStack(self)
        self.refusal = ""   # the code of the last refused undo or redo
        self.replayed_pages = 0   # how many pages the last undo or redo changed
        self.halted = False   # a step of a jump through the history was refused: the jump's other steps are not run
        self.maybe: list[tuple[str, int, Any]] = []   # edits lost while committing: maybe saved (run 31 B45)
        self.folding = QTimer(self)   # a fold another program's reading held back, tried again (run 31 A35)
        self.folding.setSingleShot(True)
        self.folding.setInterval(FOLD_AGAIN_MS)
        self.folding.timeout.connect(self.settle)

    def announce(self, log_id: int, text: str, undone: bool) -> None:
        """Tell the window where an undo or redo changed something, so it can go there and say so."""
        file_id, article_id = changes.edit_place(log_id)
        self.replayed_pages = edit_pages(log_id)   # several: the window refreshes every page's counts
        self.replayed.emit(file_id or 0, article_id or 0, text, undone)

    def load_history(self, titles: Callable[[str, str], str], limit: int = 200) -> int:
        """Put this editor's latest edits from the database's log back on the undo stack (after a restart)."""
        edits = changes.recent_edits(self.editor, limit)
        for log in edits:
            self.undo_stack.push(EditCommand(self, titles(log.action, log.summary), log.id))
        self.undo_stack.setClean()
        return len(edits)

    def taken_back(self, titles: Callable[[str, str], str]) -> int:
        """How many edits of this window's history are no longer in the database (another window or program restored
        a backup: run 30 A32, the history still listed them as done); the history is then read anew from the log."""
        commands = [self.undo_stack.command(k) for k in range(self.undo_stack.count())]
        ours = [c for c in commands if isinstance(c, EditCommand)]
        if not ours:
            return 0
        times = changes.logged_times([c.log_id for c in ours])
        gone = sum(times.get(c.log_id) != c.made_at for c in ours)
        if gone:
            self.undo_stack.clear()
            try:
                self.load_history(titles)
            except Exception:  # noqa: BLE001 - the server away again: the loss is said all the same (run 43 B39)
                pass
        return gone

    def apply(self, text: str, edit: Callable[..., int], *args: Any, **kwargs: Any) -> bool:
        """Run a core edit; on success push it for undo and tell the panels. Returns success (`refusal`: the code
        of a rule's refusal, '' for none or another kind)."""
        self.refusal = ""
        busy = isinstance(QGuiApplication.instance(), QGuiApplication)   # a page of 28,000 articles takes seconds
        if busy:                                                          # (run 27 A26: nothing showed it)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self._apply(text, edit, *args, **kwargs)
        finally:
            if busy:
                QGuiApplication.restoreOverrideCursor()

    def _apply(self, text: str, edit: Callable[..., int], *args: Any, **kwargs: Any) -> bool:
        try:
            try:
                log_id = edit(self.store, self.editor, *args, **kwargs)
            except DoesNotExist as gone:   # a row the edit names taken away meanwhile (run 27 A61, A62: a re-run
                hidden = getattr(self.store, "rows_hidden", lambda: None)()   # by another process, raw SQL in a
                if hidden is not None:   # dialog) — or hidden by a policy since the opening (run 41 B27)
                    raise StoreError(hidden) from None
                raise EditConflict(str(gone), "removed") from None
        except (JmreviewError, ValueError) as exc:
            self.refusal = str(getattr(exc, "code", ""))
            if getattr(exc, "why", "") in ("gone_commit", "ended_commit") and changes.TRIED:   # maybe saved: looked
                self.maybe.append((text, changes.TRIED["log"], changes.TRIED["at"]))   # for once it answers (B45)
            self.failed.emit(user_message(exc))
            self.changed.emit()  # show the store as it is (a refused edit changed nothing)
            return False
        if log_id:
            self.undo_stack.push(EditCommand(self, text, log_id))
            self.settle()
        self.changed.emit()
        return bool(log_id)

    def confirm_maybe(self) -> int:
        """Edits lost while being committed that the database holds after all join the undo history (how many);
        those it does not hold are forgotten; while it cannot be read, all are kept for the next look."""
        found = 0
        for text, log_id, at in list(self.maybe):
            try:
                logged = changes.logged_at(log_id)
            except Exception:  # noqa: BLE001 — the server still away: looked for again later
                return found
            tried = stamp(at)
            if logged is None and tried is not None and (now() - tried).total_seconds() < MAYBE_S:
                continue   # not (yet) committed: a commit waiting on a standby shows it later
            self.maybe.remove((text, log_id, at))
            if logged is not None and stamp(logged) == stamp(at):
                self.undo_stack.push(EditCommand(self, text, log_id))
                found += 1
        return found

    def settle(self) -> None:
        """Fold a saved change into the database file itself (SQLite keeps it in the -wal until a checkpoint): a
        copy of the file alone, as a sync tool or `cp` makes, then holds it (run 30 A52: the copy lacked it)."""
        if getattr(self.store, "server", False) or self.store.readonly:
            return
        try:   # (busy, frames in the -wal, frames folded): a reader's older view keeps the newer ones out
            busy, frames, folded = self.store.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except Exception:  # noqa: BLE001 — the database switched or closed: its next change folds it in
            return
        if busy or 0 <= folded < frames:   # another program reads (a browser, a backup tool): again in a moment,
            self.folding.start()           # until all is folded (run 31 A35: a copy made then lacked the change)

    def guard(self, action: Callable[[], None], done: Callable[[], None] | None = None) -> bool:
        """Run an undo/redo step, reporting a refusal instead of raising into Qt; returns success.

        `done` runs after a step that succeeded, before the panels are told to refresh.
        """
        self.refusal = ""
        try:
            try:
                action()
            except DoesNotExist as gone:
                raise EditConflict(str(gone), "removed") from None
        except JmreviewError as exc:
            self.refusal = str(getattr(exc, "code", ""))
            self.failed.emit(user_message(exc))
            self.changed.emit()
            return False
        if done is not None:
            done()
        self.settle()
        self.changed.emit()
        return True
