"""Who holds a server database's write turn when a writer gives up waiting for it (run 25 B41: "busy … try again in
a moment" for as long as a stopped colleague's import sat idle in its transaction, the colleague never named)."""
from __future__ import annotations

from typing import Any

from jmreview.errors import Coded

HELD = ("{path} is busy: the session of {role} (pid {pid}, {app}) has held its write turn for {seconds} s{idle}: "
        "nothing was saved; try again in a moment — a session left idle so (a program stopped or frozen) keeps it "
        "until it ends: ask {role} to close it, or the administrator to end it (SELECT pg_terminate_backend({pid}))")
BUSY = ("{path} is busy: the session of {role} (pid {pid}, {app}) has held its write turn for {seconds} s and is "
        "working: nothing was saved; try again in a moment — if it stays so, ask {role} what it is doing")
# (run 30 B14: a program holding the turn for its session while it ran a long report was named by nobody)
HIDDEN = ("{path} is busy: the session of {role} (pid {pid}, {app}) holds its write turn, and this role may not see "
          "what that session is doing: nothing was saved; try again in a moment — if it stays so, ask {role}, or the "
          "administrator, who can see whether it is stalled and end it (SELECT pg_terminate_backend({pid}))")
# (run 43 B28: a stalled holder called "working for ? s" to a role without the right to read other sessions)
IDLE = ", idle in its transaction"
OUTSIDE = ", idle, outside any transaction (a lock another program took for the session)"


def write_holder(db: Any, lock: int, path: str) -> Coded | None:
    """The busy refusal naming the session that holds the advisory write lock: idle in its transaction (a program
    stopped or frozen mid-change), idle for its session, or working; None when nothing is found or readable."""
    try:
        row = db.execute_sql(
            "SELECT a.pid, a.usename, a.application_name, a.state, "
            "EXTRACT(EPOCH FROM now() - COALESCE(a.xact_start, a.backend_start))::int "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.objid = ? AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND a.pid <> pg_backend_pid() LIMIT 1", (lock & 0xFFFFFFFF,)).fetchone()
    except Exception:  # noqa: BLE001 — statistics hidden from this role, the server away: the plain refusal
        return None
    if row is None:
        return None
    pid, role, app, state, seconds = row   # idle outside a transaction: a session-level lock, another program's
    if state is None:   # another role's session, its state hidden from this one
        return Coded(HIDDEN, path=path, role=role or "?", pid=pid, app=app or "?")
    if not str(state).startswith("idle"):   # working: a colleague's change under way, or a program's long query
        return Coded(BUSY, path=path, role=role or "?", pid=pid, app=app or "?",
                     seconds="?" if seconds is None else seconds)
    return Coded(HELD, path=path, role=role or "?", pid=pid, app=app or "?",   # (run 29 B8)
                 seconds="?" if seconds is None else seconds,
                 idle=IDLE if str(state).startswith("idle in transaction") else OUTSIDE)
