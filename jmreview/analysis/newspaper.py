"""The newspaper behind the files: a page's issue date and label, and stories continued across pages.

`page_identity` reads the issue date and page label (A03, B01, 03) from a file's name and folder
with configurable patterns, or from the page's own furniture lines. `continuation_notes` finds
the `下转A04版` / `转4版` and `上接A01版` / `紧接第1版` notes of an article (either script,
Arabic or Chinese numerals); `propose_links` pairs the two parts of a story within one issue.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from jmreview.analysis.dates import number
from jmreview.analysis.file_names import file_type, without_copy_mark
from jmreview.analysis.script import to_simplified

PAGE = r"[A-Za-zＡ-Ｚ]?\s*[0-9０-９〇一二三四五六七八九十]{1,3}"
# file and folder names: 2024-08-21_A03.txt, 20240821A03.txt, 2024-08-21/A03.txt, 2024/08/21/A03.txt,
# 2024年8月21日第3版.txt
_YMD = r"(?P<y>(?:19|20)\d{2})(?P<sep>[-_./]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)"
_CN_YMD = r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
NAME_PATTERNS = (
    rf"{_YMD}[-_. ]*第?(?P<page>[A-Za-z]\d{{1,3}}|\d{{1,3}})版?$",
    rf"^第?(?P<page>[A-Za-z]\d{{1,3}})版?[-_. ]*{_YMD}$",   # A03.20240105, A03_2024-01-05 (run 64 A4)
    rf"{_CN_YMD}[-_ ]*第?(?P<page>[A-Za-z]?\d{{1,3}})版?$",
    rf"{_YMD}$",
    rf"{_CN_YMD}$",
    r"(?P<y>(?:19|20)\d{2})\s*年?/(?P<m>[01]?\d)\s*月?/(?P<d>[0-3]?\d)\s*[日号]?$",   # folders only (a name holds no
    r"(?P<y>(?:19|20)\d{2})\s*年?/(?P<m>[01]\d)(?P<d>[0-3]\d)$",   # slash): 2026/1/1, 2025年/12月/01日, 2025/0101,
    r"(?P<y>(?:19|20)\d{2})[-_.]?(?P<m>[01]\d)/(?P<d>[0-3]?\d)\s*[日号]?$",   # 2026-01/01, 202601/01
    rf"{_YMD}/[^/]+$",                                               # 2026-01-01/01 (run 58 A8-A10)
    r"^第?(?P<page>[A-Za-z]\d{1,2}|\d{1,2})版?$",
    r"第\s*(?P<page>[A-Za-z]?\d{1,2})\s*版$",   # 江门日报第A02版 (run 65 A5: the paper's name before it)
)
FURNITURE_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
FURNITURE_PAGE = re.compile(r"(?:^|[\s|｜丨])(?:第\s*)?(?P<page>[A-Z]\d{1,2})\s*(?:版|$|[\s|｜丨])"
                            r"|第\s*(?P<num>\d{1,2})\s*版")
NOTE_TO = re.compile(rf"(?:下转|转至|转下|转|下接|续见)\s*第?\s*({PAGE})\s*版")
NOTE_FROM = re.compile(rf"(?:上接|紧接|接上|续接|承接|(?<![下转续])接)\s*第?\s*({PAGE})\s*版")
FURNITURE_LINES = 6   # how many first lines may carry the page's date and label
NAME_LIMIT = 80       # characters of a file or folder name the patterns see (its end: where dates and pages sit)


@dataclass(frozen=True)
class PageIdentity:
    """A file's issue date (ISO) and page label, and where they were read."""

    issue: str | None = None
    page: str | None = None
    source: str = ""          # "name", "folder", "furniture" or "" when nothing was found
    no_day: str = ""          # a date in the name or folder that is no day of the calendar (2024-02-30), unread


def page_label(text: str) -> str | None:
    """A page label written as A03: the letter (if any) upper-case, the number in two digits."""
    text = to_simplified(text).replace(" ", "").translate(str.maketrans("ＡＢＣＤＥＦＧＨ", "ABCDEFGH"))
    letter = text[0].upper() if text and text[0].isalpha() and text[0].isascii() else ""
    n = number(text[len(letter):])
    return f"{letter}{n:02d}" if n is not None and 0 < n < 1000 else None


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except (ValueError, OverflowError):   # a year of twenty digits, a day that does not exist, ① for a digit
        return None


def _from_name(stem: str, patterns: Sequence[str]) -> tuple[str | None, str | None, str]:
    """The issue and page a name gives, and a date it writes that is no day of the calendar ('' when none)."""
    no_day = ""
    for pattern in patterns:
        match = re.search(pattern, stem)
        if match:
            groups = match.groupdict()
            issue = _iso(groups["y"], groups["m"], groups["d"]) if groups.get("y") else None
            if groups.get("y") and issue is None and not no_day:
                no_day = f"{groups['y']}-{groups['m']}-{groups['d']}"
            page = page_label(groups["page"]) if groups.get("page") else None
            if issue or page:
                return issue, page, no_day
    return None, None, no_day


def page_identity(folder: str, name: str, lines: Iterable[str] = (),
                  patterns: Sequence[str] = NAME_PATTERNS) -> PageIdentity:
    """The issue date and page label of a file: from its name, then its folder's, then its furniture lines."""
    stem = name[:len(name) - len(file_type(name))]   # (run 64 A4: `A03.20240105`, its date no file type)
    stem, folder = stem[-NAME_LIMIT:], folder[-NAME_LIMIT:]   # an editor's pattern never meets an absurdly long name
    issue, page, no_day = _from_name(stem, patterns)
    if page is None and (bare := without_copy_mark(stem)[0]) != stem:   # a delivery saved as `A01 (1).txt` (run 55
        read = _from_name(bare, patterns)   # A18), read as it is first: a desk's own names hold brackets too (run 56
        # A18: `jmrb20260101(01).txt`, its page pattern then unread); its page read so when the date was (run 58 A20:
        if read[1] is not None or issue is None:   # `20260101-A01 (1).txt` kept its date, lost its page)
            issue, page, no_day = read[0] or issue, read[1], read[2] or no_day
    source = "name" if issue or page else ""
    if issue is None and folder:
        issue, _, folder_day = _from_name(folder, patterns)
        if issue is None and (bare := without_copy_mark(folder)[0]) != folder:   # an issue's folder unzipped as
            issue, _, folder_day = _from_name(bare, patterns)                        # `2026-01-01 (1)` (run 56 A20)
        no_day = no_day or folder_day
        source = source or ("folder" if issue else "")
    if issue is None or page is None:
        for line in list(lines)[:FURNITURE_LINES]:
            simple = to_simplified(line)
            found = FURNITURE_DATE.search(simple)
            if issue is None and found:
                issue, source = _iso(*found.group("y", "m", "d")), source or "furniture"
            label = FURNITURE_PAGE.search(simple) if found or "版" in simple else None
            if page is None and label:
                page, source = page_label(label.group("page") or label.group("num")), source or "furniture"
    return PageIdentity(issue, page, source, "" if issue else no_day)


def continuation_notes(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """The pages an article says it continues on (下转) and comes from (上接), as page labels."""
    to: list[str] = []
    came: list[str] = []
    for line in lines:
        simple = to_simplified(line)
        for pattern, out in ((NOTE_TO, to), (NOTE_FROM, came)):
            for match in pattern.finditer(simple):
                label = page_label(match.group(1))
                if label and label not in out:
                    out.append(label)
            simple = pattern.sub(" ", simple)   # a 下接 note is not read again as a 接 one
    return to, came


@dataclass
class StoryPart:
    """One article as the linker sees it."""

    key: int
    issue: str | None
    page: str | None
    order: int                      # the article's place on its page
    title: str = ""
    to: list[str] = field(default_factory=list)
    came: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    """Part `first` continues in part `then`; `cue` says why: both notes agree (`link.note`), and when several
    parts point back to one page, the shared headline (`link.note_title`) or the printed order (`link.note_order`)."""

    first: int
    then: int
    cue: str


def _same_page(label: str | None, wanted: str) -> bool:
    """A03 matches A03; a note without a letter (转3版) matches any section's page 3."""
    if label is None:
        return False
    return label == wanted or (wanted[:1].isdigit() and label.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == wanted)


def propose_links(parts: Sequence[StoryPart]) -> list[Link]:
    """Pair each 下转 note with the one 上接 part on the named page of the same issue that points back."""
    links: list[Link] = []
    taken: set[int] = set()
    for first in sorted(parts, key=lambda p: (p.issue or "", p.page or "", p.order)):
        if first.issue is None or first.page is None:
            continue
        for wanted in first.to:
            candidates = [p for p in parts if p.key != first.key and p.key not in taken and p.issue == first.issue
                          and _same_page(p.page, wanted) and any(_same_page(first.page, c) for c in p.came)]
            how = "link.note"
            if len(candidates) > 1:   # several parts point back to this page: the one sharing the headline's words,
                by_title = _by_title(first, candidates)   # else the parts in the order the page prints them
                candidates, how = (by_title, "link.note_title") if by_title else \
                    (sorted(candidates, key=lambda c: c.order)[:1], "link.note_order")
            if candidates:
                taken.add(candidates[0].key)
                links.append(Link(first.key, candidates[0].key, how))
    return links


def _by_title(first: StoryPart, candidates: list[StoryPart]) -> list[StoryPart]:
    """The candidate whose title repeats the first part's headline (most shared character pairs, at least half)."""
    def pairs(text: str) -> set[str]:
        simple = to_simplified(text)
        return {simple[i:i + 2] for i in range(len(simple) - 1)}

    mine = pairs(first.title)
    scored = sorted(((len(mine & pairs(c.title)), c.order, c) for c in candidates), key=lambda t: (-t[0], t[1]))
    enough = max(2, len(mine) // 2)   # a repeated headline, not two words shared by chance
    if scored[0][0] < enough or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return []
    return [scored[0][2]]
