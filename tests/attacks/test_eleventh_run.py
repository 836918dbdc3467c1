"""Issue 10, eleventh adversarial run: a write refused on a database opened read-only says why it was."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from jmreview.store.backup import backup_dir

from .test_database_safety import make_db, mount, run_cli


def test_r11_33_a_refused_write_says_why_the_database_is_read_only(tmp_path: Path) -> None:
    """#33: on a full disk (or with an unwritable backups folder) the window said why the database opened read-only,
    but the CLI's writes said only "is open read-only: nothing can be changed" — the file itself is writable."""
    db = make_db(tmp_path / "ro.sqlite3")
    folder = backup_dir(db)
    folder.mkdir(exist_ok=True)
    if not (mount("--bind", str(folder), str(folder)) and mount("-o", "remount,ro,bind", str(folder))):
        subprocess.run(["umount", str(folder)], capture_output=True)
        pytest.skip("a read-only folder needs a read-only bind mount (root ignores chmod)")
    try:
        out = run_cli("assign", "--issue", "2024-01-01", "--to", "x", "--db", str(db))
        assert out.returncode != 0
        refusal = out.stderr.strip().splitlines()[-1]   # the refusal itself, not the opening's warning before it
        assert "backups folder" in refusal and "nothing can be changed" in refusal, out.stderr
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)
