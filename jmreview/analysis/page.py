"""What automatic analysis decided about one page: the result types, shared by every later layer."""
from __future__ import annotations

from dataclasses import dataclass, field

from jmreview.analysis.blocks import Block
from jmreview.analysis.fields import ArticleFields


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
    noise_cues: dict[int, str] = field(default_factory=dict)  # lines made noise by what editors taught
