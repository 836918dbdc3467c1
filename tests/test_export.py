"""The JSON export keeps the contract of shared/docs/export-format.md, field by field."""
from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from jmreview.exchange.export_json import export_json, export_jsonl
from jmreview.store.models import Article

ROLES = {"kicker", "headline", "subheadline", "byline", "subhead", "caption", "note", "body"}
CATEGORIES = {"news", "feature", "commentary", "document", "roundup", "photo", "ad"}
STATUSES = {"auto", "in_review", "reviewed", "rejected"}


@pytest.fixture
def exported(seeded, tmp_path: Path) -> dict:
    path = tmp_path / "corpus.json"
    export_json(path, with_source=True)
    return json.loads(path.read_text(encoding="utf-8"))


def test_top_level_fields(exported: dict) -> None:
    assert exported["format"] == "jmreview-corpus" and exported["version"] == 2
    stamp = datetime.fromisoformat(exported["exported_at"])
    assert stamp.utcoffset() is not None
    assert [lab["name"] for lab in exported["labels"]] == ["PER", "LOC", "ORG", "DATE"]
    for lab in exported["labels"]:
        assert set(lab) >= {"name", "title", "color"} and re.fullmatch(r"#[0-9a-f]{6}", lab["color"])
    assert len(exported["files"]) == 5


def test_every_file_article_block_and_entity_field(exported: dict) -> None:
    ids = set()
    for f in exported["files"]:
        assert set(f) >= {"name", "sha256", "encoding", "script", "line_count", "articles", "noise_lines"}
        assert re.fullmatch(r"[0-9a-f]{64}", f["sha256"]) and f["encoding"] == "utf-8"
        assert f["script"] in {"traditional", "simplified", "mixed"}
        source = f["source"]
        in_articles = set()
        for k, a in enumerate(f["articles"]):
            assert a["index"] == k and isinstance(a["id"], int) and a["id"] not in ids
            ids.add(a["id"])
            for key in ("title", "kicker", "subtitle", "title_simplified", "text", "text_simplified"):
                assert isinstance(a[key], str)
            assert a["title"].strip() == a["title"] and a["title"]
            assert a["category"] in CATEGORIES and a["status"] in STATUSES
            for key in ("reporters", "correspondents", "photographers", "sources"):
                assert isinstance(a[key], list) and all(isinstance(x, str) for x in a[key])
            assert a["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["date"])
            for b in a["blocks"]:
                assert set(b) == {"line", "start", "end", "role", "joins_previous", "duplicate_of"}
                assert b["role"] in ROLES and isinstance(b["joins_previous"], bool)
                assert 1 <= b["line"] <= f["line_count"]
                assert source[b["start"]:b["end"]].strip()
                assert source.splitlines()[b["line"] - 1] == source[b["start"]:b["end"]]
                assert b["duplicate_of"] is None or b["duplicate_of"] < b["line"]
                in_articles.add(b["line"])
            for e in a["entities"]:
                assert source[e["start"]:e["end"]] == e["text"]
                assert e["label"] in {"PER", "LOC", "ORG", "DATE"}
                assert e["origin"] == "auto" and e["status"] == "suggested"
                assert e["role"] is None or isinstance(e["role"], str)
                assert e["simplified"]
        assert not in_articles & set(f["noise_lines"])


def test_text_applies_joins_and_drops_duplicates_captions_and_pinyin(exported: dict) -> None:
    f000 = next(f for f in exported["files"] if f["name"].startswith("000"))
    first = f000["articles"][0]
    assert first["text"].count("江門大型產業集羣區包括北、東、南三大組團") == 1  # duplicate left out
    resolution = f000["articles"][1]
    assert "堅決貫徹落實總書記、黨中央重大決策部署" in resolution["text"]  # join across a column break
    last = f000["articles"][-1]
    assert "項目建設方供圖" not in last["text"]  # caption left out
    f003 = next(f for f in exported["files"] if f["name"].startswith("003"))
    assert all("(wù)" not in a["text"] for a in f003["articles"])
    assert "服务" in f003["articles"][0]["text_simplified"]
    assert "横琴" in f003["articles"][0]["text_simplified"]


def test_entities_carry_titles_as_roles(exported: dict) -> None:
    people = [e for f in exported["files"] for a in f["articles"] for e in a["entities"] if e["label"] == "PER"]
    assert any(e["simplified"] == "陈岸明" and e["role"] == "市委书记" for e in people)
    assert all(e["role"] is None or e["role"] for e in people)


def test_status_filter_limits_the_export(seeded, tmp_path: Path) -> None:
    target = Article.select().order_by(Article.id).first()
    Article.update(status="reviewed").where(Article.id == target.id).execute()
    try:
        path = tmp_path / "reviewed.json"
        n = export_json(path, status="reviewed")
        doc = json.loads(path.read_text(encoding="utf-8"))
        ids = [a["id"] for f in doc["files"] for a in f["articles"]]
        assert n == 1 and ids == [target.id]
    finally:
        Article.update(status="auto").where(Article.id == target.id).execute()


def test_jsonl_writes_one_article_a_line_with_its_file(seeded, tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    n = export_jsonl(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == n == Article.select().count()
    first = json.loads(lines[0])
    assert first["name"].endswith(".txt") and "blocks" in first and "entities" in first


def test_export_replaces_the_old_file_only_when_complete(seeded, tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    path.write_text("old", encoding="utf-8")
    export_json(path)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "jmreview-corpus"
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.json"]
