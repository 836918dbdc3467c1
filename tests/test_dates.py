"""Issue 14: date expressions resolved against the issue date — every one right, or left unresolved, never wrong."""
from __future__ import annotations

from datetime import date

import pytest

from jmreview.analysis.dates import number, resolve

D = date.fromisoformat
TABLE = [  # expression, issue date, expected ISO date (None: must be left unresolved)
    ("昨日", "2024-08-21", "2024-08-20"),
    ("昨天", "2024-03-01", "2024-02-29"),          # leap day
    ("昨天", "2023-03-01", "2023-02-28"),
    ("昨日", "2024-01-01", "2023-12-31"),          # year rollover
    ("今日", "2024-08-21", "2024-08-21"),
    ("今天", "2024-02-29", "2024-02-29"),
    ("前天", "2024-01-02", "2023-12-31"),
    ("明天", "2024-12-31", "2025-01-01"),
    ("明日", "2024-02-28", "2024-02-29"),
    ("後天", "2023-02-27", "2023-03-01"),          # Traditional
    ("大前天", "2024-08-21", "2024-08-18"),
    ("8月21日", "2024-08-22", "2024-08-21"),
    ("12月30日", "2024-01-03", "2023-12-30"),       # January issue, last year's December
    ("12月31日", "2025-01-01", "2024-12-31"),
    ("1月2日", "2024-12-28", "2025-01-02"),          # an announcement of next week, across the year
    ("2月29日", "2024-03-05", "2024-02-29"),
    ("2月29日", "2023-03-05", None),                # no such day near the issue
    ("2月30日", "2024-02-20", None),
    ("6月1日", "2024-12-20", None),                 # half a year away either way
    ("八月二十一日", "2024-08-25", "2024-08-21"),    # Chinese numerals
    ("十二月三十一日", "2024-01-05", "2023-12-31"),
    ("2024年8月21日", "2024-09-01", "2024-08-21"),
    ("二〇二四年八月二十一日", "2024-09-01", "2024-08-21"),
    ("2023年2月29日", "2024-09-01", None),
    ("２０２４年８月２１日", "2024-08-22", "2024-08-21"),  # full-width digits
    ("2024年8月21號", "2024-08-22", "2024-08-21"),
    ("本月5日", "2024-08-21", "2024-08-05"),
    ("本月31日", "2024-09-10", None),               # September has 30 days
    ("上月28日", "2024-03-10", "2024-02-28"),
    ("上月30日", "2024-03-10", None),
    ("下月1日", "2024-12-15", "2025-01-01"),
    ("上月31日", "2024-01-05", "2023-12-31"),
    ("15日", "2024-08-21", "2024-08-15"),
    ("28日", "2024-01-03", "2023-12-28"),           # a bare day in the first days of January
    ("25日", "2024-08-21", "2024-08-25"),           # days ahead: an announcement
    ("5日", "2024-08-21", "2024-08-05"),            # this month: September 5 is further than an announcement
    ("上周三", "2024-08-21", "2024-08-14"),         # the issue is a Wednesday
    ("上周日", "2024-01-03", "2023-12-31"),
    ("本周五", "2024-08-21", "2024-08-23"),
    ("下周一", "2024-12-28", "2024-12-30"),
    ("上星期六", "2024-03-04", "2024-03-02"),
    ("下週二", "2024-08-21", "2024-08-27"),         # Traditional
    ("周三", "2024-08-21", None),                   # which week is not said
    ("星期日", "2024-08-21", None),
    ("两年多", "2024-08-21", None),                 # a duration, no day
    ("近日", "2024-08-21", None),
    ("30日", "2024-03-01", None),                   # February has no 30th, March 30 is a month ahead
    ("10日", "2024-08-03", None),                   # July 10 is 24 days back, August 10 a week ahead: which?
]


@pytest.mark.parametrize(("expression", "issue", "expected"), TABLE)
def test_each_expression_is_right_or_left_unresolved(expression: str, issue: str, expected: str | None) -> None:
    result = resolve(expression, D(issue))
    assert result.iso == expected, (expression, issue, result)
    assert result.rule.startswith("unresolved.") == (expected is None)


def test_the_table_is_large_and_covers_january_and_leap_days() -> None:
    assert len(TABLE) >= 40
    assert sum(1 for _, issue, _ in TABLE if issue[5:7] == "01") >= 5
    assert sum(1 for _, issue, exp in TABLE if "02-29" in issue or "02-29" in (exp or "")) >= 4


def test_without_an_issue_date_only_full_dates_resolve() -> None:
    assert resolve("2024年8月21日", None).iso == "2024-08-21"
    assert resolve("昨日", None).rule == "unresolved.no_issue_date"


@pytest.mark.parametrize(("text", "value"), [("二十一", 21), ("十", 10), ("十五", 15), ("三十", 30), ("二〇二四", 2024),
                                             ("21", 21), ("十二十", None)])
def test_numerals(text: str, value: int | None) -> None:
    assert number(text) == value
