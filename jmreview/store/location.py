"""Where a database is: a file path or a PostgreSQL URL (imports no database library: the command line starts fast)."""
from __future__ import annotations

import re
from pathlib import Path

SERVER_SCHEMES = ("postgresql://", "postgres://")
MISTYPED = re.compile(r"\s*(?:postgre\w*\s*:?/*[^/]*[:@]|(?:jdbc:)?(?:postgr\w*|postgis\w*|psql|pgsql\w*|pg)\s*:)",
                      re.IGNORECASE)   # postgresql:/…, postgresq://…, postgres:…@…, jdbc:postgresql://, pgsql:
KEY_VALUE = re.compile(r"\s*(host|hostaddr|port|dbname|user|password|service|sslmode|passfile)\s*=", re.IGNORECASE)


def is_server(location: object) -> bool:
    """True for a PostgreSQL URL (``postgresql://user@host/db``) or libpq key=value string (``dbname=… host=…``),
    False for a database file."""
    return isinstance(location, str) and (location.lower().startswith(SERVER_SCHEMES)
                                          or KEY_VALUE.match(location) is not None)


def db_location(text: str) -> Path | str:
    """``--db``: a PostgreSQL URL stays text, anything else is a file path (an empty one names none: refused, as a
    script's `--db "$DB"` with DB unset gives)."""
    if not text.strip():
        import argparse

        raise argparse.ArgumentTypeError("it is empty: name a database file or a postgresql:// address")
    if is_server(text):
        return text
    if MISTYPED.match(text):   # a server address mistyped: no folder to make, its password never shown (run 36 B21)
        import argparse

        raise argparse.ArgumentTypeError("it looks like a server address mistyped: write it as "
                                         "postgresql://ROLE@HOST:PORT/DATABASE; nothing was done")
    return Path(text)
