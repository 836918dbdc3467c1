"""Rows written from an analysis: articles, blocks, entities (shared by import and re-runs)."""
from __future__ import annotations

from typing import Any

from jmreview.analysis.page import ArticleResult
from jmreview.analysis.script import to_simplified
from jmreview.store.changes import within_limit
from jmreview.store.database import Store
from jmreview.store.dialect import execute_many
from jmreview.store.ids import new_article_id
from jmreview.store.models import Article, Block, Entity, SourceFile, now

NOISE_CUE = "noise.debris"


def insert_rows(store: Store, model: type[Block] | type[Entity], rows: list[dict[str, Any]]) -> None:
    """Insert many rows with one prepared statement (peewee's SQL building is the slow part)."""
    if not rows:
        return
    columns = list(rows[0])
    table = model._meta.table_name
    names = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in columns)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
    fields = [model._meta.fields[c] for c in columns]
    execute_many(store.db, sql, [[f.db_value(r[c]) for f, c in zip(fields, columns)] for r in rows])


def create_article(source: SourceFile, order: int, art: ArticleResult) -> Article:
    """An Article row with the fields automation found."""
    f = art.fields
    row = Article.create(
        **new_article_id(), file=source, reading_order=order, title=f.title, kicker=f.kicker, subtitle=f.subtitle,
        title_simplified=to_simplified(f.title), category=f.category, date=f.date,
        reporters=f.credits.names["reporters"], correspondents=f.credits.names["correspondents"],
        photographers=f.credits.names["photographers"], sources=f.credits.names["sources"],
        start_cue=art.start_cue, created_at=now(), updated_at=now())
    within_limit(row.id)   # inside the file's transaction: refused, nothing of the file is written
    return row


def entity_rows(source: SourceFile, article: Article, art: ArticleResult, members: set[int]) -> list[dict[str, Any]]:
    """Entity rows of an analysed article, limited to the given blocks."""
    return [{"article": article.id, "file": source.id, "start": e.start, "end": e.end, "text": e.text,
             "simplified": e.simplified, "label": e.label, "role": e.role, "origin": "auto",
             "status": "suggested", "created_at": now(), "cue": e.cue}
            for e in art.entities if e.block in members]
