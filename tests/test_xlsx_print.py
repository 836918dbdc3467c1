"""The Excel export on paper: landscape, one page wide, header on every page, readable cells (issue 12 item 10)."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jmreview.exchange.export_xlsx import export_xlsx
from jmreview.store import edits
from jmreview.store.models import Article
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS

PAGES_BEFORE = 57  # the seeds printed on 57 portrait pages, columns spread over eight pages, no header repeated


@pytest.fixture
def workbook(store, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    import_paths(store, [SEEDS], workers=1)
    for art in Article.select().order_by(Article.id).limit(3):
        edits.set_status(store, "甲", art.id, "reviewed")
    path = tmp_path / "print.xlsx"
    export_xlsx(path)
    return path


def test_every_sheet_prints_landscape_one_page_wide_with_its_header(workbook: Path) -> None:
    wb = load_workbook(workbook)
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text  # page x of y


def test_columns_are_sized_and_wrapped_rows_tall_enough(workbook: Path) -> None:
    ws = load_workbook(workbook)["文章"]
    header = [c.value for c in ws[1]]
    width = {h: ws.column_dimensions[chr(ord("A") + k)].width for k, h in enumerate(header)
             if not ws.column_dimensions[chr(ord("A") + k)].hidden}   # (hidden columns are not printed)
    assert 50 <= width["正文"] <= 80 and 20 <= width["标题"] <= 32
    assert width["审校时间"] <= 20 and width["序号"] <= 8  # no width taken by microseconds
    assert sum(width.values()) < 300  # on a landscape page, still readable when fitted to its width
    for row in ws.iter_rows(min_row=2):
        body, title = row[header.index("正文")], row[header.index("标题")]
        assert body.alignment.wrap_text and title.alignment.wrap_text
        assert all(c.alignment.vertical == "top" for c in row if c.value is not None)  # a tall row reads from the top
        height = ws.row_dimensions[body.row].height
        lines = len(body.value) * 2 / width["正文"]  # Chinese text: two width units a character
        assert height is not None and min(lines * 14, 400) <= height <= 409, body.row


def test_entity_link_shows_the_article_number(workbook: Path) -> None:
    wb = load_workbook(workbook)
    arts, ents = wb["文章"], wb["实体"]
    ids_by_row = {r[0].row: r[2].value for r in arts.iter_rows(min_row=2)}
    rows = list(ents.iter_rows(min_row=2))
    assert rows
    for r in rows:
        target, shown = re.fullmatch(r"""=HYPERLINK\("#'文章'!A(\d+)","→ (\d+)"\)""", r[8].value).groups()
        assert ids_by_row[int(target)] == r[0].value == int(shown)  # the 编号 the Articles sheet shows


def test_review_time_is_a_minute_date_time_cell(workbook: Path) -> None:
    ws = load_workbook(workbook)["文章"]
    header = [c.value for c in ws[1]]
    cells = [r[header.index("审校时间")] for r in ws.iter_rows(min_row=2)]
    reviewed = [c for c in cells if c.value is not None]
    assert len(reviewed) == 3
    for c in reviewed:
        assert c.is_date and isinstance(c.value, datetime) and c.value.microsecond == 0
        assert c.number_format == "yyyy-mm-dd hh:mm"


def test_the_script_column_is_named_for_the_script_not_the_font(workbook: Path, tmp_path: Path) -> None:
    assert [c.value for c in load_workbook(workbook)["文件"][1]][4] == "简繁"
    english = tmp_path / "en.xlsx"
    export_xlsx(english, language="en")
    assert [c.value for c in load_workbook(english)["Files"][1]][4] == "Script"


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler is not installed")
def test_libreoffice_prints_each_sheet_across_its_pages_with_the_header(workbook: Path, tmp_path: Path) -> None:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(workbook)], check=True, capture_output=True, timeout=300)
    pdf = tmp_path / "print.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height  # landscape
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages < PAGES_BEFORE
    texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"], capture_output=True,
                            text=True, check=True).stdout for n in range(1, pages + 1)]
    headers = {"文章": ("文件", "标题", "正文", "审校时间"), "实体": ("文章编号", "简体", "转到文章"),
               "文件": ("文件名", "简繁", "SHA-256")}
    seen: dict[str, int] = {}
    for n, text in enumerate(texts, start=1):
        sheet = re.search(r"(\S+) · 第 \d+ 页", text)
        assert sheet, f"page {n} has no footer"
        seen[sheet.group(1)] = seen.get(sheet.group(1), 0) + 1
        for word in headers.get(sheet.group(1), ()):
            assert word in text, f"page {n} ({sheet.group(1)}) lacks the header {word}"  # every column, every page
    assert set(seen) == {"文章", "实体", "文件", "续稿", "概览"} and seen["文章"] > 1 and seen["文件"] == 1
