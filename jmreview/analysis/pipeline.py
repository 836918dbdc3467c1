"""The whole automatic analysis of one page, with no database: blocks → articles → fields."""
from __future__ import annotations

from dataclasses import dataclass, field

from jmreview.core.blocks import Block, count_lines, split_blocks
from jmreview.core.fields import ArticleFields, article_fields
from jmreview.core.script import detect_script
from jmreview.core.segment import Segmentation, segment


@dataclass
class ArticleResult:
    """One article as automation sees it."""

    members: list[int]                 # indices into PageAnalysis.blocks, reading order
    roles: dict[int, str]
    cues: dict[int, str]
    start_cue: str
    fields: ArticleFields
    entities: list = field(default_factory=list)  # list[Entity], filled by extract


@dataclass
class PageAnalysis:
    """Everything automation decided about one source text."""

    text: str
    script: str
    line_count: int
    blocks: list[Block]
    articles: list[ArticleResult]
    noise: list[int]
    joins: dict[int, str]
    duplicates: dict[int, int]


def analyse_text(text: str, with_entities: bool = True) -> PageAnalysis:
    """Split, segment and (optionally) extract entities from one page's text."""
    blocks = split_blocks(text)
    seg: Segmentation = segment(blocks)
    roundup = sum(1 for a in seg.articles if a.speaker) >= 2
    articles = []
    for n, draft in enumerate(seg.articles):
        is_intro = roundup and draft.started_by == "intro" and n + 1 < len(seg.articles) \
            and seg.articles[n + 1].speaker
        flags = {"ad": draft.ad, "roundup": roundup and (draft.speaker or is_intro),
                 "byline_start": draft.started_by == "byline"}
        fields = article_fields(draft.members, draft.roles, blocks, seg.cues, flags)
        articles.append(ArticleResult(draft.members, draft.roles, draft.cues, draft.start_cue, fields))
    analysis = PageAnalysis(text, detect_script(text), count_lines(text), blocks, articles,
                            sorted(seg.noise), seg.joins, seg.duplicates)
    if with_entities:
        from jmreview.core.extract import extract_entities

        extract_entities(analysis)
    return analysis
