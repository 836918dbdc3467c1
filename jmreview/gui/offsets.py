"""Code points ↔ UTF-16 units: the core counts code points, Qt counts UTF-16 units.

A character outside the Basic Multilingual Plane (𠮷) is one code point and two UTF-16
units, so every position crossing the Qt boundary goes through this table.
"""
from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Converts positions in one text between code points and UTF-16 units."""

    def __init__(self, text: str) -> None:
        self.wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]  # code-point indexes of astral chars
        self.length = len(text)

    def to_qt(self, pos: int) -> int:
        """UTF-16 position of code-point position pos."""
        return pos + bisect_right(self.wide, pos - 1)

    def from_qt(self, pos: int) -> int:
        """Code-point position of UTF-16 position pos (inside a surrogate pair: the pair's start)."""
        lo, hi = 0, self.length
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo
