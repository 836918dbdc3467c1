"""Doctor's look at the tables themselves: each of the corpus's tables there, with the columns jmreview made.

Another program (an administrator's tool, a migration of its own) may rename or drop a table or a column of a corpus;
every command then stops on it, and doctor must say which (run 26 B26: doctor said ok on a server where the curation
table was renamed).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError

from jmreview.store.database import Store
from jmreview.store.dialect import is_postgres
from jmreview.store.models import ALL_MODELS
from jmreview.store.read_back import added_objects
from jmreview.store.server_errors import read_failure
from jmreview.store.sqlite_uri import sqlite_uri


def shape_problems(store: Store) -> list[str]:
    """A line for each table of the corpus missing, and for each missing a column jmreview reads."""
    schema = getattr(store.db, "schema", None) if is_postgres(store.db) else None
    try:
        tables = set(store.db.get_tables(schema=schema) if schema else store.db.get_tables())
        views = {v.name for v in (store.db.get_views(schema) if schema else store.db.get_views())}
        problems: list[str] = []
        denied: list[str] = []
        for model in ALL_MODELS:
            table = model._meta.table_name
            if table in views:   # (run 45 B18: it may show part of the corpus)
                problems.append(f"table {table} of the corpus is a view another program put in its place: it may "
                                "show only part of the corpus; restore a backup, or put the table back")
                continue
            if table not in tables:
                problems.append(f"table {table} of the corpus is missing (another program renamed or dropped it): "
                                "restore a backup, or put it back")
                continue
            if schema and not _may_read(store, schema, table):   # (run 65 B19: said as columns dropped)
                denied.append(table)
                continue
            columns = store.db.get_columns(table, schema) if schema else store.db.get_columns(table)
            have = {c.name for c in columns}
            ours = {f.column_name for f in model._meta.sorted_fields}
            gone = [f.column_name for f in model._meta.sorted_fields if f.column_name not in have]
            added = [c.name for c in columns if c.name not in ours and not c.null and c.default is None
                     and not c.primary_key]   # (run 45 B20: every take refused, nothing named)
            if gone and added:   # most likely one column renamed: never advise dropping what it holds (run 48 B18)
                problems.append(_renamed(table, gone, added))
            elif added:
                problems.append(f"table {table} has a column {', '.join(added)} another program added, which may not "
                                "be empty and which jmreview never fills: every row jmreview adds there is refused; "
                                "ask for it to be dropped or given a default (ALTER TABLE … ALTER COLUMN … SET "
                                "DEFAULT …)")
            elif gone:
                problems.append(f"table {table} lacks its column {', '.join(gone)} (another program renamed or "
                                "dropped it): restore a backup, or put it back")
        if denied:
            problems.append(f"this database role may not read the tables {', '.join(denied)} (permission denied): "
                            "their shape was not checked; ask the administrator to grant the role the corpus's tables "
                            "(GRANT SELECT ON ALL TABLES IN SCHEMA … TO the role, and the rights to write if it edits)")
        return problems + (_types_changed(store, schema) if schema else [])
    except PeeweeDatabaseError as exc:   # the catalogue itself not readable: said, the rest still checked
        busy = read_failure(exc, str(store.path))   # a lock held or a timeout is no damage: said as every command
        if busy is not None:                         # says it (run 33 B29)
            raise busy from None
        return [f"the tables of the corpus could not be listed ({str(exc).splitlines()[0] if str(exc) else exc})"]


def _may_read(store: Store, schema: str, table: str) -> bool:
    """Whether the role may read the table (the server lists only the columns a role has a right on)."""
    row = store.db.execute_sql("SELECT has_table_privilege(quote_ident(%s) || '.' || quote_ident(%s), 'SELECT')",
                               (schema, table)).fetchone()
    return bool(row and row[0])


def _renamed(table: str, gone: list[str], added: list[str]) -> str:
    """One advice for a table that lacks columns jmreview made and has others it never fills: renamed, most likely."""
    back = (f" (ALTER TABLE {table} RENAME COLUMN {added[0]} TO {gone[0]})" if len(gone) == len(added) == 1
            else "")
    return (f"table {table} lacks its column {', '.join(gone)} and has a column {', '.join(added)} another program "
            f"added, which jmreview never fills: most likely the same column renamed, holding what jmreview wrote; "
            f"do not drop it: rename it back{back}, or restore a backup")


# the server types a column jmreview made may have, by the type peewee gives its field (a wider one is no harm)
SERVER_TYPES = {"TEXT": ("text",), "VARCHAR": ("character varying", "text"), "INT": ("integer", "bigint"),
                "SERIAL": ("integer", "bigint"), "BOOLEAN": ("boolean",),
                "TIMESTAMP": ("timestamp without time zone", "timestamp with time zone")}


def _types_changed(store: Store, schema: str) -> list[str]:
    """A line for each column of a server's corpus whose type another program narrowed or changed (run 43 B38:
    `editlog.summary` made varchar(8), every write refused naming no column, doctor ok)."""
    found = {(table, column): (kind, length) for table, column, kind, length in store.db.execute_sql(
        "SELECT table_name, column_name, data_type, character_maximum_length FROM information_schema.columns "
        "WHERE table_schema = %s", (schema,)).fetchall()}
    problems = []
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            table, column = model._meta.table_name, field.column_name
            kind, length = found.get((table, column), (None, None))
            allowed = SERVER_TYPES.get(str(store.db.field_types.get(field.field_type, field.field_type)))
            if kind is None or allowed is None:   # (a column missing is said above)
                continue
            wanted = getattr(field, "max_length", None) if kind == "character varying" else None
            if kind not in allowed or (wanted is not None and length is not None and length < wanted):
                now = f"{kind}({length})" if length is not None else kind
                problems.append(f"column {table}.{column} was made {now} by another program (jmreview made it "
                                f"{allowed[0]}): what jmreview writes there is refused; ask the database's "
                                "administrator to put it back (ALTER TABLE … ALTER COLUMN … TYPE)")
    return problems


def foreign_objects(store: Store) -> list[str]:
    """A line for each trigger or view another program added to a database file (jmreview makes none): a trigger
    can refuse or rewrite every change (run 31 A32: doctor said ok, each import "unexpected error")."""
    if is_postgres(store.db):   # a trigger or rule on the server's tables (run 41 B3: doctor said ok)
        return [f"schema: a {kind} named “{name}” on {table} was added by the administrator: it may refuse or change "
                f"what jmreview writes; ask for it to be removed (DROP {kind.upper()} \"{name}\" ON {table})"
                for kind, name, table in added_objects(store.db)]
    return [f"schema: a {kind} named “{name}” on {table} was added by another program: it may refuse or change what "
            f"jmreview writes; remove it (DROP {kind.upper()} \"{name}\"), or restore a backup"
            for kind, name, table in added_objects(store.db)]


def undecodable(path: Path) -> list[str]:
    """A line for each column of a database file holding bytes that are not UTF-8 text (another program wrote them;
    run 31 A65: doctor said ok, every export "Could not decode to UTF-8"), its first rows named."""
    con = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True)
    con.text_factory = bytes
    out = []
    try:
        for model in ALL_MODELS:
            table = model._meta.table_name
            for f in model._meta.sorted_fields:
                if f.field_type not in ("TEXT", "VARCHAR", "DATETIME"):
                    continue
                bad = []
                for rowid, value in con.execute(f'SELECT rowid, "{f.column_name}" FROM "{table}"'):
                    if isinstance(value, bytes) and not _utf8(value):
                        bad.append(str(rowid))
                if bad:
                    out.append(f"text: {table}.{f.column_name} of rows {', '.join(bad[:5])}"
                               f"{' …' if len(bad) > 5 else ''} holds bytes that are not text (another program wrote "
                               "them): every export stops on them; restore a backup, or have them corrected")
    except sqlite3.Error:
        return out   # a table or column missing: shape_problems names it
    finally:
        con.close()
    return out


def _utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
