"""The one guard of every reader of a file a person chose: a regular file, and no bigger than its limit.

A FIFO would block the reader for ever, a device like /dev/zero never ends, a socket or a
folder is no file: each is refused at once, by name, before a byte is read. The file is
opened without blocking and checked again on the open descriptor, so what was checked is
what is read. A regular file is read no further than its limit (one byte more tells it is
over). A zip (an .xlsx) is also refused when its parts would unpack to more than a limit,
counted from its directory before any part is unpacked.
"""
from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from typing import IO

from jmreview.errors import Coded, JmreviewError

REFUSALS = {   # why a chosen file is not read (English; the window translates them)
    "not_regular": "{file} is not a regular file ({kind}): nothing was read",
    "too_big": "{file} is over {limit} MB; files that big are refused: nothing was read",
    "unreadable": "{file} cannot be read: {detail}",
    "unzipped": "{file} would unpack to over {limit} MB (a zip bomb?); workbooks that big are refused: nothing was "
                "read",
    "not_zip": "{file} is not a workbook (not a zip archive): nothing was read",
    "text_table": "{file} is text (a workbook saved as CSV or text?), not a workbook: nothing was read; the changes "
                  "are read back from the .xlsx jmreview exported only — make them in that workbook and save it as "
                  ".xlsx, then import that",
    "sealed": "{file} is protected by a password, or is an old .xls workbook: nothing was read; open it in Excel or "
              "WPS and save it as .xlsx without a password, then import that",
}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # what Excel and WPS write for a workbook with a password (and .xls)
KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device", stat.S_IFSOCK: "a socket",
         stat.S_IFDIR: "a folder"}   # translated in the window like the template


class FileRefused(JmreviewError):
    """A chosen file that is not read at all: its name, and a Coded reason."""

    def __init__(self, reason: Coded) -> None:
        super().__init__(reason)
        self.reason = reason


def refuse(code: str, path: Path, **params: object) -> FileRefused:
    """The refusal of one file, by its name."""
    return FileRefused(Coded(REFUSALS[code], file=Path(path).name, **params))


def _text(head: bytes) -> bool:
    """The first bytes of a file are text (UTF-8, UTF-16 with its mark, or GB18030), as a CSV is."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 4:   # cut inside the last character read
                return True
    return False


def _kind(mode: int) -> str:
    return KINDS.get(stat.S_IFMT(mode), "special")


def _stdin_pipe(path: Path, mode: int) -> bool:
    """/dev/stdin (or /dev/fd/N) of a pipe: `… | jmreview import-json /dev/stdin` is meant."""
    return stat.S_ISFIFO(mode) and str(path).startswith("/dev/")


def open_regular(path: Path, limit: int, pipes: bool = False) -> IO[bytes]:
    """The file opened for reading, once it is known to be a regular file of at most `limit` bytes."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode) and not (pipes and _stdin_pipe(path, mode)):
            raise refuse("not_regular", path, kind=_kind(mode))
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)   # swapped for a FIFO since: still no wait
    except OSError as exc:
        raise refuse("unreadable", path, detail=exc.strerror or exc) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) and not (pipes and _stdin_pipe(path, info.st_mode)):
        os.close(fd)
        raise refuse("not_regular", path, kind=_kind(info.st_mode))
    os.set_blocking(fd, True)
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        os.close(fd)
        raise refuse("too_big", path, limit=limit >> 20)
    return os.fdopen(fd, "rb")


def read_capped(path: Path, limit: int, pipes: bool = False) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (a growing file is read no further than that)."""
    with open_regular(path, limit, pipes) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise refuse("unreadable", path, detail=exc.strerror or exc) from None
    if len(data) > limit:
        raise refuse("too_big", path, limit=limit >> 20)
    return data


def check_unzipped(fh: IO[bytes], path: Path, limit: int) -> None:
    """Refuse a zip whose parts would unpack to more than `limit` bytes (each part is read no further than the
    size its directory declares, so the declared sizes bound what unpacking makes)."""
    try:
        with zipfile.ZipFile(fh) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        fh.seek(0)
        head = fh.read(4096)
        raise refuse("sealed" if head.startswith(OLE2) else "text_table" if _text(head) else "not_zip",
                     path) from None   # (run 27 A57; run 62 A15: a CSV had no way forward)
    except OSError as exc:
        raise refuse("unreadable", path, detail=exc.strerror or exc) from None
    finally:
        fh.seek(0)
    if total > limit:
        raise refuse("unzipped", path, limit=limit >> 20)
