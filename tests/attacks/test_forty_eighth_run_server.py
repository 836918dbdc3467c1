"""A session the server ends as an import commits a file (CI of stop 33, then run 48's server half), each failing
before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from jmreview.store.database import Store
from jmreview.store.models import SourceFile
from jmreview.store.server_errors import ServerGone
from jmreview.workflows import importer
from jmreview.workflows.importer import ImportReport, import_paths

from ..pg_server import sql
from .test_tenth_run_server import pages

END_AT_COMMIT = """
CREATE FUNCTION end_me() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM sourcefile) >= 3 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER end_me AFTER INSERT ON sourcefile DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION end_me();
"""


def test_ci33_a_session_ended_as_a_file_commits_is_said_ended_not_a_stopped_server(pg_url: str,
                                                                                   tmp_path: Path) -> None:
    """CI of stop 33 (test r14b_16, once in many runs): the session was ended by an administrator just as a file was
    being committed, the server up: the import said the server "stopped answering … the file may be in whole".
    The server answers: the import now looks, and says the session was ended and that nothing of the file is in."""
    folder = pages(tmp_path / "pages", 6)
    Store(pg_url).close()
    sql(pg_url, END_AT_COMMIT)   # the third file's commit runs the trigger: the session ends inside the commit
    with Store(pg_url) as store:
        report = import_paths(store, [folder], workers=1)
    committed = sql(pg_url, "SELECT count(*) FROM sourcefile")[0][0]
    assert committed == 2 and len(report.imported) == 2, (committed, report)
    (name, why), = report.refused
    assert name.startswith("002_") and "ended this session though the server is running" in why, why
    assert "nothing of this file was saved" in why and "stopped answering" not in why, why
    assert "3 more files were not tried" in why, why


def test_ci33_a_file_in_after_all_is_counted_and_the_stop_said_on_the_next(pg_url: str, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The other way the race goes: the commit went through, and the session was ended before its answer came back
    (the fault of the server's, put in by hand: no trigger runs after a commit). The file is counted as imported; the
    stop is said against the next file, not tried."""
    folder = pages(tmp_path / "pages", 4)
    store_file = importer.store_file

    def ended_after(store: Store, source, page, report, *args) -> None:  # type: ignore[no-untyped-def]
        if not source.name.startswith("001_"):
            return store_file(store, source, page, report, *args)
        store_file(store, source, page, ImportReport(), *args)   # committed; its answer never came
        raise ServerGone(str(pg_url), "ended_commit")

    monkeypatch.setattr(importer, "store_file", ended_after)
    with Store(pg_url) as store:
        report = import_paths(store, [folder], workers=1)
        held = SourceFile.select().count()
    assert held == 2 and [n[:4] for n in report.imported] == ["000_", "001_"], report
    assert report.articles > 0 and "2 imported" in report.summary(), report.summary()
    (name, why), = report.refused
    assert name.startswith("002_") and why.startswith("not tried:") and "that one is in whole" in why, why
    assert "2 files were not tried (this one among them)" in why, why
