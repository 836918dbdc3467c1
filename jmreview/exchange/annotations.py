"""Articles as annotation documents: one text per article with entity spans whose offsets are valid in it.

The text of a document is every line of the article in reading order (captions and notes
too: names are in them), joins applied, duplicate lines, pinyin artifacts and markdown marks
removed, lines separated by a newline. Each character remembers its offset and line in the
source, so an entity (source offsets) becomes a span of the document (its pinyin artifacts
left out like the text's) and a span of a document read back becomes source offsets again.
In Simplified the text is converted one character for one, so the same offsets hold in both
scripts. An entity with no place in the text (on a duplicate line) is counted as unplaced,
never written with wrong offsets.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from jmreview.analysis.blocks import remove_pinyin
from jmreview.analysis.cues import HEADING_MARK
from jmreview.analysis.script import to_simplified_aligned
from jmreview.store.models import SourceFile
from jmreview.store.queries import files
from jmreview.store.records import article_records

BOLD = re.compile(r"\*\*(.+?)\*\*")
SCRIPTS = ("original", "simplified")


@dataclass(frozen=True)
class Span:
    """An entity in a document: [start, end) code points of its text, label, status and origin."""

    start: int
    end: int
    label: str
    status: str = "accepted"
    origin: str = "manual"


@dataclass
class Document:
    """One article as an annotation document."""

    article_id: int
    file: str
    title: str
    text: str
    offsets: list[int]                       # source offset of each character (-1: a line break we put in)
    lines: list[int]                         # the source line of each character (-1: a line break we put in)
    spans: list[Span] = field(default_factory=list)
    unplaced: int = 0                        # entities of the article that have no exact place in the text
    _where: dict[int, int] | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        """The text's fingerprint (matches a document whatever tool it went through)."""
        return text_key(self.text)

    def text_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where a span of the source (an entity) lies in the text; None when it has no place there."""
        if self._where is None:
            self._where = {o: k for k, o in enumerate(self.offsets) if o >= 0}
        k, last = self._where.get(start), self._where.get(end - 1)
        if k is None or last is None or self.source_span(k, last + 1) != (start, end):
            return None
        return k, last + 1

    def source_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Source offsets of a span of the text; None when it does not lie on one line.

        Inside the span the source may hold more than the text (a pinyin artifact removed).
        """
        if not 0 <= start < end <= len(self.text):
            return None
        line = self.lines[start]
        if line < 0 or self.lines[end - 1] != line:
            return None
        return self.offsets[start], self.offsets[end - 1] + 1


def text_key(text: str) -> str:
    """A fingerprint of a text (SHA-256 of its UTF-8), the same for the text as exported and as read back."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _trim(display: str, i: int, j: int) -> tuple[int, int]:
    while i < j and display[i].isspace():
        i += 1
    while j > i and display[j - 1].isspace():
        j -= 1
    return i, j


def clean_line(source: str, start: int, end: int) -> tuple[str, list[int]]:
    """A line as read (pinyin artifacts and markdown marks out, trimmed) and each character's source offset."""
    display, offs = remove_pinyin(source[start:end], start)
    i, j = _trim(display, 0, len(display))
    mark = HEADING_MARK.match(display[i:j])
    if mark:
        i, j = _trim(display, i + mark.end(), j)
    if BOLD.fullmatch(display[i:j]):
        i, j = _trim(display, i + 2, j - 2)
    return display[i:j], offs[i:j]


def article_document(source_text: str, record: dict[str, Any], file_name: str) -> Document:
    """The document of an article record (as `store.records.article_records` gives it), original script."""
    parts: list[str] = []
    offsets: list[int] = []
    lines: list[int] = []
    for b in record["blocks"]:
        if b["duplicate_of"] is not None:
            continue
        text, offs = clean_line(source_text, b["start"], b["end"])
        if not text:
            continue
        if parts and not b["joins_previous"]:
            parts.append("\n")
            offsets.append(-1)
            lines.append(-1)
        parts.append(text)
        offsets += offs
        lines += [b["line"]] * len(offs)
    doc = Document(record["id"], file_name, record["title"], "".join(parts), offsets, lines)
    for e in record["entities"]:
        if e["status"] == "rejected":
            continue
        place = doc.text_span(e["start"], e["end"])
        if place is None:
            doc.unplaced += 1
        else:
            doc.spans.append(Span(*place, e["label"], e["status"], e["origin"]))
    return doc


def in_script(doc: Document, script: str) -> Document:
    """The document in Simplified (one character for one: the offsets hold) or as it is."""
    if script != "simplified":
        return doc
    return Document(doc.article_id, doc.file, to_simplified_aligned(doc.title), to_simplified_aligned(doc.text),
                    doc.offsets, doc.lines, doc.spans, doc.unplaced)


def file_documents(source: SourceFile, status: str | None = None, script: str = "original") -> list[Document]:
    """The documents of one file's articles (optionally one status), in reading order."""
    return [in_script(article_document(source.text, r, source.name), script)
            for r in article_records(source, status)]


def documents(status: str | None = None, script: str = "original") -> Iterator[Document]:
    """Every current article of the corpus as a document, file by file."""
    for source in files():
        yield from file_documents(source, status, script)


def without_overlaps(spans: list[Span]) -> tuple[list[Span], int]:
    """The spans a flat format can hold (accepted before suggested, then longer, then earlier); how many went."""
    rank = sorted(spans, key=lambda s: (s.status != "accepted", s.start - s.end, s.start))
    kept: list[Span] = []
    for s in rank:
        if all(s.end <= k.start or k.end <= s.start for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (s.start, s.end)), len(spans) - len(kept)
