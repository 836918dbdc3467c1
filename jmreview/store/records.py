"""Article records of the export contract, read with plain SQL rows (no model objects).

Building 100,000 peewee objects costs more than writing the JSON itself, so the exports
read each file's articles, blocks and entities as tuples, three queries per file.

Besides the contract's fields a record carries everything that says "a person decided
this", so that a restore or an apply puts it back: the article's ``origin``, ``manual``
(the fields set by hand) and ``flag``, and when an edit changed it last (``changed_at``, once its
version is above 1: an apply tells by it another copy's change from its own); the file's
``line_marks`` name every line a person set something of (role, article, join, duplicate) with
its block's ``manual`` marks.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from jmreview.analysis.blocks import strip_pinyin
from jmreview.analysis.cues import strip_marks
from jmreview.analysis.script import to_simplified_many
from jmreview.store.dialect import json_length_sql
from jmreview.store.models import SourceFile, database_proxy, listed

LEFT_OUT = ("caption", "note")
ARTICLE_SQL = ('SELECT id, reading_order, title, kicker, subtitle, category, status, reporters, correspondents, '
               'photographers, sources, date, version, reviewer, reviewed_at, origin, manual, flag, updated_at '
               'FROM article '
               'WHERE file_id = ?')
BLOCK_SQL = ('SELECT article_id, line, start, "end", role, joins_previous, duplicate_of FROM block '
             'WHERE file_id = ? AND article_id IS NOT NULL ORDER BY position, line')
LINE_MARKS_SQL = "SELECT line, manual, role, article_id FROM block WHERE file_id = ? AND {length} > 0 ORDER BY line"
# an entity is exported with its article while it lies on one of the article's lines (not on a line set to noise)
ENTITY_SQL = ('SELECT article_id, text, simplified, label, start, "end", role, origin, status FROM entity e '
              'WHERE file_id = ? AND EXISTS (SELECT 1 FROM block b WHERE b.article_id = e.article_id '
              'AND b.start = (SELECT MAX(l.start) FROM block l WHERE l.article_id = e.article_id '
              'AND l.start <= e.start) '
              'AND e."end" <= b."end") ORDER BY start, id')   # the line holding it: one seek (derived.on_its_lines)


def _names(raw: str | None) -> list[str]:
    return [] if not raw or raw == "[]" else listed(raw, "an article's list")   # (run 34 B5: null, numbers)


def _moment(raw: str | datetime | None) -> str | None:
    """A stored moment (SQLite's text or a server's datetime) in ISO 8601."""
    if not raw:
        return None
    return (raw if isinstance(raw, datetime) else datetime.fromisoformat(raw)).isoformat()


def _utc(raw: str | datetime | None) -> str | None:
    """A stored moment in ISO 8601 with its offset (a server keeps UTC without one)."""
    try:
        moment = raw if isinstance(raw, datetime) else datetime.fromisoformat(raw) if raw else None
    except (TypeError, ValueError):   # another program's 'infinity' or 'garbage': no moment (run 32 A7, B33)
        return None
    if moment is None or not 1900 <= moment.year <= 2999:   # (no moment a change was made at: run 33 B4)
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat()


def assemble_text(source: str, blocks: list[tuple[Any, ...]]) -> str:
    """The article as read: captions and notes out, joins applied, duplicates and pinyin dropped."""
    parts: list[str] = []
    for _, _, start, end, role, joins, dup in blocks:
        if role in LEFT_OUT or dup is not None:
            continue
        text = strip_pinyin(source[start:end]).strip()
        if text[:1] in "#*":
            text = strip_marks(text)[0]
        if joins and parts:
            parts[-1] += text
        else:
            parts.append(text)
    return "\n".join(parts)


def article_records(source: SourceFile, status: str | None = None) -> list[dict[str, Any]]:
    """Every article of a file (optionally one status) as export records, in reading order."""
    db = database_proxy
    sql = ARTICLE_SQL
    params: list[Any] = [source.id]
    if status:
        sql, params = sql + " AND status = ?", [source.id, status]
    articles = sorted(db.execute_sql(sql + " ORDER BY reading_order, id", params).fetchall(),
                      key=lambda r: (r[1], r[0]))
    wanted = {r[0] for r in articles}
    blocks: dict[int, list[tuple[Any, ...]]] = {}
    for row in db.execute_sql(BLOCK_SQL, [source.id]):
        if row[0] in wanted:
            blocks.setdefault(row[0], []).append(row)
    entities: dict[int, list[dict[str, Any]]] = {}
    for a_id, text, simple, label, start, end, role, origin, st in db.execute_sql(ENTITY_SQL, [source.id]):
        if a_id in wanted:
            entities.setdefault(a_id, []).append({"text": text, "simplified": simple, "label": label, "start": start,
                                                  "end": end, "role": role, "origin": origin, "status": st})
    texts = [assemble_text(source.text, blocks.get(r[0], [])) for r in articles]
    simple = to_simplified_many([r[2] for r in articles] + texts)
    n = len(articles)
    out = []
    for k, (a_id, order, title, kicker, subtitle, category, st, rep, cor, pho, src, day, version, reviewer,
            reviewed_at, origin, manual, flag, changed) in enumerate(articles):
        out.append({
            "id": a_id, "index": order, "title": title, "kicker": kicker, "subtitle": subtitle,
            "title_simplified": simple[k], "category": category, "status": st,
            "reporters": _names(rep), "correspondents": _names(cor), "photographers": _names(pho),
            "sources": _names(src), "date": day, "version": version, "reviewer": reviewer,
            "reviewed_at": _moment(reviewed_at), "changed_at": _utc(changed) if version > 1 else None,
            "blocks": [{"line": b[1], "start": b[2], "end": b[3], "role": b[4], "joins_previous": bool(b[5]),
                        "duplicate_of": b[6]} for b in blocks.get(a_id, [])],
            "text": texts[k], "text_simplified": simple[n + k],
            "entities": entities.get(a_id, []),
            "origin": origin, "manual": _names(manual), "flag": flag,
        })
    return out


def line_marks(source: SourceFile) -> list[dict[str, Any]]:
    """The file's lines of which a person set something, each with its block's marks; a line in no article with its
    role too, when not body (run 39 A27: a noise line's role was lost by a snapshot's restore)."""
    sql = LINE_MARKS_SQL.format(length=json_length_sql(database_proxy, "manual"))
    rows = database_proxy.execute_sql(sql, [source.id]).fetchall()
    return [{"line": line, "manual": _names(manual), **({"role": role} if article is None and role != "body" else {})}
            for line, manual, role, article in rows]
