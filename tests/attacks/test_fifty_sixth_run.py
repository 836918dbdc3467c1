"""Issue 10, run 56: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ..conftest import SEEDS
from .test_database_safety import run_cli

ONE = SEEDS / "001_69ca20e02664ffc6.txt"


def test_r56a_23_a_title_applied_from_a_corpus_file_survives_a_delivery_that_changes_its_article(
        tmp_path: Path) -> None:
    """Run 56 A23 (LOST): a colleague's title applied with `import-json`, then the page's next delivery mended one
    line of that article's body: the automatic title came back, the person's on no current article. An article a
    corpus file set keeps every field, as its mark says (what people decided there is unknown)."""
    folder = tmp_path / "p"
    folder.mkdir()
    page = folder / "A01.txt"
    page.write_bytes(ONE.read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    exported = tmp_path / "t.json"
    assert run_cli("export", "--format", "json", "--output", str(exported), "--db", str(db)).returncode == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    article = next(a for f in doc["files"] for a in f["articles"] if a["id"] == 1)
    article["title"], article["status"] = "李明审过的标题", "reviewed"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert run_cli("import-json", str(exported), "--db", str(db)).returncode == 0
    page.write_text(page.read_text(encoding="utf-8").replace("当前，江门正全面落实", "目前，江门正全面落实"),
                    encoding="utf-8")
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace").returncode == 0
    with sqlite3.connect(db) as con:
        titles = [t for (t,) in con.execute("SELECT a.title FROM article a JOIN sourcefile f ON f.id = a.file_id "
                                            "WHERE f.replaced_by IS NULL")]
    con.close()
    assert "李明审过的标题" in titles, titles


def _current(db: Path) -> list[str]:
    """The current pages' folder/name."""
    with sqlite3.connect(db) as con:
        rows = [f"{folder}/{name}" for folder, name in con.execute(
            "SELECT folder, name FROM sourcefile WHERE replaced_by IS NULL AND review_of IS NULL ORDER BY folder, name")]
    con.close()
    return rows


def _mended(n: int) -> str:
    return ONE.read_text(encoding="utf-8").replace("当前，江门", f"第{n}稿，江门")


def test_r56a_15_16_22_24_a_renamed_delivery_is_the_page_whose_text_it_keeps(tmp_path: Path) -> None:
    """Run 56: a copy's mark alone named the page: `江门日报.txt` and `(1)` … `(4)`, different pages, were chained
    into one (A16); page 3's copy `江门日报 (3) (1).txt` was a new page (A15); `A01.txt` after `A01 (1).txt` was a
    second page (A22), and so was `A01 (2).txt` in a database restored from a snapshot holding `A01 - 副本.txt` only
    (A24). A page so named is the new file's when their texts are alike, whichever side bears the mark."""
    seeds = sorted(SEEDS.glob("*.txt"))
    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / "江门日报.txt").write_bytes(seeds[0].read_bytes())
    for n, seed in enumerate(seeds[1:], 1):
        (folder / f"江门日报 ({n}).txt").write_bytes(seed.read_bytes())
    db = tmp_path / "db.sqlite3"
    for extra in ([], ["--replace"]):
        out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", *extra)
        assert out.returncode == 0 and len(_current(db)) == 5, (out.stderr, _current(db))
    (folder / "江门日报 (3) (1).txt").write_text(seeds[3].read_text(encoding="utf-8") + "\n补记一行",
                                             encoding="utf-8")
    (folder / "江门日报 (3).txt").unlink()
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and "issue/江门日报 (3) (1).txt" in _current(db) and len(_current(db)) == 5, out.stderr
    other = tmp_path / "desk"
    other.mkdir()
    (other / "A01 (1).txt").write_text(_mended(1), encoding="utf-8")
    db2 = tmp_path / "desk.sqlite3"
    assert run_cli("import", str(other), "--db", str(db2), "--workers", "1").returncode == 0
    (other / "A01 (1).txt").unlink()
    (other / "A01.txt").write_text(_mended(2), encoding="utf-8")
    out = run_cli("import", str(other), "--db", str(db2), "--workers", "1")
    assert "has the name of page A01 (1).txt" in out.stderr and _current(db2) == ["desk/A01 (1).txt"], out.stderr
    assert run_cli("import", str(other), "--db", str(db2), "--workers", "1", "--replace").returncode == 0
    assert _current(db2) == ["desk/A01.txt"]


def test_r56a_6_a_page_and_its_copies_go_in_by_their_times(tmp_path: Path) -> None:
    """Run 56 A6: `A01 (1) (1).txt`, the newest delivery (a download of a forwarded `A01 (1).txt`), sorted before
    `A01 (1).txt` and was made an old version. A page and its copies go in by the times their files were made."""
    import os

    folder = tmp_path / "p"
    folder.mkdir()
    for n, name in enumerate(["A01.txt", "A01 (1).txt", "A01 (1) (1).txt"]):
        (folder / name).write_text(_mended(n), encoding="utf-8")
        os.utime(folder / name, (1_700_000_000 + n * 86400, 1_700_000_000 + n * 86400))
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace").returncode == 0
    assert _current(db) == ["p/A01 (1) (1).txt"]


def test_r56a_18_20_a_desks_bracketed_page_number_and_an_issue_folders_copy_keep_their_issue_and_page() -> None:
    """Run 56 A18: `jmrb20260101(01).txt` read with the desk's own pattern lost its page, the "(01)" taken off as a
    copy's mark; A20: an issue unzipped as `2026-01-01 (1)/` gave its pages no date. A name is read as it is first,
    without a copy's mark only when it then says nothing; a folder likewise."""
    from jmreview.analysis.newspaper import page_identity

    pattern = r"jmrb(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)\((?P<page>\d+)\)"
    assert page_identity("", "jmrb20260101(01).txt", [], (pattern,)).page == "01"
    assert page_identity("2026-01-01 (1)", "A01.txt").issue == "2026-01-01"
    assert page_identity("", "2026-01-01_A01 (1).txt").page == "A01"


def test_r56a_21_other_sync_tools_conflicting_copies_are_the_page(tmp_path: Path) -> None:
    """Run 56 A21: ownCloud's `A01_conflict-….txt`, Resilio's `A01.Conflict.txt` and iCloud's `A01 2.txt` became
    second pages. Each is the page's (its text alike)."""
    for name in ("A01_conflict-20260101-120000.txt", "A01.Conflict.txt", "A01 2.txt"):
        folder = tmp_path / name.replace(" ", "_")
        folder.mkdir()
        (folder / "A01.txt").write_bytes(ONE.read_bytes())
        db = folder.with_suffix(".sqlite3")
        assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
        (folder / name).write_text(_mended(1), encoding="utf-8")
        out = run_cli("import", str(folder), "--db", str(db), "--workers", "1")
        assert "has the name of page A01.txt" in out.stderr and len(_current(db)) == 1, (name, out.stderr)


def test_r56a_28_a_line_role_applied_from_a_corpus_file_survives_a_delivery_that_changes_the_line(
        tmp_path: Path) -> None:
    """Run 56 A28 (LOST): a line's role set in a colleague's JSON and applied with `import-json` went back to body
    when the next delivery mended that line. The applied role is marked a person's, as the window marks it."""
    folder = tmp_path / "p"
    folder.mkdir()
    page = folder / "A01.txt"
    page.write_bytes(ONE.read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    exported = tmp_path / "t.json"
    assert run_cli("export", "--format", "json", "--output", str(exported), "--db", str(db)).returncode == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    lines = page.read_text(encoding="utf-8").split("\n")
    block = next(b for f in doc["files"] for a in f["articles"] for b in a["blocks"]
                 if b["role"] == "body" and "当前，江门正全面落实" in lines[b["line"] - 1])
    block["role"] = "note"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert run_cli("import-json", str(exported), "--db", str(db)).returncode == 0
    page.write_text(page.read_text(encoding="utf-8").replace("当前，江门正全面落实", "目前，江门正全面落实"),
                    encoding="utf-8")
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace").returncode == 0
    with sqlite3.connect(db) as con:
        role = con.execute("SELECT b.role FROM block b JOIN sourcefile f ON f.id = b.file_id WHERE "
                           "f.replaced_by IS NULL AND b.line = ?", (block["line"],)).fetchone()[0]
    con.close()
    assert role == "note"


def test_r56b_14_a_snapshot_is_read_in_one_transaction(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Run 56 B14: `export --with-source` while the curator changed a take (`--again`): the team's decisions were
    read before the pages, so the snapshot paired the older decision with the newer page. Everything is read in one
    transaction: the take made meanwhile is in neither."""
    from jmreview.exchange import export_json as module
    from jmreview.store.database import Store

    from .test_thirty_sixth_run import _under_review_with_differences

    db, _page = _under_review_with_differences(tmp_path)
    name = "003_4221d1719c757f4b.txt"
    listed = run_cli("curate", name, "--db", str(db)).stdout
    row = next(line for line in listed.splitlines() if line.startswith("role:"))
    role, answer_a = row.split()[0], row.split("A: ", 1)[1].split(" |", 1)[0].strip()
    assert run_cli("curate", name, "--take", f"{role}=a", "--editor", "zhu", "--db", str(db)).returncode == 0
    real = module.team_section

    def then_retaken(*args):  # type: ignore[no-untyped-def]
        section = real(*args)
        again = run_cli("curate", name, "--take", f"{role}=b", "--again", "--editor", "zhu", "--db", str(db))
        assert again.returncode == 0, again.stderr
        return section

    monkeypatch.setattr(module, "team_section", then_retaken)
    out = tmp_path / "snap.json"
    with Store(db, readonly=True):
        module.export_json(out, with_source=True)
    snapshot = out.read_text(encoding="utf-8")
    restored = tmp_path / "restored.sqlite3"
    assert run_cli("import-json", str(out), "--db", str(restored)).returncode == 0
    listed = run_cli("curate", name, "--db", str(restored)).stdout
    line = next(line for line in listed.splitlines() if line.startswith(role))
    assert line.split()[1] == "a", line   # the decision as it was when the export began …
    with sqlite3.connect(restored) as con:
        on_page = con.execute("SELECT b.role FROM block b JOIN sourcefile f ON f.id = b.file_id WHERE f.review_of IS "
                              "NULL AND f.replaced_by IS NULL AND b.line = ?", (int(role.split(":")[1]),)).fetchone()[0]
    con.close()
    assert on_page == answer_a, (on_page, answer_a, len(snapshot))   # … and the page as it was then


def test_r57a_21_a_field_a_corpus_file_left_as_it_was_follows_its_lines(tmp_path: Path) -> None:
    """Run 57 A21: a colleague's JSON changed only article 2's category; the next delivery corrected that article's
    headline line, and its title stayed the old text — kept as if a person had set it (run 56 A23's mark, every field
    of an applied article). What the file changed is kept; the rest follows the lines."""
    folder = tmp_path / "p"
    folder.mkdir()
    page = folder / "A01.txt"
    page.write_bytes(ONE.read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    exported = tmp_path / "t.json"
    assert run_cli("export", "--format", "json", "--output", str(exported), "--db", str(db)).returncode == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    article = next(a for f in doc["files"] for a in f["articles"] if a["title"].startswith("漫画家"))
    article["category"] = "feature" if article["category"] != "feature" else "news"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert run_cli("import-json", str(exported), "--db", str(db)).returncode == 0
    page.write_text(page.read_text(encoding="utf-8").replace("漫画家小林粉丝见面会举行", "漫画大师小林粉丝见面会举行"),
                    encoding="utf-8")
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace").returncode == 0
    with sqlite3.connect(db) as con:
        titles = [t for (t,) in con.execute("SELECT a.title FROM article a JOIN sourcefile f ON f.id = a.file_id "
                                            "WHERE f.replaced_by IS NULL")]
    con.close()
    assert any(t.startswith("漫画大师") for t in titles), titles


def test_r57a_11_35_9_a_renamed_delivery_is_found_by_its_whole_text_its_copy_name_and_in_its_own_issue(
        tmp_path: Path) -> None:
    """Run 57 A11: a delivery adding a late story at the top, saved as `A01 (1).txt`, was a second page (its first
    3,000 characters compared, 0.52 alike; the whole 0.90). A35: GNOME Files' copy names (`A01 (复件).txt`,
    `A01 (第3个复件).txt`, `A01 (3rd copy).txt`). A9: among 25 issues' A01s only the 20 newest were looked at, the
    first issue's A01 never."""
    late = "深夜快讯\n" + "本报讯 记者连夜赶写的一则新闻，补充在版面最上方，篇幅较长。" * 50 + "\n"
    for n, name in enumerate(["A01 (1).txt", "A01 (复件).txt", "A01 (第3个复件).txt", "A01 (3rd copy).txt"]):
        folder = tmp_path / f"p{n}"
        folder.mkdir()
        (folder / "A01.txt").write_bytes(ONE.read_bytes())
        db = tmp_path / f"db{n}.sqlite3"
        assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
        (folder / "A01.txt").unlink()
        (folder / name).write_text((late if n == 0 else "") + _mended(n), encoding="utf-8")
        out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace")
        assert out.returncode == 0 and _current(db) == [f"p{n}/{name}"], (name, out.stderr, _current(db))
    from .test_tenth_run_server import pages

    archive = pages(tmp_path / "archive", 22)   # 22 different pages, one an issue folder each
    for n, page in enumerate(sorted(archive.glob("*.txt"))):
        (archive / f"2026-01-{n + 1:02d}").mkdir()
        page.rename(archive / f"2026-01-{n + 1:02d}" / "A01.txt")
    db = tmp_path / "archive.sqlite3"
    assert run_cli("import", str(archive), "--db", str(db), "--workers", "1").returncode == 0
    first = archive / "2026-01-01"
    text = (first / "A01.txt").read_text(encoding="utf-8")
    (first / "A01.txt").unlink()
    (first / "A01 (1).txt").write_text(text + "\n更正一行", encoding="utf-8")
    out = run_cli("import", str(first / "A01 (1).txt"), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and len(_current(db)) == 22, (out.stderr, len(_current(db)))


def test_r57a_26_a_short_utf16_page_without_a_mark_holding_symbols_is_read() -> None:
    """Run 57 A26: a short UTF-16 page without a byte-order mark holding ℃, ① or ★ was refused as "contains NUL
    bytes: a binary file". The symbols a page holds are text."""
    from jmreview.exchange.ingest import decode_bytes

    text = "气温预报\n①今天晴，最高气温28℃★\n②明天多云，面积120㎡→\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_bytes("A01.txt", text.encode(encoding)) == (text, encoding)
