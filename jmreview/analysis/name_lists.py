"""A list of names as an editor types it in one field, and back (run 62 A17: "Wang Fang" typed as a reporter was
kept as two reporters, "Wang" and "Fang")."""
from __future__ import annotations

import re

# a list's separators: 、 ， , ; ； and white space — but not a space between two Latin letters (a name's own)
SEPARATORS = re.compile(r"[、，,;；]+\s*|(?<![A-Za-z.\-'])\s+|\s+(?![A-Za-z])")


def split_names(text: str) -> list[str]:
    """The names typed in a field: `林立竣 赵可义` two, `Wang Fang` one, `Wang Fang、李明` two."""
    return [n.strip() for n in SEPARATORS.split(text) if n and n.strip()]


def join_names(names: list[str]) -> str:
    """Names as a field shows them: a space between them, or `、` when a name holds a space itself."""
    return ("、" if any(re.search(r"\s", n) for n in names) else " ").join(names)
