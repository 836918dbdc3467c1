"""Rows written from an analysis: articles, blocks, entities (shared by import and re-runs)."""
from __future__ import annotations

from typing import Any

from jmreview.analysis.page import ArticleResult
from jmreview.analysis.script import to_simplified
from jmreview.store.changes import within_limit
from jmreview.store.database import Store
from jmreview.store.dialect import execute_many
from jmreview.store.ids import MAX_ID, count_from, last_article_given, new_article_id
from jmreview.store.models import Article, Block, Entity, SourceFile, database_proxy, now

NOISE_CUE = "noise.debris"


def insert_rows(store: Store, model: type[Block] | type[Entity] | type[Article], rows: list[dict[str, Any]]) -> None:
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


def _defaults(model: type[Article]) -> dict[str, Any]:
    """What peewee would fill in for the fields a new row does not name."""
    return {name: field.default() if callable(field.default) else field.default
            for name, field in model._meta.fields.items() if field.default is not None and name != "id"}


def create_articles(store: Store, source: SourceFile, arts: list[ArticleResult]) -> list[int]:
    """The Article rows of a new file in one statement (numbered as SQLite would: after the highest ever given)."""
    top = max(database_proxy.execute_sql("SELECT max(id) FROM article").fetchone()[0] or 0, last_article_given())
    if top + len(arts) >= MAX_ID:   # near the ceiling: one at a time, each finding a free number
        return [create_article(source, k, art).id for k, art in enumerate(arts)]
    stamp, defaults = now(), _defaults(Article)
    rows = []
    for k, art in enumerate(arts):
        f, names = art.fields, art.fields.credits.names
        rows.append({**defaults, "id": top + 1 + k, "file": source.id, "reading_order": k,
                     "title": f.title, "kicker": f.kicker,
                     "subtitle": f.subtitle, "title_simplified": to_simplified(f.title), "category": f.category,
                     "date": f.date, "reporters": names["reporters"], "correspondents": names["correspondents"],
                     "photographers": names["photographers"], "sources": names["sources"],
                     "start_cue": art.start_cue, "created_at": stamp, "updated_at": stamp})
    insert_rows(store, Article, rows)
    if rows:
        count_from({"article": rows[-1]["id"]})   # a server's sequence follows numbers given by hand
    return [r["id"] for r in rows]


def entity_rows(source: SourceFile, article: int, art: ArticleResult, members: set[int]) -> list[dict[str, Any]]:
    """Entity rows of an analysed article (by id), limited to the given blocks."""
    return [{"article": article, "file": source.id, "start": e.start, "end": e.end, "text": e.text,
             "simplified": e.simplified, "label": e.label, "role": e.role, "origin": "auto",
             "status": "suggested", "created_at": now(), "cue": e.cue}
            for e in art.entities if e.block in members]
