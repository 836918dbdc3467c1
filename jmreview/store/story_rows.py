"""Plain rows of the newspaper for the window: an article's links, a story's parts, the articles it may continue in."""
from __future__ import annotations

from dataclasses import dataclass

from jmreview.store.models import Article, SourceFile, StoryLink
from jmreview.store.queries import article_text, blocks_of
from jmreview.store.story_edits import story_of


@dataclass(frozen=True)
class LinkRow:
    """A link of an article: the other part, which way, its page and title, the link's status, origin and cue."""

    id: int
    continues: bool          # True: this article continues the other (上接 / 续自); False: it goes on in the other
    other: int
    issue: str | None
    page: str | None
    title: str
    status: str
    origin: str
    cue: str


@dataclass(frozen=True)
class PartRow:
    """One part of a story (or an article that may be one): where it is and what it says."""

    article_id: int
    file_id: int
    issue: str | None
    page: str | None
    file_name: str
    title: str
    text: str = ""


def link_rows(article_id: int) -> list[LinkRow]:
    """The links of an article: those it continues (上接) first, then those it goes on in (转至); rejected last."""
    rows = []
    for link in StoryLink.select().where((StoryLink.first == article_id) | (StoryLink.then == article_id)):
        continues = link.then_id == article_id
        other = Article.get_by_id(link.first_id if continues else link.then_id)
        sf = SourceFile.get_by_id(other.file_id)
        rows.append(LinkRow(link.id, continues, other.id, sf.issue_date, sf.page_label, other.title, link.status,
                            link.origin, link.cue))
    return sorted(rows, key=lambda r: (r.status == "rejected", not r.continues, r.page or "", r.other))


def _part(article: Article, with_text: bool) -> PartRow:
    sf = SourceFile.get_by_id(article.file_id)
    text = article_text(sf.text, blocks_of(article)) if with_text else ""
    return PartRow(article.id, sf.id, sf.issue_date, sf.page_label, sf.name, article.title, text)


def story_parts(article_id: int) -> list[PartRow]:
    """The whole story an article belongs to, its parts in order (links not rejected), each with its text."""
    return [_part(Article.get_by_id(i), True) for i in story_of(article_id)]


def continuation_candidates(article_id: int) -> list[PartRow]:
    """The articles this one may continue in: the other pages of its issue (every page when it has none)."""
    art = Article.get_by_id(article_id)
    sf = SourceFile.get_by_id(art.file_id)
    query = (Article.select(Article, SourceFile).join(SourceFile)
             .where(SourceFile.replaced_by.is_null() & (Article.file != sf.id)))
    if sf.issue_date:
        query = query.where(SourceFile.issue_date == sf.issue_date)
    found = [_part(a, False) for a in query]
    return sorted(found, key=lambda p: (p.issue or "", p.page or "", p.file_name, p.article_id))
