"""`jmreview stats`, `pages` and `link`: the newspaper from the command line — coverage per issue, the issue and
page of every file, continued stories linked by hand."""
from __future__ import annotations

import argparse
from typing import Any

from jmreview.cli_store import open_store
from jmreview.errors import JmreviewError
from jmreview.store.location import db_location


def add_parsers(sub: Any) -> None:
    """The `stats`, `pages` and `link` sub-commands."""
    p = sub.add_parser("stats", help="counts of files, articles and entities; coverage per issue")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)

    p = sub.add_parser("pages", help="the issue date and page of every file, with its coverage")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)

    p = sub.add_parser("link", help="say that article FIRST continues in article THEN (下转 … 上接), or --unlink")
    p.add_argument("first", type=int)
    p.add_argument("then", type=int)
    p.add_argument("--unlink", action="store_true", help="take the link back (an automatic one is rejected)")
    p.add_argument("--editor", default=None, help="name recorded in the edit log (default: the database role "
                   "on a server, else your login)")
    p.add_argument("--db", type=db_location, default=argparse.SUPPRESS)


def _percent(part: float) -> str:
    return f"{100 * part:.1f}%"


def coverage_line(title: str, pages: int, cover: Any) -> str:
    """One issue (or page): characters, then the shares in articles, noise, unassigned and reviewed."""
    return (f"{title}  {pages} pages  {cover.chars} characters  in articles {_percent(cover.share(cover.in_articles))}"
            f"  noise {_percent(cover.share(cover.noise))}  unassigned {_percent(cover.share(cover.unassigned))}"
            f"  reviewed {_percent(cover.reviewed_share)}")


def cmd_stats(args: argparse.Namespace) -> int:
    """Print counts, then the coverage of every issue."""
    from jmreview.store.coverage import issues
    from jmreview.store.queries import stats

    with open_store(args):
        s = stats()
        found = issues()
    print(f"files {s.files}  articles {s.articles}  blocks {s.blocks}  entities {s.entities}")
    for title, counts in (("status", s.by_status), ("category", s.by_category), ("label", s.by_label)):
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if found:
        print("coverage per issue (reviewed: of the characters in articles):")
    for issue, members, cover in found:
        print(coverage_line(issue or "(no issue)", len(members), cover))
    return 0


def cmd_pages(args: argparse.Namespace) -> int:
    """Print every file as a page: issue, page label, where they were read, coverage, name."""
    from jmreview.store.coverage import pages
    from jmreview.store.models import SourceFile

    with open_store(args):
        found = pages()
        folders = {f.id: f.folder for f in SourceFile.select(SourceFile.id, SourceFile.folder)}
    for p in found:   # a page as commands name it: folder/name (thirty folders may hold an A01.txt)
        c, where = p.coverage, f"{folders[p.id]}/{p.name}" if folders.get(p.id) else p.name
        print(f"{p.issue or '-':10}  {p.label or '-':4}  {p.source or '-':9}  unassigned "
              f"{_percent(c.share(c.unassigned)):>6}  reviewed {_percent(c.reviewed_share):>6}  {where}")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    """Link two articles as the parts of one story (an accepted link), or take a link back."""
    from jmreview.store.ids import MAX_ID
    from jmreview.store.models import Article, StoryLink
    from jmreview.store.story_edits import link_stories, unlink

    with open_store(args, write=True) as store:
        for art in (args.first, args.then):   # no article has a number beyond MAX_ID (nor can SQLite look one up)
            if not 1 <= art <= MAX_ID or Article.get_or_none(Article.id == art) is None:
                raise JmreviewError(f"there is no article {art}; nothing was changed")
        if args.unlink:
            link = StoryLink.get_or_none((StoryLink.first == args.first) & (StoryLink.then == args.then))
            if link is None:
                raise JmreviewError(f"article {args.first} is not linked to {args.then}; nothing was changed")
            unlink(store, args.editor, link.id)
            print(f"article {args.first} no longer continues in {args.then}")
        else:
            others = [(o.first_id, o.then_id) for o in StoryLink.select().where(   # one continuation each way: the
                ((StoryLink.first == args.first) | (StoryLink.then == args.then)) & (StoryLink.status != "rejected"))
                if (o.first_id, o.then_id) != (args.first, args.then)]   # others are rejected (run 23 A60: said)
            link_stories(store, args.editor, args.first, args.then)
            print(f"article {args.first} continues in {args.then} (accepted)")
            for first, then in others:
                print(f"the link of article {first} to {then} is rejected (an article continues in one other only)")
    return 0


COMMANDS = {"stats": cmd_stats, "pages": cmd_pages, "link": cmd_link}
