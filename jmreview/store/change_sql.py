"""The rows under the edits: read and written with plain SQL, as they are stored, so an undo puts back exactly what
was there (the values of `Changes`' steps), and a change the database did not store is noticed."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from peewee import BooleanField, DateTimeField, Field, ForeignKeyField

from jmreview.store.conflict import EditConflict
from jmreview.store.dialect import is_postgres
from jmreview.store.models import BaseModel

BATCH = 500   # rows per statement of create_many and delete_many (SQLite takes 32,766 variables)


def _current(model: type[BaseModel], row_id: int, columns: list[str]) -> dict[str, Any] | None:
    """The stored values of some columns of a row, read inside the transaction (None when it is gone)."""
    table = model._meta.table_name
    cols = ", ".join(f'"{c}"' for c in columns) or '"id"'
    row = model._meta.database.execute_sql(f'SELECT {cols} FROM "{table}" WHERE "id" = ?', [row_id]).fetchone()
    return None if row is None else dict(zip(columns, row))


def _stored_rows(model: type[BaseModel], ids: list[int]) -> list[dict[str, Any]]:
    """Every column of some rows as `_row_values` gives them, read in one query."""
    fields = model._meta.sorted_fields
    cols = ", ".join(f'"{f.column_name}"' for f in fields)
    got = model._meta.database.execute_sql(f'SELECT {cols} FROM "{model._meta.table_name}" WHERE "id" IN '
                                           f'({", ".join("?" * len(ids))}) ORDER BY "id"', ids).fetchall()
    names = [f.column_name for f in fields]
    typed = [(k, f) for k, f in enumerate(fields) if isinstance(f, (DateTimeField, BooleanField))]
    rows = []
    for row in got:   # a value read is as stored but for times and flags (what SQLite and PostgreSQL give back)
        values = list(row)
        for k, f in typed:
            values[k] = _stored(f, f.python_value(values[k]))
        rows.append(dict(zip(names, values)))
    return rows


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


def _typed(model: type[BaseModel], values: dict[str, Any]) -> list[Any]:
    """Recorded values as their columns take them: a flag logged as 0/1 (by SQLite) is a boolean to PostgreSQL."""
    flags = {f.column_name for f in model._meta.sorted_fields if isinstance(f, BooleanField)}
    return [bool(v) if c in flags and v is not None else v for c, v in values.items()]


def _sql_update(model: type[BaseModel], row_id: int, values: dict[str, Any]) -> None:
    table = model._meta.table_name
    sets = ", ".join(f'"{c}" = ?' for c in values)
    cursor = model._meta.database.execute_sql(f'UPDATE "{table}" SET {sets} WHERE "id" = ?',
                                              [*_typed(model, values), row_id])
    if cursor.rowcount == 0:   # a row read in this transaction, not written: a trigger or rule of the administrator
        raise _not_written()   # (run 25 B20)


def _not_written() -> EditConflict:
    """A change the database did not store (a trigger or rule skips it): the edit is refused whole."""
    return EditConflict("this change was not written: the database did not store it (a trigger or rule its "
                        "administrator added skips it); nothing was changed", "not_written")


def _sql_insert(model: type[BaseModel], values: dict[str, Any]) -> None:
    table = model._meta.table_name
    cols = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    if model._meta.database.execute_sql(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})',
                                        _typed(model, values)).rowcount == 0:
        raise _not_written()   # an undo's row a trigger or rule skips (run 27 B49: said undone, the row not back)


def inserted(model: type[BaseModel], row_id: int | None) -> bool:
    """True when the last insert (peewee's `create`, which gave `row_id`) stored its row; False when a trigger or rule
    skipped it: SQLite then still gives the id of an earlier insert, of this table or another (run 27 B4, B40: a step
    or a log entry naming another row)."""
    db = model._meta.database
    if row_id is None or (not is_postgres(db) and db.execute_sql("SELECT changes()").fetchone()[0] != 1):
        return False
    return bool(db.execute_sql(f'SELECT 1 FROM "{model._meta.table_name}" WHERE "id" = ?', [row_id]).fetchone())


def _sql_delete(model: type[BaseModel], row_id: int) -> None:
    table = model._meta.table_name
    if model._meta.database.execute_sql(f'DELETE FROM "{table}" WHERE "id" = ?', [row_id]).rowcount == 0:
        raise _not_written()   # (run 26 B41: a delete a trigger skips)
