"""Issue 10, run 58: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ..conftest import SEEDS
from .test_database_safety import run_cli

PAGES = sorted(SEEDS.glob("*.txt"))[1:] + sorted(SEEDS.glob("*.txt"))[:1]   # 001 first: it holds the word mended


def _pages(db: Path) -> list[tuple[str, str, str | None, str | None]]:
    """The current pages of a database file: (folder, name, issue date, page label), by folder and name."""
    con = sqlite3.connect(db)
    try:
        return sorted((str(f), str(n), d, p) for f, n, d, p in con.execute(
            "SELECT folder, name, issue_date, page_label FROM sourcefile WHERE replaced_by IS NULL"))
    finally:
        con.close()


def _archive(root: Path, days: list[str]) -> list[Path]:
    """A page A01.txt in each of these folders under `root`, each another page's text."""
    made = []
    for day, page in zip(days, PAGES, strict=False):
        (root / day).mkdir(parents=True)
        made.append(root / day / "A01.txt")
        made[-1].write_bytes(page.read_bytes())
    return made


def _mend(page: Path) -> None:
    """A new delivery of the page: one line of it mended."""
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("。", "。 ", 1) if "当前，江门" not in text else text.replace("当前，江门", "目前，江门"),
                    encoding="utf-8")


@pytest.mark.parametrize(("days", "folders", "dates"), [
    (["2025年/12月/01日", "2026年/01月/01日"], ["2025年/12月/01日", "2026年/01月/01日"], ["2025-12-01", "2026-01-01"]),
    (["2025/0101", "2026/0101"], ["2025/0101", "2026/0101"], ["2025-01-01", "2026-01-01"]),
    (["2026/1/1", "2026/1/2"], ["2026/1/1", "2026/1/2"], ["2026-01-01", "2026-01-02"]),
    (["2026-01/01", "202601/02"], ["2026-01/01", "202601/02"], ["2026-01-01", "2026-01-02"]),
    (["2026-01-01/01", "2026-01-02/01"], ["2026-01-01/01", "2026-01-02/01"], ["2026-01-01", "2026-01-02"]),
])
def test_r58a_8_9_10_dated_archives_of_every_shape_keep_each_days_page_and_its_date(
        tmp_path: Path, days: list[str], folders: list[str], dates: list[str]) -> None:
    """Run 58 A8, A9, A10: a Chinese desk's `2025年/12月/01日/`, a year of month-day folders `2025/0101/`, days
    without a leading zero `2026/1/1/` — different days' A01 joined as one page's versions (A8, A9), or kept apart
    without their date (A10). Each day's page is its own, its date read from the folders."""
    _archive(tmp_path / "jm", days)
    db = tmp_path / "n.sqlite3"
    out = run_cli("import", str(tmp_path / "jm"), "--db", str(db), "--workers", "1")
    assert out.returncode == 0 and "new version" not in out.stderr, out.stderr
    assert _pages(db) == [(f, "A01.txt", d, "A01") for f, d in zip(folders, dates, strict=True)]


def test_r58a_7_a_month_day_archives_delivery_from_another_root_is_the_pages_new_version(tmp_path: Path) -> None:
    """Run 58 A7: `报纸/12/01/A01.txt`, its next delivery in `Downloads/12/01/A01.txt` imported with --replace: added
    as a second page (the day folders took their root's name). A page is known by the date folders only."""
    page = _archive(tmp_path / "报纸", ["12/01"])[0]
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(tmp_path / "报纸"), "--db", str(db), "--workers", "1").returncode == 0
    again = _archive(tmp_path / "Downloads", ["12/01"])[0]
    again.write_bytes(page.read_bytes())
    _mend(again)
    out = run_cli("import", str(tmp_path / "Downloads"), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and "new version imported" in out.stderr, out.stderr
    assert [(f, n) for f, n, _, _ in _pages(db)] == [("12/01", "A01.txt")]


def test_r58a_39_a_day_folder_unzipped_twice_is_the_same_days_delivery(tmp_path: Path) -> None:
    """Run 58 A39: `2026/01/01 (1)/A01.txt` (a line changed) beside `2026/01/01/A01.txt`: a second page `01 (1)`,
    no date. It is the page's renamed delivery: refused without --replace, its new version with it."""
    page = _archive(tmp_path / "jm", ["2026/01/01"])[0]
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(tmp_path / "jm"), "--db", str(db), "--workers", "1").returncode == 0
    twice = tmp_path / "jm/2026/01/01 (1)"
    twice.mkdir()
    (twice / "A01.txt").write_bytes(page.read_bytes())
    _mend(twice / "A01.txt")
    plain = run_cli("import", str(twice), "--db", str(db), "--workers", "1")
    assert "refused" in plain.stderr and len(_pages(db)) == 1, plain.stderr
    out = run_cli("import", str(twice), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and "new version imported" in out.stderr, out.stderr
    assert [(d, p) for _, _, d, p in _pages(db)] == [("2026-01-01", "A01")]


def test_r58a_19_a_dated_archives_corpus_file_and_snapshot_come_back(tmp_path: Path) -> None:
    """Run 58 A19 (CORRUPT): an archive's `export --with-source` and `export --format json` read back: "folder
    '2026/01/01' of A01.txt is not a folder name" — jmreview's own files refused. They are read."""
    _archive(tmp_path / "jm", ["2026/01/01", "2026/01/02"])
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(tmp_path / "jm"), "--db", str(db), "--workers", "1").returncode == 0
    snapshot, plain = tmp_path / "s.json", tmp_path / "x.json"
    assert run_cli("export", "--format", "json", "--with-source", "-o", str(snapshot), "--db", str(db)).returncode == 0
    assert run_cli("export", "--format", "json", "-o", str(plain), "--db", str(db)).returncode == 0
    restored = tmp_path / "r.sqlite3"
    out = run_cli("import-json", str(snapshot), "--db", str(restored))
    assert out.returncode == 0 and "restored" in out.stdout, out.stdout + out.stderr
    assert _pages(restored) == _pages(db)
    doc = json.loads(plain.read_text(encoding="utf-8"))
    doc["files"][0]["articles"][0]["title"] = "人工标题"
    plain.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = run_cli("import-json", str(plain), "--db", str(db))
    assert out.returncode == 0 and "applied 1 articles" in out.stdout, out.stdout + out.stderr
    doctor = run_cli("doctor", "--db", str(db))
    assert "another program" not in doctor.stdout + doctor.stderr, doctor.stdout


def test_r58a_20_a_dated_names_copy_keeps_its_page_label(tmp_path: Path) -> None:
    """Run 58 A20: `20260101-A01.txt`'s next delivery as `20260101-A01 (1).txt` with --replace: the new version's
    page label gone (the date read as it is, the copy's mark never taken off to read the page)."""
    folder = tmp_path / "p"
    folder.mkdir()
    page = folder / "20260101-A01.txt"
    page.write_bytes(PAGES[0].read_bytes())
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    copy = folder / "20260101-A01 (1).txt"
    copy.write_bytes(page.read_bytes())
    _mend(copy)
    page.unlink()
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and "new version imported" in out.stderr, out.stderr
    assert [(d, p) for _, _, d, p in _pages(db)] == [("2026-01-01", "A01")]


def test_r58a_38_a_regional_edition_is_no_onedrive_copy(tmp_path: Path) -> None:
    """Run 58 A38 (CORRUPT): `A01.txt` and its regional edition `A01-HK.txt` (a third of its paragraphs differ) in
    one folder: the edition refused as a renamed delivery, and with --replace it retired A01. `-HK` is no computer's
    name: both pages kept."""
    folder = tmp_path / "p"
    folder.mkdir()
    text = PAGES[0].read_text(encoding="utf-8")
    (folder / "A01.txt").write_text(text, encoding="utf-8")
    lines = text.splitlines()
    (folder / "A01-HK.txt").write_text("\n".join(line + "（港版）" if k % 3 == 0 else line
                                                 for k, line in enumerate(lines)), encoding="utf-8")
    db = tmp_path / "n.sqlite3"
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and "refused" not in out.stderr and "new version" not in out.stderr, out.stderr
    assert [n for _, n, _, _ in _pages(db)] == ["A01-HK.txt", "A01.txt"]


def test_r58a_11_a_refusal_in_a_dated_archive_names_the_day(tmp_path: Path) -> None:
    """Run 58 A11: in a year of day folders an empty `2026/01/03/A02.txt` was refused as "A02.txt: …" — which
    day's? A page of a dated archive is named with its day's folders."""
    _archive(tmp_path / "jm", ["2026/01/01"])
    (tmp_path / "jm/2026/01/03").mkdir(parents=True)
    (tmp_path / "jm/2026/01/03/A02.txt").write_bytes(b"")
    out = run_cli("import", str(tmp_path / "jm"), "--db", str(tmp_path / "n.sqlite3"), "--workers", "1")
    assert "refused: 2026/01/03/A02.txt" in out.stderr, out.stderr


def test_r58b_31_a_copy_is_not_made_under_a_journals_name(tmp_path: Path) -> None:
    """Run 58 B31 (LOST, minor): `copy ts.sqlite3 wl/week.sqlite3-wal` wrote the whole corpus there (exit 0); a later
    database `wl/week.sqlite3` took it for its journal and deleted it. No database is made under such a name."""
    db = tmp_path / "ts.sqlite3"
    assert run_cli("import", str(PAGES[1]), "--db", str(db), "--workers", "1").returncode == 0
    (tmp_path / "wl").mkdir()
    for target in ("week.sqlite3-wal", "week.sqlite3-journal", "week.sqlite3-shm"):
        out = run_cli("copy", str(db), str(tmp_path / "wl" / target))
        assert out.returncode != 0 and "choose a name ending in .sqlite3" in out.stderr, out.stderr
    assert not list((tmp_path / "wl").iterdir())
    out = run_cli("import", str(PAGES[1]), "--db", str(tmp_path / "wl" / "x.sqlite3-wal"))
    assert out.returncode != 0 and not list((tmp_path / "wl").iterdir()), out.stderr


def test_r58a_33_evaluate_scores_the_gold_against_its_own_page_of_a_shared_name(tmp_path: Path) -> None:
    """Run 58 A33 (CORRUPT, minor): gold `001….json` on an archive holding the gold's page and another day's page
    under the same file name: scored against the later one (boundary F1 0.0), unsaid. The page whose titles are
    the gold's is scored, and the shared name said."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    name = "001_69ca20e02664ffc6"
    (gold_dir / f"{name}.json").write_bytes((SEEDS.parent / "tests/data/gold" / f"{name}.json").read_bytes())
    for day, page in (("2026/01/01", SEEDS / f"{name}.txt"), ("2026/01/02", PAGES[1])):
        (tmp_path / "jm" / day).mkdir(parents=True)
        (tmp_path / "jm" / day / f"{name}.txt").write_bytes(page.read_bytes())
    alone, both = tmp_path / "one.sqlite3", tmp_path / "two.sqlite3"
    assert run_cli("import", str(tmp_path / "jm/2026/01/01"), "--db", str(alone)).returncode == 0
    assert run_cli("import", str(tmp_path / "jm"), "--db", str(both)).returncode == 0
    first = run_cli("evaluate", "--gold", str(gold_dir), "--db", str(alone)).stdout.splitlines()[0]
    out = run_cli("evaluate", "--gold", str(gold_dir), "--db", str(both)).stdout
    assert out.splitlines()[0] == first and f"same_name_files  files=['{name}.txt']" in out, out


def test_r58b_22_a_snapshots_team_check_reads_the_snapshot_not_the_file_after_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 58 B22: `export --with-source` on a shared team file, curators at work: the check of the team's work ran
    after the export's read, on the live file, and warned of damage the snapshot did not hold ("another program
    changed the database"). It reads the export's own snapshot."""
    from jmreview.exchange import export_json as export_module
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review
    from jmreview.workflows.importer import import_paths

    db = tmp_path / "team.sqlite3"
    with Store(db) as store:
        import_paths(store, [PAGES[1]], workers=1)
        page = SourceFile.select().first()
        mark_double_review(store, "主编", page, ["wang", "li"])
        real = export_module._write

        def meanwhile(path, parts):  # type: ignore[no-untyped-def]
            real(path, parts)
            other = sqlite3.connect(db)   # another process's change, committed while the snapshot is read
            with other:
                other.execute("UPDATE sourcefile SET review_state = 'odd' WHERE id = ?", (page.id,))
            other.close()

        monkeypatch.setattr(export_module, "_write", meanwhile)
        damage: list[str] = []
        export_module.export_json(tmp_path / "s.json", with_source=True, damage=damage)
    assert damage == [], damage


def test_r58b_10_a_take_of_a_difference_no_longer_there_names_the_pair_and_a_new_round(tmp_path: Path) -> None:
    """Run 58 B10 (minor): after a page's new round of double review, a curator's take of a difference she had
    listed before said only "there is no difference … (the copies changed since?)". It names the pair whose copies
    were compared and that the page may be in a new round."""
    db = tmp_path / "team.sqlite3"
    assert run_cli("import", str(PAGES[1]), "--db", str(db), "--workers", "1").returncode == 0
    assert run_cli("double-review", PAGES[1].name, "--editors", "zhao", "sun", "--db", str(db)).returncode == 0
    out = run_cli("curate", PAGES[1].name, "--take", "fields:99999=b", "--db", str(db), "--editor", "zhu")
    assert out.returncode != 0 and "review copies of zhao and sun" in out.stderr and "new round" in out.stderr, \
        out.stderr
