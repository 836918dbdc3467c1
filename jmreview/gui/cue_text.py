"""Cues, import refusals and backup kinds in the window's language.

The core records each as a code with arguments (or, in older databases and reports, as English):
here its English template is found and translated — context "Cues", "Refusals" or "Backups" —
then filled in. Text that is no known code or template is shown as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from jmreview.analysis.cue_codes import CUES, decode, template_pattern
from jmreview.errors import REFUSALS
from jmreview.store.backup import BACKUP_KINDS
from jmreview.workflows.carry_notes import CARRY_NOTES, LINE, LINE_WAS, MARKS

__all__ = ["backup_kind_text", "carried_text", "cue_text", "refusal_text"]


def _fill(context: str, template: str, args: dict[str, str], fallback: str) -> str:
    """A template translated in its context, with its arguments; the fallback if they do not fit."""
    try:
        return QCoreApplication.translate(context, template).format(   # a word of the table as an argument too
            **{k: QCoreApplication.translate(context, v) for k, v in args.items()})
    except (KeyError, IndexError, ValueError):
        return fallback


def cue_text(stored: str) -> str:
    """Why a line has its role, or why an article starts where it does, in the window's language."""
    decoded = decode(stored)
    if decoded is None:
        return stored
    code, args = decoded
    return _fill("Cues", CUES[code], args, stored)


@lru_cache(maxsize=1)
def _refusal_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(template_pattern(t), t) for t in REFUSALS.values()]


def refusal_text(reason: str) -> str:
    """Why a file was not imported (the English reason of an import report), in the window's language."""
    for pattern, template in _refusal_patterns():
        found = pattern.match(reason)
        if found:
            return _fill("Refusals", template, found.groupdict(), reason)
    return reason


SCHEMA_KIND = re.compile(r"before-schema-(\d+)")


def backup_kind_text(kind: str) -> str:
    """What a backup was made before (its kind, e.g. 'before-import'), in the window's language."""
    schema = SCHEMA_KIND.fullmatch(kind)
    if schema:
        return _fill("Backups", BACKUP_KINDS["before-schema-{n}"], {"n": schema.group(1)}, kind)
    return QCoreApplication.translate("Backups", BACKUP_KINDS[kind]) if kind in BACKUP_KINDS else kind


@lru_cache(maxsize=1)
def _carry_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(template_pattern(t), t) for t in (*CARRY_NOTES.values(), LINE_WAS, LINE)]   # the longer first


def _note(text: str) -> str | None:
    for pattern, template in _carry_patterns():
        if found := pattern.match(text):
            args = {k: QCoreApplication.translate("Carry", v) if v in MARKS.values() else v
                    for k, v in found.groupdict().items()}
            return _fill("Carry", template, args, text)
    return None


def carried_text(line: str) -> str:
    """What an import of a new delivery says of an article it carried over (or a line), in the window's language:
    "{file}: {title} ({note}; {note})", a title's own brackets left as they are (run 46 A10)."""
    if not line.endswith(")"):
        return line
    at = len(line)
    while (at := line.rfind(" (", 0, at)) >= 0:
        notes = [_note(n) for n in line[at + 2:-1].split("; ")]
        if all(n is not None for n in notes):
            file, sep, what = line[:at].partition(": ")
            head = f"{file}：{_note(what) or what}" if sep else (_note(file) or file)
            return f"{head}（{'；'.join(n for n in notes if n)}）"
    return line
