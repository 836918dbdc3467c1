"""Server rows of the thirty-sixth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ..conftest import SEEDS
from ..pg_server import PgServer
from .test_seventeenth_run_server import _database
from .test_tenth_run_server import RUN


@pytest.mark.parametrize("command", ["rerun", "export"])
def test_r36b_18_an_edit_log_row_spoiled_on_a_server_is_said_not_a_table_changed(server: PgServer, tmp_path: Path,
                                                                                 command: str) -> None:
    """Run 36 B18: an edit-log payload another program spoiled on a server (`{not json`): export --with-source and
    rerun said a table of the corpus was renamed, dropped or narrowed. Said as the value it is, naming doctor."""
    url = server.new_database()
    for args in (["import", str(SEEDS / "003_4221d1719c757f4b.txt")], ["rerun"]):
        done = subprocess.run([*RUN, *args, "--db", url], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    server.admin("UPDATE editlog SET payload = '{not json'", database=_database(url))
    args = ["rerun"] if command == "rerun" else ["export", "--format", "json", "--with-source", "-o",
                                                 str(tmp_path / "w.json")]
    out = subprocess.run([*RUN, *args, "--db", url], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "not the JSON jmreview writes" in out.stderr, out.stderr
    assert "renamed" not in out.stderr and "unexpected" not in out.stderr, out.stderr
