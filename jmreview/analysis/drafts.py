"""An article while segmentation builds it, and the segmentation of one page."""
from __future__ import annotations

from dataclasses import dataclass, field

from jmreview.analysis.cues import Cue


@dataclass
class Draft:
    """An article being built: its blocks (indices into the page) and what is known."""

    members: list[int] = field(default_factory=list)
    roles: dict[int, str] = field(default_factory=dict)
    cues: dict[int, str] = field(default_factory=dict)
    start_cue: str = ""
    started_by: str = "headline"
    headline: str | None = None
    has_reporters: bool = False
    has_dateline: bool = False
    body_count: int = 0
    closed: bool = False
    ad: bool = False
    speaker: bool = False

    def add(self, index: int, role: str, cue: str) -> None:
        """Append a block with its role and the reason for it."""
        self.members.append(index)
        self.roles[index] = role
        self.cues[index] = cue
        if role == "body":
            self.body_count += 1


@dataclass
class Segmentation:
    """The result for one page."""

    articles: list[Draft]
    noise: list[int]
    joins: dict[int, str]          # block index -> cue, for blocks joined to the previous
    duplicates: dict[int, int]     # block index -> index of its first copy
    cues: list[Cue]
