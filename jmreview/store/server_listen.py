"""LISTEN on a server database's channel: the window hears every write other connections commit."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

CHANNEL = "jmreview"       # every committed write notifies it: the windows listening refresh


class Listener:
    """LISTEN on the database's channel: `news()` says whether another connection committed a write since."""

    def __init__(self, url: str, own_pid: Callable[[], int], network: dict[str, Any] | None = None) -> None:
        import psycopg2

        self.own_pid = own_pid   # the store's own session, asked at each look (a reconnect changes it)
        self.conn = psycopg2.connect(url, **(network or {}))
        self.conn.autocommit = True
        self.conn.cursor().execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        """The socket to watch for readability (a notification arrived)."""
        return int(self.conn.fileno())

    def news(self) -> bool:
        """True when a write of another connection was committed since the last call (never blocks)."""
        self.conn.poll()
        heard = [n.pid for n in self.conn.notifies]
        self.conn.notifies.clear()
        own = self.own_pid() if heard else 0
        return any(pid != own for pid in heard)

    def notes(self) -> str:
        """What the server said on this session besides answers (a FATAL ending it arrives as a notice first)."""
        return "".join(self.conn.notices)

    def close(self) -> None:
        """Stop listening."""
        self.conn.close()
