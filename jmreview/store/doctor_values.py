"""Doctor's look at the values themselves: each as jmreview writes it, or named (run 27 A46-A50).

Another SQLite tool can store anything in any column: a list cut short, a word where a number belongs, a time no
reader takes, a label no one defined. Each such value stopped an export, a re-run or the window with "unexpected
error" while doctor said ok; each is named here by its table, row and column.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from peewee import BooleanField, CharField, DateTimeField, IntegerField, TextField

from jmreview.analysis.blocks import count_lines, line_breaks, line_spans
from jmreview.store.database import Store
from jmreview.store.dialect import is_postgres
from jmreview.store.editor_names import bad_name
from jmreview.store.entity_edits import COLOR, HOTKEY
from jmreview.store.lexicon_edits import LABELS as LEXICON_LABELS
from jmreview.store.models import (
    ALL_MODELS,
    CATEGORIES,
    ENCODINGS,
    MAX_VERSION,
    ORIGINS,
    ROLES,
    SCRIPTS,
    STATUSES,
    Article,
    Block,
    Entity,
    JSONField,
    LexiconEntry,
    SourceFile,
    StoryLink,
)

MOST = 20   # problems named per kind of check
SHA256 = re.compile(r"^[0-9a-f]{64}$")
CHOICES = {(Article, "status"): STATUSES, (Article, "category"): CATEGORIES, (Block, "role"): ROLES,
           (Entity, "status"): ("suggested", "accepted", "rejected"), (StoryLink, "status"): (
               "suggested", "accepted", "rejected")}


def value_problems(store: Store) -> list[str]:
    """A line for each value stored in a form jmreview never writes (at most MOST of each kind)."""
    db = store.db
    out: list[str] = []
    for model in ALL_MODELS:
        table = model._meta.table_name
        for f in model._meta.sorted_fields:
            column = f.column_name
            if isinstance(f, JSONField):
                out += _bad(db, table, column, _not_json, "is not JSON jmreview can read")
            elif isinstance(f, DateTimeField):
                out += _bad(db, table, column, _not_time, "is not a time")
            elif isinstance(f, IntegerField | BooleanField) and not is_postgres(db):   # a server keeps types itself
                out += _bad(db, table, column, lambda v: v is not None and not isinstance(v, int), "is not a number")
            elif (model, f.name) in CHOICES:
                allowed = CHOICES[(model, f.name)]
                out += _bad(db, table, column, lambda v, a=allowed: v is not None and v not in a,
                            f"is none of {', '.join(allowed)}")
            if isinstance(f, CharField | TextField) and not isinstance(f, JSONField) and not is_postgres(db):
                out += _nul_texts(db, table, column)
    labels = {row[0] for row in db.execute_sql("SELECT name FROM label").fetchall()}
    out += _bad(db, Entity._meta.table_name, "label", lambda v: v not in labels, "is a label no one defined")
    out += _bad(db, LexiconEntry._meta.table_name, "label", lambda v: v not in LEXICON_LABELS, "is no lexicon label")
    for model, column in ((SourceFile, "issue_date"), (Article, "date"), (Entity, "resolved")):   # (run 28 A12)
        out += _bad(db, model._meta.table_name, column, _not_day, "is not a day (YYYY-MM-DD)")
    out += _bad(db, "label", "color", lambda v: not (isinstance(v, str) and COLOR.match(v)),
                "is not a colour (#rrggbb)")
    out += _bad(db, "label", "hotkey", lambda v: v is not None and not (isinstance(v, str) and HOTKEY.match(v)),
                "is not a hotkey (one digit, 1–9)")
    (rows,) = db.execute_sql("SELECT COUNT(*) FROM schemainfo").fetchone()
    if rows > 1:   # which version the file is at is then read from one row or another
        out.append(f"value: schemainfo holds {rows} rows, jmreview writes one (another program added them): restore "
                   "a backup, or delete the rows of older versions")
    return _nulls(db) + out + _shapes(db) + _replaced_loops(db) + _lines_beyond(db) + _lines_missing(db) + \
        _current_again(db)


def _current_again(db: Any) -> list[str]:
    """A version a new one replaced that is current again beside it (another program cleared its replaced_by: run
    55 A31, A01.txt beside its delivery A01 (1).txt, every article exported twice), as the edit log's new versions
    say."""
    current = {int(fid): str(name) for fid, name in db.execute_sql(
        "SELECT id, name FROM sourcefile WHERE replaced_by IS NULL AND review_of IS NULL").fetchall()}
    out = []
    for (payload,) in db.execute_sql("SELECT payload FROM editlog WHERE action = 'new_version'").fetchall():
        try:
            steps = json.loads(payload) if isinstance(payload, str) else payload
            old, new = int(steps["old_file"]), int(steps["new_file"])
        except (TypeError, ValueError, KeyError):
            continue   # a spoiled payload is said as such by the checks above
        if old in current and new in current:
            out.append(f"versions: {current[old]} (file {old}) is current again beside its new version "
                       f"{current[new]} (file {new}), which replaced it (another program changed it; both would be "
                       f"exported): restore a backup, or set sourcefile {old}'s replaced_by to {new}")
    return out[:MOST]


def _nulls(db: Any) -> list[str]:
    """Values left empty (NULL) where jmreview always writes one: an administrator dropped a NOT NULL and emptied it
    (run 37 B38-B40: doctor and export ended in "unexpected error" over them, or said Python's None)."""
    out: list[str] = []
    for model in ALL_MODELS:
        table = model._meta.table_name
        present = {c.name for c in db.get_columns(table)}
        for f in model._meta.sorted_fields:
            if f.null or f.primary_key or f.column_name not in present:
                continue
            out += [f"value: {table} {row_id}, {f.column_name} is NULL (empty), which jmreview never leaves (another "
                    "program changed it): restore a backup, or correct it" for (row_id,) in db.execute_sql(
                        f'SELECT id FROM "{table}" WHERE "{f.column_name}" IS NULL LIMIT {MOST}').fetchall()]
    return out[:MOST]


def _shapes(db: Any) -> list[str]:
    """Values of the right type but a shape jmreview never writes (run 29 A11-A20, A59): a list of names that holds
    numbers or is an object, a replacement that names no file, a count below one, a duplicate of a line with no
    block, a line count that is not the text's."""
    out: list[str] = []
    for table, column in (("article", "reporters"), ("article", "correspondents"), ("article", "photographers"),
                          ("article", "sources"), ("article", "manual"), ("block", "manual"),
                          ("lexiconentry", "editors")):
        out += _bad(db, table, column, _not_names, "is not a list of words")
    files = {row[0] for row in db.execute_sql("SELECT id FROM sourcefile")}
    out += _replaced_by_nothing(db, files)
    out += _bad(db, "lexiconentry", "count", lambda v: isinstance(v, int) and not 1 <= v <= 2**31 - 1,
                "is not a count from 1 up (an export of the lexicon would not import)")
    out += _bad(db, "lexiconentry", "text", lambda v: not (isinstance(v, str) and v.strip()),
                "is blank (an export of the lexicon would not import)")   # (run 30 A4)
    out += [f"value: block {bid}, duplicate_of {of} names no other line of its page (another program changed it): "
            "restore a backup, or correct it" for bid, of in db.execute_sql(
                'SELECT b."id", b."duplicate_of" FROM "block" b WHERE b."duplicate_of" IS NOT NULL AND '
                '(b."duplicate_of" = b."line" OR NOT EXISTS (SELECT 1 FROM "block" c WHERE c."file_id" = b."file_id" '
                'AND c."line" = b."duplicate_of"))').fetchall()[:MOST]]
    out += _bad(db, "editlog", "payload", _not_steps, "is not a list of steps jmreview wrote (undo, redo and what "
                "people deleted cannot be read from it)")   # (run 49 A14)
    out += _bad(db, "article", "reviewer", lambda v: isinstance(v, str) and bad_name(v) is not None,
                "is no name an editor may have (a control character or line break: a snapshot of it would not "
                "restore)")   # (run 42 A4: exported by every plain export, unsaid)
    out += _bad(db, "article", "version", lambda v: isinstance(v, int) and not 1 <= v <= MAX_VERSION,
                f"is not a count of changes from 1 to {MAX_VERSION:,} (a snapshot of it would not restore)")
    for table, column, allowed in (("sourcefile", "encoding", ENCODINGS), ("sourcefile", "script", SCRIPTS),
                                   ("entity", "origin", ORIGINS), ("article", "origin", ORIGINS)):   # (run 30 A3, A4)
        out += _bad(db, table, column, lambda v, a=allowed: v not in a, f"is none of {', '.join(allowed)}")
    out += _bad(db, "sourcefile", "sha256", lambda v: not (isinstance(v, str) and SHA256.match(v)),
                "is not 64 hex digits (a snapshot of it would not restore)")
    out += [f"value: sourcefile {fid}, line_count {n} is not the {count_lines(text)} lines of its text (another "
            "program changed it): a snapshot of it would not restore" for fid, n, text in
            db.execute_sql("SELECT id, line_count, text FROM sourcefile")
            if isinstance(n, int) and isinstance(text, str) and n != count_lines(text)][:MOST]
    return out


def _replaced_by_nothing(db: Any, files: set[int]) -> list[str]:
    """Versions whose replaced_by names no file: the page's current version named when it has one (run 47 A19: "no
    version of its page is current" was said while another was, and the export wrote it)."""
    out = []
    rows = db.execute_sql("SELECT id, replaced_by, folder, name, review_of FROM sourcefile").fetchall()
    current = {(folder, name): fid for fid, by, folder, name, of in rows if by is None and of is None}
    for fid, by, folder, name, _of in rows:
        if by is None or by in files:
            continue
        now = current.get((folder, name))
        out.append(f"value: sourcefile {fid}, replaced_by {str(by)[:40]!r} names no file (another program changed it)"
                   + (f"; file {now} is its page's current version: restore a backup, or set it to {now}" if now
                      is not None else ": no version of its page is current, the page is in no export; restore a "
                      "backup, or correct it"))
    return out[:MOST]


def _not_names(value: Any) -> bool:
    """A JSON list column's value that reads but is no list of words (what cannot be read is named apart)."""
    if value is None or not isinstance(value, str):
        return False
    try:
        read = json.loads(value)
    except ValueError:
        return False
    return not isinstance(read, list) or not all(isinstance(item, str) for item in read)


def _replaced_loops(db: Any) -> list[str]:
    """Files replaced by themselves, or in a ring (run 28 A11: whole pages gone from every export, doctor ok)."""
    by = dict(db.execute_sql("SELECT id, replaced_by FROM sourcefile WHERE replaced_by IS NOT NULL").fetchall())
    out = []
    for start in sorted(by):
        seen, at = {start}, by[start]
        while at in by and at not in seen:
            seen.add(at)
            at = by[at]
        if at in seen and at == start:
            out.append(f"value: sourcefile {start}, replaced_by {by[start]}: replaced by itself or in a ring of "
                       "files (another program changed it): no version of it is current, its pages are in no export")
    return out[:MOST]


def _lines_beyond(db: Any) -> list[str]:
    """Lines numbered past their file's last line (run 28 A10: `rerun` ended in "unexpected error: KeyError")."""
    counts = {fid: len(line_breaks(text or "").split(text or "")) for fid, text in
              db.execute_sql("SELECT id, text FROM sourcefile")}   # lines as the page is cut into them
    return [f"value: block {bid}, line {line} is past the last line ({counts.get(fid, 0)}) of its file" if line > 0
            else f"value: block {bid}, line {line} is before the first line of its file (lines count from 1)"
            for bid, fid, line in db.execute_sql("SELECT id, file_id, line FROM block")
            if isinstance(line, int) and not 0 <= line <= counts.get(fid, 0)][:MOST]


def _lines_missing(db: Any) -> list[str]:
    """Lines of a page's text with no row of theirs, or a row lying elsewhere than its line (run 36 A29: a line's
    row deleted by another program; doctor said ok, the export lacked the line)."""
    stored: dict[int, dict[int, tuple[int, int]]] = {}
    for fid, line, start, end in db.execute_sql('SELECT file_id, line, start, "end" FROM block'):
        stored.setdefault(fid, {})[line] = (start, end)
    out = []
    for fid, name, text in db.execute_sql("SELECT id, name, text FROM sourcefile"):
        have, want = stored.get(fid, {}), line_spans(text or "")
        out += [f"value: {name} (file {fid}), line {n} of its text has no row in block (another program deleted "
                "it): restore a backup" for n in want if n not in have]
        out += [f"value: {name} (file {fid}), the row of line {n} does not lie on that line of its text (another "
                "program changed it): restore a backup" for n, span in want.items() if n in have and have[n] != span]
        if len(out) >= MOST:
            break
    return out[:MOST]


def _not_json(value: Any) -> bool:
    if value is None or not isinstance(value, str):
        return value is not None
    try:
        json.loads(value)
    except ValueError:
        return True
    return False


def _not_steps(value: Any) -> bool:
    """An edit's payload is not {"steps": [{op, model, id, …}, …]} or another record's object (a JSON error is said
    by _not_json)."""
    try:
        payload = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return False
    if not isinstance(payload, dict) or "steps" not in payload:   # a record that is no edit (a new version) has none
        return payload is not None and not isinstance(payload, dict)
    steps = payload["steps"]
    return not isinstance(steps, list) or not all(isinstance(s, dict) and (s.get("op") == "meta" or (
        s.get("op") in ("set", "create", "delete") and {"model", "id"} <= s.keys())) for s in steps)


def _not_time(value: Any) -> bool:
    if value is None or isinstance(value, datetime):
        return False
    try:
        datetime.fromisoformat(str(value))
    except ValueError:
        return True
    return False


def _not_day(value: Any) -> bool:
    if value is None or value == "":
        return False
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return True
    return False


def _nul_texts(db: Any, table: str, column: str) -> list[str]:
    """The rows whose text holds a NUL, which jmreview never stores (run 61 A22: another program wrote one into a
    title; the exports wrote it unwarned and import-json refused them)."""
    rows = db.execute_sql(f'SELECT "id" FROM "{table}" WHERE typeof("{column}") = \'text\' '
                          f'AND instr(CAST("{column}" AS BLOB), x\'00\') > 0 LIMIT {MOST}').fetchall()
    return [f"value: {table} {row_id}, {column} holds a NUL character (U+0000; another program wrote it): exports "
            "write it and import-json refuses it; correct it in the window, or restore a backup" for (row_id,) in rows]


def _bad(db: Any, table: str, column: str, wrong: Any, what: str) -> list[str]:
    """The rows of a table whose column's value is wrong, as doctor's lines."""
    found = []
    for row_id, value in db.execute_sql(f'SELECT "id", "{column}" FROM "{table}"'):
        try:
            broken = wrong(value)
        except (ValueError, TypeError, OverflowError):
            broken = True
        if broken:
            found.append(f"value: {table} {row_id}, {column} {str(value)[:40]!r} {what} (another program changed "
                         "it): restore a backup, or correct it")
            if len(found) >= MOST:
                break
    return found
