"""What an editor's name may be: the one rule every path that records a name checks (the team commands, `--editor`,
the window's remembered name)."""
from __future__ import annotations

import unicodedata

from jmreview.analysis.script import to_simplified
from jmreview.errors import Coded

MAX_NAME = 100
INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u2800\u3164\uffa0\U00016fe4"
                      + "".join(map(chr, [*range(0xFE00, 0xFE10), *range(0xE0000, 0xE1000)])))   # blank or ignorable
# letters NFKC keeps: the default-ignorable ones (variation selectors, the supplement too: run 22 B22), fillers
BAD_NAME = ("{name} is not an editor's name (1 to 100 characters, no line break nor other control or invisible "
            "character); nothing was changed")


def bad_name(name: str) -> Coded | None:
    """Why a name cannot be an editor's (None: it can): none, too long, or hiding what it says (a control character,
    a right-to-left override, a zero-width mark)."""
    if name.strip() and len(name) <= MAX_NAME and not any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cn")
                                                          or ch in INVISIBLE for ch in name):
        return None
    return Coded(BAD_NAME, name=f"“{visible(name[:40])}{'…' if len(name) > 40 else ''}”")


def visible(name: str) -> str:
    """A name with its invisible and control characters as escapes (\\u034f), so a message shows why it is no name
    (run 28 B36: 张͏三 refused, the mark shown raw: it read as if 张三 were refused)."""
    return "".join(f"\\u{ord(ch):04x}" if ch in INVISIBLE or ch == "\u034f" or (ch.isspace() and ch != " ")
                   or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cn") else ch for ch in name)


# The dot between the parts of a transliterated name as input methods and fonts write it (NFKC makes ･ ・ and ． .;
# ꞏ is the letter made for it), or a hyphen, =, _ or 。 for it, or none at all: one person (run 25 B6; run 26 B3, B24)
DOTS = str.maketrans(dict.fromkeys("\u00b7\u0387\u2022\u2027\u2219\u22c5\u30fb\u2e31\u16eb\u318d\ua78f.-\u2010\u2011"
                                   "=_\u3002", None))


# Variant forms of name characters that NFKC and Traditional-to-Simplified both keep: the "ladder" 髙 of many names,
# Japanese input methods' forms (呉 戸 﨑 沢 浜 広 竜 斎 徳 黒 栄 恵 桜 亜), and radicals that look like the character
# (⺩ ⻑ ⻄ ⻩ ⻢): one person however the name was typed (run 25 B34: 高明 and 髙明 two reviewers of one page)
VARIANTS = str.maketrans("髙呉戸﨑𠮷靑濵邉斎沢浜広竜徳黒栄恵桜亜圀⺩⺠⻑⻄⻘⻩⻢⻤⻝",
                         "高吴户崎吉青滨边斋泽滨广龙德黑荣惠樱亚国王民长西青黄马鬼食")


def one_form(name: str) -> str:
    """An editor's name as it is kept and compared: one person, one name (é typed two ways, Ａ and A, a space after)."""
    return unicodedata.normalize("NFKC", name).strip()


def reviewer_form(name: str | None) -> str | None:
    """An article's reviewer as a corpus file gives it, kept as `--editor` keeps a name: ＺＨＡＮＧ is ZHANG (run 27
    B41: restored full width, a form the team section and the command line never keep)."""
    return one_form(name) if name else name


OWN_SURNAMES = frozenset("於乾")   # surnames of their own that Traditional-to-Simplified would fold into 于, 干


def person(name: str) -> str:
    """Who a name stands for, however it is written (Ａ or a, Wang or wang, spaces anywhere, a no-break space, in
    Traditional or Simplified characters): two names of one person are never two reviewers of a page, nor a reviewer
    and her page's curator."""
    kept = "".join(ch for ch in one_form(name) if ch not in INVISIBLE and not ch.isspace())   # 王 明, 王  明, 王明
    kept = kept.translate(DOTS)   # 买买提·艾力 typed with another dot (・ • ‧ .), a hyphen or none (run 24 B10, r25 B6)
    own = kept[:1] if kept[:1] in OWN_SURNAMES else ""   # 於明 and 于明 are two people (run 29 B32)
    return own + to_simplified(kept[len(own):]).translate(VARIANTS).casefold()   # 王編輯 is 王编辑, 髙 is 高


def pair_text(names: list[str]) -> str:
    """Reviewers as a line shows them, "A / B": a name holding a slash in quotes (('A / B', 'C') and ('A', 'B / C')
    never read alike)."""
    return " / ".join(f"“{n}”" if "/" in n else n or "(no name)" for n in names)   # (run 29 B54: a blank shown blank)
