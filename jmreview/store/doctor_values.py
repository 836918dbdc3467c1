"""Doctor's look at the values themselves: each as jmreview writes it, or named (run 27 A46-A50).

Another SQLite tool can store anything in any column: a list cut short, a word where a number belongs, a time no
reader takes, a label no one defined. Each such value stopped an export, a re-run or the window with "unexpected
error" while doctor said ok; each is named here by its table, row and column.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from peewee import BooleanField, DateTimeField, IntegerField

from jmreview.store.database import Store
from jmreview.store.dialect import is_postgres
from jmreview.store.models import (
    ALL_MODELS,
    CATEGORIES,
    ROLES,
    STATUSES,
    Article,
    Block,
    Entity,
    JSONField,
    SourceFile,
    StoryLink,
)

MOST = 20   # problems named per kind of check
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
                out += _bad(db, table, column, _not_json, "is not readable (cut short or changed by another program)")
            elif isinstance(f, DateTimeField):
                out += _bad(db, table, column, _not_time, "is not a time")
            elif isinstance(f, IntegerField | BooleanField) and not is_postgres(db):   # a server keeps types itself
                out += _bad(db, table, column, lambda v: v is not None and not isinstance(v, int), "is not a number")
            elif (model, f.name) in CHOICES:
                allowed = CHOICES[(model, f.name)]
                out += _bad(db, table, column, lambda v, a=allowed: v is not None and v not in a,
                            f"is none of {', '.join(allowed)}")
    labels = {row[0] for row in db.execute_sql("SELECT name FROM label").fetchall()}
    out += _bad(db, Entity._meta.table_name, "label", lambda v: v not in labels, "is a label no one defined")
    out += _bad(db, SourceFile._meta.table_name, "issue_date", _not_day, "is not a day (YYYY-MM-DD)")
    return out


def _not_json(value: Any) -> bool:
    if value is None or not isinstance(value, str):
        return value is not None
    try:
        json.loads(value)
    except ValueError:
        return True
    return False


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
