"""Import page dumps into the store: decode, analyse, then write each file in one transaction.

Analysis (the slow part) can run in worker processes; writing stays in the calling process,
one transaction per file, so a refused or interrupted file leaves nothing behind. A disk that
fills up stops the import at the file that could not be written: the report says what was
imported, which file was refused and why, and how many were not tried.
"""
from __future__ import annotations

import os
import re
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import DatabaseError, InterfaceError, OperationalError

from jmreview.analysis.learned import Lexicon
from jmreview.analysis.page import PageAnalysis
from jmreview.analysis.pipeline import analyse_text
from jmreview.errors import REFUSALS, RefusedInput
from jmreview.exchange.ingest import DecodedSource, folder_of, printable_name, read_source
from jmreview.store.busy import long_job
from jmreview.store.database import Store
from jmreview.store.lexicon import current_lexicon
from jmreview.store.models import Article, Block, Entity, SourceFile
from jmreview.store.opening import DatabaseLocked, DatabaseReplaced, DiskFull
from jmreview.store.rows import NOISE_CUE, create_articles, entity_rows, insert_rows
from jmreview.store.search import index_blocks, rebuild_index
from jmreview.store.server import SERVER_MESSAGES
from jmreview.store.server_errors import ServerGone, ServerRefused
from jmreview.workflows.newspaper import name_patterns, newspaper_pass
from jmreview.workflows.page_files import PASSED_OVER, UPWARD, expand_paths
from jmreview.workflows.reimport import carry_over, page_to_replace, plan
from jmreview.workflows.same_text import TextTwins

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    """What an import did, file by file."""

    imported: list[str] = field(default_factory=list)
    new_versions: list[str] = field(default_factory=list)   # a file of that name was there: people's work kept
    flagged: list[str] = field(default_factory=list)        # articles carried over in part, back in review
    left: list[str] = field(default_factory=list)           # people's articles with no line in the new version
    skipped: list[str] = field(default_factory=list)     # same bytes already imported (as this very page)
    elsewhere: list[tuple[str, str]] = field(default_factory=list)   # its bytes already imported as another page
    same_text: list[tuple[str, str]] = field(default_factory=list)   # its text: another page of its folder
    twins: TextTwins = field(default_factory=TextTwins, repr=False)   # (the folders' texts, read once)
    refused: list[tuple[str, str]] = field(default_factory=list)
    not_tried: list[str] = field(default_factory=list)   # after a full disk stopped the import
    lost: list[str] = field(default_factory=list)   # imported, then gone: the database was restored meanwhile
    no_day: list[tuple[str, str]] = field(default_factory=list)   # a name's date that is no day: no issue date read
    no_chinese: list[str] = field(default_factory=list)   # imported, but holding no Chinese character (run 31 A62)
    same_page: list[tuple[str, str, str]] = field(default_factory=list)   # the same issue and page as another file
    passed: list[str] = field(default_factory=list)   # hidden or system folders holding page files (run 54 A25)
    others: list[str] = field(default_factory=list)   # a folder's files of other types, passed over (run 64 A4)
    sha256: list[str] = field(default_factory=list, repr=False)   # of each file imported, in order
    articles: int = 0
    characters: int = 0

    def notes(self) -> list[str]:
        """What the terminal says of files imported with something to look at, and of folders passed over."""
        return [*(f"{name}: imported, but it holds no Chinese character: is it a page of the newspaper? (a README or "
                  "a licence beside the pages is not)" for name in self.no_chinese),
                *(f"{name}: its name's date {day} is no day of the calendar: no issue date read"
                  for name, day in self.no_day),
                *(f"{name}: the same page ({page}) as {other}, imported under another name: both are kept"
                  for name, page, other in self.same_page),
                *(f"{name}: {PASSED_OVER}" for name in self.passed),
                *([f"{len(self.others)} other files in the folders were passed over, their types not a page's "
                   f"(a page is a .txt file, or a file without a type): {', '.join(self.others[:10])}"
                   + (" …" if len(self.others) > 10 else "")] if self.others else [])]

    def already(self) -> list[str]:
        """What the terminal says of each file already imported."""
        return [*(f"{name}: already imported (same bytes), nothing to do" for name in self.skipped),
                *(f"{name}: already imported as {where} (same bytes), nothing to do" for name, where in self.elsewhere),
                *(f"{name}: already imported as {where} (the same text, in another encoding or with other line "
                  "breaks), nothing to do" for name, where in self.same_text)]   # (run 63 A19)

    def summary(self) -> str:
        """One line for the terminal."""
        return (f"{len(self.imported)} imported ({self.articles} articles), "
                f"{len(self.already())} already there, {len(self.refused)} refused"
                + (f", {len(self.not_tried)} not tried" if self.not_tried else "")
                + (f", {len(self.lost)} no longer in the database (it was restored from a backup while this "
                   "import ran): import them again" if self.lost else ""))


_taught: list[Lexicon | None] = [None]  # what editors taught, in this process (a worker gets it once)


def _teach(lexicon: Lexicon | None) -> None:
    _taught[0] = lexicon


def _start_worker(lexicon: Lexicon | None, parent: int) -> None:
    """A worker process: what was learned, and an end with its parent (a killed import leaves no worker behind)."""
    _teach(lexicon)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG: killed when the parent dies
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:   # the parent died before the line above: end now
        os._exit(1)


def analyse_path(path: Path) -> tuple[DecodedSource, PageAnalysis] | RefusedInput:
    """Decode and analyse one file (runs in a worker process); a refusal is returned, not raised."""
    try:
        source = read_source(path)
    except RefusedInput as exc:
        return exc
    return source, analyse_text(source.text, lexicon=_taught[0])


Analysed = tuple[DecodedSource, PageAnalysis] | RefusedInput


def _results(paths: list[Path], workers: int, lexicon: Lexicon | None) -> Generator[tuple[Path, Analysed], None, None]:
    if workers <= 1 or len(paths) <= 1:
        _teach(lexicon)
        try:
            for path in paths:
                yield path, analyse_path(path)
        finally:
            _teach(None)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(lexicon, os.getpid())) as pool:
        try:
            yield from zip(paths, pool.map(analyse_path, paths, chunksize=1))
        finally:  # stopped early (a full disk): the files not yet analysed are dropped, not waited for
            pool.shutdown(cancel_futures=True)


def _stored_once_more(store: Store, source: DecodedSource, page: PageAnalysis, report: ImportReport, replace: bool,
                      who: str) -> None:
    """store_file; when the commit fails on a search index another program damaged (FTS5 finds it only as it writes
    at the commit: run 32 A15, "cannot rollback"), the index is made anew from the lines and the file stored again."""
    try:
        store_file(store, source, page, report, replace, who)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        seen: BaseException | None = exc   # (the commit's own error: behind the failed rollback that followed it)
        while seen is not None and "malformed" not in str(seen):
            seen = seen.__context__
        if seen is None or getattr(store, "server", False):
            raise
        rebuild_index(store)   # (a database itself damaged fails here too, as before)
        store_file(store, source, page, report, replace, who)


def store_file(store: Store, source: DecodedSource, page: PageAnalysis, report: ImportReport,
               replace: bool = False, who: str = "import") -> None:
    """Decide and write one analysed file in a single transaction.

    What is already there is read inside the transaction (another process may have imported
    the same bytes, or another version of the page, since the analysis began): the same bytes
    are skipped, a new version is carried over from the version current *now*. The report
    counts the file only once its transaction has committed.
    """
    done = ImportReport()
    with store.write():
        same = SourceFile.select(SourceFile.replaced_by, SourceFile.name, SourceFile.folder).where(
            SourceFile.sha256 == source.sha256).first()
        if same is not None and same.replaced_by is not None:  # not "already there": it is no longer current
            report.refused.append((source.name, REFUSALS["earlier_version"]))
            return
        if same is not None and (same.name != source.name or same.folder not in ("", source.folder)):
            report.elsewhere.append((_shown(source.folder, source.name), _shown(same.folder, same.name)))
            return   # the same bytes are one page (a reprinted page): say which one holds them
        if same is not None:
            report.skipped.append(_told(source.folder, source.name))   # (run 65 B27: which of two A01.txt)
            return
        if (twin := report.twins.twin(source)) is not None:   # other bytes, the same text (run 63 A19)
            report.same_text.append((_shown(source.folder, source.name), _shown(source.folder, twin)))
            return
        old, why = page_to_replace(source.name, source.folder, replace, source.text)
        if why is not None:   # the reviewers' copies are of `old`: curated first, then replaced
            report.refused.append((source.name, why))
            return
        changed = plan(old, source.text)[1] if old is not None else []
        if changed and not replace:
            titles = "、".join(f"《{a.title}》" for a in changed[:5])
            report.refused.append((source.name, f"is a new version of an imported file and {len(changed)} "
                                                f"articles people worked on have changed lines ({titles}); "
                                                "import it with --replace to keep them, flagged for review"))
            return
        done.articles = _write(store, source, page, old, who, done)
    report.articles += done.articles
    report.characters += len(source.text)
    report.twins.add(source)
    report.imported.append(source.name)
    report.sha256.append(source.sha256)
    report.new_versions += done.new_versions
    report.flagged += done.flagged
    report.left += done.left


def _shown(folder: str, name: str) -> str:
    """A page as a person finds it: its folder and file name."""
    return f"{folder}/{name}" if folder else name


def _told(folder: str, name: str) -> str:
    """A page as the import reports it: with its folder when another folder has a page of its name (run 65 B27)."""
    return _shown(folder, name) if folder and SourceFile.select(SourceFile.id).where(
        (SourceFile.name == name) & (SourceFile.folder != folder) & SourceFile.replaced_by.is_null()
        & SourceFile.review_of.is_null()).exists() else name


def _write(store: Store, source: DecodedSource, page: PageAnalysis, old: SourceFile | None, who: str,
           report: ImportReport) -> int:
    """The rows of one analysed file (the caller holds the transaction); returns the number of articles."""
    if old is not None:  # one current version per name (a unique index): the old one steps aside first
        SourceFile.update(replaced_by=old.id).where(SourceFile.id == old.id).execute()
    sf = SourceFile.create(name=source.name, folder=source.folder, sha256=source.sha256, encoding=source.encoding,
                           script=page.script, text=source.text, line_count=page.line_count,
                           size=source.size)
    articles = create_articles(store, sf, page.articles)
    owner = {m: (k, pos) for k, art in enumerate(page.articles) for pos, m in enumerate(art.members)}
    rows: list[dict[str, Any]] = []
    for m, b in enumerate(page.blocks):
        k, pos = owner.get(m, (None, 0))
        member_of = page.articles[k] if k is not None else None
        dup = page.duplicates.get(m)
        rows.append({
            "file": sf.id, "line": b.line, "start": b.start, "end": b.end,
            "article": articles[k] if k is not None else None, "position": pos,
            "role": member_of.roles[m] if member_of else "body",
            "cue": member_of.cues.get(m, "") if member_of else page.noise_cues.get(m, NOISE_CUE),
            "joins_previous": m in page.joins, "join_cue": page.joins.get(m, ""),
            "duplicate_of": page.blocks[dup].line if dup is not None else None, "manual": [],
        })
    insert_rows(store, Block, rows)
    ents: list[dict[str, Any]] = []
    for row, art in zip(articles, page.articles):
        ents += entity_rows(sf, row, art, set(art.members))
    insert_rows(store, Entity, ents)
    index_blocks(store, sf.id, source.text, {b.start: b.simplified for b in page.blocks})
    if old is not None:
        carried = carry_over(old, sf, who)  # marks the old version replaced by the new one
        shown = _told(source.folder, source.name)
        report.new_versions.append(shown)
        report.flagged += [f"{shown}: {line}" for line in carried.flagged]
        report.left += [f"{shown}: {line}" for line in carried.left]
        return Article.select().where(Article.file == sf.id).count()   # after people's merges and splits (run 54
    return len(articles)                                                   # A29: automation's 7 for a page of 6)


def import_paths(store: Store, paths: Iterable[Path], progress: Progress | None = None,
                 workers: int | None = None, replace: bool = False, who: str = "import",
                 page_patterns: Sequence[str] = (), before_write: Callable[[], None] | None = None) -> ImportReport:
    """Import files and folders; refused files are reported and leave nothing behind.

    What people taught (the lexicon) is applied to the new pages' suggestions and roles.
    A file whose name is already imported with other bytes is a new version: people's
    articles are carried over to it; when some of them would change, it is refused unless
    `replace` confirms it (they are then carried over, flagged and back in review).
    `page_patterns` read the issue date and page from file names before the built-in patterns. `before_write` is
    called when a file is read and analysed, before it is written: raising there stops the import, that file unwritten.
    """
    name_patterns(page_patterns)   # a bad pattern is refused before anything is imported
    unread: list[tuple[Path, str]] = []
    hidden: list[Path] = []
    others: list[Path] = []
    files = expand_paths(paths, unread, hidden, others)
    with long_job(getattr(store, "path", None)):   # no restore of a backup while this runs
        report = _import(store, files, progress, workers, replace, who, page_patterns, before_write)
    report.refused += [(f"{printable_name(folder)}/", REFUSALS["link_upward"] if why == UPWARD else
                        REFUSALS["folder_unread"].format(detail=why)) for folder, why in unread]
    report.passed += [f"{printable_name(folder)}/" for folder in hidden]
    report.others += [printable_name(p) for p in others]
    try:   # only a SQLite file is restored from backups; a database that stopped answering is said already
        gone = missing_files(report.sha256) if isinstance(getattr(store, "path", None), Path) else set()
    except (*STOPPED, InterfaceError, OperationalError):
        gone = set()
    if gone:   # the database went back under this import (restored by a program that does not wait for it)
        report.lost = [name for name, sha in zip(report.imported, report.sha256, strict=True) if sha in gone]
        report.imported = [name for name, sha in zip(report.imported, report.sha256, strict=True) if sha not in gone]
    return report


# a Chinese character, of the extensions too (a page without one is no page)
HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _import(store: Store, files: list[Path], progress: Progress | None, workers: int | None, replace: bool,
            who: str, page_patterns: Sequence[str], before_write: Callable[[], None] | None = None) -> ImportReport:
    report = ImportReport()
    if files:
        store.backup("before-import")
    most = min(len(files), os.cpu_count() or 1)   # more workers than files or cores only fork (100000: a fork bomb)
    workers = most if workers is None else min(workers, most)
    results = _results(files, workers, current_lexicon() if files else None)
    names = Counter(p.name for p in files)   # a name imported from several folders: refusals name the folder too

    def shown(path: Path, name: str) -> str:
        folder = folder_of(path.parent)   # a name held by several folders, or in a dated archive's day folder
        return f"{folder}/{name}" if names[path.name] > 1 or "/" in folder else name   # (run 24 A22, run 58 A11)

    try:
        for n, (path, result) in enumerate(results, start=1):
            said = len(report.refused)
            if isinstance(result, RefusedInput):
                report.refused.append((shown(path, result.name), result.reason))
            else:
                if before_write is not None:   # (a cancel while a long file was read: that file is not written)
                    before_write()
                try:
                    _stored_once_more(store, result[0], result[1], report, replace, who)
                    if result[0].name in report.imported[-1:] and not HAN.search(result[0].text):
                        report.no_chinese.append(shown(path, result[0].name))   # (a README, a licence beside
                        # the pages: imported, and said)
                except STOPPED as exc:
                    report.not_tried = [printable_name(p) for p in files[n:]]   # the next would fare no better
                    if _landed(store, exc, result[0], report):   # ended as it committed, and in after all
                        if files[n:]:   # (run 48 CI: said "stopped answering", the server up, the file in)
                            report.refused.append((shown(files[n], files[n].name), REFUSALS["server_ended_after"]
                                                   .format(path=getattr(exc, "path", ""), left=len(report.not_tried))))
                        break
                    report.refused.append((result[0].name, _full_reason(exc, len(report.not_tried))))
                    break
                finally:
                    report.refused[said:] = [(shown(path, name) if name == result[0].name else name, why)
                                             for name, why in report.refused[said:]]
            if progress:
                progress(n, len(files), printable_name(path))
    finally:
        results.close()
    if report.imported or report.already():   # (run 42 A10: a pass a Ctrl+C cut is made up)
        try:
            found = newspaper_pass(store, patterns=page_patterns)   # issue, page, dates, continued stories of new
            report.no_day, report.same_page = found.no_day, found.same_page   # files; what their names say wrong
        except (*STOPPED, InterfaceError, OperationalError):   # (a statement of it cancelled: a read, not a write)
            pass  # the pages are in; the pass runs again with the next import or `jmreview newspaper`
    return report


STOPPED = (DiskFull, DatabaseLocked, ServerGone, DatabaseReplaced, ServerRefused)   # an import ends at these


def missing_files(shas: list[str]) -> set[str]:
    """Which of these files' sha256 the database does not hold (any more)."""
    wanted = sorted(set(shas))
    found: set[str] = set()
    for k in range(0, len(wanted), 500):
        query = SourceFile.select(SourceFile.sha256).where(SourceFile.sha256.in_(wanted[k:k + 500]))
        found |= {row.sha256 for row in query}
    return set(wanted) - found


def _landed(store: Store, exc: Exception, source: DecodedSource, report: ImportReport) -> bool:
    """After a session the server ended as a file was committed: whether the file is in all the same (asked on a new
    session; then counted as imported)."""
    if getattr(exc, "why", "") != "ended_commit":
        return False
    try:
        row = SourceFile.get_or_none(SourceFile.sha256 == source.sha256, SourceFile.replaced_by.is_null())
        if row is None:
            return False
        report.articles += Article.select().where(Article.file == row.id).count()
    except (*STOPPED, InterfaceError, OperationalError):
        return False
    report.imported.append(source.name)
    report.sha256.append(source.sha256)
    report.characters += len(source.text)
    return True


def _full_reason(exc: DiskFull | DatabaseLocked | ServerGone | DatabaseReplaced | ServerRefused, left: int) -> str:
    """Why a file was not imported (a full disk, a locked, replaced or gone database), and what became of the rest."""
    ended = isinstance(exc, ServerGone) and exc.why not in ("gone", "gone_commit")   # the server up: it ended it
    dropped = isinstance(exc, ServerGone) and exc.why == "dropped"   # (run 28 B44: said "ended this session")
    kind = ("disk_full" if isinstance(exc, DiskFull) else "server_dropped" if dropped else "server_ended" if ended
            else "server_gone" if isinstance(exc, ServerGone)
            else "replaced" if isinstance(exc, DatabaseReplaced)
            else _refused_kind(exc) if isinstance(exc, ServerRefused) else "locked")
    params = dict(getattr(exc.args[0], "params", {})) if isinstance(exc, ServerRefused) else {"path": exc.path}
    return REFUSALS[f"{kind}_stopped" if left else kind].format(**{**params, "left": left})


def _refused_kind(exc: ServerRefused) -> str:
    """Which refusal a server's is: its disk full, a limit it sets (run 24 B5: said as busy), a table changed by its
    administrator (run 26 B43: a sequence restarted said as busy), or busy and the like."""
    template = getattr(exc.args[0], "template", "")
    kinds = {"disk_full": "server_disk_full", "limit": "server_limit", "sequence_behind": "server_sequence",
             "column_changed": "server_changed", "rule_skips": "server_changed", "server_rule": "server_said"}
    return next((kind for key, kind in kinds.items() if SERVER_MESSAGES[key] == template), "server_refused")
