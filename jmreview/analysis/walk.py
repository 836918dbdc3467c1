"""The state of one walk over a page's blocks, and the moves that do not decide roles.

`segment.Segmenter` decides each block's article and role; this base keeps the page (blocks,
cues, layout), the articles built so far, the navigation helpers, and the two moves that return
a paragraph displaced by layout to the story it belongs to.
"""
from __future__ import annotations

from jmreview.analysis.blocks import Block
from jmreview.analysis.cues import read_cue
from jmreview.analysis.drafts import Draft
from jmreview.analysis.layout import best_resume, furniture, pairs, read_layout


class PageWalk:
    """A page being walked: its blocks and cues, and the articles made so far."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.cues = [read_cue(b) for b in blocks]
        self.layout = read_layout(blocks, self.cues)
        self.furniture = furniture(self.cues)
        self.marked_page = any(c.level for c in self.cues)
        self.articles: list[Draft] = []
        self.noise: list[int] = []
        self.current: Draft | None = None
        self._pairs: dict[int, tuple[Draft, int, int, set[str]]] = {}   # id -> (draft, members, last one, pairs)

    # -- helpers -------------------------------------------------------------------
    def story_pairs(self, draft: Draft) -> set[str]:
        """The word pairs of a story so far, kept up as lines are added (a line taken out: counted again)."""
        members = draft.members
        _, done, last, words = self._pairs.get(id(draft), (draft, 0, -1, set()))
        if _ is not draft or done > len(members) or (done and members[done - 1] != last):
            done, words = 0, set()
        for m in members[done:]:
            words |= pairs(self.cues[m].plain)
        self._pairs[id(draft)] = (draft, len(members), members[-1] if members else -1, words)
        return words

    def gap_before(self, i: int) -> int:
        """Blank lines between block i and the block before it."""
        return self.blocks[i].line - self.blocks[i - 1].line - 1 if i else 0

    def in_list(self, i: int) -> bool:
        """True for a line of a markdown list: it or the line right above ends with a hard break."""
        c = self.cues[i]
        above = i > 0 and self.blocks[i - 1].line == self.blocks[i].line - 1 and self.cues[i - 1].hard_break
        return not c.level and (c.hard_break or bool(above))

    def is_zone_block(self, i: int) -> bool:
        """True when block i can belong to a heading zone."""
        c = self.cues[i]
        return (c.heading or c.speaker) and not c.numbered and not self.in_list(i) \
            and not c.start_byline and not c.noise and not c.caption

    def zone_at(self, i: int) -> list[int]:
        """The heading zone starting at block i: consecutive heading-like blocks."""
        zone = [i]
        j = i + 1
        while j < len(self.blocks) and self.is_zone_block(j) and not self.cues[j].speaker \
                and not (self.layout.separated and self.layout.wide(j)):
            zone.append(j)
            j += 1
        return zone

    def next_in_story(self, i: int) -> bool:
        """True when the story goes on after block i (a paragraph or a subhead follows, no wide gap)."""
        j = self.next_content(i)
        if j is None or (self.layout.separated and self.layout.wide(j)):
            return False
        return self.cues[j].length > 30 or self.cues[j].level >= 3

    def new_article(self, started_by: str, cue: str) -> Draft:
        """Start a new article and make it the current one."""
        draft = Draft(start_cue=cue, started_by=started_by)
        self.articles.append(draft)
        self.current = draft
        return draft

    def next_content(self, i: int, skip_captions: bool = False) -> int | None:
        """Index of the first block after i that is not noise (nor a caption, if asked)."""
        j = i + 1
        while j < len(self.blocks) and (self.cues[j].noise or (skip_captions and self.cues[j].caption)):
            j += 1
        return j if j < len(self.blocks) else None

    def move_tail(self, cur: Draft) -> None:
        """A closing byline after a story that has its reporters: the paragraphs since the
        last noise block belong to an earlier article still waiting for its byline."""
        cut = max((n for n in self.noise if cur.members and n > cur.members[0]), default=None)
        if cut is None:
            return
        tail = [m for m in cur.members if m > cut]
        owner = next((a for a in reversed(self.articles[:-1])
                      if not a.has_reporters and not a.ad and not a.has_dateline), None)
        if owner is None or not tail:
            return
        for m in tail:
            cur.members.remove(m)
            if cur.roles.get(m) == "body":
                cur.body_count -= 1
            owner.add(m, cur.roles.pop(m), "body.returned_signed")
            cur.cues.pop(m, None)
        self.current = owner

    def return_signed_tail(self, i: int) -> None:
        """A paragraph closing with its byline in a story that already has its reporters: if it reads like an
        earlier story still without its byline, it is that story's displaced end."""
        cur = self.current
        assert cur is not None
        if not cur.has_reporters or len(self.articles) < 2:
            return
        waiting = [k for k, a in enumerate(self.articles[:-1]) if not a.has_reporters and not a.ad]
        stories = [self.story_pairs(a) if k in waiting else set() for k, a in enumerate(self.articles)]
        at = self.articles.index(cur)
        stories[at] = set().union(*(pairs(self.cues[m].plain) for m in cur.members if m != i))
        back = best_resume(self.cues[i].plain, stories, at)
        if back is None:
            return
        cur.members.remove(i)
        cur.roles.pop(i)
        cur.cues.pop(i, None)
        cur.body_count -= 1
        self.current = self.articles[back]
        self.current.add(i, "body", "body.signed_end")
