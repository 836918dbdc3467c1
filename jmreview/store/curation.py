"""Curation: settle each difference between a page's two review copies on the page of record, undoably.

Taking a side (``a`` or ``b``) writes that copy's answer for one difference onto the page, and records the
decision; ``own`` keeps the curator's own answer (a role or label given with it, or the page as the curator
edited it). Each take is one logged edit, so each undo takes one decision back. The first take also writes
what both reviewers agree on onto the page (where they differ, the page keeps its own answer until that is
settled), so undoing it gives the page back as it was before curation. When every difference is settled the
page is 'curated'.
"""
from __future__ import annotations

from typing import Any

from peewee import fn

from jmreview.analysis.script import to_simplified_aligned
from jmreview.errors import Coded
from jmreview.store.changes import Changes, EditConflict, record
from jmreview.store.curation_diff import COMPARED, FIELDS, Difference, Side, answer, compare, read_side, with_decisions
from jmreview.store.database import Store
from jmreview.store.derived import refresh_fields
from jmreview.store.editor_names import person
from jmreview.store.edits import renumber_articles
from jmreview.store.models import (
    ROLES,
    Article,
    Block,
    CurationDecision,
    Entity,
    Label,
    SourceFile,
    database_proxy,
    now,
)
from jmreview.store.queries import page_name
from jmreview.store.story_edits import move_links
from jmreview.store.team import ARTICLE_COPIED, ENTITY_COPIED, TEAM, moved_copy, review_copies

STATES = ("double", "curating", "curated")   # a page under double review, in curation, or curated
BLOCK_TAKEN = ("position", "role", "cue", "joins_previous", "join_cue", "duplicate_of", "manual")
CURATION = {   # refusals, worded for the window by gui.store_messages
    "no_pair": "{name} has no two review copies to curate; mark it for double review first",
    "broken_pair": "{name} is under double review, but {n} of its two review copies is left (another program moved "
                   "or deleted one): nothing can be curated; mark it for double review again by the same two editors "
                   "(the lost copy is made anew from the page, the other kept), or restore a backup; `jmreview "
                   "doctor` names the copy",   # (run 34 B47: "it cannot be marked again" — it can)
    "broken_review": "{name}: its review is not as jmreview makes it ({why}; another program changed the database): "
                     "nothing can curate it; doctor names what is wrong: restore a backup, or take the page back "
                     "from double review and mark it again; nothing was changed",
    "copy_changed": "{name}: {editor}'s review copy no longer holds the page's text and lines as they were copied "
                    "(another program changed the database): it cannot be curated; restore a backup, or take the "
                    "page back from double review and mark it again; nothing was changed",
    "no_difference": "{name}: there is no difference “{key}” between the review copies of {a} and {b} (they changed "
                     "since, or the page went to a new round of double review: list its differences again); nothing "
                     "was changed",
    "own_value": "“{value}” is not an answer for {key}: a role difference takes a role (kicker, headline, "
                 "subheadline, byline, subhead, caption, note, body); nothing was changed",
    "own_label": "“{value}” is not an answer for {key}: an entity difference takes one of the database's labels (PER, "
                 "LOC, ORG, DATE…) or nothing, to have no entity there; nothing was changed",
    "own_none": "“{value}” is not an answer for {key}: this difference takes a, b, or own with no value (the page's "
                "own answer, as the curator corrected it); nothing was changed",
    "not_agreed": "{name}: the reviewers differ in {n} places (or its curation has begun): settle each difference; "
                  "nothing was changed",
    "own_review": "{who} is one of the two reviewers of {name}: another editor curates it (a decision freezes both "
                  "review copies, the other reviewer's too); nothing was changed",
    "changed_since": "{name}: the answers for “{key}” changed since they were shown (a reviewer or an editor "
                     "changed them); look at them again; nothing was changed",
    "corrected_since": "{name}: “{key}” was settled, and the page's answer has been corrected since ({page}): a new "
                       "take would replace that correction; look at it in the window's curation view, or correct the "
                       "page itself; nothing was changed",
    "settled_since": "{name}: {who} settled “{key}” since it was shown (taking {whose}'s answer); look at it again; "
                     "nothing was changed",
}


_READ: dict[tuple[str, int, int], tuple[tuple[object, ...], tuple[Side, Side]]] = {}   # the last pair read, by copies


def _sides(page: SourceFile) -> tuple[Side, Side]:
    """The page's two review copies as they are now (read once while they stay as they are: `curate --all` settles
    hundreds of differences of a long page one take at a time)."""
    copies = review_copies(page.id)
    name = page_name(page)   # with its folder when two current pages share its name (run 64 B44)
    if len(copies) < 2 and page.review_state in STATES and (moved := moved_copy(page)) is not None:
        raise EditConflict(str(Coded(TEAM["copy_elsewhere"], page=name, editor=moved)), "copy_elsewhere",
                           page=name, editor=moved)   # (run 35 B23: "mark it again" — which refuses it)
    if len(copies) < 2 and page.review_state in STATES:   # (run 31 B39: "mark it for double review first", which
        raise EditConflict(str(Coded(CURATION["broken_pair"], name=name, n=len(copies))),   # then failed on a
                           "broken_pair", name=name, n=len(copies))                         # unique key)
    if len(copies) < 2:
        raise EditConflict(str(Coded(CURATION["no_pair"], name=name)), "no_pair", name=name)
    a, b = copies[:2]
    why = ("it is not under double review" if page.review_state == ""
           else "its review state is not one jmreview sets" if page.review_state not in STATES
           else "it has more than two review copies" if len(copies) > 2
           else "a review copy names no editor" if not (a.review_editor or "").strip()
           or not (b.review_editor or "").strip()   # (run 35 B25: curated, its decisions naming nobody)
           else "both review copies are one person's" if person(a.review_editor or "") == person(b.review_editor or "")
           else "")
    if why:   # (run 26 B17: doctor named it, and curation went on building on it)
        raise EditConflict(str(Coded(CURATION["broken_review"], name=page_name(page), why=why)), "broken_review",
                           name=page_name(page), why=why)
    key = (str(getattr(database_proxy.obj, "database", "")), a.id, b.id)   # (of this database: a copy has its ids)
    now = tuple(Article.select(fn.COUNT(Article.id), fn.SUM(Article.version), fn.MAX(Article.updated_at)).where(
        Article.file.in_(key[1:])).tuples().first() or ())   # every edit of a copy raises an article's version
    if key in _READ and _READ[key][0] == now:
        return _READ[key][1]
    _READ.clear()
    for copy in (a, b):
        if not same_as_page(page, copy):   # changed by another program: no answer of it can be trusted (run 24 B35)
            raise EditConflict(str(Coded(CURATION["copy_changed"], name=page_name(page), editor=copy.review_editor)),
                               "copy_changed", name=page_name(page), editor=copy.review_editor)
    sides = read_side(a.id, a.review_editor or ""), read_side(b.id, b.review_editor or "")
    for side in sides:   # (run 32 B30: an article moved to the other copy by psql: "unexpected error: KeyError")
        if any(row.article_id and row.article_id not in side.articles for row in side.blocks.values()):
            why = "a line of a review copy belongs to an article of another file"
            raise EditConflict(str(Coded(CURATION["broken_review"], name=page_name(page), why=why)), "broken_review",
                               name=page_name(page), why=why)
    _READ[key] = (now, sides)
    return sides


def _not_a_reviewer(store: Store, who: str, page: SourceFile, a: Side, b: Side) -> None:
    """Refuse one of the page's two reviewers as its curator, however her name is written — on a server, also when
    the login is hers and another name is given (run 27 B51: `--editor 主编` from her own role; the store read its
    role when it opened)."""
    for name in (who, str(getattr(store, "role", "") or "")):
        if name and person(name) in (person(a.editor), person(b.editor)):
            raise EditConflict(str(Coded(CURATION["own_review"], who=name, name=page_name(page))), "own_review",
                               who=name, name=page_name(page))


def same_as_page(page: SourceFile, copy: SourceFile) -> bool:
    """True when a review copy holds its page's text and lines as they were copied (the store never changes either:
    another program did, run 24 B35/B36)."""
    def spans(file_id: int) -> list[Any]:
        rows: Any = Block.select(Block.line, Block.start, Block.end).where(Block.file == file_id).order_by(
            Block.line, Block.start).tuples()
        return [tuple(row) for row in rows]

    found: Any = SourceFile.select(SourceFile.id, SourceFile.text).where(SourceFile.id.in_([page.id, copy.id])).tuples()
    texts = {int(i): str(t) for i, t in found}
    return texts.get(page.id) == texts.get(copy.id) and spans(page.id) == spans(copy.id)


def differences(page_id: int) -> list[Difference]:
    """Every difference between the page's two review copies, each marked with how it was settled."""
    page = SourceFile.get_by_id(page_id)
    a, b = _sides(page)
    return with_decisions(page_id, compare(a, b))


def take(store: Store, who: str, page_id: int, key: str, side: str, value: str | None = None,
         seen: str | None = None, shown: tuple[str, str, str] | None = None) -> int:
    """Settle one difference: 'a' or 'b' takes that copy's answer, 'own' the curator's (value, or the page as is).

    `seen` is how the caller was shown it settled (None: unsettled); a decision made since is never overwritten.
    `shown` is the answers the caller showed (A's, B's, the page's own where it is neither's: `Difference.a/b/page`):
    answers changed since are never taken unseen. Without it (the command line), a settled difference whose page
    answer was corrected since is not taken again over that correction.
    """
    if side not in ("a", "b", "own"):
        raise ValueError(f"unknown side {side!r}")
    with record(store, who, "curate", f"{key}: {side}") as ch:
        page = SourceFile.get_by_id(page_id)
        a, b = _sides(page)
        _not_a_reviewer(store, who, page, a, b)   # settling her own disagreement ends the other's
        found = {d.key: d for d in compare(a, b)}
        diff = found.get(key)
        if diff is None:
            pair = {"a": a.editor or "", "b": b.editor or ""}   # (run 58 B10: a new round unsaid)
            raise EditConflict(str(Coded(CURATION["no_difference"], name=page_name(page), key=short(key), **pair)),
                               "no_difference", name=page_name(page), key=short(key), **pair)
        decision = CurationDecision.get_or_none((CurationDecision.file == page.id) & (CurationDecision.key == key))
        if decision is not None and decision.taken != seen:   # someone settled it since it was shown: theirs stays
            whose = {"a": a.editor, "b": b.editor}.get(decision.taken, decision.who)
            name = page_name(page)
            raise EditConflict(str(Coded(CURATION["settled_since"], name=name, who=decision.who, key=key,
                                         whose=whose)), "settled_since", name=name, who=decision.who, key=key,
                               whose=whose)
        _unchanged(page, diff, decision, shown)
        if page.review_state in ("", "double"):
            agree_first(ch, page.id, a, b)
            ch.set(page, review_state="curating")
        if side != "own":
            _apply(ch, page.id, a if side == "a" else b, diff)
        elif value is not None:
            _own(ch, page.id, diff, value)
        if decision is None:
            ch.create(CurationDecision, file=page.id, key=key, taken=side, editor_a=a.editor, editor_b=b.editor,
                      who=who, at=now())
        else:
            ch.set(decision, taken=side, who=who, at=now())   # a retake is a decision of now (run 37 B41)
        stored = CurationDecision.get_or_none((CurationDecision.file == page.id) & (CurationDecision.key == key))
        if stored is None or stored.taken != side:   # a trigger of an administrator's rewrote it (run 39 B34)
            from jmreview.store.server_errors import ServerRefused
            from jmreview.store.server_messages import SERVER_MESSAGES

            raise ServerRefused(Coded(SERVER_MESSAGES["rewritten"], path=store.path, table="curationdecision"))
        settled = {d.key for d in CurationDecision.select().where(CurationDecision.file == page.id)}
        if set(found) <= settled:
            ch.set(SourceFile.get_by_id(page.id), review_state="curated")
    return ch.log_id()


def _unchanged(page: SourceFile, diff: Difference, decision: CurationDecision | None,
               shown: tuple[str, str, str] | None) -> None:
    """Refuse a take over answers the curator did not see: a copy's or the page's answer changed since shown, or
    (nothing shown) the page's answer corrected since the decision that a new take would replace."""
    if shown is None and (decision is None or decision.taken not in ("a", "b")):
        return   # (a first take from the command line: nothing was shown, nothing of the page's is replaced)
    mine = answer(read_side(page.id), diff)
    now = (diff.a, diff.b, mine if mine not in (diff.a, diff.b) else "")
    if shown is not None and tuple(shown) != now:
        raise EditConflict(str(Coded(CURATION["changed_since"], name=page_name(page), key=short(diff.key))),
                           "changed_since", name=page_name(page), key=short(diff.key))
    if shown is None and mine != (diff.a if decision is not None and decision.taken == "a" else diff.b):
        raise EditConflict(str(Coded(CURATION["corrected_since"], name=page_name(page), key=short(diff.key),
                                     page=short(mine))), "corrected_since", name=page_name(page), key=short(diff.key),
                           page=short(mine))


def finish(store: Store, who: str, page_id: int) -> int:
    """Curate a page whose two reviewers agree on everything: their answer goes onto the page (one edit)."""
    with record(store, who, "curate", "all: agreed") as ch:
        page = SourceFile.get_by_id(page_id)
        a, b = _sides(page)
        _not_a_reviewer(store, who, page, a, b)   # agreed too (run 24 B11: curated before anyone had reviewed it)
        left = compare(a, b)
        if left or page.review_state not in ("", "double"):
            raise EditConflict(str(Coded(CURATION["not_agreed"], name=page_name(page), n=len(left))), "not_agreed",
                               name=page_name(page), n=len(left))
        agree_first(ch, page.id, a, b)
        ch.set(page, review_state="curated")
    return ch.log_id()


def agree_first(ch: Changes, page_id: int, a: Side, b: Side) -> None:
    """The first take: what both reviewers agree on goes onto the page; every difference keeps the page's answer."""
    before = read_side(page_id)
    found = compare(a, b)
    disputed = {line for d in found if d.kind == "segment" for line in d.lines}
    agreed = [line for line in sorted(a.blocks) if line not in disputed]
    if agreed:
        rebuild(ch, page_id, a, agreed)   # the agreed cut, with A's answers inside it ...
    for diff in found:                    # ... but where A and B differ, the page's own answer stays
        if diff.kind != "segment" and (diff.kind != "fields" or before.blocks[diff.lines[0]].article_id):
            _apply(ch, page_id, before, diff)
    after = read_side(page_id)            # one accepted a label the other left suggested: agreed on as suggested
    for span, mine in after.entities.items():
        x, y = a.entities.get(span), b.entities.get(span)
        if x is not None and y is not None and a.label(span) == b.label(span) is not None \
                and x.status != y.status and mine.status == "accepted" and mine.label == a.label(span):
            ch.set(mine, status="suggested")


def _apply(ch: Changes, page_id: int, side: Side, diff: Difference) -> None:
    """Write one side's answer for one difference onto the page."""
    line = diff.lines[0]
    if diff.kind == "segment":
        rebuild(ch, page_id, side, list(diff.lines))
        return
    block, theirs = Block.get((Block.file == page_id) & (Block.line == line)), side.blocks[line]   # (not the
    article = Article.get_by_id(block.article_id)                                     # whole page: a long one)
    if diff.kind in ("role", "join", "duplicate"):
        ch.set(block, role=theirs.role, joins_previous=theirs.joins_previous, duplicate_of=theirs.duplicate_of,
               manual=theirs.manual)
    elif diff.kind == "fields":
        source = side.article_at(line)
        # the fields taken are the curator's decision: derived again from the page's lines, they would come back
        # (run 31 B24, B54: a kicker the other side's line roles make, kept under an "a" decision) or drift away
        # under a later role take, the decision then read as corrected since (run 36 B15)
        ch.set(article, title_simplified=source.title_simplified, manual=sorted({*source.manual, *FIELDS}),
               reviewer=source.reviewer, reviewed_at=source.reviewed_at,
               **{name: getattr(source, name) for name in COMPARED})
    elif diff.kind == "entity":
        start, end = (int(x) for x in diff.key.split(":")[1:])
        mine = Entity.select().where((Entity.file == page_id) & (Entity.start == start) & (Entity.end == end)
                                     & (Entity.article == article.id)).order_by(Entity.id).first()
        _entity(ch, mine, side.entities.get((start, end)), article)
    ch.touch(article)
    refresh_fields(ch, [article.id])


def _own(ch: Changes, page_id: int, diff: Difference, value: str) -> None:
    """The curator's own answer: a role for a role difference, a label (or '' for none) for an entity."""
    page = read_side(page_id)
    block = page.blocks[diff.lines[0]]
    if block.article_id is None:
        _not_an_answer(diff, value)
    article = Article.get_by_id(block.article_id)
    if diff.kind == "role" and value in ROLES:
        ch.set(block, role=value, manual=sorted({*block.manual, "role"}))
    elif diff.kind == "entity" and (value == "" or Label.get_or_none(Label.name == value) is not None):
        start, end = (int(x) for x in diff.key.split(":")[1:])
        mine = page.entities.get((start, end))
        if mine is not None and not value:
            ch.delete(mine)
        elif mine is not None:
            ch.set(mine, label=value, status="accepted", origin="manual")
        elif value:
            text = SourceFile.get_by_id(page_id).text[start:end]
            ch.create(Entity, file=page_id, article=article.id, start=start, end=end, text=text,
                      simplified=to_simplified_aligned(text),
                      label=value, origin="manual", status="accepted", created_at=now())
    else:
        _not_an_answer(diff, value)
    ch.touch(article)
    refresh_fields(ch, [article.id])


def short(text: str) -> str:
    """A curator's key or value as a message shows it: 40 characters at most, invisible ones and spaces other than
    the plain one as their code (a full-width space typed by an input method, run 37 B59: shown as '?')."""
    return "".join(ch if ch.isprintable() and (ch == " " or not ch.isspace()) else f"\\u{ord(ch):04x}"
                   for ch in text[:40]) + ("…" if len(text) > 40 else "")


def _not_an_answer(diff: Difference, value: str) -> None:
    """Refuse a curator's own value, saying what this kind of difference takes (the value shown short, printable)."""
    code = {"role": "own_value", "entity": "own_label"}.get(diff.kind, "own_none")
    shown = short(value)
    raise EditConflict(str(Coded(CURATION[code], value=shown, key=diff.key)), code, value=shown, key=diff.key)


def _entity(ch: Changes, mine: Entity | None, theirs: Entity | None, article: Article) -> None:
    """Make the page's entity on a span what the side has there (or none)."""
    if theirs is None:
        if mine is not None:
            ch.delete(mine)
        return
    values: dict[str, Any] = {k: getattr(theirs, k) for k in ENTITY_COPIED}
    if mine is None:
        ch.create(Entity, file=article.file_id, article=article.id, created_at=theirs.created_at, **values)
    else:
        ch.set(mine, article=article.id, **values)


def rebuild(ch: Changes, page_id: int, side: Side, lines: list[int]) -> None:
    """Make the page's articles, lines and entities on some lines what one side has there.

    The side's articles on these lines lie wholly within them (a segment difference is a whole group). A page
    article with the same lines is kept (its id, links and history with it) and given the side's fields; one
    wholly within the lines and matching none goes; one reaching beyond them only loses these lines.
    """
    page = read_side(page_id)
    wanted = set(lines)
    targets = {side.members[side.article_at(n).id] for n in lines if side.blocks[n].article_id}
    mine = {page.article_at(n).id for n in lines if page.blocks[n].article_id}
    kept: dict[tuple[int, ...], int] = {}
    gone, reaching = [], []
    for art_id in sorted(mine):
        members = page.members[art_id]
        if members in targets and members not in kept:
            kept[members] = art_id
        elif set(members) <= wanted:
            gone.append(art_id)
        else:
            reaching.append(art_id)
    placed: dict[int, int] = {}   # the side's article id → the page's
    for members in sorted(targets):
        source = side.article_at(members[0])
        values = {k: getattr(source, k) for k in ARTICLE_COPIED}
        if members in kept:
            ch.set(Article.get_by_id(kept[members]), **values)
            ch.touch(Article.get_by_id(kept[members]))
            placed[source.id] = kept[members]
        else:
            placed[source.id] = ch.create(Article, file=page_id, created_at=now(), updated_at=now(), **values).id
    for n in lines:
        theirs = side.blocks[n]
        ch.set(page.blocks[n], article=placed[theirs.article_id] if theirs.article_id else None,
               **{k: getattr(theirs, k) for k in BLOCK_TAKEN})
    spans = [(page.blocks[n].start, page.blocks[n].end) for n in lines]

    def inside(span: tuple[int, int]) -> bool:
        return any(p <= span[0] and span[1] <= q for p, q in spans)

    for span in sorted({s for s in (*page.entities, *side.entities) if inside(s)}):
        theirs_e = side.entities.get(span)
        target = Article.get_by_id(placed[theirs_e.article_id]) if theirs_e is not None else None
        if target is None:
            if span in page.entities:
                ch.delete(page.entities[span])
        else:
            _entity(ch, page.entities.get(span), theirs_e, target)
    for art_id in gone:
        holder = side.blocks[page.members[art_id][0]].article_id   # where its first line goes: its story links too
        if holder is not None:
            move_links(ch, art_id, placed[holder])
        for e in Entity.select().where(Entity.article == art_id):   # set-aside ones too: no cascade unlogged
            ch.delete(e)
        ch.delete(Article.get_by_id(art_id))
    for art_id in reaching:
        ch.touch(Article.get_by_id(art_id))
    renumber_articles(ch, page_id)
    refresh_fields(ch, reaching)
