"""Corpus search over every block's Simplified text (SQLite FTS5 with the trigram tokenizer).

A Simplified query finds Traditional text and the reverse, because both the index and the
query are in Simplified form. Queries shorter than three characters, which trigrams cannot
index, fall back to a scan of the same table.
"""
from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError

from jmreview.analysis.blocks import remove_pinyin
from jmreview.analysis.script import to_simplified_aligned
from jmreview.analysis.searchable import folded, invisible, seen, visible
from jmreview.errors import Coded, StoreError
from jmreview.store.database import Store
from jmreview.store.dialect import execute_many, is_postgres
from jmreview.store.models import Block, SourceFile
from jmreview.store.schema import SEARCH_MARK, SERVER_SEARCH, SERVER_TABLE, trigram_index
from jmreview.store.sqlite_uri import sqlite_uri

TABLE = "block_fts"
SHADOWS = ("data", "idx", "content", "docsize", "config")   # FTS5's own tables behind it
DAMAGED_INDEX = ("the search index of {path} is damaged: nothing can be searched while it is open read-only; open it "
                 "writable and the index is made anew")


def _create(store: Store) -> str:
    """Make the search table if missing; its name (FTS5 on SQLite, a plain table on a server)."""
    if is_postgres(store.db):   # CREATE … IF NOT EXISTS needs the right to create even when the table is there
        if store.db.execute_sql(f"SELECT to_regclass('{SERVER_TABLE}') IS NULL").fetchone()[0]:
            store.db.execute_sql(SERVER_SEARCH)   # (a database set up by an older jmreview)
            trigram_index(store.db)
            _mark(store, SERVER_TABLE)
        return SERVER_TABLE
    if store.db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone():
        return TABLE   # (or a view another program put there: ensure_index makes it anew)
    if store.readonly:   # (run 31 A55: dropped, and the file read-only)
        raise StoreError(Coded(DAMAGED_INDEX, path=store.path))
    store.db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(text, tokenize='trigram')")
    _mark(store, TABLE)
    return TABLE


def _mark(store: Store, table: str) -> None:
    key = "id" if table == SERVER_TABLE else "rowid"
    store.db.execute_sql(f"INSERT INTO {table} ({key}, text) VALUES (0, ?)", (SEARCH_MARK,))


def marked(store: Store) -> bool:
    """Whether the search table holds its text in the searchable form of this version (folded)."""
    table, key = (SERVER_TABLE, "id") if is_postgres(store.db) else (TABLE, "rowid")
    try:
        row = store.db.execute_sql(f"SELECT text FROM {table} WHERE {key} = 0").fetchone()
    except DatabaseError:
        return False
    return bool(row and row[0] == SEARCH_MARK)


def _like(needle: str) -> str:
    """A LIKE pattern that finds `needle` anywhere, its own % _ and \\ taken literally."""
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _insert(store: Store, table: str, rows: list[tuple[int, str]]) -> None:
    key = "id" if table == SERVER_TABLE else "rowid"
    rows = [(block, folded(seen(text))) for block, text in rows]   # (run 34: a mark inside a page's word never
    # hides it; case and width never matter)
    execute_many(store.db, f"INSERT INTO {table} ({key}, text) VALUES (?, ?)", rows)


@dataclass(frozen=True)
class Hit:
    """One block that contains the query."""

    block_id: int
    file_id: int
    file_name: str
    line: int
    article_id: int | None
    snippet: str
    start: int      # source offsets of the first match in the block
    end: int
    before: str = ""  # the block's shown text before the match, the match as written, the text after it
    matched: str = ""
    after: str = ""


def ensure_index(store: Store) -> None:
    """Create the search table if missing and index every block newer than the newest it holds.

    Blocks are indexed in the transaction that writes them (import, JSON import, copy), so what the table can lack
    is a tail: the blocks of a database older than the search, or of review copies. Comparing the newest ids takes
    a millisecond where counting a million articles' blocks took 0.3–0.6 s on the window's first search.
    """
    db = store.db
    if not is_postgres(db) and _not_fts(store):   # a plain table or a view under its name (run 32 A16: a short
        if store.readonly:                        # search, answered by a scan, never made it anew)
            raise StoreError(Coded(DAMAGED_INDEX, path=store.path))
        rebuild_index(store)
    table = _create(store)
    key = "id" if table == SERVER_TABLE else "rowid"
    if not store.readonly and not marked(store):   # an index of before run 34: made anew, folded
        with store.write():
            if table == TABLE:
                _remake(store)
            else:
                db.execute_sql(f"DELETE FROM {table}")
                _mark(store, table)
                _index_from(store, table, 0)
    if table == SERVER_TABLE and not store.readonly and \
            db.execute_sql(f"SELECT to_regclass('{SERVER_TABLE}_trgm') IS NULL").fetchone()[0]:
        trigram_index(store.db)   # a table made before jmreview made the index (or where it could not)
    try:
        (top,) = db.execute_sql(f"SELECT COALESCE(MAX({key}), 0) FROM {table}").fetchone()
    except DatabaseError as exc:   # damaged past opening: made anew (read-only: said)
        if not damaged(store, exc):
            raise
        rebuild_index(store)
        return
    (last,) = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM block").fetchone()
    if last > top and not store.readonly:   # read-only: what is indexed is searched
        with store.write():
            _index_from(store, table, top)
    if not store.readonly and db.execute_sql(MISSING_SQL.format(table=table, key=key), (top,)).fetchone()[0]:
        with store.write():   # lines below the newest indexed that are not (rows another program deleted, the
            _index_from(store, table, top, missing=True)   # table dropped and made by an import: run 30 A48)


def _not_fts(store: Store) -> bool:
    """True when something other than jmreview's FTS5 table stands under the search table's name."""
    row = store.db.execute_sql("SELECT type, sql FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone()
    return row is not None and (row[0] != "table" or "fts5" not in str(row[1] or "").lower())


MISSING_SQL = "SELECT COUNT(*) FROM block WHERE id <= ? AND id NOT IN (SELECT {key} FROM {table})"


def unindexed(store: Store) -> str | None:
    """Doctor's line for lines the search index lacks (rows another program deleted, the table dropped and made anew
    by an import: run 30 A48), or None."""
    if is_postgres(store.db) or TABLE not in store.db.get_tables():
        return None
    try:
        (n,) = store.db.execute_sql(MISSING_SQL.format(table=TABLE, key="rowid") + " AND file_id NOT IN (SELECT id "
                                    "FROM sourcefile WHERE review_of IS NOT NULL)", (1 << 62,)).fetchone()   # (copies:
        # made without the index, searched as their pages)
    except DatabaseError:
        return None   # damaged: index_problem names it
    return (f"search index: {n} lines are not in it — the corpus search misses them; the window's first search adds "
            "them") if n else None


def _index_from(store: Store, table: str, top: int, missing: bool = False) -> None:
    """Index every block whose id is above `top`, or (missing) at or below it and not indexed (inside the caller's
    transaction)."""
    db = store.db
    key = "id" if table == SERVER_TABLE else "rowid"
    wanted = f"id <= ? AND id NOT IN (SELECT {key} FROM {table})" if missing else "id > ?"
    by_file: dict[int, set[int]] = {}
    for block_id, file_id in db.execute_sql(f"SELECT id, file_id FROM block WHERE {wanted}", (top,)):
        by_file.setdefault(file_id, set()).add(block_id)
    files = sorted(by_file)
    for at in range(0, len(files), 500):   # a page's text at a time, never every page's at once
        for source in SourceFile.select(SourceFile.id, SourceFile.text).where(SourceFile.id.in_(files[at:at + 500])):
            ids = by_file[source.id]
            rows = [(b.id, simplified_block(source.text, b.start, b.end))
                    for b in Block.select(Block.id, Block.start, Block.end).where(Block.file == source.id)
                    if b.id in ids]
            _insert(store, table, rows)


NOT_DAMAGE = ("locked", "busy", "full", "I/O", "interrupt", "out of memory", "readonly", "read-only")


def damaged(store: Store, exc: Exception) -> bool:
    """True when SQLite refused a statement on the search table for what the table holds, not for the moment (a lock,
    a full disk): it is derived from the blocks, so made anew, never trusted — damaged, a row of it another program
    wrote (run 31 A8), a table or view of another kind under its name (A30), a format of a newer SQLite (A31).
    Raises, saying so, when the database is open read-only and it cannot be made anew."""
    if is_postgres(store.db) or any(w in str(exc) for w in NOT_DAMAGE):
        return False
    if store.readonly:
        raise StoreError(Coded(DAMAGED_INDEX, path=store.path)) from None
    return True


def rebuild_index(store: Store) -> None:
    """The search table made anew from the blocks: a damaged one is dropped (its shadow tables with it)."""
    with store.write():
        _remake(store)


def _remake(store: Store) -> None:
    """Drop the search table, whatever state it is in, make it again and index every block (in the caller's
    transaction). A table too damaged for SQLite to open cannot be dropped as a table: its own tables are dropped
    and its entry taken out of the schema."""
    db = store.db
    try:
        kind = db.execute_sql("SELECT type FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone()
        db.execute_sql(f"DROP {'VIEW' if kind and kind[0] == 'view' else 'TABLE'} IF EXISTS {TABLE}")
    except DatabaseError:
        for shadow in SHADOWS:
            db.execute_sql(f"DROP TABLE IF EXISTS {TABLE}_{shadow}")
        db.execute_sql("PRAGMA writable_schema = ON")
        try:
            db.execute_sql("DELETE FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,))
            (version,) = db.execute_sql("PRAGMA schema_version").fetchone()
            db.execute_sql(f"PRAGMA schema_version = {int(version) + 1}")   # every connection reads the schema anew
        finally:
            db.execute_sql("PRAGMA writable_schema = OFF")
    _create(store)
    _index_from(store, TABLE, 0)


def index_problem(path: Path) -> str | None:
    """What FTS5's own check finds wrong with a database file's search index (None: nothing, or no index). The check
    writes, so it runs on a copy of the index's tables in a temporary file (the database is only read)."""
    try:
        with tempfile.TemporaryDirectory() as tmp:
            con = sqlite3.connect(Path(tmp) / "index.sqlite3", uri=True)   # (the database attached by its URI)
            try:
                return _checked_copy(con, path)
            finally:
                con.close()
    except OSError:   # no temporary folder to check it in (run 32 A22): no finding
        return None


def _checked_copy(con: sqlite3.Connection, path: Path) -> str | None:
    """The index of `path` copied into `con`'s database and checked there (see index_problem)."""
    try:
        con.execute("ATTACH DATABASE ? AS src", (sqlite_uri(path, "mode=ro"),))
        if not con.execute("SELECT 1 FROM src.sqlite_master WHERE name = ?", (TABLE,)).fetchone():
            return None
        names = {row[0] for row in con.execute("SELECT name FROM src.sqlite_master WHERE name LIKE ?", (f"{TABLE}_%",))}
        gone = [f"{TABLE}_{shadow}" for shadow in SHADOWS if f"{TABLE}_{shadow}" not in names]
        if gone:   # a part of the index dropped by another tool (run 23 A13: doctor said ok, every search failed)
            return (f"search index: its table {', '.join(gone)} is missing — the corpus search fails; opening the "
                    "database in the window makes it anew at its first search")
        con.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, tokenize='trigram')")
        for shadow in SHADOWS:
            con.execute(f"DELETE FROM {TABLE}_{shadow}")
            con.execute(f"INSERT INTO {TABLE}_{shadow} SELECT * FROM src.{TABLE}_{shadow}")
        con.commit()
    except sqlite3.Error:
        return None   # no copy of it to check (no room here, a file that cannot be read): no finding
    try:
        con.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        if "full" in str(exc) or "I/O" in str(exc):
            return None   # no room to check it here: no finding (doctor's other checks say what room it lacks)
        return (f"search index: {exc} — the corpus search may miss what is there; opening the database in the "
                "window makes it anew at its first search")
    return None


def index_blocks(store: Store, file_id: int, text: str, known: dict[int, str] | None = None) -> None:
    """Add one file's blocks to the search table (inside the caller's transaction); `known`: searchable
    forms the analysis already made, by block start."""
    table = _create(store)
    known = known or {}
    rows = [(b.id, known.get(b.start) or simplified_block(text, b.start, b.end))
            for b in Block.select(Block.id, Block.start, Block.end).where(Block.file == file_id)]
    try:
        _insert(store, table, rows)
    except DatabaseError as exc:   # the table damaged: made anew in this transaction, this file's blocks with it
        if not damaged(store, exc):
            raise
        _remake(store)


def simplified_block(text: str, start: int, end: int) -> str:
    """A block's searchable form: pinyin artifacts out, Simplified, one character per source character."""
    return to_simplified_aligned(remove_pinyin(text[start:end])[0])


def _matches(store: Store, needle: str, limit: int) -> tuple[str, list[object]]:
    """A subquery: the ids of (at most `limit`) blocks whose searchable text holds `needle`; and its parameters."""
    if is_postgres(store.db) and len(needle) >= 3:   # LIKE: what the trigram index (if any) answers
        sql = f"SELECT id FROM {SERVER_TABLE} WHERE text LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?"
        return sql, [_like(needle), limit]
    if is_postgres(store.db):
        return f"SELECT id FROM {SERVER_TABLE} WHERE strpos(text, ?) > 0 ORDER BY id LIMIT ?", [needle, limit]
    if len(needle) >= 3:
        phrase = '"' + needle.replace('"', '""') + '"'
        return f"SELECT rowid AS id FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?", [phrase, limit]
    # trigram LIKE answers nothing for patterns under three characters: scan with instr
    return f"SELECT rowid AS id FROM {TABLE} WHERE instr(text, ?) > 0 LIMIT ?", [needle, limit]


def search(store: Store, query: str, file_id: int | None = None, limit: int = 500) -> list[Hit]:
    """Blocks whose Simplified text contains the query, in file and line order; over the whole corpus, of
    the pages of record only (a page's version replaced by a newer one: run 31 A10)."""
    needle = to_simplified_aligned("".join(c for c in query.strip() if c >= " " and not invisible(c)
                                           or c == "\t"))   # no NUL (run 31 A51), no invisible mark (run 32 A19)
    if not needle:
        return []
    needle = folded(needle) if marked(store) else needle   # (an index of before run 34, read-only: as it is)
    matches, params = _matches(store, needle, limit * 4)
    scope = " AND b.file_id = ?" if file_id is not None else " AND s.replaced_by IS NULL"
    # one statement: the hits in order, then each one's own line cut out of its page (never a page's whole text,
    # 30 kB, per hit; on a server, cut after the LIMIT, for the lines shown only)
    sql = ('SELECT h.id, h.file_id, h.line, h.article_id, h.start, h.name, '
           'substr(s.text, h.start + 1, h."end" - h.start) '
           'FROM (SELECT b.id, b.file_id, b.line, b.article_id, b.start, b."end", s.name '
           f'FROM ({matches}) m JOIN block b ON b.id = m.id JOIN sourcefile s ON s.id = b.file_id '
           f'WHERE s.review_of IS NULL{scope} ORDER BY s.name, b.line LIMIT ?) h '
           'JOIN sourcefile s ON s.id = h.file_id ORDER BY h.name, h.line')
    values = [*params, *([file_id] if file_id is not None else []), limit]
    try:
        rows = store.db.execute_sql(sql, values).fetchall()
    except DatabaseError as exc:   # the index damaged (it is derived from the blocks: made anew, never trusted)
        if not damaged(store, exc):
            raise
        rebuild_index(store)
        rows = store.db.execute_sql(sql, values).fetchall()
    hits = []
    for block, file, line, article, first, name, text in rows:
        shown, offsets = visible(*remove_pinyin(text, first))   # (run 34: as in the index)
        at = folded(to_simplified_aligned(shown)).find(folded(needle))
        if at < 0:
            continue
        start, end = offsets[at], offsets[at + len(needle) - 1] + 1
        snippet = shown[max(0, at - 20): at + len(needle) + 20]
        hits.append(Hit(block, file, name, line, article, snippet, start, end,
                        shown[:at], shown[at:at + len(needle)], shown[at + len(needle):]))
    return hits
