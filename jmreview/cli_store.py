"""The one way every command opens its database: --db or the default, warnings on stderr, a read-only one refused."""
from __future__ import annotations

import argparse
import sys
from typing import Any


def open_store(args: argparse.Namespace, write: bool = False) -> Any:
    """The database of --db (or the default one), warnings said on stderr; `write`: a read-only one refused."""
    from jmreview.store.database import Store, default_db_path
    from jmreview.store.server import writing

    store = Store(args.db or default_db_path())
    for warning in store.warnings:  # what the opening could not do (a backup on a full disk): said, not fatal
        print(f"jmreview: warning: {warning}", file=sys.stderr)
    if write:   # a read-only database or role: one sentence before anything is read or tried
        args.editor = writing(store, getattr(args, "editor", None))
    return store
