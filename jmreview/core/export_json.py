"""The JSON corpus export (format version 1, shared/docs/export-format.md) and JSONL.

Files are written to a temporary name beside the target and moved into place, so a crash
or a full disk never leaves a broken file where the old one was.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from jmreview.core.models import Article, Block, Entity, SourceFile
from jmreview.core.queries import article_text, articles_of, blocks_of, files, labels, noise_lines
from jmreview.core.script import to_simplified

FORMAT = "jmreview-corpus"
VERSION = 1


def article_record(source: SourceFile, article: Article, blocks: list[Block] | None = None,
                   entities: list[Entity] | None = None) -> dict[str, Any]:
    """One article as the export contract describes it (blocks and entities read if not given)."""
    if blocks is None:
        blocks = blocks_of(article)
    if entities is None:
        entities = list(Entity.select().where(Entity.article == article).order_by(Entity.start, Entity.id))
    text = article_text(source.text, blocks)
    return {
        "id": article.id,
        "index": article.reading_order,
        "title": article.title,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "title_simplified": to_simplified(article.title),
        "category": article.category,
        "status": article.status,
        "reporters": list(article.reporters),
        "correspondents": list(article.correspondents),
        "photographers": list(article.photographers),
        "sources": list(article.sources),
        "date": article.date,
        "version": article.version,
        "reviewer": article.reviewer,
        "reviewed_at": article.reviewed_at.isoformat() if article.reviewed_at else None,
        "blocks": [
            {"line": b.line, "start": b.start, "end": b.end, "role": b.role,
             "joins_previous": bool(b.joins_previous), "duplicate_of": b.duplicate_of}
            for b in blocks
        ],
        "text": text,
        "text_simplified": to_simplified(text),
        "entities": [
            {"text": e.text, "simplified": e.simplified, "label": e.label, "start": e.start, "end": e.end,
             "role": e.role, "origin": e.origin, "status": e.status}
            for e in entities
        ],
    }


def article_records(source: SourceFile, status: str | None = None) -> list[dict[str, Any]]:
    """Every article of a file as records, read with three queries whatever the count."""
    articles = articles_of(source, status)
    wanted = {a.id for a in articles}
    blocks: dict[int, list[Block]] = {}
    for b in Block.select().where((Block.file == source) & Block.article.is_null(False)) \
            .order_by(Block.position, Block.line):
        if b.article_id in wanted:
            blocks.setdefault(b.article_id, []).append(b)
    entities: dict[int, list[Entity]] = {}
    for e in Entity.select().where(Entity.file == source).order_by(Entity.start, Entity.id):
        if e.article_id in wanted:
            entities.setdefault(e.article_id, []).append(e)
    return [article_record(source, a, blocks.get(a.id, []), entities.get(a.id, [])) for a in articles]


def file_record(source: SourceFile, status: str | None, with_source: bool) -> dict[str, Any]:
    """One file with its articles."""
    record: dict[str, Any] = {
        "name": source.name,
        "sha256": source.sha256,
        "encoding": source.encoding,
        "script": source.script,
        "line_count": source.line_count,
        "articles": article_records(source, status),
        "noise_lines": noise_lines(source),
    }
    if with_source:
        record["source"] = source.text
    return record


def corpus(status: str | None = None, with_source: bool = False) -> dict[str, Any]:
    """The whole store as one JSON-ready document."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "labels": [{"name": lab.name, "title": lab.title, "color": lab.color} for lab in labels()],
        "files": [file_record(f, status, with_source) for f in files()],
    }


def jsonl_records(status: str | None = None) -> Iterator[dict[str, Any]]:
    """One article a record, each with its file's name."""
    for source in files():
        for record in article_records(source, status):
            yield {"name": source.name, **record}


def write_atomically(path: Path, chunks: Iterator[str]) -> None:
    """Write text to a temporary file beside path, then move it into place."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def export_json(path: Path, status: str | None = None, with_source: bool = False) -> int:
    """Write the JSON corpus; returns the number of articles written."""
    doc = corpus(status, with_source)
    write_atomically(path, iter([json.dumps(doc, ensure_ascii=False, indent=1), "\n"]))
    return sum(len(f["articles"]) for f in doc["files"])


def export_jsonl(path: Path, status: str | None = None) -> int:
    """Write one article a line; returns the number of articles written."""
    count = 0

    def lines() -> Iterator[str]:
        nonlocal count
        for record in jsonl_records(status):
            count += 1
            yield json.dumps(record, ensure_ascii=False) + "\n"

    write_atomically(path, lines())
    return count
