"""A SQLite URI for a file path (every module that opens a database file by URI uses this one)."""
from __future__ import annotations

import os
import urllib.parse
from pathlib import Path


def sqlite_uri(path: Path, query: str) -> str:
    """A SQLite URI naming a file, quoted so that '#', '?' and '%' in its path stay part of the name."""
    return f"file:{urllib.parse.quote(os.fsencode(path), safe='/:' + os.sep)}?{query}"
