"""The Excel export, opened with openpyxl and (when installed) converted by LibreOffice."""
from __future__ import annotations

import csv
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jmreview.exchange.export_xlsx import export_xlsx
from jmreview.exchange.xlsx_text import EXCEL_LIMIT, MARKER
from jmreview.store import edits
from jmreview.store.models import Article, Entity
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS

INJECTIONS = ["=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "\tTAB", "\rCR", '=HYPERLINK("http://evil","x")']


@pytest.fixture
def corpus(store):  # type: ignore[no-untyped-def]
    import_paths(store, [SEEDS], workers=1)
    return store


def test_sheets_headers_and_cells(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = Article.select().order_by(Article.id).first()
    edits.set_article_field(corpus, "甲", first.id, "date", "2021-11-02")
    edits.set_status(corpus, "甲", first.id, "reviewed")
    path = tmp_path / "corpus.xlsx"
    report = export_xlsx(path)
    assert report.articles == 32 and report.files == 5 and not report.truncated
    wb = load_workbook(path)
    assert wb.sheetnames == ["文章", "实体", "文件", "续稿", "概览"]
    arts, ents, fls, _stories, summary = (wb[n] for n in wb.sheetnames)
    assert [c.value for c in arts[1]] == ["文件", "序号", "编号", "标题", "引题", "副题", "类别", "状态", "日期", "记者",
                                         "通讯员", "摄影", "供稿", "字数", "正文", "审校人", "审校时间", "版本（勿改）",
                                         "续自", "转至", "编号核对（勿改）", "修改时间（勿改）"]
    assert [c.value for c in ents[1]] == ["文章编号", "文章标题", "文字", "简体", "标签", "身份", "状态", "出现次数",
                                         "转到文章", "实体编号（勿改）"]
    # the last column of each (for import-xlsx) is hidden: neither shown nor printed
    assert arts.column_dimensions["R"].hidden and ents.column_dimensions["J"].hidden
    assert arts.column_dimensions["U"].hidden and not arts.column_dimensions["S"].hidden  # the id again, hidden
    assert not any(arts.column_dimensions[c].hidden for c in "ABCDEFGHIJKLMNOPQ")
    assert [c.value for c in fls[1]] == ["期（出版日期）", "版次", "文件名", "编码", "简繁", "文章数", "已审比例",
                                        "未归属比例", "SHA-256"]
    for ws in (arts, ents, fls):
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert arts.max_row == 33
    row = next(r for r in arts.iter_rows(min_row=2) if r[2].value == first.id)
    assert row[3].value == first.title and row[7].value == "已审" and row[15].value == "甲"
    assert row[8].is_date and row[8].value.date() == date(2021, 11, 2) and row[8].number_format == "yyyy-mm-dd"
    assert row[16].is_date and isinstance(row[16].value, datetime)
    assert row[14].alignment.wrap_text and len(row[14].value) == row[13].value or row[13].value > 0
    assert arts.column_dimensions["D"].width == 30  # Chinese titles (wide characters counted twice) wrap at 30
    # every entity row links to the row of its article
    ids_by_row = {r[0].row: r[2].value for r in arts.iter_rows(min_row=2)}
    for r in ents.iter_rows(min_row=2, max_row=60):
        target = int(re.search(r"!A(\d+)", r[8].value).group(1))
        assert ids_by_row[target] == r[0].value
    assert Entity.select().count() >= sum(r[7].value for r in ents.iter_rows(min_row=2))
    assert fls["G2"].number_format == "0%" and fls["H2"].number_format == "0%"
    labels = [r[0].value for r in summary.iter_rows()]
    assert "按状态" in labels and "最常见人名" in labels and "已审" in labels


def test_english_headers_and_simplified_script(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "en.xlsx"
    export_xlsx(path, script="simplified", language="en")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Articles", "Entities", "Files", "Continued stories", "Summary"]
    titles = [r[3].value for r in wb["Articles"].iter_rows(min_row=2)]
    assert "全面实施“六大工程” 全力构建江门高质量发展战略新格局" in titles
    assert not any("門" in (t or "") for t in titles)


def test_formula_injection_is_written_as_text(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    arts = list(Article.select().order_by(Article.id))
    for art, value in zip(arts, INJECTIONS):
        edits.set_article_field(corpus, "甲", art.id, "kicker", value.strip() if value[0] not in "\t\r" else value)
        Article.update(kicker=value).where(Article.id == art.id).execute()
    path = tmp_path / "inj.xlsx"
    export_xlsx(path)
    ws = load_workbook(path)["文章"]
    kickers = {r[2].value: r[4] for r in ws.iter_rows(min_row=2)}
    for art, value in zip(arts, INJECTIONS):
        cell = kickers[art.id]
        assert cell.data_type == "s", value
        assert cell.value.replace("\n", "\r") == value or cell.value == value
    if shutil.which("soffice"):
        rows = libreoffice_rows(path, tmp_path, "文章")
        shown = {r[2]: r[4] for r in rows[1:]}
        for art, value in zip(arts, INJECTIONS):
            assert shown[str(art.id)].strip() == value.strip(), value  # text, not a computed result


def test_illegal_characters_and_the_cell_limit(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "long.txt"
    page.write_text("## 很长的文章\n\n江门日报讯（记者/张三）" + "长" * 40_000 + "。\n", encoding="utf-8")
    import_paths(store, [page], workers=1)
    art = Article.get()
    Article.update(title="标题\x01\x0b带控制符").where(Article.id == art.id).execute()
    path = tmp_path / "long.xlsx"
    report = export_xlsx(path)
    assert report.truncated == ["文章 2 text"] and report.replaced[0] == "文章 2 title"
    ws = load_workbook(path)["文章"]
    assert ws["D2"].value == "标题\ufffd\ufffd带控制符"  # replaced visibly, not dropped
    assert len(ws["O2"].value) == EXCEL_LIMIT and ws["O2"].value.endswith(MARKER)
    assert "文章 2 text" in [r[0].value for r in load_workbook(path)["概览"].iter_rows()]


def test_filtered_export_really_differs(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chosen = [a.id for a in Article.select().order_by(Article.id).limit(3)]
    for art_id in chosen:
        edits.set_status(corpus, "甲", art_id, "reviewed")
    everything, reviewed = tmp_path / "all.xlsx", tmp_path / "reviewed.xlsx"
    export_xlsx(everything)
    report = export_xlsx(reviewed, status="reviewed")
    assert report.articles == 3
    ids = [r[2].value for r in load_workbook(reviewed)["文章"].iter_rows(min_row=2)]
    assert sorted(ids) == sorted(chosen)
    assert load_workbook(everything)["文章"].max_row == 33
    ent_ids = {r[0].value for r in load_workbook(reviewed)["实体"].iter_rows(min_row=2)}
    assert ent_ids <= set(chosen)


def test_a_failed_export_leaves_the_old_file(corpus, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "keep.xlsx"
    export_xlsx(path)
    before = path.read_bytes()
    from openpyxl.writer.excel import ExcelWriter

    from jmreview.errors import OutputError

    real_save = ExcelWriter.save

    def broken_save(self):  # type: ignore[no-untyped-def]
        real_save(self)  # the workbook is written out, then the disk is full
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(ExcelWriter, "save", broken_save)
    with pytest.raises(OutputError):
        export_xlsx(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "keep" in p.name] == ["keep.xlsx"]


def libreoffice_rows(path: Path, tmp: Path, sheet: str) -> list[list[str]]:
    out = tmp / "csv"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo-profile", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=300)
    with (out / f"{path.stem}-{sheet}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_sheet(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lo.xlsx"
    export_xlsx(path)
    for sheet, header in (("文章", "标题"), ("实体", "简体"), ("文件", "SHA-256"), ("概览", "语料概览")):
        rows = libreoffice_rows(path, tmp_path, sheet)
        assert header in rows[0], sheet
    arts = libreoffice_rows(path, tmp_path, "文章")
    assert len(arts) == 33 and any("江門" in cell for cell in arts[1])
    ents = libreoffice_rows(path, tmp_path, "实体")
    assert ents[1][8].startswith("→ ")  # the link formula evaluates in a real spreadsheet program
