"""Where a database is: a file path or a PostgreSQL URL (imports no database library: the command line starts fast)."""
from __future__ import annotations

import re
from pathlib import Path

SERVER_SCHEMES = ("postgresql://", "postgres://")
MISTYPED = re.compile(r"\s*(?:postgre\w*\s*:?/*[^/]*[:@]|(?:jdbc:)?(?:postgr\w*|postgis\w*|psql|pgsql\w*|pg)\s*:)",
                      re.IGNORECASE)   # postgresql:/…, postgresq://…, postgres:…@…, jdbc:postgresql://, pgsql:
OTHER_STRING = re.compile(r"(?:^|.*;)\s*(?:server|data source|user id|uid|initial catalog|database|pwd|password)\s*="
                          r"|.*\b(?:password|pwd)\s*=", re.IGNORECASE)   # Server=…;User Id=…;Password=… (ADO.NET)
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
    if not text.lower().startswith(SERVER_SCHEMES) and OTHER_STRING.match(text) \
            and (";" in text or not is_server(text)):   # another program's connection string:
        import argparse  # no file named after it, its password never shown (run 38 B7)

        raise argparse.ArgumentTypeError("it looks like another program's connection string (Server=…;User Id=…): "
                                         "write it as postgresql://ROLE@HOST:PORT/DATABASE; nothing was done")
    if is_server(text):
        return text
    if MISTYPED.match(text):   # a server address mistyped: no folder to make, its password never shown (run 36 B21)
        import argparse

        raise argparse.ArgumentTypeError("it looks like a server address mistyped: write it as "
                                         "postgresql://ROLE@HOST:PORT/DATABASE; nothing was done")
    if Path(text).name in ("", ".", ".."):   # `.`, `./`, `/`: a folder, named without a name (run 38 A43: a
        import argparse  # ValueError from the backups' path before the folder was said)

        raise argparse.ArgumentTypeError(f"{text} is a folder, not a jmreview database: name a database file in it")
    return Path(text)
