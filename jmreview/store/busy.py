"""A database's long jobs and its restore keep out of each other's way.

A long writer — an import, a corpus JSON restore or apply, a re-run, learning applied to the
corpus, a copy into SQLite — commits many transactions; a restore between two of them would
silently take back what it already reported done. Each long job therefore holds a shared lock
on the database's backups folder (`<name>.backups`, made if needed: no file is added) for its
whole run; a restore takes that lock exclusively without waiting, and is refused while any job
holds it.
A job that starts while a restore runs waits for it (at most WAIT_S seconds), then works on the
restored content; if the folder stays locked longer (another program holding it), the job is refused
with a sentence instead of waiting without end. The locks are advisory (`flock`) and end with their process; on a system
without them (Windows) and on a server database, nothing is locked.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jmreview.errors import Coded, StoreError
from jmreview.store.backup import backup_dir

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the import's own check says when pages went
    fcntl = None  # type: ignore[assignment]

WAIT_S = 30.0   # a restore of a large database takes seconds; longer is another program holding the folder
BUSY_MESSAGES = {   # English; the window translates them
    "held": "{name} is being restored from a backup, or another program holds its backups folder locked "
            "({folder}): nothing was done; try again when it has finished",
}


class RestoreBusy(Exception):
    """Another process (or a job of this window) is in the middle of a long job on the database."""


def _open_lock(db_path: Path) -> int | None:
    """The backups folder's descriptor (the folder made if needed), or None where nothing can be locked."""
    if fcntl is None:
        return None
    folder = backup_dir(Path(os.path.realpath(db_path)))   # a job started through a link locks the real folder
    try:
        folder.mkdir(exist_ok=True)
        return os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:   # a read-only folder, a file in the way: no job can write there either
        return None


def _a_database(path: Path) -> bool:
    """Whether a file may be a database to lock: a folder, a FIFO or an empty file never gets a backups folder
    made beside it (run 34 A27: left there after the command refused it)."""
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


@contextmanager
def long_job(db_path: Path | str | None) -> Iterator[None]:
    """Hold the database's shared job lock for the block (waiting while a restore runs)."""
    fd = _open_lock(db_path) if isinstance(db_path, Path) and _a_database(db_path) else None
    try:
        if fd is not None:
            _share(fd, db_path)  # type: ignore[arg-type]
        yield
    finally:
        if fd is not None:
            os.close(fd)


def _share(fd: int, db_path: Path) -> None:
    """Take the shared lock, waiting at most WAIT_S seconds for a restore (or another program) to let go."""
    deadline = time.monotonic() + WAIT_S
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise StoreError(Coded(BUSY_MESSAGES["held"], name=db_path.name,
                                       folder=str(backup_dir(Path(os.path.realpath(db_path)))))) from None
            time.sleep(0.1)
        except OSError:   # a file system without locks: nothing to wait for
            return


@contextmanager
def no_job_running(db_path: Path) -> Iterator[None]:
    """Hold the job lock exclusively for the block; RestoreBusy at once if any long job holds it."""
    fd = _open_lock(db_path)
    try:
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise RestoreBusy(str(db_path)) from None
            except OSError:
                pass
        yield
    finally:
        if fd is not None:
            os.close(fd)
