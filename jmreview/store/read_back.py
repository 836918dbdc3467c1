"""Read back what an edit wrote: a row that a trigger or rule of an administrator stored otherwise is refused.

Run 39 B34 found a trigger rewriting a curation decision, run 40 B23 one rewriting the page's lines and articles
under a curation take: the edit said done and the database held an answer nobody gave. Every column an edit (or
its undo or redo) set is read again inside its transaction, before it commits; one stored otherwise refuses the
whole edit in words, nothing of it saved.
"""
from __future__ import annotations

from typing import Any

from jmreview.errors import Coded
from jmreview.store.change_sql import BATCH, _stored_rows
from jmreview.store.models import ALL_MODELS, BaseModel

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


def require_written(path: object, steps: list[dict[str, Any]], direction: str = "after", replay: bool = False) -> None:
    """Refuse (inside the edit's transaction) an edit a trigger or rule stored otherwise, naming the table."""
    table = rewritten_table(steps, direction, replay)
    if table is not None:
        from jmreview.store.server_errors import ServerRefused
        from jmreview.store.server_messages import SERVER_MESSAGES

        raise ServerRefused(Coded(SERVER_MESSAGES["rewritten"], path=path, table=table))
