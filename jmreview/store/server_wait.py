"""A bounded wait for every answer of a PostgreSQL server: a frozen server is given up, a slow one is waited for.

libpq waits on its socket without end: a server whose processes are stopped (a hung machine, a stuck pooler, a
half-open network) keeps the socket open and never answers, and TCP keepalives neither fire on a Unix socket nor
while the peer's kernel still acknowledges. So psycopg2 runs in its "green" mode, where every wait (connecting,
a statement, a commit) goes through `wait` below: a connection waits at most its connect timeout; a statement
that has had no answer for ANSWER_SECONDS is waited for further only while the server's front door still answers
(a new connection's first exchange, which a busy server answers at once and a frozen one never does). Given up,
the connection is closed by psycopg2 and the error reads "did not answer", which the store calls "stopped
answering" (dialect.CONNECTION_LOST); the next statement connects anew. Green mode refuses COPY: the store
uses none (`unbounded` lets a bulk load of the bench use it).
"""
from __future__ import annotations

import os
import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

ANSWER_SECONDS = 15   # a statement without any answer this long: is the server still there?
UI_SECONDS: float | None = None   # the main thread waits at most this long, the server alive or not (the window's:
COMMAND_SECONDS = 300             # 40 s; a command's: this, run 25 B54: an export on a frozen session hung for ever)
PROBE_SECONDS = 5     # ... its front door must answer within this, or the server is taken as gone
CONNECTING = (0, 20, 21)   # psycopg2's CONN_STATUS_SETUP, _CONNECTING, _DATESTYLE: a connection being made
SSL_REQUEST = struct.pack("!ii", 8, 80877103)   # the first message of a new connection: the server answers S or N
NO_ANSWER = "the server did not answer within {seconds} s"
CONNECT_SECONDS = 10   # a server that accepts and never answers is given up after this (unless the URL says)
NO_PASSFILE = os.path.join(os.sep, "nonexistent", "jmreview-no-password-file")   # a path libpq finds nothing at
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}
_installed: list[bool] = []
SLOW: list[Callable[[float], None]] = []   # told how long a statement has waited, each time it waits on (a command)


def install() -> None:
    """Make every psycopg2 connection of this process wait through `wait` (once)."""
    if not _installed:
        import psycopg2.extensions as ext

        ext.set_wait_callback(wait)
        _installed.append(True)


@contextmanager
def unbounded() -> Iterator[None]:
    """libpq's own waits, without a bound, for what green mode refuses (COPY: the bench's bulk load)."""
    import psycopg2.extensions as ext

    ext.set_wait_callback(None)
    try:
        yield
    finally:
        if _installed:
            ext.set_wait_callback(wait)


def network_params(given: dict[str, str]) -> dict[str, Any]:
    """A connect timeout and TCP keepalives, each unless the URL (or libpq's environment) sets it; and UTF-8 always
    (a client_encoding an administrator set on the database or role cannot carry Chinese text); jmreview's name,
    unless the URL or PGAPPNAME gives one."""
    from jmreview.store.libpq_files import open_passfile

    wanted: dict[str, Any] = {"connect_timeout": os.environ.get("PGCONNECT_TIMEOUT") or CONNECT_SECONDS, **KEEPALIVES}
    if open_passfile(given) is not None:   # libpq would ignore it after its own English warning (run 39 B37): no
        wanted["passfile"] = NO_PASSFILE   # file at all, and a refused login says why it was not read
    return {**{key: value for key, value in wanted.items() if key not in given}, "client_encoding": "UTF8",
            "fallback_application_name": "jmreview"}   # named so in pg_stat_activity (run 36 B16: guessed psql)


def connect_seconds(conn: Any) -> float | None:
    """The connect timeout of a connection being made (libpq's own does not apply in green mode); None: no end."""
    from psycopg2.extensions import parse_dsn

    try:
        given = parse_dsn(conn.dsn).get("connect_timeout") or os.environ.get("PGCONNECT_TIMEOUT")
        seconds = int(given) if given else 0
    except Exception:  # noqa: BLE001 - an unreadable setting: libpq's default, no end
        seconds = 0
    return float(max(seconds, 2)) if seconds > 0 else None   # libpq: at least 2 s; 0 waits without end


def wait(conn: Any) -> None:
    """psycopg2's wait callback: poll the connection until done, within the bounds above."""
    import psycopg2
    import psycopg2.extensions as ext

    connecting = conn.status in CONNECTING
    bound = connect_seconds(conn) if connecting else ANSWER_SECONDS
    started = first = time.monotonic()
    patience = UI_SECONDS if threading.current_thread() is threading.main_thread() else None
    with selectors.DefaultSelector() as selector:
        while True:
            state = conn.poll()
            if state == ext.POLL_OK:
                return
            events = selectors.EVENT_READ if state == ext.POLL_READ else selectors.EVENT_WRITE
            selector.register(conn.fileno(), events)
            try:
                left = None if bound is None else max(0.0, started + bound - time.monotonic())
                if selector.select(left):
                    continue
            finally:
                selector.unregister(conn.fileno())
            if not connecting and door_answers(conn) and (patience is None or time.monotonic() - first < patience):
                started = time.monotonic()   # alive, only slow: wait another while (the window: not for ever —
                for tell in SLOW:            # a session stuck on the server must not freeze it); a command says
                    tell(started - first)    # so each time (run 41 B18, B19: 300 s without a word)
                continue
            waited = bound if connecting else time.monotonic() - first
            raise psycopg2.OperationalError(NO_ANSWER.format(seconds=round(waited or 0)))   # psycopg2 closes it


def door_answers(conn: Any) -> bool:
    """True when the server of `conn` accepts a new connection and answers its first message in time."""
    try:
        host, port = conn.info.host or "/tmp", int(conn.info.port or 5432)
        if host.startswith(("/", "@")):   # a Unix socket's folder (@: an abstract one)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(PROBE_SECONDS)
            path = f"{host}/.s.PGSQL.{port}"
            sock.connect("\0" + path[1:] if host.startswith("@") else path)
        else:
            sock = socket.create_connection((host, port), timeout=PROBE_SECONDS)
    except Exception:  # noqa: BLE001 - nothing answers at that address: gone
        return False
    with sock:
        try:
            sock.sendall(SSL_REQUEST)
            return sock.recv(1) != b""
        except OSError:
            return False
