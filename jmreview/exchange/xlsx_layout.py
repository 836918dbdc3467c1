"""How the Excel export looks on screen and on paper: column widths, wrapped rows' heights, page setup."""
from __future__ import annotations

import os
from datetime import date, datetime
from math import ceil
from typing import Any

from openpyxl.cell._writer import write_cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from jmreview.exchange.xlsx_text import display_width

WIDTH_SAMPLE = 2000      # rows looked at for a column's width
LINE_POINTS = 16.0       # height of a wrapped line of 11-point text (CJK fonts set taller lines than Latin)
MAX_ROW_POINTS = 409.0   # the tallest row Excel allows: a longer text is whole in its cell, cut on paper
MAX_LINES = int(MAX_ROW_POINTS // LINE_POINTS)
NARROW = (18, False)   # a column not listed: one line, at most 18 wide

# sheet → column → (widest, wrapped): a column is as wide as its widest value, at most `widest`;
# a wrapped column breaks its text into lines (the row grows to show them), another is one line
COLUMNS: dict[str, dict[str, tuple[int, bool]]] = {
    "articles": {"file": (14, True), "title": (30, True), "kicker": (16, True), "subtitle": (16, True),
                 "reporters": (12, True), "correspondents": (12, True), "photographers": (12, True),
                 "sources": (12, True), "text": (60, True), "reviewer": (10, True)},
    "entities": {"article_title": (40, False), "text": (20, True), "simplified": (20, True), "role": (12, True)},
    "files": {"name": (30, False), "sha256": (66, False)},
    "stories": {"parts": (50, True), "text": (80, True)},
}
FOOTER = {"zh_CN": "&A · 第 &P 页，共 &N 页", "en": "&A · Page &P of &N"}


def wrapped(key: str, columns: list[str]) -> set[int]:
    """The positions of the sheet's wrapped columns."""
    spec = COLUMNS.get(key, {})
    return {k for k, c in enumerate(columns) if spec.get(c, NARROW)[1]}


def _value_width(value: Any, widest: int) -> int:
    """Width units a value takes on one line (looked at only as far as the column could be wide)."""
    if isinstance(value, datetime):
        return len("yyyy-mm-dd hh:mm")
    if isinstance(value, date):
        return len("yyyy-mm-dd")
    if isinstance(value, float):
        return 5
    return max(display_width(line) for line in str(value)[: widest * 2].split("\n"))


def column_widths(key: str, columns: list[str], header: list[str], rows: list[list[Any]]) -> list[int]:
    """Each column's width: its widest sampled value or header, at most its cap (never narrower than the header)."""
    spec = COLUMNS.get(key, {})
    caps = [max(spec.get(c, NARROW)[0], display_width(h) + 2) for c, h in zip(columns, header)]
    widths = [display_width(h) for h in header]
    for values in rows[:WIDTH_SAMPLE]:
        for k, v in enumerate(values):
            if v is not None and widths[k] < caps[k] and not hasattr(v, "value"):
                widths[k] = max(widths[k], _value_width(v, caps[k]))
    return [min(cap, w + 2) for cap, w in zip(caps, widths)]


def _lines(text: str, width: int) -> int:
    """Lines a text takes wrapped in a column of this width (estimated: a wide character counts two)."""
    room, count = max(1, width - 1), 0
    for line in text.split("\n"):
        units = len(line) + (len(line.encode("utf-8")) - len(line)) // 2  # a CJK character is 3 bytes: 2 units
        count += max(1, ceil(units / room))
        if count >= MAX_LINES:
            return MAX_LINES
    return count


def row_height(values: list[Any], widths: list[int], wrap: set[int]) -> float | None:
    """Points a row needs to show its wrapped cells (None: one line does)."""
    lines = max((_lines(values[k], widths[k]) for k in wrap if isinstance(values[k], str)), default=1)
    return None if lines <= 1 else min(MAX_ROW_POINTS, lines * LINE_POINTS + 4)


def print_setup(ws: Any, language: str) -> None:
    """Landscape A4, one page wide and as many long, the header row on every page, page x of y in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, header=0.25, footer=0.25)
    ws.print_options.gridLines = True
    ws.print_title_rows = "1:1"
    ws.HeaderFooter.oddFooter.center.text = FOOTER[language]


class ColumnStyle(StyleArray):
    """A style shared by a whole column's cells, its hash computed once (openpyxl looks it up for every cell)."""

    def __init__(self, style: Any) -> None:
        self.hashed = hash(tuple(self))

    def __hash__(self) -> int:
        return self.hashed


class SheetFile(WorksheetWriter):
    """openpyxl's sheet writer with its XML in the export's private folder, rows as tall as given, cells top-aligned."""

    def __init__(self, ws: Any, out: str, styles: list[Any]) -> None:
        super().__init__(ws, out)
        self.styles = [ColumnStyle(s) for s in styles]  # per column, for a plain value: top-aligned, maybe wrapped
        self.heights: dict[int, float] = {}  # row number → points, for rows written from now on

    def write_row(self, xf: Any, row: Any, row_idx: int) -> None:
        """One row, its height if it has one; a plain cell gets its column's style for its writing only (no copy)."""
        attrs = {"r": f"{row_idx}"}
        height = self.heights.pop(row_idx, None)
        if height:
            attrs.update(ht=f"{height:g}", customHeight="1")
        with xf.element("row", attrs):
            for cell in row:
                plain = cell._style is None
                if plain:
                    cell._style = self.styles[cell.column - 1]
                write_cell(xf, self.ws, cell, True)
                if plain:
                    cell._style = None  # openpyxl reuses this cell for the next plain value

    def cleanup(self) -> None:
        """Remove the sheet's XML once it is in the workbook."""
        os.remove(self.out)
