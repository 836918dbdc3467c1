"""Server rows of the fifty-seventh adversarial run and the CI runs after it (issue 10), each failing before its fix."""
from __future__ import annotations

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
