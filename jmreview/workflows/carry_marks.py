"""What a person set on a line a new delivery changed, carried to the line standing for it (run 45 A7, A8).

A line changed one for one (a typo mended, a word put right) keeps every mark a person set on it: its role, its
join, its duplicate mark, being taken out as noise, and the entities a person accepted, rejected or added, each
placed on the new text where its characters still are. What cannot be placed is said, never dropped unsaid.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from difflib import SequenceMatcher

from jmreview.analysis.script import to_simplified_aligned
from jmreview.store.models import Article, Block, Entity, SourceFile, StoryLink, entities_within
from jmreview.workflows.carry_notes import CARRY_NOTES, LINE, LINE_WAS, MARKS, not_carried, noted
from jmreview.workflows.leftovers import CHANGED

ALIKE = 0.5     # two lines this alike (likeness) are one line changed, not another
LONGEST = 5000   # characters: past this a changed line's entities are placed by their own text only (linear)


def _significant(text: str) -> list[int]:
    """Positions of the characters a line's key keeps (no spaces, no leading marks, no trailing `*`)."""
    lead = len(text) - len(re.sub(r"^[#\s*]+", "", text))
    tail = len(re.sub(r"[\s*]+$", "", text))
    return [i for i in range(lead, tail) if not text[i].isspace()]


def map_span(old: str, new: str, start: int, end: int) -> tuple[int, int] | None:
    """Where [start, end) of an old line lies in a new line with the same key (spaces and marks may differ)."""
    if old == new:
        return start, end
    before, after = _significant(old), _significant(new)
    if len(before) != len(after):
        return None
    inside = [k for k, i in enumerate(before) if start <= i < end]
    if not inside:
        return None
    return after[inside[0]], after[inside[-1]] + 1


def shared(old: str, new: str) -> list[tuple[int, int, int]] | None:
    """The stretches a line and the changed line standing for it share, as (old start, old end, new start); None
    for lines too long to compare (placed by their own text only)."""
    if len(old) > LONGEST or len(new) > LONGEST:
        return None
    return [(i1, i2, j1) for tag, i1, i2, j1, _ in SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
            if tag == "equal"]


def changed_span(old: str, new: str, start: int, end: int,
                 same: list[tuple[int, int, int]] | None) -> tuple[int, int] | None:
    """Where [start, end) of an old line lies in the changed line that stands for it: inside a stretch both texts
    share, or else where its own text is found once. None: it is not there."""
    for i1, i2, j1 in same or []:
        if i1 <= start and end <= i2:
            return j1 + start - i1, j1 + end - i1
    text = old[start:end]
    hits = [m.start() for m in re.finditer(re.escape(text), new)] if text else []
    hits = [k for k in hits if not any(j1 < k + len(text) and k < j1 + i2 - i1 for i1, i2, j1 in same or [])]
    return (hits[0], hits[0] + len(text)) if len(hits) == 1 else None   # (one in a stretch both share is another
    # occurrence, of characters an old one stands for: run 52 A8, seven accepted names stacked on one)


def pairs_shared(a: str, b: str) -> tuple[int, int, int]:
    """How many pairs of neighbouring characters two texts share, and how many each holds."""
    pa, pb = Counter(zip(a, a[1:])), Counter(zip(b, b[1:]))
    return sum((pa & pb).values()), sum(pa.values()), sum(pb.values())


def likeness(a: str, b: str) -> float:
    """How much of two lines' text is the same, by the pairs of characters they share (0 to 1)."""
    both, na, nb = pairs_shared(a, b)
    return 2 * both / max(1, na + nb)


def another_story(old: SourceFile, new: SourceFile, was: list[Block], standing: list[Block]) -> bool:
    """True when the new lines standing where every line of an article stood keep less than half of its text (read
    in Simplified, spaces left out): another story put in its place, not its own lines mended (run 47 A10)."""
    def text(source: SourceFile, blocks: list[Block]) -> str:
        joined = "".join(source.text[b.start:b.end] for b in blocks)
        return re.sub(r"\s+", "", to_simplified_aligned(joined))

    before, after = text(old, was), text(new, standing)
    if not before:
        return False
    if len(before) + len(after) > 4 * LONGEST:   # too long for a quadratic comparison: the pairs of characters
        kept_pairs, pairs, _ = pairs_shared(before, after)   # kept (run 49 A10)
        return kept_pairs * 2 < pairs
    kept = sum(size for *_, size in SequenceMatcher(None, before, after, autojunk=False).get_matching_blocks())
    return kept * 2 < len(before)


def _same_name(old: str, new: str) -> bool:
    """The same characters, but for spaces and script (Traditional or Simplified)."""
    def bare(text: str) -> str:
        return re.sub(r"\s+", "", to_simplified_aligned(text))

    return old == new or bare(old) == bare(new)


def decided(entity: Entity) -> bool:
    """A person accepted, rejected or added it."""
    return entity.origin != "auto" or entity.status != "suggested"


def within(held: list[Entity], starts: list[int], start: int, end: int) -> list[Entity]:
    """The entities of `held` (sorted by start, `starts` their starts) inside [start, end)."""
    return [e for e in held[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)] if e.end <= end]


def carry_entities(old: SourceFile, new: SourceFile, ob: Block, nb: Block, from_article: int, to_article: int,
                   changed: bool, held: tuple[list[Entity], list[int]] | None = None) -> list[Entity]:
    """Put the entities of old line `ob` on new line `nb`; those a person decided that cannot be placed. On a
    changed line the characters it shares with the old one keep the old line's entities (a suggestion a person
    deleted stays deleted: run 46 A8); new characters keep the new suggestions; what a person decided wins over a
    suggestion wherever it lands. `held`: the old article's entities by start, read once (run 49 A25: a query per
    line over every entity was quadratic on a 15,000-line page)."""
    old_line, new_line = old.text[ob.start:ob.end], new.text[nb.start:nb.end]
    same = shared(old_line, new_line) if changed else None
    if same is not None:
        for e in Entity.select().where(entities_within(new, nb.start, nb.end) & (Entity.origin == "auto")
                                       & (Entity.status == "suggested")):
            if any(j1 <= e.start - nb.start and e.end - nb.start <= j1 + i2 - i1 for i1, i2, j1 in same):
                e.delete_instance()
    lost: list[Entity] = []
    made: list[int] = []
    spans: set[tuple[tuple[int, int], str]] = set()
    on_line = within(*held, ob.start, ob.end) if held is not None else list(Entity.select().where(
        (Entity.article == from_article) & (Entity.start >= ob.start) & (Entity.end <= ob.end)).order_by(Entity.start))
    for e in on_line:
        if changed and same is None and not decided(e):
            continue
        at = e.start - ob.start, e.end - ob.start
        span = map_span(old_line, new_line, *at) or (changed_span(old_line, new_line, *at, same) if changed
                                                     else None)
        if span is not None and changed and (not _same_name(e.text, new_line[span[0]:span[1]])
                                             or (span, e.label) in spans):   # its own characters, once (run 52 A9:
            span = None   # a word of the same length put in its place read as the name; A8: seven on one span)
        if span is None:
            lost += [e] if decided(e) or not changed else []
            continue
        spans.add((span, e.label))
        start, end = nb.start + span[0], nb.start + span[1]
        if changed:   # the suggestions the automation made there give way to what the old line held
            Entity.delete().where(entities_within(new, nb.start, nb.end) & (Entity.origin == "auto")
                                  & (Entity.status == "suggested") & (Entity.start < end) & (Entity.end > start)
                                  & Entity.id.not_in(made)).execute()
        text = new_line[span[0]:span[1]]
        made.append(Entity.create(article=to_article, file=new, start=start, end=end, text=text,
                      simplified=e.simplified if text == e.text else to_simplified_aligned(text),
                      label=e.label, role=e.role, origin=e.origin, status=e.status, created_at=e.created_at).id)
    return lost


def carry_marks(ob: Block, nb: Block, copy_line: int | None) -> list[str]:
    """Set on changed line `nb` the marks a person set on `ob` (its duplicate mark naming `copy_line`, the first
    copy's line now); the names of those that could not be carried."""
    changes: dict[str, object] = {}
    unset = []
    manual = list(ob.manual)
    if "role" in ob.manual:
        changes["role"] = ob.role
    if "join" in ob.manual:
        changes.update(joins_previous=ob.joins_previous, join_cue=ob.join_cue)
    if "duplicate" in ob.manual:
        if ob.duplicate_of and copy_line is None:
            unset.append(MARKS["duplicate"])
            manual.remove("duplicate")
        else:
            changes["duplicate_of"] = copy_line
    if manual:
        Block.update(manual=manual, **changes).where(Block.id == nb.id).execute()
    return unset


def marks_left(ob: Block) -> list[str]:
    """The marks a person set on an old line that nothing carries (its line gone, or not one for one)."""
    return [name for mark, name in MARKS.items() if mark in ob.manual]


def one_for_one(old_all: list[Block], new_blocks: list[Block], paired: dict[int, int],
                keys: tuple[list[str], list[str]] | None = None) -> dict[int, Block | None]:
    """Old line → the new line in its place, for each line the alignment left alone in a stretch of as many lines
    on both sides (a line changed in place, alike by `keys`: at least half its pairs of characters kept); None
    where the stretch holds new lines, but not as many, or one unlike it (run 52 A18: a paragraph swapped in)."""
    kept = sorted(paired)
    out: dict[int, Block | None] = {}
    for i, ob in enumerate(old_all):
        if i in paired:
            continue
        at = bisect.bisect_left(kept, i)
        before, after = (kept[at - 1] if at else -1), (kept[at] if at < len(kept) else len(old_all))
        first_new = paired[before] + 1 if before >= 0 else 0
        last_new = paired[after] if after < len(old_all) else len(new_blocks)
        at_new = first_new + i - before - 1
        if after - before == last_new - first_new + 1 and (keys is None or likeness(keys[0][i], keys[1][at_new])
                                                             >= ALIKE):
            out[ob.line] = new_blocks[at_new]
        elif last_new > first_new:
            out[ob.line] = None
    return out


def set_aside(old: SourceFile, new: SourceFile, noise: list[Block], stands: dict[int, Block],
              carried: dict[int, int]) -> list[str]:
    """Carry the entities a person decided on lines taken out as noise (set aside with their article, to come back
    with the line: run 46 A9) to the new line that stands for each, with the article they were set aside with."""
    said = []
    for ob in noise:
        nb = stands.get(ob.line)
        held = {e.article_id for e in Entity.select().where(entities_within(old, ob.start, ob.end)) if decided(e)}
        lost: list[str] = []
        for article_id in sorted(held):
            if nb is None or article_id not in carried:
                lost += [e.text for e in Entity.select().where((Entity.article == article_id)
                         & entities_within(old, ob.start, ob.end)) if decided(e)]
                continue
            changed = old.text[ob.start:ob.end] != new.text[nb.start:nb.end]
            lost += [e.text for e in carry_entities(old, new, ob, nb, article_id, carried[article_id], changed)]
        if lost:
            said.append(noted(LINE.format(n=ob.line), not_carried(lost)))
    return said


def links_of_left(old: SourceFile, new: SourceFile) -> list[str]:
    """Take away the links a person made or accepted between an article left on the old version (no line of it in
    the new one) and an article elsewhere, which would name an article no export holds (run 45 A13); flag the other
    article and say each."""
    said = []
    olds = Article.select(Article.id).where(Article.file == old)
    for link in StoryLink.select().where(StoryLink.first.in_(olds) | StoryLink.then.in_(olds)):
        first, then = Article.get_by_id(link.first_id), Article.get_by_id(link.then_id)
        gone, other = (first, then) if first.file_id == old.id else (then, first)
        if other.file_id == old.id or (link.origin == "auto" and link.status == "suggested"):
            continue   # both on the old version: kept there; an automatic suggestion: found anew, or not
        link.delete_instance()
        if link.status == "rejected":
            continue
        Article.update(flag=CHANGED, status="in_review").where(Article.id == other.id).execute()
        page = SourceFile.get_by_id(other.file_id)
        said.append(noted(other.title, CARRY_NOTES["link"].format(
            page=f"{page.folder}/{page.name}" if page.folder else page.name, title=gone.title)))
    return said


def noise_unsure(old: SourceFile, new: SourceFile, lines: list[Block], candidates: list[Block]) -> list[str]:
    """What is said of each line a person took out as noise whose place the new version changed: the new line most
    like it, if one is (run 53 A2: the old number was said, and on the new version it is another paragraph)."""
    said = []
    for ob in lines:
        text = old.text[ob.start:ob.end]
        best = max(candidates, default=None, key=lambda nb: likeness(text, new.text[nb.start:nb.end]))
        if best is not None and best.line == ob.line:   # in its place (split, mended): its number holds
            said.append(noted(LINE.format(n=ob.line), CARRY_NOTES["noise_unsure"]))
        elif best is not None and likeness(text, new.text[best.start:best.end]) >= ALIKE:
            said.append(noted(LINE.format(n=best.line), CARRY_NOTES["noise_now"].format(was=ob.line)))
        else:
            said.append(noted(LINE_WAS.format(n=ob.line), CARRY_NOTES["noise_unsure"]))
    return said
