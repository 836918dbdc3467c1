"""`jmreview doctor`: check a database thoroughly and say what is wrong (read-only).

A -wal or -journal beside the database is first replayed on a copy in a temporary folder, as
the write path does before opening: one that does not belong to the database is named with
what to do, and the main file is then checked as it is without it. Nothing is written beside
the database.
"""
from __future__ import annotations

import bisect
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import DatabaseError as PeeweeDatabaseError

from jmreview.analysis.blocks import line_breaks
from jmreview.errors import Coded, StoreError
from jmreview.store.backup import (
    BackupFile,
    backup_dir,
    named_backups,
    seal,
    unreadable_backups,
    why_backup_unusable,
    why_unusable,
)
from jmreview.store.database import DamagedDatabase, Store
from jmreview.store.dialect import is_postgres
from jmreview.store.doctor_shape import foreign_objects, shape_problems, undecodable
from jmreview.store.doctor_team import team_problems
from jmreview.store.doctor_values import value_problems
from jmreview.store.ids import behind
from jmreview.store.lineage import foreign
from jmreview.store.live_session import open_elsewhere
from jmreview.store.location import is_server
from jmreview.store.models import SCHEMA_VERSION
from jmreview.store.opening import JOURNALS, copy_with_journal, foreign_advice, pending_journal, stale_journal
from jmreview.store.replay_check import goes_back
from jmreview.store.search import index_problem, unindexed
from jmreview.store.sqlite_uri import sqlite_uri
from jmreview.store.story_rules import breaches, database_links

ATTEMPTS = 3  # a copy taken while another process checkpoints can be inconsistent; that passes


@dataclass
class Findings:
    """Problems found, and facts worth printing."""

    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)


def check(path: Path | str) -> Findings:
    """Doctor on a database file (a foreign -wal/-journal is named and the main file checked without it) or server."""
    if is_server(path):
        with Store(path, readonly=True) as store:
            shape = shape_problems(store)   # a table or a column renamed or dropped: named, nothing read from it
            if shape:
                return Findings(shape)
            found = _examined(store)
            found.problems += foreign_objects(store)
            return found
    path = Path(path)
    problem = journal_problem(path)
    if problem is None:
        with Store(path, readonly=True) as store:
            older = older_schema(store)
            shape = shape_problems(store) if older is None else []
            shape = shape or (undecodable(path) if older is None else [])
            if shape:   # renamed or dropped by another program (run 26 B27: "unexpected error"), or bytes that no
                return Findings(shape)   # check can read as text (run 31 A65)
            if older is None:
                with store.db.atomic():   # one view of the file: an import committing meanwhile is no damage (run
                    found = _examined(store)   # 32 A52: its pages half seen, "a line past the last line")
                found.problems += [p for p in (index_problem(path), unindexed(store)) if p]
                found.problems += foreign_objects(store)
                return found
        return _upgraded_copy(path, older)   # its columns are not this version's: a copy upgraded as opening would
    with tempfile.TemporaryDirectory() as tmp:
        alone = Path(tmp) / path.name
        try:
            shutil.copyfile(path, alone)
        except OSError as exc:   # no room for the copy the file is checked on without its journal
            return Findings([problem, f"{path.name} itself could not be checked without it: no copy could be made in "
                                      f"{tempfile.gettempdir()} ({exc.strerror or exc}); free space there, or set "
                                      "TMPDIR to a folder with room, and run doctor again"])
        try:
            with Store(alone, readonly=True, backups=False) as store:
                found = examine(store, path)
        except DamagedDatabase as exc:
            found = Findings([f"integrity: {path.name} itself, without it, is damaged too ({exc.detail})"])
    found.problems.insert(0, problem)
    return found


def _examined(store: Store) -> Findings:
    """The values first (a damaged one is named, not met as "unexpected error" by a check below), then the rest."""
    values = value_problems(store)
    try:
        found = examine(store)
    except (TypeError, ValueError, OverflowError):
        if not values:
            raise
        found = Findings(["the checks of offsets, orphans and the team were not made: a value above stops them"])
    found.problems = values + found.problems
    return found


def older_schema(store: Store) -> int | None:
    """The schema version of a file older than this jmreview's (None: current, or not readable as one)."""
    try:
        found = store.db.execute_sql("SELECT MAX(version) FROM schemainfo").fetchone()[0]
    except (sqlite3.Error, PeeweeDatabaseError):
        return None
    return int(found) if isinstance(found, int) and found < SCHEMA_VERSION else None


def _upgraded_copy(path: Path, version: int) -> Findings:
    """Doctor on a copy of an older file, upgraded as opening it would (the file itself is left as it is)."""
    note = (f"schema version {version}, older than this jmreview's {SCHEMA_VERSION}: checked on an upgraded copy; "
            f"the file itself is upgraded (after a backup) when it is opened to make changes")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        try:
            source, target = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True), sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                source.close()
                target.close()
            with Store(copy, backups=False) as store:
                found = examine(store, path)
        except (OSError, sqlite3.Error, StoreError) as exc:
            return Findings([f"{path.name} (schema version {version}) could not be checked on an upgraded copy in "
                             f"{tempfile.gettempdir()} ({getattr(exc, 'strerror', None) or exc})"])
    found.facts.insert(0, note)
    return found


def journal_problem(path: Path) -> str | None:
    """What is wrong with the -wal/-journal beside a database, replayed on a copy (None: none, or its own)."""
    stale = stale_journal(path)
    if stale is not None:
        return f"journal: {stale}"
    journal = pending_journal(path)
    if journal is None or (journal.name.endswith("-wal") and open_elsewhere(path)):   # a live session's, written as
        return None   # it is read (run 39 A21: "does not continue", and advice to move away a running import's -wal)
    problem: str | None = None
    for _ in range(ATTEMPTS):
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "replayed.sqlite3"
            try:
                before = copy_with_journal(path, journal, copy)
                seal(copy)  # SQLite replays the companion into the copy here
                problem = why_unusable(copy)
                stale = goes_back(before, copy, journal) if problem is None else None
                if stale:
                    older = Coded(JOURNALS[stale], journal=journal, name=path.name, file=journal.name)
                    return f"journal: {older}"
            except FileNotFoundError:  # another process finished with it meanwhile
                return None
            except OSError as exc:
                why = exc.strerror or exc
                return (f"{journal.name} could not be checked on a copy in {tempfile.gettempdir()} ({why}); free "
                        "space there, or set TMPDIR to a folder with room, and run doctor again")
            except sqlite3.Error as exc:
                problem = str(exc)
        if problem is None:
            return None
    return f"journal: {foreign_advice(path, journal, problem or 'the check failed')}"


def examine(store: Store, path: Path | None = None) -> Findings:
    """Integrity, foreign keys, offsets, orphans, reading orders, schema version and backups (of `path`)."""
    out = Findings()
    db = store.db
    server = is_postgres(db)   # a server checks its own pages and keys
    integrity = ["ok"] if server else [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    if integrity != ["ok"]:
        out.problems += [f"integrity: {r}" for r in integrity[:20]]
    for table, rowid, parent, _ in [] if server else db.execute_sql("PRAGMA foreign_key_check").fetchall()[:20]:
        out.problems.append(f"orphan: {table} row {rowid} points to a missing {parent}")
    version = (db.execute_sql("SELECT version FROM schemainfo").fetchone() or ("none",))[0]
    if version != SCHEMA_VERSION:
        out.problems.append(f"schema version {version}, this jmreview uses {SCHEMA_VERSION}")
    out.problems += row_problems(db)
    out.problems += [f"numbering: the server's numbering of {table} is behind its rows (highest id {top}): a new row "
                     "would be refused; an editor's opening of the database sets it right" for table, top in
                     behind().items()]   # (run 35 B19)
    counts = db.execute_sql("SELECT (SELECT COUNT(*) FROM sourcefile), (SELECT COUNT(*) FROM article), "
                            "(SELECT COUNT(*) FROM block), (SELECT COUNT(*) FROM entity)").fetchone()
    out.facts.append("files {}, articles {}, blocks {}, entities {}".format(*counts))
    out.facts.append(f"schema version {version}{' (read-only)' if store.readonly else ''}")
    if store.network:
        out.problems.append("the database is on a network drive: two computers must never open it at once")
    if server:
        out.facts.append("backups: a server database's backups are the server's job (pg_dump, its own schedule); "
                         "export --with-source is the portable snapshot")
        return out
    path = path or store.path
    backups: list[tuple[BackupFile, str | None]] = []
    damaged: list[tuple[BackupFile, str | None]] = []
    others: list[BackupFile] = []
    for b in named_backups(path):
        why = why_backup_unusable(b.path)
        if why is not None and not b.path.exists():   # pruned by another process's opening meanwhile: gone, not damaged
            continue
        if why is None and foreign(backup_dir(path), b.path, path):
            others.append(b)
            continue
        (backups if why is None else damaged).append((b, why))
    out.facts.append(f"backups: {len(backups)} in {path.name}.backups/")
    if backup_dir(path).exists() and not backup_dir(path).is_dir():   # (run 28 A42: doctor ok, every change refused)
        out.problems.append(f"{path.name}.backups is a file, not the backups folder: no change can be made (no "
                            "backup can be taken first); move that file away")
    out.facts += [f"  {b.made:%Y-%m-%d %H:%M:%S}  {b.reason:18s} {b.path.name}" for b, _ in backups[:12]]
    out.problems += [f"backup {b.path.name} is damaged ({why}): it is never offered; delete it"
                     for b, why in damaged]
    out.problems += [f"backup {p.name} is damaged ({why}): it is never offered; delete it"
                     for p, why in unreadable_backups(path)]
    folder = backup_dir(path)
    if others and folder.is_symlink():   # shared through a link (run 21 A42): moving them away takes another's
        out.problems.append(f"{folder.name} is a link to {os.readlink(folder)}, which holds the backups of another "
                            f"database too ({len(others)} of them, never offered here): give this database a backups "
                            "folder of its own (remove the link; its next opening makes one)")
        return out
    out.problems += [f"backup {b.path.name} is a backup of another database (copied into this folder): it is never "
                     "offered; move it away" for b in others]
    return out


def row_problems(db: Any) -> list[str]:
    """What the rows themselves hold wrong: offsets, orphans, orders, versions, stories, the team, numbering."""
    problems: list[str] = []
    texts = dict(db.execute_sql("SELECT id, text FROM sourcefile").fetchall())
    lines = {fid: text for fid, text in texts.items()}
    breaks = {fid: line_breaks(text) for fid, text in texts.items()}
    held: dict[int, list[tuple[int, int, Any]]] = {}   # each file's lines: start, end, article
    for bid, fid, line, start, end, aid in db.execute_sql('SELECT id, file_id, line, start, "end", article_id FROM '
                                                          'block ORDER BY file_id, start'):
        held.setdefault(fid, []).append((start, end, aid))
        text = lines.get(fid)
        if text is None or not 0 <= start <= end <= len(text):
            problems.append(f"offsets: block {bid} (line {line}) lies outside its source")
        elif breaks[fid].search(text[start:end]):
            problems.append(f"offsets: block {bid} (line {line}) crosses a line break")
    starts = {fid: [b[0] for b in blocks] for fid, blocks in held.items()}
    for eid, fid, start, end, etext, aid in db.execute_sql('SELECT id, file_id, start, "end", text, article_id FROM '
                                                           'entity'):
        text = texts.get(fid)
        if text is None or not 0 <= start < end <= len(text) or text[start:end] != etext:
            problems.append(f"offsets: entity {eid} {etext!r} does not match its source")
            continue
        k = bisect.bisect_right(starts.get(fid, []), start) - 1   # its line: a line of its article, or of none (a
        line = held[fid][k] if k >= 0 else None                   # line taken out as noise keeps its names)
        if line is not None and end <= line[1] and line[2] is not None and line[2] != aid:   # (run 52 A24: the
            problems.append(f"orphan: entity {eid} {etext!r} belongs to article {aid}, but its line to article "
                            f"{line[2]} (an export leaves it out)")   # export dropped it unsaid)
    for (aid,) in db.execute_sql("SELECT id FROM article WHERE id NOT IN (SELECT article_id FROM block "
                                 "WHERE article_id IS NOT NULL)"):
        problems.append(f"orphan: article {aid} has no blocks")
    problems += moved_articles(db)
    for name, order, n in db.execute_sql("SELECT s.name, a.reading_order, COUNT(*) FROM article a JOIN sourcefile s "
                                         "ON s.id = a.file_id GROUP BY s.id, s.name, a.reading_order "
                                         "HAVING COUNT(*) > 1"):
        problems.append(f"order: {name} has {n} articles at reading order {order} (their order is unclear: another "
                        "program changed it; restore a backup, or merge or move those articles in the window)")
    columns = {c.name for c in db.get_columns("sourcefile")}
    folder_column = "folder" if "folder" in columns else "''"  # a database from before schema 4
    for folder, name in db.execute_sql(f"SELECT {folder_column}, name FROM sourcefile WHERE replaced_by IS NULL "
                                       f"GROUP BY {folder_column}, name HAVING COUNT(*) > 1"):
        where = f"{folder}/{name}" if folder else name
        problems.append(f"versions: {where} has more than one current version (it would be exported twice)")
    if "storylink" in db.get_tables():   # a story is a chain (store.story_rules), within one issue
        problems += [f"stories: {why}" for why in breaches(*database_links(db))]
    if "curationdecision" in db.get_tables() and "review_state" in columns:   # schema 7: the team's work
        problems += team_problems()
    return problems


def moved_articles(db: Any) -> list[str]:
    """One line per article whose lines or names belong to another file (another program moved the article: run 57
    A37, 28 lines naming no article and no way forward), the article, both pages and what to do named."""
    out = []
    for aid, title, page, theirs, blocks, entities in db.execute_sql(
            "SELECT a.id, a.title, s.name, o.name, SUM(m.line), SUM(1 - m.line) FROM (SELECT article_id, file_id, 1 "
            "AS line FROM block UNION ALL SELECT article_id, file_id, 0 FROM entity) m JOIN article a ON a.id = "
            "m.article_id AND a.file_id != m.file_id JOIN sourcefile s ON s.id = a.file_id JOIN sourcefile o ON "
            "o.id = m.file_id GROUP BY a.id, a.title, s.name, o.name ORDER BY a.id"):
        out.append(f"orphan: article {aid} 《{title}》 is of {page}, but {blocks} of its lines and {entities} of its "
                   f"names are of {theirs} (another program moved the article to another page): restore a backup "
                   f"(in the window: File → Restore a backup), or set article {aid}'s file_id back to {theirs}'s")
    return out


EXPORTED_DAMAGE = ("doctor finds what jmreview would not have written in this database ({n} in all, another program "
                   "changed them; the first: {first}): this export holds them as they are; run `jmreview doctor` to "
                   "see each, then restore a backup or correct each as doctor says")   # (importing the page again
# mends none of them: it is "the same as an earlier version", run 47 A19)


def content_problems(store: Store) -> list[str]:
    """What doctor finds in the rows (values first), without the integrity check and the backups: what an export
    writes as it is (run 40 A39, run 41 A2, A24)."""
    fresh = not store.db.in_transaction()
    with store.db.atomic():   # one snapshot (run 61 B3: read statement by statement, a curation committing
        if fresh and is_postgres(store.db):   # between them was taken for damage, once naming KeyError)
            store.db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        values = value_problems(store)
        try:
            return values + row_problems(store.db)
        except (TypeError, ValueError, OverflowError):
            return values or ["the checks of offsets, orphans and the team were not made: a value stops them"]
