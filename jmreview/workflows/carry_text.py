"""Entities a person decided, placed by their text where a new delivery moved the line breaks (run 51 A1, A24, A35).

A delivery may keep an article's text and move its line breaks: two lines joined into one, a line broken twenty
characters later, paragraphs rotated with their commas reset. No new line then stands one for one for an old one,
and the entities on those lines found no place. Here each such entity is looked for in the article's changed new
lines read as one text (Simplified, letters and digits only, so commas, spaces and line breaks do not count): where
its own text is found with the most of the text around it the same. It never lands across two lines, on a line
carried unchanged, or over what a person decided there.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

from jmreview.analysis.script import to_simplified_aligned
from jmreview.store.models import Block, Entity, SourceFile
from jmreview.workflows.carry_marks import decided

AROUND = 12   # characters either side compared
SURE = 3      # that many of them the same: found (or the only place its text is)


@dataclass
class Reading:
    """Lines read as one text: its letters and digits, and where each of them is in the file."""

    text: str
    at: list[int]      # file offset of each character of `text`
    line: list[int]    # index of the line each character of `text` is on


def _char(ch: str) -> str:
    wide = unicodedata.normalize("NFKC", ch)
    return (wide if len(wide) == 1 else ch).casefold()[:1] or ch


def read(source: SourceFile, blocks: list[Block]) -> Reading:
    """The letters and digits of `blocks` (in line order) in Simplified, with their offsets."""
    chars: list[str] = []
    at: list[int] = []
    line: list[int] = []
    for k, b in enumerate(blocks):
        simple = to_simplified_aligned(source.text[b.start:b.end])
        for i, ch in enumerate(simple):
            if ch.isalnum():
                chars.append(_char(ch))
                at.append(b.start + i)
                line.append(k)
    return Reading("".join(chars), at, line)


def _same_before(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _same_after(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """[start, end) overlaps none of the sorted spans `taken`."""
    k = bisect.bisect_left(taken, (end, -1))
    return not any(s < end and start < e for s, e in taken[max(0, k - 2):k + 1])


def place_by_text(old: SourceFile, new: SourceFile, lost: list[Entity], old_blocks: list[Block],
                  article_id: int, unchanged: set[int]) -> list[Entity]:
    """Carry what can be placed of `lost` (decided entities of `old_blocks` no line carried) onto the changed lines
    of article `article_id` of `new` (`unchanged`: ids of its lines carried as they were); the rest, not placed."""
    if not lost:
        return []
    lines = [b for b in Block.select().where(Block.article == article_id).order_by(Block.line)
             if b.id not in unchanged]
    if not lines:
        return lost
    before, after = read(old, sorted(old_blocks, key=lambda b: b.start)), read(new, lines)
    taken = sorted((e.start, e.end) for e in Entity.select(Entity.start, Entity.end, Entity.origin, Entity.status)
                   .where(Entity.article == article_id) if decided(e))
    found: dict[str, list[int]] = {}
    options: list[tuple[int, int, int, int]] = []   # (how sure, which entity, start in `after`, length)
    for n, e in enumerate(lost):
        i, j = bisect.bisect_left(before.at, e.start), bisect.bisect_left(before.at, e.end)
        name = before.text[i:j]
        if not name:
            continue
        if name not in found:
            found[name], k = [], after.text.find(name)
            while k >= 0:
                found[name].append(k)
                k = after.text.find(name, k + 1)
        for k in found[name]:
            if after.line[k] != after.line[k + len(name) - 1]:
                continue   # across two lines: never
            sure = _same_before(before.text[max(0, i - AROUND):i], after.text[max(0, k - AROUND):k]) + \
                _same_after(before.text[j:j + AROUND], after.text[k + len(name):k + len(name) + AROUND])
            if sure >= SURE or len(found[name]) == 1:
                options.append((sure, n, k, len(name)))
    placed: set[int] = set()
    for _, n, k, size in sorted(options, key=lambda o: (-o[0], o[1], o[2])):
        start, end = after.at[k], after.at[k + size - 1] + 1
        if n in placed or not _free(taken, start, end):
            continue
        e = lost[n]
        Entity.delete().where((Entity.file == new) & (Entity.origin == "auto") & (Entity.status == "suggested")
                              & (Entity.start < end) & (Entity.end > start)).execute()
        text = new.text[start:end]
        Entity.create(article=article_id, file=new, start=start, end=end, text=text,
                      simplified=e.simplified if text == e.text else to_simplified_aligned(text), label=e.label,
                      role=e.role, origin=e.origin, status=e.status, created_at=e.created_at)
        bisect.insort(taken, (start, end))
        placed.add(n)
    return [e for n, e in enumerate(lost) if n not in placed]
