"""The `jmreview` command: import, export, evaluate, stats, pages, link, lexicon, rerun; with no command, the window.

Errors are one clear line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from pathlib import Path

from jmreview import __version__
from jmreview.cli_evaluate import cmd_evaluate
from jmreview.cli_learning import COMMANDS as LEARNING_COMMANDS
from jmreview.cli_learning import add_parsers as add_learning_parsers
from jmreview.cli_learning import file_after_options
from jmreview.cli_newspaper import COMMANDS as NEWSPAPER_COMMANDS
from jmreview.cli_newspaper import add_parsers as add_newspaper_parsers
from jmreview.cli_round_trips import FORMATS, ROUND_TRIPS, add_round_trips, export_annotations, export_warnings
from jmreview.cli_store import MADE, drop_unused_new, must_exist, open_store
from jmreview.cli_team import COMMANDS as TEAM_COMMANDS
from jmreview.cli_team import add_parsers as add_team_parsers
from jmreview.errors import JmreviewError
from jmreview.store import server_wait
from jmreview.store.location import db_location, is_server
from jmreview.terminal import guard, one_line

STATUS_CHOICES = ("auto", "in_review", "reviewed", "rejected")
STDOUT = "-"   # `export -o -`: the corpus on standard output


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(prog="jmreview", description="Review 江门日报 page dumps.")
    parser.add_argument("--version", action="version", version=f"jmreview {__version__}")
    parser.add_argument("--db", type=db_location, help="database file or postgresql://user@host/db URL "
                        "(default: jmreview.sqlite3 in the user data folder)")
    parser.add_argument("--self-test", action="store_true", help="check this installation offscreen and exit")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("import", help="import page dumps (files or folders)")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)
    p.add_argument("--workers", type=int, default=None, help="worker processes (default and most: one per core)")
    p.add_argument("--replace", action="store_true",
                   help="import new versions of imported files even when people's articles change (they are flagged)")
    p.add_argument("--editor", default=None, help="name recorded as the importer (default: the database role on a "
                   "server, else your login)")
    p.add_argument("--page-pattern", action="append", default=[], metavar="REGEX", help="read issue and page from "
                   "file names by this pattern first: named groups y m d page (repeatable)")

    p = sub.add_parser("export", help="export the corpus")
    p.add_argument("--format", choices=("json", "jsonl", "xlsx", *FORMATS), default=None,
                   help="json, jsonl, xlsx; entity annotations for other tools: bio (CoNLL, by character), "
                        "brat (.zip), spacy (JSONL), labelstudio (JSON tasks), doccano (JSONL)")
    p.add_argument("--script", choices=("original", "simplified"), default="original",
                   help="xlsx and annotation formats: text in the source's script or in Simplified")
    p.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN", help="xlsx: sheet and header language")
    p.add_argument("--output", "-o", type=Path, required=True, help="the file to write; - for standard output "
                   "(json, jsonl)")
    p.add_argument("--status", choices=STATUS_CHOICES)
    p.add_argument("--with-source", action="store_true",
                   help="a snapshot to restore from: each file's source text, and the team's work in progress")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)

    p = sub.add_parser("import-json", help="restore a corpus file into an empty database, or apply it")
    p.add_argument("file", type=Path)
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)
    p.add_argument("--editor", default=None, help="name recorded in the edit log (default: the database role on a "
                   "server, else your login)")

    add_round_trips(sub)

    p = sub.add_parser("evaluate", help="score the current articles against gold files, or entities on a BIO file")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--gold", type=Path, help="a folder of gold files")
    what.add_argument("--bio", type=Path, help="a BIO-tagged file (PER/LOC/ORG): its sentences are imported as "
                                              "pages (into a copy of --db, with what it learned) and the entity "
                                              "suggestions scored, exact spans")
    p.add_argument("--json", action="store_true", help="print the rows as JSON")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)

    p = sub.add_parser("doctor", help="check the database: integrity, offsets, orphans, backups")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)

    p = sub.add_parser("copy", help="copy a corpus into a new, empty database (SQLite and PostgreSQL either way)")
    p.add_argument("source", type=db_location, help="a database file or postgresql:// URL")
    p.add_argument("target", type=db_location, help="a new database file or an empty postgresql:// database")

    add_learning_parsers(sub)
    add_team_parsers(sub)
    add_newspaper_parsers(sub)
    return parser




def cmd_import(args: argparse.Namespace) -> int:
    """Import files and folders, reporting progress on stderr."""
    from jmreview.workflows.importer import import_paths

    for p in (missing := [p for p in args.paths if not p.exists()]):
        print(f"jmreview: {p}: no such file or folder", file=sys.stderr)
    at = [0, 0]
    writing = [False]   # a file's write begun (the first one's too: run 48 B13, "before the first file", it in)

    def progress(n: int, total: int, name: str) -> None:
        at[:] = [n, total]
        print(f"[{n}/{total}] {name}", file=sys.stderr)

    with open_store(args, write=True, new=True) as store:
        try:
            report = import_paths(store, [p for p in args.paths if p.exists()], progress, args.workers,
                                  replace=args.replace, who=args.editor,   # checked by the name rule (open_store)
                                  page_patterns=args.page_pattern, before_write=lambda: writing.__setitem__(0, True))
        except KeyboardInterrupt:   # Ctrl+C: what is in, and how to go on
            where = f"after {at[0]} of {at[1]} files (the file being saved at that moment may be in too)" if at[1] \
                else "while the first file was being saved (it may be in)" if writing[0] \
                else "before the first file"   # (run 39 B50: "0 of 0"; run 40 B7: a file in, its line not printed)
            print(f"jmreview: stopped {where}: each file is imported whole or not at all; run the same import again "
                  "to import the rest (the files already in are skipped)", file=sys.stderr)
            raise
        except JmreviewError as exc:   # a stop mid-way (a full disk, a file made unwritable: run 36 A7)
            if not at[0]:
                raise
            raise JmreviewError(f"{exc} — stopped after file {at[0]} of {at[1]}: the files up to it are done, each "
                                "whole" + ("; run the same import again for the rest" if at[0] < at[1] else "")) \
                from None
    if not report.imported:   # every page refused or missing: a database made for them is not left behind, empty
        drop_unused_new()     # (run 24 A36: later commands took it for a corpus)
    for line in report.already():
        print(line, file=sys.stderr)
    for name in report.new_versions:
        print(f"{name}: new version imported; the old one is kept, people's articles carried over", file=sys.stderr)
    for line in report.flagged:
        print(f"flagged for review: {line}", file=sys.stderr)
    for line in report.left:
        print(f"not carried over (what was decided stays on the old version, which is kept): {line}", file=sys.stderr)
    for line in report.notes():
        print(line, file=sys.stderr)
    for name, reason in report.refused:
        print(f"refused: {name}: {reason}", file=sys.stderr)
    for name in report.lost:
        print(f"{name}: imported, but no longer in the database: it was restored from a backup while this import "
              "ran; import it again", file=sys.stderr)
    print(report.summary())
    found = report.imported or report.already() or report.refused or report.lost or report.not_tried
    if not found and not missing:   # (run 25 A43: a folder of .md or .bio files, "0 imported, 0 refused", rc 0)
        print("jmreview: no page file was found there (a page is a file ending .txt or .text, or with no ending; "
              "others are passed over)", file=sys.stderr)
        return 1
    return 1 if report.refused or missing or report.lost else 0


SLOW_SERVER = ("jmreview: the server has not answered for {s} s, though it is up (another session may hold what "
               "this command waits for, or a standby it must wait for is gone); still waiting, {most} s at most — "
               "Ctrl+C stops it")
SUFFIX_FORMATS = {".xlsx": "xlsx", ".jsonl": "jsonl", ".json": "json", ".bio": "bio", ".spacy": "spacy"}


def cmd_export(args: argparse.Namespace) -> int:
    """Write the corpus as JSON or JSONL."""
    from jmreview.exchange.export_json import export_json, export_jsonl

    to_stdout = str(args.output) == STDOUT
    suffix = "" if to_stdout else Path(str(args.output)).suffix.lower()
    if args.format is None:   # the file's name says which (plain.xlsx is a workbook), else JSON
        args.format = SUFFIX_FORMATS.get(suffix, "json")
        if suffix not in (*SUFFIX_FORMATS, "", ".txt"):
            print(f"jmreview: {args.output}: written as JSON (a name ending in .xlsx gives a workbook, .jsonl JSON "
                  "lines, .bio BIO; or give --format)", file=sys.stderr)
    elif (suffix == ".xlsx") != (args.format == "xlsx") and suffix and not (
            os.path.lexists(args.output) and not Path(args.output).is_file()):   # a special file: refused as such
        raise JmreviewError(f"{args.output}: --format {args.format} does not go in a file named …{suffix}: name the "
                            "file for its format (.xlsx for a workbook), or leave --format out; nothing was written")
    if to_stdout and args.format not in ("json", "jsonl"):
        raise JmreviewError(f"standard output (-o -) takes json and jsonl only: name a file for {args.format} with -o")
    if args.with_source and args.format != "json":   # (run 64 A18: a plain workbook written, unsaid)
        raise JmreviewError(f"--with-source makes a JSON snapshot (--format json): a {args.format} file holds no "
                            "source text; nothing was exported")
    if not args.output.parent.exists():
        raise JmreviewError(f"{args.output.parent}: no such folder")
    with open_store(args) as store:
        damage: list[str] = []   # the team's work doctor would name, read in a snapshot's own transaction
        if args.format == "xlsx":
            from jmreview.exchange.export_xlsx import export_xlsx

            report = export_xlsx(args.output, args.status, args.script, args.language,
                                 lambda n, total, name: print(f"[{n}/{total}] {name}", file=sys.stderr))
            for where in report.truncated:
                print(f"cut at 32,767 characters: {where}", file=sys.stderr)
            for where in report.replaced:
                print(f"characters XML forbids replaced by U+FFFD: {where}", file=sys.stderr)
            n = report.articles
        elif args.format in FORMATS:
            n = export_annotations(args)
        else:
            if to_stdout and sys.stdout is None:
                raise JmreviewError("standard output is closed: nothing was exported (give -o FILE instead)")
            target = sys.stdout.buffer if to_stdout else args.output
            if to_stdout:
                sys.stdout.flush()
            n = export_json(target, args.status, args.with_source, damage) if args.format == "json" else \
                export_jsonl(target, args.status)
        export_warnings(args, to_stdout, store, damage)
    print(f"{n} articles written to {'standard output' if to_stdout else args.output}",
          file=sys.stderr if to_stdout else sys.stdout)
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    """Restore or apply a corpus JSON file."""
    from jmreview.exchange.import_json import import_json

    with open_store(args, write=True, new=True) as store:
        report = import_json(store, args.file, args.editor)
    for line in report.conflicts:
        print(f"refused: {line}", file=sys.stderr)
    for name, line in report.replaced:
        print(f"{name}: {line}", file=sys.stderr)
    for name in report.missing:
        print(f"not in this database (its text is in the file, but a snapshot adds pages only to an empty database: "
              f"import the page itself, or restore the snapshot into a new database): {name}" if name in report.carried
              else f"not in this database (export it with --with-source to add it): {name}", file=sys.stderr)
    print(report.summary())
    return 1 if report.conflicts or report.missing else 0


def cmd_doctor(args: argparse.Namespace) -> int:
    """Check a database; exit 1 when something is wrong."""
    from jmreview.exchange.snapshot_check import snapshot_problems
    from jmreview.store.database import default_db_path
    from jmreview.store.doctor import check

    must_exist(args)
    path = args.db or default_db_path()
    found = check(path)
    if not found.problems:   # the last look: would its snapshot come back? (run 31 A4, A5, A28, A65)
        found.problems += snapshot_problems(path)
    for line in found.facts:
        print(one_line(line))
    for line in found.problems:
        print(f"problem: {one_line(line)}")
    print(f"{one_line(named(path))}: {'ok' if not found.problems else f'{len(found.problems)} problems'}")
    return 1 if found.problems else 0


def cmd_copy(args: argparse.Namespace) -> int:
    """Copy a whole corpus, ids and history with it, into an empty database."""
    from jmreview.errors import StoreError
    from jmreview.store.busy import long_job
    from jmreview.store.copy import copy_corpus, wal_left
    from jmreview.store.location import is_server

    target = Path(args.target) if not is_server(args.target) else None
    if not is_server(args.source) and not Path(args.source).exists():   # (run 34 A26: SQLite's words)
        raise StoreError(f"{args.source} does not exist: nothing was done (check its name)")
    if target is not None and not target.exists() and not target.is_symlink():
        MADE.append(target)   # a copy refused (a full disk) leaves no empty corpus behind (run 27 A42)
    with long_job(None if is_server(args.source) else Path(args.source)), \
            long_job(None if is_server(args.target) else Path(args.target)):   # no restore of either meanwhile
        counts = copy_corpus(args.source, args.target)
    print(", ".join(f"{name.lower()} {n}" for name, n in counts.items()))
    if left := wal_left(args.target):
        print(f"jmreview: {left}", file=sys.stderr)
    return 0


COMMANDS = {"import": cmd_import, "copy": cmd_copy, "export": cmd_export, "import-json": cmd_import_json,
            "evaluate": cmd_evaluate, "doctor": cmd_doctor, **LEARNING_COMMANDS, **ROUND_TRIPS, **NEWSPAPER_COMMANDS,
            **TEAM_COMMANDS}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `jmreview` command."""
    for stream in (sys.stdout, sys.stderr):   # Chinese on an output that cannot hold it: escaped, as \u5934
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    sys.stdout, sys.stderr = guard(sys.stdout, "standard output"), guard(sys.stderr)   # control characters shown
    server_wait.UI_SECONDS = server_wait.COMMAND_SECONDS   # a server session that stopped answering is given up
    server_wait.SLOW[:] = [lambda waited: print(SLOW_SERVER.format(s=round(waited), most=server_wait.COMMAND_SECONDS),
                                                file=sys.stderr, flush=True)]
    args, extra = build_parser().parse_known_args(argv)
    if extra := file_after_options(args, extra):   # (run 65 B5: `lexicon import --dry-run l.csv`)
        build_parser().error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        if args.self_test:
            from jmreview.gui.self_test import run_self_test

            return run_self_test()
        if args.command is None:
            return launch(args)
        if threading.current_thread() is threading.main_thread():   # a kill (SIGTERM) ends it as Ctrl+C does: what is
            signal.signal(signal.SIGTERM, _terminated)               # half made cleaned up (run 25 A27)
        try:
            code = COMMANDS[args.command](args)
        except BaseException:
            drop_unused_new()   # a database made for work that was refused: not left behind, empty
            raise
        if sys.stdout is not None:   # closed from the start (a launcher's `>&-`): nothing to flush (run 30 A44)
            sys.stdout.flush()  # a closed pipe is reported below, by name, not at exit
        return code
    except JmreviewError as exc:
        print(f"jmreview: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:   # on a server, a commit may have gone through before the stop (run 30 B27)
        print("jmreview: interrupted" + ("; a change being saved at that moment may be in: look before making it "
                                         "again" if is_server(str(getattr(args, "db", "") or "")) else ""),
              file=sys.stderr)
        return 130
    except BrokenPipeError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to write at exit
        print(f"jmreview: {_named_file(args, exc)}: closed before everything was written (broken pipe)",
              file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"jmreview: {_named_file(args, exc)}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: one line for the user, the traceback in the log file
        from jmreview.store.server import shown
        from jmreview.store.server_errors import read_failure

        named_db = getattr(args, "db", None) or getattr(args, "source", None)   # (copy names its source)
        meant = read_failure(exc, shown(str(named_db or "the database")))
        if meant is not None:   # a busy or lost database while reading: not a bug
            print(f"jmreview: {meant}", file=sys.stderr)
            return 2
        log = write_crash_log()
        from jmreview.store.models import DamagedValue

        if isinstance(exc, (json.JSONDecodeError, DamagedValue)):   # a list field another program wrote as plain
            # text (run 33 B15), numbers or null (run 34 B4, B5)
            print(f"jmreview: a value in the database is not what jmreview writes ({exc}): another program wrote it; "
                  f"nothing was changed — `jmreview doctor` names it (details in {log})", file=sys.stderr)
            return 2
        check = (" — a value another program changed in the database can cause this: `jmreview doctor` names it"
                 if isinstance(exc, (ValueError, KeyError, TypeError)) else "")   # (run 28 A9, A10: an export)
        print(f"jmreview: unexpected error: {exc.__class__.__name__}: {exc} (details in {log}){check}",
              file=sys.stderr)
        return 3


def _terminated(_signum: int, _frame: object) -> None:
    """SIGTERM: stop as Ctrl+C stops (each file whole or not at all, a database made for nothing removed)."""
    raise KeyboardInterrupt


def _named_file(args: argparse.Namespace, exc: OSError) -> str:
    """The file an OS error is about: the one it names, else the output being written, else the database."""
    if exc.filename:
        return str(exc.filename)
    if isinstance(exc, BrokenPipeError):
        return "standard output"
    output = getattr(args, "output", None)
    if output is not None:
        return "standard output" if str(output) == STDOUT else str(output)
    return named(getattr(args, "db", None) or "the database")


def named(location: object) -> str:
    """A database as a message names it: a server's URL without its password."""
    from jmreview.store.location import is_server

    if not is_server(location):
        return str(location)
    from jmreview.store.server import shown

    return str(shown(str(location)))


def write_crash_log() -> Path:
    """Append the current traceback to jmreview.log in the user log folder; return its path."""
    import traceback
    from datetime import datetime

    from platformdirs import user_log_dir

    folder = Path(user_log_dir("jmreview", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "jmreview.log"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} jmreview {__version__}\n")
        from jmreview.store.server import without_passwords

        fh.write(without_passwords(traceback.format_exc()))
    return path


def launch(args: argparse.Namespace) -> int:
    """The review window on the database (on first run it offers to import the sample pages)."""
    from jmreview.gui.app import run  # a server it cannot open is said in the window's dialog (and on stderr)

    return run(args.db or None)


if __name__ == "__main__":
    sys.exit(main())
