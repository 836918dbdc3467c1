"""Whether a file's article was last changed on another copy of this database than its change here (run 30 A33).

Two copies of one database count their changes alike: the same article changed once in each is version 2 in both.
Each export says when an edit last changed an article (``changed_at``), so an apply tells a colleague's copy's change
from its own: the same count made at another moment, or fewer here but made after the file's last one.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any


def stamp(value: Any) -> datetime | None:
    """A stored or exported moment as an aware UTC time (a server keeps it without its offset: UTC)."""
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None
    if moment is None:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def shown(value: Any) -> str:
    """A moment as the editor's local time, to the second."""
    moment = stamp(value)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else "?"


def same_moment(one: Any, other: Any, lenient: bool = False) -> bool:
    """True for one moment written twice; lenient (a workbook's: a spreadsheet's date cell drops the microseconds, run
    32 A37), to the second when one of them lost them — never for a JSON file (run 33 A6)."""
    a, b = stamp(one), stamp(other)
    if a is None or b is None:
        return False
    return a == b or (lenient and 0 in (a.microsecond, b.microsecond)
                      and a.replace(microsecond=0) == b.replace(microsecond=0))


def apart(here: int, here_at: Any, theirs: int, theirs_at: Any, lenient: bool = False) -> bool:
    """True when the article here (version, when last changed) and the file's were changed on two copies apart."""
    mine, other = stamp(here_at), stamp(theirs_at)
    if mine is None or other is None or same_moment(mine, other, lenient) or here <= 1:
        return False
    return here == theirs or here < theirs and mine > other


def replaces(here: int, here_at: Any, theirs_at: Any) -> bool:
    """True when applying the file's article replaces a change made here that the file does not show it knew of:
    said, never silent (run 32 A1, A50, B11: a copy changed more times, later, or a file of an older jmreview)."""
    return here > 1 and not same_moment(here_at, theirs_at)
