"""The Excel export for colleagues: Articles, Entities, Files and Summary sheets.

Safe by construction, on every sheet (the summary too): a text starting with = + - @ tab or
CR is written as a string cell, never a formula; characters XML forbids are replaced by
U+FFFD and reported; a cell over Excel's 32,767-character limit is cut with a visible marker
and reported. openpyxl's write-only mode keeps memory flat; its sheet files go to the
export's private folder, and the workbook to a temporary name moved into place (atomic).
"""
from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from jmreview.analysis.script import to_simplified
from jmreview.exchange.atomic import Staged, replacing, require_regular
from jmreview.exchange.xlsx_layout import SheetFile, column_widths, print_setup, row_height, wrapped
from jmreview.exchange.xlsx_news import Stories, summary_sheet
from jmreview.exchange.xlsx_text import (
    EXCEL_LIMIT,
    HEADERS,
    HIDDEN,
    SHEETS,
    VALUES,
    cut,
    day_cell,
    entity_status_text,
    id_cells,
    moment_cell,
    ooxml_escaped,
    xml_safe,
)
from jmreview.store.coverage import page_coverage
from jmreview.store.models import SourceFile, database_proxy
from jmreview.store.queries import files_in_print_order
from jmreview.store.records import article_records

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int, str], None]


class Formula(str):
    """A formula we write on purpose (a link); every other text is written as text."""


@dataclass
class XlsxReport:
    """What the export wrote and what it had to cut."""

    articles: int = 0
    entities: int = 0
    files: int = 0
    truncated: list[str] = field(default_factory=list)  # "sheet row column" of every cut cell
    replaced: list[str] = field(default_factory=list)  # "sheet row column" of every cell with U+FFFD put in


class SheetWriter:
    """Rows for one write-only sheet: safe cells, header style, widths from a sample."""

    def __init__(self, wb: Workbook, key: str, columns: list[str], language: str, report: XlsxReport) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(SHEETS[key][language])
        self.key = key
        self.columns = columns
        self.language = language
        self.report = report
        self.rows: list[list[Any]] = []
        self.wrap_cols = wrapped(key, columns)
        self.percent_cols = {k for k, c in enumerate(columns) if c in ("reviewed", "unassigned")}
        self.templates: dict[str, Any] = {}

    def styled(self, value: Any, name: str, number_format: str = "General") -> Any:
        """A top-aligned cell (wrapped if name says so) with a style made once per sheet and shared."""
        template = self.templates.get(name)
        if template is None:
            template = WriteOnlyCell(self.ws, value=None)
            template.alignment = Alignment(wrap_text=name == "wrap", vertical="top")  # a tall row reads from its top
            template.number_format = number_format
            self.templates[name] = template
        c = WriteOnlyCell(self.ws, value=value)
        c._style = template._style
        return c

    def start(self, folder: Path) -> SheetFile:
        """Write the sheet's XML into folder (openpyxl would use a file in the system's temp folder)."""
        styles = [self.styled(None, "wrap" if k in self.wrap_cols else "top")._style for k in range(len(self.columns))]
        writer = SheetFile(self.ws, str(folder / f"{self.key}.xml"), styles)
        writer.write_top()
        self.ws._writer = writer
        return writer

    def cell(self, value: Any, row: int, col: int) -> Any:
        """A value made safe for the sheet (a WriteOnlyCell when it needs a type or a style)."""
        if isinstance(value, Formula):
            return str(value)
        if isinstance(value, str):
            value, replaced = xml_safe(value)
            value = ooxml_escaped(value)
            if replaced:
                self.report.replaced.append(f"{self.ws.title} {row} {self.columns[col]}")
            if len(value) > EXCEL_LIMIT:
                value = cut(value)
                self.report.truncated.append(f"{self.ws.title} {row} {self.columns[col]}")
            if value.startswith(FORMULA_START):
                c = WriteOnlyCell(self.ws, value=value)
                c.data_type = "s"  # text, whatever it starts with
                return c
            return value
        if isinstance(value, float) and col in self.percent_cols:
            return self.styled(value, "percent", "0%")
        if isinstance(value, datetime):
            return self.styled(value, "moment", "yyyy-mm-dd hh:mm")
        if isinstance(value, date):
            return self.styled(value, "day", "yyyy-mm-dd")
        return value

    def add(self, values: list[Any]) -> int:
        """Queue one row; returns its sheet row number (the header is row 1)."""
        self.rows.append(values)
        return len(self.rows) + 1

    def write(self, folder: Path) -> None:
        """Set widths and the page, freeze and filter the header, then write every row (its XML into folder)."""
        header = [HEADERS[self.key][c][self.language] for c in self.columns]
        widths = column_widths(self.key, self.columns, header, self.rows)
        for k, w in enumerate(widths):
            self.ws.column_dimensions[_letter(k)].width = w
            self.ws.column_dimensions[_letter(k)].hidden = self.columns[k] in HIDDEN.get(self.key, ())
        self.ws.freeze_panes = "A2"
        print_setup(self.ws, self.language)
        heights = self.start(folder).heights
        bold, fill = Font(name="Calibri", bold=True), PatternFill("solid", fgColor="DDEBF7")
        head_cells = []
        for name in header:
            cell = WriteOnlyCell(self.ws, value=name)
            cell.font, cell.fill = bold, fill
            head_cells.append(cell)
        self.ws.append(head_cells)
        for r, values in enumerate(self.rows, start=2):
            height = row_height(values, widths, self.wrap_cols)
            if height:
                heights[r] = height
            self.ws.append([self.cell(v, r, k) for k, v in enumerate(values)])
        self.ws.auto_filter.ref = f"A1:{_letter(len(self.columns) - 1)}{len(self.rows) + 1}"


def _letter(k: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(k + 1))


def _names(names: list[str], conv: Callable[[str], str]) -> str:
    return "、".join(conv(n) for n in names)


def export_xlsx(path: Path, status: str | None = None, script: str = "original", language: str = "zh_CN",
                progress: Progress | None = None) -> XlsxReport:
    """Write the corpus to an .xlsx workbook; returns what was written and cut."""
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of row lists, no cycles: collection would only cost time
    try:
        return _export(path, status, script, language, progress)
    finally:
        if collecting:
            gc.enable()


def _export(path: Path, status: str | None, script: str, language: str, progress: Progress | None) -> XlsxReport:
    require_regular(path)   # before the work, not after it
    language = "en" if language == "en" else "zh_CN"
    conv: Callable[[str], str] = to_simplified if script == "simplified" else (lambda s: s)
    values = VALUES[language]
    report = XlsxReport()
    wb = Workbook(write_only=True)
    arts = SheetWriter(wb, "articles", list(HEADERS["articles"]), language, report)
    ents = SheetWriter(wb, "entities", list(HEADERS["entities"]), language, report)
    fls = SheetWriter(wb, "files", list(HEADERS["files"]), language, report)
    tales = SheetWriter(wb, "stories", list(HEADERS["stories"]), language, report)
    stories, cover = Stories.load(), page_coverage()
    counts: dict[str, Counter[str]] = {"status": Counter(), "category": Counter(), "label": Counter()}
    top: dict[str, Counter[str]] = {"PER": Counter(), "LOC": Counter(), "ORG": Counter()}
    sources = files_in_print_order()
    for n, source in enumerate(sources, start=1):
        records = article_records(source, status)
        reviewed = sum(1 for a in records if a["status"] in ("reviewed", "rejected"))
        c = cover.get(source.id)
        fls.add([source.issue_date, source.page_label, source.name, source.encoding,
                 values.get(source.script, source.script), len(records), reviewed / len(records) if records else 0.0,
                 c.share(c.unassigned) if c else 0.0, source.sha256])
        ids = entity_ids(source)
        for a in records:
            _article_rows(arts, ents, source, a, conv, script == "simplified", values, counts, top, ids, stories,
                          language)
        report.files += 1
        if progress:
            progress(n, len(sources), source.name)
    report.articles, report.entities = len(arts.rows), len(ents.rows)
    with replacing(path) as staged:
        try:
            folder = staged.workdir()
            arts.write(folder)
            ents.write(folder)
            fls.write(folder)
            stories.write(tales, values)
            tales.write(folder)
            shares = ["in_articles", "noise", "unassigned", "reviewed"]
            summary_sheet(SheetWriter(wb, "summary", ["name", "count", *shares], language, report), counts, top, folder)
            _save(wb, staged)
        except BaseException:
            _discard(wb)
            raise
    return report


def _article_rows(arts: SheetWriter, ents: SheetWriter, source: SourceFile, a: dict[str, Any],
                  conv: Callable[[str], str], simplified: bool, values: dict[str, str],
                  counts: dict[str, Counter[str]], top: dict[str, Counter[str]],
                  ids: dict[tuple[Any, ...], list[int]], stories: Stories, language: str) -> None:
    """The article's row and its grouped entity rows (each linking back to the article row)."""
    text = a["text_simplified"] if simplified else a["text"]
    stories.note(a["id"], source.issue_date, source.page_label, conv(a["title"]), text)
    row = arts.add([source.name, a["index"] + 1, a["id"], conv(a["title"]), conv(a["kicker"]), conv(a["subtitle"]),
                    values.get(a["category"], a["category"]), values.get(a["status"], a["status"]), day_cell(a["date"]),
                    _names(a["reporters"], conv), _names(a["correspondents"], conv),
                    _names(a["photographers"], conv), _names(a["sources"], conv), len(a["text"]), text,
                    a.get("reviewer"), moment_cell(a.get("reviewed_at")), a["version"],
                    *stories.cells(a["id"], values), a["id"], a.get("changed_at") or ""])
    counts["status"][a["status"]] += 1
    counts["category"][a["category"]] += 1
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for e in a["entities"]:
        grouped.setdefault((e["simplified"], e["label"], e["status"]), []).append(e)
    for (simple, label, status), group in grouped.items():
        first = group[0]
        link = Formula(f"=HYPERLINK(\"#'{arts.ws.title}'!A{row}\",\"→ {a['id']}\")")  # shows the 编号
        members = [ids[(a["id"], e["start"], e["end"], e["label"], e["status"])].pop() for e in group]
        for cell, held in id_cells(members):   # one row, or a few when its ids would not fit in one cell
            ents.add([a["id"], conv(a["title"]), conv(first["text"]), simple, label, first["role"],
                      entity_status_text(status, language), len(held), link, cell])
        if status != "rejected":
            counts["label"][label] += len(group)
            if label in top:
                top[label][simple] += len(group)


def entity_ids(source: SourceFile) -> dict[tuple[Any, ...], list[int]]:
    """A file's entity ids by (article, start, end, label, status): what an entity row of the workbook stands for."""
    out: dict[tuple[Any, ...], list[int]] = {}
    for e_id, *key in database_proxy.execute_sql(
            'SELECT id, article_id, start, "end", label, status FROM entity WHERE file_id = ? ORDER BY id DESC',
            [source.id]):
        out.setdefault(tuple(key), []).append(e_id)
    return out


def _discard(wb: Workbook) -> None:
    """Close the sheets' half-written XML streams now, quietly (left to the collector they would print a traceback)."""
    for ws in wb.worksheets:
        for stream in (getattr(getattr(ws, "_writer", None), "xf", None), getattr(ws, "_rows", None)):
            if stream is not None:
                with suppress(Exception):
                    stream.close()


def _save(wb: Workbook, staged: Staged) -> None:
    """The workbook into the staged file; a full disk raises here, the archive closed (no noise from __del__)."""
    wb.properties.modified = datetime.now(tz=timezone.utc).replace(tzinfo=None)
    with staged.open("wb") as fh, ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
