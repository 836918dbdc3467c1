"""Issue 10, run 62's server rows, each failing before its fix (a real PostgreSQL server)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest


def test_r62b_24_an_export_whose_session_ends_after_its_file_says_the_file_is_whole(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 62 B24 (minor): an administrator ended the session of `export --with-source` just after its file was
    written: "what it was doing stopped — a change under way was not saved … try again", exit 2, though the file
    was the new, whole export; only the check after it had not run. That is what it says now."""
    from jmreview import cli
    from jmreview.store import doctor
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..pg_server import sql
    from .test_tenth_run_server import pages

    with Store(pg_url) as store:
        import_paths(store, [pages(tmp_path / "pages", 2)], workers=1)
    content_problems = doctor.content_problems

    def ended_first(store):  # type: ignore[no-untyped-def]
        sql(pg_url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()")
        return content_problems(store)

    monkeypatch.setattr(doctor, "content_problems", ended_first)
    target = tmp_path / "snapshot.json"
    code = cli.main(["export", "--format", "json", "--with-source", "-o", str(target), "--db", pg_url])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "the export is written whole" in err and "try again" not in err, err
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["format"] == "jmreview-corpus" and len(doc["files"]) == 2
