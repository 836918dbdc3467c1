"""Corrections of the newspaper: a page's issue and label, links between the parts of a continued story.

Each is one logged, undoable edit. A link made or accepted by an editor is a person's decision: automation
never proposes that pair again nor changes it, and its articles are kept by re-runs.
"""
from __future__ import annotations

from datetime import date

from jmreview.analysis.newspaper import page_label
from jmreview.store.changes import Changes, EditConflict, record
from jmreview.store.database import Store
from jmreview.store.models import Article, SourceFile, StoryLink, now
from jmreview.store.review_guard import require_current_files
from jmreview.store.story_rules import circle_through, copy_refusal, issue_refusal, link_refusal

LINK_STATUSES = ("suggested", "accepted", "rejected")



def set_page(store: Store, who: str, file_id: int, issue: str | None, page: str | None) -> int:
    """Set a file's issue date (ISO) and page label (A03) by hand."""
    if issue:
        try:
            issue = date.fromisoformat(issue).isoformat()
        except ValueError:
            raise EditConflict(f"“{issue}” is not a day (YYYY-MM-DD); nothing was changed", "bad_issue",
                               issue=issue) from None
    label = page_label(page) if page else None
    if page and label is None:
        raise EditConflict(f"{page} is not a page label (like A03 or 3); nothing was changed", "bad_page", page=page)
    source = SourceFile.get_by_id(file_id)
    with record(store, who, "set_page", f"{source.name}: issue {issue or '-'}, page {label or '-'}") as ch:
        require_current_files({source.id})   # (run 64 A25: a dialog opened before a new delivery wrote onto the old)
        why = issue_refusal(source.id, issue)
        if why is not None:
            raise EditConflict(why, "link_moves")
        ch.set(source, issue_date=issue or None, page_label=label, page_source="manual")
    return ch.log_id()


def link_stories(store: Store, who: str, first_id: int, then_id: int) -> int:
    """Say by hand that article `first` continues in article `then` (an accepted link)."""
    if first_id == then_id:
        raise EditConflict("an article cannot continue in itself; nothing was changed", "link_self")
    first, then = Article.get_by_id(first_id), Article.get_by_id(then_id)
    copied = copy_refusal(first_id, then_id)
    if copied is not None:   # a review copy is one editor's private work: no export holds its articles
        raise EditConflict(copied, "link_copy")
    issues = {SourceFile.get_by_id(a.file_id).issue_date for a in (first, then)}
    if None not in issues and len(issues) > 1:
        raise EditConflict("the two articles are in different issues; a story continues within one issue; "
                           "nothing was changed", "link_issues")
    with record(store, who, "link_stories", f"《{first.title}》 → 《{then.title}》") as ch:
        same = StoryLink.get_or_none((StoryLink.first == first_id) & (StoryLink.then == then_id))
        others = [other for other in StoryLink.select().where(
            ((StoryLink.first == first_id) | (StoryLink.then == then_id)) & (StoryLink.status != "rejected"))
            if same is None or other.id != same.id]   # one continuation each way: the others are rejected
        why = link_refusal(first_id, then_id, skip={o.id for o in others})
        if why is not None:   # what is left is a circle: no link to reject would make the story a chain
            raise EditConflict(why, "link_circle")
        for other in others:
            ch.set(other, status="rejected")
        if same is not None:
            ch.set(same, status="accepted")
        else:
            ch.create(StoryLink, first=first_id, then=then_id, cue="link.manual", origin="manual",
                      status="accepted", created_at=now())
        ch.touch(first)
        ch.touch(then)
    return ch.log_id()


def set_link_status(store: Store, who: str, link_id: int, status: str) -> int:
    """Accept or reject a suggested link (or put a decided one back to suggested)."""
    if status not in LINK_STATUSES:
        raise ValueError(f"unknown link status {status}")
    link = StoryLink.get_by_id(link_id)
    first, then = Article.get_by_id(link.first_id), Article.get_by_id(link.then_id)
    with record(store, who, "link_status", f"《{first.title}》 → 《{then.title}》: {status}") as ch:
        if status != "rejected" and StoryLink.get_by_id(link_id).status == "rejected":   # back among the live ones
            why = link_refusal(link.first_id, link.then_id, skip={link.id})
            if why is not None:
                raise EditConflict(why, "link_rule")
        ch.set(link, status=status)
        ch.touch(first)
        ch.touch(then)
    return ch.log_id()


def unlink(store: Store, who: str, link_id: int) -> int:
    """Remove a link made by hand; an automatic one is rejected instead (so it is not proposed again)."""
    link = StoryLink.get_by_id(link_id)
    if link.origin == "auto":
        return set_link_status(store, who, link_id, "rejected")
    first, then = Article.get_by_id(link.first_id), Article.get_by_id(link.then_id)
    with record(store, who, "unlink", f"《{first.title}》 ↛ 《{then.title}》") as ch:
        ch.delete(link)
        ch.touch(first)
        ch.touch(then)
    return ch.log_id()


def move_links(ch: Changes, gone: int, keep: int) -> None:
    """A merged-away article's story links go to the article it joins (unless that would link it to itself or give
    it a second link that way); the others go with the article, logged, so undo brings them back. A link between the
    two goes first: merged, they are one part of the story, which goes on where the merged-away one went on."""
    between = ((StoryLink.first == gone) & (StoryLink.then == keep)) | ((StoryLink.first == keep)
                                                                        & (StoryLink.then == gone))
    for link in StoryLink.select().where(between):
        ch.delete(link)
    for link in StoryLink.select().where((StoryLink.first == gone) | (StoryLink.then == gone)):
        first = keep if link.first_id == gone else link.first_id
        then = keep if link.then_id == gone else link.then_id
        live = StoryLink.status != "rejected"
        other_way = ((StoryLink.first == first) & (StoryLink.then != then)) if link.first_id == gone \
            else ((StoryLink.then == then) & (StoryLink.first != first))
        if first != then and not StoryLink.select().where(other_way & live).exists() and not StoryLink.select().where(
                (StoryLink.first == first) & (StoryLink.then == then)).exists() and (
                link.status == "rejected" or not circle_through(first, then, skip={link.id})):
            ch.set(link, first=first, then=then)


def story_of(article_id: int) -> list[int]:
    """The article ids of the whole story an article belongs to, in order (links not rejected)."""
    live = StoryLink.status != "rejected"
    start, seen = article_id, {article_id}
    while True:
        back = StoryLink.get_or_none((StoryLink.then == start) & live)
        if back is None or back.first_id in seen:
            break
        start = back.first_id
        seen.add(start)
    chain, seen = [start], {start}
    while True:
        nxt = StoryLink.get_or_none((StoryLink.first == chain[-1]) & live)
        if nxt is None or nxt.then_id in seen:
            return chain
        chain.append(nxt.then_id)
        seen.add(nxt.then_id)
