"""Write an export so that a crash, a kill or a full disk never leaves a broken file or debris.

The new content goes to a hidden temporary file beside the target (`.NAME.XXXXXXXX.tmp`, and
for the Excel export a private folder `.NAME.XXXXXXXX.tmp.d` for openpyxl's sheet files) and
is moved into place once complete. The writer holds a lock on its temporary file, so the next
export to that name can tell what a killed export left (unlocked) from one still running
(locked), and removes it. The target keeps its permissions; a new file gets the umask's; a
symlink is written through to its target. An existing target that is not a regular file (a
FIFO, a socket, a device, a folder) is refused before anything is written: moving a file over
it would replace the special file instead of writing to it.
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from jmreview.errors import Coded, OutputError

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there, which protects it as well
    fcntl = None  # type: ignore[assignment]

WORKDIR = ".d"
OUTPUT = {  # why an export was not written, as English templates the window translates
    "not_regular": "{path}: is not a regular file ({kind}); nothing was written to it — choose a file name",
    "database": "{path}: is a database (or its journal, or one of its backups); an export never overwrites one — "
                "choose another file name",
    "page": "{path}: is the page {page} this database was imported from, or a new delivery of it; an export never "
            "overwrites one (the next import would take the export for a new version of it) — choose another file "
            "name",
    "cannot_write": "{path}: cannot be written: {detail}; any previous file of that name is unchanged",
}


@dataclass
class Staged:
    """The temporary file an export writes, locked by this process while it is open."""

    path: Path
    fd: int

    def open(self, mode: str = "wb", **kwargs: Any) -> IO[Any]:
        """A file object over the temporary file (closing it keeps the lock)."""
        return os.fdopen(os.dup(self.fd), mode, **kwargs)

    def workdir(self) -> Path:
        """A private folder for scratch files of this export, removed with it."""
        folder = self.path.with_name(self.path.name + WORKDIR)
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder


def _stem(name: str) -> str:
    """The target's name as its temporary files carry it: cut (and marked ~) so that they stay within the 255 bytes
    of a file name (run 27 A60: a legal 245-byte target refused as "File name too long", for its temporary file)."""
    while len(f".{name}.xxxxxxxx.tmp{WORKDIR}".encode("utf-8", "surrogateescape")) > 255:
        name = name[:-2] + "~"
    return name


def _stale_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(_stem(name))}\.[a-z0-9_]{{8}}\.tmp(?:{re.escape(WORKDIR)})?")


def _locked(fd: int) -> bool:
    """Lock fd for this process; False when another process holds the lock."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def clean_stale(target: Path) -> list[Path]:
    """Remove what killed exports to target left beside it (files no live export holds); returns them."""
    pattern = _stale_pattern(target.name)
    removed: list[Path] = []
    names: set[str] = set()
    with suppress(OSError), os.scandir(target.parent) as entries:
        names = {e.name for e in entries if pattern.fullmatch(e.name)}
    for name in sorted(names):
        path = target.parent / name
        if name.endswith(WORKDIR):
            if name[: -len(WORKDIR)] not in names:  # its export's file is gone: nobody writes here
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
            continue
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if _locked(fd):
                shutil.rmtree(path.with_name(name + WORKDIR), ignore_errors=True)
                with suppress(OSError):
                    os.unlink(path)
                    removed.append(path)
        finally:
            os.close(fd)
    return removed


def _create(target: Path) -> Staged:
    """A new locked temporary file beside target, with target's permissions (or the umask's)."""
    try:
        current: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        current = None
    while True:
        path = target.with_name(f".{_stem(target.name)}.{secrets.token_hex(4)}.tmp")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        try:
            if _locked(fd) and os.path.samestat(os.fstat(fd), os.lstat(path)):
                break  # ours and locked: no other export's cleaning removed it in between
        except OSError:
            pass
        os.close(fd)
    if current is not None and hasattr(os, "fchmod"):
        with suppress(OSError):
            if (current.st_uid, current.st_gid) != (os.getuid(), os.getgid()):
                os.fchown(fd, current.st_uid, current.st_gid)
        os.fchmod(fd, stat.S_IMODE(current.st_mode))
    return Staged(path, fd)


KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
         (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def require_regular(path: Path) -> None:
    """Refuse a target (symlinks followed) that exists and is not a regular file, naming it; and a database's
    companion, even before SQLite made it (run 30 A14: an export written as DB-journal locked DB out)."""
    real = Path(os.path.realpath(path))
    for suffix in ("-wal", "-shm", "-journal"):
        if real.name.endswith(suffix) and real.with_name(real.name[:-len(suffix)]).is_file():
            raise OutputError(Coded(OUTPUT["database"], path=path))
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return   # absent (or unreadable: the write says why)
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in KINDS if test(mode)), "a special file")
        raise OutputError(Coded(OUTPUT["not_regular"], path=path, kind=kind))
    if _is_database_file(path):
        raise OutputError(Coded(OUTPUT["database"], path=path))
    if (page := _imported_page(path)) is not None:   # (run 42 A24: a slip of -o over a page of the corpus)
        raise OutputError(Coded(OUTPUT["page"], path=path, page=page))


def _is_database_file(path: Path) -> bool:
    """A SQLite file, a database's -wal/-shm/-journal, or anything in a backups folder: never an export's target."""
    real = Path(os.path.realpath(path))
    if real.name.endswith(("-wal", "-shm", "-journal")) or real.parent.name.endswith(".backups"):
        return True
    try:
        with open(real, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _imported_page(path: Path) -> str | None:
    """The name of the page of the open database the file is: its bytes are a page's, or it has a page's folder and
    name (a new delivery not imported yet: run 43 A27). None: none, or no database open."""
    import hashlib

    from jmreview.exchange.ingest import MAX_BYTES, folder_of
    from jmreview.store.models import SourceFile, database_proxy

    real = Path(os.path.realpath(path))
    try:
        if database_proxy.obj is None or os.path.getsize(path) > MAX_BYTES:   # (too big to be a page)
            return None
        with open(path, "rb") as fh:   # read once: its kind, then its bytes' page
            data = fh.read()
        found = None if _an_export(data) else SourceFile.get_or_none((SourceFile.name == real.name)
                                                                     & (SourceFile.folder == folder_of(real.parent)))
        found = found or SourceFile.get_or_none(SourceFile.sha256 == hashlib.sha256(data).hexdigest())
    except Exception:  # noqa: BLE001 - unreadable, or no database to ask: the write itself says what it finds
        return None
    return None if found is None else f"{found.folder}/{found.name}" if found.folder else str(found.name)


def _an_export(data: bytes) -> bool:
    """An export's own file (a workbook, JSON that parses, BIO) is never a page (run 44 A7, run 46 A13: a page
    starting with "[" is one), nor an empty file (run 45 A2)."""
    from jmreview.exchange.export_kind import export_kind

    if not data or data[:2] == b"PK":
        return True
    try:
        return export_kind(data.decode("utf-8")) is not None
    except UnicodeDecodeError:
        return False


def _sync_folder(folder: Path) -> None:
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def replacing(path: Path) -> Iterator[Staged]:
    """Stage a new content for path; it replaces path only when the block ends without an error.

    Any OSError (a full disk, a folder without permission) becomes an OutputError naming path;
    the previous file is left as it was and nothing is left beside it.
    """
    path = Path(path)
    target = Path(os.path.realpath(path))  # a symlink stays a symlink: its target gets the new content
    require_regular(path)
    clean_stale(target)
    staged: Staged | None = None
    moved = False
    try:
        staged = _create(target)
        yield staged
        os.fsync(staged.fd)
        os.replace(staged.path, target)
        moved = True
        _sync_folder(target.parent)
    except OSError as exc:
        raise OutputError(Coded(OUTPUT["cannot_write"], path=path, detail=exc.strerror or exc)) from None
    finally:
        if staged is not None:
            shutil.rmtree(staged.path.with_name(staged.path.name + WORKDIR), ignore_errors=True)
            if not moved:
                with suppress(OSError):
                    os.unlink(staged.path)
            os.close(staged.fd)


def write_atomically(path: Path, chunks: Iterator[str]) -> None:
    """Write text to a temporary file beside path, then move it into place."""
    with replacing(path) as staged, staged.open("w", encoding="utf-8", newline="\n") as fh:
        for chunk in chunks:
            fh.write(chunk)
