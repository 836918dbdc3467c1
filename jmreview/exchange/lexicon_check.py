"""Each entry of a lexicon file checked before anything is stored: a bad one is named by file and line (CSV) or
entry (JSON), in one sentence the window says in its language."""
from __future__ import annotations

import re
from typing import Any

from jmreview.analysis.learned import ENTITY_LABELS, LAYOUT_LABELS, Entry
from jmreview.analysis.searchable import INVISIBLE
from jmreview.errors import Coded, JmreviewError
from jmreview.store.changes import MAX_ID
from jmreview.store.editor_names import bad_name

LABELS = ENTITY_LABELS + LAYOUT_LABELS
MAX_TEXT = 10_000        # a word, a name, a line of a page (noise, kicker): never more
MAX_EDITORS = 1_000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")   # what a spreadsheet would take as a formula
BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")   # a line break or another control character (an escape)
SURROGATE = re.compile("[\ud800-\udfff]")
FILE_PROBLEMS = {   # why a lexicon file is not read at all (English; the window translates them)
    "encoding": "{file} is neither UTF-8, UTF-16 nor GB18030 text; save it as “CSV UTF-8” and try again",
    "no_header": "{file}: the first row is not the header; a lexicon CSV starts with the row {header} (text and "
                 "label at least)",
    "not_json": "{file} is not valid JSON (line {line}, column {column})",
    "too_deep": "{file} is nested too deeply",
    "long_number": "{file} holds a number thousands of digits long, which no lexicon file has",
    "not_lexicon": "{file} is not a jmreview lexicon (format “jmreview-lexicon” with a list of entries)",
}
_ENTRY_PROBLEMS = {   # what is wrong with one entry; {at} is its line (CSV) or its entry (JSON)
    "label": "{file}, {at}: “{label}” is not a lexicon label (the labels are {allowed})",
    "no_label": "{file}, {at}: the label is missing",
    "no_text": "{file}, {at}: the text is blank",
    "invisible": "{file}, {at}: the text holds an invisible character ({point}), which no page's word holds",
    "contrary": "{file}, {at}: “{text}” ({label}) is said yes and no in two rows of the file; keep the one meant",
    "positive": "{file}, {at}: “{value}” in the column positive is neither yes nor no (write yes, or no for a name "
                "the desk rejected)",
    "count": "{file}, {at}: the count “{count}” is not a whole number from 1 to {limit}",
    "too_long": "{file}, {at}: a cell is longer than {limit} characters (a lexicon entry is a word, a name or a line)",
    "cells": "{file}, {at}: the row has {found} cells where the header has {expected}",
    "break": "{file}, {at}: the text holds a line break or another control character",
    "surrogate": "{file}, {at}: the text holds a lone surrogate, which is no character",
    "shape": "{file}, {at}: not a lexicon entry (an object with a text and a label; editors a list of names)",
    "not_csv": "{file}, {at}: not a CSV row ({detail})",
    "editor": "{file}, {at}: the editor's name {name} is no name an editor may have (a control or invisible "
              "character, or over 100 characters)",
}
AT = {"csv": "line {n}", "json": "entry {n}"}
ENTRY_PROBLEMS = {kind: {code: text.replace("{at}", at) for code, text in _ENTRY_PROBLEMS.items()}
                  for kind, at in AT.items()}


class InvalidLexicon(JmreviewError):
    """A lexicon file that cannot be read; says which file, where and why (a Coded sentence)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def file_problem(code: str, file: str, **params: object) -> InvalidLexicon:
    """A lexicon file refused as a whole."""
    return InvalidLexicon(Coded(FILE_PROBLEMS[code], file=file, **params))


class Where:
    """One entry's place: the file, CSV or JSON, its line or number."""

    def __init__(self, file: str, kind: str, n: int) -> None:
        self.file, self.kind, self.n = file, kind, n

    def refuse(self, code: str, **params: object) -> InvalidLexicon:
        """This entry refused, by file and place."""
        return InvalidLexicon(Coded(ENTRY_PROBLEMS[self.kind][code], file=self.file, n=self.n, **params))


def shown(value: Any) -> str:
    """A value as a message quotes it: at most 40 characters."""
    text = value if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def as_text(cell: str) -> str:
    """A CSV cell as jmreview wrote it: a formula-looking text written with a leading ' gets it back off."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith((*FORMULA_START, "'")) else cell


def as_cell(text: str) -> str:
    """A text for a CSV cell a spreadsheet shows as text: a leading ' before what would start a formula."""
    return "'" + text if text.startswith((*FORMULA_START, "'")) else text


def _count(value: Any, where: Where) -> int:
    if value is None or value == "":
        return 1
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) <= 10:
        value = int(value.strip())
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and len(str(abs(value))) > 40:
        value = str(value)[:40]   # a number too long to quote whole
    raise where.refuse("count", count=shown(value), limit=MAX_ID)


def _words(value: Any, where: Where, code: str = "shape") -> str:
    """A text field: a string without a lone surrogate, no longer than the limit."""
    if not isinstance(value, str):
        raise where.refuse(code)
    if SURROGATE.search(value):
        raise where.refuse("surrogate")
    if len(value) > MAX_TEXT:
        raise where.refuse("too_long", limit=MAX_TEXT)
    return value


def _editors(value: Any, where: Where) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, list) or len(value) > MAX_EDITORS:
        raise where.refuse("shape")
    names = tuple(e for e in (_words(v, where).strip() for v in value) if e)
    for name in names:   # an escape sequence, a right-to-left override: no editor's (run 27 A51: said as no entry)
        if bad_name(name) is not None:
            raise where.refuse("editor", name=repr(shown(name)))
    return names


YES = ("yes", "y", "true", "t", "1", "+", "on", "是", "对", "真", "✓", "√", "")
NO = ("no", "n", "false", "f", "0", "-", "off", "否", "不", "不是", "错", "假", "✗", "×")


def _positive(value: Any, where: Where) -> bool:
    """Whether an entry is one to suggest (yes) or a rejected one (no); any other word refused, never taken for
    yes (run 34 A31: 否 or N imported as yes, a name the desk rejected suggested)."""
    if value is None or isinstance(value, bool):
        return value is not False
    word = str(value).strip().lower() if isinstance(value, (str, int)) else None
    if word in YES:
        return True
    if word in NO:
        return False
    raise where.refuse("positive", value=shown(value))


def check_entry(raw: Any, where: Where) -> Entry:
    """One entry of a file (a CSV row as a dict, or a JSON object) checked; raises InvalidLexicon naming it."""
    if not isinstance(raw, dict):
        raise where.refuse("shape")
    if raw.get("text") is None:
        raise where.refuse("no_text")
    text = _words(raw["text"], where).strip()
    if not text:
        raise where.refuse("no_text")
    if BREAKS.search(text):
        raise where.refuse("break")
    if (hidden := INVISIBLE.search(text)) is not None:   # (run 35 A37: a 江门 no page matches, a text reversed)
        raise where.refuse("invisible", point=f"U+{ord(hidden.group()):04X}")
    label = raw.get("label")
    if label is None or (isinstance(label, str) and not label.strip()):
        raise where.refuse("no_label")
    label = _words(label, where).strip()
    if label not in LABELS:
        raise where.refuse("label", label=shown(label), allowed=", ".join(LABELS))
    return Entry(text, label, _positive(raw.get("positive", True), where), _count(raw.get("count"), where),
                 _editors(raw.get("editors"), where))
