"""`jmreview copy SRC DST`: a whole corpus from one database into an empty one, SQLite and PostgreSQL either way.

Every row keeps its id, so the edit log (undo and redo name rows by id), the lexicon's entries and the
story links mean the same in the copy. The source is only read; the target is written in one transaction
(a failure leaves it empty) and its search index is built from the copied lines.
"""
from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peewee import BooleanField

from jmreview.errors import Coded, StoreError
from jmreview.store.database import Store
from jmreview.store.dialect import connection_lost, execute_many, is_postgres
from jmreview.store.doctor import journal_problem
from jmreview.store.ids import highest_ever, keep_ids_ahead
from jmreview.store.location import is_server
from jmreview.store.models import (
    SCHEMA_VERSION,
    Article,
    Assignment,
    BaseModel,
    Block,
    CurationDecision,
    EditLog,
    Entity,
    Label,
    LexiconEntry,
    SourceFile,
    StoryLink,
)
from jmreview.store.opening_messages import OPENING
from jmreview.store.read_back import refuse_bulk_into
from jmreview.store.schema import columns_gone
from jmreview.store.search import index_blocks

TABLES: tuple[type[BaseModel], ...] = (Label, SourceFile, Article, Block, Entity, EditLog, LexiconEntry, StoryLink,
                                       Assignment, CurationDecision)
CHUNK = 2000


def copy_corpus(source: Path | str, target: Path | str) -> dict[str, int]:
    """Copy every row of `source` into the empty database `target`; the rows copied per table."""
    if not is_server(source):   # a -wal that is not the file's own continuation is never read into a copy
        problem = journal_problem(Path(source))
        if problem is not None:
            raise StoreError(f"{source} cannot be copied: {problem}")
    with Store(source, readonly=True) as src:
        (version,) = src.db.execute_sql("SELECT version FROM schemainfo").fetchone()
        if version == SCHEMA_VERSION and (dropped := columns_gone(src.db)):   # (run 39 A28, run 40 B22)
            raise StoreError(Coded(OPENING["column_gone"], path=src.path, column=", ".join(dropped[:3])))
        if version >= SCHEMA_VERSION:
            highest_ever()   # its edit log read first: a spoiled value is said as the source's (B3)
    if version < SCHEMA_VERSION and not is_server(source):   # an older file: copied from an upgraded copy of it,
        with tempfile.TemporaryDirectory() as tmp:            # the file itself untouched (it may be read-only)
            upgraded = Path(tmp) / "source.sqlite3"
            try:
                with Store(source, readonly=True) as src:   # read as the store reads it (a read-only disk too)
                    into = sqlite3.connect(upgraded)
                    try:
                        src.db.connection().backup(into)
                    finally:
                        into.close()
            except (OSError, sqlite3.Error) as exc:
                raise StoreError(f"{source} has schema {version} and is copied through an upgraded copy in "
                                 f"{tmp}, which could not be written ({exc}); free space there (or set TMPDIR to a "
                                 "folder with room) and copy again") from None
            Store(upgraded, backups=False).close()
            return copy_corpus(upgraded, target)
    with Store(source, readonly=True) as src:
        if version != SCHEMA_VERSION:
            raise StoreError(f"{src.path} has schema {version}, this jmreview copies schema {SCHEMA_VERSION}: "
                             "open it once with this jmreview (which upgrades it), then copy")
        with Store(target, backups=False) as dst:
            counts: dict[str, int] = {}
            with dst.write():
                refuse_bulk_into(dst.path, dst.db)   # (run 57 B6: a rule skipping the history, said copied)
                read = False
                try:
                    with src.db.atomic():   # one snapshot of the source, whoever writes to it meanwhile
                        for held in (SourceFile, EditLog, LexiconEntry):   # looked at under the write lock: a second
                            if held.select().exists():            # copy into it at once is refused so (run 22 B61)
                                raise StoreError(f"{dst.path} already holds a corpus: nothing was copied; "
                                                 "copy into a new, empty database")
                        if is_postgres(src.db):
                            src.db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                        Label.delete().execute()   # the new database's default labels: the source's replace them
                        for model in TABLES:
                            counts[model.__name__] = _copy_table(src, dst, model)
                        read = True
                except Exception as exc:   # every row read in one snapshot: a session ended as its reading closed
                    if not (read and is_postgres(src.db) and _gone(exc)):   # loses nothing (run 51 B24: the whole
                        raise _said(_lost_side(src, dst), exc) from None    # copy undone, "stopped answering");
                    # ended as the snapshot began: said as ended, not as a stopped server (found with run 53 B4)
                _follow_ids(dst)
                for sf in SourceFile.select(SourceFile.id, SourceFile.text):
                    index_blocks(dst, sf.id, sf.text)
    return counts


def wal_left(target: Path | str) -> str | None:
    """What to know of a new SQLite copy whose rows could not all be folded into its file (a full disk, run 51 B5:
    counts said, the file alone "malformed"); None when the file stands alone."""
    if is_server(target):
        return None
    wal = Path(f"{target}-wal")
    with contextlib.suppress(sqlite3.Error), contextlib.closing(sqlite3.connect(target)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if not wal.exists() or wal.stat().st_size == 0:
        return None
    return (f"{target}: the copy is whole, but part of it is still in {wal.name} beside it (the disk is full, so it "
            f"could not be folded into the file): keep the two files together, as the file alone misses rows; or free "
            f"space and open it once (`jmreview doctor --db {target}`), which folds it in")


def _copy_table(src: Store, dst: Store, model: type[BaseModel]) -> int:
    """Every row of one table, in id order, in chunks; flags become booleans for PostgreSQL."""
    fields = model._meta.sorted_fields
    columns = [f.column_name for f in fields]
    flags = [isinstance(f, BooleanField) for f in fields]
    names = ", ".join(f'"{c}"' for c in columns)
    table = model._meta.table_name
    cursor = _read(src, lambda: src.db.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY "id"'))
    insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
    copied = 0
    while True:
        rows = _read(src, lambda: cursor.fetchmany(CHUNK))
        if not rows:
            return copied
        typed = [_typed(row, flags) for row in rows]
        if is_postgres(dst.db):
            _no_nul(src, table, columns, typed)
            _fits(src, table, columns, typed, [getattr(f, "max_length", None) for f in fields])
        execute_many(dst.db, insert, typed)
        copied += len(rows)


def _read(src: Store, step: Callable[[], Any]) -> Any:
    """One read of the source; a server session lost meanwhile said as the source's store says it: the server
    stopped, or — the server up — the session ended (run 51 B24: an administrator's end said as a stopped server)."""
    try:
        return step()
    except Exception as exc:
        raise _said(src, exc) from None


def _lost_side(src: Store, dst: Store) -> Store:
    """The store whose server session was lost: the target's when its connection is closed and the source's is not
    (run 56 B18: a target's session ended by an administrator was said as the source's)."""
    def closed(store: Store) -> bool:
        conn = getattr(getattr(store.db, "_state", None), "conn", None)
        return bool(is_postgres(store.db) and conn is not None and getattr(conn, "closed", 0))

    return dst if closed(dst) and not closed(src) else src


def _said(src: Store, exc: Exception) -> Exception:
    """A failed read of the source as the source's store says it: a lost server session as stopped or ended."""
    lost = getattr(src, "_lost", None)
    return lost(exc) if lost is not None and is_postgres(src.db) and _gone(exc) else exc


def _gone(exc: BaseException) -> bool:
    """The server session is lost (psycopg2's own InterfaceError too: "connection already closed")."""
    return connection_lost(exc) or type(exc).__name__ == "InterfaceError"


def _no_nul(src: Store, table: str, columns: list[str], rows: list[list[Any]]) -> None:
    """Refuse, by table, row and column, a text with a NUL character: PostgreSQL cannot store one."""
    for row in rows:
        for column, value in zip(columns, row):
            if isinstance(value, str) and "\x00" in value:
                raise StoreError(f"{src.path}: {table} {row[columns.index('id')]} holds a NUL character (U+0000) in "
                                 f"its {column}, which PostgreSQL cannot store: nothing was copied; correct that text "
                                 f"in {src.path} and copy again")


def _fits(src: Store, table: str, columns: list[str], rows: list[list[Any]], limits: list[int | None]) -> None:
    """Refuse, by table, row and column, a text longer than its column holds on a server (run 35 B37: said as a table
    another program changed on the server)."""
    for row in rows:
        for column, value, limit in zip(columns, row, limits):
            if limit and isinstance(value, str) and len(value) > limit:
                raise StoreError(f"{src.path}: {table} {row[columns.index('id')]} holds a {column} of {len(value):,} "
                                 f"characters, more than the {limit} a server keeps (another program wrote it; doctor "
                                 f"names it): nothing was copied; correct it in {src.path} and copy again")


def _typed(row: tuple[Any, ...], flags: list[bool]) -> list[Any]:
    return [bool(v) if flag and v is not None else v for v, flag in zip(row, flags)]


def _follow_ids(dst: Store) -> None:
    """Each table's next id follows the highest the source ever gave (its rows and its edit log), on either backend."""
    keep_ids_ahead()
