"""Which line of a page's new version each line of its old version became: a patience alignment.

Lines found once in each version and in the same order anchor the alignment; between two anchors, lines with
the same key are paired in page order. A line repeated on a page (a subhead such as 报告摘要 printed in two
stories) is thus paired with its own place, never with the first one of its kind (run 34 A34, A35). Time is
O(n log n) in the lines of the page.
"""
from __future__ import annotations

import bisect
from collections import Counter, defaultdict, deque
from collections.abc import Sequence


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs (old, new), taken in old order, whose new positions increase."""
    tails: list[int] = []        # the smallest new position ending a run of each length
    ends: list[int] = []         # the index in `pairs` of that pair
    back = [-1] * len(pairs)
    for i, (_, new) in enumerate(pairs):
        k = bisect.bisect_left(tails, new)
        if k == len(tails):
            tails.append(new)
            ends.append(i)
        else:
            tails[k], ends[k] = new, i
        back[i] = ends[k - 1] if k else -1
    out: list[tuple[int, int]] = []
    i = ends[-1] if ends else -1
    while i >= 0:
        out.append(pairs[i])
        i = back[i]
    return out[::-1]


def _in_order(old: Sequence[str], new: Sequence[str], o: range, n: range, paired: dict[int, int]) -> None:
    """Pair the lines of old[o] with the lines of new[n] holding the same key, in page order."""
    waiting: dict[str, deque[int]] = defaultdict(deque)
    for j in n:
        waiting[new[j]].append(j)
    cursor = n.start - 1
    for i in o:
        queue = waiting.get(old[i])
        while queue and queue[0] <= cursor:
            queue.popleft()
        if queue:
            cursor = paired[i] = queue.popleft()


def align(old: Sequence[str], new: Sequence[str]) -> dict[int, int]:
    """For each line (by index) of `old` found again in `new`, its index there; both in page order."""
    once_old = {k for k, c in Counter(old).items() if c == 1}
    once_new = {k for k, c in Counter(new).items() if c == 1}
    where_new = {k: j for j, k in enumerate(new) if k in once_new}
    anchors = _increasing([(i, where_new[k]) for i, k in enumerate(old) if k in once_old and k in where_new])
    paired: dict[int, int] = {}
    previous = (-1, -1)
    for i, j in [*anchors, (len(old), len(new))]:
        _in_order(old, new, range(previous[0] + 1, i), range(previous[1] + 1, j), paired)
        if i < len(old):
            paired[i] = j
        previous = (i, j)
    return paired
