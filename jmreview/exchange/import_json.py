"""`jmreview import-json`: restore a corpus into an empty database, or apply one as edits.

Into an empty database every file must carry its source (`export --with-source`); the
corpus comes back with the same article ids, so exporting again gives the same JSON.
Into a database that has the same source files (by sha256) the file's articles, fields,
statuses and entities are applied as one logged edit, undoable in one step; an article
whose database version is newer than the exported one was changed here since the export
and is refused, with the reason in the report.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from jmreview.analysis.blocks import split_blocks
from jmreview.analysis.script import to_simplified
from jmreview.exchange.json_validate import InvalidCorpus, load_corpus
from jmreview.store.changes import Changes, record
from jmreview.store.database import Store
from jmreview.store.models import DEFAULT_LABELS, Article, Block, Entity, Label, SourceFile, now
from jmreview.store.rows import NOISE_CUE
from jmreview.store.search import index_blocks

FIELDS = ("title", "kicker", "subtitle", "category", "status", "date", "reporters", "correspondents",
          "photographers", "sources")
CUE = "restored from a corpus file"


@dataclass
class JsonImportReport:
    """What an import did."""

    mode: str = ""                                       # "restore" or "apply"
    files: int = 0
    articles: int = 0
    conflicts: list[str] = field(default_factory=list)   # one line per refused article
    missing: list[str] = field(default_factory=list)     # files neither here nor carrying a source
    log_id: int = 0

    def summary(self) -> str:
        """One line for the terminal."""
        verb = "restored" if self.mode == "restore" else "applied"
        return (f"{verb} {self.articles} articles of {self.files} files, {len(self.conflicts)} refused, "
                f"{len(self.missing)} files not found")


def import_json(store: Store, path: Path, who: str) -> JsonImportReport:
    """Validate a corpus file, then restore it (empty database) or apply it (same sources)."""
    doc = load_corpus(path)
    store.backup("before-import-json")
    if not SourceFile.select().exists():
        return restore(store, doc)
    return apply(store, doc, who)


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _check_source(f: dict[str, Any]) -> str:
    source = f.get("source")
    if not isinstance(source, str):
        raise InvalidCorpus(f"file {f['name']} has no source text: export with --with-source to restore a corpus")
    encoding = f["encoding"]
    if encoding.startswith(("utf-8", "utf-16")) and hashlib.sha256(source.encode(encoding)).hexdigest() != f["sha256"]:
        raise InvalidCorpus(f"file {f['name']}: its source text does not match its sha256")
    return source


def restore(store: Store, doc: dict[str, Any]) -> JsonImportReport:
    """Rebuild a whole corpus in an empty database, with the same article ids."""
    report = JsonImportReport(mode="restore")
    sources = [_check_source(f) for f in doc["files"]]
    with store.write():
        hotkeys = {name: key for name, _, _, key in DEFAULT_LABELS}
        if doc.get("labels"):
            Label.delete().execute()
            for lab in doc["labels"]:
                Label.create(name=lab["name"], title=lab["title"], color=lab["color"], hotkey=hotkeys.get(lab["name"]))
        for f, text in zip(doc["files"], sources):
            sf = SourceFile.create(name=f["name"], sha256=f["sha256"], encoding=f["encoding"], script=f["script"],
                                   text=text, line_count=f["line_count"], size=len(text.encode(_codec(f))))
            by_line = {}
            for b in split_blocks(text):
                by_line[b.line] = Block.create(file=sf, line=b.line, start=b.start, end=b.end, cue=NOISE_CUE)
            for a in f["articles"]:
                art = Article.create(id=a["id"], file=sf, reading_order=a["index"], title_simplified=to_simplified(
                    a["title"]), version=a.get("version", 1), reviewer=a.get("reviewer"),
                    reviewed_at=_moment(a.get("reviewed_at")), start_cue=CUE, created_at=now(), updated_at=now(),
                    **{k: a[k] for k in FIELDS})
                for pos, b in enumerate(a["blocks"]):
                    row = by_line.get(b["line"])
                    if row is None or (row.start, row.end) != (b["start"], b["end"]):
                        raise InvalidCorpus(f"file {f['name']}: line {b['line']} does not match its source")
                    Block.update(article=art, position=pos, role=b["role"], cue=CUE,
                                 joins_previous=b["joins_previous"], duplicate_of=b["duplicate_of"]) \
                        .where(Block.id == row.id).execute()
                for e in a["entities"]:
                    Entity.create(article=art, file=sf, start=e["start"], end=e["end"], text=text[e["start"]:e["end"]],
                                  simplified=e.get("simplified") or to_simplified(e["text"]), label=e["label"],
                                  role=e.get("role"), origin=e.get("origin", "auto"),
                                  status=e.get("status", "suggested"), created_at=now())
                report.articles += 1
            index_blocks(store, sf.id, text)
            report.files += 1
    return report


def _codec(f: dict[str, Any]) -> str:
    encoding = str(f["encoding"])
    return "big5hkscs" if encoding == "big5" else encoding


def apply(store: Store, doc: dict[str, Any], who: str) -> JsonImportReport:
    """Apply the corpus to the same source files as one logged, undoable edit."""
    report = JsonImportReport(mode="apply")
    by_sha = {sf.sha256: sf for sf in SourceFile.select()}
    with record(store, who, "import_json", "apply a corpus file") as ch:
        for f in doc["files"]:
            sf = by_sha.get(f["sha256"])
            if sf is None:
                report.missing.append(f["name"])
                continue
            report.files += 1
            blocks = {b.line: b for b in Block.select().where(Block.file == sf)}
            for a in f["articles"]:
                if _apply_article(ch, sf, blocks, a, report):
                    report.articles += 1
        report.log_id = 0
    if ch.steps:
        report.log_id = int(ch.steps[-1]["log"])
    return report


def _apply_article(ch: Changes, sf: SourceFile, blocks: dict[int, Block], a: dict[str, Any],
                   report: JsonImportReport) -> bool:
    art = Article.get_or_none((Article.id == a["id"]) & (Article.file == sf))
    exported = a.get("version", 1)
    if art is not None and art.version > exported:
        report.conflicts.append(f"{sf.name}: article {art.id} 《{art.title}》 was changed here after the export "
                                f"(version {art.version}, the file has {exported}); left as it is")
        return False
    if any(b["line"] not in blocks for b in a["blocks"]):
        report.conflicts.append(f"{sf.name}: article {a['id']} names lines that are not blocks here; left out")
        return False
    if art is None:
        made = ch.create(Article, file=sf, reading_order=a["index"], title=a["title"], origin="manual",
                         start_cue=CUE, created_at=now(), updated_at=now())
        art = Article.get_by_id(made.id)
    assert art is not None
    values = {k: a[k] for k in FIELDS}
    values["reading_order"] = a["index"]
    values["title_simplified"] = to_simplified(a["title"])
    if "reviewer" in a:
        values["reviewer"] = a["reviewer"]
        values["reviewed_at"] = _moment(a.get("reviewed_at"))
    ch.set(art, **values)
    ch.set(art, manual=sorted(set(art.manual) | {"imported"}))
    wanted = {b["line"] for b in a["blocks"]}
    for old in Block.select().where(Block.article == art):
        if old.line not in wanted:
            ch.set(old, article=None)
    for pos, b in enumerate(a["blocks"]):
        row = blocks[b["line"]]
        ch.set(row, article=art, position=pos, role=b["role"], joins_previous=b["joins_previous"],
               duplicate_of=b["duplicate_of"])
    have = {(e.start, e.end, e.label): e for e in Entity.select().where(Entity.article == art)}
    for e in a["entities"]:
        key = (e["start"], e["end"], e["label"])
        current = have.pop(key, None)
        if current is None:
            ch.create(Entity, article=art, file=sf, start=e["start"], end=e["end"], text=sf.text[e["start"]:e["end"]],
                      simplified=e.get("simplified") or to_simplified(e["text"]), label=e["label"], role=e.get("role"),
                      origin=e.get("origin", "manual"), status=e.get("status", "accepted"), created_at=now())
        else:
            ch.set(current, status=e.get("status", current.status), role=e.get("role"))
    for leftover in have.values():
        ch.delete(leftover)
    ch.touch(art)
    return True
