"""Where an organisation's name ends: never inside the title of the person after it.

``广东省体育局副局长`` holds the body ``广东省体育局`` and the title ``副局长``; the suffix patterns,
which end a name at ``局``, ``部``, ``委`` or ``院``, would stop inside the title (``…体育局副局``,
``…联络部部``, ``全国政协委`` of ``委员``, ``…侨联常委``). A name is cut before a title that starts
inside it and runs to its end or beyond.
"""
from __future__ import annotations

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
