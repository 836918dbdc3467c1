"""The `jmreview` command as a user runs it: real processes, real files."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from jmreview import __version__

from .conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"jmreview {__version__}"


def test_import_export_stats_round(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    out = run("import", str(SEEDS), "--db", db, "--workers", "2")
    assert out.returncode == 0, out.stderr
    assert "5 imported" in out.stdout and "[5/5]" in out.stderr
    again = run("import", str(SEEDS / "000_fe75734c17ad953c.txt"), "--db", db)
    assert again.returncode == 0 and "already imported" in again.stderr
    stats = run("stats", "--db", db)
    assert "files 5" in stats.stdout and "articles 32" in stats.stdout
    target = tmp_path / "c.jsonl"
    exp = run("export", "--format", "jsonl", "-o", str(target), "--db", db)
    assert exp.returncode == 0 and len(target.read_text(encoding="utf-8").splitlines()) == 32


def test_refused_file_gives_non_zero_exit_and_a_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 20)
    out = run("import", str(bad), "--db", str(tmp_path / "d.sqlite3"))
    assert out.returncode == 1
    assert "refused: photo.txt:" in out.stderr and "Traceback" not in out.stderr


def test_errors_are_one_line_never_a_traceback(tmp_path: Path) -> None:
    not_db = tmp_path / "notes.sqlite3"
    not_db.write_text("my notes", encoding="utf-8")
    out = run("stats", "--db", str(not_db))
    assert out.returncode == 2 and "not a SQLite database" in out.stderr
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert not_db.read_text(encoding="utf-8") == "my notes"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    out = run("stats", "--db", str(empty))
    assert out.returncode == 2 and "empty file" in out.stderr and empty.stat().st_size == 0
    out = run("export", "-o", str(tmp_path / "no" / "x.json"), "--db", str(tmp_path / "e.sqlite3"))
    assert out.returncode == 2 and "no such folder" in out.stderr
    out = run("import", str(tmp_path / "nothing.txt"), "--db", str(tmp_path / "e.sqlite3"))
    assert out.returncode == 1 and "no such file" in out.stderr


def test_evaluate_prints_every_metric(tmp_path: Path) -> None:
    db = str(tmp_path / "e.sqlite3")
    assert run("import", str(SEEDS), "--db", db).returncode == 0
    out = run("evaluate", "--gold", str(Path(__file__).parent / "data" / "gold"), "--db", db, "--json")
    rows = json.loads(out.stdout)
    names = {r["metric"] for r in rows}
    assert {"boundary", "title", "grouping", "join", "duplicate", "reporters", "entity:PER",
            "entity:LOC:lenient", "entity:ORG:lenient", "role:headline"} <= names
