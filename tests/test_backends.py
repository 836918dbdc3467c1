"""The store on both backends: a SQLite file and a PostgreSQL database behave alike, and `copy` moves a corpus."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.analysis.learned import Entry
from jmreview.cli import main
from jmreview.errors import StoreError
from jmreview.exchange.export_json import export_json
from jmreview.store import edits, entity_edits, lexicon_edits, story_edits
from jmreview.store.changes import EditConflict, redo, undo
from jmreview.store.copy import copy_corpus
from jmreview.store.database import Store
from jmreview.store.models import SCHEMA_VERSION, Article, Block, EditLog, Entity, Label, LexiconEntry, StoryLink
from jmreview.store.search import search
from jmreview.workflows.importer import import_paths

from .conftest import ROOT, SEEDS

WHO = "编辑甲"


def exported(location: Path | str, out: Path) -> dict:
    """The corpus as `export --with-source` writes it, without the moment of writing."""
    with Store(location):
        export_json(out, with_source=True)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc.pop("exported_at", None)
    return doc


def work(store: Store) -> list[int]:
    """The same corrections on any backend: every kind of edit, one undone and redone, one left undone."""
    first = Article.select().order_by(Article.file, Article.reading_order).first()
    logs = [edits.set_article_field(store, WHO, first.id, "title", "改过的标题", expected_version=first.version),
            edits.set_article_field(store, WHO, first.id, "reporters", ["张三", "李四"]),
            edits.set_status(store, WHO, first.id, "reviewed")]
    lines = list(Block.select().where(Block.article == first.id).order_by(Block.line))
    logs.append(edits.set_block_role(store, WHO, lines[-1].id, "caption"))
    logs.append(edits.split_article(store, WHO, lines[-1].id))
    new = Block.get_by_id(lines[-1].id).article_id
    logs.append(edits.merge_articles(store, WHO, first.id, new))
    logs.append(edits.split_article(store, WHO, lines[-1].id))
    logs.append(edits.move_blocks(store, WHO, [lines[-1].id], first.id))
    logs.append(edits.set_join(store, WHO, lines[1].id, True))
    start = lines[0].start
    logs.append(entity_edits.add_entity(store, WHO, first.id, start, start + 2, "ORG"))
    suggested = Entity.select().where(Entity.status == "suggested").order_by(Entity.id).first()
    logs.append(entity_edits.update_entity(store, WHO, suggested.id, status="rejected"))
    second = Article.select().where(Article.file != first.file).order_by(Article.id).first()
    logs.append(story_edits.link_stories(store, WHO, first.id, second.id))
    logs.append(lexicon_edits.import_entries(store, WHO, [Entry("江门日报社", "ORG"), Entry("蓬江", "LOC")], "desk")[1])
    undo(store, logs[2], WHO)
    redo(store, logs[2], WHO)
    undo(store, logs[-1], WHO)
    return logs


def test_a_new_database_has_its_schema_and_keeps_what_was_written(db_location: Path | str) -> None:
    with Store(db_location) as store:
        assert store.db.execute_sql("SELECT version FROM schemainfo").fetchone()[0] == SCHEMA_VERSION
        assert sorted(label.name for label in Label.select()) == ["DATE", "LOC", "ORG", "PER"]
        report = import_paths(store, [SEEDS], workers=1)
        assert not report.refused and len(report.imported) == 5
        counts = (Article.select().count(), Block.select().count(), Entity.select().count())
    with Store(db_location) as store:   # opened again: the same, and the same seeds are not imported twice
        assert (Article.select().count(), Block.select().count(), Entity.select().count()) == counts
        assert len(import_paths(store, [SEEDS], workers=1).skipped) == 5
        assert search(store, "江门") and search(store, "江門")   # Simplified finds Traditional and the reverse


def test_a_server_database_of_a_newer_jmreview_is_refused(pg_url: str) -> None:
    with Store(pg_url) as store:
        store.db.execute_sql("UPDATE schemainfo SET version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="newer jmreview"):
        Store(pg_url)


def test_every_edit_gives_the_same_export_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    sqlite = tmp_path / "corpus.sqlite3"
    results = []
    for location in (sqlite, pg_url):
        with Store(location) as store:
            import_paths(store, [SEEDS], workers=1)
            logs = work(store)
            log = [(r.id, r.who, r.action, r.summary, r.undone) for r in EditLog.select().order_by(EditLog.id)]
        results.append((logs, log, exported(location, tmp_path / "out.json")))
    (logs_a, log_a, doc_a), (logs_b, log_b, doc_b) = results
    assert logs_a == logs_b and log_a == log_b
    for doc in (doc_a, doc_b):   # the moments of a review and of a change are when each was made
        for f in doc["files"]:
            for a in f["articles"]:
                a["reviewed_at"] = a["reviewed_at"] is not None
                a["changed_at"] = a["changed_at"] is not None
    assert doc_a == doc_b
    assert any(a["title"] == "改过的标题" and a["status"] == "reviewed" for f in doc_b["files"] for a in f["articles"])


WRITER = r"""
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from jmreview.store import edits
from jmreview.store.database import Store
location = sys.argv[2] if sys.argv[2].startswith("postgresql://") else Path(sys.argv[2])
with Store(location, backups=False) as store:
    edits.set_article_field(store, "乙", int(sys.argv[3]), "kicker", "乙的修改")
"""


def test_an_edit_made_on_another_connection_refuses_the_stale_one(db_location: Path | str) -> None:
    with Store(db_location) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        art = Article.select().order_by(Article.id).first()
        seen = art.version   # what the first window shows
        other = subprocess.run([sys.executable, "-c", WRITER, str(ROOT), str(db_location), str(art.id)],
                               capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr
        with pytest.raises(EditConflict, match="changed elsewhere"):
            edits.set_article_field(store, WHO, art.id, "kicker", "甲的修改", expected_version=seen)
        assert Article.get_by_id(art.id).kicker == "乙的修改" and Article.get_by_id(art.id).version == seen + 1
        assert [e.who for e in EditLog.select()] == ["乙"]


def test_copy_to_postgresql_and_back_keeps_ids_history_lexicon_and_links(tmp_path: Path, pg_url: str) -> None:
    first, back = tmp_path / "first.sqlite3", tmp_path / "back.sqlite3"
    with Store(first) as store:
        import_paths(store, [SEEDS], workers=1)
        work(store)

    def rows() -> tuple[list, list, list, list]:
        return ([(r.id, r.at, r.who, r.action, r.summary, r.payload, r.undone) for r in EditLog.select().order_by(EditLog.id)],
                sorted((r.text, r.label, r.positive, r.origin, r.hidden) for r in LexiconEntry.select()),
                sorted((r.id, r.first_id, r.then_id, r.status, r.origin) for r in StoryLink.select()),
                sorted((r.id, r.name, r.color) for r in Label.select()))

    with Store(first):
        before = rows()
        first_article = Article.select().order_by(Article.file, Article.reading_order).first().id
    counts = copy_corpus(first, pg_url)
    assert counts["EditLog"] == len(before[0]) and counts["Article"] > 0
    copy_corpus(pg_url, back)
    docs = [exported(location, tmp_path / "out.json") for location in (first, pg_url, back)]
    assert docs[0] == docs[1] == docs[2]
    for location in (pg_url, back):
        with Store(location) as store:
            assert rows() == before
            lexicon_import = next(r[0] for r in before[0] if r[3] == "lexicon_import")
            redo(store, lexicon_import, WHO)   # the log replays in the copy: the undone lexicon import again
            assert LexiconEntry.select().count() == 2
            top = Article.select().order_by(Article.id.desc()).first().id
            last = Block.select().where(Block.article == first_article).order_by(Block.line.desc()).first()
            assert edits.split_article(store, WHO, last.id)
            made = Block.get_by_id(last.id).article_id   # new articles number on after every one ever given
            named = {s.get("id") for r in before[0] if isinstance(r[5], dict)
                     for s in r[5].get("steps", []) if s.get("model") == "Article"}
            assert named and made is not None and made > max([top, *named])
    with pytest.raises(StoreError, match="already holds a corpus"):
        copy_corpus(first, pg_url)


def test_the_command_line_works_on_a_server_database(tmp_path: Path, pg_url: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(SEEDS / "001_69ca20e02664ffc6.txt"), "--db", pg_url, "--workers", "1"]) == 0
    assert main(["export", "--format", "json", "-o", str(tmp_path / "c.json"), "--db", pg_url]) == 0
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["files"]
    capsys.readouterr()
    assert main(["doctor", "--db", pg_url]) == 0
    out = capsys.readouterr().out
    assert "the server's job" in out and "export --with-source" in out and ": ok" in out
    assert main(["stats", "--db", pg_url]) == 0
    assert main(["copy", pg_url, str(tmp_path / "copy.sqlite3")]) == 0
    assert "article" in capsys.readouterr().out


EDITOR = r"""
import json, random, sys, time
sys.path.insert(0, sys.argv[1])
from jmreview.store import edits
from jmreview.store.changes import EditConflict
from jmreview.store.database import Store
from jmreview.store.models import Article
url, who, count, start = sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
targets = json.loads(sys.argv[6])
rng = random.Random(who)
done, refused = [], []
with Store(url) as store:
    while time.time() < start:   # every editor starts at once: their edits collide
        time.sleep(0.005)
    for n in range(count):
        art = rng.choice(targets)
        seen = Article.get_by_id(art).version   # what this editor's window shows
        time.sleep(rng.uniform(0, 0.01))        # …while another editor may change the article
        value = f"{who}-{n}"
        try:
            if n % 3 == 2:
                log = edits.set_status(store, who, art, rng.choice(["in_review", "reviewed"]), expected_version=seen)
                value = None
            else:
                log = edits.set_article_field(store, who, art, "kicker", value, expected_version=seen)
            done.append([art, value, log])
        except EditConflict as exc:
            refused.append(str(exc))
print(json.dumps({"done": done, "refused": refused}))
"""


def test_editors_in_several_processes_collide_on_one_server(pg_url: str) -> None:
    import time

    from jmreview.store.doctor import examine

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
        targets = [a.id for a in Article.select().order_by(Article.id).limit(3)]
    start = time.time() + 3
    procs = [subprocess.Popen([sys.executable, "-c", EDITOR, str(ROOT), pg_url, who, "40", str(start),
                               json.dumps(targets)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("甲", "乙", "丙")]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in outs]
    results = {who: json.loads(out) for who, (out, _) in zip(("甲", "乙", "丙"), outs)}
    refusals = [m for r in results.values() for m in r["refused"]]
    assert refusals, "the editors never collided: the test proves nothing"
    assert all("changed elsewhere" in m and "reload it and try again" in m for m in refusals)
    with Store(pg_url) as store:
        assert not examine(store).problems
        for who, r in results.items():   # every committed edit is in the log, under its editor; no refused one is
            logged = {e.id for e in EditLog.select().where(EditLog.who == who)}
            assert logged == {log for _, _, log in r["done"] if log}   # 0: a status it already had, no edit
            assert len(r["done"]) + len(r["refused"]) == 40
        done = sorted((log, art, value) for r in results.values() for art, value, log in r["done"] if log)
        for art in targets:   # each article moved one version per committed edit, and shows the last one's kicker
            mine = [(log, value) for log, a, value in done if a == art]
            row = Article.get_by_id(art)
            assert row.version == 1 + len(mine)
            kickers = [value for _, value in mine if value is not None]
            assert row.kicker == (kickers[-1] if kickers else row.kicker)


def test_p5_a_server_connection_lost_mid_import_stops_with_a_summary(pg_url: str, tmp_path: Path) -> None:
    """Seventh run P5: the server dropping the importer's connection ended in 'unexpected error: InterfaceError';
    the import now stops at that file, reports what it imported and what it did not try."""
    import psycopg2

    from jmreview.store.models import database_proxy
    from jmreview.workflows.importer import import_paths

    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(5):
        (folder / f"p{n}.txt").write_text(f"标题{n}\n\n　　江门日报讯 第{n}篇正文。\n", encoding="utf-8")
    with Store(pg_url) as store:
        pid = database_proxy.execute_sql("SELECT pg_backend_pid()").fetchone()[0]

        def progress(n: int, total: int, name: str) -> None:
            if n == 2:   # an administrator stops this editor's session on the server
                other = psycopg2.connect(pg_url)
                other.autocommit = True
                other.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
                other.close()

        report = import_paths(store, [folder], progress=progress, workers=1)
    assert len(report.imported) == 2 and report.not_tried, report
    assert "ended this session though the server is running" in report.refused[-1][1], report.refused   # run 14 B16


def test_p6_a_busy_server_is_said_as_busy_not_as_unopenable(pg_url: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Seventh run P6: while another session held the write lock, `link` said the database 'cannot be opened:
    canceling statement due to lock timeout'. Opening no longer waits for writers; the write says it is busy."""
    import psycopg2

    from jmreview.store.server import WRITE_LOCK, ServerStore

    assert main(["import", str(SEEDS / "001_69ca20e02664ffc6.txt"), "--db", pg_url, "--workers", "1"]) == 0
    holder = psycopg2.connect(pg_url)
    try:
        holder.cursor().execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))
        with ServerStore(pg_url, busy_ms=300) as store:   # opens at once
            first = Article.select().order_by(Article.id).first()
            with pytest.raises(StoreError) as caught:
                edits.set_article_field(store, WHO, first.id, "title", "新标题")
        said = str(caught.value)   # (a session holding the turn idle is named since run 25 B41)
        assert "is busy" in said and "pg_terminate_backend" in said and "cannot be opened" not in said, said
        holder.cursor().execute("LOCK TABLE article IN ACCESS EXCLUSIVE MODE")   # inside the holder's transaction
        capsys.readouterr()
        assert main(["stats", "--db", pg_url]) == 2
        err = capsys.readouterr().err
        assert "busy" in err and "cannot be opened" not in err and "unexpected" not in err, err
    finally:
        holder.close()
    with Store(pg_url) as store:   # the lock gone, the edit goes through
        first = Article.select().order_by(Article.id).first()
        edits.set_article_field(store, WHO, first.id, "title", "新标题")
