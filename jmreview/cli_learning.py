"""`jmreview lexicon export|import|list|apply` and `jmreview rerun`: what editors taught, from the command line."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jmreview.cli_store import open_store
from jmreview.errors import JmreviewError
from jmreview.store.location import db_location

LABELS = ("PER", "LOC", "ORG", "DATE", "kicker", "noise")


def add_parsers(sub: Any) -> None:
    """The `lexicon` and `rerun` sub-commands."""
    p = sub.add_parser("lexicon", help="what the corpus learned from editors' corrections: list, export, import, apply")
    p.add_argument("action", choices=("list", "export", "import", "apply"))
    p.add_argument("file", type=Path, nargs="?", help="export/import: a .csv or .json lexicon file")
    p.add_argument("--format", choices=("csv", "json"), help="file format (default: by the file's suffix)")
    p.add_argument("--label", choices=LABELS, help="list, export, import: only this label")
    p.add_argument("--origin", choices=("learned", "pattern", "imported", "edited"),
                   help="list, export: only entries of this origin")
    p.add_argument("--search", default="", help="list, export: only entries containing this text")
    p.add_argument("--json", action="store_true", help="list: as JSON")
    p.add_argument("--dry-run", action="store_true", help="apply, import: only say what would change")
    p.add_argument("--editor", default=None, help="name recorded in the edit log (default: the database role "
                   "on a server, else your login)")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)

    p = sub.add_parser("rerun", help="re-run automation (with what was learned), keeping what people decided")
    p.add_argument("--file", action="append", dest="files", metavar="NAME", help="only this file (repeatable)")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)




def file_after_options(args: argparse.Namespace, extra: list[str]) -> list[str]:
    """The arguments left unread but a file named after the options (`lexicon import --dry-run l.csv`: argparse
    gives the optional FILE nothing before the options, then takes l.csv for an unknown argument)."""
    if getattr(args, "command", "") == "lexicon" and args.file is None and extra and not extra[0].startswith("-"):
        args.file = Path(extra[0])
        return extra[1:]
    return extra


def cmd_lexicon(args: argparse.Namespace) -> int:
    """List, export, import or apply the lexicon."""
    from jmreview.exchange.lexicon_io import read_lexicon, write_lexicon
    from jmreview.store.lexicon import as_json, lexicon_rows
    from jmreview.store.lexicon_edits import import_entries
    from jmreview.workflows.learning import apply_learned, plan_learned

    if args.action in ("export", "import") and args.file is None:
        raise JmreviewError(f"lexicon {args.action} needs a file (.csv or .json)")
    with open_store(args, write=args.action in ("import", "apply") and not args.dry_run,
                    new=args.action == "import" and not args.dry_run) as store:
        if args.action == "list":
            rows = lexicon_rows(args.search, args.label or "", args.origin or "")
            if args.json:
                print(as_json(rows))
            for r in [] if args.json else rows:
                print(f"{r.label}\t{'+' if r.positive else '-'}\t{r.text}\t{r.count}\t{'、'.join(r.editors)}\t"
                      f"{r.last_at}\t{r.origin}")
            print(f"{len(rows)} entries", file=sys.stderr)
        elif args.action == "export":   # (run 64 A18, run 65 A7: --label, --search, --origin taken and not used)
            n = write_lexicon(args.file, lexicon_rows(args.search, args.label or "", args.origin or ""), args.format)
            print(f"{n} entries written to {args.file}")
        elif args.action == "import":
            entries = [e for e in read_lexicon(args.file, args.format) if e.label == (args.label or e.label)]
            if args.dry_run:   # (run 64 A17: --dry-run taken, and the file imported for real)
                print(f"{len(entries)} entries would be imported from {args.file}; nothing was written (--dry-run)")
                return 0
            n, _ = import_entries(store, args.editor, entries, args.file.name)
            print(f"{n} entries imported from {args.file}")
        else:
            plan = plan_learned()
            if not args.dry_run:
                apply_learned(store, args.editor, plan)
            for line in plan.left:
                print(line)
            print(("would change: " if args.dry_run else "applied: ") + plan.summary())
    return 0


def cmd_rerun(args: argparse.Namespace) -> int:
    """Re-run automation on every file or the named ones; say what was kept and what was redone."""
    from jmreview.store.busy import long_job
    from jmreview.workflows.automation import RerunStopped, rerun_files

    stopped = None
    with open_store(args, write=True) as store, long_job(getattr(store, "path", None)):   # no restore meanwhile
        try:
            reports = rerun_files(store, args.files)
        except RerunStopped as exc:   # the server stopped: what was re-run before it is said, then the stop
            reports, stopped = exc.reports, exc
    for name, r in reports.items():
        print(f"{name}: {r.left}" if r.left else f"{name}: kept {r.kept} articles people decided about, "
                                                   f"redid {r.redone}")
    done = [r for r in reports.values() if not r.left]
    kept, redone = sum(r.kept for r in done), sum(r.redone for r in done)
    left = len(reports) - len(done)
    print(f"{len(done)} files re-run: kept {kept} articles, redid {redone}"
          + (f"; {left} left as they are, each for the reason above" if left else ""))   # (run 35 A7)
    if stopped is not None:
        print(f"jmreview: {stopped}", file=sys.stderr)
        return 2
    return 0


COMMANDS = {"lexicon": cmd_lexicon, "rerun": cmd_rerun}
