"""What follows from a block's role and membership, recomputed inside the edit that changes them.

An article's title, kicker, subtitle and credits are read from its lines by the same rules as
on import (``analysis.fields``); an edit that changes a role or which lines an article holds
recomputes them in its own transaction, so undo restores them with it. A field a person set
(named in the article's ``manual`` list) is never overwritten. Entities belong to an article
only while they lie on one of its lines: suggestions on a line that leaves every article go
with it; decided ones stay with the article, set aside until the line comes back.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from peewee import ColumnBase, fn

from jmreview.analysis.blocks import split_blocks
from jmreview.analysis.cues import read_cue
from jmreview.analysis.fields import article_fields
from jmreview.analysis.script import to_simplified
from jmreview.store.changes import Changes
from jmreview.store.models import Article, Block, Entity, SourceFile, entities_within

TEXT_FIELDS = ("title", "kicker", "subtitle")
CREDIT_FIELDS = ("reporters", "correspondents", "photographers", "sources")


def derived_fields(article: Article) -> dict[str, Any] | None:
    """Title, kicker, subtitle and credits as the article's current lines and roles give them (None: no lines)."""
    rows = list(Block.select().where(Block.article == article.id).order_by(Block.position, Block.line))
    if not rows:
        return None
    text = SourceFile.get_by_id(article.file_id).text
    blocks = [split_blocks(text[r.start:r.end])[0] for r in rows]
    members = list(range(len(rows)))
    found = article_fields(members, {n: r.role for n, r in enumerate(rows)}, blocks,
                           [read_cue(b) for b in blocks], {})
    values: dict[str, Any] = {name: getattr(found, name) for name in TEXT_FIELDS}
    values.update({name: found.credits.names[name] for name in CREDIT_FIELDS})
    return values


def fields_anew(article: Article, keep: Iterable[str] = ()) -> dict[str, Any] | None:
    """The derived fields of an article read again from its lines (title_simplified with its title), but those in
    `keep` (the fields a person set); None when it has no lines."""
    values = derived_fields(article)
    kept = set(keep)
    if values is None or ("imported" in kept and not kept & {*values, "category", "status"}):   # restored, no field:
        return None   # what people decided there is unknown, every field kept (run 56 A23: its title read anew)
    values = {name: value for name, value in values.items() if name not in kept}
    if "title" in values:
        values["title_simplified"] = to_simplified(values["title"])
    return values


def write_fields_anew(article: Article, keep: Iterable[str] = ()) -> None:
    """Write them, unlogged: automation's own work inside an import or a re-run's transaction."""
    if values := fields_anew(article, keep):
        Article.update(**values).where(Article.id == article.id).execute()


def refresh_fields(changes: Changes, article_ids: Iterable[int | None]) -> None:
    """Recompute the derived fields of some articles within an edit, leaving alone those a person set."""
    for art_id in sorted({a for a in article_ids if a}):
        article = Article.get_or_none(Article.id == art_id)
        values = fields_anew(article, article.manual) if article is not None else None
        if article is not None and values is not None:
            changes.set(article, **values)


def on_its_lines() -> ColumnBase:
    """True for an entity lying on a line of its own article (entities of a noise line are set aside)."""
    line, before = Block.alias(), Block.alias()   # the line holding it starts last among its article's up to it:
    last = before.select(fn.MAX(before.start)).where((before.article == Entity.article)   # one seek of the
                                                     & (before.start <= Entity.start))    # (article, start) index
    return fn.EXISTS(line.select(line.id).where((line.article == Entity.article) & (line.start == last)
                                                & (line.end >= Entity.end)))


def set_aside_entities(changes: Changes, block: Block, article_id: int) -> None:
    """A line leaves its article: its suggestions go; decided entities stay with the article, set aside.

    A suggestion is the machine's guess about a line now judged debris: nothing is lost by removing
    it (undo brings it back). An accepted or rejected entity, or one a person added, is a person's
    decision: it stays attached to the article (out of its list, accept-all and the export, which
    only see entities on the article's lines) and comes back with the line if it is brought back.
    """
    inside = entities_within(block.file_id, block.start, block.end)
    for e in Entity.select().where(inside & (Entity.article == article_id)):
        if e.status == "suggested" and e.origin == "auto":
            changes.delete(e)
