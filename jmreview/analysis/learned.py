"""What editors taught: a lexicon of entities and line roles, applied to a page's suggestions.

The lexicon is plain data (the store derives it from people's decisions): positive entity
entries are suggested wherever their Simplified text occurs on a word edge (either script, since
blocks are matched in Simplified), negative ones suppress that text with that label, and layout
entries give a line whose normalised text was set to kicker or noise again and again that role.
Every suggestion and role it makes carries a cue saying how many corrections by whom taught it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jmreview.analysis.blocks import Block, remove_pinyin
from jmreview.analysis.cue_codes import encode
from jmreview.analysis.cues import strip_marks
from jmreview.analysis.drafts import Segmentation
from jmreview.analysis.patterns import Patterns, describe, is_pattern
from jmreview.analysis.script import to_simplified

ENTITY_LABELS = ("PER", "LOC", "ORG", "DATE")
LAYOUT_LABELS = ("kicker", "noise")
LAYOUT_MIN = 2  # a line role is learned once people set it this many times
TAIL = "…"  # a negative entry "…委常委" ORG: an organisation suggested ending so ends before 常委 (after 委)
RULES, JIEBA = encode("entity.rules"), encode("entity.jieba")
Span = tuple[int, int, str, Any]


@dataclass(frozen=True)
class Entry:
    """One thing learned: an entity text with its label (or a line text with its role), and who taught it."""

    text: str
    label: str
    positive: bool = True
    count: int = 1
    editors: tuple[str, ...] = ()

    @property
    def layout(self) -> bool:
        """True for a line role (kicker, noise), False for an entity."""
        return self.label in LAYOUT_LABELS

    def cue(self, code: str = "entity.learned") -> str:
        """The stored cue of a decision this entry made (a pattern's says it is one, and which)."""
        if is_pattern(self.text):
            return encode("entity.pattern", pattern=describe(self.text), n=str(self.count),
                          who="、".join(self.editors) or "?")
        return encode(code, n=str(self.count), who="、".join(self.editors) or "?")


def line_key(text: str) -> str:
    """A line's text as the layout lexicon keys it: no pinyin artifacts, marks or spaces, Simplified."""
    plain = strip_marks(remove_pinyin(text)[0])[0]
    return re.sub(r"\s+", "", to_simplified(plain))


class Lexicon:
    """The entries in force, indexed for matching; picklable for worker processes."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries = list(entries)
        self.positive: dict[str, Entry] = {}
        self.negative: set[tuple[str, str]] = set()
        self.layout: dict[str, Entry] = {}
        self.tails: dict[tuple[str, str], Entry] = {}
        self.patterns = Patterns(e for e in self.entries if is_pattern(e.text))
        for e in self.entries:
            if is_pattern(e.text):
                continue
            if e.text.startswith(TAIL):
                if not e.positive and len(e.text) > 1:
                    self.tails[(e.text[1:], e.label)] = e
            elif e.layout:
                if e.positive and e.count >= LAYOUT_MIN:
                    self.layout[e.text] = e
            elif not e.positive:
                self.negative.add((e.text, e.label))
            elif len(e.text) >= 2 and (e.text not in self.positive or e.count > self.positive[e.text].count):
                self.positive[e.text] = e
        self.negative -= {(e.text, e.label) for e in self.positive.values()}
        self._pattern: dict[str, list[int]] | None = None
        self._heads: set[str] | None = None
        self._two: set[str] | None = None

    def __bool__(self) -> bool:
        return bool(self.positive or self.negative or self.layout or self.tails or self.patterns)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_pattern": None, "_heads": None, "_two": None}

    def heads(self) -> set[str]:
        """The places editors kept: the beginnings a learned ending may take."""
        if self._heads is None:
            self._heads = {text for text, e in self.positive.items() if e.label == "LOC"}
        return self._heads

    def _starts(self) -> dict[str, list[int]]:
        """First character → the lengths of the positive texts starting with it, longest first."""
        if self._pattern is None:
            starts: dict[str, set[int]] = {}
            for text in self.positive:
                starts.setdefault(text[0], set()).add(len(text))
            self._pattern = {ch: sorted(lengths, reverse=True) for ch, lengths in starts.items()}
        return self._pattern

    def _pairs(self) -> set[str]:
        """The first two characters of every positive text."""
        if self._two is None:
            self._two = {text[:2] for text in self.positive}
        return self._two

    def matches(self, s: str, at: Iterable[int] | None = None) -> list[tuple[int, int, Entry]]:
        """Where positive entries occur in a Simplified text (longest at each start, not overlapping).

        ``at`` limits the starts tried (a block's word edges); one dictionary look-up per length that
        some entry starting with that character has, so thousands of entries cost little.
        """
        if not self.positive:
            return []
        starts, pairs, positive = self._starts(), self._pairs(), self.positive
        found: list[tuple[int, int, Entry]] = []
        end, size = 0, len(s)
        for i in sorted(at) if at is not None else range(size):
            if i < end or i >= size - 1 or s[i:i + 2] not in pairs:   # no entry starts with these two characters
                continue
            for n in starts[s[i]]:
                entry = positive.get(s[i:i + n]) if i + n <= size else None
                if entry is not None:
                    found.append((i, i + n, entry))
                    end = i + n
                    break
        return found


class _Near:
    """Spans by start, to find those that may touch [i, j) without looking at every span of a long line."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.by_start: dict[int, list[tuple[int, int, str]]] = {}
        for sp in spans:
            self.by_start.setdefault(sp[0], []).append(sp)
        self.longest = max((b - a for a, b, _ in spans), default=0)

    def around(self, i: int, j: int) -> list[tuple[int, int, str]]:
        """Every span that starts before j and may end after i."""
        out: list[tuple[int, int, str]] = []
        for a in range(max(0, i - self.longest), j + 1):
            out += self.by_start.get(a, ())
        return out


def learned_spans(s: str, spans: list[Span], cuts: set[int], lexicon: Lexicon | None,
                  toks: list[tuple[str, str]] | None = None,
                  by_rules: set[tuple[int, int, str]] | None = None) -> tuple[list[Span], dict]:
    """Candidate spans with the lexicon applied: negatives dropped, learned ones added (they beat crossing ones).

    Returns the spans and, for each learned span (i, j, label), the cue to store with it. With the
    line's words (``toks``) the learned patterns apply too: rejected shapes of a source (``by_rules``
    says which spans the rules found; the others are jieba's) are dropped, names ending as learned added.
    """
    if not lexicon:
        return spans, {}
    learned: dict[tuple[int, int, str], str] = {}
    kept, pat = [], lexicon.patterns
    tails, negative = lexicon.tails, lexicon.negative
    for i, j, label, role in spans:
        cut = None
        for n in (3, 2) if tails else ():
            e = tails.get((s[j - n:j], label))
            if e is not None and j - len(e.text) + 2 - i >= 2:
                cut = e
                break
        if cut is not None:  # editors cut this tail off such suggestions (after the character it follows)
            j -= len(cut.text) - 2
        elif pat.tails:  # …or off any suggestion ending so, whatever stood before it
            j, cut = pat.cut(s, i, j, label)  # type: ignore[assignment]
        text = s[i:j]
        if (text, label) in negative:
            continue
        if toks is not None and pat.shapes and text not in lexicon.positive and pat.rejected(
                text, label, "rules" if by_rules is not None and (i, j, label) in by_rules else "jieba"):
            continue
        if cut is not None:
            learned[(i, j, label)] = cut.cue()
        kept.append((i, j, label, role))
    for i, j, entry in lexicon.matches(s, cuts):
        if j in cuts or j - i >= 3:
            learned[(i, j, entry.label)] = entry.cue()
    extra: dict[tuple[int, int, str], str] = {}  # names ending as learned: they join the candidates, beat none
    near_learned, near_spans = _Near([(a, b, lab) for a, b, lab in learned]), _Near([sp[:3] for sp in spans])
    for i, j, label, pattern in pat.spans(s, toks, cuts, lexicon.heads()) if toks is not None else ():
        if (s[i:j], label) not in lexicon.negative and not any(  # extends what it holds, never crosses
                a < i < b < j or i < a < j < b or (a <= i and j <= b) for a, b, _ in near_learned.around(i, j)) \
                and not any(a < i < b < j or i < a < j < b for a, b, _ in near_spans.around(i, j)):
            extra[(i, j, label)] = pattern.cue()  # type: ignore[attr-defined]
    if not learned and not extra:
        return kept, {}
    auto = {sp[:3] for sp in spans}

    near = _Near(list(learned))

    def beaten(sp: Span) -> bool:  # crosses a learned span, or lies on one with another label
        return any((a < sp[0] < b < sp[1] or sp[0] < a < sp[1] < b or (a, b) == sp[:2] and lab != sp[2])
                   for a, b, lab in near.around(sp[0], sp[1]))
    kept = [sp for sp in kept if not beaten(sp)]
    have = {sp[:3] for sp in kept}
    learned = {**extra, **learned}
    known = auto | have
    kept += [(i, j, lab, None) for i, j, lab in learned if (i, j, lab) not in known]
    return kept, {k: v for k, v in learned.items() if k not in auto}


def apply_layout(seg: Segmentation, blocks: list[Block], lexicon: Lexicon | None) -> dict[int, str]:
    """Give learned roles to the lines of a segmentation; returns the cue of each line made noise."""
    noise: dict[int, str] = {}
    if not lexicon or not lexicon.layout:
        return noise
    for n, draft in enumerate(seg.articles):
        for k in list(draft.members):
            entry = lexicon.layout.get(line_key(blocks[k].display))
            if entry is None:
                continue
            if entry.label == "noise":
                draft.members.remove(k)
                draft.roles.pop(k, None)
                draft.cues.pop(k, None)
                noise[k] = entry.cue("noise.learned")
                continue
            draft.roles[k], draft.cues[k] = "kicker", entry.cue("kicker.learned")
            after = seg.articles[n + 1] if n + 1 < len(seg.articles) else None
            if k == draft.members[-1] and len(draft.members) > 1 and after is not None and after.members \
                    and after.members[0] > k:  # a kicker read as the end of the story before: it opens the next
                draft.members.remove(k)
                after.members.insert(0, k)
                after.roles[k], after.cues[k] = draft.roles.pop(k), draft.cues.pop(k)
    seg.articles = [d for d in seg.articles if d.members]
    seg.noise = sorted(set(seg.noise) | set(noise))
    return noise


def well_known_place(text: str) -> bool:
    """True for a place the gazetteer lists: a place wherever it stands, so a rejection of it teaches nothing."""
    from jmreview.analysis.gazetteer import all_words

    return all_words().get(text) == "LOC"
