"""Lexicon files, so a desk can start a new database with what another has learned: CSV or JSON.

JSON: ``{"format": "jmreview-lexicon", "version": 1, "entries": [{"text", "label", "positive",
"count", "editors", "last", "origin"}]}``. CSV (UTF-8 with BOM, for Excel): a header row
``text,label,positive,count,editors,last,origin``, editors joined with ``;``.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from jmreview.analysis.learned import Entry
from jmreview.errors import JmreviewError
from jmreview.exchange.atomic import write_atomically
from jmreview.store.lexicon import LexiconRow

FORMAT = "jmreview-lexicon"
COLUMNS = ("text", "label", "positive", "count", "editors", "last", "origin")


class InvalidLexicon(JmreviewError):
    """A lexicon file that cannot be read; says which file and why."""


def _kind(path: Path, fmt: str | None) -> str:
    kind = fmt or ("csv" if path.suffix.lower() == ".csv" else "json")
    if kind not in ("csv", "json"):
        raise JmreviewError(f"unknown lexicon format {kind!r}: csv or json")
    return kind


def write_lexicon(path: Path, rows: list[LexiconRow], fmt: str | None = None) -> int:
    """Write entries to a CSV or JSON file (beside it, then moved into place); returns how many."""
    records: list[dict[str, Any]] = [{"text": r.text, "label": r.label, "positive": r.positive, "count": r.count,
                "editors": list(r.editors), "last": r.last_at, "origin": r.origin} for r in rows]
    if _kind(path, fmt) == "json":
        text = json.dumps({"format": FORMAT, "version": 1, "entries": records}, ensure_ascii=False, indent=1)
    else:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for r in records:
            writer.writerow([r["text"], r["label"], "yes" if r["positive"] else "no", r["count"],
                             ";".join(r["editors"]), r["last"], r["origin"]])
        text = "\ufeff" + out.getvalue()
    write_atomically(Path(path), iter([text]))
    return len(records)


def _entry(raw: dict, where: str) -> Entry:
    try:
        editors = raw.get("editors") or []
        if isinstance(editors, str):
            editors = [e for e in editors.split(";") if e]
        positive = raw.get("positive", True)
        if isinstance(positive, str):
            positive = positive.strip().lower() not in ("no", "false", "0", "-")
        return Entry(str(raw["text"]).strip(), str(raw["label"]).strip(), bool(positive),
                     int(raw.get("count") or 1), tuple(str(e) for e in editors))
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidLexicon(f"{where}: not a lexicon entry ({exc})") from None


def read_lexicon(path: Path, fmt: str | None = None) -> list[Entry]:
    """The entries of a CSV or JSON lexicon file; a file that is not one is refused by name."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidLexicon(f"{path}: cannot be read as a UTF-8 lexicon file ({exc})") from None
    if _kind(path, fmt) == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        if rows and not {"text", "label"} <= set(rows[0]):
            raise InvalidLexicon(f"{path}: a lexicon CSV has the columns {', '.join(COLUMNS)}")
        return [_entry(r, f"{path.name} line {n + 2}") for n, r in enumerate(rows)]
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise InvalidLexicon(f"{path}: not JSON ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("entries"), list):
        raise InvalidLexicon(f"{path}: not a jmreview lexicon (format {FORMAT!r} with a list of entries)")
    return [_entry(r if isinstance(r, dict) else {}, f"{path.name} entry {n + 1}")
            for n, r in enumerate(doc["entries"])]
