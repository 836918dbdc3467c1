"""Read-only questions about the store, shared by the CLI, export and the window."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from peewee import fn

from jmreview.analysis.blocks import strip_pinyin
from jmreview.store.models import Article, Block, Entity, Label, SourceFile, database_proxy
from jmreview.store.records import assemble_text


def files() -> list[SourceFile]:
    """Every imported file, by name."""
    return list(SourceFile.select().where(SourceFile.replaced_by.is_null()).order_by(SourceFile.name, SourceFile.id))


def files_in_print_order() -> list[SourceFile]:
    """Every imported file by issue date and page label (files without them last), then by name."""
    return sorted(files(), key=lambda f: (f.issue_date is None, f.issue_date or "", f.page_label is None,
                                          f.page_label or "", f.name, f.id))


def articles_of(source: SourceFile, status: str | None = None) -> list[Article]:
    """A file's articles in reading order, optionally only those in one status."""
    query = Article.select().where(Article.file == source)
    if status:
        query = query.where(Article.status == status)
    return list(query.order_by(Article.reading_order, Article.id))


def blocks_of(article: Article) -> list[Block]:
    """An article's blocks in reading order."""
    return list(Block.select().where(Block.article == article).order_by(Block.position, Block.line))


def block_display(source_text: str, block: Block) -> str:
    """A block's text as shown: pinyin artifacts removed."""
    return strip_pinyin(source_text[block.start:block.end])


def article_text(source_text: str, blocks: list[Block]) -> str:
    """The article as read (the export's rule: records.assemble_text) for Block rows."""
    return assemble_text(source_text, [(b.article_id, b.line, b.start, b.end, b.role, b.joins_previous,
                                        b.duplicate_of) for b in blocks])


def noise_lines(source: SourceFile) -> list[int]:
    """Line numbers of the file's blocks that belong to no article."""
    rows = Block._meta.database.execute_sql(
        "SELECT line FROM block WHERE file_id = ? AND article_id IS NULL ORDER BY line", [source.id])
    return [int(r[0]) for r in rows]


def labels() -> list[Label]:
    """The entity labels, in creation order."""
    return list(Label.select().order_by(Label.id))


@dataclass
class Stats:
    """Counts for `jmreview stats`."""

    files: int
    articles: int
    blocks: int
    entities: int
    by_status: dict[str, int]
    by_category: dict[str, int]
    by_label: dict[str, int]


def stats() -> Stats:
    """Counts of everything in the store."""
    def grouped(field, model, copies) -> dict[str, int]:  # type: ignore[no-untyped-def]
        rows = model.select(field, fn.COUNT(model.id)).where(model.file.not_in(copies)).group_by(field).tuples()
        return {row[0]: row[1] for row in rows}

    copies = SourceFile.select(SourceFile.id).where(   # review copies and replaced versions: not counted (the
        SourceFile.review_of.is_null(False) | SourceFile.replaced_by.is_null(False))   # pages as an export has them)
    return Stats(
        files=SourceFile.select().where(SourceFile.review_of.is_null() & SourceFile.replaced_by.is_null()).count(),
        articles=Article.select().where(Article.file.not_in(copies)).count(),
        blocks=Block.select().where(Block.file.not_in(copies)).count(),
        entities=Entity.select().where(Entity.file.not_in(copies)).count(),
        by_status=grouped(Article.status, Article, copies),
        by_category=grouped(Article.category, Article, copies),
        by_label=grouped(Entity.label, Entity, copies),
    )


def top_entities(label: str, n: int = 10) -> list[tuple[str, int]]:
    """The most frequent entity strings (Simplified) of one label, rejected ones left out."""
    counts = Counter(e.simplified for e in Entity.select(Entity.simplified)
                     .where((Entity.label == label) & (Entity.status != "rejected") & Entity.file.not_in(
                         SourceFile.select(SourceFile.id).where(SourceFile.review_of.is_null(False)))))
    return counts.most_common(n)


def current_version(file_id: int) -> int | None:
    """The file version that replaced this one (following every newer import), itself if current; None if gone."""
    seen: set[int] = set()
    sf = SourceFile.get_or_none(SourceFile.id == file_id)
    while sf is not None and sf.replaced_by is not None and sf.review_of is None and sf.id not in seen:
        seen.add(sf.id)
        sf = SourceFile.get_or_none(SourceFile.id == sf.replaced_by)
    return sf.id if sf is not None else None


def current_versions(copies: bool = True) -> dict[int, int]:
    """Each replaced version's id → the id of its page's current version (none for a broken chain); review copies
    (which name their page as replaced_by) too unless `copies` is False."""
    nxt = {int(i): int(r) for i, r in database_proxy.execute_sql(
        "SELECT id, replaced_by FROM sourcefile WHERE replaced_by IS NOT NULL"
        + ("" if copies else " AND review_of IS NULL")).fetchall()}
    out: dict[int, int] = {}
    for start in nxt:
        seen, at = {start}, nxt[start]
        while at in nxt and at not in seen:   # a ring made by hand leads nowhere
            seen.add(at)
            at = nxt[at]
        if at not in nxt:
            out[start] = at
    return out


def counterpart(article_id: int, file_id: int) -> int | None:
    """The article of another version of a file holding most of an article's lines (by their text; nearest first
    when as many): its first line changed, it is still found (run 37 A25: typing carried onto another article)."""
    art = Article.get_or_none(Article.id == article_id)
    if art is None:
        return None
    text = SourceFile.get_by_id(art.file_id).text
    mine = {text[b.start:b.end]: b.line for b in Block.select().where(Block.article == art)}
    other = SourceFile.get_by_id(file_id).text
    votes: dict[int, list[int]] = {}
    for b in Block.select().where((Block.file == file_id) & Block.article.is_null(False)):
        line = mine.get(other[b.start:b.end])
        if line is not None and b.article_id is not None:
            votes.setdefault(b.article_id, []).append(abs(b.line - line))
    return max(votes, key=lambda a: (len(votes[a]), -min(votes[a])), default=None)


def edit_pages(log_id: int) -> int:
    """How many pages a logged edit changed (an edited workbook's import: many; run 64 A13: its undo refreshed the
    counts of one page in the file list)."""
    from jmreview.store.models import EditLog

    log = EditLog.get_or_none(EditLog.id == log_id)
    if log is None:
        return 0
    pages: set[int] = set()
    articles: set[int] = set()
    for step in (log.payload or {}).get("steps", []):
        if step.get("op") == "meta":
            articles.update(step.get("articles") or [])
            continue
        values = {**(step.get("before") or {}), **(step.get("after") or {})}
        if step.get("model") == "SourceFile":
            pages.add(step["id"])
        pages.update([values["file_id"]] if values.get("file_id") else [])
        articles.update([step["id"]] if step.get("model") == "Article" else
                        [values["article_id"]] if values.get("article_id") else [])
    for chunk in range(0, len(articles), 500):   # (SQLite's bound variables)
        ids = sorted(articles)[chunk:chunk + 500]
        pages.update(a.file_id for a in Article.select(Article.file).where(Article.id.in_(ids)))
    return len(pages)


def page_name(page: SourceFile) -> str:
    """A page as commands take it: its name, or folder/name when another current page has the name (two issues'
    A01.txt told apart: run 39 B14; run 64 B44: `curate 2024-01-02/A01.txt` refused as plain "A01.txt")."""
    others = SourceFile.select().where((SourceFile.name == page.name) & SourceFile.review_of.is_null()
                                       & SourceFile.replaced_by.is_null() & (SourceFile.id != page.id)).exists()
    return f"{page.folder}/{page.name}" if others and page.folder else str(page.name)
