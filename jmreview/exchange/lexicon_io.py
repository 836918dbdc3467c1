"""Lexicon files, so a desk can start a new database with what another has learned: CSV or JSON.

JSON: ``{"format": "jmreview-lexicon", "version": 1, "entries": [{"text", "label", "positive",
"count", "editors", "last", "origin"}]}``. CSV (UTF-8 with BOM, for Excel): a header row
``text,label,positive,count,editors,last,origin`` (text and label at least), editors joined with ``;``; read
back from UTF-8, UTF-16 or GB18030 (what Excel saves on Chinese Windows). Every entry is checked before anything
is stored (`lexicon_check`); the file is read through `safe_read` (no FIFO, device or folder; a size limit).
"""
from __future__ import annotations

import codecs
import csv
import io
import json
from pathlib import Path
from typing import Any

from jmreview.analysis.learned import Entry
from jmreview.analysis.script import to_simplified
from jmreview.errors import JmreviewError
from jmreview.exchange.atomic import write_atomically
from jmreview.exchange.ingest import CANDIDATES, chinese_score, utf16_without_mark
from jmreview.exchange.lexicon_check import (
    InvalidLexicon,
    Where,
    as_cell,
    as_text,
    check_entry,
    file_problem,
)
from jmreview.exchange.safe_read import read_capped
from jmreview.store.lexicon import LexiconRow

FORMAT = "jmreview-lexicon"
COLUMNS = ("text", "label", "positive", "count", "editors", "last", "origin")
MAX_BYTES = 1 << 28   # 256 MB: far over any desk's lexicon
__all__ = ["COLUMNS", "FORMAT", "InvalidLexicon", "read_lexicon", "write_lexicon"]


def _kind(path: Path, fmt: str | None) -> str:
    kind = fmt or ("csv" if path.suffix.lower() == ".csv" else "json")
    if kind not in ("csv", "json"):
        raise JmreviewError(f"unknown lexicon format {kind!r}: csv or json")
    return kind


def write_lexicon(path: Path, rows: list[LexiconRow], fmt: str | None = None) -> int:
    """Write entries to a CSV or JSON file (beside it, then moved into place); returns how many.

    In the CSV a text a spreadsheet would take for a formula (= + - @ tab CR) starts with a ', so it is shown as
    text; reading the CSV back takes that ' off again.
    """
    records: list[dict[str, Any]] = [{"text": r.text, "label": r.label, "positive": r.positive, "count": r.count,
                "editors": list(r.editors), "last": r.last_at, "origin": r.origin} for r in rows]
    if _kind(path, fmt) == "json":
        text = json.dumps({"format": FORMAT, "version": 1, "entries": records}, ensure_ascii=False, indent=1)
    else:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for r in records:
            writer.writerow([as_cell(r["text"]), r["label"], "yes" if r["positive"] else "no", r["count"],
                             as_cell(";".join(r["editors"])), as_cell(r["last"] or ""), r["origin"]])
        text = "\ufeff" + out.getvalue()
    write_atomically(Path(path), iter([text]))
    return len(records)


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without its mark), UTF-16 by its mark or without one, else GB18030 or Big5, whichever reads as
    Chinese: what Excel on Chinese Windows saves."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        tries = ["utf-16"]
    elif b"\x00" in data and (found := utf16_without_mark(data)) is not None:   # as a page is (run 41 A25)
        return found[0]
    elif data.startswith(codecs.BOM_UTF8):
        tries = ["utf-8-sig"]
    else:
        tries = ["utf-8"]
    for encoding in tries:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    body = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data   # a mark of the wrong kind
    best: tuple[float, str] | None = None   # GB18030 or Big5, told apart as a page's are (run 42 A12: Big5 read as
    for encoding in CANDIDATES:               # GB18030 without a word, its names garbled; run 55 A28: behind a mark)
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if best is None or chinese_score(text) > best[0]:
            best = (chinese_score(text), text)
    if best is None:
        raise file_problem("encoding", name)
    return best[1]


def read_lexicon(path: Path, fmt: str | None = None) -> list[Entry]:
    """The entries of a CSV or JSON lexicon file; a file or an entry that is not one is refused by name and place."""
    path = Path(path)
    kind = _kind(path, fmt)
    text = _decode(read_capped(path, MAX_BYTES), path.name).lstrip("\ufeff")   # (run 60 A19: a second mark)
    if fmt is None and path.suffix.lower() not in (".csv", ".json") and not text.lstrip().startswith(("{", "[")):
        kind = "csv"   # Excel's "Unicode text" (.txt, tabs: run 60 A20), read as JSON before
    if kind == "csv":
        return _consistent(_csv_entries(text, path.name))
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise file_problem("not_json", path.name, line=exc.lineno, column=exc.colno) from None
    except ValueError:   # Python refuses integers of more than 4,300 digits
        raise file_problem("long_number", path.name) from None
    except RecursionError:
        raise file_problem("too_deep", path.name) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("entries"), list):
        raise file_problem("not_lexicon", path.name)
    return _consistent([(check_entry(r, Where(path.name, "json", n)), Where(path.name, "json", n))
                        for n, r in enumerate(doc["entries"], start=1)])


def _consistent(found: list[tuple[Entry, Where]]) -> list[Entry]:
    """The entries, a name said both yes and no for one label refused (run 35 A38: the later row won, unsaid), in
    either script (run 36 A4: the lexicon keeps a name in Simplified, as it matches it)."""
    said: dict[tuple[str, str], bool] = {}
    for entry, where in found:
        if said.setdefault((to_simplified(entry.text.strip()), entry.label), entry.positive) != entry.positive:
            raise where.refuse("contrary", text=entry.text[:40], label=entry.label)
    return [entry for entry, _ in found]


def _csv_entries(text: str, name: str) -> list[tuple[Entry, Where]]:
    """The rows under the header, each checked; the header is the first row, or the file is refused. Cells are
    parted by commas, or by tabs or semicolons as Excel's "Unicode text" and some locales' CSV part them (run 55 A28:
    "the first row is not the header", the header there)."""
    first = text.split("\n", 1)[0]
    parted = next((mark for mark in ("\t", ";") if mark in first and "," not in first), ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=parted)
    header: list[str] | None = None
    entries: list[tuple[Entry, Where]] = []
    while True:
        where = Where(name, "csv", reader.line_num + 1)
        try:
            row = next(reader, None)
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise where.refuse("too_long", limit=csv.field_size_limit()) from None
            raise where.refuse("not_csv", detail=exc) from None
        if row is None:
            break
        if header is None:
            header = [cell.strip() for cell in row]
            if not {"text", "label"} <= set(header) or not set(header) <= set(COLUMNS):
                raise file_problem("no_header", name, header=",".join(COLUMNS))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise where.refuse("cells", found=len(row), expected=len(header))
        entries.append((check_entry(dict(zip(header, map(as_text, row))), where), where))
    if header is None:
        raise file_problem("no_header", name, header=",".join(COLUMNS))
    return entries
