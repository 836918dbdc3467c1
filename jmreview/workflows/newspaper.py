"""The newspaper after an import: each page's issue and label, its dates resolved, its continued stories linked.

Run by the importer once its files are written (and by `jmreview newspaper`): automation only
fills what nobody decided — a page set by an editor keeps its issue and label, a date an editor
set stays, a link an editor accepted, rejected or made is never proposed again or changed.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from jmreview.analysis.dates import resolve
from jmreview.analysis.newspaper import (
    NAME_LIMIT,
    NAME_PATTERNS,
    PageIdentity,
    StoryPart,
    continuation_notes,
    page_identity,
    propose_links,
)
from jmreview.analysis.pattern_cost import ways
from jmreview.errors import Coded, JmreviewError
from jmreview.store.database import Store
from jmreview.store.models import Article, Block, Entity, SourceFile, StoryLink, database_proxy, now
from jmreview.store.story_rules import link_refusal

FIRST_LINES = 6
PATTERN_GROUPS = {"y", "m", "d", "page"}


MAX_WAYS = 300_000   # paths a pattern may try at one place of a name: a fraction of a second at worst
PATTERN_REFUSALS = {  # why an editor's file-name pattern is refused, as English templates the window translates
    "not_regex": "{pattern} is not a regular expression ({detail})",
    "too_long": "{pattern}: a file-name pattern is at most {limit} characters",
    "slow": "{pattern}: on some file names this pattern would try more than {limit} ways to match at each place, "
            "which can take hours: every optional item (?), alternative (|) and repeat of varying length (*, +, "
            "{{m,n}}) multiplies them, and a repeat inside a repeat or around a choice (like (a+)+, (a|b)* or "
            "(?:a?){{30}}) has no limit; write the pattern more exactly",
    "groups": "{pattern}: name the groups (?P<y>…)(?P<m>…)(?P<d>…) for the issue date and/or (?P<page>…)",
}


def check_pattern(pattern: str) -> str:
    """Why a file-name pattern cannot be used ('' when it can): a regular expression with named groups
    y, m and d (all three) and/or page, and no others, that cannot backtrack for long on any name."""
    try:
        groups = set(re.compile(pattern).groupindex)
    except (re.error, RecursionError, OverflowError) as exc:
        return Coded(PATTERN_REFUSALS["not_regex"], pattern=pattern, detail=exc)
    if len(pattern) > 200:
        return Coded(PATTERN_REFUSALS["too_long"], pattern=pattern, limit=200)
    if ways(pattern, NAME_LIMIT) > MAX_WAYS:
        return Coded(PATTERN_REFUSALS["slow"], pattern=pattern, limit=f"{MAX_WAYS:,}")
    date_groups = groups & {"y", "m", "d"}
    if groups - PATTERN_GROUPS or date_groups not in (set(), {"y", "m", "d"}) or not groups:
        return Coded(PATTERN_REFUSALS["groups"], pattern=pattern)
    return ""


def name_patterns(extra: Sequence[str] = ()) -> tuple[str, ...]:
    """The editor's file-name patterns first, then the built-in ones; a bad pattern is refused by its reason."""
    for pattern in extra:
        why = check_pattern(pattern)
        if why:
            raise JmreviewError(why)
    return (*extra, *NAME_PATTERNS)


@dataclass
class NewspaperReport:
    """What a pass found: pages identified, dates resolved or left, links proposed."""

    pages: int = 0
    dates: int = 0
    unresolved: int = 0
    links: int = 0
    issues: set[str] = field(default_factory=set)
    no_day: list[tuple[str, str]] = field(default_factory=list)   # a page and the impossible date its name writes
    same_page: list[tuple[str, str, str]] = field(default_factory=list)   # a page, its issue and page, the other file


def current_files(issues: Iterable[str] | None = None) -> list[SourceFile]:
    """The current version of every page (of the given issues)."""
    query = SourceFile.select().where(SourceFile.replaced_by.is_null())
    if issues is not None:
        query = query.where(SourceFile.issue_date.in_(list(issues)))
    return list(query.order_by(SourceFile.issue_date, SourceFile.page_label, SourceFile.name))


def read_identities(patterns: Sequence[str] = NAME_PATTERNS) -> dict[int, PageIdentity]:
    """The issue and page of every current file nobody identified yet, read without holding the write lock."""
    return {sf.id: page_identity(sf.folder, sf.name, sf.text.splitlines()[:FIRST_LINES], patterns)
            for sf in SourceFile.select().where(SourceFile.replaced_by.is_null() & (SourceFile.page_source == ""))}


def identify_pages(report: NewspaperReport, patterns: Sequence[str] = NAME_PATTERNS,
                   known: dict[int, PageIdentity] | None = None) -> list[int]:
    """Store the issue and page of every current file nobody identified yet (read before, when given); their ids."""
    found = []
    known = known or {}
    for sf in SourceFile.select().where(SourceFile.replaced_by.is_null() & (SourceFile.page_source == "")):
        ident = known.get(sf.id) or page_identity(sf.folder, sf.name, sf.text.splitlines()[:FIRST_LINES], patterns)
        SourceFile.update(issue_date=ident.issue, page_label=ident.page, page_source=ident.source or "none") \
            .where(SourceFile.id == sf.id).execute()
        report.pages += 1
        if ident.issue:
            report.issues.add(ident.issue)
        if ident.no_day:
            report.no_day.append((shown_name(sf), ident.no_day))
        found.append(sf.id)
    same_pages(found, report)
    return found


def shown_name(sf: SourceFile) -> str:
    """A file as an import names it: folder/name."""
    return f"{sf.folder}/{sf.name}" if sf.folder else sf.name


def same_pages(new: list[int], report: NewspaperReport) -> None:
    """Newly identified pages that another current page already is (the same issue and page label under another
    name: run 28 A48, one page counted three times, unsaid)."""
    for k in range(0, len(new), 500):
        for sf in SourceFile.select().where(SourceFile.id.in_(new[k:k + 500]) & SourceFile.issue_date.is_null(False)
                                            & SourceFile.page_label.is_null(False)):
            other = SourceFile.select().where(
                SourceFile.replaced_by.is_null() & SourceFile.review_of.is_null() & (SourceFile.id < sf.id)
                & (SourceFile.issue_date == sf.issue_date) & (SourceFile.page_label == sf.page_label)) \
                .order_by(SourceFile.id).first()
            if other is not None:
                report.same_page.append((shown_name(sf), f"{sf.issue_date} {sf.page_label}", shown_name(other)))


LEAD_SQL = ("SELECT b.article_id, b.start, b.\"end\" FROM block b WHERE b.file_id = ? AND b.role = 'body' "
            "AND b.article_id IS NOT NULL ORDER BY b.article_id, b.position")


def resolve_dates(file_ids: Iterable[int], report: NewspaperReport) -> None:
    """Resolve the DATE entities of files against their issue date; an article's date from its dateline's."""
    for sf in SourceFile.select(SourceFile.id, SourceFile.issue_date).where(SourceFile.id.in_(list(file_ids))):
        issue = date.fromisoformat(sf.issue_date) if sf.issue_date else None
        dates = list(Entity.select(Entity.id, Entity.article, Entity.start, Entity.end, Entity.text, Entity.simplified)
                     .where((Entity.file == sf.id) & (Entity.label == "DATE") & (Entity.resolved_rule == "")))
        resolved: dict[int, str | None] = {}
        for e in dates:
            found = resolve(e.simplified or e.text, issue)
            Entity.update(resolved=found.iso, resolved_rule=found.rule).where(Entity.id == e.id).execute()
            resolved[e.id] = found.iso
            report.dates += found.iso is not None
            report.unresolved += found.iso is None
        if not any(resolved.values()):
            continue
        lead: dict[int, tuple[int, int]] = {}   # each article's first body line: where its dateline is
        for art_id, start, end in database_proxy.execute_sql(LEAD_SQL, (sf.id,)).fetchall():
            lead.setdefault(int(art_id), (int(start), int(end)))
        undated = {a.id for a in Article.select(Article.id, Article.manual).where(
            (Article.file == sf.id) & Article.date.is_null()) if "date" not in a.manual}
        for e in sorted(dates, key=lambda x: x.start):
            span = lead.get(e.article_id)
            if e.article_id in undated and resolved.get(e.id) and span and span[0] <= e.start and e.end <= span[1]:
                Article.update(date=resolved[e.id]).where(Article.id == e.article_id).execute()
                undated.discard(e.article_id)


def story_parts(files: list[SourceFile]) -> list[StoryPart]:
    """Each article of the files as the linker sees it: issue, page, order, title and notes."""
    parts = []
    for sf in files:
        lines: dict[int | None, list[str]] = {}
        for b in Block.select(Block.article, Block.start, Block.end).where(Block.file == sf).order_by(Block.line):
            lines.setdefault(b.article_id, []).append(sf.text[b.start:b.end])
        for art in Article.select().where(Article.file == sf).order_by(Article.reading_order):
            to, came = continuation_notes(lines.get(art.id, []))
            parts.append(StoryPart(art.id, sf.issue_date, sf.page_label, art.reading_order, art.title, to, came))
    return parts


def propose_story_links(issues: Iterable[str], report: NewspaperReport) -> None:
    """Suggest links between the parts of continued stories of these issues, around what people decided."""
    for issue in sorted(set(issues)):
        parts = story_parts(current_files([issue]))
        keys = [p.key for p in parts]
        existing = list(StoryLink.select().where(StoryLink.first.in_(keys) | StoryLink.then.in_(keys)))
        pairs = {(lk.first_id, lk.then_id) for lk in existing}
        busy_first = {lk.first_id for lk in existing if lk.status != "rejected"}
        busy_then = {lk.then_id for lk in existing if lk.status != "rejected"}
        for link in propose_links([p for p in parts]):
            if (link.first, link.then) in pairs or link.first in busy_first or link.then in busy_then \
                    or link_refusal(link.first, link.then) is not None:   # never a circle nor a second part
                continue
            StoryLink.create(first=link.first, then=link.then, cue=link.cue, origin="auto", status="suggested",
                             created_at=now())
            busy_first.add(link.first)
            busy_then.add(link.then)
            report.links += 1


def newspaper_pass(store: Store, file_ids: Iterable[int] = (), patterns: Sequence[str] = ()) -> NewspaperReport:
    """Identify new pages (the editor's file-name patterns first), resolve their dates and propose links in their
    issues, in one transaction."""
    report = NewspaperReport()
    names = name_patterns(patterns)
    known = read_identities(names)   # the editor's patterns run before the write lock is taken
    with store.write():
        touched = set(identify_pages(report, names, known)) | set(file_ids)
        resolve_dates(touched, report)
        issues: set[str] = {str(sf.issue_date) for sf in SourceFile.select(SourceFile.issue_date)
                            .where(SourceFile.id.in_(list(touched)) & SourceFile.issue_date.is_null(False))}
        report.issues |= issues
        propose_story_links(issues, report)
    return report
