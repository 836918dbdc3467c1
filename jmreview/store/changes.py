"""Reversible row changes: every correction is recorded as data, so it can be undone and redone.

An edit runs inside ``record(store, who, action, summary)``; through ``Changes`` it sets fields, creates and deletes
rows, each step keeping the values before and after, in one transaction logged in ``EditLog``. ``undo(log_id)``
restores the *before* values in reverse order, ``redo(log_id)`` the *after* values; rows keep their database ids.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from peewee import DateTimeField

from jmreview.store.change_sql import (
    BATCH,
    _attr,
    _current,
    _not_written,
    _row_values,
    _sql_delete,
    _sql_insert,
    _sql_update,
    _stored,
    _stored_rows,
    inserted,
)
from jmreview.store.conflict import EditConflict
from jmreview.store.curation_redo import replay_refused, settle_state
from jmreview.store.database import Store
from jmreview.store.ids import MAX_ID, new_article_id
from jmreview.store.models import ALL_MODELS, MAX_VERSION, Article, BaseModel, EditLog, StoryLink, now
from jmreview.store.read_back import MODELS, RowWatch, require_written
from jmreview.store.review_guard import require_current_files, require_unreviewed_pages
from jmreview.store.story_rules import replay_refusal

_MOVING: dict[type[BaseModel], set[str]] = {}
MARKS = "manual"   # the column naming the fields of a row an editor set by hand: a set, merged by undo and redo


def _file_of(row: BaseModel) -> int | None:
    """The source file a page row belongs to (articles, blocks, entities)."""
    return getattr(row, "file_id", None)


@dataclass
class Changes:
    """The steps of one edit, in order: ('set'|'create'|'delete', model, id, before, after)."""

    steps: list[dict[str, Any]] = field(default_factory=list)
    touched_articles: set[int] = field(default_factory=set)
    files: set[int] = field(default_factory=set)
    watch: RowWatch = field(default_factory=RowWatch)   # the rows as the edit leaves them: read back (run 41 B4)

    def _note_file(self, row: BaseModel) -> None:
        file_id = _file_of(row)
        if file_id is not None:
            self.files.add(file_id)

    def set(self, row: BaseModel, **values: Any) -> None:
        """Change some fields of a row (the values before are read from the database, not the object)."""
        meta = row._meta
        before, after = {}, {}
        stored = _current(type(row), row.id, [meta.fields[n].column_name for n in values])
        if stored is None:
            raise EditConflict(f"{type(row).__name__.lower()} {row.id} was removed elsewhere; nothing was changed",
                               "removed")
        self._note_file(row)
        for name, value in values.items():
            f = meta.fields[name]
            old, new = stored[f.column_name], _stored(f, value)
            if old == new:
                continue
            before[f.column_name], after[f.column_name] = old, new
            setattr(row, _attr(f), value.id if isinstance(value, BaseModel) else value)
        if after:
            self.watch.before(type(row), row.id)
            _sql_update(type(row), row.id, after)
            self.watch.wrote(type(row), row.id, after)
            self.steps.append({"op": "set", "model": type(row).__name__, "id": row.id,
                               "before": before, "after": after})

    def set_read(self, model: type[BaseModel], row_id: int, file_id: int, column: str, old: Any, new: Any) -> None:
        """Change one column of a row whose value was just read in this transaction (`old`): as `set`, without
        reading it again (a renumbering of 28,000 articles: run 27 A26)."""
        self.files.add(file_id)
        _sql_update(model, row_id, {column: new})
        self.watch.wrote(model, row_id, {column: new})
        self.steps.append({"op": "set", "model": model.__name__, "id": row_id, "before": {column: old},
                           "after": {column: new}})

    def create(self, model: type[BaseModel], **values: Any) -> BaseModel:
        """Create a row; undo deletes it, redo creates it again with the same id."""
        if model is Article and "id" not in values:
            values = {**new_article_id(), **values}
        row = model.create(**values)
        stored = model.get_or_none(model.id == row.id) if inserted(model, row.id) else None
        if stored is None:   # an insert a trigger or rule skipped (run 26 B39: "unexpected error: DoesNotExist")
            raise _not_written()
        if model is Article:
            within_limit(row.id)
        self._note_file(row)
        self.steps.append({"op": "create", "model": model.__name__, "id": row.id, "after": _row_values(stored)})
        self.watch.added(model, _row_values(row), self.steps[-1]["after"])   # as asked (run 41 B3)
        return row

    def create_many(self, model: type[BaseModel], rows: list[dict[str, Any]]) -> None:
        """Create many rows of a model without file or article (a lexicon import): a few queries per 500."""
        fields = [f for f in model._meta.sorted_fields if f.name != "id"]
        cols = ", ".join(f'"{f.column_name}"' for f in fields)
        for start in range(0, len(rows), BATCH):
            batch = rows[start:start + BATCH]
            values = [_stored(f, r[f.name] if f.name in r else f.default() if callable(f.default) else f.default)
                      for r in batch for f in fields]
            marks = ", ".join(["(" + ", ".join("?" * len(fields)) + ")"] * len(batch))
            ids = [r[0] for r in model._meta.database.execute_sql(
                f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES {marks} RETURNING "id"', values).fetchall()]
            if len(ids) != len(batch):   # rows a trigger or rule skipped
                raise _not_written()
            self.steps.extend({"op": "create", "model": model.__name__, "id": row["id"], "after": row}
                              for row in _stored_rows(model, ids))

    def delete_many(self, model: type[BaseModel], ids: list[int]) -> None:
        """Delete many rows of a model without file or article, each a step as `delete` makes it."""
        for start in range(0, len(ids), BATCH):
            batch = ids[start:start + BATCH]
            self.steps.extend({"op": "delete", "model": model.__name__, "id": row["id"], "before": row}
                              for row in _stored_rows(model, batch))
            if model._meta.database.execute_sql(f'DELETE FROM "{model._meta.table_name}" WHERE "id" IN '
                                                f'({", ".join("?" * len(batch))})', batch).rowcount != len(batch):
                raise _not_written()

    def delete(self, row: BaseModel) -> None:
        """Delete a row; undo puts it back with the same id and values (an article's story links with it)."""
        if isinstance(row, Article):   # the links would go by cascade, unlogged: undo could not bring them back
            for link in StoryLink.select().where((StoryLink.first == row.id) | (StoryLink.then == row.id)):
                self.delete(link)
        self._note_file(row)
        self.watch.gone(type(row), row.id)
        self.steps.append({"op": "delete", "model": type(row).__name__, "id": row.id, "before": _row_values(row)})
        if not type(row).delete().where(type(row).id == row.id).execute():   # (run 26 B41: a trigger skips it)
            raise _not_written()

    def log_id(self) -> int:
        """The edit-log id of the recorded edit (0 when it changed nothing and logged nothing)."""
        return int(self.steps[-1]["log"]) if self.steps else 0

    def touch(self, article: Article) -> None:
        """Mark an article as changed by this edit (its version goes up once)."""
        self.touched_articles.add(article.id)
        self._note_file(article)


def _unchanged_since(step: dict[str, Any], direction: str) -> bool:
    """True when the row of a step is as the edit (undo) or its undo (redo) left it."""
    model = MODELS[step["model"]]
    op = step["op"]
    if op == "set":   # the marks of fields set by hand are merged, not compared (run 25 A32)
        expected = {c: v for c, v in step["before" if direction == "after" else "after"].items() if c != MARKS}
        now_values = _current(model, step["id"], list(expected))
        return now_values is not None and all(_same(now_values[c], v) for c, v in expected.items())
    if op == "create" and direction == "before":   # a row made by the edit and changed since is not taken away
        expected = {c: v for c, v in step["after"].items() if c not in _MOVING.get(model, set())}
        now_values = _current(model, step["id"], list(expected))
        return now_values is not None and all(_same(now_values[c], v) for c, v in expected.items())
    exists = _current(model, step["id"], []) is not None
    present_before = (op == "create") != (direction == "after")  # undo of a create finds the row there
    return exists == present_before


def _moving_columns(model: type[BaseModel]) -> set[str]:
    """Columns that change without a step of their own (versions, times): not compared before undoing a create."""
    return {"version"} | {f.column_name for f in model._meta.sorted_fields if isinstance(f, DateTimeField)}


_MOVING.update({m: _moving_columns(m) for m in ALL_MODELS})


def _same(stored: Any, recorded: Any) -> bool:
    return stored == recorded or (isinstance(recorded, bool) and stored == int(recorded))


def _step_files(steps: list[dict[str, Any]]) -> set[int]:
    files = set()
    for step in steps:
        model, values = MODELS[step["model"]], step.get("after") or step.get("before") or {}
        if step["model"] == "SourceFile" and set(values) <= {"issue_date", "page_label", "page_source"}:
            files.add(int(step["id"]))   # a page's issue or label set by hand (run 64 A38: undone on an old version)
        if "file" not in model._meta.fields:
            continue
        column = model._meta.fields["file"].column_name
        file_id = values.get(column)
        if file_id is None:
            row = _current(model, step["id"], [column])
            file_id = row[column] if row else None
        if file_id is not None:
            files.add(int(file_id))
    return files


def _mark_set(value: Any) -> set[str]:
    """Marks as stored (JSON text) or logged, as a set."""
    return set(value if isinstance(value, list) else json.loads(value or "[]"))


def _marks_merged(model: type[BaseModel], step: dict[str, Any], direction: str) -> dict[str, Any]:
    """A set step's values; its marks of fields set by hand as they are now, but for those its edit added (an undo
    takes them away) or took away (a redo): an editor's later edit of another field keeps its own mark."""
    values = dict(step[direction])
    if MARKS not in values:
        return values
    before, after = (_mark_set(step[side].get(MARKS)) for side in ("before", "after"))
    now = _mark_set((_current(model, step["id"], [MARKS]) or {}).get(MARKS))
    merged = (now - (after - before)) | (before - after) if direction == "before" else (now - (before - after)) | (
        after - before)
    values[MARKS] = json.dumps(sorted(merged), ensure_ascii=False)
    return values


def _apply(steps: list[dict[str, Any]], direction: str, summary: str = "", action: str = "") -> None:
    ordered = steps if direction == "after" else list(reversed(steps))
    for step in ordered:
        model = MODELS[step["model"]]
        op = step["op"]
        if summary and not _unchanged_since(step, direction):
            what = "undone" if direction == "before" else "redone"
            raise EditConflict(f"“{summary}” cannot be {what}: what it changed was changed again since "
                               "(in another window or by another editor); nothing was changed",
                               "undo_changed" if direction == "before" else "redo_changed", summary=summary,
                               action=action)
        if op == "set":
            _sql_update(model, step["id"], _marks_merged(model, step, direction))
        elif (op == "create") == (direction == "after"):  # create on redo, re-create a deleted row on undo
            _sql_insert(model, step["after"] if op == "create" else step["before"])
        else:
            _sql_delete(model, step["id"])


def within_limit(article_id: int, version: int = 1) -> None:
    """Refuse (inside the edit's transaction) an article id beyond MAX_ID or a version beyond MAX_VERSION (what a
    corpus file may carry: run 31 A48)."""
    if article_id > MAX_ID:
        raise EditConflict(f"article numbers have reached their limit ({MAX_ID:,}); nothing was changed",
                           "id_limit", limit=f"{MAX_ID:,}")
    if version > MAX_VERSION:
        raise EditConflict(f"article {article_id} has reached the limit of {MAX_VERSION:,} changes; nothing was "
                           "changed", "version_limit", id=article_id, limit=f"{MAX_VERSION:,}")


def _bump(article_ids: set[int] | list[int], who: str) -> None:
    for art_id in article_ids:
        if not Article.update(version=Article.version + 1, updated_at=now()).where(
                (Article.id == art_id) & (Article.version < MAX_VERSION)).execute() and \
                Article.select().where((Article.id == art_id) & (Article.version >= MAX_VERSION)).exists():
            within_limit(art_id, MAX_VERSION + 1)


TRIED: dict[str, Any] = {}


@contextmanager
def record(store: Store, who: str, action: str, summary: str) -> Iterator[Changes]:
    """Run one edit in one transaction and log it; yields the Changes to record steps on."""
    changes = Changes()
    with store.write():
        yield changes
        if not changes.steps:
            return
        require_current_files(changes.files)
        require_unreviewed_pages(changes.files, action, who=who)
        for art_id in changes.touched_articles:   # (a trigger on the bump too: run 41 B4)
            changes.watch.before(Article, art_id)
        _bump(changes.touched_articles, who)   # a trigger's rewrite refused (run 39 B34, run 40 B23, run 41 B3/B4):
        require_written(store.path, changes.steps, watch=changes.watch, bumped=changes.touched_articles)
        changes.steps.append({"op": "meta", "articles": sorted(changes.touched_articles)})
        log = EditLog.create(at=now(), who=who, action=action, summary=summary,
                             payload={"steps": changes.steps}, inverse={})
        TRIED.update(log=log.id, at=log.at)   # which edit a commit lost on the way may have saved (run 31 B45)
        if not inserted(EditLog, log.id):   # a trigger or rule skipped
            raise _not_written()   # the log (run 26 B38, B52): the whole edit undone, never saved unlogged
        changes.steps[-1]["log"] = log.id


def last_log_id() -> int | None:
    """The id of the newest edit in the log."""
    row = EditLog.select(EditLog.id).order_by(EditLog.id.desc()).first()
    return row.id if row else None


def _steps(log: EditLog) -> tuple[list[dict[str, Any]], list[int]]:
    steps = [s for s in log.payload["steps"] if s["op"] != "meta"]
    meta: dict[str, Any] = next((s for s in log.payload["steps"] if s["op"] == "meta"), {"articles": []})
    return steps, meta["articles"]


def _replay(store: Store, log_id: int, who: str, undoing: bool, made_at: str | None = None) -> None:
    """Restore the values before (undo) or after (redo) a logged edit, in one transaction.

    `made_at` is when the edit was logged, as the caller saw it: a database restored from a backup
    numbers its log again, and the same number may then be another edit — never replayed.
    """
    action = "undo" if undoing else "redo"
    with store.write():
        log = EditLog.get_or_none(EditLog.id == log_id)
        if log is None or (made_at is not None and str(log.at) != made_at):
            raise EditConflict(f"edit {log_id} is no longer in this database (it was restored from a backup "
                               "or replaced); nothing was changed", "undo_gone")
        if log.undone == undoing:
            raise EditConflict(f"edit {log_id} is {'already' if undoing else 'not'} undone; nothing was changed",
                               "already_undone" if undoing else "not_undone")
        try:
            steps, articles = _steps(log)
            _shaped(steps)   # each step of a shape this jmreview writes (run 27 A46: another program's entry, raw)
        except (KeyError, TypeError, AttributeError, ValueError):
            raise EditConflict(f"edit {log_id} cannot be replayed: its record in the edit log is damaged (another "
                               "program changed it); nothing was changed", "log_damaged") from None
        require_current_files(_step_files(steps))
        require_unreviewed_pages(_step_files(steps), log.action, log.summary or log.action)
        if (refused := replay_refused(log, steps, _step_files(steps), undoing)) is not None:   # a take's replay
            raise EditConflict(*refused)
        _apply(steps, "before" if undoing else "after", log.summary or log.action, log.action)
        require_written(store.path, steps, "before" if undoing else "after", replay=True)
        settle_state(log, steps)   # a take undone or redone out of order: the page's state follows its decisions
        why = replay_refusal(steps)   # another edit since may have given a part another link: a story stays a chain
        if why is not None:
            raise EditConflict(why, "link_rule")
        _bump([a for a in articles if Article.get_or_none(Article.id == a)], who)
        EditLog.update(undone=undoing).where(EditLog.id == log_id).execute()
        EditLog.create(at=now(), who=who, action=action, summary=f"{action}: {log.summary}", payload={"log": log_id})


def _shaped(steps: list[dict[str, Any]]) -> None:
    """Raise KeyError or TypeError unless every step names a model, a row and its values as `Changes` records them."""
    _step_files(steps)
    for step in steps:
        if not isinstance(step[{"set": "before", "create": "after", "delete": "before"}[step["op"]]], dict) or \
                not isinstance(step["id"], int) or step["model"] not in MODELS:
            raise TypeError(step.get("op"))


def undo(store: Store, log_id: int, who: str, made_at: str | None = None) -> None:
    """Undo one logged edit (restore the values before it), in one transaction."""
    _replay(store, log_id, who, undoing=True, made_at=made_at)


def redo(store: Store, log_id: int, who: str, made_at: str | None = None) -> None:
    """Apply an undone edit again, in one transaction."""
    _replay(store, log_id, who, undoing=False, made_at=made_at)


def logged_at(log_id: int) -> str | None:
    """When an edit was logged, as `undo`/`redo` compare it (None when there is no such edit)."""
    log = EditLog.get_or_none(EditLog.id == log_id)
    return None if log is None else str(log.at)


def logged_times(log_ids: list[int]) -> dict[int, str]:
    """When each of these edits was logged (those no longer in the database left out), read in a few queries."""
    found: dict[int, str] = {}
    for k in range(0, len(log_ids), BATCH):
        found.update((log.id, str(log.at)) for log in EditLog.select(EditLog.id, EditLog.at)
                     .where(EditLog.id.in_(log_ids[k:k + BATCH])))
    return found


def edit_place(log_id: int) -> tuple[int | None, int | None]:
    """The file and article a logged edit changed (the first it names), so a view can go there."""
    log = EditLog.get_or_none(EditLog.id == log_id)
    if log is None:
        return None, None
    steps, articles = _steps(log)
    for step in steps:
        model = MODELS[step["model"]]
        if "file" not in model._meta.fields:
            continue
        values = {**(step.get("before") or {}), **(step.get("after") or {})}
        row = _current(model, step["id"], ["file_id"] + (["article_id"] if "article" in model._meta.fields else []))
        file_id = values.get("file_id") or (row or {}).get("file_id")
        article_id = step["id"] if model is Article else values.get("article_id") or (row or {}).get("article_id")
        alive = [a for a in [article_id, *articles] if a and Article.get_or_none(Article.id == a)]
        return (int(file_id) if file_id else None), (int(alive[0]) if alive else None)
    return None, None


def recent_edits(who: str, limit: int = 200) -> list[EditLog]:
    """An editor's latest edits that are not undone and can be replayed (for the history after a restart)."""
    ids = [r.id for r in EditLog.select(EditLog.id).where(
        (EditLog.who == who) & (EditLog.undone == False) & EditLog.action.not_in(["undo", "redo"]))  # noqa: E712
        .order_by(EditLog.id.desc()).limit(limit)]
    kept = []
    for log_id in reversed(ids):   # one at a time: an entry another program damaged is left out, not the window
        try:                       # kept from opening (run 27 A46: JSONDecodeError at every start)
            log = EditLog.get_by_id(log_id)
        except ValueError:
            continue
        if isinstance(log.payload, dict) and isinstance(log.payload.get("steps"), list) and log.payload["steps"]:
            kept.append(log)
    return kept
