"""The page files a folder's import takes: its text files, in its sub-folders too, each once, in a stable order.

Links to folders are followed once; hidden and system folders (a trash, a sync tool's old versions, a tool's own
copies) are passed over and named; folders that cannot be read are named with the reason.
"""
from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from jmreview.analysis.file_names import file_type, import_order

TEXT_SUFFIXES = {".txt", ".text", ""}
PASSED_OVER = ("a hidden or system folder (a trash, the old versions a sync tool keeps, a tool's own copies): the page "
               "files inside it were passed over; one imported by its own name is a page of its own, beside any page "
               "of its name (to make it a page's new version, put it in that page's folder)")


def expand_paths(paths: Iterable[Path], unread: list[tuple[Path, str]] | None = None,
                 hidden: list[Path] | None = None, others: list[Path] | None = None) -> list[Path]:
    """Files named, and the text files inside folders named, in a stable order; folders that could not be read
    (a path too long, no permission) are added to `unread` with the reason, hidden folders holding page files (a
    trash, a sync tool's old versions) to `hidden`, a folder's files of other types (a .docx, a picture) to
    `others`."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            passed: list[Path] = []
            found = list(_walk(path, unread, passed))
            out.extend(sorted((p for p in found if _a_page_file(p)), key=_in_order))
            if others is not None:
                others += sorted(p for p in found if not _a_page_file(p) and not p.name.startswith(".")
                                 and not p.is_dir())
            if hidden is not None:
                hidden += sorted(h for h in passed if any(_a_page_file(p) for p in _walk(h)))
        else:
            out.append(path)
    return out


def _in_order(p: Path) -> tuple[str, str, int, str]:
    """Where a file goes in a folder's import: by its name, a page and its copies together, the newest last (run 55
    A9: the older delivery ended current; run 56 A6: `A01 (1) (1).txt`, the newest, before `A01 (1).txt`)."""
    try:
        made = p.stat().st_mtime_ns
    except OSError:
        made = 0
    return str(p.parent), import_order(p.name)[0], made, p.name


def _a_page_file(p: Path) -> bool:
    """A file a folder's import takes: a text ending (or none), not hidden (a FIFO or device too: refused by name)."""
    return file_type(p.name) in TEXT_SUFFIXES and not p.name.startswith(".") and not p.is_dir()


UPWARD = "upward link"   # (a code: the importer says it as REFUSALS["link_upward"])
SYSTEM_FOLDERS = {"recycler", "recycled", "system volume information", "__macosx", "lost+found"}
SYSTEM_MARKS = (".", "$", "#", "@", "~")   # hidden, $RECYCLE.BIN, a NAS's #recycle, @Recycle, #snapshot, ~snapshot
# (run 55 A34: a deleted delivery in Synology's #recycle imported as a second page)


def _walk(top: Path, unread: list[tuple[Path, str]] | None = None, hidden: list[Path] | None = None) -> Iterator[Path]:
    """Everything inside a folder and its sub-folders, as `rglob("*")` gives it, walked with a list instead of
    recursion: a page 1,000 folders deep is one more page. A link to a folder is followed once (run 51 A9: an
    issue's folder linked in from a share was passed over, "no page file was found"); a folder met again through
    a link (a loop, or a second way in) is not. A hidden or system folder inside it is passed over, put in `hidden`
    (run 54 A25: a stick's trash and a sync tool's old versions imported as more copies of its pages)."""
    folders = [top]
    seen_top = os.path.realpath(top)
    seen = {seen_top}
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        inside = entry.is_dir(follow_symlinks=True)
                    except OSError:   # a loop of links: named with the files, refused by its name
                        inside = False
                    if inside and (entry.name.startswith(SYSTEM_MARKS) or entry.name.lower() in SYSTEM_FOLDERS):
                        if hidden is not None:
                            hidden.append(folder / entry.name)
                        continue
                    if inside:
                        real = os.path.realpath(folder / entry.name)
                        if real != seen_top and seen_top.startswith(real.rstrip(os.sep) + os.sep):
                            if unread is not None:   # a link up to a folder holding this one (run 63 A42: `up ->
                                unread.append((folder / entry.name, UPWARD))   # ..` imported other folders' pages)
                            continue
                        if real not in seen:
                            seen.add(real)
                            folders.append(folder / entry.name)
                        continue
                    yield folder / entry.name
        except OSError as exc:   # gone meanwhile: nothing from it; unreadable: said, never left out unseen
            if unread is not None and exc.errno != errno.ENOENT:
                unread.append((folder, str(exc.strerror or exc)))
