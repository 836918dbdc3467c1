"""Open, create and check the SQLite store (WAL, foreign keys, schema version)."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import SqliteDatabase

from jmreview.core.errors import StoreError
from jmreview.core.models import ALL_MODELS, DEFAULT_LABELS, SCHEMA_VERSION, Label, SchemaInfo, database_proxy

SQLITE_MAGIC = b"SQLite format 3\x00"


def default_db_path() -> Path:
    """jmreview.sqlite3 in the user data directory."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("jmreview", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "jmreview.sqlite3"


def _check_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a jmreview database")
    size = path.stat().st_size
    if size == 0:
        raise StoreError(f"{path} is an empty file (0 bytes), not a jmreview database; "
                         "choose another file or delete this one to start a new project")
    with path.open("rb") as fh:
        head = fh.read(16)
    if head != SQLITE_MAGIC:
        raise StoreError(f"{path} is not a SQLite database; jmreview will not overwrite it")


class Store:
    """An open jmreview database."""

    def __init__(self, path: Path | str, readonly: bool = False) -> None:
        self.path = Path(path)
        _check_file(self.path)
        pragmas = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 10000, "synchronous": "normal"}
        self.db = SqliteDatabase(str(self.path), pragmas=pragmas, check_same_thread=False,
                                 timeout=10)
        database_proxy.initialize(self.db)
        try:
            self.db.connect(reuse_if_open=True)
            if readonly:
                self.db.execute_sql("PRAGMA query_only = 1")
            else:
                self._init_schema()
        except sqlite3.DatabaseError as exc:  # peewee re-raises sqlite3 errors as its own subclasses
            self.db.close()
            raise StoreError(f"{self.path} cannot be opened: {exc}") from None
        except Exception as exc:
            self.db.close()
            if exc.__class__.__module__.startswith("peewee"):
                raise StoreError(f"{self.path} cannot be opened: {exc}") from None
            raise

    def _init_schema(self) -> None:
        with self.db.atomic():
            self.db.create_tables(ALL_MODELS, safe=True)
            info = SchemaInfo.select().first()
            if info is None:
                SchemaInfo.create(version=SCHEMA_VERSION)
            elif info.version > SCHEMA_VERSION:
                raise StoreError(f"{self.path} was made by a newer jmreview (schema {info.version}); "
                                 "update jmreview to open it")
            if not Label.select().exists():
                for name, title, color, hotkey in DEFAULT_LABELS:
                    Label.create(name=name, title=title, color=color, hotkey=hotkey)

    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction, taken with BEGIN IMMEDIATE so readers never deadlock it."""
        with self.db.atomic("IMMEDIATE"):
            yield

    def close(self) -> None:
        """Close the connection."""
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
