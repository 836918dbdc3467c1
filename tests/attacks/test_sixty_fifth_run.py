"""Issue 10, run 65: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ..conftest import SEEDS
from .test_database_safety import run_cli


def _pages(con: sqlite3.Connection) -> list[tuple[str, str | None, str | None]]:
    return sorted(con.execute("SELECT name, issue_date, page_label FROM sourcefile"))


def test_r65a_5_a11_a_pages_name_read_around_the_papers_name_and_dots(tmp_path: Path) -> None:
    """Run 65 A5: `江门日报第A02版.txt` was imported with no page label (the paper's name before 第A02版); A11: pages
    named `A01.20240105`, `A01.20240106` and `2024.01.07` were imported without their dates, two days' A01 left as
    two pages of no issue. Each name's issue and page are read."""
    seeds = sorted(SEEDS.glob("*.txt"))
    folder = tmp_path / "in"
    folder.mkdir()
    for name, seed in zip(("江门日报第A02版.txt", "A01.20240105", "A01.20240106", "2024.01.07"), seeds):
        (folder / name).write_bytes(seed.read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    con = sqlite3.connect(db)
    try:
        assert _pages(con) == [("2024.01.07", "2024-01-07", None), ("A01.20240105", "2024-01-05", "A01"),
                               ("A01.20240106", "2024-01-06", "A01"), ("江门日报第A02版.txt", None, "A02")]
    finally:
        con.close()


def test_r65a_7_lexicon_export_takes_search_and_origin(tmp_path: Path) -> None:
    """Run 65 A7: `lexicon export FILE --search 江门` and `--origin learned` wrote every entry, the options taken
    without a word. Export writes only the entries they name, as list shows them."""
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(SEEDS / "000_fe75734c17ad953c.txt"), "--db", str(db)).returncode == 0
    (tmp_path / "l.csv").write_text("text,label\n江门市,LOC\n李明,PER\n新会区,LOC\n", encoding="utf-8")
    assert run_cli("lexicon", "import", str(tmp_path / "l.csv"), "--db", str(db)).returncode == 0
    out = run_cli("lexicon", "export", str(tmp_path / "s.csv"), "--search", "江门", "--db", str(db))
    assert out.returncode == 0 and "1 entries written" in out.stdout, out.stdout + out.stderr
    written = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert "江门市" in written and "新会区" not in written and "李明" not in written, written
    out = run_cli("lexicon", "export", str(tmp_path / "o.csv"), "--origin", "learned", "--db", str(db))
    assert out.returncode == 0 and "0 entries written" in out.stdout, out.stdout + out.stderr
