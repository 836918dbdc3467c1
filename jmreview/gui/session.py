"""The editing session: the open store, the editor's name, and the undo stack of core edits.

Every correction runs as a core edit (one transaction, logged) before it is pushed on the
QUndoStack; undo and redo call the core with the edit's log id, never a QModelIndex.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jmreview.errors import JmreviewError
from jmreview.gui.store_messages import user_message
from jmreview.store import changes
from jmreview.store.database import Store


class EditCommand(QUndoCommand):
    """One core edit on the undo stack, known by its log id."""

    def __init__(self, session: Session, text: str, log_id: int) -> None:
        super().__init__(text)
        self.session = session
        self.log_id = log_id
        self.made_at = changes.logged_at(log_id)   # the same number in a restored database is another edit
        self.first = True

    def redo(self) -> None:
        """Apply the edit again (the first call is the edit itself, already done)."""
        if self.first:
            self.first = False
            return
        if not self.session.guard(lambda: changes.redo(self.session.store, self.log_id, self.session.editor,
                                                                self.made_at), self._announce(undone=False)):
            self.setObsolete(True)  # refused: the stack drops it rather than show it as done

    def undo(self) -> None:
        """Restore what the edit changed."""
        if not self.session.guard(lambda: changes.undo(self.session.store, self.log_id, self.session.editor,
                                                                self.made_at), self._announce(undone=True)):
            self.setObsolete(True)  # refused: the stack drops it rather than show it as undone

    def _announce(self, undone: bool) -> Callable[[], None]:
        """Saying where the step changed something: run once it is done, before the panels refresh."""
        return lambda: self.session.announce(self.log_id, self.text(), undone)


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

    def announce(self, log_id: int, text: str, undone: bool) -> None:
        """Tell the window where an undo or redo changed something, so it can go there and say so."""
        file_id, article_id = changes.edit_place(log_id)
        self.replayed.emit(file_id or 0, article_id or 0, text, undone)

    def load_history(self, titles: Callable[[str, str], str], limit: int = 200) -> int:
        """Put this editor's latest edits from the database's log back on the undo stack (after a restart)."""
        edits = changes.recent_edits(self.editor, limit)
        for log in edits:
            self.undo_stack.push(EditCommand(self, titles(log.action, log.summary), log.id))
        self.undo_stack.setClean()
        return len(edits)

    def apply(self, text: str, edit: Callable[..., int], *args: Any, **kwargs: Any) -> bool:
        """Run a core edit; on success push it for undo and tell the panels. Returns success."""
        try:
            log_id = edit(self.store, self.editor, *args, **kwargs)
        except (JmreviewError, ValueError) as exc:
            self.failed.emit(user_message(exc))
            self.changed.emit()  # show the store as it is (a refused edit changed nothing)
            return False
        if log_id:
            self.undo_stack.push(EditCommand(self, text, log_id))
        self.changed.emit()
        return bool(log_id)

    def guard(self, action: Callable[[], None], done: Callable[[], None] | None = None) -> bool:
        """Run an undo/redo step, reporting a refusal instead of raising into Qt; returns success.

        `done` runs after a step that succeeded, before the panels are told to refresh.
        """
        try:
            action()
        except JmreviewError as exc:
            self.failed.emit(user_message(exc))
            self.changed.emit()
            return False
        if done is not None:
            done()
        self.changed.emit()
        return True
