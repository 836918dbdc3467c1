"""Plain rows the window's item models show, read with a few queries each (Qt-free)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from peewee import JOIN, fn

from jmreview.store.coverage import page_coverage
from jmreview.store.derived import on_its_lines
from jmreview.store.models import Article, Block, Entity, SourceFile
from jmreview.store.team import my_pages


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples."""
    return [tuple(row) for row in query.tuples()]


@dataclass(frozen=True)
class FileRow:
    """One imported file with its article counts."""

    id: int
    name: str
    script: str
    articles: int
    reviewed: int
    issue: str | None = None        # the issue date and page label it was printed as (issue 14)
    page: str | None = None
    unassigned: float = 0.0         # the share of its characters on lines in no article and not noise
    review_copy: bool = False       # an editor's own copy of a page under double review (issue 16)
    counted: bool = True            # False: articles, reviewed and unassigned not read yet (`file_counts` reads them)
    folder: str = ""                # the folder it came from, where another page listed has its name (run 23 B18)


@dataclass(frozen=True)
class ArticleRow:
    """One article in reading order."""

    id: int
    order: int
    title: str
    category: str
    status: str
    cue: str
    first_line: int
    version: int


@dataclass(frozen=True)
class BlockRow:
    """One block of a page, with its article (or None for noise)."""

    id: int
    line: int
    start: int
    end: int
    article_id: int | None
    role: str
    joins_previous: bool
    duplicate_of: int | None
    cue: str
    join_cue: str = ""
    checked: bool = False  # a person set its join or duplicate mark (nothing left to check)


@dataclass(frozen=True)
class EntityRow:
    """One distinct entity of an article (same Simplified text, label and status) and its occurrences."""

    id: int
    ids: tuple[int, ...]
    text: str
    simplified: str
    label: str
    role: str | None
    status: str
    origin: str
    start: int
    end: int
    count: int
    cue: str = ""  # where a suggestion came from: the rules, jieba, or what editors taught
    resolved: str | None = None    # a DATE's day, resolved against the issue date
    resolved_rule: str = ""        # …the rule used, or 'unresolved.<why>'


NAME_CHARS = 255   # a file name is at most 255 bytes on the usual file systems: a filter is never longer


def file_rows(name_filter: str = "", file_id: int | None = None, editor: str | None = None,
              counted: bool = True) -> list[FileRow]:
    """Every file (or one) with article and reviewed (status reviewed) counts, optionally filtered by name.

    Given an editor, only the pages given to them ("my work"), each as their review copy where they have one.
    Not `counted`: the list alone, its counts left for `file_counts` to read for the rows shown (a corpus of
    20,000 pages lists in milliseconds where counting its million articles takes seconds).
    """
    shown = SourceFile.replaced_by.is_null() | SourceFile.review_of.is_null(False)
    if editor is not None:
        shown = SourceFile.id.in_([copy.id if copy else page.id for page, copy in my_pages(editor)])
    elif file_id is None:
        shown = SourceFile.replaced_by.is_null()
    query = (SourceFile.select(SourceFile.id, SourceFile.name, SourceFile.script, SourceFile.issue_date,
                               SourceFile.page_label, SourceFile.review_of).where(shown)
             .order_by(SourceFile.issue_date.is_null(), SourceFile.issue_date, SourceFile.page_label.is_null(),
                       SourceFile.page_label, SourceFile.name, SourceFile.id))
    if name_filter:   # no file name is longer than NAME_MAX bytes: a longer filter matches nothing (and SQLite
        query = query.where(SourceFile.name.contains(name_filter[:NAME_CHARS]))   # refuses a huge LIKE pattern)
    if file_id is not None:
        query = query.where(SourceFile.id == file_id)
    found = _tuples(query)
    folders = _folders(found) if file_id is None or len(found) != 1 else _folder_of(found[0][0], found[0][1])
    rows = [FileRow(i, n, s, 0, 0, issue, page, 0.0, of is not None, counted=False, folder=folders.get(i, ""))
            for i, n, s, issue, page, of in found]
    if not counted:
        return rows
    counts = file_counts(rows)
    return [counts.get(r.id, r) for r in rows]


def _folders(found: list[tuple[Any, ...]]) -> dict[int, str]:
    """The folders of pages listed under a name another page listed has (run 23 B18), by id: read for those only (a
    page's folder lies after its text in the row, and reading it reads the whole text)."""
    names = Counter(row[1] for row in found)
    twice = [row[0] for row in found if names[row[1]] > 1]
    return {i: f for at in range(0, len(twice), 500) for i, f in _tuples(
        SourceFile.select(SourceFile.id, SourceFile.folder).where(SourceFile.id.in_(twice[at:at + 500])))}


def _folder_of(file_id: int, name: str) -> dict[int, str]:
    """One page's folder when another current page has its name (run 65 B27: a page's row read again alone, after
    its new version or an edit, lost the folder the list showed beside the other page's)."""
    others = SourceFile.select(SourceFile.id).where((SourceFile.name == name) & SourceFile.replaced_by.is_null()
                                                    & (SourceFile.id != file_id))   # (as the whole list counts)
    if not others.exists():
        return {}
    return {file_id: SourceFile.select(SourceFile.folder).where(SourceFile.id == file_id).scalar() or ""}


def file_counts(rows: list[FileRow], chunk: int = 500) -> dict[int, FileRow]:
    """These files' rows with their article, reviewed and unassigned counts, by id (a query per `chunk` files)."""
    out: dict[int, FileRow] = {}
    reviewed = fn.SUM((Article.status == "reviewed").cast("INTEGER"))  # 已审 only: 退回 (rejected) is not reviewed
    for at in range(0, len(rows), chunk):
        known = {r.id: r for r in rows[at:at + chunk]}
        counts = {i: (c, r) for i, c, r in _tuples(Article.select(Article.file, fn.COUNT(Article.id), reviewed)
                                                 .where(Article.file.in_(list(known))).group_by(Article.file))}
        cover = page_coverage(list(known))
        for i, row in known.items():
            c, r = counts.get(i, (0, 0))
            share = cover[i].share(cover[i].unassigned) if i in cover else 0.0
            out[i] = replace(row, articles=c or 0, reviewed=r or 0, unassigned=share, counted=True)
    return out


def article_rows(file_id: int) -> list[ArticleRow]:
    """A file's articles in reading order."""
    first = fn.MIN(Block.line)
    query = (Article.select(Article.id, Article.reading_order, Article.title, Article.category, Article.status,
                            Article.start_cue, first, Article.version)
             .join(Block, JOIN.LEFT_OUTER).where(Article.file == file_id).group_by(Article.id)
             .order_by(Article.reading_order, Article.id))
    return [ArticleRow(i, o, t, c, s, cue, f or 0, v) for i, o, t, c, s, cue, f, v in _tuples(query)]


BLOCK_SQL = ('SELECT "id", "line", "start", "end", "article_id", "role", "joins_previous", "duplicate_of", "cue", '
             '"join_cue", "manual" FROM "block" WHERE "file_id" = ? ORDER BY "line"')


def _checked(manual: Any) -> bool:
    """Whether a block's stored marks (a JSON list) say a person set its join or duplicate mark."""
    if not manual or manual == "[]":
        return False
    marks = Block.manual.python_value(manual) if isinstance(manual, str) else manual
    return any(k in (marks or "") for k in ("join", "duplicate"))


def block_rows(file_id: int) -> list[BlockRow]:
    """Every block of a file in line order (read as plain SQL rows: a page of 28,000 articles, run 27 A26)."""
    rows = Block._meta.database.execute_sql(BLOCK_SQL, [file_id]).fetchall()
    return [BlockRow(i, ln, s, e, a, r, bool(j), d, c, jc or "", _checked(m))
            for i, ln, s, e, a, r, j, d, c, jc, m in rows]


def entity_rows(article_id: int) -> list[EntityRow]:
    """An article's distinct entities in order of first appearance; each row counts its occurrences."""
    groups: dict[tuple[str, str, str], list[tuple[Any, ...]]] = {}
    query = Entity.select(Entity.id, Entity.text, Entity.simplified, Entity.label, Entity.role, Entity.status,
                          Entity.origin, Entity.start, Entity.end, Entity.cue, Entity.resolved, Entity.resolved_rule) \
        .where((Entity.article == article_id) & on_its_lines()).order_by(Entity.start, Entity.id)
    for e in _tuples(query):   # plain rows: an article of 30,000 entities took 3 s as objects (run 36 A12)
        groups.setdefault((e[2], e[3], e[5]), []).append(e)
    rows = []
    for members in groups.values():
        eid, text, simplified, label, _role, status, origin, start, end, cue, resolved, rule = members[0]
        role = next((m[4] for m in members if m[4]), None)
        rows.append(EntityRow(eid, tuple(m[0] for m in members), text, simplified, label, role, status, origin,
                              start, end, len(members), cue, resolved, rule or ""))
    return rows


def file_entities(file_id: int) -> list[tuple[int, int, str, str]]:
    """(start, end, label, status) of every entity of a file, for underlining the page."""
    query = Entity.select(Entity.start, Entity.end, Entity.label, Entity.status) \
        .where((Entity.file == file_id) & (Entity.status != "rejected") & on_its_lines())
    return [(int(a), int(b), str(c), str(d)) for a, b, c, d in _tuples(query)]
