"""Per-block cues read from one line's Simplified text: marks, bylines, notes, captions.

Each function looks at a single block; how blocks combine into articles is in segment.py.
All patterns run on the Simplified display text (pinyin artifacts removed), so one rule
serves Traditional and Simplified pages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from jmreview.analysis.blocks import Block

HEADING_MARK = re.compile(r"^(#{1,6})\s*")
BOLD = re.compile(r"^\*\*(.+?)\*\*$")
TAIL = 120  # end-anchored patterns look at a line's last characters only (never quadratic on long lines)
SENTENCE_END = "。！？!?…；;"
CLOSERS = "”’」』）)》〉】"
NAME = r"[\u4e00-\u9fff·]{2,4}"
NAMES = rf"{NAME}(?:[\s、，,]+{NAME})*"
DATELINE = re.compile(r"^.{0,4}?(江门日报讯|本报讯|江门日报记者\s*\S+\s*报道)|^(新华社|中新社|人民日报)\S{0,16}电"
                      r"|^[【\[][^\s，。,！？】\]]{1,20}?(讯|电|消息)[】\]]"
                      r"|^[^\s，。,！？]{0,12}?[网社报台都][^\s，。,！？]{0,12}?(讯|电|消息)(\s|(?=[（(]))")
NOTE_FROM = re.compile(r"^[（(【]?\s*(上接|紧接|接上|续接|承接)\s*(第?\s*[A-Za-z]?\d{1,3}\s*版|上版|前版)")
NOTE_TO = re.compile(r"^[（(【]?\s*(下转|转下|转第|下接)\s*(第?\s*[A-Za-z]?\d{1,3}\s*版)|"
                     r"^[（(【]?\s*(相关(新闻|报道|阅读|链接)|详见|更多报道)[^。]{0,12}见?\s*[A-Za-z]?\d{0,3}\s*版?")
START_BYLINE = re.compile(r"^(□|■)\s*\S|^([^\s，。,]{0,10}?(日报|晚报|报社|报|网|社|电视台|台))?"
                          r"(全媒体|融媒体|特约|首席|实习)?(记者|通讯员|评论员|小记者)(\s+|$|/|(?=[\u4e00-\u9fff·]{2,4}(通讯员|$)))"
                          r"|^(文|图|文/图|图/文|文图|图文|摄影|统筹|撰文)\s*[/:：]\s*\S")
NUMBERED = re.compile(r"^([一二三四五六七八九十]{1,3}|\d{1,2})[\s　]+\S|^[（(][一二三四五六七八九十\d]{1,3}[)）]$")
CAPTION_CREDIT = re.compile(rf"({NAME}\s*摄|供图|图片由\S{{1,20}}提供|资料图片?|图/\S+|摄影[:：/]\S+)[)）]?$"
                            r"|[（(][^()（）]{1,20}(图片|供图|摄)[)）]$")
CAPTION_START = re.compile(r"^(图为|图[:：/]|左图|右图|上图|下图|图一|图二)")
CONTACT = re.compile(r"(电话|热线|地址|网址|微信|邮箱|二维码|扫码|咨询|报名)[:：\s]*[\d(（]")
NOISE = re.compile(r"^[\W_]+$")
FURNITURE = re.compile(r"^(责任编辑|美术编辑|版式设计|版式|校对|值班编委|责编|美编|组版|审读)\s*[:：/]")
PAREN_GROUP = re.compile(r"[（(]([^()（）]{1,40})[)）]")


@dataclass
class Cue:
    """What one block looks like on its own."""

    plain: str          # text without markdown marks, stripped
    level: int          # 1 for '#', 2 for '##', 3+ for '###', 7 for '**…**', 0 unmarked
    heading: bool       # could be a headline or subhead: short, no sentence end
    numbered: bool      # numbered section heading: '一 …', '1 …', '(二)'
    dateline: bool      # 江门日报讯（记者/…）
    note_from: bool     # 上接/紧接 A01 版: continues an article from another page
    note_to: bool       # 下转 …版, 相关新闻见…: points elsewhere
    start_byline: bool  # □江门日报记者 X, 江门日报记者 X
    end_byline: bool    # (X Y), (文图 X), (X供稿) on a line of its own
    caption: bool       # photo credit or 图为…
    speaker: bool       # '市委统战部常务副部长庄春维:' — a roundup piece's kicker
    contact: bool       # phone, address, QR code: advertisement furniture
    noise: bool         # punctuation only
    hard_break: bool    # markdown line ending with two spaces: a deliberate break
    length: int


def strip_marks(text: str) -> tuple[str, int]:
    """Text without markdown heading/bold marks, and the heading level they gave."""
    text = text.strip()
    level = 0
    match = HEADING_MARK.match(text)
    if match:
        level = len(match.group(1))
        text = text[match.end():].strip()
    bold = BOLD.match(text)
    if bold:
        text = bold.group(1).strip()
        level = level or 7
    return text, level


def is_names(text: str) -> bool:
    """True when text is only personal names separated by spaces (a byline)."""
    return bool(re.fullmatch(NAMES, text.strip()))


def byline_group(content: str) -> bool:
    """True when a parenthesised group reads as a byline: names, 文图 names, X供稿."""
    content = content.strip()
    if re.fullmatch(rf"(文/?图|图/?文|记者/?|通讯员/?)\s*{NAMES}", content):
        return True
    if re.fullmatch(rf"(\S{{0,16}}?(记者|通讯员|编辑|责编|摄影|实习生)\s*/?\s*{NAMES}\s*)+", content):
        return True  # '台记者甲 编辑乙'
    if re.fullmatch(r"\S{2,30}(供稿|供图|提供)", content):
        return True
    return is_names(content)


def is_end_byline(plain: str) -> bool:
    """A line made only of parenthesised byline groups: '(胡晴晴) (江门市宣传部供稿)'."""
    rest = PAREN_GROUP.sub("", plain).strip()
    groups = PAREN_GROUP.findall(plain)
    return not rest and bool(groups) and all(byline_group(g) for g in groups)


def trailing_byline(plain: str) -> str | None:
    """The byline group closing a body paragraph ('…贡献。 (唐达)'), if any."""
    match = re.search(r"[。！？!?”\s][ 　]*[（(]([^()（）]{2,40})[)）]$", plain.rstrip()[-TAIL:])
    if match and byline_group(match.group(1)):
        return match.group(1)
    return None


def is_heading_text(plain: str, level: int) -> bool:
    """Short and unpunctuated enough to be a headline or a section heading."""
    if not plain or plain[-1] in SENTENCE_END + "，,、：:":
        return False
    if level:
        return plain.count("。") <= 1 and len(plain) <= 90
    if "。" in plain or len(plain) > 48:
        return False
    return plain.count("，") + plain.count(",") == 0


def read_cue(block: Block) -> Cue:
    """Classify one block from its own text."""
    raw = block.simplified
    plain, level = strip_marks(raw)
    plain = re.sub(r"^[◆●■▲•·]\s*", "", plain) if not plain.startswith(("□", "■")) else plain
    length = len(plain)
    dateline = bool(DATELINE.match(plain))
    note_from = bool(NOTE_FROM.match(plain)) and length <= 20
    note_to = bool(NOTE_TO.match(plain)) and length <= 30
    start_byline = bool(START_BYLINE.match(plain)) and length <= (80 if "/" in plain[:6] else 40) \
        and not dateline and "。" not in plain
    end_byline = is_end_byline(plain)
    numbered = bool(NUMBERED.match(plain)) and length <= 90 and not raw.strip().startswith(("◆", "●"))
    credit = bool(CAPTION_CREDIT.search(plain.rstrip()[-TAIL:]))
    caption = (credit or bool(CAPTION_START.match(plain))) and length <= 200
    speaker = bool(re.fullmatch(r"[^。，,；;]{4,40}[:：]", plain))
    return Cue(
        plain=plain,
        level=level,
        heading=is_heading_text(plain, level) and not (dateline or note_from or note_to or end_byline),
        numbered=numbered,
        dateline=dateline,
        note_from=note_from,
        note_to=note_to,
        start_byline=start_byline and not end_byline,
        end_byline=end_byline,
        caption=caption and not end_byline,
        speaker=speaker,
        contact=bool(CONTACT.search(plain)),
        noise=bool(NOISE.match(plain)) or bool(FURNITURE.match(plain)),
        hard_break=block.source.endswith("  "),
        length=length,
    )
