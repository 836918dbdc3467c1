"""The store: schema version, labels, WAL, and files that are not databases."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jmreview.errors import StoreError
from jmreview.store.database import Store
from jmreview.store.models import SCHEMA_VERSION, Label, SchemaInfo


def test_new_database_has_schema_version_labels_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "n.sqlite3"
    with Store(path):
        assert SchemaInfo.get().version == SCHEMA_VERSION
        assert [(lab.name, lab.hotkey) for lab in Label.select().order_by(Label.id)] == [
            ("PER", "1"), ("LOC", "2"), ("ORG", "3"), ("DATE", "4")]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_reopening_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    with Store(path):
        Label.create(name="EVT", title="事件", color="#888888", hotkey="5")
    with Store(path):
        assert Label.select().count() == 5 and SchemaInfo.select().count() == 1


@pytest.mark.parametrize("content,message", [(b"", "empty file"), (b"hello world, not sqlite", "not a SQLite")])
def test_files_that_are_not_databases_are_refused_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        Store(path)
    assert path.read_bytes() == content


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    with Store(path):
        SchemaInfo.update(version=SCHEMA_VERSION + 1).execute()
    with pytest.raises(StoreError, match="newer jmreview"):
        Store(path)
