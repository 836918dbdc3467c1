"""The schema on either backend: its tables and default labels, and the steps that bring an older one up to date."""
from __future__ import annotations

import re

from peewee import Database, DatabaseError

from jmreview.store.dialect import is_postgres
from jmreview.store.ids import keep_ids_ahead
from jmreview.store.models import ALL_MODELS, DEFAULT_LABELS, SCHEMA_VERSION, Label, SchemaInfo

MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: ("ALTER TABLE article ADD COLUMN flag TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sourcefile ADD COLUMN replaced_by INTEGER NULL"),
    # before the unique index on current versions: of two current versions of one name (left by concurrent
    # imports), the newer stays current and the older is marked replaced by it — nothing is deleted
    3: ("UPDATE sourcefile SET replaced_by = (SELECT MAX(s.id) FROM sourcefile s WHERE s.name = sourcefile.name "
        "AND s.replaced_by IS NULL) WHERE replaced_by IS NULL AND id < (SELECT MAX(s.id) FROM sourcefile s "
        "WHERE s.name = sourcefile.name AND s.replaced_by IS NULL)",),
    4: ("ALTER TABLE sourcefile ADD COLUMN folder TEXT NOT NULL DEFAULT ''",
        "DROP INDEX IF EXISTS sourcefile_one_current_version"),
    # the lexicon's own table is created with the others after the steps
    5: ("ALTER TABLE entity ADD COLUMN cue TEXT NOT NULL DEFAULT ''",),
    # the story links' table is created with the others after the steps
    6: ("ALTER TABLE sourcefile ADD COLUMN issue_date VARCHAR(255) NULL",
        "ALTER TABLE sourcefile ADD COLUMN page_label VARCHAR(255) NULL",
        "ALTER TABLE sourcefile ADD COLUMN page_source VARCHAR(255) NOT NULL DEFAULT ''",
        "ALTER TABLE entity ADD COLUMN resolved VARCHAR(255) NULL",
        "ALTER TABLE entity ADD COLUMN resolved_rule VARCHAR(255) NOT NULL DEFAULT ''"),
    # the assignments' and curation decisions' tables are created with the others after the steps
    7: ("ALTER TABLE sourcefile ADD COLUMN review_of INTEGER NULL",
        "ALTER TABLE sourcefile ADD COLUMN review_editor VARCHAR(255) NULL",
        "ALTER TABLE sourcefile ADD COLUMN review_state VARCHAR(255) NOT NULL DEFAULT ''"),
    # the file list's covering index (models.SourceFile) is created with the others after the steps
    8: (),
    # SQLite's tables are rebuilt with AUTOINCREMENT ids (never_reused_ids): nothing to do on a server
    9: (),
}
LATER_INDEXES = (   # (run 50 A13: each changed line of a long page read all the page's entities)
    "CREATE INDEX IF NOT EXISTS entity_file_start ON entity (file_id, start)",)
INTEGER_KEY = '"id" INTEGER NOT NULL PRIMARY KEY'

ADD_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+)")


SERVER_TABLE = "block_search"   # the corpus search on a server: a plain table, a pg_trgm index where it helps
SERVER_SEARCH = f"CREATE TABLE IF NOT EXISTS {SERVER_TABLE} (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"
SEARCH_MARK = "jmreview: searchable form 2"   # row 0 of a search table (no line's id): its text is folded (run 34)


def create_schema(db: Database) -> None:
    """Create missing tables, the schema version row and the default labels (inside the caller's transaction); on a
    server the search table too, made by whoever sets the database up: an editor's role may not create tables (run 29
    B43: a restore by such a role refused at its first page, "permission denied", no table named)."""
    db.create_tables(ALL_MODELS, safe=True)
    for statement in LATER_INDEXES:   # on a database made before them too
        if not is_postgres(db):
            db.execute_sql(statement)
            continue
        try:
            with db.atomic():   # a savepoint: a role that does not own the table may not make an index on it; the
                db.execute_sql(statement)   # owner's next opening makes it
        except DatabaseError:
            pass
    if is_postgres(db):
        db.execute_sql(SERVER_SEARCH)
        db.execute_sql(f"INSERT INTO {SERVER_TABLE} (id, text) SELECT 0, %s WHERE NOT EXISTS (SELECT 1 FROM "
                       f"{SERVER_TABLE})", (SEARCH_MARK,))   # a new table: folded from its first row on
        trigram_index(db)
    if SchemaInfo.select().first() is None:
        SchemaInfo.create(version=SCHEMA_VERSION)
    if not Label.select().exists():
        for name, title, color, hotkey in DEFAULT_LABELS:
            Label.create(name=name, title=title, color=color, hotkey=hotkey)


def trigram_index(db: Database) -> None:
    """A pg_trgm GIN index on the server's search table, where it splits Chinese into trigrams.

    pg_trgm keeps only the characters the database's LC_CTYPE calls letters: C.UTF-8 and the UTF-8 locales count
    CJK characters (a 3-character query then reads a few index entries: 0.1 ms instead of a 40 ms scan of 100,000
    lines); LC_CTYPE=C does not, and there the index would hold nothing of Chinese, so it is not made. Without the
    extension, or the right to add it, the search scans as before.
    """
    try:
        with db.atomic():   # a savepoint: a refusal leaves the caller's transaction (an import) going
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            if db.execute_sql("SELECT COALESCE(array_length(show_trgm('江门日报'), 1), 0) > 0").fetchone()[0]:
                db.execute_sql(f"CREATE INDEX IF NOT EXISTS {SERVER_TABLE}_trgm ON {SERVER_TABLE} "
                               "USING gin (text gin_trgm_ops)")
    except DatabaseError:
        return


def apply_migrations(db: Database, version: int) -> None:
    """Every step from `version` to SCHEMA_VERSION (inside the caller's transaction)."""
    for target in range(version + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS.get(target, ()):
            added = ADD_COLUMN.match(statement)
            if added and added.group(2) in {c.name for c in db.get_columns(added.group(1))}:
                continue  # a column already there (a database rewound by hand) is not added twice
            db.execute_sql(statement)
    if version < 9 and not is_postgres(db):
        never_reused_ids(db)
    db.execute_sql("UPDATE schemainfo SET version = ?", (SCHEMA_VERSION,))


def never_reused_ids(db: Database) -> None:
    """Rebuild each SQLite table whose ids SQLite may give twice with AUTOINCREMENT ones (foreign keys off)."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        row = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
        if row is None or INTEGER_KEY + " AUTOINCREMENT" in row[0] or INTEGER_KEY not in row[0]:
            continue
        extras = [r[0] for r in db.execute_sql("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND "
                                               "type IN ('index', 'trigger') AND sql IS NOT NULL", (table,))]
        columns = ", ".join(f'"{c.name}"' for c in db.get_columns(table))
        created = row[0].replace(INTEGER_KEY, INTEGER_KEY + " AUTOINCREMENT", 1)
        db.execute_sql(created.replace(f'"{table}"', f'"{table}__ids"', 1))
        db.execute_sql(f'INSERT INTO "{table}__ids" ({columns}) SELECT {columns} FROM "{table}"')
        db.execute_sql(f'DROP TABLE "{table}"')
        db.execute_sql(f'ALTER TABLE "{table}__ids" RENAME TO "{table}"')
        for statement in extras:
            db.execute_sql(statement)
    keep_ids_ahead()   # the highest id ever given, not the highest left (an undone split's, a merged article's)
    if db.execute_sql("PRAGMA foreign_key_check").fetchone() is not None:
        raise RuntimeError("a foreign key broken while rebuilding the tables")   # the caller's transaction undoes it


def columns_gone(db: Database) -> list[str]:
    """`table.column` of every column jmreview's models have that another program dropped or renamed (run 39 A28:
    export, import and the window ended in "no such column"; run 40 B22: `copy` from a server named its target)."""
    gone = []
    for model in ALL_MODELS:
        table = model._meta.table_name
        have = {row[0] for row in db.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND "
            "table_name = ?", (table,)).fetchall()} if is_postgres(db) else \
            {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
        if have:   # (a table missing is said on its own)
            gone += [f"{table}.{f.column_name}" for f in model._meta.sorted_fields if f.column_name not in have]
    return gone
