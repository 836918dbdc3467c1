"""Issue 10, run 54: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

from ..conftest import SEEDS
from .test_database_safety import run_cli


def test_r54a_25_hidden_and_system_folders_of_a_pages_folder_are_passed_over_and_named(tmp_path: Path) -> None:
    """Run 54 A25: a pages folder on a stick held, beside A01 and A02, a trashed older delivery of A01
    (`.Trash-1000/files/A01.txt`), a sync tool's old version (`.stversions/A01~….txt`) and a copy of A02 in `.git`:
    four pages imported, A01 three times, every article doubled. Hidden and system folders are passed over, each
    named with why; a file in one named on its own is imported."""
    stick = tmp_path / "stick"
    one = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")
    two = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    for name, text in (("A01.txt", one), ("A02.txt", two), (".Trash-1000/files/A01.txt", one.replace("江门", "江海", 1)),
                       (".stversions/A01~20260101-120000.txt", one.replace("江门", "鹤山", 1)),
                       (".git/lost-found/A02.txt", two), ("$RECYCLE.BIN/S-1-5-21/A03.txt", two + "\n补"),
                       (".cache/icon.png", "")):
        (stick / name).parent.mkdir(parents=True, exist_ok=True)
        (stick / name).write_text(text, encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", str(stick), "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    assert "2 imported" in out.stdout + out.stderr, out.stdout + out.stderr
    for folder in (".Trash-1000/", ".stversions/", ".git/", "$RECYCLE.BIN/"):
        assert f"{folder}: a hidden or system folder" in out.stderr, (folder, out.stderr)
    assert ".cache/" not in out.stdout + out.stderr   # (no page file in it: nothing to say)
    import sqlite3

    with sqlite3.connect(db) as con:
        assert sorted(n for (n,) in con.execute("SELECT name FROM sourcefile")) == ["A01.txt", "A02.txt"]
    con.close()
    named = run_cli("import", str(stick / ".stversions" / "A01~20260101-120000.txt"), "--db", str(db))
    assert named.returncode == 0 and "1 imported" in named.stdout + named.stderr, named.stderr

