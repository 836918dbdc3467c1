"""Server rows of the fifty-sixth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from ..pg_server import PgServer, sql


def test_r56b_18_a_copys_target_session_ended_is_said_as_the_targets(server: PgServer, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Run 56 B18: an administrator ended the session of a server → server `copy` on the target: the message named
    the source, whose session nobody touched. It names the target."""
    from jmreview import cli
    from jmreview.store import copy
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from .test_seventeenth_run_server import _database
    from .test_tenth_run_server import pages

    source, target = server.new_database(), server.new_database()
    with Store(source) as store:
        import_paths(store, [pages(tmp_path / "pages", 2)], workers=1)
    copy_table = copy._copy_table

    def target_ended(src, dst, model):  # type: ignore[no-untyped-def]
        if model is copy.Block:
            sql(source, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                _database(target))
            monkeypatch.setattr(copy, "_copy_table", copy_table)
        return copy_table(src, dst, model)

    monkeypatch.setattr(copy, "_copy_table", target_ended)
    assert cli.main(["copy", source, target]) == 2
    said = capsys.readouterr().err
    assert f"/{_database(target)}?" in said and f"/{_database(source)}?" not in said, said
