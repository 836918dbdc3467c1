"""How a page is laid out: the blank lines between blocks, and which stories a paragraph reads like.

Page dumps separate paragraphs with a usual number of blank lines; many also set stories apart
with more (a *wide gap*) and print photo captions closer together (a *tight run*). Both are
measured against the page's own habit, never a fixed count, so a page without them reads as before.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from jmreview.analysis.blocks import Block
from jmreview.analysis.cues import Cue

CAPTION_RUN_MAX = 40   # a caption in a run of captions is a short line
RESUME_MIN = 0.12      # share of a paragraph's word pairs an earlier story must hold to take it back
RESUME_MARGIN = 2.0    # …and how many times more than the story just above
RESUME_WINDOW = 60     # a displaced paragraph lands among the stories of its page: the last 60 are weighed


@dataclass
class Layout:
    """Gaps before every block and what they say about the page."""

    gaps: list[int]            # blank lines before each block (0 for the first)
    usual: int                 # the page's usual gap between paragraphs
    separated: bool            # stories on this page are set apart by wide gaps

    def wide(self, i: int) -> bool:
        """More blank lines than usual before block i."""
        return i > 0 and self.gaps[i] > self.usual

    def tight(self, i: int) -> bool:
        """Fewer blank lines than usual before block i (a line printed right under the one above)."""
        return i > 0 and self.gaps[i] < self.usual


def read_layout(blocks: list[Block], cues: list[Cue]) -> Layout:
    """Measure the page's gaps; the page is *separated* when wide gaps come before story-like starts."""
    gaps = [0] + [b.line - a.line - 1 for a, b in zip(blocks, blocks[1:])]
    usual = Counter(gaps[1:]).most_common(1)[0][0] if len(gaps) > 1 else 0
    layout = Layout(gaps, usual, False)
    starts = sum(1 for i, c in enumerate(cues) if layout.wide(i) and starts_story(c))
    layout.separated = starts >= 2
    return layout


def furniture(cues: list[Cue]) -> set[int]:
    """Short unpunctuated lines printed at several places of the page (image placeholders, page furniture)."""
    seen: dict[str, list[int]] = {}
    for k, c in enumerate(cues):
        if 4 <= c.length <= 30 and not c.level and not re.search(r"[。！？!?，,]", c.plain) \
                and not (c.end_byline or c.start_byline or c.note_from or c.note_to):   # one reporter may sign twice
            seen.setdefault(c.plain, []).append(k)
    return {k for ks in seen.values() if len(ks) >= 2
            and any(cues[j].length > 30 for j in range(ks[0] + 1, ks[-1])) for k in ks}


def starts_story(c: Cue) -> bool:
    """A block that can open a story: a heading, a dateline, a start byline or a cross-page note."""
    return (c.heading and not c.caption) or c.dateline or c.start_byline or c.note_from


def caption_run(layout: Layout, cues: list[Cue], i: int) -> list[int]:
    """The tight run of short lines starting at block i, when it reads as a strip of captions."""
    run = [i]
    while run[-1] + 1 < len(cues) and layout.tight(run[-1] + 1):
        run.append(run[-1] + 1)
    if len(run) < 2 or layout.usual < 1:
        return []
    texts = [cues[k].plain for k in run]
    if len(set(texts)) == 1:  # the same line printed again: a repeated headline, not captions
        return []
    for k in run:
        c = cues[k]
        if c.level or c.hard_break or c.start_byline or c.end_byline or c.dateline or c.numbered \
                or c.note_from or c.note_to or c.noise or c.length > CAPTION_RUN_MAX + 30 * c.caption:
            return []
        if c.plain[:1] in "◆●■▲•·-*":
            return []
    return run


def pairs(text: str) -> set[str]:
    """Character pairs of the Chinese text of a paragraph (its vocabulary, roughly)."""
    han = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    return {han[k:k + 2] for k in range(len(han) - 1) if " " not in han[k:k + 2]}


def best_resume(paragraph: str, stories: list[set[str]], current: int) -> int | None:
    """The earlier story a displaced paragraph belongs to: it shares clearly more of its words (`stories`: the pairs
    of each story so far, empty for one that cannot take it; only the last RESUME_WINDOW are weighed)."""
    own = pairs(paragraph)
    if len(own) < 8:
        return None
    first = max(0, len(stories) - RESUME_WINDOW)
    shares = [len(own & words) / len(own) if k >= first or k == current else 0.0 for k, words in enumerate(stories)]
    ranked = sorted((s, k) for k, s in enumerate(shares) if k != current and k >= first)
    if not ranked:
        return None
    share, best = ranked[-1]
    if share >= RESUME_MIN and share >= RESUME_MARGIN * max(shares[current], 0.02):
        return best
    return None
