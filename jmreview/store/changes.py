"""Reversible row changes: every correction is recorded as data, so it can be undone and redone.

An edit runs inside ``record(store, who, action, summary)``; through the ``Changes`` object it
sets fields, creates and deletes rows. Each step keeps the values before and after, the
whole edit commits in one transaction and is logged in ``EditLog`` (who, when, what).
``undo(log_id)`` restores the *before* values in reverse order, ``redo(log_id)`` the
*after* values, each again in one transaction; rows keep their database ids throughout.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peewee import Field, ForeignKeyField

from jmreview.errors import JmreviewError
from jmreview.store.database import Store
from jmreview.store.models import ALL_MODELS, Article, BaseModel, EditLog, now

MODELS: dict[str, type[BaseModel]] = {m.__name__: m for m in ALL_MODELS}


class EditConflict(JmreviewError):
    """An edit that cannot be applied because the data changed under it."""


def _stored(f: Field, value: Any) -> Any:
    """A field value as SQLite stores it, in a JSON-ready form."""
    value = f.db_value(value.id if isinstance(value, BaseModel) else value)
    if isinstance(value, datetime):
        return value.isoformat(" ")
    return value


def _attr(f: Field) -> str:
    return f.object_id_name if isinstance(f, ForeignKeyField) else f.name


def _row_values(row: BaseModel) -> dict[str, Any]:
    """Every column of a row, as stored."""
    return {f.column_name: _stored(f, getattr(row, _attr(f))) for f in row._meta.sorted_fields}


def _sql_update(model: type[BaseModel], row_id: int, values: dict[str, Any]) -> None:
    table = model._meta.table_name
    sets = ", ".join(f'"{c}" = ?' for c in values)
    model._meta.database.execute_sql(f'UPDATE "{table}" SET {sets} WHERE "id" = ?',
                                     [*values.values(), row_id])


def _sql_insert(model: type[BaseModel], values: dict[str, Any]) -> None:
    table = model._meta.table_name
    cols = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    model._meta.database.execute_sql(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})',
                                     list(values.values()))


def _sql_delete(model: type[BaseModel], row_id: int) -> None:
    table = model._meta.table_name
    model._meta.database.execute_sql(f'DELETE FROM "{table}" WHERE "id" = ?', [row_id])


@dataclass
class Changes:
    """The steps of one edit, in order: ('set'|'create'|'delete', model, id, before, after)."""

    steps: list[dict[str, Any]] = field(default_factory=list)
    touched_articles: set[int] = field(default_factory=set)

    def set(self, row: BaseModel, **values: Any) -> None:
        """Change some fields of a row."""
        meta = row._meta
        before, after = {}, {}
        for name, value in values.items():
            f = meta.fields[name]
            old, new = _stored(f, getattr(row, _attr(f))), _stored(f, value)
            if old == new:
                continue
            before[f.column_name], after[f.column_name] = old, new
            setattr(row, _attr(f), value.id if isinstance(value, BaseModel) else value)
        if after:
            _sql_update(type(row), row.id, after)
            self.steps.append({"op": "set", "model": type(row).__name__, "id": row.id,
                               "before": before, "after": after})

    def create(self, model: type[BaseModel], **values: Any) -> BaseModel:
        """Create a row; undo deletes it, redo creates it again with the same id."""
        row = model.create(**values)
        self.steps.append({"op": "create", "model": model.__name__, "id": row.id,
                           "after": _row_values(model.get_by_id(row.id))})
        return row

    def delete(self, row: BaseModel) -> None:
        """Delete a row; undo puts it back with the same id and values."""
        self.steps.append({"op": "delete", "model": type(row).__name__, "id": row.id,
                           "before": _row_values(row)})
        type(row).delete().where(type(row).id == row.id).execute()

    def touch(self, article: Article) -> None:
        """Mark an article as changed by this edit (its version goes up once)."""
        self.touched_articles.add(article.id)


def _apply(steps: list[dict[str, Any]], direction: str) -> None:
    ordered = steps if direction == "after" else list(reversed(steps))
    for step in ordered:
        model = MODELS[step["model"]]
        op = step["op"]
        if op == "set":
            _sql_update(model, step["id"], step[direction])
        elif (op == "create") == (direction == "after"):  # create on redo, re-create a deleted row on undo
            _sql_insert(model, step["after"] if op == "create" else step["before"])
        else:
            _sql_delete(model, step["id"])


def _bump(article_ids: set[int] | list[int], who: str) -> None:
    for art_id in article_ids:
        Article.update(version=Article.version + 1, updated_at=now()).where(Article.id == art_id).execute()


@contextmanager
def record(store: Store, who: str, action: str, summary: str) -> Iterator[Changes]:
    """Run one edit in one transaction and log it; yields the Changes to record steps on."""
    changes = Changes()
    with store.write():
        yield changes
        if not changes.steps:
            return
        _bump(changes.touched_articles, who)
        changes.steps.append({"op": "meta", "articles": sorted(changes.touched_articles)})
        log = EditLog.create(at=now(), who=who, action=action, summary=summary,
                             payload={"steps": changes.steps}, inverse={})
        changes.steps[-1]["log"] = log.id


def last_log_id() -> int | None:
    """The id of the newest edit in the log."""
    row = EditLog.select(EditLog.id).order_by(EditLog.id.desc()).first()
    return row.id if row else None


def _steps(log: EditLog) -> tuple[list[dict[str, Any]], list[int]]:
    steps = [s for s in log.payload["steps"] if s["op"] != "meta"]
    meta: dict[str, Any] = next((s for s in log.payload["steps"] if s["op"] == "meta"), {"articles": []})
    return steps, meta["articles"]


def _replay(store: Store, log_id: int, who: str, undoing: bool) -> None:
    """Restore the values before (undo) or after (redo) a logged edit, in one transaction."""
    action = "undo" if undoing else "redo"
    with store.write():
        log = EditLog.get_by_id(log_id)
        if log.undone == undoing:
            raise EditConflict(f"edit {log_id} is {'already' if undoing else 'not'} undone")
        steps, articles = _steps(log)
        _apply(steps, "before" if undoing else "after")
        _bump([a for a in articles if Article.get_or_none(Article.id == a)], who)
        EditLog.update(undone=undoing).where(EditLog.id == log_id).execute()
        EditLog.create(at=now(), who=who, action=action, summary=f"{action}: {log.summary}", payload={"log": log_id})


def undo(store: Store, log_id: int, who: str) -> None:
    """Undo one logged edit (restore the values before it), in one transaction."""
    _replay(store, log_id, who, undoing=True)


def redo(store: Store, log_id: int, who: str) -> None:
    """Apply an undone edit again, in one transaction."""
    _replay(store, log_id, who, undoing=False)
