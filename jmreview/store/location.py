"""Where a database is: a file path or a PostgreSQL URL (imports no database library: the command line starts fast)."""
from __future__ import annotations

from pathlib import Path

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server(location: object) -> bool:
    """True for a PostgreSQL URL (``postgresql://user@host/db``), False for a database file."""
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)


def db_location(text: str) -> Path | str:
    """``--db``: a PostgreSQL URL stays text, anything else is a file path."""
    return text if is_server(text) else Path(text)
