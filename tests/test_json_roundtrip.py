"""JSON round trip, applying a corpus as one undoable edit, conflicts, and refused files."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.exchange.export_json import export_json
from jmreview.exchange.import_json import import_json
from jmreview.exchange.json_validate import InvalidCorpus, load_corpus
from jmreview.store import changes, edits
from jmreview.store.database import Store
from jmreview.store.models import Article, Entity, SourceFile
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=300)


def without_stamp(path: Path) -> dict:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return doc


def test_export_import_export_gives_the_same_json(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert run("import", str(SEEDS), "--db", str(a)).returncode == 0
    with Store(a) as store:  # some human work, so statuses, reviewers and manual entities travel too
        art = Article.select().order_by(Article.id).first()
        edits.set_status(store, "甲", art.id, "reviewed")
        edits.set_article_field(store, "甲", art.id, "date", "2021-11-03")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run("export", "-o", str(first), "--with-source", "--db", str(a)).returncode == 0
    out = run("import-json", str(first), "--db", str(b))
    assert out.returncode == 0, out.stderr
    assert "restored 32 articles of 5 files" in out.stdout
    assert run("export", "-o", str(second), "--with-source", "--db", str(b)).returncode == 0
    assert without_stamp(first) == without_stamp(second)


def test_restore_needs_the_sources(tmp_path: Path) -> None:
    a = tmp_path / "a.sqlite3"
    run("import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", str(a))
    plain = tmp_path / "plain.json"
    run("export", "-o", str(plain), "--db", str(a))
    out = run("import-json", str(plain), "--db", str(tmp_path / "empty.sqlite3"))
    assert out.returncode == 2 and "--with-source" in out.stderr and "Traceback" not in out.stderr
    with Store(tmp_path / "empty.sqlite3"):
        assert not SourceFile.select().exists()


def test_applying_a_corpus_is_one_undoable_edit_and_conflicts_are_refused(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    path = tmp_path / "work.json"
    export_json(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    arts = doc["files"][0]["articles"]
    # a colleague's script reviewed two articles and fixed a title and an entity in the file
    arts[1]["status"], arts[1]["title"] = "reviewed", "漫画家小林粉丝见面会在江门举行"
    arts[2]["status"] = "rejected"
    arts[1]["entities"] = [dict(e, status="accepted") for e in arts[1]["entities"][:3]]
    # meanwhile an editor changed article 2 in the database
    edits.set_article_field(store, "乙", arts[2]["id"], "kicker", "本地修改")
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before_title = Article.get_by_id(arts[1]["id"]).title

    report = import_json(store, path, "丙")

    assert report.mode == "apply" and report.articles == 1 and report.unchanged == len(arts) - 2
    assert len(report.conflicts) == 1 and str(arts[2]["id"]) in report.conflicts[0]
    one = Article.get_by_id(arts[1]["id"])
    assert one.title == "漫画家小林粉丝见面会在江门举行" and one.status == "reviewed"
    assert Entity.select().where(Entity.article == one).count() == 3
    assert Article.get_by_id(arts[2]["id"]).status == "auto"  # refused: left as the editor had it
    assert Article.get_by_id(arts[2]["id"]).kicker == "本地修改"
    changes.undo(store, report.log_id, "丙")  # one step undoes the whole import
    assert Article.get_by_id(arts[1]["id"]).title == before_title
    assert Article.get_by_id(arts[1]["id"]).status == "auto"


@pytest.mark.parametrize("text,message", [
    ('{"format": "jmreview-corpus", "version": 1, "files": [], "files": []}', "duplicate key"),
    ('{"format": "jmreview-corpus", "version": 1, "files": [], "x": NaN}', "not a number"),
    ('{"format": "jmreview-corpus", "version": 1, "files": [], "x": ' + "[" * 5000 + "]" * 5000 + "}", "nested"),
    ('{"format": "jmreview-corpus", "version": 3, "files": []}', "version"),
    ('{"format": "something else", "version": 1, "files": []}', "format"),
    ('{"format": "jmreview-corpus", "version": 1, "files": [{"name": "a.txt", "sha256": "zz"}]}', "sha256"),
    ("not json at all", "not valid JSON"),
])
def test_bad_corpus_files_are_refused_before_touching_the_database(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidCorpus, match=message):
        load_corpus(path)


def test_wrong_types_inside_articles_are_refused(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "c.json"
    export_json(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    for mutate, message in ((lambda a: a.update(status="done"), "status"),
                            (lambda a: a["blocks"][0].update(start=-4), "outside"),
                            (lambda a: a.update(reporters="张三"), "reporters"),
                            (lambda a: a["entities"].append({"text": "x", "label": "PER", "start": 5, "end": 2}),
                             "outside")):
        bad = json.loads(json.dumps(doc))
        mutate(bad["files"][0]["articles"][0])
        path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(InvalidCorpus, match=message):
            load_corpus(path)
