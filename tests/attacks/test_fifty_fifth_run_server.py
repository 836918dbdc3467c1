"""Server rows of the fifty-fifth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import SEEDS
from ..pg_server import PgServer


def test_r55b_18_an_address_asking_for_a_read_write_session_opens_read_only_commands(server: PgServer,
                                                                                    tmp_path: Path) -> None:
    """Run 55 B18: an address with `target_session_attrs=read-write`, at a working primary: doctor and copy said
    "cannot be opened: session is read-only" — they open read-only with a startup option libpq then saw and turned
    the primary down for. They open, every session still read-only."""
    from jmreview.store.database import Store

    url = server.new_database()
    assert subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(SEEDS / "003_4221d1719c757f4b.txt"),
                           "--db", url], capture_output=True, timeout=120).returncode == 0
    address = url + "&target_session_attrs=read-write"
    for args in (["doctor"], ["copy", address, str(tmp_path / "c.sqlite3")]):
        out = subprocess.run([sys.executable, "-m", "jmreview.cli", *args, *(["--db", address] if len(args) == 1
                                                                              else [])],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0 and "read-only" not in out.stderr, (args, out.stderr)
    with Store(address, readonly=True) as store:
        with pytest.raises(Exception, match="read-only"):
            store.db.execute_sql("CREATE TABLE written_anyway (i int)")
