"""`jmreview import-json`: restore a corpus into an empty database, or apply one as edits.

The whole file is checked before anything is written (`json_validate` its shape,
`json_checks` every record against its source); a file that fails is refused by name with
its first problems, and the database is not touched.

Into an empty database every file must carry its source (`export --with-source`); the
corpus comes back with the same article ids and with every mark of what a person decided
(article ``origin``, ``manual`` and ``flag``, the lines' marks in ``line_marks``), so
exporting again gives the same JSON and re-running automation keeps the editors' work.
A file from before these marks travelled does not say what people decided: every article
and noise line it restores is then marked ``imported``, and automation redoes none of them.
Into a database that has the same source files (by sha256) the file is applied as one
logged edit (`json_apply`).

A snapshot's ``team`` section (`json_team`: assignments, review copies, review states, curation decisions) is
checked with the rest and restored with it into an empty database. An apply leaves the team's work of the database
as it is, and says so when the file holds some (`TEAM_LEFT`): review copies and decisions belong to one database's
review in progress, and merging two of them is not what a snapshot is for.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from jmreview.analysis.cue_codes import decode, encode
from jmreview.analysis.script import to_simplified
from jmreview.errors import Coded, JmreviewError
from jmreview.exchange.json_apply import FIELDS, JsonImportReport, apply
from jmreview.exchange.json_checks import SOURCE_REFUSALS, Source, check_against_sources, verify_source
from jmreview.exchange.json_news import check_newspaper, restore_links
from jmreview.exchange.json_team import TEAM_LEFT, restore_team, team_counts
from jmreview.exchange.json_team_checks import check_team, check_team_sources, page_key
from jmreview.exchange.json_validate import InvalidCorpus, load_corpus
from jmreview.store.busy import long_job
from jmreview.store.database import Store
from jmreview.store.editor_names import reviewer_form
from jmreview.store.ids import count_from
from jmreview.store.models import DEFAULT_LABELS, ROLES, Article, Block, Entity, Label, SourceFile, now
from jmreview.store.read_back import refuse_bulk_into
from jmreview.store.rows import NOISE_CUE, insert_rows
from jmreview.store.search import index_blocks

CUE = "restored from a corpus file"
UNKNOWN_MARKS = ["imported"]   # a file from before the marks travelled: what people decided is unknown, keep all

__all__ = ["CUE", "InvalidCorpus", "JsonImportReport", "apply", "import_json", "restore"]


RESTORE_RACE = ("{path} is no longer empty (another import filled it meanwhile): nothing was restored; import the "
                "file again to apply it to what is there now")


def import_json(store: Store, path: Path, who: str) -> JsonImportReport:
    """Validate a corpus file against its sources, then restore it (empty database) or apply it (same sources)."""
    path = Path(path)
    doc = load_corpus(path)
    try:
        check_newspaper(doc)
        check_team(doc)
    except InvalidCorpus as exc:
        raise exc.within(path.name) from None
    with long_job(getattr(store, "path", None)):   # no restore of a backup while this runs
        restoring = not SourceFile.select().exists()
        try:
            sources: list[Source | None] = [verify_source(f) for f in doc["files"]] if restoring \
                else _database_sources(doc)
            known = {lab["name"] for lab in doc["labels"]} if restoring and doc.get("labels") else \
                {lab.name for lab in Label.select(Label.name)}
            check_against_sources(doc, sources, known)
            if restoring:
                check_team_sources(doc, [s for s in sources if s is not None], known)
        except InvalidCorpus as exc:
            raise exc.within(path.name) from None
        store.backup("before-import-json")
        if restoring:
            try:   # the team section's decisions are checked against the restored copies, in its transaction
                return restore(store, doc, [s for s in sources if s is not None])
            except InvalidCorpus as exc:
                raise exc.within(path.name) from None
        report = apply(store, doc, who, sources)
    counts = team_counts(doc)
    if any(counts.values()):   # never half of a review in progress: the database's own team work stays as it is
        left = Coded(TEAM_LEFT, **counts)
        report.conflicts.append(f"{path.name}: {left}")
        report.refusals.append((path.name, left))
    return report


def _database_sources(doc: dict[str, Any]) -> list[Source | None]:
    """For each file of the corpus, the same file in the database (by sha256) and its lines, or None."""
    by_sha = {sf.sha256: sf for sf in SourceFile.select()}
    out: list[Source | None] = []
    for f in doc["files"]:
        sf = by_sha.get(f["sha256"])
        if sf is None:
            out.append(None)
            continue
        if isinstance(f.get("source"), str) and f["source"] != sf.text:
            raise InvalidCorpus(Coded(SOURCE_REFUSALS["differs"], name=f["name"]))
        lines = {b.line: (b.start, b.end) for b in Block.select(Block.line, Block.start, Block.end)
                 .where(Block.file == sf)}
        out.append(Source(sf.text, lines, sf.line_count, sf.size))
    return out


def stored_cue(detail: Any) -> str:
    """The cue an exported ``origin_detail`` (its English) was written from; '' when it is none."""
    found = decode(detail) if isinstance(detail, str) else None
    return encode(found[0], **found[1]) if found else ""


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def restore(store: Store, doc: dict[str, Any], sources: list[Source]) -> JsonImportReport:
    """Rebuild a whole corpus in an empty database, with the same article ids and the same marks."""
    report = JsonImportReport(mode="restore")
    with store.write():
        if SourceFile.select().exists():   # looked at again under the write lock: another import was faster
            raise JmreviewError(Coded(RESTORE_RACE, path=store.path.name))
        refuse_bulk_into(store.path, store.db)   # (run 57 B24: a trigger rewriting a decision, said restored)
        hotkeys = {name: key for name, _, _, key in DEFAULT_LABELS}
        if doc.get("labels"):
            Label.delete().execute()
            for lab in doc["labels"]:
                Label.create(name=lab["name"], title=lab["title"], color=lab["color"], hotkey=hotkeys.get(lab["name"]))
        pages = {}
        for f, src in zip(doc["files"], sources):
            sf = SourceFile.create(name=f["name"], folder=f.get("folder", ""), sha256=f["sha256"],
                                   encoding=f["encoding"], script=f["script"], issue_date=f.get("issue"),
                                   page_label=f.get("page"), page_source=f.get("page_source", ""), text=src.text,
                                   line_count=src.line_count, size=src.size)
            report.unaccounted += _restore_rows(store, sf, f, src)
            pages[page_key(f)] = (sf, src)
            report.articles += len(f["articles"])
            report.files += 1
        restore_links(doc)
        restore_team(store, doc, pages, _restore_rows)
        count_from(doc.get("ids_given", {}))   # numbers given before the snapshot (an article merged away) stay given
    return report


def _restore_rows(store: Store, sf: SourceFile, f: dict[str, Any], src: Source) -> int:
    """One file (or review copy) of the document: its articles with their marks, its lines, its entities; how many
    of its lines are in none of its articles nor among its noise (left unassigned)."""
    member: dict[int, tuple[int, int, dict[str, Any]]] = {}
    for a in f["articles"]:
        Article.create(id=a["id"], file=sf, reading_order=a["index"], title_simplified=to_simplified(a["title"]),
                       version=a.get("version", 1), reviewer=reviewer_form(a.get("reviewer")),
                       reviewed_at=_moment(a.get("reviewed_at")), origin=a.get("origin", "auto"),
                       manual=a["manual"] if "manual" in a else UNKNOWN_MARKS, flag=a.get("flag", ""),
                       start_cue=CUE, created_at=now(), updated_at=_moment(a.get("changed_at")) or now(),
                       **{k: a[k] for k in FIELDS})
        member.update((b["line"], (a["id"], pos, b)) for pos, b in enumerate(a["blocks"]))
    marks = {m["line"]: m["manual"] for m in f["line_marks"]} if "line_marks" in f else \
        {line: UNKNOWN_MARKS for line in src.lines if line not in member}   # older file: its noise lines too
    noise = set(f["noise_lines"]) if "noise_lines" in f else None   # (a file without it: every other line)
    noise_roles = {m["line"]: m["role"] for m in f.get("line_marks", []) if m.get("role") in ROLES}   # (run 39 A27)
    rows = []
    for line, (start, end) in sorted(src.lines.items()):
        art, pos, b = member.get(line, (None, 0, {}))
        said = art is not None or noise is None or line in noise   # else: left out of a part of the corpus
        role = b.get("role", noise_roles.get(line, "body"))
        rows.append({"file": sf.id, "line": line, "start": start, "end": end, "article": art, "position": pos,
                     "role": role, "cue": CUE if art else NOISE_CUE if said else "",
                     "joins_previous": b.get("joins_previous", False), "join_cue": "",
                     "duplicate_of": b.get("duplicate_of"), "manual": marks.get(line, [])})
    insert_rows(store, Block, rows)
    insert_rows(store, Entity, [
        {"article": a["id"], "file": sf.id, "start": e["start"], "end": e["end"], "text": e["text"],
         "simplified": e.get("simplified") or to_simplified(e["text"]), "label": e["label"], "role": e.get("role"),
         "origin": e.get("origin", "auto"), "status": e.get("status", "suggested"), "created_at": now(),
         "cue": stored_cue(e.get("origin_detail")), "resolved": e.get("resolved"),
         "resolved_rule": e.get("resolved_rule", "")}
        for a in f["articles"] for e in a["entities"]])
    index_blocks(store, sf.id, src.text)
    return sum(1 for r in rows if r["article"] is None and not r["cue"])
