"""The searchable form of a text: what a search compares, one character for each character kept.

Format characters and variation selectors are taken out (text pasted from a PDF holds them inside words: run 32
A19, run 33 A15); Latin letters are compared without case and full-width forms as their ASCII ones, as a Chinese
input method in full-width mode types them (run 34 A39: `gdp` and `２０２５年` found nothing where `GDP` and `2025年`
found several).
"""
from __future__ import annotations

import re
import unicodedata


def invisible(c: str) -> bool:
    """A format character or a variation selector (U+FE0F, U+E0100 pasted from a PDF, U+034F)."""
    return unicodedata.category(c) == "Cf" or "\ufe00" <= c <= "\ufe0f" or "\U000e0100" <= c <= "\U000e01ef" \
        or c == "\u034f"


# every invisible character (they lie in planes 0, 1 and 14), to take them out of a text at C speed
INVISIBLE = re.compile("[" + "".join(re.escape(chr(c)) for c in (*range(0x20000), *range(0xE0000, 0xE0200))
                                     if invisible(chr(c))) + "]")
FOLD = str.maketrans({**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
                      **{chr(c): chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)}, "\u3000": " "})


def seen(text: str) -> str:
    """Text without its invisible characters."""
    return INVISIBLE.sub("", text)


def visible(shown: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Shown text without its invisible characters, and the source offsets of those kept."""
    if not INVISIBLE.search(shown):
        return shown, offsets
    kept = [i for i, c in enumerate(shown) if not invisible(c)]
    return "".join(shown[i] for i in kept), [offsets[i] for i in kept]


def folded(text: str) -> str:
    """Latin letters in lower case, full-width forms as ASCII: as long as the text, character for character."""
    return text.translate(FOLD)
