"""Learned patterns: what editors' decisions teach about the shapes of names, so names never seen are found.

An exact lexicon only knows the strings editors decided about; a city paper's next page holds other
names of the same kinds. From the decisions (plain data the store reads) three kinds of pattern are
derived, each only when several decisions agree (``PATTERN_MIN``, from at least ``PATTERN_NAMES``
different names — never one):

- **name endings** ``*侨联`` ORG: the last one to three characters of organisations and places editors
  added or accepted, when more agree than suggestions of that ending were rejected. A word ending so
  is suggested with its head: the words before it back to a word edge — nouns, places, names,
  abbreviations; never a function word, a verb, a number or punctuation;
- **rejected shapes** ``*城区@jieba`` LOC: suggestions of one source (the rules or jieba) with that
  ending that editors reject nearly always (at most one in ``SHAPE_RATIO`` kept) are not made again;
- **tails** ``…*常委`` ORG: what editors cut off the end of suggestions, whatever stood before it.

A suggestion a pattern makes says so in its cue (``entity.pattern``), with its evidence.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from jmreview.analysis.lexicon import TITLES

PATTERN = "*"       # an entry text starting so is a pattern (a shape), not a string
SOURCE = "@"        # …followed by the source a rejected shape is about: *城区@jieba
TAIL_PATTERN = "…*"  # a tail editors cut off whatever stood before it
PATTERN_MIN = 3     # agreeing decisions a pattern needs
PATTERN_NAMES = 2   # …from at least this many different names
SHAPE_RATIO = 4     # a shape is rejected when rejections outnumber acceptances this many times
ENDING_LABELS = ("ORG", "LOC")
SOURCES = ("rules", "jieba")
HEAD_TAGS = {"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "b", "s", "ng", "nl"}  # no verb, no HMM word
HEAD_MAX = 14       # characters of the longest name a pattern suggests
HEAD_WORDS = 4      # words before the ending it may take


@dataclass(frozen=True)
class Decision:
    """One person's decision about an entity: its Simplified text, label, kept or not, and what suggested it."""

    text: str
    label: str
    positive: bool
    source: str  # rules, jieba (automation's suggestion), or "" (added by hand, learned, imported)


def describe(text: str) -> str:
    """A pattern's text as people read it: *侨联 → …侨联, *城区@jieba → …城区 (jieba)."""
    if text.startswith(TAIL_PATTERN):
        return "…" + text[len(TAIL_PATTERN):]
    body, _, source = text[len(PATTERN):].partition(SOURCE)
    return "…" + body + (f" ({source})" if source else "")


def is_pattern(text: str) -> bool:
    """True for the text of a learned pattern (an ending, a rejected shape, a tail)."""
    return text.startswith((PATTERN, TAIL_PATTERN)) and len(text) > len(TAIL_PATTERN)


def derive(decisions: list[Decision], tails: list[tuple[str, str]]) -> dict[tuple[str, str, bool], list[int]]:
    """Pattern (text, label, positive) → the decisions that taught it (indices: decisions, then tails after them)."""
    endings: dict[tuple[str, str], list[int]] = {}
    against: dict[tuple[str, str], int] = {}
    shapes: dict[tuple[str, str], list[int]] = {}
    kept: dict[tuple[str, str], int] = {}
    for k, d in enumerate(decisions):
        if d.label in ENDING_LABELS:
            for n in range(1, min(3, len(d.text) - 2) + 1):  # an ending with a head of two characters or more
                if d.positive:
                    endings.setdefault((PATTERN + d.text[-n:], d.label), []).append(k)
                elif d.source:
                    against[(PATTERN + d.text[-n:], d.label)] = against.get((PATTERN + d.text[-n:], d.label), 0) + 1
        if d.source in SOURCES and len(d.text) >= 3:
            for n in (2,):
                key = (PATTERN + d.text[-n:] + SOURCE + d.source, d.label)
                if d.positive:
                    kept[key] = kept.get(key, 0) + 1
                elif len(d.text) > n:
                    shapes.setdefault(key, []).append(k)
    out: dict[tuple[str, str, bool], list[int]] = {}
    for key, ks in endings.items():
        if _agree(ks, decisions, PATTERN_NAMES + (len(key[0]) == 2)) and len(ks) > 2 * against.get(key, 0):
            out[(*key, True)] = ks
    for key, ks in shapes.items():
        if _agree(ks, decisions, PATTERN_NAMES + 1) and len(ks) >= SHAPE_RATIO * kept.get(key, 0):
            out[(*key, False)] = ks
    cut: dict[tuple[str, str], list[int]] = {}
    for k, (tail, label) in enumerate(tails):
        cut.setdefault((TAIL_PATTERN + tail, label), []).append(len(decisions) + k)
    for key, ks in cut.items():
        if len(ks) >= PATTERN_MIN - 1:
            out[(*key, False)] = ks
    return out


def _agree(ks: list[int], decisions: list[Decision], names: int = PATTERN_NAMES) -> bool:
    return len(ks) >= PATTERN_MIN and len({decisions[k].text for k in ks}) >= names


class Patterns:
    """The patterns in force, indexed for matching a line."""

    def __init__(self, entries: Iterable) -> None:
        self.endings: dict[str, object] = {}
        self.shapes: dict[tuple[str, str], object] = {}
        self.tails: dict[tuple[str, str], object] = {}
        self._ends: set[str] | None = None
        for e in entries:
            if e.text.startswith(TAIL_PATTERN):
                if not e.positive:
                    self.tails[(e.text[len(TAIL_PATTERN):], e.label)] = e
            elif e.positive:
                if e.label in ENDING_LABELS and SOURCE not in e.text and (
                        e.text[1:] not in self.endings or e.count > self.endings[e.text[1:]].count):  # type: ignore
                    self.endings[e.text[1:]] = e
            else:
                self.shapes[(e.text[1:], e.label)] = e

    def __bool__(self) -> bool:
        return bool(self.endings or self.shapes or self.tails)

    def _last(self) -> set[str]:
        if self._ends is None:
            self._ends = {text[-1] for text in self.endings}
        return self._ends

    def rejected(self, text: str, label: str, source: str) -> object | None:
        """The rejected shape a suggestion of this source has, if any."""
        return self.shapes.get((text[-2:] + SOURCE + source, label)) if len(text) > 2 else None

    def cut(self, s: str, i: int, j: int, label: str) -> tuple[int, object | None]:
        """Where a suggestion ends once a learned tail is cut off (its end and the tail entry; j, None if none)."""
        for n in (2, 1):
            entry = self.tails.get((s[j - n:j], label)) if j - n - i >= 2 else None
            if entry is not None:
                return j - n, entry
        return j, None

    def spans(self, s: str, toks: list[tuple[str, str]], cuts: set[int],
              heads: set[str] = frozenset()) -> list[tuple[int, int, str, object]]:  # type: ignore[assignment]
        """Names ending as learned, each with its head back to a place (jieba's, or one of ``heads``, the places
        editors kept): (start, end, label, entry)."""
        if not self.endings:
            return []
        starts: list[int] = []
        ends: set[int] = set()
        pos, last = 0, self._last()
        for word, _ in toks:
            starts.append(pos)
            pos += len(word)
            if len(word) > 2 and word.endswith(TITLES):  # 商会|会长 in one word: the name ends before the title
                ends.update(pos - len(t) for t in TITLES if word.endswith(t) and len(word) > len(t))
        found = []
        for j in sorted(j for j in ends.union(cuts) if j >= 1 and s[j - 1] in last):   # only where an ending may end
            for n in (3, 2, 1):
                entry = self.endings.get(s[j - n:j]) if j - n >= 0 else None
                if entry is None:
                    continue
                i = _head(s, toks, starts, j - n, j, heads)
                if i is not None:
                    found.append((i, j, entry.label, entry))  # type: ignore[attr-defined]
                    break
        return found


def _head(s: str, toks: list[tuple[str, str]], starts: list[int], a: int, j: int, heads: set[str]) -> int | None:
    """The start of the name whose ending begins at a: back over name-like words (no verb, function word,
    number or punctuation) to the nearest place (jieba's, or one editors kept)."""
    k = bisect_right(starts, a) - 1
    taken = 0
    while k >= 0:
        word, tag = toks[k]
        if (tag == "ns" or word in heads) and j - starts[k] >= 3 and (starts[k] < a or len(word) > 1):
            return starts[k] if starts[k] < a else None
        if k == 0 or taken >= HEAD_WORDS or toks[k - 1][1] not in HEAD_TAGS or j - starts[k - 1] > HEAD_MAX \
                or not all("\u4e00" <= ch <= "\u9fff" for ch in toks[k - 1][0]):
            return None
        k, taken = k - 1, taken + 1
    return None
