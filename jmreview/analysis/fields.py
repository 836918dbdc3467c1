"""An article's fields from its blocks: title, kicker, subtitle, category, credits, date."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from jmreview.analysis.blocks import Block
from jmreview.analysis.bylines import Credits, caption_credit, dateline_credit, paren_credits, parse_credit
from jmreview.analysis.cues import Cue, is_names, strip_marks, trailing_byline

DOCUMENT = re.compile(r"(决议|公报|决定|条例|办法|规定|通告|公告|全文|报告|纲要|实施意见|倡议书)$")
COMMENTARY = re.compile(r"(评论|社论|短评|时评|论坛|观察|评论员|快评|编者按)")
FULL_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


@dataclass
class ArticleFields:
    """What the export and the Article panel show for one article."""

    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    category: str = "news"
    credits: Credits = field(default_factory=Credits)
    date: str | None = None


def display_plain(block: Block) -> str:
    """A block's display text without markdown marks."""
    return strip_marks(block.display)[0]


def first_sentence(text: str) -> str:
    """Text up to its first full stop (the title of an article without a headline)."""
    head = re.split(r"[。！？!?]", text, maxsplit=1)[0]
    return head.strip()


def collect_credits(members: list[int], roles: dict[int, str], blocks: list[Block], cues: list[Cue]) -> Credits:
    """Every name the article's datelines, bylines and captions give."""
    credits = Credits()
    for m in members:
        b, c, role = blocks[m], cues[m], roles[m]
        if role == "byline":
            if c.end_byline:
                credits.merge(paren_credits(b.simplified, b.display))
            elif c.start_byline or is_names(c.plain):
                credits.merge(parse_credit(b.simplified, b.display))
            else:  # an advertiser or a supplying organisation standing alone
                credits.add("sources", display_plain(b))
        elif role == "caption":
            credits.merge(caption_credit(b.simplified, b.display))
        elif role == "body":
            if c.dateline:
                credits.merge(dateline_credit(b.simplified, b.display))
            group = trailing_byline(b.simplified.rstrip())
            if group:
                credits.merge(paren_credits(b.simplified.rstrip()[-len(group) - 2:],
                                            b.display.rstrip()[-len(group) - 2:]))
    return credits


def stated_date(members: list[int], roles: dict[int, str], blocks: list[Block], cues: list[Cue]) -> str | None:
    """The article's date when its dateline or subheadline states a full date (年月日)."""
    for m in members:
        if cues[m].dateline or roles[m] == "subheadline":
            match = FULL_DATE.search(blocks[m].simplified)
            if match:
                return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def category_of(roles: dict[int, str], cues: list[Cue], members: list[int], fields: ArticleFields,
                flags: dict[str, bool]) -> str:
    """The article's category (guide section 4) from its shape."""
    if flags.get("ad"):
        return "ad"
    if flags.get("roundup"):
        return "roundup"
    if DOCUMENT.search(fields.title) and not any(cues[m].dateline for m in members):
        return "document"
    body = [m for m in members if roles[m] == "body"]
    text = "".join(cues[m].plain for m in body)
    if COMMENTARY.search(fields.kicker) or text.count("我们要") + text.count("我们必须") >= 3:
        return "commentary"
    has_dateline = any(cues[m].dateline for m in members)
    captions = sum(1 for m in members if roles[m] == "caption")
    if captions and len(text) < 200:
        return "photo"
    subheads = sum(1 for m in members if roles[m] == "subhead")
    if not has_dateline and (subheads >= 2 or flags.get("byline_start") or len(text) > 3000):
        return "feature"
    return "news"


def article_fields(members: list[int], roles: dict[int, str], blocks: list[Block], cues: list[Cue],
                   flags: dict[str, bool]) -> ArticleFields:
    """All fields of one article."""
    out = ArticleFields()
    for role, attr in (("headline", "title"), ("kicker", "kicker"), ("subheadline", "subtitle")):
        first = next((m for m in members if roles[m] == role), None)
        if first is not None:
            setattr(out, attr, display_plain(blocks[first]))
    if not out.title:
        body = next((m for m in members if roles[m] == "body"), None)
        if body is not None:
            out.title = first_sentence(display_plain(blocks[body]))
    out.credits = collect_credits(members, roles, blocks, cues)
    out.date = stated_date(members, roles, blocks, cues)
    out.category = category_of(roles, cues, members, out, flags)
    return out
