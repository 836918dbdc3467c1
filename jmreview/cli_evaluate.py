"""The evaluate command: the articles scored against gold files, or entity suggestions on a BIO-tagged file."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jmreview.cli_store import open_store
from jmreview.errors import JmreviewError
from jmreview.terminal import one_line


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Score the database against gold files, or entity suggestions on a BIO file."""
    from jmreview.exchange.evaluate import format_rows, score
    from jmreview.exchange.export_json import corpus

    if args.bio is not None:
        return _evaluate_bio(args)
    if not args.gold.is_dir():
        raise JmreviewError(f"{args.gold}: no such folder of gold files")
    golds = sorted(args.gold.glob("*.json"))
    if not golds:   # (run 41 A29: a perfect score for scoring nothing)
        raise JmreviewError(f"{args.gold}: holds no gold file (NAME.json): nothing was scored")
    with open_store(args):
        rows = score(corpus(), args.gold)
    missing: list[str] = next((r["files"] for r in rows if r.get("metric") == "missing_files"), [])
    if len(missing) >= len(golds):
        raise JmreviewError(f"none of the {len(golds)} pages of the gold files in {args.gold} is in this database "
                            f"(first: {missing[0]}): nothing was scored; import those pages, or give the database "
                            "they are in with --db")
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.json else format_rows(rows))
    return 0


def _evaluate_bio(args: argparse.Namespace) -> int:
    """Import the BIO file's sentences as pages (into a copy of --db, or a new temporary database) and score them."""
    import tempfile

    from jmreview.exchange.bio_eval import make_pages, read_bio, score_bio
    from jmreview.exchange.evaluate import format_rows
    from jmreview.exchange.export_json import corpus
    from jmreview.store.database import Store
    from jmreview.store.location import is_server
    from jmreview.store.sqlite_copy import copy_database
    from jmreview.workflows.importer import import_paths

    if not args.bio.exists():   # one that is there but no regular file is refused by name as it is read
        raise JmreviewError(f"{args.bio}: no such BIO file")
    sents = read_bio(args.bio)
    with tempfile.TemporaryDirectory() as tmp:
        index = make_pages(sents, Path(tmp) / "pages", stem=f"bio-{args.bio.stem}")
        scratch = Path(tmp) / "bio.sqlite3"
        copied = bool(args.db) and not is_server(args.db) and Path(args.db).exists()
        if copied:   # scored on a copy, with what the corpus learned: its pages never made part of the editors'
            copy_database(Path(args.db), scratch)   # corpus (run 27 A11); a --db not there yet is made for them
            print(f"scored on a copy of {one_line(str(args.db))}: the corpus is left as it is", file=sys.stderr)
        with (open_store(args, write=True, new=True) if args.db and not copied else Store(scratch)) as store:
            report = import_paths(store, [Path(tmp) / "pages"])
            for name, reason in report.refused:
                print(f"refused: {name}: {reason}", file=sys.stderr)
            rows = score_bio(corpus(), sents, index)
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.json else format_rows(rows))
    return 0
