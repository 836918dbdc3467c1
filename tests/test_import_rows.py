"""The import writes its rows in batches: the same rows, numbers and search index as one row at a time."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jmreview.analysis.searchable import folded, seen
from jmreview.exchange.export_json import export_json
from jmreview.store import rows as row_module
from jmreview.store.database import Store
from jmreview.store.models import Article, Block
from jmreview.store.search import TABLE, simplified_block
from jmreview.workflows import importer
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS


def _export(db: Path, out: Path) -> dict:
    with Store(db) as store:
        assert not import_paths(store, [SEEDS], workers=1).refused
        export_json(out, with_source=True)
        columns = [f.name for f in Article._meta.sorted_fields if f.name not in ("created_at", "updated_at")]
        articles = [[getattr(a, c) if c != "file" else a.file_id for c in columns]
                    for a in Article.select().order_by(Article.id)]
        indexed = dict(store.db.execute_sql(f"SELECT rowid, text FROM {TABLE}").fetchall())
        for b in Block.select():
            assert indexed[b.id] == folded(seen(simplified_block(b.file.text, b.start, b.end)))   # (run 34 A39)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return {"export": doc, "articles": articles}


def test_batched_article_rows_equal_rows_made_one_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    batched = _export(tmp_path / "a.sqlite3", tmp_path / "a.json")
    monkeypatch.setattr(importer, "create_articles", lambda store, sf, arts: [
        row_module.create_article(sf, k, art).id for k, art in enumerate(arts)])
    single = _export(tmp_path / "b.sqlite3", tmp_path / "b.json")
    assert batched == single
    assert [row[0] for row in batched["articles"]] == list(range(1, len(batched["articles"]) + 1))
