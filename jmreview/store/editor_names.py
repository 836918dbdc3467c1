"""What an editor's name may be: the one rule every path that records a name checks (the team commands, `--editor`,
the window's remembered name)."""
from __future__ import annotations

import unicodedata

from jmreview.errors import Coded

MAX_NAME = 100
BAD_NAME = ("{name} is not an editor's name (1 to 100 characters, no line break nor other control or invisible "
            "character); nothing was changed")


def bad_name(name: str) -> Coded | None:
    """Why a name cannot be an editor's (None: it can): none, too long, or hiding what it says (a control character,
    a right-to-left override, a zero-width mark)."""
    if name.strip() and len(name) <= MAX_NAME and not any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
                                                          for ch in name):
        return None
    return Coded(BAD_NAME, name=repr(name[:40] + ("…" if len(name) > 40 else "")))


def one_form(name: str) -> str:
    """An editor's name as it is kept and compared: one person, one name (é typed two ways, Ａ and A, a space after)."""
    return unicodedata.normalize("NFKC", name).strip()
