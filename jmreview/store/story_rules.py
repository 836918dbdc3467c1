"""The one rule of continued stories, kept by every path that makes or changes a link (edits, restore, apply,
proposals) and checked by doctor: a story is a chain.

Links that are not rejected are live. An article has at most one live link out (it continues in one article) and
one in (it continues one article); live links make no circle; a pair is said once (one status); and a story
continues within one issue. The messages name the articles (English templates; the window translates them).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jmreview.errors import Coded
from jmreview.store.models import Article, SourceFile, StoryLink, database_proxy

LINK_RULES = {   # why links break the rule (English; the window translates them)
    "two_out": "article {first} continues in more than one article ({others}); a story is a chain: one "
               "continuation each way",
    "two_in": "articles {others} all continue in article {then}; a story is a chain: one continuation each way",
    "circle": "the links of articles {chain} make a circle; a story is a chain, with a first part and a last",
    "twice": "the link article {first} → article {then} is given more than once ({statuses}); say each link once",
    "issues": "the link article {first} → article {then} joins two issues ({one}, {other}); a story continues within "
              "one issue",
    "edit_circle": "article {first} cannot continue in article {then}: article {then} already leads to article "
                   "{first} ({chain}), so the story would be a circle; nothing was changed",
    "edit_out": "article {first} already continues in article {other}; reject that link first; nothing was changed",
    "edit_in": "article {other} already continues in article {then}; reject that link first; nothing was changed",
    "edit_moves": "{name} cannot move to issue {issue}: its link article {first} → article {then} would join two "
                  "issues (a story continues within one issue); reject or unlink it first; nothing was changed",
    "review_copy": "article {id} is in {editor}'s review copy of {name}: a story links articles of the corpus, never "
                   "those of a review copy; nothing was changed",
}
Link = tuple[int, int, str]   # first, then, status
LINKS_SQL = ("SELECT l.first_id, l.then_id, l.status, a.issue_date, b.issue_date FROM storylink l "
             "JOIN article x ON x.id = l.first_id JOIN sourcefile a ON a.id = x.file_id "
             "JOIN article y ON y.id = l.then_id JOIN sourcefile b ON b.id = y.file_id ORDER BY l.id")


def database_links(db: Any = database_proxy) -> tuple[list[Link], dict[int, str | None]]:
    """Every link of a database (first, then, status), and the issue of each article they join."""
    links, issue_of = [], {}
    for first, then, status, one, other in db.execute_sql(LINKS_SQL).fetchall():
        links.append((first, then, status))
        issue_of[first], issue_of[then] = one, other
    return links, issue_of


def _chain(ids: list[int]) -> str:
    return " → ".join(str(i) for i in ids)


def breaches(links: Iterable[Link], issue_of: dict[int, str | None] | None = None) -> list[Coded]:
    """Every way a set of links breaks the rule, one line each (in a stable order); [] when they keep it."""
    links = list(links)
    found: list[Coded] = []
    statuses: dict[tuple[int, int], list[str]] = {}
    for first, then, status in links:
        statuses.setdefault((first, then), []).append(status)
    for (first, then), said in sorted(statuses.items()):
        if len(said) > 1:
            found.append(Coded(LINK_RULES["twice"], first=first, then=then, statuses=", ".join(said)))
    live = sorted({(f, t) for f, t, s in links if s != "rejected"})
    out: dict[int, list[int]] = {}
    into: dict[int, list[int]] = {}
    for first, then in live:
        out.setdefault(first, []).append(then)
        into.setdefault(then, []).append(first)
        one, other = (issue_of or {}).get(first), (issue_of or {}).get(then)
        if one and other and one != other:
            found.append(Coded(LINK_RULES["issues"], first=first, then=then, one=one, other=other))
    found += [Coded(LINK_RULES["two_out"], first=f, others="、".join(map(str, ts))) for f, ts in out.items()
              if len(ts) > 1]
    found += [Coded(LINK_RULES["two_in"], then=t, others="、".join(map(str, fs))) for t, fs in into.items()
              if len(fs) > 1]
    done: set[int] = set()
    for start in sorted(out):
        path: list[int] = []
        at: int | None = start
        while at is not None and at not in done and at not in path:
            path.append(at)
            at = out.get(at, [None])[0]
        if at is not None and at in path:
            ring = path[path.index(at):]
            found.append(Coded(LINK_RULES["circle"], chain=_chain([*ring, at])))
        done.update(path)
    return found


def _live(first: int | None = None, then: int | None = None, skip: Iterable[int] = ()) -> StoryLink | None:
    """The live link out of `first` (or into `then`), links with ids in `skip` set aside."""
    query = StoryLink.select().where((StoryLink.status != "rejected") & StoryLink.id.not_in(list(skip) or [0]))
    query = query.where(StoryLink.first == first) if first is not None else query.where(StoryLink.then == then)
    return query.order_by(StoryLink.id).first()


def circle_through(first: int, then: int, skip: Iterable[int] = ()) -> list[int]:
    """The articles from `then` along live links back to `first` (a link first → then would close that circle);
    [] when it would not. Links with ids in `skip` are set aside (being rejected by the same edit)."""
    skip = set(skip)
    path, at = [then], then
    while at != first:
        nxt = _live(first=at, skip=skip)
        if nxt is None or nxt.then_id in path:
            return []
        at = nxt.then_id
        path.append(at)
    return path


def copy_refusal(*article_ids: int) -> Coded | None:
    """Why these articles may not be linked: one is in a review copy (store.team), which no export holds."""
    for art in Article.select(Article.id, Article.file).where(Article.id.in_(list(article_ids))).order_by(Article.id):
        copy = SourceFile.get_by_id(art.file_id)
        if copy.review_of is not None:
            return Coded(LINK_RULES["review_copy"], id=art.id, editor=copy.review_editor or "?", name=copy.name)
    return None


def link_refusal(first: int, then: int, skip: Iterable[int] = ()) -> Coded | None:
    """Why a live link first → then may not be added to the database's live links (those in `skip` set aside)."""
    skip = set(skip)
    copied = copy_refusal(first, then)
    if copied is not None:
        return copied
    out = _live(first=first, skip=skip)
    if out is not None and out.then_id != then:
        return Coded(LINK_RULES["edit_out"], first=first, other=out.then_id)
    into = _live(then=then, skip=skip)
    if into is not None and into.first_id != first:
        return Coded(LINK_RULES["edit_in"], then=then, other=into.first_id)
    ring = circle_through(first, then, skip)
    if ring:
        return Coded(LINK_RULES["edit_circle"], first=first, then=then, chain=_chain(ring))
    return None


ISSUE_SQL = ("SELECT l.first_id, l.then_id, o.issue_date FROM storylink l JOIN article a ON a.id = l.first_id "
             "JOIN article b ON b.id = l.then_id JOIN sourcefile o ON o.id = CASE WHEN a.file_id = ? THEN b.file_id "
             "ELSE a.file_id END WHERE l.status != 'rejected' AND (a.file_id = ? OR b.file_id = ?) "
             "AND a.file_id != b.file_id ORDER BY l.first_id, l.then_id")


def issue_refusal(file_id: int, issue: str | None) -> Coded | None:
    """Why a file may not be in `issue`: a live link of its articles would then join two issues (None: it may)."""
    if not issue:
        return None
    for first, then, other in database_proxy.execute_sql(ISSUE_SQL, [file_id] * 3).fetchall():
        if other and other != issue:
            name = SourceFile.get_by_id(file_id).name
            return Coded(LINK_RULES["edit_moves"], name=name, issue=issue, first=first, then=then)
    return None


def replay_refusal(steps: list[dict[str, Any]]) -> Coded | None:
    """Why an undo or redo that has just put back these steps would break the rule (None: it keeps it): each link it
    made live again, and each file it moved to another issue, checked against the database as it now is."""
    for step in steps:
        if step["model"] == "StoryLink":
            link = StoryLink.get_or_none(StoryLink.id == step["id"])
            why = link_refusal(link.first_id, link.then_id, skip={link.id}) \
                if link is not None and link.status != "rejected" else None
        elif step["model"] == "SourceFile" and "issue_date" in (step.get("after") or {}):
            source = SourceFile.get_or_none(SourceFile.id == step["id"])   # None: the step took the file away
            why = issue_refusal(step["id"], source.issue_date) if source is not None else None
        else:
            continue
        if why is not None:
            return why
    return None
