"""Issue 10, run 57's open rows: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ..conftest import SEEDS
from .test_database_safety import run_cli

PAGES = sorted(SEEDS.glob("*.txt"))[1:] + sorted(SEEDS.glob("*.txt"))[:1]   # 001 first: it holds the word mended


def _current(db: Path) -> list[tuple[str, str]]:
    """The current pages of a database file: (folder, name), in the order they were imported."""
    con = sqlite3.connect(db)
    try:
        return [(str(f), str(n)) for f, n in con.execute(
            "SELECT folder, name FROM sourcefile WHERE replaced_by IS NULL ORDER BY id")]
    finally:
        con.close()


def test_r57a_17_an_archive_filed_by_year_month_and_day_keeps_each_issues_page(tmp_path: Path) -> None:
    """Run 57 A17 (CORRUPT): `jm/2025/12/01/A01.txt` and `jm/2026/01/01/A01.txt` — two issues' pages in folders
    named `01` — were taken for one page's versions (the older hidden as replaced, without --replace), and next
    month's `2026/02/01/A01.txt` replaced the January page the same way. A folder named by a month's or a day's
    number is known with those above it: every issue's page kept, its date read from the folders."""
    archive = tmp_path / "jm"
    for day, page in (("2025/12/01", PAGES[0]), ("2026/01/01", PAGES[1]), ("2026/01/02", PAGES[2])):
        (archive / day).mkdir(parents=True)
        (archive / day / "A01.txt").write_bytes(page.read_bytes())
    db = tmp_path / "n.sqlite3"
    first = run_cli("import", str(archive), "--db", str(db), "--workers", "1")
    assert first.returncode == 0 and "new version" not in first.stderr, first.stderr
    assert sorted(_current(db)) == [("2025/12/01", "A01.txt"), ("2026/01/01", "A01.txt"), ("2026/01/02", "A01.txt")]
    (archive / "2026/02/01").mkdir(parents=True)
    (archive / "2026/02/01/A01.txt").write_bytes(PAGES[3].read_bytes())
    again = run_cli("import", str(archive), "--db", str(db), "--workers", "1")
    assert again.returncode == 0 and "new version" not in again.stderr and "refused" not in again.stderr, again.stderr
    assert len(_current(db)) == 4
    listed = run_cli("pages", "--db", str(db))
    assert "2026-02-01" in listed.stdout and "2025-12-01" in listed.stdout, listed.stdout
    mended = archive / "2026/01/01/A01.txt"   # the same page's next delivery still replaces it
    mended.write_text(mended.read_text(encoding="utf-8").replace("。", "。 ", 1), encoding="utf-8")
    third = run_cli("import", str(archive), "--db", str(db), "--workers", "1", "--replace")
    assert third.returncode == 0 and "A01.txt: new version imported" in third.stderr, third.stderr
    assert len(_current(db)) == 4


def test_r57a_17_a_page_imported_under_its_day_folders_name_alone_takes_its_next_delivery(tmp_path: Path) -> None:
    """A corpus made before run 57 A17 knows `2026/01/01/A01.txt` as `01/A01.txt`: its next delivery from the same
    place is still that page's new version (a different day's page, not alike, is not)."""
    day = tmp_path / "jm/2026/01/01"
    day.mkdir(parents=True)
    page = day / "A01.txt"
    page.write_bytes(PAGES[0].read_bytes())
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(page), "--db", str(db), "--workers", "1").returncode == 0
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE sourcefile SET folder = '01'")   # as an older jmreview stored it
    con.close()
    other = tmp_path / "jm/2026/02/01"
    other.mkdir(parents=True)
    (other / "A01.txt").write_bytes(PAGES[1].read_bytes())
    page.write_text(page.read_text(encoding="utf-8").replace("。", "。 ", 1), encoding="utf-8")
    out = run_cli("import", str(page), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and out.stderr.count("new version imported") == 1, out.stderr
    out = run_cli("import", str(tmp_path / "jm"), "--db", str(db), "--workers", "1")
    assert out.returncode == 0 and "new version" not in out.stderr and "refused" not in out.stderr, out.stderr
    assert sorted(_current(db)) == [("01", "A01.txt"), ("2026/02/01", "A01.txt")] or \
        sorted(_current(db)) == [("2026/01/01", "A01.txt"), ("2026/02/01", "A01.txt")], _current(db)


def _mended(page: Path) -> str:
    """The page's text with one word of its first story mended, as a new delivery brings it."""
    return page.read_text(encoding="utf-8").replace("当前，江门正全面落实", "目前，江门正全面落实")


def test_r57a_3_onedrives_copy_named_after_the_computer_is_the_pages_new_version(tmp_path: Path) -> None:
    """Run 57 A3 (CORRUPT): OneDrive keeps a conflicting copy as `A01-LAPTOP-7QK2M.txt`; imported with --replace it
    was a second current A01, every article doubled, nothing said. The computer's name is a copy's mark."""
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "A01.txt").write_bytes(PAGES[0].read_bytes())
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    (folder / "A01-LAPTOP-7QK2M.txt").write_text(_mended(folder / "A01.txt"), encoding="utf-8")
    (folder / "A01.txt").unlink()
    plain = run_cli("import", str(folder), "--db", str(db), "--workers", "1")
    assert "has the name of page A01.txt" in plain.stderr and len(_current(db)) == 1, plain.stderr
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and "new version imported" in out.stderr, out.stderr
    assert [name for _, name in _current(db)] == ["A01-LAPTOP-7QK2M.txt"]


def test_r57a_3_pages_whose_names_end_in_capitals_stay_apart(tmp_path: Path) -> None:
    """A desk's own names ending in a dash and capitals (`jmrb-A01`, `jmrb-A02`) are different pages: no text alike,
    no copy taken."""
    folder = tmp_path / "p"
    folder.mkdir()
    for n, page in enumerate(PAGES[:3], start=1):
        (folder / f"jmrb-A0{n}.txt").write_bytes(page.read_bytes())
    (folder / "jmrb.txt").write_bytes(PAGES[3].read_bytes())
    db = tmp_path / "n.sqlite3"
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and "refused" not in out.stderr and "new version" not in out.stderr, out.stderr
    assert len(_current(db)) == 4


def test_r57a_12_a_renamed_delivery_from_downloads_with_replace_is_not_a_second_page(tmp_path: Path) -> None:
    """Run 57 A12 (CORRUPT): A01.txt imported from p/; its corrected delivery saved in Downloads as `A01 (1).txt`
    and imported by its path with --replace: a second current A01, every article doubled, nothing said (the same
    file named A01.txt was refused, naming p/). It is refused the same way, naming the page and its folder."""
    folder, downloads = tmp_path / "p", tmp_path / "Downloads"
    folder.mkdir()
    downloads.mkdir()
    (folder / "A01.txt").write_bytes(PAGES[0].read_bytes())
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    copy = downloads / "A01 (1).txt"
    copy.write_text(_mended(folder / "A01.txt"), encoding="utf-8")
    out = run_cli("import", str(copy), "--db", str(db), "--replace")
    assert "refused: A01 (1).txt" in out.stderr and "p/A01.txt" in out.stderr and "Downloads/" in out.stderr, \
        out.stderr
    assert _current(db) == [("p", "A01.txt")]
    other = downloads / "A01 (2).txt"   # another page saved under such a name is added, as ever
    other.write_bytes(PAGES[1].read_bytes())
    added = run_cli("import", str(other), "--db", str(db), "--replace")
    assert added.returncode == 0 and "refused" not in added.stderr, added.stderr
    assert len(_current(db)) == 2


def test_r57a_37_doctor_names_an_article_another_program_moved_and_the_way_back(tmp_path: Path) -> None:
    """Run 57 A37: sqlite3 moved article 2 of A01 onto A02 (its file_id): doctor printed 28 lines "orphan: block 34
    belongs to an article of another file" / "entity 120 …", naming no article and no way forward. One line names
    the article, both pages, and what to do."""
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "A01.txt").write_bytes(PAGES[0].read_bytes())
    (folder / "A02.txt").write_bytes(PAGES[1].read_bytes())
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    con = sqlite3.connect(db)
    with con:
        title = con.execute("SELECT title FROM article WHERE id = 2").fetchone()[0]
        con.execute("UPDATE article SET file_id = 2 WHERE id = 2")
    con.close()
    out = run_cli("doctor", "--db", str(db))
    orphans = [line for line in out.stdout.splitlines() if "orphan" in line]
    assert len(orphans) == 1, out.stdout
    assert f"article 2 《{title}》 is of A02.txt" in orphans[0] and "are of A01.txt" in orphans[0], orphans
    assert "restore a backup" in orphans[0] and "file_id back to A01.txt's" in orphans[0], orphans
