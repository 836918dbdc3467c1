"""Check a corpus file against the source texts it points into, before anything is written.

A restore takes each source from the file and checks it against its sha256 (re-encoded in
its encoding; where Big5 maps two byte pairs to one character the check cannot be exact);
an apply takes the sources and their lines from the database. Then every record must fit
its source: each block is exactly its line, each line is in one article at most, every
entity's text is the source at its offsets and lies on its article's lines, its
`simplified` is the Simplified form of that text, and its label exists.
"""
from __future__ import annotations

import codecs
import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jmreview.analysis.blocks import Block, count_lines, split_blocks, strip_pinyin
from jmreview.analysis.script import to_simplified, to_simplified_aligned
from jmreview.errors import Coded
from jmreview.exchange.ingest import MAX_BYTES, MAX_LINE
from jmreview.exchange.json_validate import InvalidCorpus

SHOWN = 3   # problems named in the message


@dataclass
class Source:
    """A source text and its lines: what a file's records are checked against and written onto."""

    text: str
    lines: dict[int, tuple[int, int]]   # line number → [start, end) of each non-empty line
    line_count: int
    size: int = 0                       # bytes of the original file
    _blocks: dict[int, Block] | None = field(default=None, repr=False)
    _simplified: str | None = field(default=None, repr=False)

    def block(self, line: int) -> Block | None:
        """The analysed line (display text and its Simplified form)."""
        if self._blocks is None:
            self._blocks = {b.line: b for b in split_blocks(self.text)}
        return self._blocks.get(line)

    def simplified(self) -> str:
        """The whole text in Simplified form, one character per character."""
        if self._simplified is None:
            self._simplified = to_simplified_aligned(self.text)
        return self._simplified


def source_from_text(text: str, size: int) -> Source:
    """A Source whose lines are those a fresh import makes."""
    blocks = split_blocks(text)
    return Source(text, {b.line: (b.start, b.end) for b in blocks}, count_lines(text), size,
                  {b.line: b for b in blocks})


def _encoded(text: str, encoding: str) -> list[bytes]:
    """The bytes the text could have been decoded from, one candidate per byte order."""
    if encoding == "utf-8-sig":
        return [codecs.BOM_UTF8 + text.encode("utf-8")]
    if encoding in ("utf-16", "utf-32"):
        return [codecs.BOM_UTF16_LE + text.encode("utf-16-le"), codecs.BOM_UTF16_BE + text.encode("utf-16-be")] \
            if encoding == "utf-16" else \
            [codecs.BOM_UTF32_LE + text.encode("utf-32-le"), codecs.BOM_UTF32_BE + text.encode("utf-32-be")]
    return [text.encode("big5hkscs" if encoding == "big5" else encoding)]


@lru_cache(maxsize=1)
def big5_ambiguous() -> frozenset[str]:
    """Characters that two different Big5-HKSCS byte pairs decode to (their bytes cannot be recovered)."""
    seen: dict[str, int] = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                ch = bytes((lead, trail)).decode("big5hkscs")
            except UnicodeDecodeError:
                continue
            seen[ch] = seen.get(ch, 0) + 1
    return frozenset(ch for ch, n in seen.items() if n > 1)


SOURCE_REFUSALS = {   # a file's source text that cannot be trusted (English; the window translates them)
    "no_source": "file {name} has no source text: export with --with-source to restore a corpus",
    "too_large": "file {name}: its source text is larger than any page dump jmreview imports",
    "encoding": "file {name}: its source text cannot be written in {encoding}, so it is not the file its sha256 "
                "names",
    "sha_mismatch": "file {name}: its source text does not match its sha256 (it was changed after the export, or "
                    "belongs to another file)",
    "differs": "file {name}: its source text differs from the file with the same sha256 in this database",
}


def verify_source(f: dict[str, Any]) -> Source:
    """The source text a file carries, checked against its sha256; raises InvalidCorpus."""
    name, text = f["name"], f.get("source")
    if not isinstance(text, str):
        raise InvalidCorpus(Coded(SOURCE_REFUSALS["no_source"], name=name))
    if len(text) > MAX_BYTES or max(map(len, text.splitlines()), default=0) > MAX_LINE:
        raise InvalidCorpus(Coded(SOURCE_REFUSALS["too_large"], name=name))
    try:
        candidates = _encoded(text, f["encoding"])
    except UnicodeEncodeError:
        raise InvalidCorpus(Coded(SOURCE_REFUSALS["encoding"], name=name, encoding=f["encoding"])) from None
    for data in candidates:
        if hashlib.sha256(data).hexdigest() == f["sha256"]:
            return source_from_text(text, len(data))
    if f["encoding"] == "big5" and not big5_ambiguous().isdisjoint(text):
        return source_from_text(text, len(candidates[0]))
    raise InvalidCorpus(Coded(SOURCE_REFUSALS["sha_mismatch"], name=name))


class _Enough(Exception):
    """More problems than the message names: the check stops."""


class _Problems(list[str]):
    """Problems found, up to SHOWN; the next one stops the check."""

    def add(self, what: str) -> None:
        """Note one problem."""
        self.append(what)
        if len(self) > SHOWN:
            raise _Enough


def check_against_sources(doc: dict[str, Any], sources: list[Source | None], labels: set[str]) -> None:
    """Raise InvalidCorpus naming the file and its first problems when a record does not fit its source."""
    for f, src in zip(doc["files"], sources):
        if src is None:
            continue
        found = _Problems()
        try:
            _check_file(f, src, labels, found)
        except _Enough:
            pass
        if found:
            more = " …and more" if len(found) > SHOWN else ""
            raise InvalidCorpus(f"file {f['name']}: " + "; ".join(found[:SHOWN]) + more)


def _check_file(f: dict[str, Any], src: Source, labels: set[str], found: _Problems) -> None:
    if f["line_count"] != src.line_count:
        found.add(f"line_count is {f['line_count']}, the source has {src.line_count} lines")
    owner: dict[int, int] = {}
    spans_of: dict[int, list[tuple[int, int]]] = {}
    for a in f["articles"]:
        spans: list[tuple[int, int]] = []
        for b in a["blocks"]:
            line, where = b["line"], src.lines.get(b["line"])
            if where is None:
                found.add(f"article {a['id']}: line {line} is not a line of text in the source")
                continue
            if (b["start"], b["end"]) != where:
                found.add(f"article {a['id']}: line {line} is at {where[0]}–{where[1]} in the source, "
                          f"not {b['start']}–{b['end']}")
            if line in owner:
                found.add(f"line {line} is in two articles ({owner[line]} and {a['id']})" if owner[line] != a["id"]
                          else f"article {a['id']}: line {line} appears twice")
            owner[line] = a["id"]
            dup = b["duplicate_of"]
            if dup is not None and (dup >= line or dup not in src.lines):
                found.add(f"article {a['id']}: duplicate_of of line {line} is not an earlier line")
            spans.append(where)
        spans_of[a["id"]] = sorted(spans)   # (looked up by bisection: run 33 A36, one article of 99,000 lines)
    for a in f["articles"]:
        for e in a["entities"]:
            _check_entity(a["id"], e, spans_of[a["id"]], src, labels, owner, found)
    for line in f.get("noise_lines", []):
        if line not in src.lines or line in owner:
            found.add(f"noise line {line} is not a line of text outside every article")
    for mark in f.get("line_marks", []):
        if mark["line"] not in src.lines:
            found.add(f"line_marks: line {mark['line']} is not a line of text in the source")


def _on_noise_line(start: int, end: int, src: Source, owner: dict[int, int]) -> bool:
    """True when the span lies on a line in no article (a line made noise keeps its entities)."""
    return any(s <= start and end <= t and line not in owner for line, (s, t) in src.lines.items())


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies within one of the (sorted, apart) spans."""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def _check_entity(art: int, e: dict[str, Any], spans: list[tuple[int, int]], src: Source, labels: set[str],
                  owner: dict[int, int], found: _Problems) -> None:
    start, end, text = e["start"], e["end"], e["text"]
    here = f"article {art}: entity {text[:20]!r} at {start}–{end}"
    if end > len(src.text):
        found.add(f"{here} points outside the source ({len(src.text):,} characters)")
    elif src.text[start:end] != text:
        found.add(f"{here} does not match the source there ({src.text[start:end][:20]!r})")
    elif not _inside(spans, start, end) and not _on_noise_line(start, end, src, owner):
        found.add(f"{here} is not in its article's lines")
    elif not _simplified_fits(e, spans, src):
        found.add(f"{here}: simplified {e['simplified'][:20]!r} is not the Simplified form of the text")
    if e["label"] not in labels:
        found.add(f"{here}: label {e['label']} is not one of the labels ({', '.join(sorted(labels))})")


def _simplified_fits(e: dict[str, Any], spans: list[tuple[int, int]], src: Source) -> bool:
    """True when `simplified` is what one of jmreview's conversions makes of the text."""
    simple, text, start, end = e.get("simplified"), e["text"], e["start"], e["end"]
    if not simple:
        return True   # the import converts the text itself
    if simple in (to_simplified_aligned(text), to_simplified(strip_pinyin(text))):
        return True
    line = next((ln for ln, where in src.lines.items() if where[0] <= start and end <= where[1]), None)
    block = src.block(line) if line is not None else None
    if block is not None and block.offsets:   # automation: a span of the line's display text, in Simplified
        i = bisect_left(block.offsets, start)
        j = bisect_left(block.offsets, end - 1) + 1
        if i < len(block.offsets) and block.source_span(i, j) == (start, end) and block.simplified[i:j] == simple:
            return True
    return src.simplified()[start:end] == simple   # labelling every occurrence in a file
