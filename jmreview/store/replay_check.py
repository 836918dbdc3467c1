"""Whether replaying a -wal would take the database back in time (a -wal that is not the file's own continuation).

A -wal of the database's own holds transactions made after the main file's last checkpoint: replayed, the edit log
only grows (no edit ever deletes a row of it) and no article's version goes down (every correction raises it). An
older copy of the -wal put back (a sync tool, a restored folder), or one left by a process whose file was renamed over,
holds pages as they were before later work: replayed, rows of the edit log vanish or articles fall back to older
versions, with the corrections they hold. The one legitimate replay that does either is a restore of a backup, which
writes every page of the database; such a -wal holds a few.

Every write transaction also counts itself in the file's header (``user_version``, with a random token of the write
in ``application_id``; a restore counts on from the content it replaced): a -wal whose count is below the main
file's, or equal with another token, was written before later work or on another copy, whatever else it holds.
"""
from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import struct
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from jmreview.store.backup import sqlite_uri

WAL_HEADER, FRAME_HEADER = 32, 24
MAX_WRITES = 2**31 - 2   # the header's fields are signed 32-bit: the count starts again at 1 past this


@dataclass
class Stamp:
    """How far a database file has come: its edit log's rows and highest id, and each article's version."""

    rows: int
    top: int
    ids: array
    versions: array
    log: str = ""          # a digest of every edit-log row's id and moment: what a continuation never changes
    touched: frozenset[int] = frozenset()   # articles the edits after `since` name (undo/redo put old versions back)
    writes: int = 0        # the write transactions counted in the header (0: a file written before they were)
    token: int = 0         # the last one's random token


def _read(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)


def log_stamp(path: Path, since: int | None = None) -> Stamp | None:
    """The stamp of a database file as it is, no -wal replayed (None: not a jmreview database yet); `since`: the
    digest covers the edit-log rows up to that id, and the articles named by the rows after it are noted."""
    try:
        con = _read(path)
        try:
            rows, top = con.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM editlog").fetchone()
            ids, versions = array("q"), array("q")
            for art, version in con.execute("SELECT id, version FROM article ORDER BY id"):
                ids.append(art)
                versions.append(version)
            digest = hashlib.sha256()
            upto = top if since is None else since   # 0 (an empty log before) covers no row
            for row in con.execute("SELECT id, at FROM editlog WHERE id <= ? ORDER BY id", (upto,)):
                digest.update(f"{row[0]}|{row[1]}\n".encode())
            touched = _named(con, since) if since is not None else frozenset()
            writes = int(con.execute("PRAGMA user_version").fetchone()[0])
            token = int(con.execute("PRAGMA application_id").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return Stamp(int(rows), int(top), ids, versions, digest.hexdigest(), touched, writes, token)


def count_write(con: Any) -> None:
    """Count one write transaction in the file's header, inside it (a DB-API connection or a peewee database)."""
    run = con.execute_sql if hasattr(con, "execute_sql") else con.execute
    done = int(run("PRAGMA user_version").fetchone()[0])
    run(f"PRAGMA user_version = {done % MAX_WRITES + 1}")
    run(f"PRAGMA application_id = {secrets.randbelow(MAX_WRITES) + 1}")


def counted_back(before: Stamp, after: Stamp) -> bool:
    """True when the replayed file counts fewer writes than the main file, or as many with another last write."""
    if before.writes == 0 and after.writes == 0:
        return False   # neither counts: written before the count was kept
    ahead = (after.writes - before.writes) % MAX_WRITES   # the count starts again at 1 past MAX_WRITES
    return ahead > MAX_WRITES // 2 or ahead == 0 and after.token != before.token


def _named(con: sqlite3.Connection, since: int) -> frozenset[int]:
    """The articles named by the edits logged after `since` (an undo or redo: by the edit it replays)."""
    named: set[int] = set()
    for (payload,) in con.execute("SELECT payload FROM editlog WHERE id > ?", (since,)):
        try:
            doc = json.loads(payload)
            if isinstance(doc, dict) and "log" in doc:
                row = con.execute("SELECT payload FROM editlog WHERE id = ?", (doc["log"],)).fetchone()
                doc = json.loads(row[0]) if row else {}
            named |= {int(step["id"]) for step in doc.get("steps", []) if step.get("model") == "Article"}
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return frozenset(named)


def _older(before: Stamp, after: Stamp) -> bool:
    """True when `after` lost edit-log rows `before` had, or holds an article at a lower version."""
    if after.rows < before.rows or after.top < before.top or after.log != before.log:
        return True   # rows of the log lost, or its earlier rows not the ones the file holds (another copy's -wal)
    k, n = 0, len(after.ids)
    for art, version in zip(before.ids, before.versions, strict=True):
        while k < n and after.ids[k] < art:
            k += 1
        if k < n and after.ids[k] == art and after.versions[k] < version and art not in after.touched:
            return True   # an article taken back that no edit of the -wal names (an undo, a redo: they do)
    return False


def _frames(wal: Path) -> Iterator[tuple[int, bool, bool, BinaryIO]]:
    """Each frame of a -wal: its page number, whether it is of the header's generation (an older one's may follow),
    whether it commits a transaction, and the file, placed at the frame's page."""
    with wal.open("rb") as fh:
        head = fh.read(WAL_HEADER)
        if len(head) < WAL_HEADER:
            return
        size = struct.unpack(">I", head[8:12])[0]
        offset = WAL_HEADER
        while True:
            fh.seek(offset)
            frame = fh.read(FRAME_HEADER)
            if len(frame) < FRAME_HEADER:
                return
            yield struct.unpack(">I", frame[:4])[0], frame[8:16] == head[16:24], frame[4:8] != b"\0\0\0\0", fh
            offset += FRAME_HEADER + size


def wal_pages(wal: Path) -> set[int]:
    """The page numbers a -wal file holds frames of."""
    return {page for page, _current, _commit, _fh in _frames(wal)}


def first_count(wal: Path) -> int | None:
    """The write count of the database as the -wal's first transaction left it (page 1's user_version in its first
    frame of page 1), or None: a -wal built on a file that had already counted further than this one was not
    written on this file."""
    for page, current, _commit, fh in _frames(wal):
        if not current:   # the end of this generation
            return None
        if page == 1:
            data = fh.read(64)
            return struct.unpack(">i", data[60:64])[0] if len(data) == 64 else None
    return None


def uncounted(wal: Path) -> bool:
    """True when a -wal commits changes none of which counted itself (no frame of page 1, where every write of
    jmreview counts): another program's, which cannot be told to continue the file as it is now."""
    committed = False
    for page, current, commit, _fh in _frames(wal):
        if not current:
            break
        if page == 1:
            return False
        committed = committed or commit
    return committed


def page_count(path: Path) -> int:
    """The number of pages of a database file."""
    con = _read(path)
    try:
        return int(con.execute("PRAGMA page_count").fetchone()[0])
    finally:
        con.close()


def goes_back(before: Stamp | None, replayed: Path, wal: Path) -> str | None:
    """Why the replay of `wal` (giving `replayed`) may take the file back: "stale_wal" (edit-log rows lost, an
    article at an older version, and the -wal is not a whole database written anew: a restore of a backup) or
    "uncounted" (another program's changes, of no known moment); None: it continues the file."""
    after = log_stamp(replayed, since=before.top) if before is not None else None
    if before is None or after is None:
        return None
    if counted_back(before, after):
        return "stale_wal"   # written before later work, or on another copy: no exemption
    try:
        started = first_count(wal)
    except OSError:
        started = None
    if started is not None and before.writes and 0 < (started - 1 - before.writes) % MAX_WRITES < MAX_WRITES // 2:
        return "stale_wal"   # begun on a file further on than this one (an older copy put in its place)
    if _older(before, after):
        try:
            whole = set(range(1, page_count(replayed) + 1)) <= wal_pages(wal)
        except (OSError, sqlite3.Error):
            whole = False
        if not whole:
            return "stale_wal"
    try:
        return "uncounted" if before.writes and uncounted(wal) else None   # another program's, of no known moment
    except OSError:
        return "uncounted"
