"""A page file's name as a person reads it: its text ending, and the mark a copy of a file gets, do not count.

A new delivery of a page often arrives renamed by the program that saved it: a browser's `A01 (1).txt`, Windows'
`A01 - 副本.txt` / `A01 - Copy (2).txt`, Finder's `A01 copy 2.txt`, Google Drive's `Copy of A01.txt`, an ending
written twice (`A01.txt.txt`) or left off (`A01`); a sync tool keeps a conflicting copy as `A01.sync-conflict-….txt`
or `A01 (李明's conflicted copy 2026-01-01).txt`, OneDrive as `A01-LAPTOP-7QK2M.txt`. Names numbered by a batch
rename (`江门日报 (1).txt` … `江门日报 (5).txt`) carry the same marks but are different pages: a mark is read as a
copy's only where the page without it exists (run 54 A35, run 55 A6) — that is for the caller to look up.
"""
from __future__ import annotations

import re
import unicodedata

TEXT_ENDING = re.compile(r"(?:\.(?:txt|text))+\Z", re.IGNORECASE)
COPY_WORD = (r"(?:副本|复制|拷贝|的副本|复件|另一个复件|第\d+个复件|another copy|\d+(?:st|nd|rd|th) copy|copy|kopie"
             r"|コピー)")   # (GNOME Files: `A01 (复件).txt`, `A01 (第3个复件).txt`, `A01 (3rd copy).txt`: run 57 A35)
COPY_SUFFIX = re.compile(r"\s*(?:(?:[-_－—]\s*)?" + COPY_WORD + r"(?:\s*[(（]?\s*(\d{1,4})\s*[)）]?)?"
                         r"|[(（]\s*(\d{1,4})\s*[)）]|[(（]\s*" + COPY_WORD + r"\s*\d{0,4}\s*[)）]"
                         r"|[(（][^()（）]*(?:conflict|冲突|衝突)[^()（）]*[)）]"   # Dropbox, Nextcloud
                         r"|\.sync-conflict-[\w-]*|_conflict-[\d-]+|\.conflict(?:\s*[(（]\d+[)）])?"   # Syncthing's,
                         r"|\s\d{1,3})\s*\Z", re.IGNORECASE)   # ownCloud's, Resilio's (run 55 A37), iCloud's `A01 2`
MACHINE_SUFFIX = re.compile(r"-(?:(?:DESKTOP|LAPTOP|PC|WIN|NB)-[A-Z\d]{4,12}|(?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z]{2})"
                            r"[A-Z\d]{6,15})(?:-\d{1,3})?\Z")   # OneDrive's copy: a computer's name as Windows writes
# it (`A01-LAPTOP-7QK2M.txt`: run 57 A3), its own default or one of letters and digits — not an edition's `-HK` nor a
# page's `-A01` (run 58 A38, A20); case counts
COPY_PREFIX = re.compile(r"\A\s*(?:copy of |副本\s*[-_－]\s*)", re.IGNORECASE)


def stem(name: str) -> str:
    """The name without its text ending(s) (.txt, .text, both, or none), spaces around it left out."""
    return TEXT_ENDING.sub("", name.strip()).strip()


def without_copy_mark(text: str, machine: bool = True) -> tuple[str, int]:
    """The text without a copy's mark at its end or start, and the mark's number (1 for an unnumbered copy, 0: no
    mark). Case is kept. `machine`: a computer's name (OneDrive's) is a mark too."""
    mark = 0
    for _ in range(3):   # a copy of a copy: `A01 (1) (1)`
        found = COPY_SUFFIX.search(text)
        if found is not None and found.start() > 0:
            text, mark = text[:found.start()].rstrip(), max(mark, int(found.group(1) or found.group(2) or 1))
            continue
        found = MACHINE_SUFFIX.search(text) if machine else None
        if found is not None and found.start() > 0:
            text, mark = text[:found.start()].rstrip(), max(mark, 1)
            continue
        found = COPY_PREFIX.match(text)
        if found is not None and found.end() < len(text):
            text, mark = text[found.end():].lstrip(), max(mark, 1)
            continue
        break
    return text, mark


def name_key(name: str) -> str:
    """A name as a person reads it: width, case, spaces around it and its text ending do not count."""
    return stem(unicodedata.normalize("NFKC", name)).casefold()


def copy_of(name: str) -> str | None:
    """The key of the page a name would be a copy of (its mark taken off), None for a name without a mark."""
    base, mark = without_copy_mark(stem(unicodedata.normalize("NFKC", name)))
    return base.casefold() if mark else None


def copy_levels(name: str) -> list[str]:
    """A name's key, then its keys with one copy's mark taken off, then two…: `江门日报 (3) (1)` is a copy of
    `江门日报 (3)` before it is one of `江门日报` (run 56 A15)."""
    text = stem(unicodedata.normalize("NFKC", name))
    levels = [text.casefold()]
    for _ in range(3):
        found = COPY_SUFFIX.search(text) or MACHINE_SUFFIX.search(text)
        if found is not None and found.start() > 0:
            text = text[:found.start()].rstrip()
        elif (prefix := COPY_PREFIX.match(text)) is not None and prefix.end() < len(text):
            text = text[prefix.end():].lstrip()
        else:
            break
        levels.append(text.casefold())
    return levels


def import_order(name: str) -> tuple[str, int, str]:
    """Where a file goes among its folder's: a page before its copies, the copies by their number (the newest
    delivery last, so it is the page's current version)."""
    base, mark = without_copy_mark(stem(unicodedata.normalize("NFKC", name)), machine=False)   # (`jmrb-A02` is
    return base, mark, name                                                          # no copy of `jmrb` by its order)


DATE_PART = re.compile(r"(?:(?:19|20)\d{2}[-_.]?[01]?\d[-_.]?[0-3]?\d|\d{1,4}\s*[年月日号]?)", re.IGNORECASE)
YEAR_PART = re.compile(r"(?:19|20)\d{2}(?:\s*年|[-_.]?[01]?\d[-_.]?[0-3]?\d)?")   # a year, or a whole day


def date_part(name: str) -> bool:
    """True for a folder named by a part of a date only: a year, a month, a day (`2026`, `01`, `0101`, `12月`,
    `01日`), a whole day (`2026-01-01`), or one of these with a copy's mark (`01 (1)`, unzipped twice)."""
    return bool(DATE_PART.fullmatch(without_copy_mark(name)[0].strip()))


def folder_name(parts: list[str]) -> str:
    """The folder a page is known by, from its folders' names (the outermost first): its own, with those above it
    while they are parts of a date, up to the year — `2026/01/01`, `2025年/12月/01日`, `2025/0101`, `12/01`
    (run 57 A17: every issue's A01 in a folder `01` taken for one page's versions; run 58 A7-A9)."""
    kept = [part for part in parts[-1:] if part]
    for above in reversed(parts[:-1]):
        top = without_copy_mark(kept[0])[0].strip() if kept else ""
        if not above or len(kept) >= 3 or not date_part(kept[0]) or YEAR_PART.fullmatch(top) \
                or not date_part(above):
            break
        kept.insert(0, above)
    return "/".join(kept)


PAGE_LABEL = re.compile(r"[A-Za-z]\d{1,3}")   # A02, B12: a page, not a file type


def file_type(name: str) -> str:
    """The name's ending as a file type, lower-case: "" when what follows its last dot is not one (run 64 A4:
    `2024.01.05`, `A03.20240105`, `第A01版.江门` were passed over, their date or page taken for a file type; a page
    label, `2024.01.05.A02`, is no file type either)."""
    suffix = name.rsplit(".", 1)[1] if "." in name.lstrip(".") else ""
    is_type = suffix.isascii() and suffix.isalnum() and not suffix.isdigit() and not PAGE_LABEL.fullmatch(suffix)
    return f".{suffix.lower()}" if is_type else ""
