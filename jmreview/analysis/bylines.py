"""Read names out of datelines, bylines and photo credits (annotation guide, section 4).

Parsing runs on the Simplified text; each name is cut from the display text at the same
position, so names keep the script of the source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from jmreview.analysis.lexicon import SURNAMES

FIELDS = ("reporters", "correspondents", "photographers", "sources")
SEP = r"\s/、，,;；:：()（）□■●"
KEYWORD = r"江门日报讯|本报记者|特约记者|小记者|记者|实习生|通讯员|评论员|摄影|责任编辑|编辑|责编|校对|美编|报道"
SEGMENT = re.compile(
    r"(?P<mark>(?:文\s*/\s*图|图\s*/\s*文|文图|图文)(?=[\s/:：])|(?:文|图|统筹|编辑|责编|校对|美编|设计|制图|摄影)"
    r"(?=\s*[/:：]))\s*[/:：]?"
    rf"|(?P<kw>{KEYWORD})"
    rf"|(?P<tok>[^{SEP}]+?)(?={KEYWORD}|[{SEP}]|$)")
NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
TAIL = 120  # credits sit at the end of a line: patterns anchored there look at this many characters
PRESS = re.compile(r"(日报|晚报|早报|时报|报社|报|网|社|台|全媒体|融媒体|新闻中心|青苹果)$")
NOT_NAMES = {"江门", "日报", "记者", "通讯员", "供稿", "报道", "摄影", "文图", "图文", "除署名外", "署名", "除注明外",
             "摄影报道", "联合报道", "综合报道"}
DOUBLE_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "司徒", "慕容", "公孙"}
MARKS = {"文图": ("reporters", True), "图文": ("reporters", True), "文": ("reporters", False),
         "图": ("photographers", False), "摄影": ("photographers", False)}


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


def glued_names(token: str) -> list[tuple[int, int]]:
    """Spans of the names in a token: one name, or several printed without spaces ('张三李四五')."""
    if NAME.fullmatch(token):
        if len(token) == 4 and token[0] in SURNAMES and token[2] in SURNAMES and token[:2] not in DOUBLE_SURNAMES:
            return [(0, 2), (2, 4)]
        return [(0, len(token))]
    if not re.fullmatch(r"[\u4e00-\u9fff]{5,9}", token):
        return []
    for sizes in ((3, 3, 3), (3, 3), (2, 3), (3, 2), (2, 2, 2), (3, 2, 3), (2, 3, 3), (3, 3, 2)):
        if sum(sizes) == len(token):
            cuts = [sum(sizes[:k]) for k in range(len(sizes))]
            if all(token[c] in SURNAMES for c in cuts):
                return [(c, c + n) for c, n in zip(cuts, sizes)]
    return []


def parse_credit(simplified: str, display: str, default: str = "reporters") -> Credits:
    """Names in a credit string: '文/图 记者/胡晴晴 何榕 通讯员/周斯佳', '南方日报记者甲通讯员乙', '图/…记者 丙'."""
    credits = Credits()
    mode: str | None = default
    with_photo = locked = False
    for match in SEGMENT.finditer(simplified):
        if match.group("mark"):
            mark = re.sub(r"[\s/]", "", match.group("mark"))
            mode, with_photo = MARKS.get(mark, (None, False))  # 统筹/编辑/…: not the story's authors
            locked = True  # 文/ and 图/ say the role; a 记者 after them does not change it
            continue
        word = match.group("kw")
        if word:
            if word == "报道":
                continue
            if word in ("责任编辑", "编辑", "责编", "校对", "美编"):
                mode, with_photo, locked = None, False, False  # the page's editors, not the story's authors
            elif word == "通讯员":
                mode, with_photo, locked = "correspondents", False, False
            elif word == "摄影":
                mode, locked = "photographers", True
            elif not locked:
                mode = "reporters"
            continue
        token = match.group("tok")
        orig = display[match.start():match.end()]
        if token.endswith(("供稿", "供图")) and len(token) > 2:
            credits.add("sources", orig[:-2])
        elif token.endswith("摄") and NAME.fullmatch(token[:-1]):
            credits.add("photographers", orig[:-1])
        elif mode and token not in NOT_NAMES and not PRESS.search(token):
            for start, end in glued_names(token):
                credits.add(mode, orig[start:end])
                if with_photo and mode == "reporters":
                    credits.add("photographers", orig[start:end])
    if re.search(r"(摄影报道|摄)$", simplified.rstrip()):  # '（记者甲 乙 摄影报道）': every reporter took photos too
        for name in credits.names["reporters"]:
            credits.add("photographers", name)
    return credits


def dateline_credit(simplified: str, display: str) -> Credits:
    """Names in the parentheses of a '江门日报讯（记者/…）' dateline."""
    match = re.search(r"(讯|电|消息)[】\]]?\s*[（(]([^()（）]{1,80})[)）]", simplified)
    if match:
        return parse_credit(match.group(2), display[match.start(2):match.end(2)])
    bare = re.match(r"^\S{0,24}?(讯|电|消息)[】\]]?\s+((?:(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}\s*)+)", simplified)
    if bare:  # '南都讯 记者甲 通讯员乙 12月20日,…'
        return parse_credit(bare.group(2), display[bare.start(2):bare.end(2)])
    return Credits()


def paren_credits(simplified: str, display: str) -> Credits:
    """Names in every parenthesised byline group of a line: '(胡晴晴) (江门市宣传部供稿)'."""
    credits = Credits()
    for match in re.finditer(r"[（(]([^()（）]{1,60})[)）]", simplified):
        credits.merge(parse_credit(match.group(1), display[match.start(1):match.end(1)]))
    return credits


def caption_credit(simplified: str, display: str) -> Credits:
    """The photographer of a caption ending 'X 摄'."""
    credits = Credits()
    end = len(simplified.rstrip())
    start = max(0, end - TAIL)  # an end-anchored pattern tried at every position of a long line is quadratic
    match = re.search(r"([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*)\s*摄[)）]?$", simplified[start:end])
    if match:
        seg = match.group(1)
        # the sentence before the credit often runs straight into the name
        names = seg.split()
        if len(names) == 1 and len(names[0]) > 3:
            return credits
        offset = start + match.start(1)
        for part in re.finditer(r"\S+", seg):
            credits.add("photographers", display[offset + part.start():offset + part.end()])
    return credits
