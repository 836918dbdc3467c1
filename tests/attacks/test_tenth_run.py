"""Issue 10, tenth adversarial run: one database file under two hard-linked names."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_r10_47_a_database_with_two_names_is_refused_before_writes_go_astray(db: Path, tmp_path: Path) -> None:
    """#47: `import` under one name and `link` under the other: SQLite kept a -wal beside each name, and the link
    the command reported as accepted was in no database afterwards. Now a file with two names is not opened."""
    other = tmp_path / "other-name.sqlite3"
    os.link(db, other)
    for name in (db, other):
        out = subprocess.run([sys.executable, "-m", "jmreview.cli", "link", "1", "2", "--db", str(name)],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 2, out.stdout + out.stderr
        assert "hard links" in out.stderr and "nothing was opened" in out.stderr, out.stderr
        mate = other if name == db else db   # run 18 A37: the other name said, so it can be removed
        assert f"the others: {mate.name})" in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
    other.unlink()   # one name again: the database opens and nothing was lost
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db", str(db)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0 and "articles" in out.stdout, out.stdout + out.stderr
