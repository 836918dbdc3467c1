"""Read and check a corpus JSON file before anything touches the database.

Refused with a clear message: invalid JSON, NaN or Infinity, duplicate keys, nesting deeper
than any corpus needs, files over the size limit, and any field of the wrong type or value
(shared/docs/export-format.md). Offsets must lie inside the source they point into.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from jmreview.errors import JmreviewError
from jmreview.store.models import CATEGORIES, ROLES, STATUSES

MAX_BYTES = 1 << 30
MAX_DEPTH = 12
SHA = re.compile(r"^[0-9a-f]{64}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InvalidCorpus(JmreviewError):
    """A corpus JSON file that cannot be imported."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise InvalidCorpus(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def _no_constants(name: str) -> Any:
    raise InvalidCorpus(f"{name} is not a number JSON allows")


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            return depth
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest


def load_corpus(path: Path) -> dict[str, Any]:
    """Parse and validate a corpus file; raises InvalidCorpus naming what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidCorpus(f"{path.name} is {size >> 20} MB; corpus files over 1 GB are refused")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidCorpus(f"{path.name} cannot be read as UTF-8 text: {exc}") from None
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise InvalidCorpus(f"{path.name} is not valid JSON: {exc}") from None
    except RecursionError:
        raise InvalidCorpus(f"{path.name} is nested too deeply") from None
    except InvalidCorpus as exc:
        raise InvalidCorpus(f"{path.name}: {exc}") from None
    if _depth(doc) > MAX_DEPTH:
        raise InvalidCorpus(f"{path.name} is nested deeper than a corpus file can be")
    try:
        check_corpus(doc)
    except InvalidCorpus as exc:
        raise InvalidCorpus(f"{path.name}: {exc}") from None
    return doc


def _need(ok: bool, where: str, what: str) -> None:
    if not ok:
        raise InvalidCorpus(f"{where}: {what}")


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_corpus(doc: Any) -> None:
    """Check every field of a parsed corpus document."""
    _need(isinstance(doc, dict), "top level", "must be an object")
    _need(doc.get("format") == "jmreview-corpus", "format", "must be 'jmreview-corpus'")
    _need(doc.get("version") == 1, "version", "only version 1 is understood")
    _need(isinstance(doc.get("files"), list), "files", "must be a list")
    for lab in doc.get("labels", []):
        _need(isinstance(lab, dict) and isinstance(lab.get("name"), str) and isinstance(lab.get("title"), str)
              and isinstance(lab.get("color"), str), "labels", "each needs name, title and color strings")
    ids: set[int] = set()
    for f in doc["files"]:
        _need(isinstance(f, dict), "files", "each file must be an object")
        name = f.get("name")
        _need(isinstance(name, str) and bool(name), "file", "needs a name")
        where = f"file {name}"
        _need(isinstance(f.get("sha256"), str) and bool(SHA.match(f["sha256"])), where, "sha256 must be 64 hex digits")
        _need(isinstance(f.get("encoding"), str), where, "encoding must be a string")
        _need(f.get("script") in ("traditional", "simplified", "mixed"), where, "script is not known")
        _need(_int(f.get("line_count")) and f["line_count"] >= 0, where, "line_count must be a whole number")
        _need(isinstance(f.get("articles"), list), where, "articles must be a list")
        _need(isinstance(f.get("noise_lines", []), list) and all(_int(n) for n in f.get("noise_lines", [])),
              where, "noise_lines must be line numbers")
        source = f.get("source")
        _need(source is None or isinstance(source, str), where, "source must be text")
        limit = len(source) if isinstance(source, str) else None
        for a in f["articles"]:
            _check_article(a, where, limit, ids)


def _check_article(a: Any, where: str, limit: int | None, ids: set[int]) -> None:
    _need(isinstance(a, dict), where, "each article must be an object")
    _need(_int(a.get("id")) and a["id"] > 0, where, "article id must be a positive whole number")
    here = f"{where}, article {a['id']}"
    _need(a["id"] not in ids, here, "the id appears twice")
    ids.add(a["id"])
    _need(_int(a.get("index")) and a["index"] >= 0, here, "index must be a whole number")
    for key in ("title", "kicker", "subtitle"):
        _need(isinstance(a.get(key), str) and len(a[key]) < 100_000, here, f"{key} must be text")
    _need(a.get("category") in CATEGORIES, here, "category is not known")
    _need(a.get("status") in STATUSES, here, "status is not known")
    for key in ("reporters", "correspondents", "photographers", "sources"):
        _need(_str_list(a.get(key)), here, f"{key} must be a list of names")
    _need(a.get("date") is None or (isinstance(a["date"], str) and bool(DATE.match(a["date"]))), here,
          "date must be YYYY-MM-DD or null")
    _need(_int(a.get("version", 1)) and a.get("version", 1) >= 1, here, "version must be a whole number")
    _need(isinstance(a.get("blocks"), list) and bool(a["blocks"]), here, "blocks must be a non-empty list")
    for b in a["blocks"]:
        _need(isinstance(b, dict) and _int(b.get("line")) and _int(b.get("start")) and _int(b.get("end")),
              here, "each block needs line, start and end numbers")
        _need(0 <= b["start"] <= b["end"] and (limit is None or b["end"] <= limit), here,
              f"block of line {b['line']} points outside its source")
        _need(b.get("role") in ROLES, here, f"role of line {b['line']} is not known")
        _need(isinstance(b.get("joins_previous"), bool), here, "joins_previous must be true or false")
        _need(b.get("duplicate_of") is None or _int(b["duplicate_of"]), here, "duplicate_of must be a line or null")
    _need(isinstance(a.get("entities"), list), here, "entities must be a list")
    for e in a["entities"]:
        _need(isinstance(e, dict) and isinstance(e.get("text"), str) and isinstance(e.get("label"), str)
              and _int(e.get("start")) and _int(e.get("end")), here, "each entity needs text, label, start, end")
        _need(0 <= e["start"] < e["end"] and (limit is None or e["end"] <= limit), here,
              f"entity {e['text']!r} points outside its source")
        _need(e.get("status", "suggested") in ("suggested", "accepted", "rejected"), here, "entity status unknown")
        _need(e.get("origin", "auto") in ("auto", "manual"), here, "entity origin unknown")
        _need(e.get("role") is None or isinstance(e["role"], str), here, "entity role must be text or null")
