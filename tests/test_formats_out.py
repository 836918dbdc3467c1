"""Annotation formats for other tools, each read back by a small parser written here (not jmreview's code)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
import spacy

from jmreview.exchange.export_json import export_json
from jmreview.exchange.formats_out import export_annotations
from jmreview.store import edits, entity_edits
from jmreview.store.database import Store
from jmreview.store.models import Article, Entity

from .conftest import SEEDS

PINYIN = re.compile(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


@pytest.fixture(scope="module")
def worked_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample pages with an editor's decisions: accepted, rejected, relabelled, added entities, a reviewed article."""
    from jmreview.workflows.importer import import_paths

    path = tmp_path_factory.mktemp("worked") / "w.sqlite3"
    with Store(path) as store:
        import_paths(store, [SEEDS], workers=1)
        decide(store)
    return path


def decide(store: Store) -> None:
    arts = list(Article.select().order_by(Article.id))
    ents = list(Entity.select().where(Entity.article == arts[1]).order_by(Entity.start))
    entity_edits.update_entity(store, "甲", [e.id for e in ents[:3]], status="accepted")
    entity_edits.update_entity(store, "甲", ents[3].id, status="rejected")
    entity_edits.update_entity(store, "甲", ents[4].id, label="ORG")
    e = ents[5]
    entity_edits.add_entity(store, "甲", arts[1].id, e.end, e.end + 2, "PER")
    entity_edits.accept_all(store, "甲", arts[2].id)
    edits.set_status(store, "甲", arts[1].id, "reviewed")


@pytest.fixture
def worked(worked_db: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(worked_db, copy)
    with Store(copy) as store:
        yield store


def expected(tmp_path: Path, status: str | None = None, simplified: bool = False) -> dict[int, Counter]:
    """Per article, the (label, text) of every entity not rejected nor on a duplicate line (from JSON; pinyin out)."""
    path = tmp_path / "truth.json"
    export_json(path, status)
    out: dict[int, Counter] = {}
    for f in json.loads(path.read_text(encoding="utf-8"))["files"]:
        for a in f["articles"]:
            dup = [(b["start"], b["end"]) for b in a["blocks"] if b["duplicate_of"] is not None]
            out[a["id"]] = Counter((e["label"], PINYIN.sub("", e["simplified"] if simplified else e["text"]))
                                   for e in a["entities"]
                                   if e["status"] != "rejected" and not any(s <= e["start"] < t for s, t in dup))
    return out


def read_bio(path: Path) -> dict[int, tuple[str, list[tuple[int, int, str]]]]:
    """An independent CoNLL reader: documents of `CHAR TAG` lines; spans as offsets into the joined characters."""
    docs: dict[int, tuple[str, list[tuple[int, int, str]]]] = {}
    chars: list[str] = []
    spans: list[tuple[int, int, str]] = []
    current = None
    for line in path.read_text(encoding="utf-8").splitlines() + ["-DOCSTART- end"]:
        if line.startswith("-DOCSTART-"):
            if current is not None:
                docs[current] = ("".join(chars), spans)
            current = int(line.split(":")[-1]) if ":" in line else None
            chars, spans = [], []
            continue
        if not line.strip():
            continue
        ch, tag = line.split(" ")
        assert len(ch) == 1
        if tag.startswith("B-"):
            spans.append((len(chars), len(chars) + 1, tag[2:]))
        elif tag.startswith("I-"):
            assert spans and spans[-1][1] == len(chars) and spans[-1][2] == tag[2:], line
            spans[-1] = (spans[-1][0], len(chars) + 1, tag[2:])
        else:
            assert tag == "O"
        chars.append(ch)
    return docs


def compare(found: dict[int, Counter], truth: dict[int, Counter], flat: bool) -> int:
    """Every entity found is expected; all are there, or (flat formats) the missing ones were overlapping."""
    missing = 0
    assert set(found) == set(truth)
    for art_id, want in truth.items():
        got = found[art_id]
        assert not got - want, (art_id, got - want)
        missing += sum((want - got).values())
    if not flat:
        assert missing == 0
    return missing


@pytest.mark.parametrize("script", ["original", "simplified"])
def test_bio_gives_back_every_entity_text(worked, tmp_path: Path, script: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "c.bio"
    report = export_annotations(path, "bio", script=script)
    docs = read_bio(path)
    found = {i: Counter((lab, text[s:e]) for s, e, lab in spans) for i, (text, spans) in docs.items()}
    assert compare(found, expected(tmp_path, simplified=script == "simplified"), flat=True) == report.overlapping
    assert report.articles == 32 and report.entities == sum(sum(c.values()) for c in found.values())


@pytest.mark.parametrize("script", ["original", "simplified"])
def test_brat_offsets_are_exact(worked, tmp_path: Path, script: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "brat.zip"
    report = export_annotations(path, "brat", script=script)
    found: dict[int, Counter] = {}
    with zipfile.ZipFile(path) as z:
        assert "brat/annotation.conf" in z.namelist()
        for name in z.namelist():
            if not name.endswith(".ann"):
                continue
            text = z.read(name[:-4] + ".txt").decode("utf-8")
            counts: Counter = Counter()
            for line in z.read(name).decode("utf-8").splitlines():
                if line.startswith("T"):
                    _, kind, said = line.split("\t")
                    label, s, e = kind.split(" ")
                    assert text[int(s):int(e)] == said
                    counts[(label, said)] += 1
            found[int(Path(name).stem)] = counts
    compare(found, expected(tmp_path, simplified=script == "simplified"), flat=False)
    assert report.unplaced > 0  # the sample pages have duplicate lines; their entities are not written twice


def test_spacy_jsonl_reads_into_docs_with_the_same_spans(worked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "c.jsonl"
    report = export_annotations(path, "spacy", status="reviewed")
    nlp = spacy.blank("zh")
    found = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == report.articles == 1
    for line in lines:
        record = json.loads(line)
        doc = nlp.make_doc(record["text"])
        spans = [doc.char_span(s, e, label=lab) for s, e, lab in record["entities"]]
        assert None not in spans
        doc.ents = spans
        assert [(x.start_char, x.end_char, x.label_) for x in doc.ents] == [tuple(e) for e in record["entities"]]
        found[record["meta"]["jmreview_id"]] = Counter((x.label_, x.text) for x in doc.ents)
    compare(found, expected(tmp_path, status="reviewed"), flat=True)


def test_label_studio_and_doccano_keep_decisions_apart(worked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ls, dc = tmp_path / "ls.json", tmp_path / "dc.jsonl"
    export_annotations(ls, "labelstudio")
    export_annotations(dc, "doccano")
    truth = expected(tmp_path)
    tasks = json.loads(ls.read_text(encoding="utf-8"))
    found: dict[int, Counter] = {}
    accepted = 0
    for task in tasks:
        text = task["data"]["text"]
        regions = task["annotations"][0]["result"] + task["predictions"][0]["result"]
        for r in regions:
            assert text[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]
        accepted += len(task["annotations"][0]["result"])
        found[task["data"]["jmreview_id"]] = Counter((r["value"]["labels"][0], r["value"]["text"]) for r in regions)
    compare(found, truth, flat=False)
    assert accepted == Entity.select().where(Entity.status == "accepted").count()
    found = {}
    for line in dc.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found[record["jmreview_id"]] = Counter((lab, record["text"][s:e])
                                               for s, e, lab in record["label"] + record["suggestions"])
    compare(found, truth, flat=False)


def test_command_line_formats(worked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = worked.path
    for fmt, name in (("bio", "c.bio"), ("brat", "c.zip"), ("spacy", "c.jsonl"), ("labelstudio", "c.json"),
                      ("doccano", "d.jsonl")):
        out = subprocess.run([sys.executable, "-m", "jmreview.cli", "export", "--format", fmt, "-o",
                              str(tmp_path / name), "--status", "reviewed", "--db", str(db)],
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        assert "1 articles written" in out.stdout and (tmp_path / name).stat().st_size > 0
