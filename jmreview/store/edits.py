"""The corrections an editor makes, each one reversible, run in one transaction and logged.

Every function takes the store, the editor's name and database ids (never view indexes),
and returns the EditLog id that ``changes.undo``/``changes.redo`` take. What a person sets
is remembered in the row's ``manual`` list so that automation never redoes it.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jmreview.analysis.cue_codes import encode
from jmreview.analysis.dates import typed_date
from jmreview.analysis.script import to_simplified
from jmreview.store.changes import Changes, EditConflict, record
from jmreview.store.database import Store
from jmreview.store.derived import refresh_fields, set_aside_entities
from jmreview.store.models import (
    CATEGORIES,
    ROLES,
    STATUSES,
    Article,
    Block,
    Entity,
    SourceFile,
    StoryLink,
    entities_within,
    now,
)
from jmreview.store.story_edits import move_links

ARTICLE_TEXT_FIELDS = ("title", "kicker", "subtitle", "category", "date")
ARTICLE_LIST_FIELDS = ("reporters", "correspondents", "photographers", "sources")
LABEL_NAMES = "PER LOC ORG DATE".split()



def _manual(changes: Changes, row: Block | Article, *names: str) -> None:
    marks = sorted(set(row.manual) | set(names))
    changes.set(row, manual=marks)


def check_version(article: Article, expected: int | None) -> None:
    """Refuse when an article is no longer at the version the caller showed (None: no check)."""
    if expected is not None and article.version != expected:
        raise EditConflict(f"article {article.id} 《{article.title}》 was changed elsewhere "
                           f"(version {article.version}, expected {expected}); reload it and try again",
                           "article_changed", title=article.title)


Seen = Mapping[str, Any]
"""A block as the window showed it: {"article_id": …, "role": …, "joins_previous": …, "duplicate_of": …}."""


def _check_seen(block_id: int, seen: Seen | None) -> Block:
    """The block as stored now (call inside the edit's transaction); refused when it is not as the editor saw it."""
    block = Block.get_by_id(block_id)
    if seen and any(getattr(block, name) != value for name, value in seen.items()):
        raise EditConflict(f"line {block.line} was changed elsewhere since it was shown; nothing was changed — "
                           "look at it again and retry", "line_changed", line=block.line)
    return block


def _check_versions(articles: list[Article], versions: list[int] | None) -> None:
    """Refuse when an article is no longer at the version the editor saw (call inside the transaction)."""
    for art, seen in zip(articles, versions or []):
        check_version(Article.get_by_id(art.id), seen)


def drop_if_empty(ch: Changes, article: Article) -> bool:
    """An article left with no line goes, with what hangs on it (logged: undo brings it back); True if it went."""
    if Block.select().where(Block.article == article.id).exists():
        return False
    for e in Entity.select().where(Entity.article == article.id):   # set-aside ones: no cascade unlogged
        ch.delete(e)
    for link in StoryLink.select().where((StoryLink.first == article.id) | (StoryLink.then == article.id)):
        ch.delete(link)
    ch.delete(article)
    renumber_articles(ch, article.file_id)
    return True


def _renumber_blocks(changes: Changes, article: Article) -> None:
    for pos, b in enumerate(Block.select().where(Block.article == article).order_by(Block.line)):
        changes.set(b, position=pos)


RENUMBER_SQL = ('SELECT a."id", a."reading_order", (SELECT MIN(b."line") FROM "block" b WHERE b."article_id" = a."id") '
                'FROM "article" a WHERE a."file_id" = ?')


def renumber_articles(changes: Changes, source_id: int) -> None:
    """Number a file's articles 0, 1, … in the order of their first lines (those without lines last): read in one
    query, only the numbers that change written (run 27 A26: a merge on a page of 28,000 articles took 15 s)."""
    rows = Article._meta.database.execute_sql(RENUMBER_SQL, [source_id]).fetchall()
    ordered = sorted(rows, key=lambda r: (1 << 30 if r[2] is None else r[2], r[0]))
    for order, (art_id, old, _) in enumerate(ordered):
        if old != order:
            changes.set_read(Article, art_id, source_id, "reading_order", old, order)


# -- blocks -------------------------------------------------------------------------
def _set_block(store: Store, who: str, block: Block, action: str, summary: str, mark: str, seen: Seen | None,
               **values: Any) -> int:
    """Change fields of one block (not its role), remember a person set them, and touch its article."""
    with record(store, who, action, f"line {block.line}: {summary}") as ch:
        block = _check_seen(block.id, seen)
        ch.set(block, **values)
        _manual(ch, block, mark)
        if block.article_id:
            ch.touch(Article.get_by_id(block.article_id))
    return ch.log_id()


def set_block_role(store: Store, who: str, block_id: int, role: str, seen: Seen | None = None) -> int:
    """Give a block another role."""
    return set_block_roles(store, who, [block_id], role, {block_id: seen} if seen else None)


def set_block_roles(store: Store, who: str, block_ids: list[int], role: str,
                    seen: Mapping[int, Seen] | None = None) -> int:
    """Give one or several blocks a role, in one edit (their articles' fields follow)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    lines = [Block.get_by_id(i).line for i in block_ids]
    where = f"line {lines[0]}" if len(lines) == 1 else "lines " + ", ".join(map(str, lines))
    with record(store, who, "set_role", f"{where}: role → {role}") as ch:
        articles = set()
        for block_id in block_ids:
            block = _check_seen(block_id, (seen or {}).get(block_id))
            ch.set(block, role=role)
            _manual(ch, block, "role")
            articles |= {block.article_id} if block.article_id else set()
        for article_id in sorted(articles):
            ch.touch(Article.get_by_id(article_id))
        refresh_fields(ch, sorted(articles))
    return ch.log_id()


def set_noise(store: Store, who: str, block_id: int, noise: bool, seen: Seen | None = None) -> int:
    """Take a block out of its article (noise), or bring a noise block back into the nearest article."""
    block = Block.get_by_id(block_id)
    with record(store, who, "set_noise", f"line {block.line}: {'noise' if noise else 'back into an article'}") as ch:
        block = _check_seen(block_id, seen)
        if noise and block.article_id:
            article = Article.get_by_id(block.article_id)
            ch.set(block, article=None, joins_previous=False, duplicate_of=None)
            set_aside_entities(ch, block, article.id)
            if not drop_if_empty(ch, article):
                ch.touch(article)
                _renumber_blocks(ch, article)
                refresh_fields(ch, [article.id])
        elif not noise and not block.article_id:
            near = (Block.select().where((Block.file == block.file) & Block.article.is_null(False)
                                         & (Block.line < block.line)).order_by(Block.line.desc()).first()
                    or Block.select().where((Block.file == block.file) & Block.article.is_null(False))
                    .order_by(Block.line).first())
            if near is None:
                raise EditConflict("the file has no article to put this block into", "no_article")
            article = Article.get_by_id(near.article_id)
            ch.set(block, article=article)
            inside = entities_within(block.file_id, block.start, block.end)
            for e in Entity.select().where(inside & (Entity.article != article.id)):  # its entities come along
                ch.touch(Article.get_by_id(e.article_id))
                ch.set(e, article=article)
            ch.touch(article)
            _renumber_blocks(ch, article)
            refresh_fields(ch, [article.id])
        _manual(ch, block, "article")
    return ch.log_id()


def set_join(store: Store, who: str, block_id: int, joined: bool, seen: Seen | None = None) -> int:
    """Join a block to the previous one (a sentence cut by layout), or undo the join."""
    return _set_block(store, who, Block.get_by_id(block_id), "set_join", "join" if joined else "no join", "join",
                      seen, joins_previous=joined, join_cue=encode("hand.set"))


def set_duplicate(store: Store, who: str, block_id: int, of_line: int | None, seen: Seen | None = None) -> int:
    """Mark a block as a duplicate of an earlier line of its article, or clear the mark."""
    block = Block.get_by_id(block_id)
    if of_line is not None and of_line >= block.line:
        raise ValueError("a duplicate points to an earlier line")
    return _set_block(store, who, block, "set_duplicate", f"duplicate of {of_line}", "duplicate",
                      seen, duplicate_of=of_line)


# -- articles -----------------------------------------------------------------------
def split_article(store: Store, who: str, block_id: int, seen: Seen | None = None) -> int:
    """Start a new article at a block: it and the blocks after it in its article move there."""
    line = Block.get_by_id(block_id).line
    with record(store, who, "split_article", f"new article at line {line}") as ch:
        block = _check_seen(block_id, seen)
        if not block.article_id:
            raise EditConflict(f"line {block.line} is in no article", "line_in_no_article", line=block.line)
        old = Article.get_by_id(block.article_id)
        moving = list(Block.select().where((Block.article == old) & (Block.line >= block.line)).order_by(Block.line))
        if len(moving) == Block.select().where(Block.article == old).count():
            raise EditConflict(f"line {block.line} already starts its article", "already_starts", line=block.line)
        head = next((b for b in moving if b.role == "headline"), None)
        title = (store_text(block.file_id, head) if head else store_text(block.file_id, block))[:80]
        new = ch.create(Article, file=old.file_id, reading_order=old.reading_order + 1, title=title,
                        title_simplified=to_simplified(title), category=old.category, origin="manual",
                        start_cue=encode("hand.article", who=who), manual=["article"], created_at=now(),
                        updated_at=now())
        for b in moving:
            ch.set(b, article=new)
            _manual(ch, b, "article")
        for e in Entity.select().where((Entity.article == old) & (Entity.start >= block.start)):
            ch.set(e, article=new)
        ch.touch(old)
        _manual(ch, old, "blocks")
        _renumber_blocks(ch, old)
        _renumber_blocks(ch, new)  # type: ignore[arg-type]
        renumber_articles(ch, old.file_id)
        refresh_fields(ch, [old.id, new.id])
    return ch.log_id()


def store_text(file_id: int, block: Block) -> str:
    """A block's text without markdown marks, as a title candidate."""
    from jmreview.analysis.cues import strip_marks
    from jmreview.store.queries import block_display

    source = SourceFile.get_by_id(file_id)
    return strip_marks(block_display(source.text, block))[0]


def merge_articles(store: Store, who: str, article_id: int, other_id: int, versions: list[int] | None = None) -> int:
    """Merge another article of the same file into this one (blocks, entities); the other goes."""
    keep, gone = Article.get_by_id(article_id), Article.get_by_id(other_id)
    if keep.file_id != gone.file_id or keep.id == gone.id:
        raise EditConflict("only two different articles of the same file can be merged", "merge_files")
    with record(store, who, "merge_articles", f"《{gone.title}》 merged into 《{keep.title}》") as ch:
        _check_versions([keep, gone], versions)
        for b in Block.select().where(Block.article == gone):
            ch.set(b, article=keep)
            _manual(ch, b, "article")
        for e in Entity.select().where(Entity.article == gone):
            ch.set(e, article=keep)
        move_links(ch, gone.id, keep.id)
        ch.delete(gone)
        ch.touch(keep)
        _manual(ch, keep, "blocks")
        _renumber_blocks(ch, keep)
        renumber_articles(ch, keep.file_id)
        refresh_fields(ch, [keep.id])
    return ch.log_id()


def neighbour(article_id: int, step: int) -> Article | None:
    """The article before (step -1) or after (+1) in reading order, in the same file."""
    art = Article.get_by_id(article_id)
    query = Article.select().where(Article.file == art.file_id)
    if step < 0:
        return query.where(Article.reading_order < art.reading_order).order_by(Article.reading_order.desc()).first()
    return query.where(Article.reading_order > art.reading_order).order_by(Article.reading_order).first()


def move_blocks(store: Store, who: str, block_ids: list[int], article_id: int,
                seen: Mapping[int, Seen] | None = None) -> int:
    """Move blocks (and their entities) into another article of the same file."""
    target = Article.get_by_id(article_id)
    blocks = [Block.get_by_id(i) for i in block_ids]
    if any(b.file_id != target.file_id for b in blocks):
        raise EditConflict("blocks can only move to an article of their own file", "move_files")
    lines = ", ".join(str(b.line) for b in blocks)
    with record(store, who, "move_blocks", f"lines {lines} → 《{target.title}》") as ch:
        blocks = [_check_seen(b.id, (seen or {}).get(b.id)) for b in blocks]
        sources = {b.article_id for b in blocks if b.article_id and b.article_id != target.id}
        for b in blocks:
            inside = entities_within(b.file_id, b.start, b.end)
            for e in Entity.select().where(inside):
                ch.set(e, article=target)
            ch.set(b, article=target)
            _manual(ch, b, "article")
        ch.touch(target)
        _renumber_blocks(ch, target)
        kept = [art_id for art_id in sources if not drop_if_empty(ch, Article.get_by_id(art_id))]
        for art_id in kept:
            src = Article.get_by_id(art_id)
            ch.touch(src)
            _renumber_blocks(ch, src)
        renumber_articles(ch, target.file_id)
        refresh_fields(ch, [target.id, *kept])
    return ch.log_id()


def typed(value: object) -> str:
    """What a person typed or pasted, as it is kept: without NUL characters (no text holds one; an export or a server
    could not take it back) and the white space around it."""
    return str(value).replace("\x00", "").strip()


def set_article_field(store: Store, who: str, article_id: int, name: str, value: Any,
                      expected_version: int | None = None) -> int:
    """Edit one article field (title, kicker, subtitle, category, date, or a list of names)."""
    article = Article.get_by_id(article_id)
    check_version(article, expected_version)   # at once, and again once the write lock is held
    if name in ARTICLE_LIST_FIELDS:
        value = [typed(v) for v in value if typed(v)]
    elif name in ARTICLE_TEXT_FIELDS:
        value = (typed(value) or None) if name == "date" else typed(value)
        if name == "category" and value not in CATEGORIES:
            raise ValueError(f"unknown category {value!r}")
        if name == "date" and value is not None:   # 2024/1/5, 2024年1月5日 kept as 2024-01-05 (run 27 B13, B21)
            iso = typed_date(value)
            if iso is None:
                raise EditConflict(f"“{value}” is not a day of the calendar: type it as 2024-01-05 (or 2024/1/5, "
                                   "2024年1月5日); nothing was changed", "bad_date", value=value[:40])
            value = iso
    else:
        raise ValueError(f"{name!r} is not an editable article field")
    with record(store, who, "set_field", f"《{article.title}》 {name} → {value}") as ch:
        article = Article.get_by_id(article_id)   # another writer may have committed while this one waited
        check_version(article, expected_version)
        ch.set(article, **{name: value})
        if name == "title":
            ch.set(article, title_simplified=to_simplified(value))
        _manual(ch, article, name)
        ch.touch(article)
    return ch.log_id()


def set_status(store: Store, who: str, article_id: int, status: str, expected_version: int | None = None) -> int:
    """Set an article's status (in review, reviewed, rejected, or back to auto)."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    article = Article.get_by_id(article_id)
    check_version(article, expected_version)
    with record(store, who, "set_status", f"《{article.title}》 → {status}") as ch:
        article = Article.get_by_id(article_id)   # another writer may have committed while this one waited
        check_version(article, expected_version)
        done = status in ("reviewed", "rejected")
        ch.set(article, status=status, reviewer=who if done else None, reviewed_at=now() if done else None)
        ch.touch(article)
    return ch.log_id()
