"""How much of each page and each issue is done: characters in articles, in noise, unassigned, and reviewed.

A line is *noise* when it is in no article and automation said so (a ``noise.*`` cue) or a person
took it out of its article (its ``article`` mark); a line in no article for neither reason
(its article went, say) is *unassigned*: someone still has to decide about it. Characters are
counted over the page's non-empty lines as imported; *reviewed* counts the characters of the
articles whose status is reviewed, as a share of the characters in articles.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jmreview.store.models import database_proxy

NOISE = "(b.cue LIKE 'noise.%' OR b.manual LIKE '%\"article\"%')"
COVERAGE_SQL = (
    'SELECT b.file_id, SUM(b."end" - b.start), '
    'SUM(CASE WHEN b.article_id IS NOT NULL THEN b."end" - b.start ELSE 0 END), '
    f'SUM(CASE WHEN b.article_id IS NULL AND {NOISE} THEN b."end" - b.start ELSE 0 END), '
    "SUM(CASE WHEN a.status = 'reviewed' THEN b.\"end\" - b.start ELSE 0 END) "
    # a block's article is of its own file (doctor calls any other an orphan): said twice, so that PostgreSQL reads
    # only those files' articles, not a million of them, for a page of the file list (200 ms → 35 ms)
    'FROM block b JOIN sourcefile s ON s.id = b.file_id LEFT JOIN article a ON a.id = b.article_id '
    'AND a.file_id = b.file_id{only_a} WHERE s.replaced_by IS NULL{only} GROUP BY b.file_id')
PAGES_SQL = ("SELECT id, name, issue_date, page_label, page_source FROM sourcefile WHERE replaced_by IS NULL "
             "ORDER BY issue_date IS NULL, issue_date, page_label IS NULL, page_label, name, id")


@dataclass(frozen=True)
class Coverage:
    """Characters of a page (or several): all, in articles, noise, unassigned, in reviewed articles."""

    chars: int = 0
    in_articles: int = 0
    noise: int = 0
    reviewed: int = 0

    @property
    def unassigned(self) -> int:
        """Characters on lines in no article and not noise."""
        return self.chars - self.in_articles - self.noise

    def share(self, part: int, whole: int | None = None) -> float:
        """A part as a share (0..1) of all characters, or of `whole`."""
        whole = self.chars if whole is None else whole
        return part / whole if whole else 0.0

    @property
    def reviewed_share(self) -> float:
        """The share of the characters in articles that are in reviewed articles."""
        return self.share(self.reviewed, self.in_articles)

    def __add__(self, other: Coverage) -> Coverage:
        return Coverage(self.chars + other.chars, self.in_articles + other.in_articles, self.noise + other.noise,
                        self.reviewed + other.reviewed)


@dataclass(frozen=True)
class Page:
    """One current file as a page of an issue, with its coverage."""

    id: int
    name: str
    issue: str | None
    label: str | None
    source: str
    coverage: Coverage


def page_coverage(file_ids: Iterable[int] | None = None) -> dict[int, Coverage]:
    """The coverage of every current file (or of some), by file id; a file without lines has none."""
    ids = None if file_ids is None else sorted(set(file_ids))
    marks = "" if ids is None else ", ".join("?" * len(ids))
    if ids == []:
        return {}
    sql = COVERAGE_SQL.format(only=f" AND b.file_id IN ({marks})" if ids else "",
                              only_a=f" AND a.file_id IN ({marks})" if ids else "")
    rows = database_proxy.execute_sql(sql, (ids or []) * 2).fetchall()
    return {int(f): Coverage(int(c or 0), int(a or 0), int(n or 0), int(r or 0)) for f, c, a, n, r in rows}


def pages(counted: bool = True) -> list[Page]:
    """Every current file in print order (issue, page; those without last), with its coverage (unless not
    `counted`: then each page's coverage is empty, for `page_coverage` to read where it is needed)."""
    cover = page_coverage() if counted else {}
    return [Page(i, name, issue, label, source or "", cover.get(i, Coverage()))
            for i, name, issue, label, source in database_proxy.execute_sql(PAGES_SQL).fetchall()]


def issues(of: list[Page] | None = None) -> list[tuple[str | None, list[Page], Coverage]]:
    """The pages grouped by issue date (None: pages of no known issue, last) with each issue's coverage."""
    groups: dict[str | None, list[Page]] = {}
    for page in pages() if of is None else of:
        groups.setdefault(page.issue, []).append(page)
    out = []
    for issue, members in groups.items():
        total = Coverage()
        for page in members:
            total = total + page.coverage
        out.append((issue, members, total))
    return out
