"""LISTEN on a server database's channel: the window hears every write other connections commit."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

CHANNEL = "jmreview"       # every committed write notifies it: the windows listening refresh
PING = "ping"              # a window asking its own listening session whether it still hears (no write: no refresh)
WRITE = "write"            # a write committed; a bare NOTIFY any role may send is no change (run 29 B35)


def ping(db: Any) -> None:
    """Notify the channel from the store's own session with PING: its listener hears it unless the listening
    session stopped answering (run 21 B46: a backend frozen, 72 s of a stale view and no word)."""
    db.execute_sql(f"NOTIFY {CHANNEL}, '{PING}'")


class Listener:
    """LISTEN on the database's channel: `news()` says whether another connection committed a write since."""

    def __init__(self, url: str, own_pid: Callable[[], int], network: dict[str, Any] | None = None) -> None:
        import psycopg2

        self.own_pid = own_pid   # the store's own session, asked at each look (a reconnect changes it)
        self.pinged = False      # the store's own PING heard since `pinged` was last set False
        self.conn = psycopg2.connect(url, **(network or {}))
        self.conn.autocommit = True
        self.conn.cursor().execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        """The socket to watch for readability (a notification arrived)."""
        return int(self.conn.fileno())

    def news(self) -> bool:
        """True when a write of another connection was committed since the last call (never blocks)."""
        self.conn.poll()
        heard = [(n.pid, n.payload) for n in self.conn.notifies]
        self.conn.notifies.clear()
        own = self.own_pid() if heard else 0
        self.pinged = self.pinged or any(pid == own and said == PING for pid, said in heard)
        return any(pid != own and said == WRITE for pid, said in heard)   # another window's ping is no change

    def notes(self) -> str:
        """What the server said on this session besides answers (a FATAL ending it arrives as a notice first)."""
        return "".join(self.conn.notices)

    def close(self) -> None:
        """Stop listening."""
        self.conn.close()
