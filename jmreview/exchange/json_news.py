"""Version 2 of the JSON contract, the newspaper: a file's issue and page, continued stories, resolved dates.

Out: each file carries ``issue``, ``page`` and ``page_source``; each article ``continues`` and
``continued_in`` (the other article's ``id`` with the link's ``status``, ``origin`` and ``cue``), each
link written on both of its articles; each DATE entity ``resolved`` and ``resolved_rule``. Checked: a
link names an article of the file, never itself, is said alike on both sides, and (unless rejected) stays within
one issue; and the links keep the rule of `store.story_rules` (a story is a chain), in the file and, after an apply,
in the database.
In: a restore makes the links; an apply takes the file's pages and link decisions into its one edit, but never a
page an editor set by hand here (see `apply_newspaper`).
A version 1 file has none of these fields and changes none of them.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from jmreview.errors import Coded
from jmreview.exchange.json_validate import InvalidCorpus
from jmreview.store.changes import Changes
from jmreview.store.models import Article, SourceFile, StoryLink, database_proxy, now
from jmreview.store.story_rules import breaches, copy_refusal, database_links

PAGE_SOURCES = ("", "none", "name", "folder", "furniture", "manual")
LINK_STATUSES = ("suggested", "accepted", "rejected")
ORIGINS = ("auto", "manual")
PAGE = re.compile(r"^[A-Z]?\d{2,3}$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LINK_SQL = ('SELECT l.first_id, l.then_id, l.status, l.origin, l.cue FROM storylink l '
            'JOIN article a ON a.id = l.first_id JOIN article b ON b.id = l.then_id '
            'JOIN sourcefile x ON x.id = a.file_id JOIN sourcefile y ON y.id = b.file_id '
            'WHERE (a.file_id = ? OR b.file_id = ?) AND x.review_of IS NULL AND y.review_of IS NULL{status} '
            'ORDER BY l.first_id, l.then_id')   # never a link to a review copy, which no export holds
PAGE_KEPT = ("its issue and page were set by hand here ({issue} {page}); the file says {file_issue} {file_page}: "
             "left as it is")
DATE_SQL = 'SELECT article_id, start, "end", resolved, resolved_rule FROM entity WHERE file_id = ? AND label = \'DATE\''
Pair = tuple[int, int]


def file_fields(source: SourceFile) -> dict[str, Any]:
    """A file's issue date, page label and where they were read."""
    return {"issue": source.issue_date, "page": source.page_label, "page_source": source.page_source}


def add_newspaper(source: SourceFile, articles: list[dict[str, Any]], status: str | None) -> list[dict[str, Any]]:
    """Each article's links (to articles the export holds: with a status, both ends in it) and resolved dates."""
    wanted = " AND a.status = ? AND b.status = ?" if status else ""
    params: list[Any] = [source.id, source.id] + ([status, status] if status else [])
    links = database_proxy.execute_sql(LINK_SQL.format(status=wanted), params).fetchall()
    dates = {(a, s, e): (r, rule) for a, s, e, r, rule in database_proxy.execute_sql(DATE_SQL, [source.id])}
    for art in articles:
        art["continues"] = [_link(first, st, origin, cue) for first, then, st, origin, cue in links
                            if then == art["id"]]
        art["continued_in"] = [_link(then, st, origin, cue) for first, then, st, origin, cue in links
                               if first == art["id"]]
        for e in art["entities"]:
            if e["label"] == "DATE":
                e["resolved"], e["resolved_rule"] = dates.get((art["id"], e["start"], e["end"]), (None, ""))
    return articles


def _link(other: int, status: str, origin: str, cue: str) -> dict[str, Any]:
    return {"id": other, "status": status, "origin": origin, "cue": cue}


def _need(ok: bool, where: str, what: str) -> None:
    if not ok:
        raise InvalidCorpus(f"{where}: {what}")


def _day(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or not DAY.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def links_of(doc: dict[str, Any]) -> dict[Pair, dict[str, Any]]:
    """Every link of a checked document, by (first, then), as its ``continued_in`` side says it."""
    return {(a["id"], c["id"]): c for f in doc["files"] for a in f["articles"] for c in a.get("continued_in", [])}


def check_newspaper(doc: dict[str, Any]) -> None:
    """Check the version 2 fields of a document whose shape `json_validate` accepted; raise InvalidCorpus."""
    issue_of: dict[int, str | None] = {}
    for f in doc["files"]:
        where = f"file {f['name']}"
        _need(_day(f.get("issue")), where, f"issue {str(f.get('issue'))[:30]!r} is not a real day (YYYY-MM-DD) or null")
        page = f.get("page")
        _need(page is None or (isinstance(page, str) and bool(PAGE.match(page))), where,
              f"page {str(page)[:30]!r} is not a page label like A03 or 03, or null")
        _need(f.get("page_source", "") in PAGE_SOURCES, where, f"page_source must be one of {', '.join(PAGE_SOURCES)}")
        for a in f["articles"]:
            issue_of[a["id"]] = f.get("issue")
            for e in a["entities"]:
                _need(_day(e.get("resolved")), f"{where}, article {a['id']}",
                      f"resolved {str(e.get('resolved'))[:30]!r} of entity {e['text'][:20]!r} is not a real day "
                      "or null")
                _need(isinstance(e.get("resolved_rule", ""), str) and len(e.get("resolved_rule", "")) <= 64,
                      f"{where}, article {a['id']}", "resolved_rule must be a short code")
    forward: set[tuple[Any, ...]] = set()
    back: set[tuple[Any, ...]] = set()
    for f in doc["files"]:
        for a in f["articles"]:
            here = f"file {f['name']}, article {a['id']}"
            for key, out, flip in (("continued_in", forward, False), ("continues", back, True)):
                links = a.get(key, [])
                _need(isinstance(links, list), here, f"{key} must be a list")
                for c in links:
                    _check_link(c, here, key, a["id"], issue_of)
                    pair = (c["id"], a["id"]) if flip else (a["id"], c["id"])
                    _need((*pair, c["status"], c["origin"], c["cue"]) not in out, here, f"{key} names {c['id']} twice")
                    out.add((*pair, c["status"], c["origin"], c["cue"]))
    odd = sorted(forward ^ back)
    _need(not odd, "links", f"the link {odd[0][0]} → {odd[0][1]} must be said alike on both articles (continued_in "
          "of the first, continues of the second)" if odd else "")
    broken = breaches([(first, then, status) for first, then, status, *_ in sorted(forward)])
    if broken:
        raise InvalidCorpus(broken[0])


def _check_link(c: Any, here: str, key: str, own: int, issue_of: dict[int, str | None]) -> None:
    _need(isinstance(c, dict) and isinstance(c.get("id"), int) and not isinstance(c.get("id"), bool), here,
          f"each of {key} needs the id of an article")
    _need(c["id"] in issue_of, here, f"{key} names article {c['id']}, which is not in the file")
    _need(c["id"] != own, here, f"{key}: an article cannot continue in itself")
    _need(c.get("status") in LINK_STATUSES, here, f"{key}: link status must be one of {', '.join(LINK_STATUSES)}")
    _need(c.get("origin") in ORIGINS, here, f"{key}: link origin must be auto or manual")
    _need(isinstance(c.get("cue"), str) and len(c["cue"]) <= 64, here, f"{key}: link cue must be a short code")
    mine, theirs = issue_of[own], issue_of[c["id"]]
    _need(mine is None or theirs is None or mine == theirs or c["status"] == "rejected", here,   # no story: no rule
          f"{key}: article {c['id']} is in another issue ({theirs}); a story continues within one issue")


def restore_links(doc: dict[str, Any]) -> int:
    """Make the links of a restored document (its articles keep their ids); returns how many."""
    links = links_of(doc)
    for (first, then), c in sorted(links.items()):
        StoryLink.create(first=first, then=then, status=c["status"], origin=c["origin"], cue=c["cue"], created_at=now())
    return len(links)


def apply_newspaper(ch: Changes, doc: dict[str, Any], left: set[int], kept: list[tuple[str, str]]) -> int:
    """Take a version 2 file's pages and links into an apply's edit (links of articles left as they are: not; pages
    set by hand here: not, each added to `kept` with why); returns how many pages and links changed."""
    if doc.get("version", 1) < 2:
        return 0
    changed = len(ch.steps)
    shas = [f["sha256"] for f in doc["files"]]
    by_sha = {sf.sha256: sf for sf in SourceFile.select().where(SourceFile.sha256.in_(shas))}
    before = set(breaches(*database_links()))
    for f in doc["files"]:
        sf = by_sha.get(f["sha256"])
        if sf is None or (sf.issue_date, sf.page_label) == (f.get("issue"), f.get("page")):
            continue
        # An issue and page set by hand here are a person's decision. A file that says otherwise was either exported
        # before that decision or comes from a database where someone decided differently; it carries no time for
        # its page, so it can never show its value is the later decision: the one here stays, and the report says so.
        if sf.page_source == "manual":
            kept.append((sf.name, Coded(PAGE_KEPT, issue=sf.issue_date or "-", page=sf.page_label or "-",
                                        file_issue=f.get("issue") or "-", file_page=f.get("page") or "-")))
            continue
        ch.set(sf, issue_date=f.get("issue"), page_label=f.get("page"), page_source="manual")
    present = {a.id: a for a in Article.select().where(Article.id.in_(sorted({i for p in links_of(doc) for i in p})))}
    for (first, then), c in sorted(links_of(doc).items()):
        if first in left or then in left or first not in present or then not in present:
            continue
        copied = copy_refusal(first, then)
        if copied is not None:   # an article of a review copy: one editor's private work, no story's part
            raise InvalidCorpus(copied)
        link = StoryLink.get_or_none((StoryLink.first == first) & (StoryLink.then == then))
        made = len(ch.steps)
        if link is None:
            ch.create(StoryLink, first=first, then=then, status=c["status"], origin=c["origin"], cue=c["cue"],
                      created_at=now())
        elif link.status != c["status"]:
            ch.set(link, status=c["status"], origin="manual" if "manual" in (link.origin, c["origin"]) else link.origin)
        if len(ch.steps) > made:
            ch.touch(present[first])
            ch.touch(present[then])
    broken = [b for b in breaches(*database_links()) if b not in before]
    if broken:   # what the file's links and pages would make of this database's stories: no apply at all
        raise InvalidCorpus(broken[0])
    return len(ch.steps) - changed
