"""Read back a workbook jmreview exported and a person edited (Excel, WPS, LibreOffice): its article and entity rows.

Every cell that matters is checked before anything else happens; a bad one is named by
sheet, row and column (an unknown label or status, a date that does not exist, an id that
is not ours, a sheet renamed, columns moved) and the whole workbook is refused. What a cell
holds is taken as text: a formula a colleague typed (=…) is its text, never its result.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from jmreview.errors import Coded, JmreviewError
from jmreview.exchange import xlsx_text
from jmreview.exchange.apart import stamp
from jmreview.exchange.safe_read import FileRefused, check_unzipped, open_regular
from jmreview.exchange.xlsx_text import ADDED, HEADERS, LEGACY_ENTITY_VALUES, SHEETS, VALUES, entity_status_text
from jmreview.store.changes import MAX_ID
from jmreview.store.models import CATEGORIES, STATUSES, Label

PROBLEMS = {   # why a workbook is refused (English; the window translates them)
    "not_xlsx": "{file} is not a workbook jmreview can read ({detail})",
    "no_sheet": "the workbook has no sheet “{sheet}” (renamed or deleted?)",
    "header": "sheet {sheet}, row 1, column {column}: “{found}” where “{expected}” belongs (columns moved, added or "
              "deleted?)",
    "not_ours": "sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not an id of this database",
    "twice": "sheet {sheet}, row {row}, column {column} ({header}): article {value} is on row {other} too",
    "label": "sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not a label (the labels are "
             "{allowed})",
    "value": "sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not one of {allowed}",
    "date": "sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not a date (write it as 2024-03-01)",
    "not_text": "sheet {sheet}, row {row}, column {column} ({header}): “{value}” is no text but a spreadsheet's error "
                "or truth value (a formula gone wrong?); write the text itself",
    "version": "sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not the version jmreview wrote "
               "there (a hidden column: leave it as it is)",
    "moment": "sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not the moment jmreview wrote "
              "there (a hidden column: leave it as it is)",
    "no_ids": "sheet {sheet}, row {row}: an entity row without jmreview's ids (added by hand?) — a workbook cannot "
              "add entities; label them in the window",
    "outside": "sheet {sheet}, row {row}, column {column}: “{value}” is outside the table (no header above it)",
    "unreadable": "sheet {sheet}, row {row}: a cell cannot be read ({detail})",
    "read_no_further": "sheet {sheet}: not read from row {row} on (a sheet holds at most 1,048,576 rows, and a "
                       "workbook with a thousand problems is no workbook jmreview wrote)",
    "ods": "{file} is an OpenDocument spreadsheet (.ods, LibreOffice's own format), not an Excel workbook: nothing was "
           "imported; in LibreOffice save it as Excel 2007-365 (.xlsx), then import that",
    "moved": "sheet {sheet}, row {row}, column {column} ({header}): article {value} is on the row that was written "
             "for article {written} (was this column sorted or changed on its own? sort whole rows)",
    "other_row": "sheet {sheet}, row {row}, column {column} ({header}): this row was not written for article {value} "
                 "(the row's file {row_file} or its text length differs from the article's, of {file}) — was this "
                 "column sorted or changed on its own? Sort whole rows",
    "entity_moved": "sheet {sheet}, row {row}, column {column} ({header}): “{value}” are not the ids written for its "
                    "text “{text}” (was this column sorted or pasted on its own? Sort whole rows)",
}
MAX_BYTES = 1 << 30       # a workbook file
MAX_UNZIPPED = 1 << 29    # what its parts unpack to: 512 MB, several years of a daily's articles
MAX_ROWS = 1_048_576      # the rows of a sheet in Excel and LibreOffice
MAX_PROBLEMS = 1000       # reading stops there: the refusal is sure, what is past it is not read
ARTICLE_FIELDS = ("title", "kicker", "subtitle", "category", "status", "date", "reporters", "correspondents",
                  "photographers", "sources")
LIST_FIELDS = ("reporters", "correspondents", "photographers", "sources")
ERROR_VALUES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!",
                "#GETTING_DATA", "Err:502", "Err:504", "Err:508", "Err:509", "Err:511", "Err:522"}   # (Calc's too)
NAME_SEPARATORS = re.compile(r"[、,，;；/]+")
DAY = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
ENTITY_STATUSES = ("suggested", "accepted", "rejected")


class XlsxRefused(JmreviewError):
    """A workbook that cannot be applied: every problem found, each a Coded sentence naming its cell."""

    def __init__(self, problems: list[Coded]) -> None:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        super().__init__(f"{shown}. Nothing was imported")
        self.problems = problems


@dataclass
class ArticleRow:
    """An article row as the workbook has it now."""

    row: int
    id: int
    version: int
    values: dict[str, Any]
    file: str = ""               # the 文件 and 字数 cells: which file and text jmreview wrote the row for
    chars: int | None = None
    written: str = ""            # the hidden copy of the id: which article jmreview wrote the row for
    unread: dict[str, bytes] = field(default_factory=dict)   # fingerprints of the cells not read back (正文 …)
    changed: str = ""            # the hidden moment an edit last changed it ('' at version 1, or an older workbook)


@dataclass
class EntityRow:
    """An entity row: the entities it stands for, and the label and status it says now."""

    row: int
    article_id: int
    ids: list[int]
    label: str
    status: str
    text: tuple[str, str] = ("", "")   # its 文字 and 简体 cells: the text the ids were written for
    unread: dict[str, bytes] = field(default_factory=dict)   # fingerprints of the cells not read back (身份 …)


@dataclass
class EditedWorkbook:
    """What a workbook says, checked cell by cell."""

    language: str
    checked: bool = True   # its article rows carry the hidden copy of their id (False: exported before it was)
    articles: list[ArticleRow] = field(default_factory=list)
    entities: list[EntityRow] = field(default_factory=list)
    problems: list[Coded] = field(default_factory=list)
    files: list[dict[str, str]] = field(default_factory=list)   # the 文件 sheet's rows: never read back (run 64 A7)


def _text(value: Any) -> str:
    """A cell as text: numbers without a spurious .0, dates as days, formulas as typed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if not value.time() else value.isoformat(" ")
    return str(value).strip()


MAX_IDS_IN_A_ROW = 10_000_000   # more than any page holds: a forged run of billions is not read


def _whole(value: Any) -> int | None:
    """A cell's whole number from 0 to MAX_ID (None for anything else: text, a fraction, thousands of digits)."""
    return _number(_text(value))


def _number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 10 and int(text) <= MAX_ID else None


def _ids(text: str) -> list[int]:
    """The entity ids of a row's hidden cell ("3,5-9": runs as an export writes them); [] when it is not such a list."""
    ids: list[int] = []
    for part in text.split(","):
        first, dash, last = part.partition("-")
        low, high = _number(first), _number(last) if dash else _number(first)
        if low is None or high is None or high < low or high - low + len(ids) > MAX_IDS_IN_A_ROW:
            return []
        ids.extend(range(low, high + 1))
    return ids


def _choices(codes: tuple[str, ...]) -> dict[str, str]:
    """Cell text → code: the code itself (an English sheet's value) and its Chinese name."""
    out = {code: code for code in codes}
    out.update({VALUES["zh_CN"][c]: c for c in codes if c in VALUES["zh_CN"]})
    return out


def _allowed(table: dict[str, str], language: str) -> str:
    """The values a cell may hold, as the sheet's language writes them."""
    return "、".join(k for k in table if (k in table.values()) == (language == "en"))


def _day(value: Any) -> str | None | bool:
    """An ISO day, None for an empty cell, False for something that is no day."""
    if isinstance(value, (datetime, date)):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    text = _text(value)
    if not text:
        return None
    match = DAY.match(text)
    if not match:
        return False
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return False


class Reader:
    """Reads one sheet's rows, noting each bad cell."""

    def __init__(self, book: EditedWorkbook, ws: Any, key: str) -> None:
        self.book, self.ws, self.key = book, ws, key
        self.columns = list(HEADERS[key])
        self.headers = [HEADERS[key][c][book.language] for c in self.columns]
        self.width = len(self.columns)       # the columns this workbook has (an older one has fewer)
        self.extra: set[int] = set()         # columns past those a colleague added, with a header

    def bad(self, kind: str, row: int, name: str, value: Any, **more: object) -> None:
        """Note a problem with one cell."""
        k = self.columns.index(name)
        self.book.problems.append(Coded(PROBLEMS[kind], sheet=self.ws.title, row=row, column=get_column_letter(k + 1),
                                        header=self.headers[k], value=_text(value)[:60], **more))

    def rows(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """The sheet's rows after the header (empty ones left out), by column name, one at a time; a header out of
        place, a cell outside the table or one openpyxl cannot read noted. Read no further than a sheet can be long,
        nor past MAX_PROBLEMS problems (run 23 A19: 3,000,000 rows of problems took 106 s and 4.1 GB to refuse)."""
        rows = self.ws.iter_rows(values_only=True)
        head = list(next(rows, ()))
        self.width = width = len(self.headers)
        for k, want in enumerate(self.headers):
            found = _text(head[k]) if k < len(head) else ""
            if not found and self.columns[k] in ADDED.get(self.key, ()):
                self.width = width = k   # a workbook exported before these columns were
                break
            if found != want:
                self.book.problems.append(Coded(PROBLEMS["header"], sheet=self.ws.title,
                                                column=get_column_letter(k + 1), found=found, expected=want))
                return
        self.extra = {k for k in range(width, len(head)) if _text(head[k])}
        n = 1
        try:
            for n, values in enumerate(rows, start=2):
                if n > MAX_ROWS or len(self.book.problems) >= MAX_PROBLEMS:
                    self.book.problems.append(Coded(PROBLEMS["read_no_further"], sheet=self.ws.title, row=n))
                    return
                if any(v not in (None, "") for v in values):
                    yield n, self._cells(n, values)
        except Exception as exc:   # openpyxl raises many kinds for a cell it cannot read (a number of 5,000 digits)
            self.book.problems.append(Coded(PROBLEMS["unreadable"], sheet=self.ws.title, row=n + 1,
                                            detail=type(exc).__name__))

    def _cells(self, n: int, values: tuple[Any, ...]) -> dict[str, Any]:
        """One row by column name: a short row (a writer leaves empty cells out) padded, a cell with no header
        above it noted."""
        for k in range(self.width, len(values)):
            if values[k] not in (None, "") and k not in self.extra:
                self.book.problems.append(Coded(PROBLEMS["outside"], sheet=self.ws.title, row=n,
                                                column=get_column_letter(k + 1), value=_text(values[k])[:60]))
        cells: dict[str, Any] = dict.fromkeys(self.columns)
        cells.update(zip(self.columns[: self.width], values))
        return cells


def read_workbook(path: Path) -> EditedWorkbook:
    """The article and entity rows of an edited workbook; raises XlsxRefused with every bad cell found."""
    try:
        with open_regular(Path(path), MAX_BYTES) as fh:   # no FIFO, device or folder; no zip bomb
            check_unzipped(fh, Path(path), MAX_UNZIPPED)
            return _read(fh, Path(path).name)
    except FileRefused as exc:
        raise XlsxRefused([exc.reason]) from None


def _opendocument(fh: Any) -> bool:
    """Whether a zip file is an OpenDocument spreadsheet (.ods, as LibreOffice saves by default)."""
    import zipfile

    try:
        fh.seek(0)
        with zipfile.ZipFile(fh) as z:
            return z.read("mimetype")[:80] == b"application/vnd.oasis.opendocument.spreadsheet"
    except Exception:   # no zip, no such part
        return False


def _read(fh: Any, name: str) -> EditedWorkbook:
    try:
        wb = load_workbook(fh, read_only=True, data_only=False)
    except Exception:   # openpyxl raises many kinds for a file that is not a workbook
        if _opendocument(fh):   # (run 35 A43: LibreOffice's own format, with no way forward)
            raise XlsxRefused([Coded(PROBLEMS["ods"], file=name)]) from None
        raise XlsxRefused([Coded(PROBLEMS["not_xlsx"], file=name, detail="its parts are not a workbook's")]) from None
        # (run 27 A57: "(KeyError)", "(OSError)" — Python's names for it)
    try:
        language = "en" if SHEETS["articles"]["en"] in wb.sheetnames else "zh_CN"
        book = EditedWorkbook(language)
        sheets = {}
        for key in ("articles", "entities"):
            sheet_name = SHEETS[key][language]
            if sheet_name not in wb.sheetnames:
                book.problems.append(Coded(PROBLEMS["no_sheet"], sheet=sheet_name))
            else:
                sheets[key] = Reader(book, wb[sheet_name], key)
        if "articles" in sheets:
            _articles(sheets["articles"])
        if "entities" in sheets:
            _entities(sheets["entities"])
        if SHEETS["files"][language] in wb.sheetnames:
            book.files = _file_rows(wb[SHEETS["files"][language]], language)
    finally:
        wb.close()
    if book.problems:
        raise XlsxRefused(book.problems)
    return book


def _file_rows(ws: Any, language: str) -> list[dict[str, str]]:
    """The 文件 sheet's rows as text by column key (a date cell as its day), to name the cells changed there."""
    rows = ws.iter_rows(values_only=True)
    titles = {xlsx_text.HEADERS["files"][k][language]: k for k in xlsx_text.HEADERS["files"]}
    keys = [titles.get(_text(v)) for v in next(rows, ())]
    return [{k: _day(v) or _text(v) if k == "issue" and _day(v) is not False else _text(v)  # type: ignore[misc]
             for k, v in zip(keys, row) if k}
            for row in rows if any(v is not None for v in row)]


def _unread(key: str, cells: dict[str, Any]) -> dict[str, bytes]:
    return {name: xlsx_text.cell_digest(_text(cells[name])) for name in xlsx_text.UNREAD[key]}


def _articles(sheet: Reader) -> None:
    book = sheet.book
    categories, statuses = _choices(CATEGORIES), _choices(STATUSES)
    seen: dict[int, int] = {}
    for n, cells in sheet.rows():
        art_id, version = _whole(cells["id"]), _whole(cells["version"])
        if art_id is None:
            sheet.bad("not_ours", n, "id", cells["id"])
            continue
        if art_id in seen:
            sheet.bad("twice", n, "id", cells["id"], other=seen[art_id])
            continue
        seen[art_id] = n
        if version is None or version < 1:
            sheet.bad("version", n, "version", cells["version"])
        changed = _text(cells["changed"])   # (run 32 B45: emptied or "明天", taken without a word)
        if sheet.width > sheet.columns.index("changed") and (stamp(changed) is None if changed else (version or 0) > 1):
            if not changed and (version or 0) > 1:   # either hidden cell may be the one changed (run 63 A45: only
                sheet.bad("version", n, "version", cells["version"])   # the moment's, untouched, was named)
            sheet.bad("moment", n, "changed", cells["changed"])
        for name in ("title", "kicker", "subtitle", *LIST_FIELDS):   # (run 22 A51: never stored as "#REF!", "True")
            if isinstance(cells[name], bool) or isinstance(cells[name], str) and cells[name].strip() in ERROR_VALUES:
                sheet.bad("not_text", n, name, cells[name])
        values: dict[str, Any] = {name: _text(cells[name]) for name in ("title", "kicker", "subtitle")}
        for name, table in (("category", categories), ("status", statuses)):
            values[name] = table.get(_text(cells[name]))
            if values[name] is None:
                sheet.bad("value", n, name, cells[name], allowed=_allowed(table, book.language))
        day = _day(cells["date"])
        if day is False:
            sheet.bad("date", n, "date", cells["date"])
        values["date"] = day or None
        for name in LIST_FIELDS:
            values[name] = [p.strip() for p in NAME_SEPARATORS.split(_text(cells[name])) if p.strip()]
        book.articles.append(ArticleRow(n, art_id, version or 0, values, _text(cells["file"]), _whole(cells["chars"]),
                                        _text(cells["check"]), _unread("articles", cells), changed))
    book.checked = sheet.width > sheet.columns.index("check")   # (the header read: a workbook of before that column)


def _entities(sheet: Reader) -> None:
    book = sheet.book
    labels = {lab.name: lab.name for lab in Label.select()}
    for lab in Label.select():
        labels[lab.title] = labels[f"{lab.title} {lab.name}"] = lab.name
    labels.update({v: k for k, v in VALUES["zh_CN"].items() if k in labels})
    statuses = {code: code for code in ENTITY_STATUSES}
    statuses.update({entity_status_text(c, "zh_CN"): c for c in ENTITY_STATUSES})
    for n, cells in sheet.rows():
        ids_text = _text(cells["entity_ids"])
        if not ids_text:
            book.problems.append(Coded(PROBLEMS["no_ids"], sheet=sheet.ws.title, row=n))
            continue
        ids = _ids(ids_text)
        art_id = _whole(cells["article_id"])
        if not ids:
            sheet.bad("not_ours", n, "entity_ids", cells["entity_ids"])
            continue
        if art_id is None:
            sheet.bad("not_ours", n, "article_id", cells["article_id"])
            continue
        label = labels.get(_text(cells["label"]))
        status = statuses.get(_text(cells["status"])) or LEGACY_ENTITY_VALUES.get(_text(cells["status"]))
        if label is None:
            sheet.bad("label", n, "label", cells["label"], allowed="、".join(sorted(set(labels.values()))))
        if status is None:
            sheet.bad("value", n, "status", cells["status"], allowed=_allowed(statuses, book.language))
        if label is not None and status is not None:
            texts = (_text(cells["text"]), _text(cells["simplified"]))
            book.entities.append(EntityRow(n, art_id, ids, label, status, texts, _unread("entities", cells)))
