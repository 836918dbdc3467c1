"""A SQLite URI for a file path (every module that opens a database file by URI uses this one)."""
from __future__ import annotations

import os
import urllib.parse
from pathlib import Path


def sqlite_uri(path: Path, query: str) -> str:
    """A SQLite URI naming a file, quoted so that '#', '?' and '%' in its path stay part of the name; a relative
    name starting with ':' after './' (`file::memory:` is SQLite's database in memory: run 24 A14, kept nowhere)."""
    name = os.fsencode(path)
    if name.startswith(b":"):
        name = b"./" + name
    return f"file:{urllib.parse.quote(name, safe='/:' + os.sep)}?{query}"
