"""Other windows and processes: notice their changes, and follow a page replaced by a newer version."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from jmreview.gui.host import WindowHost
from jmreview.store.models import Block
from jmreview.store.queries import current_version, matching_article


def tr(text: str) -> str:
    """Translate a string (the main window's context: these messages appear in its status bar)."""
    return QCoreApplication.translate("MainWindow", text)


class ChangeWatch(QObject):
    """Polls the database's data version once a second and refreshes the window when another writer changed it."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.seen_version = window.session.store.data_version()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(1000)

    def resync(self) -> None:
        """This window's own background work changed the database: that is no news from another window."""
        try:
            self.seen_version = self.window.session.store.data_version()
        except Exception:  # the database is being switched or closed
            return

    def check(self) -> None:
        """Another window (or process) changed the database: show its changes."""
        if any(job.isRunning() for job in getattr(self.window, "_jobs", [])):
            return  # our own import or re-run writes through its own connection: not another window
        try:
            version = self.window.session.store.data_version()
        except Exception:  # the database is being switched or closed
            return
        if version != self.seen_version:
            self.seen_version = version
            shown = self.window.current_file
            self.window.refresh()
            if self.window.current_file == shown:  # else refresh said the page moved to its new version
                self.window.say(tr("Updated with changes made in another window"))


def is_replaced(window: WindowHost) -> bool:
    """True when the shown file is no longer the current version of its page (or is gone)."""
    return window.current_file is not None and current_version(window.current_file) != window.current_file


def follow_new_version(window: WindowHost) -> None:
    """Show the current version of a replaced file, at the article holding the same lines."""
    newer = current_version(window.current_file) if window.current_file is not None else None
    first = (Block.select(Block.id).where(Block.article == window.current_article).order_by(Block.line).first()
             if window.current_article else None)
    window.current_file, window.current_article = None, None
    if newer is None:
        return
    window.select_file(newer)
    if first is not None:
        window.select_article(matching_article(first.id, newer) or window.current_article)
    window.say(tr("This page was replaced by a newer version of its file; you are now working on the new version"))
