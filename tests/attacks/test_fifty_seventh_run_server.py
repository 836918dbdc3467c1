"""Server rows of the fifty-seventh adversarial run and the CI runs after it (issue 10), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import SEEDS
from ..pg_server import PgServer, sql


def test_r17b_10_a_cancel_landing_on_the_check_before_a_write_keeps_the_import_count(
        server: PgServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """CI on 00fc997 (run 17 B10 again): a cancel by another session landed on the check a write makes before its
    transaction (is the role still allowed to write?): the import ended on "another session cancelled this change;
    nothing of it was saved" — no file named, no count, though the pages before it were in. Now it is that file's
    refusal: the files before it counted, the rest named as not tried."""
    from jmreview.store import server as server_module
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.workflows.importer import import_paths

    url = server.new_database()
    pages = sorted(SEEDS.glob("*.txt"))[:3]
    checks = [0]
    store_class = server_module.ServerStore
    real = store_class.rows_hidden

    def cancelled_at_the_second(self, writes: bool = True):  # type: ignore[no-untyped-def]
        checks[0] += 1
        if checks[0] == 2 and writes:   # a real cancel by the server, at the moment another session's would land
            self.db.execute_sql("SELECT pg_cancel_backend(pg_backend_pid())")
        return real(self, writes)

    with Store(url) as store:
        monkeypatch.setattr(store_class, "rows_hidden", cancelled_at_the_second)
        report = import_paths(store, pages, workers=1)
    assert report.imported == [pages[0].name], report
    assert len(report.refused) == 1 and "did not finish this file" in report.refused[0][1], report.refused
    assert "1 more files were not tried" in report.refused[0][1], report.refused
    assert sql(url, "SELECT count(*) FROM sourcefile")[0][0] == 1
    with Store(url):
        assert [f.name for f in SourceFile.select()] == [pages[0].name]


def _prepared(server: PgServer, admin_sql: str) -> str:
    """A new server database jmreview opened once (its tables made), then given `admin_sql` by the administrator."""
    from jmreview.store.database import Store

    from .test_seventeenth_run_server import _database

    url = server.new_database()
    Store(url).close()
    server.admin(admin_sql, database=_database(url))
    return url


FLIP = ("CREATE FUNCTION flip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.taken := 'b'; RETURN NEW; END $$; "
        "CREATE TRIGGER flip_taken BEFORE INSERT ON curationdecision FOR EACH ROW EXECUTE FUNCTION flip()")


def test_r57b_6_a_copy_into_a_database_whose_rule_skips_the_history_is_refused(
        server: PgServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 57 B6 (CORRUPT): `copy team.sqlite3 postgresql://…` into a database the administrator prepared with a rule
    skipping inserts into editlog (and a trigger rewriting decisions): "editlog 6 …", exit 0; the server held no
    history and a decision nobody took. A copy into such a database is refused, the rule named, nothing written."""
    from jmreview import cli
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.workflows.importer import import_paths

    from .test_seventeenth_run_server import _database

    db = tmp_path / "team.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        set_article_field(store, "甲", Article.select().first().id, "title", "人工标题")
    url = _prepared(server, "CREATE RULE skip_log AS ON INSERT TO editlog DO INSTEAD NOTHING")
    assert cli.main(["copy", str(db), url]) != 0
    said = capsys.readouterr().err
    assert "skip_log" in said and "editlog" in said and "nothing was written" in said, said
    assert sql(url, "SELECT count(*) FROM sourcefile")[0][0] == 0
    server.admin("DROP RULE skip_log ON editlog", database=_database(url))
    assert cli.main(["copy", str(db), url]) == 0   # removed, as the message asks: copied whole
    assert sql(url, "SELECT count(*) FROM editlog")[0][0] >= 1


def test_r57b_24_a_snapshot_restored_into_a_database_whose_trigger_rewrites_decisions_is_refused(
        server: PgServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 57 B24 (CORRUPT): a team snapshot restored by `import-json` into a server database whose BEFORE INSERT
    trigger sets curationdecision.taken := 'b': "restored 8 articles", the decision not the one taken. Refused, the
    trigger named, nothing written."""
    import json

    from jmreview import cli
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    db = tmp_path / "one.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    snapshot = tmp_path / "s.json"
    assert cli.main(["export", "--format", "json", "--with-source", "--output", str(snapshot), "--db", str(db)]) == 0
    assert json.loads(snapshot.read_text(encoding="utf-8"))["files"]
    url = _prepared(server, FLIP)
    capsys.readouterr()
    assert cli.main(["import-json", str(snapshot), "--db", url]) != 0
    said = capsys.readouterr().err
    assert "flip_taken" in said and "curationdecision" in said and "nothing was written" in said, said
    assert sql(url, "SELECT count(*) FROM sourcefile")[0][0] == 0
