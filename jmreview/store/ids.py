"""Numbers for new articles: the next one, or at the ceiling a number no article and no logged edit uses."""
from __future__ import annotations

from jmreview.store.dialect import contains_sql, is_postgres, log_steps_sql, step_field
from jmreview.store.models import ALL_MODELS, Article, database_proxy

MAX_ID = 2 ** 31 - 1   # the highest article id (and version) a corpus file and the database agree on

ARTICLE_MARK = "'\"Article\"'"   # a quick filter: only edits whose payload names an article
GAPS_SQL = ("SELECT a.id + 1 FROM article AS a LEFT JOIN article AS b ON b.id = a.id + 1 "
            "WHERE b.id IS NULL AND a.id < ? ORDER BY a.id")


def logged_sql() -> str:
    """The ids of every article the edit log names."""
    db = database_proxy
    return (f"SELECT DISTINCT {step_field(db, 's', 'id')} FROM editlog, {log_steps_sql(db, 's')} "
            f"WHERE {contains_sql(db, 'editlog.payload', ARTICLE_MARK)} AND {step_field(db, 's', 'model')} = 'Article'")


def highest_given() -> int:
    """On a server, the highest article number ever given (its sequence, raised by every write): never given again.

    SQLite's AUTOINCREMENT does the same, so an undone split's numbers are not taken by the next new article and
    the redo finds them free (run 11 #14).
    """
    last, called = database_proxy.execute_sql("SELECT last_value, is_called FROM article_id_seq").fetchone()
    return int(last) if called else 0


def last_article_given() -> int:
    """The highest article number ever given, as the database counts (SQLite's sqlite_sequence, a server's
    sequence): an article merged or split away keeps its number from the next page (run 50 A16, A17)."""
    if is_postgres(database_proxy):
        return highest_given()
    found = database_proxy.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = 'article'").fetchone()
    return int(found[0]) if found and isinstance(found[0], int) else 0


def new_article_id() -> dict[str, int]:
    """`{}` while SQLite's next number is within MAX_ID; past it, `{"id": n}` with the lowest free number.

    A corpus restored with an article at the ceiling must still take new pages and splits: numbers an
    earlier edit created or deleted are never reused (undo and redo put rows back under their own number).
    """
    top = database_proxy.execute_sql("SELECT max(id) FROM article").fetchone()[0]
    if top is None or top < MAX_ID:   # a server numbers as SQLite does, so both give one export
        return {"id": max(top or 0, highest_given()) + 1} if is_postgres(database_proxy) else {}
    logged = {int(r[0]) for r in database_proxy.execute_sql(logged_sql()).fetchall() if r[0] is not None}
    starts = [1] if not Article.select().where(Article.id == 1).exists() else []
    starts += [int(r[0]) for r in database_proxy.execute_sql(GAPS_SQL, (MAX_ID,)).fetchall()]
    for start in starts:
        n = start
        while n < MAX_ID and n in logged:
            n += 1
        if n < MAX_ID and not Article.select().where(Article.id == n).exists():
            return {"id": n}
    return {"id": MAX_ID + 1}   # every number is taken: within_limit refuses it


def highest_ever() -> dict[str, int]:
    """Each table's highest id ever given, as far as the database knows: its rows, and the rows its edit log names
    (an undone split's article, deleted now, whose redo would put it back under its own number)."""
    db = database_proxy
    tops: dict[str, int] = {}
    present = set(db.get_tables())   # an older schema being upgraded lacks the newer tables yet
    for model in ALL_MODELS:
        table = model._meta.table_name
        if table in present:
            tops[table] = int(db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0])
    names = {m.__name__: m._meta.table_name for m in ALL_MODELS}
    step_id = step_field(db, "s", "id")   # an id no row can have (a damaged or hand-edited log: 2^63, 1e300) is no id
    valid = f"{step_id} ~ '^[0-9]{{1,10}}$'" if is_postgres(db) else f"CAST({step_id} AS BIGINT) BETWEEN 1 AND {MAX_ID}"
    logged = (f"SELECT {step_field(db, 's', 'model')}, MAX(CASE WHEN {valid} THEN CAST({step_id} AS BIGINT) END) "
              f"FROM editlog, {log_steps_sql(db, 's')} GROUP BY 1")
    for model_name, top in db.execute_sql(logged).fetchall():
        table = names.get(str(model_name))
        if table in tops and top is not None and int(top) <= MAX_ID:
            tops[table] = max(tops[table], int(top))
    return tops


def keep_ids_ahead() -> None:
    """Make each table's next id follow the highest ever given (after a rebuild or a copy, which know only the rows
    left): SQLite's sqlite_sequence, a server's sequences (inside the caller's transaction)."""
    count_from(highest_ever())


def count_from(tops: dict[str, int]) -> None:
    """Make each named table's next id follow the given one (never lower it), inside the caller's transaction."""
    db = database_proxy
    for table, top in tops.items():
        if top <= 0:
            continue
        if is_postgres(db):
            db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"GREATEST(?, (SELECT last_value FROM {table}_id_seq)))", (top,))
        elif db.execute_sql("SELECT 1 FROM sqlite_sequence WHERE name = ?", (table,)).fetchone():
            db.execute_sql("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?", (top, table))
        else:
            db.execute_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, top))


def behind() -> dict[str, int]:
    """On a server, the tables whose numbering would give again an id one of their rows holds, with their highest
    id: a sequence an administrator restarted (run 26 B43), or one a crash set back (run 35 B19: a database made
    from a template hands out cached numbers it never logged)."""
    db = database_proxy
    if not is_postgres(db):
        return {}
    names = [m._meta.table_name for m in ALL_MODELS]
    readable = [str(r[0]) for r in db.execute_sql(   # (one this role may not read, or one gone, is left out: its
        "SELECT c.relname FROM pg_class c JOIN pg_class q ON q.relname = c.relname || '_id_seq' AND q.relnamespace = "
        "c.relnamespace WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND "
        "c.relname = ANY(?) AND "
        "has_table_privilege(c.oid, 'SELECT') AND has_sequence_privilege(q.oid, 'SELECT')", (names,)).fetchall()]
    if not readable:   # own refusal says it)
        return {}
    rows = db.execute_sql(" UNION ALL ".join(   # one round trip for every table (this runs at every opening)
        f"SELECT '{table}', (SELECT COALESCE(MAX(id), 0) FROM \"{table}\"), (SELECT last_value FROM pg_sequences "
        f"WHERE schemaname = current_schema() AND sequencename = '{table}_id_seq')" for table in readable)).fetchall()
    return {str(table): int(top) for table, top, last in rows if int(top) > int(last or 0)}


NAMED_IN_EXPORTS = ("article", "entity")   # the ids a workbook or a corpus file names


def ids_given() -> dict[str, int]:
    """The highest article and entity ids ever given here (rows, edit log, SQLite's or the server's counters): what a
    snapshot carries, so that a database restored from it never gives again a number an older export names."""
    db, tops = database_proxy, highest_ever()
    out = {}
    for table in NAMED_IN_EXPORTS:
        if is_postgres(db):   # (a role that only reads has no right to the sequence itself; this view says NULL)
            row = db.execute_sql("SELECT last_value FROM pg_sequences WHERE schemaname = current_schema() "
                                 "AND sequencename = ?", (f"{table}_id_seq",)).fetchone()
            counter = int(row[0]) if row and row[0] is not None else 0
        else:
            row = db.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
            counter = int(row[0]) if row and isinstance(row[0], int) else 0
        out[table] = min(max(tops.get(table, 0), counter), MAX_ID)
    return out


def remade_by_reruns() -> set[int]:
    """Ids of articles a re-run of automation took away and made anew (its log says which: run 24 A12, A13)."""
    from jmreview.store.models import EditLog

    found: set[int] = set()
    for log in EditLog.select(EditLog.payload).where(EditLog.action == "rerun_automation"):
        found |= {int(i) for i in (log.payload or {}).get("remade", []) if isinstance(i, int)}
    return found


class Logged:
    """Whether an id missing here was this database's: the edit log names every article it ever had (read once)."""

    def __init__(self) -> None:
        self.ids: set[int] | None = None

    def __contains__(self, art_id: object) -> bool:
        if self.ids is None:
            self.ids = {int(r[0]) for r in database_proxy.execute_sql(logged_sql()).fetchall() if r[0] is not None}
            self.ids |= remade_by_reruns()   # (run 24 A12: said made anew, not "no id of this database")
        return art_id in self.ids
