"""Where an organisation's name ends: never inside the title of the person after it; matches tried one by one.

``广东省体育局副局长`` holds the body ``广东省体育局`` and the title ``副局长``; the suffix patterns,
which end a name at ``局``, ``部``, ``委`` or ``院``, would stop inside the title (``…体育局副局``,
``…联络部部``, ``全国政协委`` of ``委员``, ``…侨联常委``). A name is cut before a title that starts
inside it and runs to its end or beyond.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from jmreview.analysis.lexicon import TITLES
from jmreview.analysis.names import OFFICE

NOT_TITLES = {"本名", "记者", "通讯员", "老师", "律师", "医生", "作家", "画家", "漫画家"}


@lru_cache(maxsize=1)
def _titles() -> dict[str, tuple[str, ...]]:
    """Titles a person holds in a body, by first character, longest first."""
    by_first: dict[str, list[str]] = {}
    plain = {t for t in set(TITLES) | set(OFFICE) if t not in NOT_TITLES}
    for title in sorted(plain | {"副" + t for t in plain if not t.startswith("副")}, key=len, reverse=True):
        if len(title) >= 2:
            by_first.setdefault(title[0], []).append(title)
    return {ch: tuple(ts) for ch, ts in by_first.items()}


def before_title(s: str, i: int, end: int) -> int:
    """The end of the organisation s[i:end] without a title that starts in it and reaches its end."""
    titles = _titles()
    for p in range(i + 2, end):
        for title in titles.get(s[p], ()):
            if p + len(title) >= end and s.startswith(title, p):
                return p
    return end


class Attempt:
    """A match the caller takes (``taken = True``) or turns down: then the search goes on from its next character."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match, self.taken = match, False

    def start(self) -> int:
        """Where the match starts."""
        return self.match.start()

    def end(self) -> int:
        """Where the match ends."""
        return self.match.end()

    def group(self, n: int = 0) -> str:
        """The matched text (or one group of it)."""
        return self.match.group(n)


def tried(pattern: re.Pattern[str], s: str) -> Iterator[Attempt]:
    """Like ``finditer``, but a match turned down does not hide a shorter one inside it (江门警方在|市公安局)."""
    pos = 0
    while pos <= len(s):
        found = pattern.search(s, pos)
        if found is None:
            return
        attempt = Attempt(found)
        yield attempt
        pos = found.end() if attempt.taken or found.end() == found.start() else found.start() + 1
