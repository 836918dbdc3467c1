"""The one way every command opens its database: --db or the default, warnings on stderr, a read-only one refused."""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any


def open_store(args: argparse.Namespace, write: bool = False, new: bool = False) -> Any:
    """The database of --db (or the default one), warnings said on stderr; `write`: a read-only one refused; `new`:
    the command may make it (an import) — any other refuses a --db that does not exist (run 22 A75: a typo)."""
    from jmreview.store.database import Store, default_db_path
    from jmreview.store.server import writing

    if not new:
        must_exist(args)
    elif isinstance(args.db, Path) and not args.db.exists() and not args.db.is_symlink():
        MADE.append(args.db)   # made by this command: taken away again if it ends refused, holding nothing
    store = Store(args.db or default_db_path())
    for warning in store.warnings:  # what the opening could not do (a backup on a full disk): said, not fatal
        print(f"jmreview: warning: {warning}", file=sys.stderr)
    if write:   # a read-only database or role: one sentence before anything is read or tried
        args.editor = writing(store, getattr(args, "editor", None))
    return store


MADE: list[Path] = []


def drop_unused_new() -> None:
    """A database this command made, then refused its work: removed when it holds nothing (run 23 A4, A47, A52: a
    refused corpus, lexicon or page pattern left an empty database behind, as a typo did before run 22 A75)."""
    import shutil
    import sqlite3

    from jmreview.store.file_identity import OPENED, file_identity
    from jmreview.store.models import database_proxy

    with contextlib.suppress(Exception):   # this command's own connection let go first: a write it had begun (a
        if database_proxy.obj is not None:  # kill while the schema was made) holds a lock the look below would meet
            database_proxy.obj.close()
    while MADE:
        path = MADE.pop()
        seen = OPENED.get(os.path.abspath(path))   # another database moved in at its name meanwhile: never removed
        if seen is not None and file_identity(Path(path)) != seen:   # (run 46 B1: a colleague's, read through the
            continue                                                 # refused copy's -wal as empty)
        shm = f"{path}-shm"
        if os.path.exists(shm) and not os.access(shm, os.W_OK):   # made immutable meanwhile: a look would end the
            continue                                               # process with a bus error (run 36 A7)
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
            try:
                held = any(con.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
                           for table in ("sourcefile", "editlog", "lexiconentry"))
            finally:
                con.close()
        except sqlite3.Error as exc:   # stopped while its tables were being made (a kill: run 25 A27): it holds
            if "no such table" not in str(exc):   # nothing; else not a database of ours after all: left as it is
                continue
            held = False
        if not held:
            for companion in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{companion}").unlink(missing_ok=True)
            shutil.rmtree(f"{path}.backups", ignore_errors=True)


def must_exist(args: argparse.Namespace) -> None:
    """Refuse a --db file that does not exist for a command that does not import: a typo never makes a new, empty
    database (an empty export for a colleague, a workbook's every row "not an id of this database")."""
    if isinstance(getattr(args, "db", None), Path) and not args.db.exists() and not _loop(args.db):
        from jmreview.errors import StoreError

        raise StoreError(f"{args.db} does not exist: nothing was done (check its name; an import makes a new "
                         "database)")


def _loop(path: Path) -> bool:
    """True for a link that leads back to itself (the opening names that; a link to nothing does not exist)."""
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return True
    except OSError as exc:
        import errno

        return exc.errno == errno.ELOOP
    return False
