"""Issue 10, run 12's exchange rows: a workbook whose articles were merged, split or deleted here since the export
is applied but for them (#20); changed cells the import does not read back are named, not dropped (#21); a page
file in UTF-16 without a byte-order mark is read, not called binary (#26).

Real processes (the `jmreview` command), real workbooks and page files, real SQLite databases; the window's import.
"""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from jmreview.exchange.export_xlsx import export_xlsx
from jmreview.gui import round_trips
from jmreview.store.changes import undo
from jmreview.store.database import Store
from jmreview.store.edits import merge_articles, split_article
from jmreview.store.models import Article, Block

from ..conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]
GONE = ("is no longer in this database: it was merged into another article, split, deleted or made anew by re-running "
        "automation here after the export")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it."""
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=300)


def titles(db: Path) -> dict[int, str]:
    """Every article's title, by id, as the database holds it."""
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT id, title FROM article"))


def exported(db: Path, path: Path, *more: str) -> Path:
    out = run("export", "--format", "xlsx", "-o", str(path), "--db", str(db), *more)
    assert out.returncode == 0, out.stderr
    return path


def row_of(ws, art_id: int) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 3).value == art_id)


def retitled(path: Path, new: dict[int, str]) -> None:
    """The colleague's workbook: these articles retitled on the 文章 sheet."""
    wb = load_workbook(path)
    for art_id, title in new.items():
        wb["文章"].cell(row_of(wb["文章"], art_id), 4).value = title
    wb.save(path)


# --- #20: articles merged, split or deleted here since the export -----------------------------------------------

def test_workbook_after_a_merge_and_an_undone_split_applies_the_rest_and_names_them(db: Path, tmp_path: Path) -> None:
    with Store(db) as st:
        first, second, third = [a.id for a in Article.select().order_by(Article.reading_order)][:3]
        block = next(b for a in Article.select().where(Article.id.not_in([first, second, third]))
                     for b in Block.select().where(Block.article == a).order_by(Block.line).offset(1).limit(1))
        split_log = split_article(st, "ed", block.id)
        new_id = max(a.id for a in Article.select())
    path = exported(db, tmp_path / "colleague.xlsx")
    retitled(path, {second: "同事改的二", third: "同事改的三", new_id: "同事改的拆分"})
    with Store(db) as st:
        undo(st, split_log, "ed")                  # after the export: the split's new article is gone
        merge_articles(st, "ed", first, second)   # and so is second
    out = run("import-xlsx", str(path), "--db", str(db))
    assert out.returncode == 1, out.stdout + out.stderr
    assert "is not an id of this database" not in out.stderr and "Nothing was imported" not in out.stderr
    assert f"article {second} 《同事改的二》 {GONE}; left as it is" in out.stderr
    assert f"article {new_id} 《同事改的拆分》 {GONE}; left as it is" in out.stderr
    now = titles(db)
    assert now[third] == "同事改的三" and second not in now and new_id not in now   # the rest applied
    assert "1 changes in 1 articles" in out.stdout


def test_an_id_this_database_never_had_still_refuses_the_workbook(db: Path, tmp_path: Path) -> None:
    path = exported(db, tmp_path / "foreign.xlsx")
    wb = load_workbook(path)
    ws = wb["文章"]
    first = ws.cell(2, 3).value
    ws.cell(2, 3).value = ws.cell(2, 21).value = 987_654   # an id and its hidden copy nobody here ever had
    ws.cell(3, 4).value = "同事改的标题"
    wb.save(path)
    before = titles(db)
    out = run("import-xlsx", str(path), "--db", str(db))
    assert out.returncode != 0 and "“987654” is not an id of this database" in out.stderr, out.stderr
    assert "Nothing was imported" in out.stderr and titles(db) == before and first in before


# --- #21: changed cells in columns that are not read back --------------------------------------------------------

def test_changed_text_and_role_cells_are_named_not_dropped(db: Path, tmp_path: Path) -> None:
    path = exported(db, tmp_path / "body.xlsx")
    wb = load_workbook(path)
    arts, ents = wb["文章"], wb["实体"]
    head = [c.value for c in arts[1]]
    arts.cell(2, head.index("正文") + 1).value = "同事改了正文"
    arts.cell(3, head.index("正文") + 1).value = "同事也改了这篇的正文"
    ehead = [c.value for c in ents[1]]
    ents.cell(2, ehead.index("身份") + 1).value = "总编辑"
    wb.save(path)
    out = run("import-xlsx", str(path), "--db", str(db))
    assert out.returncode == 1, out.stdout + out.stderr
    assert ("2 changed cells in column 正文 of sheet 文章 are not read back (they are not corrected through a "
            "workbook): correct them in the window") in out.stderr
    assert "1 changed cells in column 身份 of sheet 实体 are not read back" in out.stderr
    assert out.stderr.count("not read back") == 2 and "0 changes in 0 articles" in out.stdout


@pytest.mark.parametrize("script", ["original", "simplified"])
def test_an_untouched_workbook_names_no_cell(db: Path, tmp_path: Path, script: str) -> None:
    path = exported(db, tmp_path / f"{script}.xlsx", "--script", script)
    out = run("import-xlsx", str(path), "--db", str(db))
    assert out.returncode == 0 and "not read back" not in out.stderr, out.stderr
    assert "0 changes in 0 articles, 0 left as they are" in out.stdout


def test_the_window_names_the_changed_body_text_in_chinese(window, chinese, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    wb = load_workbook(path)
    head = [c.value for c in wb["文章"][1]]
    wb["文章"].cell(2, head.index("正文") + 1).value = "同事改了正文"
    wb.save(path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text, *a: said.append(text))
    round_trips.import_xlsx_into(window, path)
    assert "工作表“文章”的“正文”列有 1 个单元格被修改，但这一列不会读回（不能通过工作簿修改）：请在窗口中修改" in said[0]


# --- #26: UTF-16 without a byte-order mark -------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_page_without_a_mark_is_imported_and_its_encoding_said(tmp_path: Path, encoding: str) -> None:
    text = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    page = tmp_path / "pages" / "u16.txt"
    page.parent.mkdir()
    page.write_bytes(text.encode(encoding))
    db = tmp_path / "u16.sqlite3"
    out = run("import", str(page.parent), "--db", str(db))
    assert out.returncode == 0 and "1 imported" in out.stdout and "NUL" not in out.stderr, out.stdout + out.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT encoding, text FROM sourcefile").fetchone() == (encoding, text)
    wb = load_workbook(exported(db, tmp_path / "u16.xlsx"))
    files = wb["文件"]
    assert files.cell(2, [c.value for c in files[1]].index("编码") + 1).value == encoding
    corpus = tmp_path / "u16.json"   # the corpus file of it restores, its file checked against the bytes
    assert run("export", "--format", "json", "--with-source", "-o", str(corpus), "--db", str(db)).returncode == 0
    assert json.loads(corpus.read_text(encoding="utf-8"))["files"][0]["encoding"] == encoding
    back = run("import-json", str(corpus), "--db", str(tmp_path / "back.sqlite3"))
    assert back.returncode == 0, back.stdout + back.stderr


def test_binary_files_with_nul_bytes_are_still_refused(tmp_path: Path) -> None:
    folder = tmp_path / "bin"
    folder.mkdir()
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + zlib.compress(bytes(range(256)) * 40)
    numbers = b"".join(n.to_bytes(2, "little") for n in range(1, 3000))   # 16-bit counters: NULs at odd offsets
    words = b"".join(n.to_bytes(2, "big") for n in range(0x20, 0x7f)) + b"\x00\x01\x00\x02" * 200
    samples = {"picture.txt": png, "numbers.txt": numbers, "controls.txt": words,
               "odd.txt": "江门日报\n".encode("utf-16-le") + b"\x00",
               "surrogate.txt": "江门\n".encode("utf-16-le") + b"\x00\xd8\x0a\x00" * 20}
    for name, data in samples.items():
        (folder / name).write_bytes(data)
    db = tmp_path / "bin.sqlite3"
    out = run("import", str(folder), "--db", str(db))
    assert "0 imported" in out.stdout and "5 refused" in out.stdout, out.stdout + out.stderr
    for name in samples:
        assert f"refused: {name}: " in out.stdout + out.stderr
