"""Issue 10, corpus JSON: restore and apply never lose or corrupt an editor's work.

Every test runs the `jmreview` command as a user would (real processes, real files, real
SQLite databases) and checks what a user would notice: the exit code, the message, the rows.
"""
from __future__ import annotations

import copy
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jmreview.store import edits, entity_edits
from jmreview.store.database import Store
from jmreview.store.models import Article, Block, Entity, SourceFile
from jmreview.workflows.automation import is_protected, rerun_file

from ..conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]
PAGE = SEEDS / "003_4221d1719c757f4b.txt"   # 37 lines, 8 articles: small and quick
TABLES = ("sourcefile", "article", "block", "entity", "label", "editlog")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=120)


def rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the corpus tables, to compare a database before and after."""
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in TABLES}
    finally:
        con.close()


def articles(store: Store) -> list[Article]:
    return list(Article.select().order_by(Article.reading_order))


def export(db: Path, target: Path, *extra: str) -> Path:
    out = run("export", "-o", str(target), "--db", str(db), *extra)
    assert out.returncode == 0, out.stderr
    return target


def hand_work(db: Path) -> dict[str, Any]:
    """An editor's decisions: a title, a role, a line made noise, a flag; returns what to look for."""
    with Store(db) as store:
        arts = articles(store)
        titled, roled, noisy = arts[1], arts[2], arts[3]
        edits.set_article_field(store, "甲", titled.id, "title", "编辑定的标题")
        block = Block.select().where((Block.article == roled) & (Block.role == "body")).order_by(Block.line).first()
        edits.set_block_role(store, "甲", block.id, "caption")
        gone = Block.select().where(Block.article == noisy).order_by(Block.line.desc()).first()
        edits.set_noise(store, "甲", gone.id, True)
        Article.update(flag="new version: check the title").where(Article.id == noisy.id).execute()
        return {"titled": titled.id, "roled": roled.id, "role_line": block.line, "noise_line": gone.line,
                "flagged": noisy.id}


def test_restore_keeps_what_people_decided(db: Path, tmp_path: Path) -> None:
    """item 1: export --with-source, import-json into an empty database, re-run automation: the editor's work stays."""
    want = hand_work(db)
    with Store(db):
        protected = {a.id: is_protected(a) for a in Article.select()}
    assert protected[want["titled"]] and protected[want["roled"]]
    backup = export(db, tmp_path / "backup.json", "--with-source")
    empty = tmp_path / "restored.sqlite3"
    out = run("import-json", str(backup), "--db", str(empty))
    assert out.returncode == 0, out.stderr
    again = export(empty, tmp_path / "again.json", "--with-source")
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (backup, again))
    assert first["files"] == second["files"]                      # every mark came back
    with Store(empty) as store:
        assert {a.id: is_protected(a) for a in Article.select()} == protected
        assert Article.get_by_id(want["flagged"]).flag == "new version: check the title"
        report = rerun_file(store, SourceFile.get())
        assert report.kept == sum(protected.values()) >= 2
        assert Article.get_by_id(want["titled"]).title == "编辑定的标题"
        assert Block.get(Block.line == want["role_line"]).role == "caption"
        assert Block.get(Block.line == want["noise_line"]).article_id is None  # still noise, as the editor said


def test_a_backup_from_before_the_marks_travelled_protects_every_article(db: Path, tmp_path: Path) -> None:
    """item 1: a file that does not say what people decided is restored with every article kept from automation."""
    hand_work(db)
    doc = json.loads(export(db, tmp_path / "old.json", "--with-source").read_text(encoding="utf-8"))
    for f in doc["files"]:
        del f["line_marks"]
        for a in f["articles"]:
            del a["manual"], a["origin"], a["flag"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    empty = tmp_path / "restored.sqlite3"
    assert run("import-json", str(old), "--db", str(empty)).returncode == 0
    with Store(empty) as store:
        assert all(is_protected(a) for a in Article.select())
        assert rerun_file(store, SourceFile.get()).redone == 0


def test_apply_sets_the_marks_the_file_carries(db: Path, page_db: Path, tmp_path: Path) -> None:
    """item 1: import-json into a database of the same page (apply) keeps the "set by hand" marks."""
    want = hand_work(db)
    work = export(db, tmp_path / "work.json")
    other = tmp_path / "other.sqlite3"
    shutil.copy(page_db, other)
    out = run("import-json", str(work), "--db", str(other))
    assert out.returncode == 0, out.stderr
    with Store(other) as store:
        assert "title" in Article.get_by_id(want["titled"]).manual
        assert "role" in Block.get(Block.line == want["role_line"]).manual
        assert "article" in Block.get(Block.line == want["noise_line"]).manual
        rerun_file(store, SourceFile.get())
        assert Article.get_by_id(want["titled"]).title == "编辑定的标题"
        assert Block.get(Block.line == want["role_line"]).role == "caption"
        assert Block.get(Block.line == want["noise_line"]).article_id is None
    out = run("import-json", str(work), "--db", str(db))  # onto the database it came from: marks kept
    assert out.returncode == 0, out.stderr
    with Store(db):
        assert "title" in Article.get_by_id(want["titled"]).manual
        assert "role" in Block.get(Block.line == want["role_line"]).manual


def membership(db: Path) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute('SELECT line, article_id, position, role, joins_previous, duplicate_of FROM block '
                           'ORDER BY line').fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("after", ["merge", "merge, then its lines made noise"])
def test_a_refused_import_leaves_a_merged_article_as_it_is(db: Path, tmp_path: Path, after: str) -> None:
    """item 3: import-json of an earlier export after a merge: the merged article keeps its lines, none comes back."""
    earlier = export(db, tmp_path / "earlier.json")
    with Store(db) as store:
        arts = articles(store)
        keep, gone = arts[1], arts[2]
        gone_lines = [b.line for b in Block.select().where(Block.article == gone)]
        edits.merge_articles(store, "甲", keep.id, gone.id)
        if after != "merge":   # no line of the file's article is in another article any more
            for line in gone_lines:
                edits.set_noise(store, "甲", Block.get(Block.line == line).id, True)
        count = Article.select().count()
    before = membership(db)
    kept_row = [r for r in rows(db)["article"] if r[0] == keep.id]

    out = run("import-json", str(earlier), "--db", str(db))

    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "left as it is" in out.stderr or "not re-created" in out.stderr
    if after == "merge":   # (its lines made noise again, the kept article is as the file says: nothing to refuse)
        assert f"article {keep.id}" in out.stderr
    assert f"article {gone.id}" in out.stderr
    assert membership(db) == before                               # not one line moved
    assert [r for r in rows(db)["article"] if r[0] == keep.id] == kept_row
    with Store(db):
        assert Article.get_or_none(Article.id == gone.id) is None  # the merged-away article stays gone
        assert Article.select().count() == count
    doctor = run("doctor", "--db", str(db))
    assert doctor.returncode == 0, doctor.stdout


def test_a_file_takes_no_line_from_an_article_it_does_not_hold(db: Path, tmp_path: Path) -> None:
    """item 3: a line moves only between articles the file holds and may change (no version check is skipped)."""
    with Store(db) as store:
        first, second = articles(store)[:2]
        edits.set_status(store, "甲", first.id, "in_review")
    part = export(db, tmp_path / "in_review.json", "--status", "in_review")   # holds the first article only
    doc = json.loads(part.read_text(encoding="utf-8"))
    with Store(db):
        taken = Block.select().where(Block.article == second).order_by(Block.line).first()
        doc["files"][0]["articles"][0]["blocks"].append(
            {"line": taken.line, "start": taken.start, "end": taken.end, "role": "body", "joins_previous": False,
             "duplicate_of": None})
    part.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = membership(db)

    out = run("import-json", str(part), "--db", str(db))

    assert out.returncode == 1, out.stdout + out.stderr
    assert f"line {taken.line} now belongs to article {second.id}, which is not in the file" in out.stderr
    assert membership(db) == before
    assert run("doctor", "--db", str(db)).returncode == 0


def test_a_line_brought_back_into_another_article_takes_its_entities_and_restores(db: Path, tmp_path: Path) -> None:
    """item 8: entities always lie on their article's lines, so the check never refuses an editor's own backup."""
    with Store(db) as store:
        second = articles(store)[1]
        line = Block.select().where(Block.article == second).order_by(Block.line).first()
        on_line = Entity.select().where((Entity.start >= line.start) & (Entity.end <= line.end))
        assert on_line.exists()
        entity_edits.update_entity(store, "甲", [e.id for e in on_line], status="accepted")  # decided: they stay
        edits.set_noise(store, "甲", line.id, True)
    aside = export(db, tmp_path / "aside.json", "--with-source")  # set aside with their article: not exported
    out = run("import-json", str(aside), "--db", str(tmp_path / "aside.sqlite3"))
    assert out.returncode == 0, out.stderr
    with Store(db) as store:
        edits.set_noise(store, "甲", line.id, False)    # back into the nearest article before it: the first
        owner = Block.get_by_id(line.id).article_id
        assert owner != second.id
        assert {e.article_id for e in Entity.select().where((Entity.start >= line.start) & (Entity.end <= line.end))} \
            == {owner}
    backup = export(db, tmp_path / "backup.json", "--with-source")
    out = run("import-json", str(backup), "--db", str(tmp_path / "restored.sqlite3"))
    assert out.returncode == 0, out.stderr


Doc = dict[str, Any]


def _first_entity(doc: Doc, k: int = 0) -> dict[str, Any]:
    return next(e for a in doc["files"][0]["articles"][k:] for e in a["entities"])


def _other_article_entity(doc: Doc) -> None:
    arts = doc["files"][0]["articles"]
    arts[0]["entities"].append(copy.deepcopy(arts[1]["entities"][0]))


def _changed_source(doc: Doc) -> None:
    f = doc["files"][0]
    e = _first_entity(doc)
    f["source"] = f["source"][:e["start"]] + "假" + f["source"][e["start"] + 1:]


def _simplified(doc: Doc) -> None:
    e = next(e for a in doc["files"][0]["articles"] for e in a["entities"] if "习" not in e["text"])
    e["simplified"] = "习近平"[:len(e["text"])].ljust(len(e["text"]), "平")


def _line_twice(doc: Doc) -> None:
    arts = doc["files"][0]["articles"]
    arts[1]["blocks"].append(copy.deepcopy(arts[0]["blocks"][0]))


def _bad_label(doc: Doc) -> None:
    name = "../../etc/passwd\n=1+1"
    doc["labels"].append({"name": name, "title": "x", "color": "#000000"})
    _first_entity(doc)["label"] = name


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """A mutation setting one field: 'file.x', 'article.x', 'block.x', 'entity.x'."""
    where, key = path.split(".")

    def mutate(doc: Doc) -> None:
        f = doc["files"][0]
        target = {"file": lambda: f, "article": lambda: f["articles"][0],
                  "block": lambda: f["articles"][0]["blocks"][0], "entity": lambda: _first_entity(doc)}[where]()
        target[key] = value
    return mutate


def _offsets(start: int, end: int) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        e = _first_entity(doc)
        e["start"], e["end"] = start, end
    return mutate


def _dup_file(doc: Doc) -> None:
    twin = copy.deepcopy(doc["files"][0])
    for a in twin["articles"]:
        a["id"] += 1000
    doc["files"].append(twin)


BIG = 2 ** 63
HOSTILE: list[tuple[str, str, Callable[[Doc], None]]] = [
    # item 8: accepted silently before
    ("entity at offset 1,000,000", "outside", _offsets(1_000_000, 1_000_001)),
    ("empty entity at offset 1,000,000", "outside", _offsets(1_000_000, 1_000_000)),
    ("entity text is not the source's", "does not match", _set("entity.text", "假名字")),
    ("source changed, sha256 kept", "sha256", _changed_source),
    ("entity in another article's lines", "not in its article", _other_article_entity),
    ("simplified is not the text's", "simplified", _simplified),
    ("one line in two articles", "two articles", _line_twice),
    ("date 2024-02-30", "date", _set("article.date", "2024-02-30")),
    ("10 MB string", "too long", _set("article.reporters", ["x" * 10_000_000])),
    ("label ../../etc/passwd", "label", _bad_label),
    ("block offsets not its line's", "line", _set("block.start", 1)),
    ("unknown label", "label", _set("entity.label", "XYZ")),
    # item 15: ended in OverflowError, LookupError, ValueError, IntegrityError, UnicodeEncodeError
    ("id 2^63", "id", _set("article.id", BIG)),
    ("offset 2^63", "outside", _offsets(BIG, BIG + 1)),
    ("line 2^63", "line", _set("block.line", BIG)),
    ("index 2^63", "index", _set("article.index", BIG)),
    ("version 2^63", "version", _set("article.version", BIG)),
    ("line_count 2^63", "line_count", _set("file.line_count", BIG)),
    ("duplicate_of 2^63", "duplicate_of", _set("block.duplicate_of", BIG)),
    ("unknown encoding", "encoding", _set("file.encoding", "klingon-8")),
    ("reviewed_at yesterday", "reviewed_at", _set("article.reviewed_at", "yesterday")),
    ("duplicate label names", "label", lambda d: d["labels"].append(dict(d["labels"][0]))),
    ("lone surrogate", "surrogate", _set("article.title", "标题\ud800")),
    ("one file twice", "twice", _dup_file),
]


@pytest.fixture(scope="module")
def full_export(page_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Doc:
    path = export(page_db, tmp_path_factory.mktemp("exp") / "full.json", "--with-source")
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("mode", ["restore", "apply"])
@pytest.mark.parametrize("name,what,mutate", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_corpus_files_are_refused_and_nothing_is_written(
        db: Path, tmp_path: Path, full_export: Doc, mode: str, name: str, what: str,
        mutate: Callable[[Doc], None]) -> None:
    """items 8 and 15: a hostile corpus file is refused with one line naming it and what is wrong; nothing written."""
    doc = copy.deepcopy(full_export)
    if mode == "apply" and name != "source changed, sha256 kept":
        for f in doc["files"]:
            del f["source"]           # a plain export, checked against the sources in the database
    mutate(doc)
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(doc), encoding="utf-8")   # ensure_ascii: lone surrogates as \\ud800
    target = tmp_path / "empty.sqlite3" if mode == "restore" else db
    if mode == "restore":
        with Store(target):
            pass
    before = rows(target)

    out = run("import-json", str(hostile), "--db", str(target))

    lines = out.stderr.strip().splitlines()
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr[-2000:])
    assert len(lines) == 1 and lines[0].startswith("jmreview: hostile.json"), out.stderr[-2000:]
    assert "unexpected error" not in out.stderr and len(lines[0]) < 600
    assert what in lines[0].lower(), lines[0]
    assert rows(target) == before
