"""What a new version's automation made around the articles people worked on, once their lines were carried over.

A person's article takes its lines back from the automatic articles of the new version; what is left of each such
automatic article is looked at in runs of lines next to each other on the page. A run of new text right beside the
person's article is the person's story going on (automation saw one story: run 38 A10, run 41 A6) and joins it,
which is flagged. Any other run stays automatic: the first keeps the article, each further one (a story on the other
side of the person's article) becomes an article of its own, never one that jumps over the person's (run 41 A6); each
reads its title and fields again from the lines it holds, not the headline of the story the person's article took.
A line a person took out as noise stays out (run 42 A19).
"""
from __future__ import annotations

from jmreview.store.derived import write_fields_anew
from jmreview.store.ids import new_article_id
from jmreview.store.models import Article, Block, Entity, entities_within, now
from jmreview.workflows.carry_notes import CARRY_NOTES, noted

CHANGED = "text changed in a new version of the file: check this article against the old one"   # (a flag)


def runs(rest: list[Block], place: dict[int, int]) -> list[list[Block]]:
    """An article's lines in runs of lines next to each other on the page (by their place among its lines)."""
    out: list[list[Block]] = []
    for b in rest:
        if out and place[b.id] == place[out[-1][-1].id] + 1:
            out[-1].append(b)
        else:
            out.append([b])
    return out


def _move(run: list[Block], from_id: int, to_id: int) -> None:
    """Give a run's lines, and the entities on them, to another article."""
    Entity.update(article=to_id).where((Entity.article == from_id) & entities_within(
        run[0].file_id, run[0].start, run[-1].end)).execute()   # lines next to each other: nothing between them
    Block.update(article=to_id).where(Block.id.in_([b.id for b in run])).execute()


def _positions(article_id: int) -> None:
    """Number an article's lines by their place on the page, writing only those whose number changes."""
    for pos, b in enumerate(Block.select(Block.id, Block.position).where(Block.article == article_id)
                            .order_by(Block.line)):
        if b.position != pos:
            Block.update(position=pos).where(Block.id == b.id).execute()


def leftovers(new_blocks: list[Block], taken: dict[int, set[int]], fresh: set[int], flagged: list[str]) -> None:
    """Join new text beside a person's article to it; part what else is left, each part read again."""
    place = {b.id: k for k, b in enumerate(new_blocks)}
    joined: dict[int, int] = {}   # a person's article → the new lines that joined it (one line said: run 50 A13)
    for art_id, takers in taken.items():
        article = Article.get_or_none(Article.id == art_id)
        rest = list(Block.select().where(Block.article == art_id).order_by(Block.line))
        if not rest or article is None:
            continue
        kept: list[list[Block]] = []
        for run in runs(rest, place):
            first, last = place[run[0].id], place[run[-1].id]
            sides = [Block.get_by_id(new_blocks[k].id).article_id for k in (first - 1, last + 1)
                     if 0 <= k < len(new_blocks)]
            owner = next((a for a in sides if a in takers), None)
            if owner is None or not all(b.id in fresh for b in run):
                kept.append(run)
                continue
            _move(run, art_id, owner)
            joined[owner] = joined.get(owner, 0) + len(run)
        for run in kept[1:]:   # the other side of a person's article: a story of its own
            part = Article.create(**new_article_id(), file=article.file_id, reading_order=article.reading_order,
                                  created_at=now(), updated_at=now())
            _move(run, art_id, part.id)
            _positions(part.id)
            write_fields_anew(part)
        if not kept:
            Entity.delete().where(Entity.article == art_id).execute()
            Article.delete().where(Article.id == art_id).execute()
            continue
        _positions(art_id)
        write_fields_anew(article)   # not the headline of the story a person's article took (run 38 A10)
    for owner, n in joined.items():   # renumbered once, not once per run (run 50 A13: quadratic on a long list)
        _positions(owner)
        Article.update(flag=CHANGED, status="in_review").where(Article.id == owner).execute()
        flagged.append(noted(Article.get_by_id(owner).title, CARRY_NOTES["joined"].format(n=n)))


def noise_kept(old_noise: list[Block], became: dict[int, Block]) -> int:
    """Lines a person took out as noise stay out of the new version's articles, as they were set (run 42 A19: back
    in an automatic article, unmarked, unsaid); the articles they leave read their fields again. How many."""
    touched: set[int] = set()
    kept = 0
    for ob in old_noise:
        nb = became.get(ob.line)
        if nb is None or "article" not in ob.manual:
            continue
        now = Block.get_by_id(nb.id)
        if now.article_id is not None and "carried" in Article.get_by_id(now.article_id).manual:
            continue   # a person's article holds it now: theirs
        if now.article_id is not None:
            touched.add(now.article_id)
        Entity.delete().where(entities_within(now.file_id, now.start, now.end)
                              & (Entity.origin == "auto")).execute()   # a guess about a line judged debris
        Block.update(article=None, role=ob.role, joins_previous=False, duplicate_of=None, manual=ob.manual).where(
            Block.id == nb.id).execute()
        kept += 1
    for art_id in touched:
        article = Article.get_or_none(Article.id == art_id)
        if article is None:
            continue
        if not Block.select().where(Block.article == art_id).exists():
            Entity.delete().where(Entity.article == art_id).execute()
            Article.delete().where(Article.id == art_id).execute()
            continue
        _positions(art_id)
        write_fields_anew(article, article.manual)
    return kept
