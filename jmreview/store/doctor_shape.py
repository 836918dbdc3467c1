"""Doctor's look at the tables themselves: each of the corpus's tables there, with the columns jmreview made.

Another program (an administrator's tool, a migration of its own) may rename or drop a table or a column of a corpus;
every command then stops on it, and doctor must say which (run 26 B26: doctor said ok on a server where the curation
table was renamed).
"""
from __future__ import annotations

from peewee import DatabaseError as PeeweeDatabaseError

from jmreview.store.database import Store
from jmreview.store.dialect import is_postgres
from jmreview.store.models import ALL_MODELS


def shape_problems(store: Store) -> list[str]:
    """A line for each table of the corpus missing, and for each missing a column jmreview reads."""
    schema = getattr(store.db, "schema", None) if is_postgres(store.db) else None
    try:
        tables = set(store.db.get_tables(schema=schema) if schema else store.db.get_tables())
        problems = []
        for model in ALL_MODELS:
            table = model._meta.table_name
            if table not in tables:
                problems.append(f"table {table} of the corpus is missing (another program renamed or dropped it): "
                                "restore a backup, or put it back")
                continue
            have = {c.name for c in (store.db.get_columns(table, schema) if schema else store.db.get_columns(table))}
            gone = [f.column_name for f in model._meta.sorted_fields if f.column_name not in have]
            if gone:
                problems.append(f"table {table} lacks its column {', '.join(gone)} (another program renamed or "
                                "dropped it): restore a backup, or put it back")
        return problems
    except PeeweeDatabaseError as exc:   # the catalogue itself not readable: said, the rest still checked
        return [f"the tables of the corpus could not be listed ({str(exc).splitlines()[0] if str(exc) else exc})"]
