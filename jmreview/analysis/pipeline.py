"""The whole automatic analysis of one page, with no database: blocks → articles → fields."""
from __future__ import annotations

from jmreview.analysis.blocks import count_lines, split_blocks
from jmreview.analysis.drafts import Segmentation
from jmreview.analysis.entities import extract_entities
from jmreview.analysis.fields import article_fields
from jmreview.analysis.page import ArticleResult, PageAnalysis
from jmreview.analysis.script import detect_script
from jmreview.analysis.segment import segment


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
        extract_entities(analysis)
    return analysis
