"""Whether a file's text is one of jmreview's own exports, never a page dump (run 46 A13, A14, A15).

A slip of `-o` may name a page, and a slip of `import` for `import-json` reads an export as a page: both ask this.
A page whose text merely starts with `[` or `{` is no export: an export parses as what it is.
"""
from __future__ import annotations

import json
import re

# what a kind of export is read back with
READ_BACK = {"JSON": "import-json", "JSON Lines": "import-annotations", "BIO": "import-annotations",
             "lexicon CSV": "lexicon import", "lexicon JSON": "lexicon import"}
LEXICON_COLUMNS = {"text", "label", "positive", "count", "editors", "last", "origin"}   # (lexicon_io's header)


def export_kind(text: str) -> str | None:
    """'JSON', 'JSON Lines' or 'BIO' when the text is an export of those kinds, None when it is not."""
    body = text.lstrip("\ufeff \t\r\n")
    if body.startswith("-DOCSTART-"):
        return "BIO"
    head = {cell.strip().strip('"').lower() for cell in re.split(r"[,\t;]", body.split("\n", 1)[0])}
    if {"text", "label"} <= head <= LEXICON_COLUMNS:   # a lexicon's CSV, given to import (run 60 A36: a page)
        return "lexicon CSV"
    if body[:1] not in ("{", "["):
        return None
    try:
        doc = json.loads(body)
    except ValueError:
        first = body.split("\n", 1)[0]
        try:
            return "JSON Lines" if isinstance(json.loads(first), dict) else None
        except ValueError:
            return None
    if corpus_lines(doc):   # the JSON Lines export of one article is one line (run 50 A10)
        return "JSON Lines"
    if isinstance(doc, dict) and doc.get("format") == "jmreview-lexicon":
        return "lexicon JSON"
    return "JSON" if isinstance(doc, (dict, list)) else None


def corpus_lines(record: object) -> bool:
    """A record of jmreview's own JSON Lines export (an article with its file's name, its entities as objects),
    which is made for other programs and is read back by no command (run 49 A12)."""
    if not isinstance(record, dict) or not isinstance(record.get("name"), str) or "title" not in record:
        return False
    entities = record.get("entities")
    return isinstance(entities, list) and all(isinstance(e, dict) for e in entities)


def read_back(text: str, kind: str) -> str:
    """The command that reads an export of this kind back: a JSON list is an annotation tool's file (Label Studio,
    doccano), read by import-annotations, not import-json (run 48 A8)."""
    if kind == "JSON" and text.lstrip("\ufeff \t\r\n").startswith("["):
        return "import-annotations"
    return READ_BACK[kind]
