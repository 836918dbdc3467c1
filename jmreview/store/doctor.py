"""`jmreview doctor`: check a database thoroughly and say what is wrong (read-only)."""
from __future__ import annotations

from dataclasses import dataclass, field

from jmreview.analysis.blocks import LINE_BREAK
from jmreview.store.backup import list_backups
from jmreview.store.database import Store
from jmreview.store.models import SCHEMA_VERSION


@dataclass
class Findings:
    """Problems found, and facts worth printing."""

    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)


def examine(store: Store) -> Findings:
    """Integrity, foreign keys, offsets, orphans, schema version and backups."""
    out = Findings()
    db = store.db
    integrity = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    if integrity != ["ok"]:
        out.problems += [f"integrity: {r}" for r in integrity[:20]]
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall()[:20]:
        out.problems.append(f"orphan: {table} row {rowid} points to a missing {parent}")
    (version,) = db.execute_sql("SELECT version FROM schemainfo").fetchone()
    if version != SCHEMA_VERSION:
        out.problems.append(f"schema version {version}, this jmreview uses {SCHEMA_VERSION}")
    texts = dict(db.execute_sql("SELECT id, text FROM sourcefile").fetchall())
    lines = {fid: text for fid, text in texts.items()}
    for bid, fid, line, start, end in db.execute_sql('SELECT id, file_id, line, start, "end" FROM block'):
        text = lines.get(fid)
        if text is None or not 0 <= start <= end <= len(text):
            out.problems.append(f"offsets: block {bid} (line {line}) lies outside its source")
        elif LINE_BREAK.search(text[start:end]):
            out.problems.append(f"offsets: block {bid} (line {line}) crosses a line break")
    for eid, fid, start, end, etext in db.execute_sql('SELECT id, file_id, start, "end", text FROM entity'):
        text = texts.get(fid)
        if text is None or not 0 <= start < end <= len(text) or text[start:end] != etext:
            out.problems.append(f"offsets: entity {eid} {etext!r} does not match its source")
    for (aid,) in db.execute_sql("SELECT id FROM article WHERE id NOT IN (SELECT article_id FROM block "
                                 "WHERE article_id IS NOT NULL)"):
        out.problems.append(f"orphan: article {aid} has no blocks")
    for (bid,) in db.execute_sql("SELECT b.id FROM block b JOIN article a ON a.id = b.article_id "
                                 "WHERE a.file_id != b.file_id"):
        out.problems.append(f"orphan: block {bid} belongs to an article of another file")
    for (eid,) in db.execute_sql("SELECT e.id FROM entity e JOIN article a ON a.id = e.article_id "
                                 "WHERE a.file_id != e.file_id"):
        out.problems.append(f"orphan: entity {eid} belongs to an article of another file")
    for (name,) in db.execute_sql("SELECT name FROM sourcefile WHERE replaced_by IS NULL GROUP BY name "
                                  "HAVING COUNT(*) > 1"):
        out.problems.append(f"versions: {name} has more than one current version (it would be exported twice)")
    counts = db.execute_sql("SELECT (SELECT COUNT(*) FROM sourcefile), (SELECT COUNT(*) FROM article), "
                            "(SELECT COUNT(*) FROM block), (SELECT COUNT(*) FROM entity)").fetchone()
    out.facts.append("files {}, articles {}, blocks {}, entities {}".format(*counts))
    out.facts.append(f"schema version {version}{' (read-only)' if store.readonly else ''}")
    if store.network:
        out.problems.append("the database is on a network drive: two computers must never open it at once")
    backups = list_backups(store.path)
    out.facts.append(f"backups: {len(backups)} in {store.path.name}.backups/")
    out.facts += [f"  {b.made:%Y-%m-%d %H:%M:%S}  {b.reason:18s} {b.path.name}" for b in backups[:12]]
    return out
