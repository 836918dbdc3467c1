"""Import page dumps into the store: decode, analyse, then write each file in one transaction.

Analysis (the slow part) can run in worker processes; writing stays in the calling process,
one transaction per file, so a refused or interrupted file leaves nothing behind.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jmreview.core.errors import RefusedInput
from jmreview.core.ingest import DecodedSource, read_source
from jmreview.core.models import Article, Block, Entity, SourceFile, now
from jmreview.core.pipeline import PageAnalysis, analyse_text
from jmreview.core.script import to_simplified
from jmreview.core.store import Store

TEXT_SUFFIXES = {".txt", ".text", ""}
Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    """What an import did, file by file."""

    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)     # same bytes already imported
    refused: list[tuple[str, str]] = field(default_factory=list)
    articles: int = 0
    characters: int = 0

    def summary(self) -> str:
        """One line for the terminal."""
        return (f"{len(self.imported)} imported ({self.articles} articles), "
                f"{len(self.skipped)} already there, {len(self.refused)} refused")


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the text files inside folders named, in a stable order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                              and not p.name.startswith(".")))
        else:
            out.append(path)
    return out


def analyse_path(path: Path) -> tuple[DecodedSource, PageAnalysis] | RefusedInput:
    """Decode and analyse one file (runs in a worker process); a refusal is returned, not raised."""
    try:
        source = read_source(path)
    except RefusedInput as exc:
        return exc
    return source, analyse_text(source.text)


Analysed = tuple[DecodedSource, PageAnalysis] | RefusedInput


def _results(paths: list[Path], workers: int) -> Iterator[tuple[Path, Analysed]]:
    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            yield path, analyse_path(path)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from zip(paths, pool.map(analyse_path, paths, chunksize=1))


def _insert_rows(store: Store, model: type[Block] | type[Entity], rows: list[dict[str, Any]]) -> None:
    """Insert many rows with one prepared statement (peewee's SQL building is the slow part)."""
    if not rows:
        return
    columns = list(rows[0])
    table = model._meta.table_name
    names = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in columns)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
    fields = [model._meta.fields[c] for c in columns]
    store.db.connection().executemany(sql, [[f.db_value(r[c]) for f, c in zip(fields, columns)] for r in rows])


def write_analysis(store: Store, source: DecodedSource, page: PageAnalysis) -> int:
    """Store one analysed file in a single transaction; returns the number of articles."""
    with store.write():
        sf = SourceFile.create(name=source.name, sha256=source.sha256, encoding=source.encoding,
                               script=page.script, text=source.text, line_count=page.line_count,
                               size=source.size)
        owner: dict[int, int] = {}
        position: dict[int, int] = {}
        articles = []
        for k, art in enumerate(page.articles):
            f = art.fields
            row = Article.create(
                file=sf, reading_order=k, title=f.title, kicker=f.kicker, subtitle=f.subtitle,
                title_simplified=to_simplified(f.title), category=f.category, date=f.date,
                reporters=f.credits.names["reporters"], correspondents=f.credits.names["correspondents"],
                photographers=f.credits.names["photographers"], sources=f.credits.names["sources"],
                start_cue=art.start_cue, created_at=now(), updated_at=now())
            articles.append(row)
            for pos, m in enumerate(art.members):
                owner[m] = k
                position[m] = pos
        rows: list[dict[str, Any]] = []
        for m, b in enumerate(page.blocks):
            k_or_none = owner.get(m)
            member_of = page.articles[k_or_none] if k_or_none is not None else None
            dup = page.duplicates.get(m)
            rows.append({
                "file": sf.id, "line": b.line, "start": b.start, "end": b.end,
                "article": articles[k_or_none].id if k_or_none is not None else None,
                "position": position.get(m, 0),
                "role": member_of.roles[m] if member_of else "body",
                "cue": member_of.cues.get(m, "") if member_of else "noise: punctuation or layout debris in no article",
                "joins_previous": m in page.joins, "join_cue": page.joins.get(m, ""),
                "duplicate_of": page.blocks[dup].line if dup is not None else None, "manual": [],
            })
        _insert_rows(store, Block, rows)
        ents: list[dict[str, Any]] = []
        for k, art in enumerate(page.articles):
            for e in art.entities:
                ents.append({"article": articles[k].id, "file": sf.id, "start": e.start, "end": e.end,
                             "text": e.text, "simplified": e.simplified, "label": e.label, "role": e.role,
                             "origin": "auto", "status": "suggested", "created_at": now()})
        _insert_rows(store, Entity, ents)
    return len(articles)


def import_paths(store: Store, paths: Iterable[Path], progress: Progress | None = None,
                 workers: int | None = None) -> ImportReport:
    """Import files and folders; refused files are reported and leave nothing behind."""
    files = expand_paths(paths)
    report = ImportReport()
    known = {row.sha256 for row in SourceFile.select(SourceFile.sha256)}
    if workers is None:
        workers = min(len(files), os.cpu_count() or 1)
    for n, (path, result) in enumerate(_results(files, workers), start=1):
        if isinstance(result, RefusedInput):
            report.refused.append((result.name, result.reason))
        else:
            source, page = result
            if source.sha256 in known:
                report.skipped.append(source.name)
            else:
                report.articles += write_analysis(store, source, page)
                report.characters += len(source.text)
                report.imported.append(source.name)
                known.add(source.sha256)
        if progress:
            progress(n, len(files), path.name)
    return report
