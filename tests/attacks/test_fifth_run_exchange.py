"""Issue 10, fifth adversarial run, the files other people bring (C1–C7, C9, C23–C31): lexicon files, edited
workbooks and annotation files, each refused in one line by file and place — never a hang, never a traceback."""
from __future__ import annotations

import csv
import io
import json
import os
import resource
import socket
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

RUN = [sys.executable, "-m", "jmreview.cli"]
MEMORY = 3 << 30   # a reader that swallowed /dev/zero would stop here (MemoryError), not at the OOM killer


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def cli(*args: object, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_capped)


def one_line(out: subprocess.CompletedProcess[str]) -> str:
    """The refusal: exit status 2, one line on stderr, no traceback."""
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert out.returncode == 2 and len(lines) == 1, out.stderr
    assert "unexpected error" not in lines[0] and "Traceback" not in out.stderr, lines[0]
    return lines[0]


def lexicon(db: Path) -> list[dict]:
    out = cli("lexicon", "list", "--json", "--origin", "imported", "--db", db)
    assert out.returncode == 0, out.stderr
    return list(json.loads(out.stdout))


# C5, C25, C30: special files given to the readers of a user-chosen file ------------------------------------------

@pytest.fixture
def special(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """A FIFO, a socket, a folder and a link to /dev/zero, all inside the test's folder."""
    folder = tmp_path / "special"
    folder.mkdir()
    os.mkfifo(folder / "fifo")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "socket"))
    (folder / "folder").mkdir()
    (folder / "zero").symlink_to("/dev/zero")
    yield {p.name: p for p in folder.iterdir()}
    sock.close()


COMMANDS = {"lexicon": ("lexicon", "import"), "xlsx": ("import-xlsx",), "annotations": ("import-annotations",)}
SUFFIX = {"lexicon": ".csv", "xlsx": ".xlsx", "annotations": ".jsonl"}


@pytest.mark.parametrize("kind", ["fifo", "socket", "folder", "zero"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_c5_c25_c30_a_special_file_is_refused_at_once(db: Path, special: dict[str, Path], tmp_path: Path,
                                                      command: str, kind: str) -> None:
    """C5/C25/C30: a FIFO, a socket, a folder or /dev/zero given as a lexicon, workbook or annotation file is refused
    at once, by name — it neither blocks nor reads without end."""
    path = tmp_path / f"given{SUFFIX[command]}"
    path.symlink_to(special[kind])
    started = time.monotonic()
    line = one_line(cli(*COMMANDS[command], path, "--db", db, timeout=30))
    assert time.monotonic() - started < 20
    assert f"given{SUFFIX[command]} is not a regular file" in line and "nothing was read" in line, line


def _bomb(path: Path, declared: int) -> None:
    """A small zip whose one part says it unpacks to `declared` bytes (as a zip bomb's central directory does)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b" " * 1000)
    data = bytearray(path.read_bytes())
    at = data.rindex(b"PK\x01\x02")   # the central directory's entry: uncompressed size at offset 24
    data[at + 24: at + 28] = declared.to_bytes(4, "little")
    path.write_bytes(bytes(data))


def test_c25_a_workbook_that_would_unpack_to_gigabytes_is_refused_before_it_is_unpacked(db: Path,
                                                                                       tmp_path: Path) -> None:
    """C25: the parts of a workbook are counted before openpyxl unpacks one: a zip bomb is refused by name."""
    path = tmp_path / "bomb.xlsx"
    _bomb(path, 0xFFFF0000)
    line = one_line(cli("import-xlsx", path, "--db", db))
    assert "bomb.xlsx would unpack to over" in line and "nothing was read" in line, line


# C1–C4, C6, C7, C9: lexicon files --------------------------------------------------------------------------------

def _json_lexicon(*entries: dict) -> str:
    return json.dumps({"format": "jmreview-lexicon", "version": 1, "entries": list(entries)}, ensure_ascii=False)


BAD_LEXICONS = {   # file name → (content, what the one line must say)
    "bigcount.json": (_json_lexicon({"text": "李明", "label": "PER", "count": 10 ** 30}),
                      "bigcount.json, entry 1: the count “1000000000000000000000000000000” is not a whole number "
                      "from 1 to 2147483647"),
    "floatcount.json": (_json_lexicon({"text": "李明", "label": "PER", "count": 1e300}),
                        "floatcount.json, entry 1: the count"),
    "negcount.json": (_json_lexicon({"text": "李明", "label": "PER", "count": -5}), "negcount.json, entry 1: the count"),
    "bigint.csv": ("text,label,count\n李明,PER," + "9" * 30 + "\n", "bigint.csv, line 2: the count “999"),
    "hugeint.csv": ("text,label,count\n李明,PER," + "9" * 5000 + "\n", "hugeint.csv, line 2: the count"),
    "hugeint.json": ('{"format": "jmreview-lexicon", "version": 1, "entries": [{"text": "李明", "label": "PER", '
                     '"count": ' + "9" * 5000 + "}]}", "hugeint.json holds a number thousands of digits long"),
    "countword.csv": ("text,label,count\n李明,PER,三\n", "countword.csv, line 2: the count “三”"),
    "bigfield.csv": ("text,label\n李明,PER\n" + "长" * 200_000 + ",PER\n", "bigfield.csv, line 3: a cell is longer"),
    "lower.json": (_json_lexicon({"text": "李明", "label": "per"}), "lower.json, entry 1: “per” is not a lexicon label"),
    "nolabel.json": (_json_lexicon({"text": "李明"}), "nolabel.json, entry 1: the label is missing"),
    "blank.json": (_json_lexicon({"text": "   ", "label": "PER"}), "blank.json, entry 1: the text is blank"),
    "blank.csv": ("text,label\n李明,PER\n ,PER\n", "blank.csv, line 3: the text is blank"),
    "shortrow.csv": ("text,label,positive,count\n李明\n", "shortrow.csv, line 2: the row has 1 cells where the header "
                                                          "has 4"),
    "longrow.csv": ("text,label\n李明,PER,x,y\n", "longrow.csv, line 2: the row has 4 cells where the header has 2"),
    "crlf.csv": ("text,label\r\n李明\r,PER\r\n", "crlf.csv, line 2"),
    "surr.json": ('{"format": "jmreview-lexicon", "version": 1, "entries": [{"text": "李\\ud800明", "label": "PER"}]}',
                  "surr.json, entry 1: the text holds a lone surrogate"),
    "notentry.json": (_json_lexicon("李明"), "notentry.json, entry 1: not a lexicon entry"),
    "deep.json": ("[" * 100_000 + "]" * 100_000, "deep.json is nested too deeply"),
}


@pytest.mark.parametrize("name", list(BAD_LEXICONS))
def test_c1_c4_a_bad_lexicon_entry_is_refused_by_file_and_line(db: Path, tmp_path: Path, name: str) -> None:
    """C1–C4: a count no database holds, a field over the CSV limit, an unknown or blank label, a blank text, a short
    row, a line break in a cell, a lone surrogate: one line naming the file and the line or entry; nothing stored."""
    content, says = BAD_LEXICONS[name]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    line = one_line(cli("lexicon", "import", path, "--db", db))
    assert says in line, line
    assert lexicon(db) == []


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig", "utf-8"])
def test_c6_a_lexicon_csv_saved_by_excel_on_chinese_windows_is_read(db: Path, tmp_path: Path, encoding: str) -> None:
    """C6: Excel on Chinese Windows saves CSV as GB18030 (or "Unicode text", UTF-16): read as the UTF-8 one is."""
    path = tmp_path / "gbk.csv"
    path.write_bytes("text,label,positive,count\r\n李明华,PER,yes,3\r\n蓬江区,LOC,no,1\r\n".encode(encoding))
    out = cli("lexicon", "import", path, "--db", db)
    assert out.returncode == 0 and "2 entries imported" in out.stdout, out.stderr
    assert {(e["text"], e["label"], e["positive"], e["count"]) for e in lexicon(db)} == {
        ("李明华", "PER", True, 3), ("蓬江区", "LOC", False, 1)}


def test_c6_a_csv_in_no_known_encoding_says_save_it_as_utf8(db: Path, tmp_path: Path) -> None:
    """C6: bytes that are neither UTF-8, UTF-16 nor GB18030: a way forward, not a codec's English."""
    path = tmp_path / "odd.csv"
    path.write_bytes(b"text,label\n\x81\x20\xff,PER\n")
    line = one_line(cli("lexicon", "import", path, "--db", db))
    assert "odd.csv" in line and "save it as “CSV UTF-8”" in line and "codec" not in line, line


def test_c7_a_csv_without_its_header_row_is_refused_saying_which_header(db: Path, tmp_path: Path) -> None:
    """C7: a one-line CSV of data was taken as its header and "0 entries imported": now refused, header named."""
    path = tmp_path / "noheader.csv"
    path.write_text("李明,PER\n", encoding="utf-8")
    line = one_line(cli("lexicon", "import", path, "--db", db))
    assert "noheader.csv: the first row is not the header" in line and "text,label,positive,count" in line, line
    assert lexicon(db) == []


FORMULAS = ["=1+1", '=HYPERLINK("http://evil","x")', "@SUM(1+1)", "+1+1", "-2+3", "'=quoted", "李明"]


def test_c9_the_lexicon_csv_shows_formula_looking_text_as_text_and_imports_it_back(db: Path, tmp_path: Path) -> None:
    """C9: an entry that looks like a formula is written with a leading ' (a spreadsheet shows it as text, never
    computes it); importing that CSV takes the ' off again, so every entry comes back as it was."""
    source = tmp_path / "formula.json"
    source.write_text(_json_lexicon(*({"text": t, "label": "ORG", "editors": ["=cmd|' /C calc'!A0"]}
                                      for t in FORMULAS)), encoding="utf-8")
    assert cli("lexicon", "import", source, "--db", db).returncode == 0
    exported = tmp_path / "lex.csv"
    assert cli("lexicon", "export", exported, "--db", db).returncode == 0
    rows = list(csv.reader(io.StringIO(exported.read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells), cells
    assert {row[0] for row in rows[1:]} >= {"'=1+1", "'@SUM(1+1)", "'+1+1", "'-2+3", "''=quoted", "李明"}
    fresh = tmp_path / "fresh.sqlite3"
    shutil_copy(db, fresh)
    sqlite3.connect(fresh).execute("DELETE FROM lexiconentry").connection.commit()
    assert cli("lexicon", "import", exported, "--db", fresh).returncode == 0
    assert sorted(e["text"] for e in lexicon(fresh)) == sorted(FORMULAS)
    assert {tuple(e["editors"]) for e in lexicon(fresh)} == {("=cmd|' /C calc'!A0",)}


def shutil_copy(a: Path, b: Path) -> None:
    import shutil

    shutil.copy(a, b)


# C24, C26: edited workbooks ---------------------------------------------------------------------------------------

def _export(db: Path, path: Path) -> Path:
    out = cli("export", "--format", "xlsx", "--output", path, "--db", db)
    assert out.returncode == 0, out.stderr
    return path


def _titles(db: Path) -> dict[int, str]:
    return dict(sqlite3.connect(db).execute("SELECT id, title FROM article").fetchall())


def _add_to_sheet_xml(path: Path, part: str, xml: str) -> None:
    """A row added to a sheet's XML as another writer may write it (no dimension updated, only the cells it has)."""
    moved = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(moved, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == part:
                data = data.replace(b"</sheetData>", xml.encode() + b"</sheetData>")
            dst.writestr(info, data)
    moved.replace(path)


def test_c24_a_row_with_one_cell_is_refused_by_sheet_row_and_column(db: Path, tmp_path: Path) -> None:
    """C24a: one inline-string cell A9999 written into the 文章 sheet (a row shorter than the header): refused by its
    sheet, row and column, not `KeyError: 'id'`."""
    path = _export(db, tmp_path / "lonecell.xlsx")
    _add_to_sheet_xml(path, "xl/worksheets/sheet1.xml",
                      '<row r="9999"><c r="A9999" t="inlineStr"><is><t>x</t></is></c></row>')
    titles = _titles(db)
    line = one_line(cli("import-xlsx", path, "--db", db))
    assert "sheet 文章, row 9999, column C (编号): “” is not an id of this database" in line, line
    assert _titles(db) == titles


@pytest.mark.parametrize("where", ["entity_ids", "article_id", "outside"])
def test_c24_a_thousands_digit_number_or_a_cell_outside_the_table_is_named(db: Path, tmp_path: Path,
                                                                            where: str) -> None:
    """C24b: a 5,000-digit entity id (text or number), a cell to the right of the header: refused by cell."""
    path = _export(db, tmp_path / "huge.xlsx")
    wb = load_workbook(path)
    ws = wb["实体"]
    if where == "entity_ids":
        ws.cell(2, 10).value = "9" * 5000
    elif where == "article_id":
        ws.cell(2, 1).value = "9" * 5000
    else:
        ws.cell(2, 14).value = "多出来的"
    wb.save(path)
    line = one_line(cli("import-xlsx", path, "--db", db))
    says = {"entity_ids": "sheet 实体, row 2, column J (实体编号（勿改）): “999",
            "article_id": "sheet 实体, row 2, column A (文章编号): “999",
            "outside": "sheet 实体, row 2, column N: “多出来的” is outside the table"}[where]
    assert says in line, line


def _sort_id_column_alone(path: Path, drop_check: bool = False) -> None:
    """Excel's "continue with the current selection": only the 编号 column sorted, every other cell stays."""
    wb = load_workbook(path)
    ws = wb["文章"]
    ids = [ws.cell(r, 3).value for r in range(2, ws.max_row + 1)]
    for r, value in zip(range(2, ws.max_row + 1), sorted(ids, reverse=True)):
        ws.cell(r, 3).value = value
    if drop_check:   # a workbook exported before the hidden copy of the id (and the moment after it) was written
        assert ws.cell(1, ws.max_column - 1).value == "编号核对（勿改）"
        ws.delete_cols(ws.max_column - 1, 2)
    wb.save(path)


@pytest.fixture
def two_pages(tmp_path: Path) -> Path:
    from ..conftest import SEEDS

    db = tmp_path / "two.sqlite3"
    out = cli("import", SEEDS / "003_4221d1719c757f4b.txt", SEEDS / "002_4a1bb4f78707ee57.txt", "--db", db,
              "--workers", "1", timeout=300)
    assert out.returncode == 0, out.stderr
    return db


@pytest.mark.parametrize("old_workbook", [False, True])
def test_c26_a_workbook_whose_id_column_was_sorted_alone_is_refused(two_pages: Path, tmp_path: Path,
                                                                     old_workbook: bool) -> None:
    """C26: every row kept its title and text but carries another article's id: refused, naming the rows, instead
    of giving article 1 article 32's title. A workbook from before the hidden copy of the id: by its 文件 cells."""
    path = _export(two_pages, tmp_path / "sorted.xlsx")
    _sort_id_column_alone(path, drop_check=old_workbook)
    titles = _titles(two_pages)
    line = one_line(cli("import-xlsx", path, "--db", two_pages))
    if old_workbook:
        assert "sheet 文章, row 2, column C (编号): this row was not written for article" in line, line
    else:
        assert "sheet 文章, row 2, column C (编号): article" in line and "was written for article" in line, line
    assert "Nothing was imported" in line and _titles(two_pages) == titles


def test_c26_a_workbook_sorted_whole_rows_still_applies(two_pages: Path, tmp_path: Path) -> None:
    """Sorting whole rows (the hidden columns move with them) is no problem: the edit applies to the right article."""
    path = _export(two_pages, tmp_path / "rows.xlsx")
    wb = load_workbook(path)
    ws = wb["文章"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    rows.sort(key=lambda r: -r[2])
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    target = rows[0][2]
    ws.cell(2, 4).value = "整行排序后改的标题"
    wb.save(path)
    out = cli("import-xlsx", path, "--db", two_pages)
    assert out.returncode == 0, out.stderr
    assert _titles(two_pages)[target] == "整行排序后改的标题"


# C29, C31: annotation files ---------------------------------------------------------------------------------------

BAD_ANNOTATIONS = {
    "deep.jsonl": ("[" * 100_000 + "\n", "deep.jsonl: line 1 is nested too deeply; nothing was imported"),
    "deep.json": ("[" * 100_000, "deep.json: line 1 is nested too deeply; nothing was imported"),
    "bigid.jsonl": ('{"text": "李明", "jmreview_id": ' + "9" * 5000 + "}\n",
                    "bigid.jsonl: line 1 holds a number thousands of digits long"),
    "docid.bio": ("-DOCSTART- jmreview:" + "9" * 5000 + "\n李 B-PER\n", "docid.bio: line 1: “-DOCSTART- jmreview:999"),
    "notjson.jsonl": ("hello\n", "notjson.jsonl: line 1 is not JSON"),
    "notjson.json": ("hello", "notjson.json: line 1 is not JSON"),
    "latin.jsonl": ('{"text": "caf\xe9"}\n', "latin.jsonl is not UTF-8 text"),
}


@pytest.mark.parametrize("name", list(BAD_ANNOTATIONS))
def test_c29_c31_a_bad_annotation_file_is_refused_in_one_line(db: Path, tmp_path: Path, name: str) -> None:
    """C29/C31: deep nesting, a thousands-digit id, a .jsonl line that is not JSON (not "bad BIO"): one line."""
    content, says = BAD_ANNOTATIONS[name]
    path = tmp_path / name
    path.write_bytes(content.encode("latin-1" if name.startswith("latin") else "utf-8"))
    line = one_line(cli("import-annotations", path, "--db", db))
    assert says in line, line


def test_c31_a_label_that_is_not_a_list_of_spans_is_named(db: Path, tmp_path: Path) -> None:
    """C31: doccano's "label": "PER" (a string) was ignored without a word; now the document says so."""
    path = tmp_path / "labelstr.jsonl"
    path.write_text(json.dumps({"text": "李明", "label": "PER"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = cli("import-annotations", path, "--db", db)
    assert "document 1: “label” is “PER”, not a list of spans [start, end, label]; left out" in out.stderr, out.stderr


# the window says them in Chinese --------------------------------------------------------------------------------

def test_the_lexicon_window_refuses_a_bad_file_in_chinese(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The lexicon window's 导入 of a bad file: the same refusal, in Chinese, naming the file and the entry."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmreview.gui.app import install_translations
    from jmreview.gui.lexicon_window import open_lexicon

    from ..gui.conftest import open_window

    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    window = open_window(qtbot, tmp_path, [])
    try:
        path = tmp_path / "bigcount.json"
        path.write_text(BAD_LEXICONS["bigcount.json"][0], encoding="utf-8")
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warned.append(text))
        open_lexicon(window).import_file(str(path))
        assert warned and "bigcount.json 第 1 条：次数“1000000000000000000000000000000”不是 1 到 2147483647 之间的整数" \
            in warned[0], warned
        fifo = tmp_path / "fifo.csv"
        os.mkfifo(fifo)
        open_lexicon(window).import_file(str(fifo))
        assert "fifo.csv 不是普通文件（命名管道）：什么也没有读取" in warned[1], warned
    finally:
        window.session.store.close()
        for t in translators:
            app.removeTranslator(t)
