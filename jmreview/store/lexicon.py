"""The corpus lexicon: what people's decisions teach, read from the decisions themselves, plus what was stored.

Learned entries are a query over the current decisions — entities accepted, added or relabelled by
a person (positive), suggestions rejected (negative, unless that text with that label was accepted
later), lines a person set to kicker or took out as noise — so undoing a correction un-teaches it.
Only what cannot be derived is kept in ``LexiconEntry``: entries imported from another desk and the
edits and deletions made in the lexicon window (which win over what is derived).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from jmreview.analysis.learned import LAYOUT_MIN, TAIL, Entry, Lexicon, well_known_place
from jmreview.analysis.patterns import Decision, derive
from jmreview.store.dialect import log_steps_sql, step_field
from jmreview.store.lexicon_credit import carried_credit, line_role
from jmreview.store.models import database_proxy

DECISIONS_SQL = (
    "SELECT e.id, e.simplified, e.label, e.status, e.origin, a.reviewer, e.created_at, e.cue, e.file_id FROM entity e "
    "JOIN sourcefile f ON f.id = e.file_id JOIN article a ON a.id = e.article_id WHERE f.replaced_by IS NULL "
    "AND (e.status IN ('accepted', 'rejected') OR e.origin = 'manual')")
LINES_SQL = (
    "SELECT b.id, f.text, b.start, b.\"end\", b.role, b.article_id, b.file_id FROM block b "
    "JOIN sourcefile f ON f.id = b.file_id "
    "WHERE f.replaced_by IS NULL AND ((b.role = 'kicker' AND b.manual LIKE '%\"role\"%') "
    "OR (b.article_id IS NULL AND b.manual LIKE '%\"article\"%'))")
# a rejected suggestion and the accepted entity a person put at its start, shorter: the tail they cut off
TAILS_SQL = (
    "SELECT r.id, r.simplified, a.simplified, r.label, ar.reviewer, r.created_at, r.file_id FROM entity r "
    "JOIN entity a ON a.file_id = r.file_id AND a.start = r.start AND a.\"end\" < r.\"end\" AND a.label = r.label "
    "JOIN sourcefile f ON f.id = r.file_id JOIN article ar ON ar.id = r.article_id WHERE f.replaced_by IS NULL "
    "AND r.status = 'rejected' AND r.origin = 'auto' AND (a.status = 'accepted' OR a.origin = 'manual')")
# who decided, and when: the newest edit not undone that created or set a row (a restored corpus has none)


def log_sql() -> str:
    """Every step of the edits not undone that created or set an entity or a line, oldest first."""
    db = database_proxy
    model, row, op = (step_field(db, "s", key) for key in ("model", "id", "op"))
    return (f"SELECT l.id, l.who, l.at, {model}, {row} FROM editlog l, {log_steps_sql(db, 's', 'l')} "
            f"WHERE NOT l.undone AND {model} IN ('Entity', 'Block') AND {op} IN ('create', 'set') ORDER BY l.id")


@dataclass
class LexiconRow:
    """One entry as the lexicon window and `jmreview lexicon list` show it."""

    text: str
    label: str
    positive: bool
    count: int
    editors: tuple[str, ...]
    last_at: str
    origin: str  # learned (from decisions), pattern (a shape learned from decisions), imported, edited
    logs: tuple[int, ...] = ()

    def entry(self) -> Entry:
        """The plain entry analysis applies."""
        return Entry(self.text, self.label, self.positive, self.count, self.editors)


@dataclass
class _Tally:
    count: int = 0
    editors: list[str] = field(default_factory=list)
    last: str = ""
    logs: list[int] = field(default_factory=list)

    def add(self, who: str, at: str, log: int | None) -> None:
        self.count += 1
        if who and who not in self.editors:
            self.editors.append(who)
        self.last = max(self.last, at)
        if log and log not in self.logs:
            self.logs.append(log)

    def when(self) -> tuple[str, int]:
        """When it was last decided: the time, then the edit's number (two edits share a second)."""
        return self.last, max(self.logs, default=0)


def _stamp(value: object) -> str:
    text = value.isoformat(" ", "seconds") if isinstance(value, datetime) else str(value or "")
    return text[:19]


def _who_when() -> dict[tuple[str, int], tuple[int, str, str]]:
    """(model, row id) → the newest edit (log id, who, when) that decided it."""
    return {(model, int(row)): (log, who, _stamp(at)) for log, who, at, model, row in
            database_proxy.execute_sql(log_sql()).fetchall()}


def _source(origin: str, cue: str) -> str:
    """Which automation made a suggestion a person decided about: rules, jieba, or "" (by hand, learned)."""
    return "" if origin != "auto" else "rules" if cue.startswith("entity.rules") else \
        "jieba" if cue.startswith("entity.jieba") else ""


def derived_rows() -> list[LexiconRow]:
    """What the current decisions teach, one row per text and label (positive or negative), and the patterns."""
    logs = _who_when()
    carried = carried_credit(logs)

    def stamp(model: str, row: int, key: tuple[object, ...], who: str, at: str) -> tuple[int | None, str, str]:
        """The edit that decided a row: its own, else the one on an earlier version a new delivery carried."""
        return logs.get((model, row)) or carried.get(key) or (None, who, at)

    pos: dict[tuple[str, str], _Tally] = {}
    neg: dict[tuple[str, str], _Tally] = {}
    decisions: list[Decision] = []
    stamps: list[tuple[str, str, int | None]] = []
    tails: list[tuple[str, str]] = []
    for e_id, simple, label, status, origin, reviewer, created, cue, f_id in database_proxy.execute_sql(DECISIONS_SQL):
        if status == "rejected" and label == "LOC" and well_known_place(simple):
            continue   # a place the gazetteer knows is a place wherever it stands: the context was wrong, not the name
        log, who, at = stamp("Entity", e_id, (f_id, "Entity", simple, label, status), reviewer or "import",
                             _stamp(created))
        (neg if status == "rejected" else pos).setdefault((simple, label), _Tally()).add(who, at, log)
        decisions.append(Decision(simple, label, status != "rejected", _source(origin, cue or "")))
        stamps.append((who, at, log))
    for e_id, long, short, label, reviewer, created, f_id in database_proxy.execute_sql(TAILS_SQL):
        tail = long[len(short):]
        if 1 <= len(tail) <= 2 and len(short) >= 2 and long.startswith(short):
            log, who, at = stamp("Entity", e_id, (f_id, "Entity", long, label, "rejected"), reviewer or "import",
                                 _stamp(created))
            neg.setdefault((TAIL + short[-1] + tail, label), _Tally()).add(who, at, log)
            tails.append((tail, label))
            stamps.append((who, at, log))
    lines: dict[tuple[str, str], _Tally] = {}
    for b_id, text, start, end, role, article, f_id in database_proxy.execute_sql(LINES_SQL):
        found = line_role(text, start, end, role, article)
        if found:
            log, who, at = stamp("Block", b_id, (f_id, "Block", *found), "import", "")
            lines.setdefault(found, _Tally()).add(who, at, log)
    rows = [_row(k, t, True) for k, t in pos.items() if k not in neg or t.when() >= neg[k].when()]
    rows += [_row(k, t, False) for k, t in neg.items() if k not in pos or t.when() > pos[k].when()]
    rows += [_row(k, t, True) for k, t in lines.items() if t.count >= LAYOUT_MIN]
    for (text, label, positive), taught in derive(decisions, tails).items():
        tally = _Tally()
        for k in taught:
            tally.add(*stamps[k])
        rows.append(_row((text, label), tally, positive, "pattern"))
    return rows


def _row(key: tuple[str, str], tally: _Tally, positive: bool, origin: str = "learned") -> LexiconRow:
    return LexiconRow(key[0], key[1], positive, tally.count, tuple(tally.editors), tally.last, origin,
                      tuple(tally.logs))


def stored_rows() -> tuple[list[LexiconRow], set[tuple[str, str]]]:
    """The imported and edited entries, and the text/label pairs deleted in the lexicon window."""
    rows, hidden = [], set()
    editors_of: dict[str, tuple[str, ...]] = {}   # the same few editor lists, decoded once each
    found = database_proxy.execute_sql("SELECT text, label, positive, count, editors, last_at, origin, hidden "
                                       "FROM lexiconentry ORDER BY id").fetchall()
    for text, label, positive, count, editors, last_at, origin, gone in found:   # raw rows: 10,000 in a few ms
        if gone:
            hidden.add((text, label))
            continue
        key = editors if isinstance(editors, str) else json.dumps(editors)
        who = editors_of.get(key)
        if who is None:
            who = editors_of[key] = tuple(json.loads(key) if key else ())
        rows.append(LexiconRow(text, label, bool(positive), count, who, _stamp(last_at), origin))
    return rows, hidden


def lexicon_rows(text: str = "", label: str = "", origin: str = "") -> list[LexiconRow]:
    """Every entry in force (edited over learned over imported), optionally filtered, most taught first."""
    stored, hidden = stored_rows()
    merged: dict[tuple[str, str], LexiconRow] = {}
    rank = {"imported": 0, "learned": 1, "pattern": 1, "edited": 2}
    for row in [*derived_rows(), *stored]:
        key = (row.text, row.label)
        if key in hidden:
            continue
        if key not in merged or rank[row.origin] >= rank[merged[key].origin]:
            merged[key] = row
    rows = [r for r in merged.values() if (not text or text in r.text) and (not label or r.label == label)
            and (not origin or r.origin == origin)]
    return sorted(rows, key=lambda r: (-r.count, r.label, r.text))


def current_lexicon() -> Lexicon:
    """The lexicon analysis applies now."""
    return Lexicon(r.entry() for r in lexicon_rows())


def as_json(rows: list[LexiconRow]) -> str:
    """Rows as a JSON array (for the command line's `list --json`)."""
    return json.dumps([{"text": r.text, "label": r.label, "positive": r.positive, "count": r.count,
                        "editors": list(r.editors), "last": r.last_at, "origin": r.origin, "edits": list(r.logs)}
                       for r in rows], ensure_ascii=False, indent=1)
