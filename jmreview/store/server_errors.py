"""What a server's refusal of a read or a change means to the user: busy, a setting, a right, gone."""
from __future__ import annotations

import re

from jmreview.errors import Coded, StoreError
from jmreview.store.dialect import connection_lost, is_postgres
from jmreview.store.models import database_proxy
from jmreview.store.server_codes import meaning, table_named
from jmreview.store.server_messages import SERVER_MESSAGES

NOT_TEXT = re.compile(r"Could not decode to UTF-8 column '([^']*)'")


class ServerGone(StoreError):
    """The server went away during a write: nothing of that transaction was committed."""

    def __init__(self, path: str, why: str = "gone", **params: object) -> None:
        super().__init__(Coded(SERVER_MESSAGES[why], path=path, **params))   # or why the server ended the session
        self.path = path
        self.why = why


class ServerRefused(StoreError):
    """A change the server would not finish (busy, a timeout, cancelled by another session); nothing of it saved."""


NO_COLUMN = re.compile(r'column "?(?:\w+\.)?(\w+)"? (?:of relation "(\w+)" )?does not exist')   # (an alias t1.)


def _not_filled(exc: BaseException) -> str:
    """`table.column` a NOT NULL refusal of the server names (its diagnostics, in no language), '' if none."""
    for cause in (exc, exc.__cause__, exc.__context__, getattr(exc, "orig", None)):
        diag = getattr(cause, "diag", None)
        if diag is not None and getattr(cause, "pgcode", None) == "23502" and diag.column_name:
            return f"{diag.table_name}.{diag.column_name}" if diag.table_name else str(diag.column_name)
    return ""


def read_failure(exc: Exception, path: str) -> StoreError | None:
    """What a failed read of a busy or lost database means to the user, or None for a real bug."""
    if type(exc).__module__.startswith(("sqlite3", "peewee")) and (bad := NOT_TEXT.search(str(exc))):
        return ServerRefused(Coded(SERVER_MESSAGES["not_text"], path=path, column=bad.group(1)))   # (run 31 A65)
    if type(exc).__name__ == "IntegrityError" and not is_postgres(database_proxy.obj):   # (run 31 A32: a trigger's
        return ServerRefused(Coded(SERVER_MESSAGES["file_rule"], path=path, detail=first_line(exc)))   # RAISE)
    what = meaning(exc, getattr(database_proxy.obj, "statement_limit", 0.0))
    if what == "bad_json" or (type(exc).__module__.startswith(("sqlite3", "peewee")) and "malformed JSON" in str(exc)):
        return ServerRefused(Coded(SERVER_MESSAGES["bad_json"], path=path))   # an edit-log row cut short (run 36 B17)
    if what == "busy" or "database is locked" in str(exc):
        return ServerRefused(Coded(SERVER_MESSAGES["busy"], path=path))
    if what == "column_changed" and (added := _not_filled(exc)):   # named in any language (run 45 B20)
        return ServerRefused(Coded(SERVER_MESSAGES["column_not_filled"], path=path, column=added))
    if what == "column_changed" and (gone := NO_COLUMN.search(first_line(exc))):   # named (run 42 B34)
        column = f"{gone.group(2)}.{gone.group(1)}" if gone.group(2) else gone.group(1)   # (run 43 B4: "t1.taken")
        return ServerRefused(Coded(SERVER_MESSAGES["column_missing"], path=path, column=column))
    if what in ("idle_timeout", "statement_timeout", "cancelled", "no_schema", "no_entry", "disk_full", "limit",
                "column_changed"):
        return ServerRefused(Coded(SERVER_MESSAGES[what], path=path))   # a setting, another session, a right
    if what == "full_house":   # the connection limit of the database, the role or the server reached
        return ServerRefused(Coded(SERVER_MESSAGES["no_room"], path=path))
    if connection_lost(exc) and type(exc).__module__.startswith(("peewee", "psycopg2")):
        return ServerGone(path)
    if what == "denied" and (table := table_named(exc)):   # a grant missing on one table (granted table by table)
        return ServerRefused(Coded(SERVER_MESSAGES["no_select"], path=path, table=table))
    if what == "unique" and (table := _key_table(exc)):   # a table's own numbering behind its rows (run 26 B43)
        return ServerRefused(Coded(SERVER_MESSAGES["sequence_behind"], path=path, table=table))
    if what in ("unique", "server_rule", "rule_skips"):   # (run 25 B11, B30: "unexpected error: IntegrityError"; run
        return ServerRefused(Coded(SERVER_MESSAGES[what], path=path, detail=first_line(exc)))   # 24 B42, 26 B40)
    return None


def _key_table(exc: BaseException) -> str:
    """The table whose primary key a unique refusal names (its id given twice: the sequence behind), or ''."""
    diag = getattr(getattr(exc, "orig", None) or exc, "diag", None)
    name, table = getattr(diag, "constraint_name", None), getattr(diag, "table_name", None)
    return str(table) if name and table and str(name) == f"{table}_pkey" else ""


def first_line(exc: BaseException) -> str:
    """An error's first line (the server's sentence, without its context and SQL)."""
    primary = getattr(getattr(getattr(exc, "orig", None) or exc, "diag", None), "message_primary", None)
    if primary:   # the server's own sentence, without "ERROR:" (or "错误:") before it
        return str(primary)
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
