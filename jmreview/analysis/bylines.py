"""Read names out of datelines, bylines and photo credits (annotation guide, section 4).

Parsing runs on the Simplified text; each name is cut from the display text at the same
position, so names keep the script of the source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELDS = ("reporters", "correspondents", "photographers", "sources")
TOKEN = re.compile(r"[^\s/、，,;；:：()（）□■]+")
NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
KEYWORDS = (
    ("江门日报讯", "reporters"), ("江门日报记者", "reporters"), ("本报记者", "reporters"),
    ("特约记者", "reporters"), ("记者", "reporters"), ("实习生", "reporters"),
    ("通讯员", "correspondents"), ("摄影", "photographers"), ("图片", "photographers"),
)
PHOTO_AND_TEXT = ("文图", "图文", "文", "图")
NOT_NAMES = {"江门", "日报", "记者", "通讯员", "供稿", "报道", "摄影", "文图", "图文"}


@dataclass
class Credits:
    """Names by field, in order of first appearance, without repeats."""

    names: dict[str, list[str]] = field(default_factory=lambda: {f: [] for f in FIELDS})

    def add(self, fld: str, name: str) -> None:
        """Record a name in a field once."""
        if name and name not in self.names[fld]:
            self.names[fld].append(name)

    def merge(self, other: Credits) -> None:
        """Add every name of another Credits."""
        for fld in FIELDS:
            for name in other.names[fld]:
                self.add(fld, name)


def parse_credit(simplified: str, display: str, default: str = "reporters") -> Credits:
    """Names in a credit string such as '文/图 记者/胡晴晴 何榕 通讯员/周斯佳'."""
    credits = Credits()
    mode = default
    with_photo = False
    for match in TOKEN.finditer(simplified):
        token = match.group(0)
        orig = display[match.start():match.end()]
        if token in ("文", "图") and match.end() < len(simplified) and simplified[match.end()] == "/":
            with_photo = True
            continue
        if token in PHOTO_AND_TEXT:
            with_photo = True
            continue
        for word, fld in KEYWORDS:
            if token.startswith(word):
                mode = fld
                token, orig = token[len(word):], orig[len(word):]
                if fld != "reporters":
                    with_photo = False
                break
        if not token:
            continue
        if token.endswith(("供稿", "供图")) and len(token) > 2:
            credits.add("sources", orig[:-2])
            continue
        if token.endswith("摄") and NAME.fullmatch(token[:-1]):
            credits.add("photographers", orig[:-1])
            continue
        if token == "摄":
            continue
        if NAME.fullmatch(token) and token not in NOT_NAMES:
            credits.add(mode, orig)
            if with_photo and mode == "reporters":
                credits.add("photographers", orig)
    return credits


def dateline_credit(simplified: str, display: str) -> Credits:
    """Names in the parentheses of a '江门日报讯（记者/…）' dateline."""
    match = re.search(r"(江门日报讯|本报讯|电)\s*[（(]([^()（）]{1,80})[)）]", simplified)
    if not match:
        return Credits()
    return parse_credit(match.group(2), display[match.start(2):match.end(2)])


def paren_credits(simplified: str, display: str) -> Credits:
    """Names in every parenthesised byline group of a line: '(胡晴晴) (江门市宣传部供稿)'."""
    credits = Credits()
    for match in re.finditer(r"[（(]([^()（）]{1,60})[)）]", simplified):
        credits.merge(parse_credit(match.group(1), display[match.start(1):match.end(1)]))
    return credits


def caption_credit(simplified: str, display: str) -> Credits:
    """The photographer of a caption ending 'X 摄'."""
    credits = Credits()
    match = re.search(r"([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*)\s*摄[)）]?\s*$", simplified)
    if match:
        seg = match.group(1)
        # the sentence before the credit often runs straight into the name
        names = seg.split()
        if len(names) == 1 and len(names[0]) > 3:
            return credits
        offset = match.start(1)
        for part in re.finditer(r"\S+", seg):
            credits.add("photographers", display[offset + part.start():offset + part.end()])
    return credits
