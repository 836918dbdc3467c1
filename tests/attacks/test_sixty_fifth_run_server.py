"""Issue 10, run 65's server rows, each failing before its fix (a real PostgreSQL server)."""
from __future__ import annotations

import os

from ..conftest import SEEDS
from .test_database_safety import run_cli


def test_r65b_19_doctor_by_a_role_without_rights_names_the_grant_not_dropped_columns(pg_server, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """Run 65 B19: `doctor` run by a role with no rights on the corpus's tables said, for each of them, "table X
    lacks its column … (another program renamed or dropped it): restore a backup" (the server lists only the
    columns a role may use). It names the missing right, and advises no restore."""
    assert run_cli("import", str(SEEDS / "001_69ca20e02664ffc6.txt"), "--db", pg_url).returncode == 0
    name = f"r65reader_{os.getpid()}"
    pg_server.admin(f'CREATE ROLE "{name}" LOGIN')
    url = pg_url.replace("jmreview@", f"{name}@", 1)
    out = run_cli("doctor", "--db", url)
    said = out.stdout + out.stderr
    assert "lacks its column" not in said and "Traceback" not in said, said
    assert "may not read" in said and "GRANT SELECT" in said, said
