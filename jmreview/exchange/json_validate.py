"""Read a corpus JSON file and check its shape before anything touches the database.

Refused with a clear message: invalid JSON, NaN or Infinity, duplicate keys, nesting deeper
than any corpus needs, files over the size limit, lone surrogates, and any field of the
wrong type or value (shared/docs/export-format.md): whole numbers no database can hold,
strings of absurd length, dates that do not exist, unknown encodings, labels that are not
short identifiers or appear twice, one file twice. What needs the source text (offsets,
entity texts, lines) is checked by `json_checks` once the sources are known.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jmreview.errors import Coded, JmreviewError
from jmreview.exchange.document_kind import is_workbook
from jmreview.exchange.export_kind import corpus_lines
from jmreview.exchange.safe_read import FileRefused, read_capped
from jmreview.store.changes import MAX_ID
from jmreview.store.editor_names import bad_name
from jmreview.store.entity_edits import COLOR, LABEL_NAME
from jmreview.store.ids import NAMED_IN_EXPORTS
from jmreview.store.models import CATEGORIES, ENCODINGS, MAX_VERSION, ORIGINS, ROLES, SCRIPTS, STATUSES

MAX_BYTES = 1 << 30
GIVEN_MAX = MAX_ID // 2   # ids_given: a billion numbers, past any corpus; above, new numbers run out (run 24 B52)
MAX_RECORDS = 8_000_000   # a corpus holds ~500 bytes per record: 2 M in the largest file read; a parsed one ~300 bytes
MAX_DEPTH = 12
MAX_NUMBER = 2 ** 53 - 1   # offsets, lines, indexes: JSON-safe and far below SQLite's limit
# article ids: at most MAX_ID, the ceiling the database keeps too (see store.changes); a version counts an article's
# changes, and no article is changed a billion times: a larger one would leave it next to no change before that ceiling
YEARS = (1900, 2999)      # a reviewed_at outside these cannot be a review, and years 1 and 9999 overflow
MAX_SHORT = 1_000          # a name, a role, a reviewer, a label title, an entity
MAX_LONG = 1_000_000       # a title or a flag: at most one line of a page dump
MAX_NAMES = 1_000
SHA = re.compile(r"^[0-9a-f]{64}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MARK = re.compile(r"^[a-z_]{1,32}$")
SURROGATE = re.compile("[\ud800-\udfff]")
ENTITY_STATUSES = ("suggested", "accepted", "rejected")


READ_REFUSALS = {   # why a corpus file is not read (English; the window translates them); see also safe_read
    "workbook": "{file} is a workbook, not a corpus file: read an edited workbook back with `jmreview import-xlsx` "
                "(nothing was imported)",
    "not_utf8": "{file} is not UTF-8 text (a corpus file is saved as UTF-8, as jmreview exports it); save it as "
                "UTF-8 and try again",
    "not_json": "{file} is not valid JSON (line {line}, column {column})",
    "jsonl": "{file} holds one JSON record per line, as the jsonl export writes for other programs: import-json "
             "reads a corpus file, exported with --format json (or --with-source); nothing was imported",
    "annotations": "{file} is a {kind} file, made for an annotation tool, not a corpus file: read it back with "
                   "`jmreview import-annotations` (nothing was imported)",
    "zip": "{file} is a zip file, not a corpus file (the brat export is one: it is made for brat and is not read "
           "back); a corpus file is exported with --format json (nothing was imported)",
    "cut_short": "{file} is cut short (it stops in the middle, as a copy, a download or a sync that did not finish "
                 "leaves a file): nothing was imported; copy the whole file again, or export it again",
    "too_deep": "{file} is nested too deeply",
    "long_number": "{file} holds a number thousands of digits long, which no corpus file has",
    "too_many": "{file} holds more than {limit} records (objects and lists), far more than any corpus jmreview "
                "writes (one of 2,000 pages holds about a million): it is no corpus file of jmreview; nothing was "
                "imported",
}


class InvalidCorpus(JmreviewError):
    """A corpus JSON file that cannot be imported: the file, and why (a Coded reason when the window can word it)."""

    def __init__(self, reason: str, file: str = "") -> None:
        self.reason, self.file = reason, file
        super().__init__(f"{file}: {reason}" if file and not str(reason).startswith(file) else str(reason))

    def within(self, file: str) -> InvalidCorpus:
        """The same refusal, naming the file it is about."""
        return self if self.file else InvalidCorpus(self.reason, file)


def refuse_read(code: str, file: str, **params: object) -> InvalidCorpus:
    """A corpus file that cannot be read at all."""
    return InvalidCorpus(Coded(READ_REFUSALS[code], file=file, **params), file)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise InvalidCorpus(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def _no_constants(name: str) -> Any:
    raise InvalidCorpus(f"{name} is not a number JSON allows")


def _walk(value: Any) -> int:
    """The nesting depth of a parsed document; raises on a string holding a lone surrogate or a NUL, naming where."""
    deepest = 0
    stack: list[tuple[Any, int, tuple[Any, ...]]] = [(value, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            return depth
        if isinstance(node, dict):
            stack.extend((v, depth + 1, (*path, k)) for k, v in node.items())
            stack.extend((k, depth + 1, (*path, KEY)) for k in node)
        elif isinstance(node, list):
            stack.extend((v, depth + 1, (*path, i)) for i, v in enumerate(node))
        elif isinstance(node, str) and SURROGATE.search(node):
            raise InvalidCorpus(f"{place(value, path)}the text {node[:40]!r} holds a lone surrogate, which is no "
                                "character")
        elif isinstance(node, str) and "\x00" in node:   # no text column of a server database can hold one
            raise InvalidCorpus(f"{place(value, path)}the text {node[:40]!r} holds a NUL character (U+0000), which "
                                "is no text")
    return deepest


KEY = object()   # a step to an object's key (not to its value)
NAMED_BY = {"files": ("name", "file"), "reviews": ("name", "reviewed page"), "copies": ("editor", "review copy of"),
            "articles": ("id", "article"), "labels": ("name", "label"), "entities": ("start", "entity at")}


def place(doc: Any, path: tuple[Any, ...]) -> str:
    """Where a value sits in a corpus document, worded as its other refusals are ("file a.txt, article 3, title: ")."""
    parts: list[str] = []
    node, key = doc, ""
    for step in path:
        if step is KEY:
            parts.append("a key")
            break
        child = node[step]
        if isinstance(step, int) and isinstance(child, dict):   # an item of a list of objects: named by its name or id
            field, word = NAMED_BY.get(key, ("", ""))
            parts.append(f"{word} {str(child.get(field))[:60]}" if word else f"{key} {step + 1}")
        elif isinstance(step, str) and not (isinstance(child, list) and child and isinstance(child[0], dict)):
            parts.append(step)   # a field ("title"), or a list of texts ("reporters")
        node, key = child, step if isinstance(step, str) else key
    return ", ".join(parts) + ": " if parts else ""


def _decode(data: bytes) -> str:
    """UTF-8 text, with or without a byte-order mark (an editor may have saved it so); UTF-16 with its mark too."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def load_corpus(path: Path) -> dict[str, Any]:
    """Parse and validate a corpus file; raises InvalidCorpus naming the file and what is wrong."""
    path = Path(path)
    try:
        data = read_capped(path, MAX_BYTES, pipes=True)   # no FIFO, device, socket or folder; no more than the limit
    except FileRefused as exc:
        raise InvalidCorpus(exc.reason, path.name) from None
    if data.count(b"{") + data.count(b"[") > MAX_RECORDS:   # before parsing: 40 M empty objects (or lists: run 25
        raise refuse_read("too_many", path.name, limit=f"{MAX_RECORDS:,}")   # A26) took minutes and gigabytes (r23 A46)
    if is_workbook(data):   # a slip of import-json (run 46 A16)
        raise refuse_read("workbook", path.name)
    if data.startswith(b"PK\x03\x04"):   # the brat export, say (run 51 A5: "save it as UTF-8")
        raise refuse_read("zip", path.name)
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:   # ended inside a character: a copy or a download stopped short
        raise refuse_read("cut_short" if exc.reason == "unexpected end of data" else "not_utf8", path.name) from None
    if text.lstrip("\ufeff \t\r\n").startswith("-DOCSTART-"):   # an annotation export given to import-json: the
        raise refuse_read("annotations", path.name, kind="BIO")   # reader named (run 51 A5)
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        ended = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")   # (no string holds a
        if ended and text.lstrip().startswith(("{", "[")):   # line break: only the file's end ends one so)
            raise refuse_read("cut_short", path.name) from None
        if exc.msg.startswith("Extra data") and exc.colno == 1 and _records(text):   # (run 34 A44)
            first = json.loads(text.lstrip("\ufeff \t\r\n").split("\n", 1)[0])
            if not corpus_lines(first):   # doccano's or spaCy's lines (run 51 A5)
                raise refuse_read("annotations", path.name, kind="doccano / spaCy JSONL") from None
            raise refuse_read("jsonl", path.name) from None
        raise refuse_read("not_json", path.name, line=exc.lineno, column=exc.colno) from None
    except ValueError:   # Python refuses integers of more than 4,300 digits
        raise refuse_read("long_number", path.name) from None
    except RecursionError:
        raise refuse_read("too_deep", path.name) from None
    except InvalidCorpus as exc:
        raise exc.within(path.name) from None
    if isinstance(doc, list):   # Label Studio's tasks (run 51 A5: "top level: must be an object")
        raise refuse_read("annotations", path.name, kind="Label Studio")
    try:
        if _walk(doc) > MAX_DEPTH:
            raise InvalidCorpus("it is nested deeper than a corpus file can be")
        check_corpus(doc)
    except InvalidCorpus as exc:
        raise exc.within(path.name) from None
    return doc


def _need(ok: bool, where: str, what: str) -> None:
    if not ok:
        raise InvalidCorpus(f"{where}: {what}")


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int(value: Any, low: int = 0, high: int = MAX_NUMBER) -> bool:
    return _whole(value) and low <= value <= high


def _text(value: Any, limit: int) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _marks(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 64 and all(isinstance(m, str) and MARK.match(m) for m in value)


def _real_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return bool(DATE.match(value))


def _moment(value: Any) -> bool:
    if value is None:
        return True
    if not _text(value, 64):
        return False
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    return YEARS[0] <= moment.year <= YEARS[1]


is_moment = _moment   # null or an ISO 8601 moment of the years 1900-2999 (the team section's moments too)


def check_corpus(doc: Any) -> None:
    """Check every field of a parsed corpus document that can be checked without its sources."""
    _need(isinstance(doc, dict), "top level", "must be an object")
    _need(doc.get("format") is not None or not corpus_lines(doc), "top level", "this is an article of the JSON Lines "
          "export, made for other programs, which no command reads back: import the pages themselves, or a snapshot "
          "(`export --format json --with-source`)")   # (run 50 A10)
    _need(doc.get("format") == "jmreview-corpus", "format", "must be 'jmreview-corpus'")
    _need(doc.get("version") in (1, 2), "version", "only versions 1 and 2 are understood")
    _need(isinstance(doc.get("files"), list), "files", "must be a list")
    _check_labels(doc.get("labels", []))
    given = doc.get("ids_given", {})
    _need(isinstance(given, dict) and all(k in NAMED_IN_EXPORTS and _int(v, 0, MAX_ID) for k, v in given.items()),
          "ids_given", f"must name the highest ids given ({', '.join(NAMED_IN_EXPORTS)}), each from 0 to {MAX_ID:,}")
    ids: set[int] = set()
    shas: set[str] = set()
    pages: set[tuple[str, str]] = set()
    for f in doc["files"]:
        _need(isinstance(f, dict), "files", "each file must be an object")
        name = f.get("name")
        _need(_text(name, 255) and bool(name) and "/" not in name and not any(c < " " for c in name),
              "file", f"name {str(name)[:80]!r} is not a file name")
        folder = f.get("folder", "")
        _need(_text(folder, 255) and not any(c < " " for c in folder) and (not folder or all(   # a dated archive's
            part not in ("", ".", "..") for part in folder.split("/"))), "file",            # `2026/01/01` (run 58
              f"folder {str(folder)[:80]!r} of {name} is not a folder name")                # A19)
        where = f"file {name}"
        _need(isinstance(f.get("sha256"), str) and bool(SHA.match(f["sha256"])), where, "sha256 must be 64 hex digits")
        _need(f["sha256"] not in shas, where, "the same file (sha256) appears twice")
        shas.add(f["sha256"])
        page = (f.get("folder", ""), name)
        _need(page not in pages, where, f"two files named {name} in the folder {page[0] or '(none)'}: a page "
              "appears once")
        pages.add(page)
        _need(f.get("encoding") in ENCODINGS, where, f"encoding {str(f.get('encoding'))[:40]!r} is not one "
              f"jmreview reads ({', '.join(ENCODINGS)})")
        _need(f.get("script") in SCRIPTS, where, "script is not known")
        _need(_int(f.get("line_count")), where, "line_count must be a whole number of lines")
        _need(f.get("source") is None or isinstance(f["source"], str), where, "source must be text")
        check_lines(f, where, ids)
    _check_given(doc, given, max(ids, default=0))


def _check_given(doc: dict[str, Any], given: dict[str, int], top_article: int) -> None:
    """A count of numbers given above half the ceiling only where the file holds such a number (a database at the
    ceiling): a forged one leaves no room for new numbers (run 24 B52: the entity numbers ran out on a server)."""
    top = {"article": top_article, "entity": max((e["id"] for f in doc["files"] for a in f["articles"]
                                                  for e in a.get("entities", []) if _int(e.get("id"), 1, MAX_ID)),
                                                 default=0)}
    for kind, count in given.items():
        _need(count <= max(GIVEN_MAX, top.get(kind, 0)), "ids_given", f"{kind} {count:,} is above half the highest "
              f"number a database keeps ({GIVEN_MAX:,}) while the file's highest {kind} is {top.get(kind, 0):,}: "
              "counted on from there, no room is left for new numbers")


def check_lines(f: dict[str, Any], where: str, ids: set[int]) -> None:
    """A file's (or a review copy's) articles, noise lines and line marks; each article id once in `ids`."""
    _need(isinstance(f.get("articles"), list), where, "articles must be a list")
    _need(isinstance(f.get("noise_lines", []), list) and all(_int(n, 1) for n in f.get("noise_lines", [])),
          where, "noise_lines must be line numbers")
    marks = f.get("line_marks", [])
    _need(isinstance(marks, list) and all(isinstance(m, dict) and _int(m.get("line"), 1) and _marks(m.get("manual"))
                                          for m in marks), where, "line_marks must be lines with their marks")
    seen: set[int] = set()
    for a in f["articles"]:
        _check_article(a, where, ids)
        _need(a["index"] not in seen, where, f"two articles have the index {a['index']}: each article has a place "
              "of its own in the page")   # (run 33 A39: restored, then named by doctor)
        seen.add(a["index"])


def _check_labels(labels: Any) -> None:
    _need(isinstance(labels, list), "labels", "must be a list")
    names: set[str] = set()
    for lab in labels:
        _need(isinstance(lab, dict) and isinstance(lab.get("name"), str) and _text(lab.get("title"), MAX_SHORT)
              and isinstance(lab.get("color"), str), "labels", "each needs name, title and color strings")
        name = lab["name"]
        _need(bool(LABEL_NAME.match(name)), "labels", f"label name {name[:40]!r} is not a short identifier "
              "(capital letters, digits, _)")
        _need(name not in names, "labels", f"label {name} appears twice")
        _need(bool(COLOR.match(lab["color"])), "labels", f"label {name}: color must be like #d9534f")
        names.add(name)


def _check_article(a: Any, where: str, ids: set[int]) -> None:
    _need(isinstance(a, dict), where, "each article must be an object")
    _need(_int(a.get("id"), 1, MAX_ID), where, f"article id {str(a.get('id'))[:30]} is not a whole number "
          f"from 1 to {MAX_ID:,}")
    here = f"{where}, article {a['id']}"
    _need(a["id"] not in ids, here, "the id appears twice")
    ids.add(a["id"])
    _need(_int(a.get("index")), here, "index must be a whole number a database can hold")
    for key in ("title", "kicker", "subtitle"):
        _need(isinstance(a.get(key), str), here, f"{key} must be text")
        _need(len(a[key]) <= MAX_LONG, here, f"{key} is too long ({len(a[key]):,} characters)")
    _need(a.get("category") in CATEGORIES, here, f"category is not known (one of {', '.join(CATEGORIES)}: the "
          "codes, not the words the window shows)")   # (run 56 A37: 评论 for commentary, said as unknown only)
    _need(a.get("status") in STATUSES, here, f"status is not known (one of {', '.join(STATUSES)})")
    for key in ("reporters", "correspondents", "photographers", "sources"):
        names = a.get(key)
        _need(isinstance(names, list) and all(isinstance(v, str) for v in names), here,
              f"{key} must be a list of names")
        _need(len(names) <= MAX_NAMES and all(len(v) <= MAX_SHORT for v in names), here,
              f"{key}: a name or the list is too long")
    _need(a.get("date") is None or (isinstance(a["date"], str) and _real_date(a["date"])), here,
          f"date {str(a.get('date'))[:30]!r} is not a real day (YYYY-MM-DD) or null")
    _need(_int(a.get("version", 1), 1, MAX_VERSION), here,
          f"version must be a whole number from 1 to {MAX_VERSION:,} (it counts the article's changes)")
    _need(a.get("reviewer") is None or _text(a["reviewer"], MAX_SHORT), here, "reviewer must be a name or null")
    _need(a.get("reviewer") is None or bad_name(a["reviewer"]) is None, here, f"reviewer {a.get('reviewer')!r:.40} "
          "is not an editor's name (no line break nor other control or invisible character)")
    _need(_moment(a.get("reviewed_at")), here, f"reviewed_at {str(a.get('reviewed_at'))[:40]!r} is not a moment "
          f"(ISO 8601) of the years {YEARS[0]}-{YEARS[1]} or null")
    _need(_moment(a.get("changed_at")), here, f"changed_at {str(a.get('changed_at'))[:40]!r} is not a moment "
          f"(ISO 8601) of the years {YEARS[0]}-{YEARS[1]} or null")
    _need(a.get("origin", "auto") in ORIGINS, here, "origin must be auto or manual")
    _need(_marks(a.get("manual", [])), here, "manual must be a list of field names")
    _need(_text(a.get("flag", ""), MAX_LONG), here, "flag must be text")
    _need(isinstance(a.get("blocks"), list) and bool(a["blocks"]), here, "blocks must be a non-empty list")
    for b in a["blocks"]:
        _need(isinstance(b, dict) and _int(b.get("line"), 1) and _whole(b.get("start")) and _whole(b.get("end")),
              here, "each block needs line, start and end numbers a database can hold")
        _need(0 <= b["start"] <= b["end"] <= MAX_NUMBER, here, f"block of line {b['line']} points outside its source")
        _need(b.get("role") in ROLES, here, f"role of line {b['line']} is not known (one of {', '.join(ROLES)})")
        _need(isinstance(b.get("joins_previous"), bool), here, "joins_previous must be true or false")
        _need(b.get("duplicate_of") is None or _int(b["duplicate_of"], 1), here,
              f"duplicate_of of line {b['line']} must be a line number or null")
    _need(isinstance(a.get("entities"), list), here, "entities must be a list")
    for e in a["entities"]:
        _check_entity(e, here)


def _check_entity(e: Any, here: str) -> None:
    _need(isinstance(e, dict) and isinstance(e.get("text"), str) and isinstance(e.get("label"), str),
          here, "each entity needs text, label, start, end")
    _need(_whole(e.get("start")) and _whole(e.get("end")), here, "each entity needs text, label, start, end")
    _need(0 <= e["start"] < e["end"] <= MAX_NUMBER, here, f"entity {e['text'][:40]!r} points outside its source")
    _need(len(e["text"]) <= MAX_SHORT and _text(e.get("simplified", ""), MAX_SHORT), here,
          f"entity text at {e['start']} is too long")
    _need(bool(LABEL_NAME.match(e["label"])), here, f"entity label {e['label'][:40]!r} is not a label name")
    _need(e.get("status", "suggested") in ENTITY_STATUSES, here, "entity status unknown")
    _need(e.get("origin", "auto") in ORIGINS, here, "entity origin unknown")
    _need(e.get("role") is None or _text(e["role"], MAX_SHORT), here, "entity role must be short text or null")


def _records(text: str) -> bool:
    """Whether the text's first two lines are each a JSON object: a JSON Lines file."""
    lines = [line for line in text.splitlines()[:2] if line.strip()]
    try:
        return len(lines) == 2 and all(isinstance(json.loads(line), dict) for line in lines)
    except (ValueError, RecursionError):
        return False
