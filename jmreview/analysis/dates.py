"""Date expressions of an article resolved against its issue date: `昨日` → the day before the issue.

`resolve(text, issue)` reads one expression (Simplified or Traditional, Arabic or Chinese
numerals) and gives an ISO date with the rule it used, or no date and the reason it is left
unresolved. A day is never guessed: a month and day without a year take the year that puts
them nearest the issue (so `12月30日` in a January issue is last year's) and are left
unresolved when even the nearest is months away; a bare `X日` is this month's or last
month's only when that lies within a few weeks; `周三` without 上/本/下 is left unresolved.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from jmreview.analysis.script import to_simplified

DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
RELATIVE_DAYS = {"大前天": -3, "前天": -2, "前日": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "当天": 0,
                 "当日": 0, "明天": 1, "明日": 1, "后天": 2}
NUM = r"[0-9０-９〇零○一二两三四五六七八九十]{1,4}"
FULL = re.compile(rf"^({NUM})年({NUM})月({NUM})[日号]$")
MONTH_DAY = re.compile(rf"^(本月|上月|下月|上个月|下个月)?({NUM})[日号]$|^({NUM})月({NUM})[日号]$")
WEEK = re.compile(r"^(上|本|这|下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天末])$")
NEAREST_LIMIT = 150     # a month-day further than this from the issue in every year is left unresolved
BARE_DAY_BEFORE = 25    # a bare X日 may lie this many days before the issue…
BARE_DAY_AFTER = 10     # …or this many after it


@dataclass(frozen=True)
class Resolved:
    """What an expression became: an ISO date and the rule, or None and why it was left."""

    iso: str | None
    rule: str            # a code: "relative_day", "week", "full", "month_day_nearest", … or "unresolved.<why>"


def number(text: str) -> int | None:
    """An Arabic or Chinese numeral (二〇二四, 二十一, 廿) as an int; None when it is not one."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isascii() and text.isdigit():   # '①'.isdigit() is true, and int() refuses it
        return int(text) if len(text) <= 6 else None
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = DIGITS.get(tens, -1) if tens else 1
        o = DIGITS.get(ones, -1) if ones else 0
        return t * 10 + o if t >= 0 and o >= 0 and len(ones) <= 1 and len(tens) <= 1 else None
    if text and all(c in DIGITS for c in text):
        return int("".join(str(DIGITS[c]) for c in text))
    return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_shift(issue: date, months: int, day: int) -> date | None:
    index = issue.year * 12 + issue.month - 1 + months
    return _day(index // 12, index % 12 + 1, day)


def resolve(expression: str, issue: date | None) -> Resolved:
    """Resolve one date expression against the issue date."""
    text = to_simplified(expression).strip().replace(" ", "")
    full = FULL.match(text)
    if full:
        y, m, d = (number(g) for g in full.groups())
        if y is not None and y < 100:
            y += 2000
        found = _day(y, m, d) if y and m and d else None
        return Resolved(found.isoformat(), "full") if found else Resolved(None, "unresolved.no_such_day")
    if issue is None:
        return Resolved(None, "unresolved.no_issue_date")
    try:
        return _relative(text, issue)
    except OverflowError:   # an issue dated at the ends of the calendar (9999-12-31): 明天 is no day
        return Resolved(None, "unresolved.out_of_range")


def _relative(text: str, issue: date) -> Resolved:
    """The expressions that count from the issue date."""
    if text in RELATIVE_DAYS:
        return Resolved((issue + timedelta(days=RELATIVE_DAYS[text])).isoformat(), "relative_day")
    week = WEEK.match(text)
    if week:
        which, day_name = week.groups()
        if which is None:
            return Resolved(None, "unresolved.which_week")
        monday = issue - timedelta(days=issue.weekday())
        shift = {"上": -7, "本": 0, "这": 0, "下": 7}[which]
        return Resolved((monday + timedelta(days=shift + WEEKDAYS[day_name])).isoformat(), "week")
    md = MONTH_DAY.match(text)
    if not md:
        return Resolved(None, "unresolved.not_a_date")
    which, bare_day, month_text, day_text = md.groups()
    if month_text is not None:
        return _nearest_year(issue, number(month_text), number(day_text))
    d = number(bare_day)
    if d is None:
        return Resolved(None, "unresolved.not_a_date")
    if which:
        shift = -1 if which.startswith("上") else 1 if which.startswith("下") else 0
        found = _month_shift(issue, shift, d)
        return Resolved(found.isoformat(), "month_relative") if found else Resolved(None, "unresolved.no_such_day")
    return _bare_day(issue, d)


def _nearest_year(issue: date, month: int | None, day: int | None) -> Resolved:
    """X月X日: the year that puts it nearest the issue; unresolved when that is still months away."""
    if not month or not day:
        return Resolved(None, "unresolved.not_a_date")
    candidates = [c for c in (_day(issue.year + k, month, day) for k in (-1, 0, 1)) if c is not None]
    if not candidates:
        return Resolved(None, "unresolved.no_such_day")
    best = min(candidates, key=lambda c: abs((c - issue).days))
    if abs((best - issue).days) > NEAREST_LIMIT:
        return Resolved(None, "unresolved.far_from_issue")
    return Resolved(best.isoformat(), "month_day" if best.year == issue.year else "month_day_other_year")


def _bare_day(issue: date, day: int) -> Resolved:
    """X日 alone: this month's or last month's day, only when it lies a few weeks around the issue."""
    found = [c for c in (_month_shift(issue, k, day) for k in (-1, 0, 1)) if c is not None
             and -BARE_DAY_BEFORE <= (c - issue).days <= BARE_DAY_AFTER]
    if len(found) != 1:
        return Resolved(None, "unresolved.which_month" if found else "unresolved.far_from_issue")
    return Resolved(found[0].isoformat(), "day_of_month")


TYPED = re.compile(rf"^({NUM})\s*[-/.年]\s*({NUM})\s*[-/.月]\s*({NUM})\s*[日号]?$")


def typed_date(text: str) -> str | None:
    """A date as an editor types it — 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, ２０２４年一月五日 — in ISO form;
    None when it is no day of the calendar (2024-02-30) or not a date at all (run 27 B13: the window showed Python's
    "Invalid isoformat string")."""
    found = TYPED.match(to_simplified(text.strip()))
    parts = [number(g) for g in found.groups()] if found else []
    if len(parts) != 3 or None in parts or not 1000 <= (parts[0] or 0) <= 9999:
        return None
    day = _day(*parts)  # type: ignore[arg-type]
    return day.isoformat() if day else None

