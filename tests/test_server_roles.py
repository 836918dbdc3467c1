"""Who may do what on a server: editors are database roles, a read-only role browses and exports, passwords stay
with libpq (never in jmreview's files or messages), TLS settings reach libpq untouched."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.analysis.learned import Entry
from jmreview.cli import main
from jmreview.errors import StoreError
from jmreview.store.database import Store
from jmreview.store.lexicon_edits import import_entries
from jmreview.store.models import Article, EditLog, LexiconEntry, SourceFile, StoryLink
from jmreview.workflows.importer import import_paths

from .conftest import ROOT, SEEDS
from .pg_server import SUPERUSER, PgServer, make_role

PAGE_A, PAGE_B = SEEDS / "001_69ca20e02664ffc6.txt", SEEDS / "003_4221d1719c757f4b.txt"




@pytest.fixture
def corpus(pg_url: str) -> str:
    """A server database holding one page and two lexicon entries."""
    with Store(pg_url) as store:
        import_paths(store, [PAGE_A], workers=1)
        import_entries(store, "主编", [Entry("江门日报社", "ORG"), Entry("蓬江", "LOC")], "desk")
    return pg_url


def test_an_editor_is_named_by_their_database_role(pg_server: PgServer, corpus: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    name, url = make_role(pg_server, corpus, "editor")
    with Store(url) as store:
        assert store.role == name and not store.readonly
        first, second = [a.id for a in Article.select().order_by(Article.id).limit(2)]
    assert main(["link", str(first), str(second), "--db", url]) == 0, capsys.readouterr().err
    assert main(["import", str(PAGE_B), "--db", url, "--workers", "1"]) == 0, capsys.readouterr().err
    with Store(url):
        assert [e.who for e in EditLog.select().where(EditLog.action == "link_stories")] == [name]
        assert StoryLink.select().count() == 1 and SourceFile.select().count() == 2
    assert main(["link", str(first), str(second), "--unlink", "--db", url, "--editor", "编辑乙"]) == 0
    with Store(url):   # --editor still names someone else when asked
        assert EditLog.select().order_by(EditLog.id.desc()).first().who == "编辑乙"


def _state(url: str) -> tuple:
    """What a read-only role must not be able to change."""
    with Store(url):
        return (SourceFile.select().count(), Article.select().count(), EditLog.select().count(),
                LexiconEntry.select().count(), StoryLink.select().count(),
                [(a.id, a.version, a.title, a.status) for a in Article.select().order_by(Article.id)])


def test_a_read_only_role_browses_and_exports_but_every_writing_command_is_refused(
        pg_server: PgServer, corpus: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name, url = make_role(pg_server, corpus, "reader")
    database = url.split("@/", 1)[1].split("?", 1)[0]
    with Store(url) as store:
        assert store.readonly and store.role == name
        first, second = [a.id for a in Article.select().order_by(Article.id).limit(2)]
    out = tmp_path / "out"
    out.mkdir()
    # what the reader may do: exports and every reading command
    for argv in (["export", "--format", "json", "--with-source", "-o", str(out / "c.json")],
                 ["export", "--format", "xlsx", "-o", str(out / "c.xlsx")],
                 ["export", "--format", "doccano", "-o", str(out / "c.jsonl")],
                 ["stats"], ["pages"], ["doctor"], ["agreement"], ["work"], ["lexicon", "list"],
                 ["lexicon", "export", str(out / "lex.csv")], ["lexicon", "apply", "--dry-run"],
                 ["import-xlsx", str(out / "c.xlsx"), "--dry-run"], ["copy", url, str(out / "copy.sqlite3")]):
        assert main([*argv, "--db", url] if argv[0] != "copy" else argv) == 0, (argv, capsys.readouterr().err)
    assert json.loads((out / "c.json").read_text(encoding="utf-8"))["files"]
    before = _state(url)
    refused = (["import", str(PAGE_B), "--workers", "1"], ["import-json", str(out / "c.json")],
               ["import-annotations", str(out / "c.jsonl")], ["import-xlsx", str(out / "c.xlsx")],
               ["lexicon", "import", str(out / "lex.csv")], ["lexicon", "apply"], ["rerun"],
               ["link", str(first), str(second)], ["assign", PAGE_A.name, "--to", "编辑乙"],
               ["double-review", PAGE_A.name, "--editors", "甲", "乙"], ["curate", PAGE_A.name, "--all", "a"],
               ["evaluate", "--bio", str(ROOT / "tests" / "data" / "bio" / "sample.bio")])
    capsys.readouterr()
    for argv in refused:
        assert main([*argv, "--db", url]) == 2, argv
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and database in err[0] and name in err[0] and "may not change" in err[0], (argv, err)
    assert _state(url) == before
    with Store(url) as store, pytest.raises(StoreError, match="may not change"):
        with store.write():
            pass


def test_a_password_in_the_url_is_never_written_anywhere(pg_server: PgServer, corpus: str, tmp_path: Path) -> None:
    name, url = make_role(pg_server, corpus, "editor", password="secret-w0rd")
    secret_url = url.replace(f"{name}@", f"{name}:secret-w0rd@", 1)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_STATE_HOME": str(home / ".local/state"),
           "XDG_CACHE_HOME": str(home / ".cache"), "PGPASSFILE": str(tmp_path / "none")}
    said = []
    for argv in (["import", str(PAGE_B), "--workers", "1"], ["link", "1", "2"], ["link", "999999", "2"],
                 ["stats"], ["doctor"], ["export", "-o", str(tmp_path / "c.json")], ["no-such-command"]):
        run = subprocess.run([sys.executable, "-m", "jmreview.cli", *argv, "--db", secret_url], env=env,
                             capture_output=True, text=True, timeout=120, cwd=tmp_path)
        said.append(run.stdout + run.stderr)
    assert "secret" not in "\n".join(said)
    assert "imported" in said[0] and "no article 999999" in said[2], said
    with Store(url.replace(f"{name}@", f"{SUPERUSER}@", 1)):
        assert SourceFile.select().count() == 2
        assert not [e for e in EditLog.select() if "secret" in f"{e.who} {e.summary} {e.payload}"]
    bad = subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db",
                          url.replace(f"{name}@", f"{name}:wrong-secret@", 1)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode == 2 and "password" in bad.stderr and "secret" not in bad.stdout + bad.stderr
    home.mkdir(exist_ok=True)
    leaked = [p for p in home.rglob("*") if p.is_file() and b"secret" in p.read_bytes()]
    assert not leaked


def test_a_crash_log_leaves_the_password_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jmreview.cli import write_crash_log

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("HOME", str(tmp_path))
    try:
        raise RuntimeError("could not talk to postgresql://ed:secret-w0rd@db.example/news?password=secret-2")
    except RuntimeError:
        log = write_crash_log()
    text = log.read_text(encoding="utf-8")
    assert "could not talk to postgresql://ed@db.example/news" in text and "secret" not in text


def test_a_password_kept_in_pgpass_or_a_service_file_opens_the_database(pg_server: PgServer, corpus: str,
                                                                        tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    name, url = make_role(pg_server, corpus, "editor", password="pgpass-secret")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    with pytest.raises(StoreError, match="cannot be opened") as refused:   # the server asks for a password
        Store(url)
    assert "password" in str(refused.value)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{name}:pgpass-secret\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with Store(url) as store:
        assert store.role == name and Article.select().count() > 0
    database = url.split("@/", 1)[1].split("?", 1)[0]
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[newsdesk]\nhost={pg_server.socket}\ndbname={database}\nuser={name}\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    with Store("postgresql://?service=newsdesk") as store:
        assert store.role == name and Article.select().count() > 0


@pytest.mark.parametrize("mode", ["disable", "prefer", "require"])
def test_the_urls_sslmode_reaches_libpq_untouched(corpus: str, mode: str) -> None:
    """The URL's TLS settings are libpq's (over this test server's unix socket libpq uses no TLS whatever they say)."""
    with Store(f"{corpus}&sslmode={mode}") as store:
        assert store.db.connection().get_dsn_parameters()["sslmode"] == mode


def test_corpus_search_on_the_server_uses_a_trigram_index_that_splits_chinese(corpus: str) -> None:
    """pg_trgm makes trigrams of CJK text only where the server's locale calls CJK characters letters (C.UTF-8 and
    the like, as on the test server; not LC_CTYPE=C): the index is made only when it does, and then used."""
    from jmreview.store.search import search

    with Store(corpus) as store:
        db = store.db
        assert db.execute_sql("SELECT array_length(show_trgm('江门日报'), 1) > 0").fetchone()[0]
        assert db.execute_sql("SELECT to_regclass('block_search_trgm') IS NOT NULL").fetchone()[0]
        db.execute_sql("SET enable_seqscan = off; SET enable_indexscan = off")   # one page: too small to want it
        plan = "\n".join(r[0] for r in db.execute_sql(
            "EXPLAIN SELECT id, text FROM block_search WHERE text LIKE ? ORDER BY id LIMIT 100", ("%江门日报%",)))
        assert "block_search_trgm" in plan, plan
        assert search(store, "江门") and search(store, "江門日") == search(store, "江门日")   # either script
        assert [h.matched for h in search(store, "100%_")] == []   # LIKE's wildcards are the query's own characters
