"""The alignment of a page's old and new lines (a new version carries people's articles over by it)."""
from __future__ import annotations

import random

from jmreview.analysis.align import align


def test_a_repeated_line_is_paired_with_its_own_place() -> None:
    old = ["标题一", "报告摘要", "正文一", "标题二", "报告摘要", "正文二"]
    new = ["标题一改", "报告摘要", "正文一", "标题二", "报告摘要", "正文二"]
    assert align(old, new) == {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}


def test_lines_added_removed_and_moved() -> None:
    old = ["a", "b", "x", "c", "x", "d"]
    new = ["新", "a", "x", "c", "b", "x", "d"]
    paired = align(old, new)
    assert all(old[i] == new[j] for i, j in paired.items())
    assert paired[0] == 1 and paired[5] == 6 and paired[4] == 5   # the second x stays the second x
    assert sorted(paired.values()) == [new_j for _, new_j in sorted(paired.items())]   # in page order


def test_every_pair_holds_equal_lines_in_page_order() -> None:
    rng = random.Random(7)
    for _ in range(200):
        old = [rng.choice("abcdefg") for _ in range(rng.randint(0, 30))]
        new = [c for c in old if rng.random() > 0.2]
        for _ in range(rng.randint(0, 5)):
            new.insert(rng.randint(0, len(new)), rng.choice("abcxyz"))
        paired = align(old, new)
        assert all(old[i] == new[j] for i, j in paired.items())
        order = [paired[i] for i in sorted(paired)]
        assert order == sorted(order) and len(set(order)) == len(order)


def test_a_page_of_a_hundred_thousand_equal_lines_is_aligned() -> None:
    """The run 33 A36 page: 99,000 lines, most of them alike; the alignment stays near-linear."""
    old = ["同一行"] * 99_000
    new = ["新的一行", *old]
    paired = align(old, new)
    assert len(paired) == 99_000 and paired[0] == 1 and paired[98_999] == 99_000
