"""Issue 10, run 64: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from .test_database_safety import run_cli
from .test_forty_fifth_run import _deliver_again
from .test_thirty_eighth_run import _seed_001_imported


def test_r64a_25_a_page_label_set_on_a_version_replaced_meanwhile_is_refused(tmp_path: Path) -> None:
    """Run 64 A25 (LOST): the page dialog open, a colleague imported a new delivery of the page; 版次 A05 then
    went onto the replaced old version, the history said it was set, and the current page had no label. The edit
    of a replaced version is refused, as every other edit's is."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.story_edits import set_page

    page, db = _seed_001_imported(tmp_path)
    with Store(db):
        shown = SourceFile.get().id   # what the dialog was opened on
    _deliver_again(page, db, lambda lines: lines.__setitem__(2, lines[2] + "▲"))
    with Store(db) as store:
        with pytest.raises(EditConflict, match="replaced by a newer version"):
            set_page(store, "李明", shown, None, "A05")
        assert SourceFile.get_by_id(shown).page_label != "A05"


def test_r64a_38_an_undo_of_a_page_label_on_a_replaced_version_is_refused(tmp_path: Path) -> None:
    """Run 64 A38: A05 set, a new delivery carried it, Ctrl+Z: "undone", though only the old version was reset and
    the current page kept A05. The undo is refused, naming the new version."""
    from jmreview.store import changes
    from jmreview.store.changes import EditConflict
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.story_edits import set_page

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        log = set_page(store, "李明", SourceFile.get().id, None, "A05")
    _deliver_again(page, db, lambda lines: lines.__setitem__(2, lines[2] + "▲"))
    with Store(db) as store:
        current = SourceFile.get(SourceFile.replaced_by.is_null())
        with pytest.raises(EditConflict, match="replaced by a newer version"):
            changes.undo(store, log, "李明")
        assert SourceFile.get_by_id(current.id).page_label == "A05"


def test_r64a_30_a_big5_file_name_is_read_as_big5(tmp_path: Path) -> None:
    """Run 64 A30 (CORRUPT, minor): a page file named in Big5 (江門日報第A01版.txt) was stored as "ら厨材A01.txt": run 63
    A40's fix read every undecodable name as GB18030. A name is read in the encoding that gives common Chinese."""
    import os
    import sqlite3

    from ..conftest import SEEDS

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode("江門日報第A01版.txt".encode("big5"))).write_bytes(
        (SEEDS / "000_fe75734c17ad953c.txt").read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    con = sqlite3.connect(db)
    try:
        assert [r[0] for r in con.execute("SELECT name FROM sourcefile")] == ["江門日報第A01版.txt"]
    finally:
        con.close()


def test_r64a_17_a18_lexicon_import_dry_run_writes_nothing_and_label_is_used(tmp_path: Path) -> None:
    """Run 64 A17: `lexicon import l.csv --dry-run` (an editor wanting a preview) imported the file for real, the
    option taken without a word; A18 (minor): `--label PER` on export and import was taken and not used. The dry
    run writes nothing; --label keeps to its label."""
    from .test_fifty_ninth_run import _one_page

    db = _one_page(tmp_path)
    lexicon = tmp_path / "l.csv"
    lexicon.write_text("text,label\n张三丰,PER\n李四光,PER\n五邑湾,LOC\n", encoding="utf-8")
    out = run_cli("lexicon", "import", str(lexicon), "--dry-run", "--db", str(db))
    assert out.returncode == 0 and "3 entries would be imported" in out.stdout, out.stdout + out.stderr
    assert "张三丰" not in run_cli("lexicon", "list", "--db", str(db)).stdout
    out = run_cli("lexicon", "import", str(lexicon), "--label", "PER", "--db", str(db))
    assert out.returncode == 0 and "2 entries imported" in out.stdout, out.stdout + out.stderr
    listed = run_cli("lexicon", "list", "--db", str(db)).stdout
    assert "张三丰" in listed and "五邑湾" not in listed
    out = run_cli("lexicon", "export", str(tmp_path / "per.csv"), "--label", "LOC", "--db", str(db))
    assert out.returncode == 0
    assert "张三丰" not in (tmp_path / "per.csv").read_text(encoding="utf-8-sig")


def test_r64b_5_b7_a_utf16_web_page_without_a_mark_and_a_zstd_archive_are_named(tmp_path: Path) -> None:
    """Run 64 B5 (CORRUPT, minor): a web page saved as UTF-16 without a byte-order mark was imported with its tags as
    the page's lines; B7: a `.zst` archive was refused as "binary", extracting it unsaid. Each is named."""
    text = "江门日报讯 记者李明报道：今天江门市举行了新闻发布会。\n"
    (tmp_path / "A02.txt").write_bytes(("<html>\r\n<body>\r\n" + text + "<br>\r\n</body></html>").encode("utf-16-le"))
    (tmp_path / "A03.txt").write_bytes(("<!DOCTYPE html>\n<p>" + text + "</p>").encode("utf-16-be"))
    (tmp_path / "day.tar.zst").write_bytes(b"\x28\xb5\x2f\xfd\x04\x58" + bytes(300))
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", *(str(tmp_path / n) for n in ("A02.txt", "A03.txt", "day.tar.zst")), "--db", str(db))
    said = out.stdout + out.stderr
    assert "A02.txt: is a web page (HTML)" in said and "A03.txt: is a web page (HTML)" in said, said
    assert "day.tar.zst: is a compressed archive" in said, said
    assert "0 imported" in said, said


def test_r64a_4_a_folders_files_named_with_a_dot_are_imported_and_others_said(tmp_path: Path) -> None:
    """Run 64 A4 (minor): a folder's pages named `2024.01.05` and `A03.20240105` were passed over unsaid, their date
    taken for a file type. They are imported; a file of another type in the folder (a .docx) is named as passed
    over."""
    import sqlite3

    from ..conftest import SEEDS

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "2024.01.05").write_bytes((SEEDS / "000_fe75734c17ad953c.txt").read_bytes())
    (folder / "A03.20240105").write_bytes((SEEDS / "001_69ca20e02664ffc6.txt").read_bytes())
    (folder / "2024.01.05.A02").write_bytes((SEEDS / "002_4a1bb4f78707ee57.txt").read_bytes())
    (folder / "A04.docx").write_bytes(b"PK\x03\x04word/document.xml" + bytes(100))
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1")
    said = out.stdout + out.stderr
    assert "3 imported" in said and "1 other files in the folders were passed over" in said and "A04.docx" in said, \
        said
    con = sqlite3.connect(db)
    try:
        assert sorted(con.execute("SELECT name, issue_date, page_label FROM sourcefile")) == [
            ("2024.01.05", "2024-01-05", None), ("2024.01.05.A02", "2024-01-05", "A02"),
            ("A03.20240105", "2024-01-05", "A03")]
    finally:
        con.close()


def _pages_imported(tmp_path: Path, days: int) -> Path:
    """The five seeds as the pages of `days` issues (each day's a little different), imported: the database."""
    from ..conftest import SEEDS

    for day in range(days):
        folder = tmp_path / "pages" / f"2024-01-0{day + 1}"
        folder.mkdir(parents=True)
        for n, seed in enumerate(sorted(SEEDS.glob("*.txt"))):
            folder.joinpath(f"A0{n + 1}.txt").write_bytes(seed.read_bytes() + f"\n第{day}天\n".encode())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(tmp_path / "pages"), "--db", str(db), "--workers", "1", timeout=300).returncode == 0
    return db


def test_r64b_30_b43_b44_double_review_says_its_progress_its_stop_and_names_pages_with_folders(tmp_path: Path) \
        -> None:
    """Run 64 B30 (HANG, minor): `double-review` of a week of pages printed nothing for minutes; B43: Ctrl+C said
    "interrupted", how many were marked unsaid; B44: `curate 2024-01-02/A01.txt` named the page "A01.txt" alone
    while another A01.txt is under double review. Each page is said as it is marked; a stop says how many were;
    the page is named with its folder."""
    import signal
    import subprocess
    import sys

    from .test_database_safety import ROOT

    db = _pages_imported(tmp_path, 3)
    pages = [f"2024-01-0{d}/A0{n}.txt" for d in (1, 3) for n in range(1, 6)]
    run = subprocess.Popen([sys.executable, "-m", "jmreview.cli", "double-review", *pages, "--editors", "李明", "王芳",
                            "--db", str(db), "--editor", "张伟"], stderr=subprocess.PIPE, stdout=subprocess.PIPE,
                           text=True, cwd=ROOT)
    assert run.stderr is not None
    seen = [run.stderr.readline() for _ in range(2)]
    assert seen[0].startswith("[1/10] 2024-01-01/A01.txt") and seen[1].startswith("[2/10]"), seen
    run.send_signal(signal.SIGINT)
    rest = run.communicate(timeout=60)[1]
    assert run.returncode == 130 and "jmreview: stopped at page " in rest and " of 10: " in rest \
        and "were marked before it" in rest, rest
    out = run_cli("curate", "2024-01-02/A01.txt", "--db", str(db))
    assert "2024-01-02/A01.txt has no two review copies" in out.stdout + out.stderr, out.stdout + out.stderr


def test_r64a_18_with_source_on_a_workbook_is_refused(tmp_path: Path) -> None:
    """Run 64 A18's rest (minor): `export --format xlsx --with-source` wrote a plain workbook without a word. The
    option is refused there, nothing written."""
    _page, db = _seed_001_imported(tmp_path)
    out = run_cli("export", "--format", "xlsx", "--with-source", "-o", str(tmp_path / "out.xlsx"), "--db", str(db))
    assert out.returncode == 2 and "--with-source makes a JSON snapshot" in out.stderr, out.stderr
    assert not (tmp_path / "out.xlsx").exists()


def test_r64a_7_the_cells_changed_on_the_files_sheet_are_named(tmp_path: Path) -> None:
    """Run 64 A7: a colleague filled in 期（出版日期） and 版次 and changed a 文件名 on the workbook's 文件 sheet;
    import-xlsx said "0 changes in 0 articles", the sheet neither read nor its changed cells named. They are named,
    with where to correct them; a workbook whose 文件 sheet is as exported names nothing there."""
    from openpyxl import load_workbook

    _page, db = _seed_001_imported(tmp_path)
    book = tmp_path / "out.xlsx"
    assert run_cli("export", "-o", str(book), "--db", str(db)).returncode == 0
    out = run_cli("import-xlsx", str(book), "--db", str(db))
    assert "文件" not in out.stdout + out.stderr, out.stdout + out.stderr
    wb = load_workbook(book)
    ws = wb["文件"]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("期（出版日期）") + 1).value = "2021-11-02"
    ws.cell(2, header.index("版次") + 1).value = "A05"
    ws.cell(2, header.index("文件名") + 1).value = "改名.txt"
    wb.save(book)
    out = run_cli("import-xlsx", str(book), "--db", str(db))
    said = out.stdout + out.stderr
    for column in ("期（出版日期）", "版次", "文件名"):
        assert f"1 changed cells in column {column} of sheet 文件 are not read back" in said, said


def test_r63a_19_the_same_page_in_another_encoding_under_another_name_is_said_already_there(tmp_path: Path) -> None:
    """Run 63 A19 (CORRUPT, minor): one folder held `A03.txt` (UTF-16) and `A03_utf8.txt` (UTF-8 with a byte-order
    mark and CRLF): both were imported as pages, every article twice in counts and exports (only the same bytes
    were caught). The second is said to be there already; a page of other text is imported."""
    import sqlite3

    from ..conftest import SEEDS

    text = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")
    folder = tmp_path / "2024-01-05"
    folder.mkdir()
    (folder / "A03.txt").write_bytes(text.encode("utf-16"))
    (folder / "A03_utf8.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    (folder / "A04.txt").write_bytes((text + "\n另一版。\n").encode("utf-8"))
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1")
    said = out.stdout + out.stderr
    assert "A03_utf8.txt: already imported as 2024-01-05/A03.txt (the same text" in said, said
    assert "2 imported" in said and "1 already there" in said, said
    con = sqlite3.connect(db)
    try:
        assert sorted(r[0] for r in con.execute("SELECT name FROM sourcefile")) == ["A03.txt", "A04.txt"]
    finally:
        con.close()
