"""A jmreview database on a PostgreSQL server (``postgresql://user@host/db``), with the SQLite store's face.

The same models, schema versions, edits, undo and edit log as a file. Each write transaction first takes one advisory
lock, so writers take turns as they do on SQLite (BEGIN IMMEDIATE) and an edit's checks (versions, lines as the
editor saw them) read what is committed. Backups are the server's job; ``export --with-source`` is the portable one.

Editors are database roles: the login role (``session_user``) is the name an edit is logged under unless one is given,
and a role that may not write the edit log opens the corpus read-only. The password, if the URL has one, is
never shown, logged or kept (libpq's ``.pgpass`` or service file keep it); every other URL parameter
(``sslmode``…) goes to libpq as it is.
"""
from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import InterfaceError as PeeweeInterfaceError

from jmreview.errors import Coded, StoreError
from jmreview.store.dialect import REPLACED, ServerDatabase, connection_lost
from jmreview.store.editor_names import bad_name, one_form, visible
from jmreview.store.foreign_file import OUR_TABLES
from jmreview.store.ids import behind, count_from
from jmreview.store.libpq_files import not_a_file, password_said
from jmreview.store.models import ALL_MODELS, SCHEMA_VERSION, database_proxy
from jmreview.store.schema import apply_migrations, create_schema
from jmreview.store.server_codes import meaning, says, table_named
from jmreview.store.server_errors import ServerGone, read_failure
from jmreview.store.server_holder import write_holder
from jmreview.store.server_listen import CHANNEL, WRITE, Listener
from jmreview.store.server_messages import AGAIN, SERVER_MESSAGES, SERVER_OPENING
from jmreview.store.server_role import driver, role_rights, rows_hidden, standby_why
from jmreview.store.server_wait import network_params
from jmreview.store.url_secrets import secrets_of, without_passwords  # noqa: F401  (re-exported)
from jmreview.store.url_secrets import shown as hidden

WRITE_LOCK = 0x6A6D7276   # "jmrv": the advisory lock every write transaction takes
BUSY_MS = 10000


class ServerLocation(str):
    """The URL of a server database without its password; ``name`` is the same text (a file's name is its name)."""

    @property
    def name(self) -> str:
        """What a message calls the database."""
        return str(self)


def shown(url: str) -> ServerLocation:
    """A URL as it may be shown or logged: any password left out (``user:…@`` and ``password=…``: url_secrets)."""
    return ServerLocation(hidden(url))


def editor_of(store: object, given: str | None) -> str:
    """Whose edit it is: the name given, else the database role on a server, else the name set for this computer
    (JMREVIEW_EDITOR, as the window reads it: run 22 B63), else the login (``$USER``); a name given that no editor may
    have (`--editor` with a control character, a right-to-left override) is refused."""
    if (why := bad_name(given) if given else None) is not None:
        raise StoreError(why)
    role = getattr(store, "role", None)
    if not given and role and bad_name(role) is not None:   # a role named with a control or invisible character
        raise StoreError(Coded(SERVER_MESSAGES["bad_role"], role=f"“{visible(role[:40])}”"))   # (run 29 B4)
    set_here = os.environ.get("JMREVIEW_EDITOR", "").strip()
    if not given and not role and set_here and (why := bad_name(set_here)) is not None:   # refused as --editor is,
        raise StoreError(f"JMREVIEW_EDITOR: {why}")   # not credited to $USER unsaid (run 26 B18; the window warns)
    named = [n for n in (set_here, os.environ.get("USER") or "") if n and bad_name(n) is None]
    return one_form(given or role or (named or ["editor"])[0])   # kept in one form


def writing(store: Any, given: str | None) -> str:
    """The editor of a command that changes the corpus; a store that may not be changed is closed and refused."""
    try:
        store.check_writable()
    except StoreError:
        store.close()
        raise
    return editor_of(store, given)


class ServerStore:
    """An open jmreview database on a PostgreSQL server."""

    network = False    # a server is made for many computers: nothing to warn about
    server = True
    role = ""          # the database role: the editor's name
    role_read_only = False   # the role may read but not change the corpus
    why_readonly: Coded | None = None   # a standby: said in the banner

    def __init__(self, url: str, readonly: bool = False, backups: bool = True, busy_ms: int = BUSY_MS,
                 check: bool = True) -> None:
        if url.lower().startswith(("postgresql://", "postgres://")):   # libpq knows the schemes in lower case only
            url = "postgresql://" + url.split("://", 1)[1]
        self.path = shown(url)
        self._url = url   # with its password, if it has one: for this process's own connections only
        self.readonly = readonly
        self.warnings: list[Coded] = []
        psycopg2 = driver(self.path, url)
        from psycopg2.extensions import parse_dsn

        try:   # the URL's own options (default_transaction_read_only=on…) are kept: ours are added, not put instead
            params = parse_dsn(url)
        except psycopg2.Error:
            params = {}   # a bad URL: the connection below says what is wrong with it
        hostile = not_a_file(params)   # libpq would read it before any timeout applies
        if hostile is not None:
            raise StoreError(Coded(SERVER_MESSAGES["not_a_file"], path=self.path, **hostile))
        given_options = params.get("options", os.environ.get("PGOPTIONS", ""))   # ours are added to libpq's own
        options = f"{given_options} -c timezone=UTC -c lock_timeout={int(busy_ms)}".strip()   # (run 23 B9: PGOPTIONS)
        self._network = network_params(params)
        # a key=value string goes to libpq whole, as its DSN (peewee would take it for a database's name)
        given: dict[str, Any] = {} if url.startswith("postgresql://") else {"dsn": url}
        self.db = ServerDatabase(url if not given else "postgresql://", options=options, autoconnect=True, **given,
                                 **self._network)
        self.db.read_only_session = readonly   # set once connected (run 55 B18: target_session_attrs)
        database_proxy.initialize(self.db)
        try:
            self.db.connect(reuse_if_open=True)
            self.db.gone = self._lost   # from now on: a lost connection is said, then found again
            self._find_schema()
            self.role = self._role()
            if not readonly:
                self._init_schema()
                self._ahead()
            elif "schemainfo" not in self.db.get_tables():
                raise StoreError(Coded(SERVER_MESSAGES["no_corpus"], path=self.path))
        except PeeweeDatabaseError as exc:
            self.db.close()
            what = meaning(exc)
            if (meant := read_failure(exc, self.path)) is not None and not isinstance(meant, ServerGone):
                raise meant from None   # busy, a setting that ran out or names no schema, a cancel: said in words
            if what == "read_only":   # an empty database its settings keep from being set up
                why = self._read_only_why()   # (asked on a session of its own, closed again)
                self.db.close()
                raise StoreError(Coded(SERVER_MESSAGES[why], path=self.path)) from None
            if what == "schema_denied" and self.role:   # an empty database, no right to set it up
                raise StoreError(Coded(SERVER_MESSAGES["empty_denied"], path=self.path, role=self.role)) from None
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if "timeout expired" in detail or "超时满" in detail:
                detail = f"the server did not answer within {self._network.get('connect_timeout', '…')} s"
            for secret in secrets_of(url):
                detail = detail.replace(secret, "…")
            unanswered = what == "lost" and not says(exc, "answered")   # stopped, or another address (run 22 B44)
            what = "starting" if says(exc, "starting") else what   # starting, stopping, recovering (run 29 B39)
            why = "no_answer" if unanswered else what if what in SERVER_OPENING else "cannot_open"   # (run 23 B41, B42)
            why, said = password_said(params, why, detail, str(exc))   # where its password came from, why none
            raise StoreError(Coded(SERVER_MESSAGES[why], path=self.path, detail=detail, **said)) from None
        except StoreError:
            self.db.close()
            raise

    def _find_schema(self) -> None:
        """Work in the schema that holds the corpus, on every connection (see ServerDatabase.pin_schema)."""
        source = self.db.execute_sql("SELECT source, boot_val = reset_val FROM pg_settings "
                                     "WHERE name = 'search_path'").fetchone()
        chosen = "search_path" in self._url or bool(source and source[0] != "default" and not source[1])
        why, schemas = self.db.pin_schema(chosen=chosen)   # (a setting of the database or role chooses too: B38)
        if not why and (split := self.db.split_from([m._meta.table_name for m in ALL_MODELS])):
            why, schemas = "split", [str(self.db.schema), *split]
        if why:
            shown = [n if re.fullmatch(r"[a-z_][a-z0-9_$]*", n) else '"' + n.replace('"', '""') + '"' for n in schemas]
            raise StoreError(Coded(SERVER_MESSAGES[why], path=self.path, schemas=", ".join(shown),   # as SQL takes it
                                   first=(shown or [""])[0], rest=", ".join(shown[1:])))

    def rows_hidden(self, writes: bool = True) -> Coded | None:
        """Why a policy hides rows from this role, or (`writes`) checks its writes (run 22 B60; run 41 B27)."""
        return rows_hidden(self.db, self.path, writes)

    def _role(self) -> str:
        """Who we are on the server; a role that may not write the edit log makes this store read-only."""
        role, may_write, _ = role_rights(self.db)
        if (hidden := self.rows_hidden(writes=False)) is not None:
            raise StoreError(hidden)   # refused, not read as the corpus (writes checked: refused at each write)
        if not may_write:
            self.readonly = self.role_read_only = True
            self.db.execute_sql("SET SESSION default_transaction_read_only = on")
            self.db.read_only_session = True   # (a reconnection too)
        if (standby := standby_why(self.db, self.path)) is not None:   # said from the start, in the banner
            self.readonly, self.why_readonly = True, standby
        return str(role)

    def check_writable(self) -> None:
        """Refuse a change at once, in one sentence, when this store may not make one (read-only, or the role's)."""
        if self.role_read_only:
            raise StoreError(Coded(SERVER_MESSAGES["role_read_only"], path=self.path, role=self.role))
        if (hidden := self.rows_hidden()) is not None:
            raise StoreError(hidden)   # (a policy since the opening: run 41 B27)
        standby = self.why_readonly is not None and self.why_readonly.template == SERVER_MESSAGES["open_standby"]
        if self.readonly and standby and not self.still_standby():
            self.readonly, self.why_readonly = False, None   # promoted meanwhile: the primary now (run 38 B16)
            return
        if self.readonly:   # a standby says so (run 38 B15: "open read-only", no reason, no way forward)
            raise StoreError(Coded(SERVER_MESSAGES["read_only_standby" if standby else "read_only"], path=self.path))

    def still_standby(self) -> bool:
        """True while the server is a standby (False once promoted; True while it cannot be asked)."""
        try:
            return standby_why(self.db, self.path) is not None
        except PeeweeDatabaseError:
            return True

    def _ahead(self) -> None:
        """Numbering set back behind the rows (a restarted sequence, a crash: run 35 B19) set past them again."""
        if not self.readonly and (late := behind()):   # (a role short of a right: {} — its writes say so)
            with self.db.atomic():
                count_from(late)

    def _init_schema(self) -> None:
        """Create or upgrade the schema; a current one is opened without waiting for writers."""
        if "schemainfo" in self.db.get_tables():
            row = self.db.execute_sql("SELECT version FROM schemainfo").fetchone()
            if row and row[0] == SCHEMA_VERSION:
                return
        encoding = str(self.db.execute_sql("SHOW server_encoding").fetchone()[0])
        if encoding.upper().replace("-", "") not in ("UTF8", "UTF16"):   # a page's text could not be kept (run 22 B20)
            raise StoreError(Coded(SERVER_MESSAGES["not_unicode"], path=self.path, encoding=encoding))
        with self.db.atomic():
            self.db.execute_sql("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))   # two first openings
            tables = set(self.db.get_tables())
            if "schemainfo" not in tables and (theirs := sorted(tables & OUR_TABLES)):   # another program's: never
                raise StoreError(Coded(SERVER_MESSAGES["foreign_tables"], path=self.path, tables=", ".join(theirs)))
            if "schemainfo" in tables:   # "put it back" (run 40 B39)
                row = self.db.execute_sql("SELECT version FROM schemainfo").fetchone()
                if row is None or not isinstance(row[0], int):   # emptied by another program (run 23 B37)
                    raise StoreError(Coded(SERVER_MESSAGES["no_version"], path=self.path))
                version = row[0]
                if version > SCHEMA_VERSION:
                    raise StoreError(Coded(SERVER_MESSAGES["newer"], path=self.path, version=version))
                if version < SCHEMA_VERSION:
                    apply_migrations(self.db, version)
            create_schema(self.db)

    def migrate(self, version: int) -> None:
        """Upgrade from an older schema, in one transaction (the server keeps its own backups)."""
        with self.write():
            apply_migrations(self.db, version)

    def backup(self, reason: str) -> None:
        """Nothing: backups of a server database are the server's job."""
        return None

    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction; writers take turns on one advisory lock, waiting at most the busy time."""
        committing = False   # lost while committing, the change may be in (run 29 B50: a synchronous standby gone)
        try:   # (its reads cancelled by another session: said as the write's refusal, an import's count kept)
            self.check_writable()
            self._wake()
            with self.db.atomic():
                self.db.execute_sql("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
                yield
                self.db.execute_sql(f"NOTIFY {CHANNEL}, '{WRITE}'")   # sent to the listening windows when this commits
                # an article restored under its own id leaves the sequence behind: the next new one follows it
                self.db.execute_sql("SELECT setval(pg_get_serial_sequence('article', 'id'), MAX(id)) FROM article "
                                    "HAVING MAX(id) >= (SELECT last_value FROM article_id_seq)")
                committing = True
        except PeeweeInterfaceError:   # the connection is closed: the server stopped
            raise ServerGone(self.path, "gone_commit" if committing else "gone") from None
        except PeeweeDatabaseError as exc:
            what = meaning(exc)
            if connection_lost(exc):
                lost = self._lost(exc)
                if committing and lost.why in ("gone", "session_ended"):   # the change may be in: said so
                    raise ServerGone(self.path, "gone_commit" if lost.why == "gone" else "ended_commit") from None
                raise lost from None
            if what == "busy":   # the session holding the turn named when it can be (run 25 B41)
                raise StoreError(write_holder(self.db, WRITE_LOCK, self.path)
                                 or Coded(SERVER_MESSAGES["locked"], path=self.path)) from None
            if what in ("denied", "schema_denied"):   # (a write: the right to change, whichever table said it)
                on = table_named(exc)
                raise StoreError(Coded(SERVER_MESSAGES["denied_on"], path=self.path, table=on) if on else
                                 Coded(SERVER_MESSAGES["denied"], path=self.path)) from None
            if (meant := read_failure(exc, self.path)) is not None and not isinstance(meant, ServerGone):
                raise meant from None
            if what == "read_only":   # the session, not the role: a setting, or a standby server
                raise StoreError(Coded(SERVER_MESSAGES[self._read_only_why()], path=self.path)) from None
            raise

    def _wake(self) -> None:
        """A session the server ended while it sat idle (idle_session_timeout, an administrator) is found before a
        change starts, not by its first statement: the change then runs on a new session (run 21 B58)."""
        import psycopg2

        conn = self.db._state.conn  # type: ignore[attr-defined]
        idle = time.monotonic() - self.db.last_used
        if conn is None or conn.closed or self.db.in_transaction() or not 0 < self.db.idle_limit * 0.9 <= idle:
            return   # (asked only of a session that sat idle near the server's limit: no round trip per change)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT 1")
            conn.rollback()
        except psycopg2.Error as exc:
            if self.db.idle_ended(exc):   # ended for sitting idle: the next statement connects anew
                return
            raise self._lost(exc) from None   # ended otherwise (an administrator): said, as ever

    def _lost(self, exc: BaseException | None) -> ServerGone:
        """The sentence for a lost connection: the server stopped answering, or — the server up — it ended the
        session (a transaction idle longer than the address allows, an administrator)."""
        text = str(exc or "")
        if REPLACED in text:   # a database of that name made anew: another corpus, never written as this one
            return ServerGone(self.path, "dropped")
        if exc is not None and meaning(exc) in AGAIN:   # the server up, a new session refused (run 24 B31; run 26
            return ServerGone(self.path, AGAIN[meaning(exc)])   # B55, B56: a role renamed, a pg_hba.conf reject)
        if exc is not None and meaning(exc) == "no_database":   # dropped: said so at every later try (run 25 B45)
            return ServerGone(self.path, "dropped")
        if exc is not None and meaning(exc) == "missing":   # the corpus's schema, or one of its tables, renamed
            return ServerGone(self.path, "moved") if self._schema_gone() else \
                ServerGone(self.path, "table_missing", table=table_named(exc))
        if exc is not None and (meaning(exc) in ("ended", "idle_ended", "idle_timeout") or says(exc, "closed")) \
                and "did not answer" not in text:
            return ServerGone(self.path, self._ended_how())
        return ServerGone(self.path)

    def _schema_gone(self) -> bool:
        """True when the schema the corpus was found in is no longer there (asked on a session of its own: the
        store's transaction may be aborted)."""
        import psycopg2

        try:
            con = psycopg2.connect(self._url, **{**self._network, "connect_timeout": 2})
            try:
                cur = con.cursor()
                cur.execute("SELECT to_regnamespace(%s) IS NULL", ('"' + (self.db.schema or "").replace('"', '""')
                                                                   + '"',))
                return bool(cur.fetchone()[0])
            finally:
                con.close()
        except psycopg2.Error:
            return True

    def _ended_how(self) -> str:
        """After the session was dropped: 'gone' when the server does not answer, else why it ended the session
        (a transaction idle longer than the session allows, or another reason — an administrator)."""
        import psycopg2

        try:
            con = psycopg2.connect(self._url, **{**self._network, "connect_timeout": 2})
            try:
                cur = con.cursor()
                cur.execute("SELECT current_setting('idle_in_transaction_session_timeout'), oid FROM pg_database "
                            "WHERE datname = current_database()")
                limit, oid = cur.fetchone()
            finally:
                con.close()
        except psycopg2.Error as exc:   # a database dropped (or renamed) under the session: no use waiting for it
            what = meaning(exc)   # (run 25 B14: a server up but full, or a role kept out, is no server away)
            return "dropped" if what == "no_database" else AGAIN.get(what, "gone")
        if self.db.identity is not None and int(oid) != self.db.identity:   # dropped and made anew meanwhile
            return "dropped"
        return "session_ended" if str(limit) == "0" else "idle_timeout"

    def _read_only_why(self) -> str:
        """Why the server refused a write as a read-only transaction: a standby, the address, or a setting."""
        try:
            standby, source = self.db.execute_sql(
                "SELECT pg_is_in_recovery(), (SELECT source FROM pg_settings "
                "WHERE name = 'default_transaction_read_only')").fetchone()
        except PeeweeDatabaseError:
            return "read_only_session"
        if standby:
            return "read_only_standby"
        if source == "configuration file":   # ALTER SYSTEM, or the server's file (run 26 B44: blamed on the address)
            return "read_only_server"
        return "read_only_setting" if source in ("user", "database", "database user") else "read_only_session"

    def data_version(self) -> int:
        """A number that changes when anyone's edit, undo or import is committed (the window's watch)."""
        row = self.db.execute_sql("SELECT COALESCE((SELECT MAX(id) FROM editlog), 0) + "
                                  "COALESCE((SELECT MAX(id) FROM sourcefile), 0)").fetchone()
        return int(row[0])

    def listen(self) -> Listener:
        """A connection of its own that hears every write committed on this database by other connections (made
        by the caller's thread: a window listens anew beside itself, never waiting for the server)."""
        return Listener(self._url, self.own_pid, self._network)

    def own_pid(self) -> int:
        """This store's session on the server, 0 while none is open (asks libpq, not the server)."""
        conn = self.db._state.conn  # type: ignore[attr-defined]
        try:
            return int(conn.get_backend_pid()) if conn is not None and not conn.closed else 0
        except Exception:  # noqa: BLE001 - closed meanwhile
            return 0

    def close(self) -> None:
        """Close the connection."""
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> ServerStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
