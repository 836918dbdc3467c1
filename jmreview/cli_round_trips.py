"""The `jmreview` commands of the round trips with colleagues and other tools: annotation formats out and in, an
edited workbook back in."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jmreview.cli_store import open_store
from jmreview.store.location import db_location

FORMATS = ("bio", "brat", "spacy", "labelstudio", "doccano")   # exchange.formats_out.FORMATS (imported lazily)




def export_warnings(args: argparse.Namespace, to_stdout: bool, store: Any, damage: list[str]) -> None:
    """What an export says after it wrote its file; a check stopped (a server's session ended, the database gone)
    says so, and that the file is written whole (run 62 B24: "a change under way was not saved … try again")."""
    import sqlite3

    from peewee import PeeweeException

    from jmreview.errors import JmreviewError

    try:
        _export_warnings(args, to_stdout, store, damage)
    except (PeeweeException, sqlite3.Error, JmreviewError) as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
        print(f"jmreview: warning: the export is written whole, but its check of the database after it was stopped "
              f"({reason}): run `jmreview doctor` to make that check", file=sys.stderr)


def _export_warnings(args: argparse.Namespace, to_stdout: bool, store: Any, damage: list[str]) -> None:
    """Rows doctor finds wrong, and a snapshot's own warnings (`damage`: the team's work doctor names, read in the
    snapshot's own transaction)."""
    from jmreview.exchange.export_json import TEAM_DAMAGED, left_out
    from jmreview.exchange.snapshot_check import restore_refusal
    from jmreview.exchange.source_check import sources_changed
    from jmreview.store.doctor import EXPORTED_DAMAGE, content_problems

    if found := content_problems(store):   # written as they are (run 40 A39, run 41 A2, A24)
        print(f"jmreview: warning: {EXPORTED_DAMAGE.format(n=len(found), first=found[0])}", file=sys.stderr)
    for line in (changed := sources_changed()):   # a page's text another program changed (run 45 A18), with its own
        print(f"jmreview: warning: {line}", file=sys.stderr)   # advice: a backup, not the window (run 46 A6)
    if args.format != "json" or not args.with_source:
        return
    if note := left_out():
        print(f"jmreview: {note}", file=sys.stderr)   # a backup that is not complete says so
    if bad := damage:
        print(f"jmreview: warning: {TEAM_DAMAGED.format(n=len(bad), first=bad[0])}", file=sys.stderr)
    elif not to_stdout and not changed and (why := restore_refusal(Path(args.output))):
        print(f"jmreview: warning: import-json would refuse this snapshot ({why}): a value another program "
              "wrote; `jmreview doctor` names it — correct it in the window, or restore a backup", file=sys.stderr)


def add_round_trips(sub: Any) -> None:
    """The sub-commands import-annotations and import-xlsx."""
    p = sub.add_parser("import-annotations", help="apply entity annotations of Label Studio, doccano, spaCy or BIO "
                                                  "to the matching articles (one undoable edit)")
    p.add_argument("file", type=Path)
    p.add_argument("--as", dest="mode", choices=("suggested", "accepted"), default="suggested",
                   help="suggested: spans become suggestions; accepted: the file's decisions are taken (its "
                        "predictions stay suggestions, our suggestions it does not have are rejected)")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)
    p.add_argument("--editor", default=None, help="name recorded in the edit log (default: the database role "
                   "on a server, else your login)")

    p = sub.add_parser("import-xlsx", help="apply what a colleague changed in an exported workbook (one undoable edit)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="list the changes per article; write nothing")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)
    p.add_argument("--editor", default=None, help="name recorded in the edit log (default: the database role "
                   "on a server, else your login)")


def export_annotations(args: argparse.Namespace) -> int:
    """An annotation format for other tools; what it could not hold is said on stderr."""
    from jmreview.exchange.formats_out import export_annotations as write

    report = write(args.output, args.format, args.status, args.script)
    if report.unplaced:
        print(f"{report.unplaced} entities on duplicate lines not written (their first copy is)", file=sys.stderr)
    if report.overlapping:
        print(f"{report.overlapping} overlapping entities left out ({args.format} holds one entity per character)",
              file=sys.stderr)
    return report.articles


def cmd_import_annotations(args: argparse.Namespace) -> int:
    """Apply an annotation file of another tool; say what matched and what was left out."""
    from jmreview.exchange.annotations_apply import import_annotations

    with open_store(args, write=True) as store:
        report = import_annotations(store, args.file, args.editor, args.mode)
    for note in report.notes:
        print(note, file=sys.stderr)
    print(report.summary())
    return 0


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    """Preview, then apply, an edited workbook; articles changed here since the export are left as they are."""
    from jmreview.exchange.xlsx_changes import apply_plan, plan_workbook

    with open_store(args, write=not args.dry_run) as store:
        plan = plan_workbook(args.file)
        for heading, lines in plan.preview():
            print("\n  ".join([heading, *lines]))
        for why in plan.refused:
            print(f"refused: {why}", file=sys.stderr)
        if not args.dry_run:
            apply_plan(store, plan, args.editor)
    print(plan.summary() + ("; nothing was written (--dry-run)" if args.dry_run else ""))
    return 1 if plan.refused else 0


ROUND_TRIPS = {"import-annotations": cmd_import_annotations, "import-xlsx": cmd_import_xlsx}
