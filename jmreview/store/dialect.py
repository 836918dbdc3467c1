"""What differs between SQLite and PostgreSQL, in one place: the database class, and the SQL that is not shared.

The store's raw SQL is written once, for SQLite, with ``?`` parameters. On PostgreSQL the database
class rewrites it for psycopg2 (``%s`` parameters, ``%`` doubled); the few functions that have no
common spelling (reading the steps of the edit log, which are JSON text) come from here per dialect.
Timestamps are ``timestamptz`` on the server and come back as the text SQLite keeps
(``2024-08-21 09:30:00.123456+00:00``), so every caller sees one form whichever the backend.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from peewee import Database, InterfaceError, OperationalError, PostgresqlDatabase, ProgrammingError

from jmreview.store.server_codes import meaning

TIMESTAMPTZ_OID = 1184


def connection_lost(exc: BaseException) -> bool:
    """True when a database error means the server went away (stopped, restarted, the network cut, the session
    ended), in whatever language the server and libpq speak."""
    return isinstance(exc, InterfaceError) or meaning(exc) in ("lost", "ended", "idle_ended", "idle_timeout")


def is_postgres(db: object) -> bool:
    """True when the store's database is a PostgreSQL server."""
    target = getattr(db, "obj", db)   # the models' DatabaseProxy, or a database
    return isinstance(target, PostgresqlDatabase)


def to_pyformat(sql: str) -> str:
    """SQLite-style SQL for psycopg2: ``?`` outside quotes becomes ``%s``, every ``%`` is doubled."""
    out, quote = [], ""
    for ch in sql:
        if ch == "%":
            out.append("%%")
            continue
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append(ch)
    return "".join(out)


def _sqlite_moment(value: str | None, cursor: Any) -> str | None:
    """A timestamptz as SQLite keeps a timezone-aware datetime: ``isoformat(" ")`` in UTC."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:   # 'infinity', a year past 9999 or before Christ, written by another program: the nearest
        far = "-" in value[:1] or "BC" in value   # moment Python holds, which doctor names (run 33 B4, B5, B9)
        return "0001-01-02 00:00:00+00:00" if far else "9999-12-30 00:00:00+00:00"   # (a day from the edge: a
        # local time of it is still a time)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.isoformat(" ")


REPLACED = "was dropped and made anew since it was opened"   # another database of that name: never written
CORPORA = ("SELECT current_schema(), array(SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = "
           "c.relnamespace WHERE c.relname = 'schemainfo' AND c.relkind = 'r' AND EXISTS (SELECT 1 FROM pg_class s "
           "WHERE s.relnamespace = n.oid AND s.relname = 'sourcefile') ORDER BY 1)")


class ServerDatabase(PostgresqlDatabase):
    """PostgreSQL through psycopg2, taking the store's SQLite-style raw SQL and giving SQLite's timestamps."""

    field_types = {**PostgresqlDatabase.field_types, "DATETIME": "TIMESTAMPTZ"}
    gone: Callable[[BaseException | None], Exception] | None = None   # the store's error for a lost connection
    schema: str | None = None     # the schema holding the corpus, set on every connection (a reconnection too)
    identity: int | None = None   # the database opened (its oid): a reconnection to one made anew is refused
    idle_limit = 0.0   # seconds: the server's idle_session_timeout for this role and database (0: none)
    statement_limit = 0.0   # seconds: its statement_timeout (a cancel in a server's own language is told by it)
    last_used = 0.0    # time.monotonic() of the session's last statement
    read_only_session = False   # every session read-only, set once connected (a startup option would make libpq's
    # target_session_attrs=read-write refuse the primary itself: run 55 B18, doctor and copy "session is read-only")

    def pin_schema(self, chosen: bool = False) -> tuple[str, list[str]]:
        """Find the schema holding jmreview's tables, whatever the search_path puts first (an empty schema named
        after the role made since), and work there from now on; a refusal's code ('' when none) and the schemas."""
        current, found = self.execute_sql(CORPORA).fetchone()
        self.identity = int(self.execute_sql(
            "SELECT oid FROM pg_database WHERE datname = current_database()").fetchone()[0])
        if not found:   # a new corpus: made where the search_path says, but never in a temporary schema
            return ("no_schema" if str(current or "").startswith("pg_temp") else ""), found
        if len(found) > 1 and not (chosen and current in found):   # (a search_path in the address chooses one)
            return "two_corpora", found
        if chosen and current and current not in found:   # the address chooses a schema holding no corpus: another
            return "chosen_empty", [str(current), *found]   # desk's corpus elsewhere is never used in its place
        if current in found:
            found = [current]
        if not self.execute_sql("SELECT has_schema_privilege(%s, 'USAGE')", (found[0],)).fetchone()[0]:
            return "no_usage", found   # (else new tables would be made beside it, in another schema)
        self.schema = found[0]
        self._pin(self.connection())
        return "", found

    def split_from(self, names: list[str]) -> list[str]:
        """Of these tables, those the corpus's schema lacks and public holds, read in its place through the
        search_path (run 33 B8: a schema holding a schemainfo and an empty sourcefile only, chosen first)."""
        if self.schema in (None, "public"):
            return []
        rows = self.execute_sql("SELECT c.relname, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                "c.relnamespace WHERE c.relname = ANY(%s) AND n.nspname IN (%s, 'public')",
                                (names, self.schema)).fetchall()
        there = {name for name, where in rows if where == self.schema}
        return sorted({name for name, where in rows if where == "public" and name not in there})

    def idle_ended(self, exc: BaseException) -> bool:
        """A lost session the server ended for sitting idle longer than its idle_session_timeout (run 21 B58): told
        by its code when the server's farewell arrived, else by how long the session had been idle."""
        return meaning(exc) == "idle_ended" or (
            self.idle_limit > 0 and time.monotonic() - self.last_used >= self.idle_limit * 0.9)

    def _pin(self, conn: Any) -> None:
        """Set the corpus's schema on a connection; refuse one to a database made anew under the same name."""
        self.last_used = time.monotonic()
        with conn.cursor() as cur:
            cur.execute("SELECT name, setting FROM pg_settings WHERE name IN ('idle_session_timeout', "
                        "'statement_timeout')")   # (idle_session_timeout: PostgreSQL 14 and later)
            limits = {name: int(ms) / 1000 if str(ms).isdigit() else 0.0 for name, ms in cur.fetchall()}
            self.idle_limit = limits.get("idle_session_timeout", 0.0)
            self.statement_limit = limits.get("statement_timeout", 0.0)
            if self.schema is not None:
                quoted = '"' + self.schema.replace('"', '""') + '"'   # any name, quotes too: one identifier
                cur.execute("SELECT set_config('search_path', %s, false)", (f"{quoted}, public",))
            if self.identity is not None:
                cur.execute("SELECT oid FROM pg_database WHERE datname = current_database()")
                if int(cur.fetchone()[0]) != self.identity:
                    conn.close()
                    raise OperationalError(f"the database {REPLACED}")

    def _initialize_connection(self, conn: Any) -> None:
        super()._initialize_connection(conn)   # type: ignore[misc]
        self._pin(conn)
        if self.read_only_session:
            with conn.cursor() as cur:
                cur.execute("SET SESSION default_transaction_read_only = on")

    def _revive(self) -> None:
        """A connection the server dropped is forgotten outside a transaction: the next statement connects anew."""
        state: Any = self._state  # type: ignore[attr-defined]
        conn = state.conn
        if conn is not None and conn.closed and not self.in_transaction():
            state.reset()

    def connect(self, reuse_if_open: bool = False) -> bool:
        """Connect; once the store is open, a connection that cannot be made again is the store's "stopped
        answering" (the server still down, shutting down or starting up, or not answering)."""
        try:
            return bool(super().connect(reuse_if_open))
        except (OperationalError, InterfaceError) as exc:
            if self.gone is not None:
                raise self.gone(exc) from None   # (why it cannot connect again: the store's _lost reads it)
            raise

    def connection(self) -> Any:
        """The open connection, a new one if the server dropped the last (outside a transaction)."""
        self._revive()
        return super().connection()

    def cursor(self, named_cursor: Any = None) -> Any:
        """A cursor on the open connection, a new one if the server dropped the last (outside a transaction)."""
        self._revive()
        return super().cursor(named_cursor)

    def _connect(self) -> Any:
        import psycopg2.extensions as ext

        from jmreview.store.server_wait import install

        install()   # every wait for the server bounded

        conn = super()._connect()  # type: ignore[misc]
        ext.register_type(ext.new_type((TIMESTAMPTZ_OID,), "JMREVIEW_MOMENT", _sqlite_moment), conn)
        # read committed whatever the database's or role's default: the writers' turn (an advisory lock) then sees
        # what the one before it committed (run 25 B30: under repeatable read, unique keys broke and commands failed)
        conn.set_session(isolation_level="READ COMMITTED")
        return conn

    def execute_sql(self, sql: str, params: Any = None, again: bool = True) -> Any:
        """Run SQL; the store's own (with ``?``, never ``%s``) is rewritten for psycopg2 first."""
        if "%s" not in sql:
            sql = to_pyformat(sql)
        try:
            done = super().execute_sql(sql, params)
        except (OperationalError, InterfaceError) as exc:
            if again and not self.in_transaction() and connection_lost(exc) and self.idle_ended(exc):   # nothing
                return self.execute_sql(sql, params, again=False)   # begun: once more, on a new session
            if self.gone is not None and connection_lost(exc):
                raise self.gone(exc) from None
            raise
        except ProgrammingError as exc:   # the pinned schema's tables gone: an administrator renamed or dropped it
            if self.gone is not None and self.schema is not None and meaning(exc) == "missing":
                raise self.gone(exc) from None
            raise
        self.last_used = time.monotonic()
        return done


def log_steps_sql(db: Database | object, alias: str, log: str = "editlog") -> str:
    """A FROM item: every step of each edit in `log`, as `alias` (read fields with `step_field`); a row of JSON
    another program made that holds no list of steps has none (run 49 A14: doctor itself stopped on one)."""
    if is_postgres(db):
        steps = f"({log}.payload::json -> 'steps')"
        return (f"json_array_elements(CASE WHEN json_typeof({steps}) = 'array' THEN {steps} ELSE '[]'::json END) "
                f"AS {alias}(value)")
    payload = f"{log}.payload"   # (a row cut short is not JSON: refused, naming doctor, as before: run 36 B17)
    return f"json_each(CASE WHEN json_type({payload}, '$.steps') = 'array' THEN {payload} END, '$.steps') AS {alias}"


def step_field(db: Database | object, alias: str, key: str) -> str:
    """A step's field (`op`, `model`, `id`) in SQL; PostgreSQL gives it as text."""
    if is_postgres(db):
        return f"({alias}.value ->> '{key}')"
    return f"(CASE WHEN {alias}.type = 'object' THEN json_extract({alias}.value, '$.{key}') END)"


def contains_sql(db: Database | object, haystack: str, needle: str) -> str:
    """A condition: `haystack` contains `needle` (an SQL expression: a quoted literal or ``?``)."""
    return f"strpos({haystack}, {needle}) > 0" if is_postgres(db) else f"instr({haystack}, {needle}) > 0"


def json_length_sql(db: Database | object, column: str) -> str:
    """The length of a JSON array kept as text."""
    return f"json_array_length({column}::json)" if is_postgres(db) else f"json_array_length({column})"


def json_not_empty(field: Any) -> Any:
    """A peewee condition: a JSON array kept as text holds something (PostgreSQL needs the text cast to json)."""
    from peewee import fn

    if is_postgres(field.model._meta.database):
        return fn.json_array_length(field.cast("json")) > 0
    return fn.json_array_length(field) > 0


def execute_many(db: Database, sql: str, rows: list[Any]) -> None:
    """One SQLite-style statement (``?`` parameters) for many rows, prepared once."""
    from peewee import __exception_wrapper__ as as_peewee_errors  # type: ignore[attr-defined]

    with as_peewee_errors:   # the driver's errors as the store knows them (a lost server is ServerGone, not a crash)
        if is_postgres(db):
            from psycopg2.extras import execute_batch

            execute_batch(db.cursor(), to_pyformat(sql), rows, page_size=500)
        else:
            db.connection().executemany(sql, rows)
