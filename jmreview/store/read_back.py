"""Read back what an edit wrote: a row that a trigger or rule of an administrator stored otherwise is refused.

Run 39 B34 found a trigger rewriting a curation decision, run 40 B23 one rewriting the page's lines and articles
under a curation take, run 41 B3/B4 one changing a row an edit adds or a column it did not set, run 42 B9 a
deferred one firing at the commit: each time the edit said done and the database held an answer nobody gave. Every
row an edit changes or adds is read back whole inside its transaction, after its articles' version bump and a
server's deferred triggers, before it commits (an undo or redo: every column it sets); one stored otherwise refuses
the whole edit in words, nothing of it saved. A trigger changing rows the edit never touches is not seen.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jmreview.errors import Coded
from jmreview.store.change_sql import BATCH, _stored_rows
from jmreview.store.dialect import is_postgres
from jmreview.store.models import ALL_MODELS, BaseModel, database_proxy

MODELS: dict[str, type[BaseModel]] = {m.__name__: m for m in ALL_MODELS}


def expected_values(steps: list[dict[str, Any]], direction: str = "after",
                    replay: bool = False) -> dict[str, dict[int, dict[str, Any]]]:
    """What the steps leave in each column they set, by model and row id (a row deleted after is not expected)."""
    out: dict[str, dict[int, dict[str, Any]]] = {}
    ordered = steps if direction == "after" else list(reversed(steps))
    for step in ordered:
        rows = out.setdefault(step.get("model", ""), {})
        op = step.get("op")
        if op == "set":   # (an undo or redo merges the marks of fields set by hand with later ones: not compared)
            rows.setdefault(step["id"], {}).update({c: v for c, v in step[direction].items()
                                                    if not replay or c != "manual"})
        elif (op == "delete") == (direction == "after") and op in ("create", "delete"):
            rows.pop(step["id"], None)   # a row the steps take away has no values to find
    return out


def _same(stored: Any, wanted: Any) -> bool:
    return stored == wanted or (isinstance(wanted, bool) and stored == int(wanted))


MOVING = ("version", "updated_at")   # an article's, moved by the edit's own bump after its steps


@dataclass
class RowWatch:
    """The whole rows an edit changes or adds, as the edit leaves them (by model, then id)."""

    rows: dict[type[BaseModel], dict[int, dict[str, Any]]] = field(default_factory=dict)
    problem: str | None = None   # the table of a row a trigger stored otherwise as it was added

    def before(self, model: type[BaseModel], row_id: int) -> None:
        """Note a row as it is before the edit first changes it."""
        mine = self.rows.setdefault(model, {})
        if row_id not in mine and (found := _stored_rows(model, [row_id])):
            mine[row_id] = found[0]

    def wrote(self, model: type[BaseModel], row_id: int, values: dict[str, Any]) -> None:
        """Columns the edit set on a row (stored form)."""
        if row_id in self.rows.get(model, {}):
            self.rows[model][row_id].update(values)

    def added(self, model: type[BaseModel], asked: dict[str, Any], stored: dict[str, Any]) -> None:
        """A row the edit added: as asked (a trigger on its insert changed it otherwise: noted)."""
        if any(not _same(stored.get(c), v) for c, v in asked.items() if c in stored and c not in MOVING):
            self.problem = self.problem or str(model._meta.table_name)
        self.rows.setdefault(model, {})[int(stored["id"])] = dict(stored)

    def gone(self, model: type[BaseModel], row_id: int) -> None:
        """A row the edit took away."""
        self.rows.get(model, {}).pop(row_id, None)

    def rewritten(self, bumped: set[int]) -> str | None:
        """The table of the first row stored otherwise than the edit left it (its articles' bump aside)."""
        if self.problem:
            return self.problem
        for model, rows in self.rows.items():
            ids = sorted(rows)
            for start in range(0, len(ids), BATCH):
                stored = {row["id"]: row for row in _stored_rows(model, ids[start:start + BATCH])}
                for row_id in ids[start:start + BATCH]:
                    skip = MOVING if model._meta.table_name == "article" and row_id in bumped else ()
                    row = stored.get(row_id)
                    if row is None or any(not _same(row.get(c), v) for c, v in rows[row_id].items()
                                          if c not in skip and c in row):
                        return str(model._meta.table_name)
        return None


def rewritten_table(steps: list[dict[str, Any]], direction: str = "after", replay: bool = False) -> str | None:
    """The table of the first row whose stored values differ from what the steps set there, or None."""
    for name, rows in expected_values(steps, direction, replay).items():
        model = MODELS.get(name)
        if model is None or not rows:
            continue
        ids = sorted(rows)
        for start in range(0, len(ids), BATCH):
            stored = {row["id"]: row for row in _stored_rows(model, ids[start:start + BATCH])}
            for row_id in ids[start:start + BATCH]:
                row = stored.get(row_id)
                if row is None or not all(_same(row.get(c), v) for c, v in rows[row_id].items() if c in row):
                    return str(model._meta.table_name)
    return None


def require_written(path: object, steps: list[dict[str, Any]], direction: str = "after", replay: bool = False,
                    watch: RowWatch | None = None, bumped: set[int] | None = None) -> None:
    """Refuse (inside the edit's transaction) an edit a trigger or rule stored otherwise, naming the table. A server's
    deferred triggers are made to fire first (run 42 B9: one fired at the commit, after the rows were read back)."""
    db = database_proxy.obj
    if db is not None and is_postgres(db):
        db.execute_sql("SET CONSTRAINTS ALL IMMEDIATE")
    if watch is not None:   # rows read whole are not read again for their steps' columns
        read = {(m.__name__, row_id) for m, rows in watch.rows.items() for row_id in rows}
        steps = [st for st in steps if (st.get("model"), st.get("id")) not in read]
    table = (watch.rewritten(bumped or set()) if watch else None) or rewritten_table(steps, direction, replay)
    if table is not None:
        from jmreview.store.server_errors import ServerRefused
        from jmreview.store.server_messages import SERVER_MESSAGES

        raise ServerRefused(Coded(SERVER_MESSAGES["rewritten"], path=path, table=table))


def added_objects(db: Any) -> list[tuple[str, str, str]]:
    """(kind, name, table) of each trigger or rule another program added to the corpus's tables (jmreview makes
    none; a SQLite file's views too, for doctor)."""
    if is_postgres(db):
        rows = db.execute_sql(
            "SELECT 'trigger', t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE "
            "NOT t.tgisinternal AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
            "UNION ALL SELECT 'rule', r.rulename, r.tablename FROM pg_rules r WHERE r.schemaname = current_schema() "
            "ORDER BY 1, 2").fetchall()
    else:
        rows = db.execute_sql("SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('trigger', 'view') "
                              "ORDER BY type, name").fetchall()
    return [(str(kind), str(name), str(table)) for kind, name, table in rows]


def refuse_bulk_into(path: object, db: Any) -> None:
    """Refuse a whole corpus's copy or restore into a database whose tables carry a trigger or rule: its rows would
    not be read back one by one as an edit's are (run 57 B6, B24: a decision rewritten, the history skipped, said
    done)."""
    from jmreview.store.server_errors import ServerRefused
    from jmreview.store.server_messages import SERVER_MESSAGES

    for kind, name, table in added_objects(db):
        if kind in ("trigger", "rule"):
            drop = f'DROP {kind.upper()} "{name}"' + (f" ON {table}" if is_postgres(db) else "")
            raise ServerRefused(Coded(SERVER_MESSAGES[f"bulk_{kind}"], path=path, name=name, table=table, drop=drop))
