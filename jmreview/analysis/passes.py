"""Passes after the main walk: reading order, joins, duplicates and roundup pieces."""
from __future__ import annotations

from jmreview.analysis.blocks import Block
from jmreview.analysis.drafts import Segmentation
from jmreview.analysis.rules import closes_sentence, dedupe_key, starts_fresh

MIN_DUPLICATE = 6
SKIPPED_BY_JOIN = {"caption", "headline", "kicker", "subheadline", "note"}


def finish(seg: Segmentation, blocks: list[Block]) -> None:
    """Order each article's blocks and find joins and duplicates inside it."""
    seg.articles = [a for a in seg.articles if a.members]
    for art in seg.articles:
        art.members.sort()
    seg.articles.sort(key=lambda a: a.members[0])
    for art in seg.articles:
        find_duplicates(seg, art.members, art.roles, blocks)
        find_joins(seg, art.members, art.roles, blocks)


def find_duplicates(seg: Segmentation, members: list[int], roles: dict[int, str], blocks: list[Block]) -> None:
    """A block repeated word for word inside the same article is a duplicate of the first."""
    seen: dict[tuple[str, bool], int] = {}
    for m in members:
        cue = seg.cues[m]
        key = dedupe_key(cue.plain)
        if len(key) < MIN_DUPLICATE:
            continue
        marked = cue.level > 0
        if (key, marked) in seen:
            seg.duplicates[m] = seen[(key, marked)]
        else:
            seen[(key, marked)] = m


def find_joins(seg: Segmentation, members: list[int], roles: dict[int, str], blocks: list[Block]) -> None:
    """A body block whose sentence runs on continues in the next body block of the article."""
    previous: int | None = None
    for m in members:
        role = roles[m]
        if role in SKIPPED_BY_JOIN:
            continue
        if role != "body":
            previous = None
            continue
        if previous is not None and not starts_fresh(seg.cues[m].plain) and not seg.cues[m].dateline:
            seg.joins[m] = "join.mid_sentence"
        cue = seg.cues[m]
        previous = None if closes_sentence(cue.plain) or cue.hard_break else m
