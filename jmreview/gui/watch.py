"""Other windows and processes: notice their changes, and follow a page replaced by a newer version."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from jmreview.errors import StoreError
from jmreview.gui.host import WindowHost
from jmreview.gui.store_messages import coded_text
from jmreview.store.queries import counterpart, current_version
from jmreview.store.server_codes import meaning
from jmreview.store.server_listen import ping

PROMOTED_S = 5.0   # how often a window open on a standby asks whether it was made the primary


def tr(text: str) -> str:
    """Translate a string (the main window's context: these messages appear in its status bar)."""
    return QCoreApplication.translate("MainWindow", text)


PING_TICKS = 15   # looks (seconds) between two pings of the listening session


class ChangeWatch(QObject):
    """Refreshes the window when another writer changed the database: SQLite's data version, polled once a second;
    on a server, the notification each committed write sends (heard at once, and looked for once a second)."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        store = window.session.store
        self.seen_version = store.data_version()
        self.listener: Any = None
        self.notifier: QSocketNotifier | None = None
        self.pending = False   # a refresh that could not be made (the server away): made once it is back
        self.lost = False   # the server's LISTEN session was lost: listening anew beside the window until it is back
        self.attempt: Attempt | None = None
        self.heard: int | None = None   # a server's version when its news was last heard or shown
        window.session.changed.connect(self._own)
        self.note = QLabel()   # a lasting mark in the status bar while other editors' changes are not heard
        self.note.hide()
        window.statusBar().addPermanentWidget(self.note)
        listen = getattr(store, "listen", None)   # a server's: LISTEN/NOTIFY
        if listen is not None:
            self.heard = self._version()   # (the first listening may fail: what was heard at opening counts)
            try:
                self._listening(listen())
            except Exception as exc:   # noqa: BLE001 — no second session for now (a connection limit, a restart):
                self._drop(why=exc)    # the window works on, says so, and listens again once the server lets it
        self.destroyed.connect(self._close)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(1000)

    def _listening(self, listener: Any) -> None:
        """Listen through `listener`: its socket watched (heard at once)."""
        self.listener = listener
        self.pinging = False   # a ping sent to the session before is not this one's to hear (run 26 B31)
        self.notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.check)

    def _close(self) -> None:
        """The window closes: stop listening (a try still under way is closed when it ends)."""
        for listener in (self.listener, self.attempt.listener if self.attempt is not None else None):
            if listener is not None:
                listener.close()

    def _drop(self, say: bool = True, why: BaseException | None = None) -> None:
        """The LISTEN session is gone (or the server away, or no second session allowed): stop watching it, and
        listen anew beside the window."""
        old, self.listener = self.listener, None
        if old is not None:
            if self.notifier is not None:
                self.notifier.setEnabled(False)   # a closed socket stays readable
            try:
                old.close()
            except Exception:  # already gone
                pass
        if not self.lost and say:
            note = tr("Lost touch with the server: other editors' changes are not shown until it answers again")
            if why is not None and meaning(why) == "full_house":   # run 22 B64: the limit named, with the way on
                note = tr("Other editors' changes are not shown: the window hears them on a second connection, and the "
                          "server's connection limit (of this role or database) allows no more; ask the administrator "
                          "to raise it by one")
            self.window.say(note)
            self.note.setText(tr("Other editors' changes not shown"))   # stays, while the status bar moves on
            self.note.setToolTip(note)
            self.note.show()
        self.lost = True

    def _idle(self) -> None:
        """The server ended the listening session for being idle (its idle_session_timeout): said once; the window
        listens anew, and what others changed in the moments between is shown at the next look."""
        if not getattr(self, "idle_said", False):
            self.idle_said = True
            self.window.say(tr("The server ends sessions idle for a short while (its idle_session_timeout setting): "
                               "other editors' changes may show a moment late; the administrator can turn that setting "
                               "off for editors"))

    def _relisten(self) -> bool:
        """Listen anew, in a thread of its own: a server that does not answer never holds the window (a tick only
        looks whether the last try is done); True once listening again."""
        if self.attempt is None:
            self.attempt = Attempt(self.window.session.store.listen)  # type: ignore[attr-defined]  # a server's
            return False
        if self.attempt.is_alive():
            return False
        attempt, self.attempt = self.attempt, None
        if attempt.listener is None:   # the server is still away: tried again at the next tick
            return False
        self._listening(attempt.listener)
        self.lost = False
        self.note.hide()
        return True

    def resync(self) -> None:
        """This window's own background work changed the database: that is no news from another window."""
        if self.lost:
            return
        try:
            self.seen_version = self.window.session.store.data_version()
            if self.listener is not None:
                self.listener.news()
        except Exception:  # the database is being switched or closed
            return

    def _changed(self) -> bool:
        """True when another window, process or editor committed a change since the last look (always, when the
        server answers again after it was lost: what was missed meanwhile is shown)."""
        if self.lost:
            back = self._relisten()
            if not back:
                return False
            now = self._version()   # listening again after an idle end or a restart (run 26 B31, run 28 B33 and
            if now is None:         # run 29 B11: "updated" with nobody writing): news only when something was
                return False        # committed since it was last heard (the server away again: looked at later)
            since, self.heard = self.heard, now
            return since is None or now != since
        if self.listener is not None:
            try:
                news = bool(self.listener.news())
                if self._deaf():   # the listening session stopped answering (frozen): listened anew, and what
                    self._drop()   # was missed shown once it listens
                    return self._relisten()
                return news
            except Exception as exc:  # the LISTEN session was ended
                said = f"{exc} {self.listener.notes() if hasattr(self.listener, 'notes') else ''}"
                idle = "idle-session timeout" in said   # a setting of the server, not the server away: said once
                if idle:
                    self._idle()
                self._drop(say=not idle)
                return self._relisten()
        version = self.window.session.store.data_version()   # a file's
        changed, self.seen_version = version != self.seen_version, version
        return changed

    def _taken_back(self) -> int:
        """How many of the window's own edits a restore elsewhere took back (0 when none, or it cannot be read)."""
        from jmreview.gui.history import history_title

        try:
            return int(self.window.session.taken_back(history_title))
        except Exception:  # noqa: BLE001 — the server away, the database switched: nothing to say now
            return 0

    def _own(self) -> None:
        """This window's own edit (its panels then show the store as it is): no news for the watch. A version that
        cannot be read (the server away: a refused edit says so) keeps the one last heard (run 29 B11)."""
        self._heard_now()

    def _heard_now(self) -> None:
        """What was last heard is the store as it is now, when it can be read (a server's: a file is not listened to,
        and its own edits cost no query here)."""
        if getattr(self.window.session.store, "listen", None) is None:
            return
        now = self._version()
        if now is not None:
            self.heard = now

    def _version(self) -> int | None:
        """The store's count of committed edits and imports (None when it cannot be read now)."""
        try:
            return self.window.session.store.data_version()
        except Exception:  # noqa: BLE001 — the server away: whatever changed is shown once it answers
            return None

    def _deaf(self) -> bool:
        """Every PING_TICKS looks, the store's own session pings the channel; True when the last ping was not heard
        (run 21 B46). A listener without pings (another kind) is never deaf."""
        self.ticks = getattr(self, "ticks", 0) + 1
        if self.ticks % PING_TICKS or not hasattr(self.listener, "pinged"):
            return False
        if self.pinging and not self.listener.pinged:
            self.pinging = False
            return True
        self.listener.pinged, self.pinging = False, True
        ping(self.window.session.store.db)   # a server's
        return False

    def _promoted(self) -> None:
        """A standby this window opened read-only was made the primary (run 38 B16: its banner still said standby)."""
        store = self.window.session.store
        why = getattr(store, "why_readonly", None)
        if why is None or "standby" not in getattr(why, "template", "") or store.still_standby():  # type: ignore[attr-defined]
            return
        banner = self.window.findChild(QLabel, "read_only_banner")
        said = tr("This server is no longer a standby: it is the primary server now. Open the database again (File → "
                  "Recent databases) to make corrections.")
        if banner is not None and banner.text() != said:
            banner.setText(said)
            self.window.say(said)

    def _hidden(self) -> None:
        """A row-level security policy the administrator turned on since the opening hides rows (or checks writes):
        said once, in the banner too (run 41 B27: a page listed empty, a merge said deleted in another window)."""
        look = getattr(self.window.session.store, "rows_hidden", None)
        try:
            why = look() if look is not None else None
        except Exception:  # noqa: BLE001 - the server away or the store closing: asked again later
            return
        said = coded_text(why) if why is not None else ""
        if said and said != getattr(self, "hidden_said", ""):
            banner = self.window.findChild(QLabel, "read_only_banner")
            if banner is not None:
                banner.setText(said)
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Database"), said, QMessageBox.StandardButton.Ok,
                              self.window)   # not waited for: the window goes on
            box.setObjectName("rows_hidden_box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.window.say(said)
        self.hidden_said = said

    def _lost_edits(self, gone: int) -> None:
        """Say, where it stays in view, that some of this window's edits are no longer in the database (run 43 B39:
        a server's failover lost one; the status bar's word was replaced at once, and the history emptied unsaid)."""
        said = tr("{n} of your changes are no longer in the database: another window or program restored a backup, "
                  "or the server lost them as it switched to a standby. They were taken back from the history, which "
                  "shows what is left: make them again if they are needed.").format(n=gone)
        self.window.say(said)
        logging.getLogger(__name__).warning("%d of this window's edits are no longer in the database", gone)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Database"), said, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("edits_gone_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()   # not waited for: the window goes on

    def check(self) -> None:
        """Another window (or process) changed the database: show its changes (and say once if the on-open backup
        of a large file, made beside the window, could not be made)."""
        late = getattr(self.window.session.store, "opening", None)
        if late is not None and late.warning is not None and not getattr(self, "warned", False):
            self.warned = True
            self.window.say(coded_text(late.warning))
        if time.monotonic() - getattr(self, "standby_asked", 0.0) > PROMOTED_S:   # a quiet desk learns it too (run
            self.standby_asked = time.monotonic()                                  # 39 B8: only after a change)
            self._promoted()
            self._hidden()
        busy = any(job.isRunning() for job in getattr(self.window, "_jobs", []))
        if self.window.session.maybe and self.window.session.confirm_maybe():   # saved after all (run 31 B45)
            self.window.say(tr("A change the server had not confirmed was saved after all: Ctrl+Z undoes it"))
        try:
            changed = self._changed()   # read even while busy: a notification left unread would wake us forever
        except Exception:  # the database is being switched or closed, or the server went away
            return
        # our own import or re-run writes through its own connection; a server away is refreshed once it is back
        if (changed or self.pending) and not busy and not self.lost:
            shown = self.window.current_file
            try:
                try:
                    self.window.refresh()
                except StoreError as exc:   # the session ended, the server up (a setting ends idle ones): the next
                    if getattr(exc, "why", "") != "session_ended":   # statement connects anew
                        raise
                    self.window.refresh()
            except StoreError:   # the server went away meanwhile: shown once it answers again
                self.pending = True
                if getattr(self.window.session.store, "listen", None) is not None:
                    self._drop()
                return
            self.pending = False
            self._heard_now()
            gone = self._taken_back()
            if gone:   # a restore by another window or program, or a server's failover, took this window's own
                self._lost_edits(gone)   # edits back
            elif self.window.current_file == shown:  # else refresh said the page moved to its new version
                self.window.say(tr("Updated with changes made in another window"))
            files, now = self.window.files, self.window.current_file
            if now is not None and files.filtered() and files.model.row_of_id(now) < 0:
                files.keep_to_list(now)   # the change took the page off the list ("my work"): the view follows


class Attempt(threading.Thread):
    """One try at listening anew, beside the window (connecting waits at most the connect timeout)."""

    def __init__(self, listen: Callable[[], Any]) -> None:
        super().__init__(name="jmreview-relisten", daemon=True)
        self.listen = listen
        self.listener: Any = None
        self.start()

    def run(self) -> None:
        """Connect and LISTEN; on failure leave `listener` None."""
        try:
            self.listener = self.listen()
        except Exception:  # noqa: BLE001 - the server is still away: the next tick tries again
            self.listener = None


def is_replaced(window: WindowHost) -> bool:
    """True when the shown file is no longer the current version of its page (or is gone)."""
    return window.current_file is not None and current_version(window.current_file) != window.current_file


def follow_new_version(window: WindowHost) -> None:
    """Show the current version of a replaced file, at the article holding the same lines."""
    newer = current_version(window.current_file) if window.current_file is not None else None
    shown = window.current_article
    window.current_file, window.current_article = None, None
    if newer is None:
        return
    window.select_file(newer)
    if shown:   # the article holding most of its lines (its first one may have changed: run 37 A25)
        window.select_article(counterpart(shown, newer) or window.current_article)
    window.say(tr("This page was replaced by a newer version of its file; you are now working on the new version"))
