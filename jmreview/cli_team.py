"""`jmreview assign`, `work`, `double-review`, `agreement` and `curate`: a desk of editors on one corpus."""
from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from jmreview.cli_store import open_store
from jmreview.errors import JmreviewError
from jmreview.store.editor_names import pair_text
from jmreview.store.location import db_location
from jmreview.store.queries import page_name


def add_parsers(sub: Any) -> None:
    """The team sub-commands."""
    p = sub.add_parser("assign", help="give pages (by file name, or every page of an issue) to an editor")
    p.add_argument("files", nargs="*", metavar="FILE", help="file names (folder/name when two folders share one)")
    p.add_argument("--issue", action="append", default=[], metavar="DATE", help="every page of this issue")
    p.add_argument("--to", required=True, metavar="EDITOR", help="the editor who reviews them")
    p.add_argument("--remove", action="store_true", help="take the pages back from the editor")
    _common(p)

    p = sub.add_parser("work", help="the pages given to an editor (default: you), with their review copies")
    p.add_argument("--for", dest="who", default=None, metavar="EDITOR", help="default: you (your database role "
                   "on a server)")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)

    p = sub.add_parser("double-review", help="mark pages for double review: two editors each review a copy")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--editors", nargs=2, required=True, metavar=("A", "B"))
    _common(p)

    p = sub.add_parser("agreement", help="how far the two reviewers agree, per page and per editor pair")
    p.add_argument("--file", action="append", default=[], metavar="FILE", help="only these pages")
    p.add_argument("--json", action="store_true", help="every metric as JSON")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)

    p = sub.add_parser("curate", help="list the differences of a double-reviewed page, or settle them")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--take", action="append", default=[], metavar="KEY=a|b|own[:VALUE]",
                   help="settle one difference: editor A's or B's answer, own to keep the page's answer as it is, "
                        "or own:VALUE for your own role or label (own: with nothing: no entity there)")
    p.add_argument("--all", choices=("a", "b"), help="settle every open difference with one editor's answer")
    p.add_argument("--again", action="store_true", help="--take may change a difference already settled")
    _common(p)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--editor", default=None, help="name recorded in the edit log (default: the database role on a "
                   "server, else your login)")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)




def page_ids(names: list[str]) -> list[int]:
    """The current pages with these names (folder/name, or a name that only one folder has)."""
    from jmreview.store.queries import files

    found = []
    pages = files()
    def same(a: str) -> str:   # é typed as one character or as e and its accent (a Mac's file names): one name
        return unicodedata.normalize("NFC", a)

    for name in names:
        hits = [f for f in pages if same(name) in (same(f.name), same(f"{f.folder}/{f.name}"))]   # (run 24 B45)
        if not hits and "/" in name:   # the path it was imported from: its last folder and name (run 38 B40)
            where = "/" + same(os.path.abspath(name)).replace(os.sep, "/")
            hits = [f for f in pages if where.endswith(same(f"/{f.folder}/{f.name}" if f.folder else f"/{f.name}"))]
            hits = [f for f in hits if f.folder] or hits   # (a page of no folder only when none of a folder fits)
        if not hits:
            raise JmreviewError(f"there is no page {name}; nothing was changed (name a page as its folder/name, or "
                                "its name alone when one folder has it: `jmreview pages` lists them)")
        if len(hits) > 1:
            raise JmreviewError(f"{name} is a page of {len(hits)} folders: say which (folder/{name}); "
                                "nothing was changed")
        found.append(hits[0].id)
    return found


def cmd_assign(args: argparse.Namespace) -> int:
    """Give pages to an editor, or take them back."""
    from jmreview.store.models import SourceFile
    from jmreview.store.team import assign, unassign

    with open_store(args, write=True) as store:
        ids = page_ids(args.files)
        for day in args.issue:
            if _day(day) is None:
                raise JmreviewError(f"“{day}” is not a day (YYYY-MM-DD); nothing was changed")
            found = [f.id for f in SourceFile.select().where((SourceFile.issue_date == day)
                                                             & SourceFile.replaced_by.is_null())]
            if not found:   # (run 23 B45: "give --issue DATE" to one who had; run 59 B24: beside a file, unsaid)
                raise JmreviewError(f"no current page is of the issue {day} (`pages` lists each page's issue); "
                                    "nothing was changed")
            ids += found
        ids = list(dict.fromkeys(ids))
        if not ids:
            raise JmreviewError("no pages named (give file names or --issue DATE); nothing was changed")
        done: list[int] = []   # what the edit itself changed, counted inside its transaction
        (unassign if args.remove else assign)(store, args.editor, ids, args.to, done)
    if args.remove:
        print(f"{len(done)} of {len(ids)} pages taken back from {args.to}" + (" (the others were not theirs)"
                                                                                if len(done) < len(ids) else ""))
    else:
        theirs = len(ids) - len(done)
        print(f"{len(done)} pages given to {args.to}" + (f" ({theirs} already theirs)" if theirs else ""))
    return 0


def _day(text: str) -> str | None:
    """The day a --issue names (None: not a day of the calendar)."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(text).isoformat() if len(text) == 10 else None
    except ValueError:
        return None


def cmd_work(args: argparse.Namespace) -> int:
    """List an editor's pages."""
    from jmreview.store.editor_names import pair_text, visible
    from jmreview.store.models import Assignment, SourceFile
    from jmreview.store.server import editor_of
    from jmreview.store.team import my_pages, review_copies

    with open_store(args) as store:
        who = editor_of(store, args.who)
        pages = my_pages(who)
        for page, copy in pages:
            mine = "your copy" if not args.who else f"{visible(who)}'s copy"   # (run 54 B24: --for wang: wang's)
            pair = pair_text([c.review_editor or "" for c in review_copies(page.id)]) if not copy else ""
            state = f"double review ({mine if copy else f'by {pair}' if pair else 'no copy'})" \
                if page.review_state == "double" else page.review_state or "-"   # (run 61 B16: a round of others)
            where = f"{page.folder}/{page.name}" if page.folder else page.name   # as commands name it
            print(f"{page.issue_date or '-':10}  {page.page_label or '-':4}  {state:28}  {where}")
        if not pages:   # a name mistyped, or nothing given yet: said, with the names that have pages (run 27 B34)
            names = sorted(n for n in {a.editor for a in Assignment.select(Assignment.editor)}
                           | {c.review_editor or "" for c in SourceFile.select(SourceFile.review_editor).where(
                               SourceFile.review_editor.is_null(False))} if n and my_pages(n))   # as `work` lists
            # them: a reviewer whose only copy is of a curated page has no page to work on (run 30 B8)
            shown = [f"“{visible(n)}”" if n != n.strip() else visible(n) for n in names[:20]]   # a blank one seen
            print(f"{who} has no pages (none given, no review copy)"
                  + (f"; editors with pages: {', '.join(shown)}" if names else "; no pages are given to anyone"))
    return 0


def cmd_double_review(args: argparse.Namespace) -> int:
    """Mark pages for double review by two editors."""
    from jmreview.store.busy import long_job
    from jmreview.store.changes import EditConflict
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review

    marked, already, refused, again = 0, 0, 0, 0
    with open_store(args, write=True) as store, long_job(getattr(store, "path", None)):   # no restore meanwhile
        ids = page_ids(args.files)
        at = 0
        try:
            for n, page in enumerate(ids):   # one edit per page: a refusal or a stop leaves the pages before marked
                at = n + 1
                before = SourceFile.get_by_id(page).review_state
                if len(ids) > 1:   # a week of pages takes minutes on a server (run 64 B30: silent for 168 s)
                    print(f"[{n + 1}/{len(ids)}] {page_name(SourceFile.get_by_id(page))}", file=sys.stderr)
                try:
                    logged = mark_double_review(store, args.editor, page, args.editors)
                except EditConflict as exc:
                    if exc.code in ("bad_name", "two_reviewers"):   # the names, not this page: nothing was marked
                        raise
                    print(f"jmreview: {exc}", file=sys.stderr)   # this page left as it is; the others go on
                    refused += 1
                    continue
                except JmreviewError as exc:
                    if n == 0:
                        raise
                    raise JmreviewError(f"{exc} — of the {len(ids)} pages, {marked + already} were marked before this "
                                        f"(each whole) and {len(ids) - n} were not; run the command again for the rest"
                                        ) from None
                already += not logged   # nothing logged: another command marked it first (run 33 B23: three at
                marked += bool(logged)  # once each said it marked the page)
                again += bool(logged) and before == "curated"
        except KeyboardInterrupt:   # Ctrl+C (run 64 B43: "interrupted", the pages marked unsaid)
            print(f"jmreview: stopped at page {at} of {len(ids)}: {marked + already} were marked before it (each whole;"
                  " the page being marked at that moment may be in too); run the command again for the rest",
                  file=sys.stderr)
            raise
    said = f", {already} already were" if already else ""
    said += (f"; {again} of them were curated: a new round, the last round's review copies and decisions set aside "
             "(an undo brings them back)") if again else ""   # (run 27 B63: replaced unsaid)
    print(f"{marked} pages marked for double review by {args.editors[0]} and {args.editors[1]}{said}"
          + (f"; {refused} left as they are (above)" if refused else ""))
    return 2 if refused else 0


def _figures(a: Any) -> str:
    def shown(x: float | None) -> str:   # None: nothing to agree on (no line both put in an article)
        return "-" if x is None else f"{x:.4f}"

    return (f"boundary F1 {a.boundary_f1:.4f}  role F1 {shown(a.role_f1)}  role kappa {shown(a.role_kappa)}  "
            f"entity F1 {a.entity_f1:.4f}  title {a.title_accuracy:.4f}")


def cmd_agreement(args: argparse.Namespace) -> int:
    """Print the agreement per page and per editor pair."""
    from jmreview.exchange.agreement import editor_pairs, page_agreement, pair_agreement
    from jmreview.store.models import SourceFile

    with open_store(args):
        wanted = set(page_ids(args.file)) if args.file else None
        pages = [p for p in SourceFile.select().where(SourceFile.replaced_by.is_null()
                                                      & (SourceFile.review_state != "")).order_by(SourceFile.name)
                 if wanted is None or p.id in wanted]
        found = [(p, page_agreement(p.id)) for p in pages]
        pairs = [] if wanted else [pair_agreement(a, b) for a, b in editor_pairs()]
        _damaged_reviews(pages)
        idle = {p.id for p in pages if len(_untouched(p.id)) > 1}   # (run 55 B11: copies nobody opened)
    if args.json:
        print(json.dumps({"pages": [{"file": page_name(p), "editor_a": a.editor_a, "editor_b": a.editor_b,
                                     "rows": a.rows} for p, a in found if a.pages],
                          "pairs": [{"editor_a": a.editor_a, "editor_b": a.editor_b, "pages": a.pages,
                                     "rows": a.rows} for a in pairs]}, ensure_ascii=False, indent=1))
        return 0
    for p, a in found:
        note = "  (neither reviewer has decided anything on their copy yet)" if p.id in idle else ""
        print(f"{page_name(p)}  {pair_text([a.editor_a, a.editor_b])}  {_figures(a)}{note}" if a.pages
              else f"{page_name(p)}  (one copy only: another program moved or deleted the other; jmreview doctor "
                   "names it)")   # (run 42 B45: a copy is never made alone)
    for a in pairs:
        print(f"{pair_text([a.editor_a, a.editor_b])}  {a.pages} pages  {_figures(a)}")
    if not found:   # (run 34 B46: a page named that is not under review was said as none being so)
        print("no current page is under double review (the editor pairs above count the reviews of earlier versions "
              "of pages, replaced by a newer import since)" if not wanted and pairs else   # (run 42 B44)
              "no page is under double review" if not wanted else
              f"{', '.join(args.file)}: not under double review (agreement without --file scores every page that is)",
              file=sys.stderr)
    return 0


def _damaged_reviews(pages: Sequence[object]) -> None:
    """Warn of each of these pages whose review copy another program damaged (run 33 B39's rest: scored without a
    word)."""
    from jmreview.store.curation import same_as_page
    from jmreview.store.doctor_team import strayed
    from jmreview.store.editor_names import person
    from jmreview.store.models import SourceFile

    copies = list(strayed())
    damaged = {c.review_of for c in SourceFile.select(SourceFile.review_of).where(SourceFile.id.in_(copies))}
    nameless = {c.review_of for c in SourceFile.select(SourceFile.review_of, SourceFile.review_editor).where(
        SourceFile.review_of.is_null(False)) if not (c.review_editor or "").strip()}   # (run 36 B14)
    editors: dict[int | None, list[str]] = {}
    for c in SourceFile.select(SourceFile.review_of, SourceFile.review_editor).where(
            SourceFile.review_of.is_null(False)):
        editors.setdefault(c.review_of, []).append(person(c.review_editor or ""))
    one = {p for p, names in editors.items() if len(names) >= 2 and names[0] and len(set(names)) == 1}   # (r38 B18)
    moved = {c.review_of for c in SourceFile.select().where(SourceFile.review_of.in_([getattr(p, "id", 0) for p in
             pages])) if not same_as_page(SourceFile.get_by_id(c.review_of), c)}   # moved under it (run 40 B20)
    for page in pages:
        for kind in [k for k, ids in (("holds lines of an article of another file", damaged),
                                      ("names no editor", nameless), ("is of the same editor as the other", one),
                                      ("does not hold this page's text and lines", moved))
                     if getattr(page, "id", None) in ids]:
            print(f"{getattr(page, 'name', '')}: a review copy {kind} (another program changed it): its figures "
                  "count that copy as it is; jmreview doctor names it", file=sys.stderr)


def _while_it_ran(exc: JmreviewError, what: str, then: str) -> JmreviewError:
    """A curation refused because someone settled the difference while the command ran, in the command line's words
    (run 53 B8: the window's "since it was shown" said to a command that showed nothing, `--again` unsaid)."""
    if getattr(exc, "code", "") != "settled_since":
        return exc
    p = getattr(exc, "params", {})
    return JmreviewError(f"{what}: {p.get('who')} settled “{p.get('key')}” while this command ran (taking "
                         f"{p.get('whose')}'s answer); {then}; nothing more was changed")


def _untouched(page: int) -> list[str]:
    """The reviewers whose copy of the page holds no decision of theirs (store.review_guard.untouched)."""
    from jmreview.store.review_guard import untouched

    return untouched(page)


def cmd_curate(args: argparse.Namespace) -> int:
    """List a page's differences, or settle the ones named (or all of them with one side)."""
    from jmreview.store.busy import long_job
    from jmreview.store.curation import differences, finish, short, take
    from jmreview.store.models import SourceFile

    with open_store(args, write=bool(args.take or args.all)) as store, \
            long_job(getattr(store, "path", None)):   # several takes, several commits: no restore meanwhile
        (page,) = page_ids([args.file])
        done = 0   # differences this command settled (each saved on its own)
        for spec in args.take:
            key, _, choice = spec.partition("=")
            side, colon, value = choice.partition(":")   # own: the page as it is; own:VALUE (own: for no entity)
            if side not in ("a", "b", "own"):
                raise JmreviewError(f"--take {short(spec)}: say KEY=a, KEY=b, KEY=own (the page as it is) or, for a "
                                    "role or an entity, KEY=own:VALUE; nothing more was changed")
            settled = {d.key: d.settled for d in differences(page)}.get(key)
            if settled is not None and not args.again:   # someone's decision: changed only when said so
                raise JmreviewError(f"--take {short(spec)}: {short(key)} is already settled ({settled}); add --again "
                                    "to change that decision; nothing more was changed")
            try:
                take(store, args.editor, page, key, side, value if side == "own" and colon else None, seen=settled)
                done += 1
            except JmreviewError as exc:
                raise _while_it_ran(exc, f"--take {short(spec)}", "run the command again to change that decision"
                                    if args.again else "add --again to change that decision") from None   # (run 60 B22)
        if args.all:   # the open differences; with --again, the ones settled otherwise too (run 29 B42)
            open_ones = [d for d in differences(page) if d.settled is None or (args.again and d.settled != args.all)]
            if not open_ones and any(d.settled for d in differences(page)):
                print(f"every difference is settled already; --all settles open ones (add --again to settle each one "
                      f"{args.all}'s way)" if not args.again else f"every difference is settled {args.all}'s way "
                      "already", file=sys.stderr)
            kept = 0
            for n, diff in enumerate(open_ones):   # one edit per difference: a stop leaves the ones before settled
                try:
                    take(store, args.editor, page, diff.key, args.all, seen=diff.settled)
                    done += 1
                except JmreviewError as exc:
                    if getattr(exc, "code", "") == "corrected_since":   # the page's correction stays; the rest go
                        print(f"jmreview: {exc}", file=sys.stderr)      # on (run 36 B15: refused for ever else)
                        kept += 1
                        continue
                    exc = _while_it_ran(exc, f"--all {args.all}", "that decision stays")
                    if n == 0:
                        raise exc from None
                    raise JmreviewError(f"{exc} — of the {len(open_ones)} differences to settle, {n - kept} were "
                                        "settled before this (each saved); run the command again for the rest") \
                        from None
            if kept:
                print(f"{kept} left as they are, each for the reason above", file=sys.stderr)
        try:
            if args.all and not differences(page) and SourceFile.get_by_id(page).review_state in ("", "double"):
                finish(store, args.editor, page)   # the reviewers agree on everything: their answer, curated
            found = differences(page)
            state = SourceFile.get_by_id(page).review_state
            named = page_name(SourceFile.get_by_id(page))
        except JmreviewError as exc:   # (run 34 B44: said as if no take had been saved, after all were)
            if not done:   # (run 65 B41: "nothing was changed" and "every difference … settled" in one message)
                raise
            raise JmreviewError(f"{exc} — every difference this command settled before it was saved (each on its "
                                f"own); run `jmreview curate {args.file}` again to see where the page stands") from None
    for d in found:
        mine = f"  |  page: {d.page}" if d.page else ""   # someone corrected the page: neither side's answer
        print(f"{d.key:22}  {d.settled or 'open':4}  A: {d.a}  |  B: {d.b}{mine}")
    print(f"{named}: {sum(d.settled is None for d in found)} of {len(found)} "
          f"differences open; page {state or 'not marked'}")   # (run 65 B11: which of two A01.txt)
    if not found and state in ("double", "curated") and len(idle := _untouched(page)) >= 2:   # (run 55 B11)
        print(f"neither {idle[0]} nor {idle[1]} had decided anything on their copy (each as the page was given to "
              "them): " + ("wait for their review; `--all` would end a review nobody did" if state == "double" else
                           "this review was ended with nobody's decision in it"), file=sys.stderr)
    elif not found and state == "double":
        print(f"the two reviewers agree on everything: `jmreview curate {args.file} --all a` writes their answer onto "
              "the page and ends its review")
    return 0


COMMANDS = {"assign": cmd_assign, "work": cmd_work, "double-review": cmd_double_review,
            "agreement": cmd_agreement, "curate": cmd_curate}
