"""The whole automatic analysis of one page, with no database: blocks → articles → fields."""
from __future__ import annotations

from jmreview.analysis.blocks import count_lines, split_blocks
from jmreview.analysis.drafts import Segmentation
from jmreview.analysis.entities import LABELLED_ROLES, Entity, block_candidates, choose_entities, extract_entities
from jmreview.analysis.fields import article_fields
from jmreview.analysis.learned import Lexicon, apply_layout
from jmreview.analysis.page import ArticleResult, PageAnalysis
from jmreview.analysis.script import detect_script, to_simplified_aligned
from jmreview.analysis.segment import segment

StoredArticle = tuple[list[int], dict[int, str], list[str]]
"""An article as stored: its lines in reading order, each line's role, the names its credits hold."""


def analyse_text(text: str, with_entities: bool = True, lexicon: Lexicon | None = None) -> PageAnalysis:
    """Split, segment and (optionally) extract entities from one page's text, applying what was learned."""
    blocks = split_blocks(text)
    seg: Segmentation = segment(blocks)
    noise_cues = apply_layout(seg, blocks, lexicon)
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
                            sorted(seg.noise), seg.joins, seg.duplicates, noise_cues)
    if with_entities:
        extract_entities(analysis, lexicon)
    return analysis


def relearn(text: str, articles: list[StoredArticle], lexicon: Lexicon) -> list[tuple[list[Entity], list[Entity]]]:
    """For stored articles of a page: their entity suggestions without and with the lexicon, per article."""
    by_line = {b.line: (k, b) for k, b in enumerate(split_blocks(text))}
    out = []
    for lines, roles, names in articles:
        people = {to_simplified_aligned(n) for n in names}
        plain: list[Entity] = []
        taught: list[Entity] = []
        for line in lines:
            if roles.get(line) not in LABELLED_ROLES or line not in by_line:
                continue
            k, block = by_line[line]
            found = block_candidates(block, people)
            plain += choose_entities(block, text, found, k)
            taught += choose_entities(block, text, found, k, lexicon)
        out.append((plain, taught))
    return out
