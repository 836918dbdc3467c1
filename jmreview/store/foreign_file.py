"""Another program's SQLite file, told from a jmreview database (or a half-made one) before anything is written."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from jmreview.errors import Coded, StoreError
from jmreview.store.models import ALL_MODELS
from jmreview.store.opening_messages import OPENING
from jmreview.store.sqlite_uri import sqlite_uri

OUR_TABLES = {m._meta.table_name for m in ALL_MODELS}   # (a half-made file of ours holds some of these only)
COLUMNS = {m._meta.table_name: {f.column_name for f in m._meta.sorted_fields} for m in ALL_MODELS}


def refuse_foreign(path: Path) -> None:
    """Another program's SQLite file (tables, none of them jmreview's) is refused before anything is written to it:
    no tables added, no WAL mode set (run 26 A15: `stats` made a browser's database a corpus)."""
    try:
        con = sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)   # (makes no -shm: a full disk)
        try:
            tables = {str(r[0]) for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            named = sorted(t for t in tables & OUR_TABLES if "schemainfo" not in tables and not COLUMNS[t] <= {
                str(r[1]) for r in con.execute(f'PRAGMA table_info("{t}")')})   # ours by name only (run 43 B15)
        finally:
            con.close()
    except sqlite3.Error:
        return   # unreadable now (damaged, locked): the opening says what it finds
    others = sorted(t for t in tables if t not in OUR_TABLES and not t.startswith(("block_fts", "sqlite_")))
    if "schemainfo" not in tables and others:
        raise StoreError(Coded(OPENING["foreign_file"], path=path, tables=", ".join(others[:3])))
    if named:
        raise StoreError(Coded(OPENING["foreign_named"], path=path, tables=", ".join(named[:3])))
