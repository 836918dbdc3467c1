"""Re-run automation on an imported file without touching anything a person decided.

An article is *protected* when its status is not ``auto``, it was made by hand, any of its
fields or blocks was set by hand, or a person decided about one of its entities (accepted,
rejected, relabelled, added or deleted one). Protected articles and their blocks stay exactly as
they are; everything else is redone from a fresh analysis of the unchanged source.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jmreview.analysis.learned import Lexicon
from jmreview.analysis.pipeline import analyse_text
from jmreview.errors import Coded, StoreError
from jmreview.store.database import Store
from jmreview.store.derived import write_fields_anew
from jmreview.store.dialect import json_not_empty
from jmreview.store.lexicon import current_lexicon
from jmreview.store.models import Article, Block, EditLog, Entity, SourceFile, StoryLink, now
from jmreview.store.opening import DatabaseLocked, DatabaseReplaced, DiskFull
from jmreview.store.review_guard import reviewers
from jmreview.store.rows import NOISE_CUE, create_article, entity_rows, insert_rows
from jmreview.store.server_errors import ServerGone
from jmreview.workflows.newspaper import newspaper_pass

AUTOMATION = "automation"
STOPPED = ("{path} stopped answering (the server was stopped or the connection lost) during the re-run: {done} files "
           "were re-run and saved (listed above), {left} were not; run it again when the server is back")
STOPS = {   # why a re-run stopped, by what the store raised: the files before it are saved, each whole
    ServerGone: STOPPED,
    DatabaseReplaced: "{path} was replaced, moved or deleted on disk during the re-run: {done} files were re-run and "
                      "saved (listed above, in the file that was there before), {left} were not; open {path} again "
                      "and run it again",
    DiskFull: "the disk holding {path} is full: {done} files were re-run and saved (listed above), {left} were not; "
              "free some space and run it again",
    DatabaseLocked: "{path} is locked by another program or window: {done} files were re-run and saved (listed "
                    "above), {left} were not; run it again when it has finished",
}
LEFT = {   # a page whose answers are people's review decisions: never redone
    "double": "{name} is under double review by {editors}: its automatic articles are not redone; left as it is",
    "curating": "{name} is being curated from the double review by {editors}: its automatic articles are not "
                "redone; left as it is",
    "curated": "{name} was curated by a double review ({editors}): its answers are the curator's decisions, so its "
               "automatic articles are not redone; left as it is",
    "lines": "{name}: its lines in the database are not the lines of its text (another program changed them), so "
             "its automatic articles are not redone; left as it is (jmreview doctor names what changed)",
    "copy_frozen": "{name} is a review copy whose page's curation has begun (or ended): the curator decides on what "
                   "it says, so it is not redone; left as it is",
}


class RerunStopped(StoreError):
    """The database stopped taking the re-run: `reports` holds the files re-run (and saved) before it."""

    def __init__(self, exc: ServerGone | DatabaseReplaced | DiskFull | DatabaseLocked,
                 reports: dict[str, RerunReport], left: int) -> None:
        done = sum(1 for r in reports.values() if not r.left)
        template = next(t for kind, t in STOPS.items() if isinstance(exc, kind))
        super().__init__(Coded(template, path=exc.path, done=done, left=left))
        self.reports = reports


class RerunLeft(StoreError):
    """A page under double review, being curated or curated: a re-run leaves it as it is."""


def review_left(source: SourceFile) -> Coded | None:
    """Why a re-run leaves this page alone (its double review, or — a review copy — its page's curation), or None."""
    if source.review_of is not None:
        page = SourceFile.get_or_none(SourceFile.id == source.review_of)
        if page is not None and page.review_state in ("curating", "curated"):
            return Coded(LEFT["copy_frozen"], name=source.name)
        return None
    if source.review_state not in LEFT:
        return None
    return Coded(LEFT[source.review_state], name=source.name, editors=reviewers(source.id))


@dataclass
class RerunReport:
    """What a re-run changed."""

    kept: int
    redone: int
    left: str = ""   # why the page was left as it is (its double review): nothing was redone


def is_protected(article: Article) -> bool:
    """True when a person has decided something about this article."""
    if article.status != "auto" or article.origin != "auto" or article.manual:
        return True
    decided = (Entity.origin != "auto") | (Entity.status != "suggested")  # an accepted, rejected or added entity
    if Entity.select().where((Entity.article == article) & decided).exists():
        return True
    linked = (StoryLink.first == article) | (StoryLink.then == article)
    if StoryLink.select().where(linked & ((StoryLink.origin != "auto") | (StoryLink.status != "suggested"))).exists():
        return True   # a person accepted, rejected or made a link of this article
    return Block.select().where((Block.article == article) & json_not_empty(Block.manual)).exists()


def rerun_file(store: Store, source: SourceFile, lexicon: Lexicon | None = None, backup: bool = True,
               before_write: Callable[[], None] | None = None) -> RerunReport:
    """Redo segmentation and extraction of one file with what was learned, keeping every protected article (a
    backup first, unless the caller made one for a whole run); `before_write` may still stop it (a cancel)."""
    why = review_left(source)
    if why is not None:
        raise RerunLeft(why)
    page = analyse_text(source.text, lexicon=current_lexicon() if lexicon is None else lexicon)
    stored = {int(b.line) for b in Block.select(Block.line).where(Block.file == source)}
    if any(b.line not in stored for b in page.blocks):   # (run 34 A41: a line moved by another program:
        raise RerunLeft(Coded(LEFT["lines"], name=source.name))   # "unexpected error: KeyError")
    if before_write is not None:
        before_write()   # the analysis done: the last moment a cancel leaves everything as it was
    if backup:
        store.backup("before-rerun")
    with store.write():
        articles = list(Article.select().where(Article.file == source))
        kept = [a for a in articles if is_protected(a)]
        hand_set = json_not_empty(Block.manual)
        fixed_lines = {b.line for b in Block.select(Block.line).where(
            (Block.file == source) & (Block.article.in_([a.id for a in kept]) | hand_set))}
        loose = [a.id for a in articles if a not in kept]
        if loose:
            Entity.delete().where(Entity.article.in_(loose)).execute()
            Block.update(article=None).where(Block.article.in_(loose)).execute()
            Article.delete().where(Article.id.in_(loose)).execute()
        by_line = {b.line: b for b in Block.select().where(Block.file == source)}
        redone = 0
        for art in page.articles:
            members = [m for m in art.members if page.blocks[m].line not in fixed_lines]
            if not members:
                continue
            row = create_article(source, 0, art)
            redone += 1
            for pos, m in enumerate(members):
                dup = page.duplicates.get(m)
                Block.update(article=row, position=pos, role=art.roles[m], cue=art.cues.get(m, ""),
                             joins_previous=m in page.joins, join_cue=page.joins.get(m, ""),
                             duplicate_of=page.blocks[dup].line if dup is not None else None) \
                    .where(Block.id == by_line[page.blocks[m].line].id).execute()
            insert_rows(store, Entity, entity_rows(source, row.id, art, set(members)))
            if len(members) < len(art.members):   # lines a person gave to another article: fields from what is left
                _fields_from_lines(row)
        for m in page.noise:
            if page.blocks[m].line not in fixed_lines:
                Block.update(article=None, role="body", cue=page.noise_cues.get(m, NOISE_CUE)).where(
                    Block.id == by_line[page.blocks[m].line].id).execute()
        renumber(source)
        EditLog.create(at=now(), who=AUTOMATION, action="rerun_automation",
                       summary=f"{source.name}: kept {len(kept)} articles decided by people, redid {redone}",
                       payload={"file": source.id, "kept": [a.id for a in kept], "remade": loose})   # (run 24 A12:
        # a workbook of before names them: said made anew here, not "no id of this database")
    done = RerunReport(kept=len(kept), redone=redone)
    try:
        newspaper_pass(store, [source.id])
    except (ServerGone, DatabaseReplaced, DiskFull, DatabaseLocked) as exc:   # the re-run itself is committed
        exc.saved = done  # type: ignore[union-attr]
        raise
    return done


def _fields_from_lines(article: Article) -> None:
    """Title, kicker, subtitle and credits of a redone article from the lines it actually holds."""
    write_fields_anew(article)


def rerun_files(store: Store, names: list[str] | None = None) -> dict[str, RerunReport]:
    """Re-run automation on the current files (all, or those named by name or folder/name), with what was learned."""
    sources = list(SourceFile.select().where(SourceFile.replaced_by.is_null()).order_by(SourceFile.folder,
                                                                                         SourceFile.name))
    if names:
        wanted = set(names)
        sources = [s for s in sources if s.name in wanted or f"{s.folder}/{s.name}" in wanted]
        found = {s.name for s in sources} | {f"{s.folder}/{s.name}" for s in sources}
        missing = sorted(wanted - found)
        if missing:
            raise StoreError(f"no imported file is named {', '.join(missing)}")
    lexicon = current_lexicon()
    reports: dict[str, RerunReport] = {}
    if sources:
        store.backup("before-rerun")   # once for the run: each file is its own undoable edit (one per file copied
    for n, source in enumerate(sources):   # a large corpus whole, again and again)
        name = f"{source.folder}/{source.name}" if source.folder else source.name
        try:
            reports[name] = rerun_file(store, source, lexicon, backup=False)
        except RerunLeft as exc:
            reports[name] = RerunReport(kept=0, redone=0, left=exc.args[0])
        except (ServerGone, DatabaseReplaced, DiskFull, DatabaseLocked) as exc:   # each file is committed on its
            saved = getattr(exc, "saved", None)                                    # own: those before it are saved
            if saved is not None:   # this one too, stopped only in its newspaper pass
                reports[name] = saved
            raise RerunStopped(exc, reports, len(sources) - n - (saved is not None)) from None
    return reports


def renumber(source: SourceFile) -> None:
    """Set each article's reading order by its first block's line."""
    firsts = []
    for art in Article.select().where(Article.file == source):
        first = Block.select(Block.line).where(Block.article == art).order_by(Block.line).first()
        firsts.append((first.line if first else 1 << 30, art.id))
    for order, (_, art_id) in enumerate(sorted(firsts)):
        Article.update(reading_order=order).where(Article.id == art_id).execute()
