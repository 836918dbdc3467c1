"""The JSON corpus export (format version 2, docs/export-format.md) and JSONL.

Files are written to a temporary name beside the target and moved into place, so a crash
or a full disk never leaves a broken file where the old one was. Given a binary stream
instead of a path (standard output for `-o -`), both write onto it as they go.
"""
from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from jmreview.analysis.cue_codes import decode, english
from jmreview.exchange.atomic import write_atomically
from jmreview.exchange.json_news import add_newspaper, file_fields
from jmreview.exchange.json_team import TEAM_DAMAGED, left_out, team_damage, team_section
from jmreview.exchange.json_text import iter_document
from jmreview.store.dialect import is_postgres
from jmreview.store.ids import ids_given
from jmreview.store.models import SourceFile, database_proxy
from jmreview.store.queries import files, files_in_print_order, labels, noise_lines
from jmreview.store.records import article_records, line_marks

FORMAT = "jmreview-corpus"
VERSION = 2   # 2: issues and pages, continued stories, resolved dates (issue 14)
Target = Path | IO[bytes]


CUE_SQL = 'SELECT start, "end", label, cue FROM entity WHERE file_id = ? AND cue != \'\''
SUGGESTED_BY = {"entity.rules": "rules", "entity.jieba": "jieba", "entity.learned": "learned",
                "entity.pattern": "learned"}


def with_origins(source: SourceFile, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each automatic entity says where it came from: ``suggested_by`` rules, jieba or learned, and in words.

    Added beside the contract's ``origin`` (auto or manual, unchanged): "learned from 3 corrections by 李明".
    """
    cues = {(a, b, lab): cue for a, b, lab, cue in database_proxy.execute_sql(CUE_SQL, [source.id])}
    for art in articles:
        for e in art["entities"]:
            cue = cues.get((e["start"], e["end"], e["label"]))
            decoded = decode(cue) if cue and e["origin"] == "auto" else None
            if decoded and decoded[0] in SUGGESTED_BY:
                e["suggested_by"], e["origin_detail"] = SUGGESTED_BY[decoded[0]], english(cue or "")
    return articles


def records(source: SourceFile, status: str | None = None) -> list[dict[str, Any]]:
    """A file's (or a review copy's) articles as the export writes them."""
    return add_newspaper(source, with_origins(source, article_records(source, status)), status)


def file_record(source: SourceFile, status: str | None, with_source: bool) -> dict[str, Any]:
    """One file with its articles."""
    record: dict[str, Any] = {
        "name": source.name,
        "folder": source.folder,
        **file_fields(source),
        "sha256": source.sha256,
        "encoding": source.encoding,
        "script": source.script,
        "line_count": source.line_count,
        "articles": records(source, status),
        "noise_lines": noise_lines(source),
        "line_marks": line_marks(source),
    }
    if with_source:
        record["source"] = source.text
    return record


class LazyFiles(list):
    """The files of the corpus, each built only when the encoder reaches it (memory stays flat)."""

    def __init__(self, sources: list[SourceFile], status: str | None, with_source: bool) -> None:
        super().__init__()
        self.sources, self.status, self.with_source = sources, status, with_source
        self.articles = 0

    def __len__(self) -> int:
        return len(self.sources)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for source in self.sources:
            record = file_record(source, self.status, self.with_source)
            self.articles += len(record["articles"])
            yield record


def corpus(status: str | None = None, with_source: bool = False, lazy: bool = False) -> dict[str, Any]:
    """The whole store as one JSON-ready document (files built while encoding when lazy); with the sources, a
    snapshot: the team's work in progress too (json_team)."""
    sources = files_in_print_order()
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "labels": [{"name": lab.name, "title": lab.title, "color": lab.color} for lab in labels()],
        "files": LazyFiles(sources, status, with_source) if lazy else
        [file_record(f, status, with_source) for f in sources],
    }
    if with_source:
        doc["team"] = team_section(sources, records)
        doc["ids_given"] = ids_given()   # a restore never gives again a number an older export names (run 21 A72)
    return doc


def jsonl_records(status: str | None = None) -> Iterator[dict[str, Any]]:
    """One article a record, each with its file's name."""
    for source in files():
        for record in article_records(source, status):
            yield {"name": source.name, **record}


def _write(target: Target, chunks: Iterator[str]) -> None:
    """Into a file (atomically), or onto a binary stream as UTF-8 as the chunks come."""
    if isinstance(target, (str, os.PathLike)):
        write_atomically(Path(target), chunks)
        return
    for chunk in chunks:
        target.write(chunk.encode("utf-8"))
    target.flush()


def export_json(path: Target, status: str | None = None, with_source: bool = False,
                damage: list[str] | None = None) -> int:
    """Write the JSON corpus to a file or a stream, read in one snapshot of the database (run 56 B14: the team's
    decisions read before the pages, a take changed meanwhile, the restore holding a decision its page does not
    give); returns the number of articles written. `damage` (a snapshot's) gets what doctor finds in the team's
    work, read in that same snapshot (run 58 B22: read after it, a curation under way was taken for damage)."""
    collecting = gc.isenabled()
    with database_proxy.atomic():   # one read transaction: every statement sees the same committed state
        if is_postgres(database_proxy.obj):
            database_proxy.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        doc = corpus(status, with_source, lazy=True)
        gc.disable()  # millions of short-lived containers and no cycles: collection would only cost time
        try:
            _write(path, iter_document(doc, "files"))
        finally:
            if collecting:
                gc.enable()
        if with_source and damage is not None:
            damage += team_damage()
    return int(doc["files"].articles)


def export_jsonl(path: Target, status: str | None = None) -> int:
    """Write one article a line to a file or a stream; returns the number of articles written."""
    count = 0

    def lines() -> Iterator[str]:
        nonlocal count
        for record in jsonl_records(status):
            count += 1
            yield json.dumps(record, ensure_ascii=False) + "\n"

    _write(path, lines())
    return count


__all__ = ["export_json", "export_jsonl", "corpus", "left_out", "team_damage", "TEAM_DAMAGED"]
