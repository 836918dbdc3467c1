"""Issue 10: the rows run 21 left open, fixed in the session of run 22 (each test failed before its fix)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jmreview.store.database import Store


def _snapshot(db: Path, tmp_path: Path) -> tuple[Path, dict]:  # type: ignore[type-arg]
    from jmreview.exchange.export_json import export_json

    target = tmp_path / "all.json"
    with Store(db):
        export_json(target, with_source=True)
    return target, json.loads(target.read_text(encoding="utf-8"))


def test_r21a_22_a_nul_in_a_snapshot_is_refused_naming_its_file_article_and_field(db: Path, tmp_path: Path) -> None:
    """Run 21 A22: a NUL in a reporter of one article of a 10 MB snapshot: refused as "the text '\\x00' holds a NUL
    character" — naming neither the file, the article nor the field, so the editor could not find it."""
    from jmreview.exchange.import_json import InvalidCorpus, import_json

    target, doc = _snapshot(db, tmp_path)
    page = doc["files"][-1]
    article = page["articles"][-1]
    article["reporters"] = ["王五", "\x00"]
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "new.sqlite3") as store, pytest.raises(InvalidCorpus) as refused:
        import_json(store, target, "甲")
    said = str(refused.value)
    assert f"file {page['name']}, article {article['id']}, reporters" in said, said
    assert "NUL" in said
