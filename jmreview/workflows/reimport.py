"""A new version of an imported file (same name, other bytes): keep what people decided.

The new bytes are imported as a new source and analysed as usual. Every article of the old
version that a person decided (reviewed, rejected, edited, made by hand) is carried over
to the lines of the new version that have the same text, with its fields, roles and
entities; where some of its lines are no longer there it is carried over all the same,
flagged and put back in review. The old version is kept, marked as replaced: nothing is
deleted. When carrying over would change people's work, the import is refused unless the
caller confirms it (`--replace` on the command line, a question in the window).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from jmreview.analysis.align import align
from jmreview.analysis.rules import dedupe_key
from jmreview.errors import REFUSALS
from jmreview.store.changes import within_limit
from jmreview.store.derived import write_fields_anew
from jmreview.store.ids import new_article_id
from jmreview.store.models import (
    Article,
    Assignment,
    Block,
    EditLog,
    Entity,
    SourceFile,
    StoryLink,
    entities_within,
    now,
)
from jmreview.store.review_guard import reviewers
from jmreview.workflows.automation import is_protected, renumber
from jmreview.workflows.carry_marks import (
    ALIKE,
    another_story,
    carry_entities,
    carry_marks,
    decided,
    likeness,
    links_of_left,
    marks_left,
    noise_unsure,
    one_for_one,
    set_aside,
    within,
)
from jmreview.workflows.carry_notes import CARRY_NOTES, LINE, MARKS, not_carried, noted
from jmreview.workflows.carry_text import place_by_text
from jmreview.workflows.leftovers import CHANGED, leftovers, noise_kept
from jmreview.workflows.renamed import COMPARED, SAME_PAGE, renamed_twin


@dataclass
class CarryReport:
    """What carrying over did for one file."""

    kept: int = 0                                        # carried over whole
    flagged: list[str] = field(default_factory=list)     # carried over in part, flagged for review
    left: list[str] = field(default_factory=list)        # no line left in the new version: on the old one only


def previous_version(name: str, folder: str = "") -> SourceFile | None:
    """The current (not replaced) version of the page: the same file name from the same folder.

    An import made before folders were recorded ('' folder) matches a file of its name from any folder.
    """
    same_folder = (SourceFile.folder == folder) | (SourceFile.folder == "")
    return SourceFile.select().where((SourceFile.name == name) & SourceFile.replaced_by.is_null() & same_folder) \
        .order_by(SourceFile.id.desc()).first()


def page_to_replace(name: str, folder: str, replace: bool, text: str = "") -> tuple[SourceFile | None, str | None]:
    """The current version a new file (its `text`) stands to replace (None: it is a new page), and why it may not be
    imported now (None: it may)."""
    old = previous_version(name, folder)
    if old is None and "/" in folder:   # imported when a folder was known by its own name only (before run 57 A17)
        legacy = previous_version(name, folder.rsplit("/", 1)[1])
        alike = legacy is not None and (not text or likeness(text[:COMPARED], legacy.text[:COMPARED]) >= SAME_PAGE)
        old = legacy if alike else None
    if old is None and (twin := renamed_twin(name, folder, text)) is not None:
        if not replace:
            return None, REFUSALS["renamed"].format(page=_named(twin, name))
        old = twin
    return old, review_refusal(old) if old is not None or not replace else replaced_elsewhere(name, folder, text)


def _named(page: SourceFile, given: str = "") -> str:
    """A page as a refusal names it: with its folder when that is a dated archive's, pages of its name are in several
    folders (run 59 A2: "page A01.txt", one of five days' A01.txt), or the file given has its very name (run 63 A32:
    the copy's mark on the folder, "A01.txt: has the name of page A01.txt")."""
    twice = SourceFile.select().where((SourceFile.name == page.name) & SourceFile.replaced_by.is_null()
                                      & SourceFile.review_of.is_null()).count() > 1
    shown = page.folder and ("/" in page.folder or twice or page.name == given)
    return f"{page.folder}/{page.name}" if shown else str(page.name)


def replaced_elsewhere(name: str, folder: str, text: str = "") -> str | None:
    """Why a file imported to replace a page is not added as another: pages of its name come only from other folders,
    or a page of another folder is its, renamed (run 57 A12: `Downloads/A01 (1).txt` added as a second A01)."""
    others = [row.folder for row in SourceFile.select(SourceFile.folder).where(
        (SourceFile.name == name) & SourceFile.replaced_by.is_null()).order_by(SourceFile.folder).limit(4)]
    if not others:
        twin = renamed_twin(name, folder, text, anywhere=True) if text else None
        if twin is None:
            return None
        return REFUSALS["renamed_elsewhere"].format(page=f"{twin.folder}/{twin.name}" if twin.folder else twin.name,
                                                    folder=f"{folder or '.'}/", others=f"{twin.folder or '.'}/",
                                                    name=twin.name)
    return REFUSALS["replace_elsewhere"].format(folder=f"{folder or '.'}/", name=name,
                                                others="、".join(f"{f}/" for f in others))


def review_refusal(old: SourceFile | None) -> str | None:
    """Why a new version may not replace `old` now: it is under a double review not curated yet (None: it may)."""
    if old is None or old.review_state in ("", "curated"):
        return None
    return REFUSALS["under_review"].format(editors=reviewers(old.id), name=old.name)


def _text(source: SourceFile, block: Block) -> str:
    return dedupe_key(source.text[block.start:block.end])


def plan(old: SourceFile, new_text: str) -> tuple[list[Article], list[Article]]:
    """(articles that carry over whole, articles that would change) — for the confirmation."""
    from jmreview.analysis.blocks import split_blocks

    available: dict[str, int] = {}
    for b in split_blocks(new_text):
        key = dedupe_key(b.source)
        available[key] = available.get(key, 0) + 1
    whole: list[Article] = []
    changed: list[Article] = []
    for art in Article.select().where(Article.file == old):
        if not is_protected(art):
            continue
        keys = [_text(old, b) for b in Block.select().where(Block.article == art)]
        need: dict[str, int] = {}
        for k in keys:
            need[k] = need.get(k, 0) + 1
        (whole if all(available.get(k, 0) >= n for k, n in need.items()) else changed).append(art)
    return whole, changed


def _one_for_one(olds: list[int], news: list[int], keys: tuple[list[str], list[str]] | None) -> dict[int, int]:
    """Each old line of a stretch → the new line standing for it, as many on both sides: the most alike first (run
    50 A14: two paragraphs swapped and mended took each other's marks, and the entities were lost); a line like none
    stands for none. Without `keys` (or past 60 lines, too many to compare), the lines in their places."""
    out: dict[int, int] = {}
    if keys is not None and len(olds) <= 60:
        scores = sorted(((likeness(keys[0][o], keys[1][n]), o, n) for o in olds for n in news), reverse=True)
        used: set[int] = set()
        for score, o, n in scores:
            if score >= ALIKE and o not in out and n not in used:
                out[o] = n
                used.add(n)
    if keys is not None and len(olds) <= 60:   # a line like none of the new ones stands for none: its marks are
        return out   # said not carried, its names placed by their text (run 52 A2, A18: paragraphs swapped)
    rest = [n for n in news if n not in out.values()]
    for o in olds:
        if o not in out:
            out[o] = rest.pop(0)
    return out


def _replacements(gone: set[int], old_all: list[Block], new_blocks: list[Block], paired: dict[int, int],
                  claimed: set[int], placed: set[int],
                  keys: tuple[list[str], list[str]] | None = None) -> list[tuple[int | None, Block]]:
    """The new lines standing where an article's changed lines (`gone`, old line numbers) stood: in each stretch
    between lines found on both sides, the new lines there when every old line that went from it was this
    article's, or, as many on both sides, those in the same places. Another story is never taken (run 37 A23, A24:
    a changed first line cut off into an article of its own; lines between an article's two parts taken whole).
    Each with the old line it stands for, where that is one for one (None: it is not). The new lines another
    person's article took (`claimed`) and its old lines (`placed`) are left out on both sides (run 48 A2, A18: the
    second of two articles side by side, every line changed, was said to have no line left)."""
    index = {b.line: i for i, b in enumerate(old_all)}
    kept = sorted(paired)
    stretches: set[tuple[int, int]] = set()
    for line in gone:
        at = bisect.bisect_left(kept, index[line])
        stretches.add((kept[at - 1] if at else -1, kept[at] if at < len(kept) else len(old_all)))
    out: list[tuple[int | None, Block]] = []
    for before, after in sorted(stretches):
        olds = [k for k in range(before + 1, after) if old_all[k].line not in placed]
        news = [k for k in range(paired[before] + 1 if before >= 0 else 0,
                                 paired[after] if after < len(old_all) else len(new_blocks))
                if new_blocks[k].id not in claimed]
        mine = [k for k in olds if old_all[k].line in gone]
        one_for_one = len(olds) == len(news)
        stands = _one_for_one(olds, news, keys) if one_for_one else {}
        if len(mine) == len(olds):
            by_new = {n: o for o, n in stands.items()}
            out += [(old_all[by_new[k]].line if k in by_new else None, new_blocks[k]) for k in news]
        elif one_for_one:
            out += [(old_all[k].line, new_blocks[stands[k]]) for k in mine if k in stands]
    return out


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """[start, end) lies inside one of the sorted, disjoint spans."""
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def _moved(old_keys: list[str], new_keys: list[str], paired: dict[int, int]) -> dict[int, int]:
    """Lines the alignment left on both sides with the same text: moved (run 38 A6: a line swapped with another of
    its article was cut off into an article of its own). Old index → new index, the first free one each."""
    free: dict[str, list[int]] = {}
    used = set(paired.values())
    for j, key in enumerate(new_keys):
        if j not in used:
            free.setdefault(key, []).append(j)
    return {i: free[key].pop(0) for i, key in enumerate(old_keys) if i not in paired and free.get(key)}


def _copy_of(line: int | None, line_map: dict[int, int], became: dict[int, Block], at: int) -> int | None:
    """Where a duplicate's first copy is in the new version: in its own article, or any line the alignment found
    (run 43 A14: a first copy in another article lost every mark a person set); None when it is gone, or now comes
    after the duplicate at line `at`, which is then the first copy (run 44 A14: a mark naming a later line)."""
    if not line:
        return None
    first = line_map.get(line) or (became[line].line if line in became else None)
    return first if first is not None and first < at else None


def carry_over(old: SourceFile, new: SourceFile, who: str) -> CarryReport:
    """Move people's articles from the old version onto the new one (caller holds the transaction)."""
    report = CarryReport()
    new_blocks = list(Block.select().where(Block.file == new).order_by(Block.line))
    old_all = list(Block.select(Block.line, Block.start, Block.end).where(Block.file == old).order_by(Block.line))
    old_keys, new_keys = [_text(old, b) for b in old_all], [_text(new, b) for b in new_blocks]
    paired = align(old_keys, new_keys)   # each line its own place, a repeated one too (run 34 A34)
    shifted = _moved(old_keys, new_keys, paired)
    became = {old_all[i].line: new_blocks[j] for i, j in (*paired.items(), *shifted.items())}
    found_new = {*paired.values(), *shifted.values()}
    claimed = {new_blocks[j].id for j in shifted.values()}   # new lines a person's article has taken (a moved line is
    fresh = {b.id for j, b in enumerate(new_blocks) if j not in found_new}                     # its own article's)
    moved_lines = {old_all[i].line for i in shifted}
    taken: dict[int, set[int]] = {}   # automatic articles of the new version → people's articles that took lines
    carried: dict[int, int] = {}   # a person's article of the old version → the article it became
    placed: set[int] = set()   # old lines of the people's articles carried so far
    waiting_text: list[tuple[int, str, list[str], list[Entity], list[Block]]] = []   # entities no line carried
    for art in Article.select().where(Article.file == old).order_by(Article.reading_order):
        if not is_protected(art):
            continue
        old_blocks = list(Block.select().where(Block.article == art).order_by(Block.position))
        pairs = [(ob, became[ob.line]) for ob in old_blocks if ob.line in became]
        standing = [] if pairs else _replacements({ob.line for ob in old_blocks}, old_all, new_blocks, paired,
                                                  claimed, placed)
        if not pairs and not standing:
            report.left.append(noted(art.title, CARRY_NOTES["left"]))   # nothing to flag (run 24 A27); every line
            continue                                                     # changed in place is carried (run 46 A7)
        if not pairs and another_story(old, new, old_blocks, [nb for _, nb in standing]):   # its place holds other
            report.left.append(noted(art.title, CARRY_NOTES["other"]))   # text: never its title on it (run 47 A10)
            continue
        moved = Article.create(
            **new_article_id(), file=new, reading_order=art.reading_order, title=art.title, kicker=art.kicker,
            subtitle=art.subtitle, title_simplified=art.title_simplified, category=art.category, date=art.date,
            reporters=art.reporters, correspondents=art.correspondents, photographers=art.photographers,
            sources=art.sources,
            status=art.status, reviewer=art.reviewer, reviewed_at=art.reviewed_at, created_at=now(),
            updated_at=now(), version=art.version + 1, origin=art.origin, start_cue=art.start_cue,
            manual=sorted(set(art.manual) | {"carried"}), flag="")
        carried[art.id] = moved.id
        within_limit(moved.id, 1)
        within_limit(art.id, moved.version)   # the article the editor knows, not its new number (run 32 A9)
        StoryLink.update(first=moved).where(StoryLink.first == art.id).execute()   # its continued story goes along
        StoryLink.update(then=moved).where(StoryLink.then == art.id).execute()
        line_map = {ob.line: nb.line for ob, nb in pairs}
        claimed.update(nb.id for _, nb in pairs)
        lost: list[Entity] = []
        unset: dict[int, list[str]] = {}   # old line → the marks a person set there that are not carried
        emptied = set()
        ordered = list(Entity.select().where(Entity.article == art).order_by(Entity.start, Entity.id))
        held = (ordered, [e.start for e in ordered])
        spans = sorted((nb.start, nb.end) for _, nb in pairs)   # the automation's suggestions there give way
        doomed = [e.id for e in Entity.select(Entity.id, Entity.start, Entity.end).where(
            (Entity.file == new) & (Entity.origin == "auto")) if _inside(spans, e.start, e.end)]
        for k in range(0, len(doomed), 500):
            Entity.delete().where(Entity.id.in_(doomed[k:k + 500])).execute()
        for pos, (ob, nb) in enumerate(pairs):
            if nb.article_id:
                emptied.add(nb.article_id)
                taken.setdefault(nb.article_id, set()).add(moved.id)
            copy = _copy_of(ob.duplicate_of, line_map, became, nb.line)
            dropped = "duplicate" in ob.manual and bool(ob.duplicate_of) and copy is None   # (run 45 A1: unsaid)
            Block.update(article=moved, position=pos, role=ob.role, cue=ob.cue, joins_previous=ob.joins_previous,
                         join_cue=ob.join_cue, duplicate_of=copy,
                         manual=[m for m in ob.manual if m != "duplicate" or not dropped]).where(
                Block.id == nb.id).execute()
            if dropped:
                unset.setdefault(ob.line, []).append(MARKS["duplicate"])
            lost += carry_entities(old, new, ob, nb, art.id, moved.id, changed=False, held=held)
        shuffled = sum(ob.line in moved_lines for ob, _ in pairs)
        notes = [CARRY_NOTES["moved"].format(n=shuffled, m=len(old_blocks))] if shuffled and \
            len(pairs) == len(old_blocks) else []   # its text in another order: looked at again (run 38 A6)
        if len(pairs) < len(old_blocks):
            # the changed lines stand where the article's lines went: they belong to it too, never another story
            # (run 34 A35, run 37 A23, A24); a line changed one for one keeps what a person set on it (run 43 A20,
            # run 45 A7, A8)
            found = {ob.line for ob, _ in pairs}
            waiting = {ob.line: ob for ob in old_blocks if ob.line not in found}
            for pos, (was, leftover) in enumerate(_replacements(set(waiting), old_all, new_blocks, paired, claimed,
                                                                placed, (old_keys, new_keys)), start=len(pairs)):
                claimed.add(leftover.id)
                if leftover.article_id:
                    emptied.add(leftover.article_id)
                    taken.setdefault(leftover.article_id, set()).add(moved.id)
                Entity.update(article=moved).where(entities_within(new, leftover.start, leftover.end)).execute()
                Block.update(article=moved, position=pos).where(Block.id == leftover.id).execute()
                if (stood := waiting.pop(was) if was in waiting else None) is not None:
                    line_map[stood.line] = leftover.line
                    if missed := carry_marks(stood, leftover, _copy_of(stood.duplicate_of, line_map, became,
                                                                       leftover.line)):
                        unset.setdefault(stood.line, []).extend(missed)
                    lost += carry_entities(old, new, stood, leftover, art.id, moved.id, changed=True, held=held)
            for ob in waiting.values():   # its line gone, or not one for one with the new lines
                if missed := marks_left(ob):
                    unset.setdefault(ob.line, []).extend(missed)
                lost += [e for e in within(*held, ob.start, ob.end) if decided(e)]
            notes.append(CARRY_NOTES["changed"].format(n=len(old_blocks) - len(pairs), m=len(old_blocks)))
        placed.update(ob.line for ob in old_blocks)
        notes += [CARRY_NOTES["unset"].format(mark=mark, line=line) for line, marks in sorted(unset.items())
                  for mark in marks]
        if lost:   # placed by their text once every line has found its article (run 51 A1, A24, A35)
            waiting_text.append((moved.id, art.title, notes, lost, old_blocks))
        elif notes:
            Article.update(flag=CHANGED, status="in_review").where(Article.id == moved.id).execute()
            report.flagged.append(noted(art.title, *notes))
        else:
            report.kept += 1
        for pos, b in enumerate(Block.select().where(Block.article == moved).order_by(Block.line)):
            Block.update(position=pos).where(Block.id == b.id).execute()
        if len(pairs) < len(old_blocks):   # lines gone: what no person set is read again from the lines it keeps
            write_fields_anew(moved, set(art.manual))   # (run 40 A36: a title from a line the delivery dropped)
        for art_id in emptied:
            if not Block.select().where(Block.article == art_id).exists():
                Entity.delete().where(Entity.article == art_id).execute()
                Article.delete().where(Article.id == art_id).execute()
    in_place = one_for_one(old_all, new_blocks, paired, (old_keys, new_keys))   # a noise line changed in place
    # stays out (run 45 A8); one like its new line only (run 52 A18)
    noise = list(Block.select().where((Block.file == old) & Block.article.is_null()))
    changed_noise = {ob.line: at for ob in noise if ob.line not in became and (at := in_place.get(ob.line))}
    fresh -= {at.id for ob in noise if "article" in ob.manual and (at := changed_noise.get(ob.line))}   # never
    leftovers(new_blocks, taken, fresh, report.flagged)   # "new" and joined to the article (run 48 A5)
    unchanged = {new_blocks[j].id for j in found_new}
    for moved_id, title, notes, lost, old_blocks in waiting_text:
        if still := place_by_text(old, new, lost, old_blocks, moved_id, unchanged):
            notes.append(not_carried([e.text for e in still]))
        Article.update(flag=CHANGED, status="in_review").where(Article.id == moved_id).execute()
        report.flagged.append(noted(title, *notes or [CARRY_NOTES["placed"]]))
    report.flagged += noise_unsure(old, new, [ob for ob in noise if "article" in ob.manual and ob.line not in became
                                              and ob.line in in_place and in_place[ob.line] is None],
                                   [nb for nb in new_blocks if nb.id not in unchanged])
    if noise_kept(noise, {**changed_noise, **became}) and changed_noise:
        out = [Block.get_by_id(nb.id) for _, nb in sorted(changed_noise.items())]
        report.flagged += [noted(LINE.format(n=b.line), CARRY_NOTES["noise"]) for b in out
                           if b.article_id is None and "article" in b.manual]
    report.flagged += set_aside(old, new, noise, {**changed_noise, **became}, carried)
    report.flagged += links_of_left(old, new)
    old_articles = Article.select(Article.id).where(Article.file == old)
    StoryLink.delete().where((StoryLink.first.in_(old_articles) | StoryLink.then.in_(old_articles))
                             & (StoryLink.origin == "auto") & (StoryLink.status == "suggested")).execute()
    if old.page_source == "manual":   # a page an editor named keeps its name in the new version
        SourceFile.update(issue_date=old.issue_date, page_label=old.page_label, page_source="manual").where(
            SourceFile.id == new.id).execute()
    Assignment.update(file=new.id).where(Assignment.file == old.id).execute()   # the page stays given to its editors
    SourceFile.update(replaced_by=new.id).where(SourceFile.id == old.id).execute()
    renumber(new)
    EditLog.create(at=now(), who=who, action="new_version",
                   summary=f"{new.name}: new version imported; {report.kept} articles kept, "
                           f"{len(report.flagged)} flagged for review",
                   payload={"old_file": old.id, "new_file": new.id, "flagged": report.flagged})
    return report
