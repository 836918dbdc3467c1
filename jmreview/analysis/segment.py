"""Group a page's blocks into articles and give every block a role, recording why.

One pass over the blocks keeps the article being built; a run of heading-like blocks (a
*heading zone*) either opens a new article or gives the current one its subheads. Later
passes move a displaced closing paragraph back to its story and find joins and duplicates.
Every decision carries a cue: a short reason an editor can read, recorded as a code of `cue_codes`.
"""
from __future__ import annotations

import re

from jmreview.analysis.blocks import Block
from jmreview.analysis.bylines import dateline_credit
from jmreview.analysis.cues import is_names, trailing_byline
from jmreview.analysis.drafts import Segmentation
from jmreview.analysis.layout import best_resume, caption_run
from jmreview.analysis.passes import finish
from jmreview.analysis.rules import (
    ad_roles,
    closes_sentence,
    dedupe_key,
    is_sponsor,
    starts_fresh,
    zone_roles,
)
from jmreview.analysis.walk import PageWalk

BOX_LABEL_MAX = 6


class Segmenter(PageWalk):
    """Walks the blocks of one page once, deciding each block's article and role."""

    # -- the pass ------------------------------------------------------------------
    def run(self) -> Segmentation:
        """Walk every block, then run the passes that need the whole page."""
        i = 0
        while i < len(self.blocks):
            i = self.step(i)
        segmentation = Segmentation(self.articles, self.noise, {}, {}, self.cues)
        finish(segmentation, self.blocks)
        return segmentation

    def step(self, i: int) -> int:
        """Decide block i (and any blocks that go with it); return the next index."""
        c = self.cues[i]
        cur = self.current
        if c.noise or i in self.furniture:
            self.noise.append(i)
            return i + 1
        after_debris = i > 0 and (self.cues[i - 1].noise or i - 1 in self.furniture)
        if self.layout.separated and (self.layout.wide(i) or after_debris) and cur is not None and cur.members \
                and not c.note_from and not c.note_to and not c.end_byline:
            return self.after_wide_gap(i)
        run = caption_run(self.layout, self.cues, i) if cur is not None and cur.members else []
        if run:
            return self.captions(run)
        if c.note_from:
            self.new_article("note", "start.note_from") \
                .add(i, "note", "note.from")
            return i + 1
        if c.note_to:
            draft = cur or self.new_article("note", "start.note_to")
            draft.add(i, "note", "note.to")
            draft.closed = True
            return i + 1
        if c.start_byline:
            return self.start_byline(i)
        if c.end_byline:
            draft = cur or self.new_article("byline", "start.lone_byline")
            draft.add(i, "byline", "byline.parentheses")
            draft.has_reporters = True
            draft.closed = not draft.ad
            return i + 1
        if c.numbered and cur is not None and not cur.closed:
            cur.add(i, "subhead", "subhead.numbered")
            return i + 1
        if self.is_zone_block(i) or c.numbered:
            return self.heading_zone(i)
        return self.body(i)

    def after_wide_gap(self, i: int) -> int:
        """On a page that sets stories apart with extra blank lines, a block after such a gap starts a story
        (or takes a displaced paragraph back to the story it reads like)."""
        c = self.cues[i]
        if c.start_byline:
            return self.start_byline(i, opening="start.gap_byline")
        if self.is_zone_block(i) or c.numbered:
            zone = self.zone_at(i)
            return self.open_with_zone(zone, "start.gap_heading", any(self.cues[k].contact for k in zone))
        if c.dateline or c.caption or caption_run(self.layout, self.cues, i):
            self.new_article("intro", "start.gap_dateline" if c.dateline else "start.gap_caption")
            return self.step_in(i)
        stories = [self.story_pairs(a) for a in self.articles]
        back = best_resume(c.plain, stories, len(self.articles) - 1)
        if back is not None:
            self.current = self.articles[back]
            self.current.closed = False
            self.current.add(i, "body", "body.returned")
            return i + 1
        self.new_article("intro", "start.gap_text")
        return self.step_in(i)

    def step_in(self, i: int) -> int:
        """Decide block i inside the article just opened."""
        run = caption_run(self.layout, self.cues, i)
        return self.captions(run) if run else self.body(i)

    def captions(self, run: list[int]) -> int:
        """A strip of short lines printed close together: photo captions (or the bodies signing a notice)."""
        cur = self.current
        assert cur is not None
        signers = [k for k in run if is_sponsor(self.cues[k].plain)]
        for k in run:
            if len(signers) * 2 >= len(run):
                role, cue = ("byline", "byline.notice_signer") if k in signers \
                    else ("body", "body.notice_signature")
            else:
                role, cue = "caption", "caption.strip"
            cur.add(k, role, cue)
        return run[-1] + 1

    def start_byline(self, i: int, opening: str = "") -> int:
        """A '江门日报记者 X' / '□…' byline: opens a feature, or closes one when nothing follows."""
        j = i + 1
        names_line = j < len(self.blocks) and is_names(self.cues[j].plain) and not self.cues[j].level \
            and re.search(r"(记者|通讯员|评论员|摄影|/)$", self.cues[i].plain.rstrip()) is not None
        last = j if names_line else i
        after = self.next_content(last)
        closing = after is None or self.cues[after].note_from or (
            self.is_zone_block(after) and self.cues[after].level not in range(3, 8))
        cur = self.current
        if self.layout.separated and not opening and cur is not None:
            closing = False  # on a separated page only a wide gap ends a story: this byline is inside it
            for k in range(i, last + 1):
                cur.add(k, "byline", "byline.inside")
            cur.has_reporters = True
            return last + 1
        if closing and cur is not None and not opening:
            if cur.has_reporters:
                self.move_tail(cur)
                cur = self.current
            assert cur is not None
            for k in range(i, last + 1):
                cur.add(k, "byline", "byline.end")
            cur.has_reporters = True
            cur.closed = True
            return last + 1
        opens = cur is None or cur.closed or cur.has_dateline or cur.has_reporters or cur.body_count >= 3
        if opens or opening:
            cur = self.new_article("byline", opening or "start.byline")
            cue = "byline.start"
        else:
            assert cur is not None
            cue = "byline.under_headline"
        for k in range(i, last + 1):
            cur.add(k, "byline", cue)
        cur.has_reporters = True
        return last + 1

    def heading_zone(self, i: int) -> int:
        """A run of heading-like blocks: a new article's headline group, or subheads."""
        zone = self.zone_at(i)
        cur = self.current
        after = self.next_content(zone[-1], skip_captions=True)
        after_cue = self.cues[after] if after is not None else None
        contact = any(self.cues[k].contact for k in zone)
        opens, reason = False, ""
        if cur is None:
            opens, reason = True, "start.first_heading"
        elif len(zone) == 2 and re.fullmatch(r"\d{1,2}|[一二三四五六七八九十]{1,3}", self.cues[zone[0]].plain) \
                and cur.body_count > 0:
            opens, reason = True, "start.roundup_number"
        elif self.layout.separated and not (after_cue is not None and after_cue.dateline):
            opens = False  # a separated page opens stories at its wide gaps; this heading is inside one
        elif len(zone) >= 3 and contact:
            opens, reason = True, "start.advert"
        elif cur.closed:
            opens, reason = True, "start.after_closed"
        elif after_cue is not None and after_cue.dateline:
            opens, reason = True, "start.dateline"
        elif after_cue is not None and after_cue.start_byline and after is not None \
                and not self.cues[zone[0]].numbered and cur.body_count > 0:
            opens, reason = True, "start.heading_byline"
        elif self.cues[zone[0]].speaker and len(zone) >= 2:
            opens, reason = True, "start.speaker"
        elif any(0 < self.cues[k].level <= 2 for k in zone):
            heading = next(k for k in zone if 0 < self.cues[k].level <= 2)
            if cur.headline is not None and dedupe_key(self.cues[heading].plain) == dedupe_key(cur.headline):
                opens = False
            elif cur.headline is None and cur.started_by in ("byline", "note"):
                opens = False
            else:
                opens, reason = True, "start.markdown"
        if opens:
            return self.open_with_zone(zone, reason, contact)
        assert cur is not None
        for k in zone:
            kc = self.cues[k]
            if self.marked_page and not kc.level and not kc.numbered and cur.body_count > 0 and not kc.speaker:
                cur.add(k, "caption", "caption.unmarked")
            elif cur.headline is None and cur.started_by in ("byline", "note") and not kc.numbered \
                    and kc.level not in range(3, 8):
                cur.add(k, "headline", "headline.late")
                cur.headline = kc.plain
            elif cur.headline is not None and dedupe_key(kc.plain) == dedupe_key(cur.headline):
                cur.add(k, "headline", "headline.repeated")
            else:
                cur.add(k, "subhead", "subhead.inside")
        return zone[-1] + 1

    def open_with_zone(self, zone: list[int], reason: str, contact: bool) -> int:
        """Open an article whose first blocks are the heading zone."""
        draft = self.new_article("headline", reason)
        zone_cues = [self.cues[k] for k in zone]
        if contact and len(zone) >= 3:
            draft.ad = True
            roles = ad_roles(zone_cues)
        else:
            trailing: list[int] = []
            while len(zone) - len(trailing) >= 3 and zone_cues[len(zone) - len(trailing) - 1].length <= BOX_LABEL_MAX:
                trailing.insert(0, zone[len(zone) - len(trailing) - 1])
            head = zone[: len(zone) - len(trailing)]
            label = ("subhead", "subhead.box_label")
            roles = zone_roles([self.cues[k] for k in head]) + [label] * len(trailing)
        for k, (role, cue) in zip(zone, roles):
            draft.add(k, role, cue)
            if role == "headline" and draft.headline is None:
                draft.headline = self.cues[k].plain
            if role == "byline" and draft.ad and is_sponsor(self.cues[k].plain):
                draft.has_reporters = True
        draft.speaker = zone_cues[0].speaker
        return zone[-1] + 1

    def body(self, i: int) -> int:
        """A text block: body, or a caption told by its credit or its spacing."""
        c = self.cues[i]
        cur = self.current
        if cur is not None and cur.closed and c.caption:
            cur.add(i, "caption", "caption.after_byline")
            return i + 1
        if cur is None or (cur.closed and not cur.ad):
            cur = self.new_article("intro", "start.text_after")
        if c.caption:
            cur.add(i, "caption", "caption.credit")
        elif c.level == 7 and cur.body_count == 0 and cur.members and cur.roles[cur.members[-1]] == "headline":
            cur.add(i, "subheadline", "subheadline.bold_deck")
        elif cur.body_count >= 1 and c.length <= 12 and re.fullmatch(r"[^，,。；;！？!?]+。", c.plain) \
                and cur.roles.get(cur.members[-1]) == "body" and not c.dateline and self.next_in_story(i) \
                and not c.hard_break and not starts_fresh(self.blocks[i].simplified.strip().lstrip("◆●■▲•·")) \
                and self.blocks[i].simplified.strip()[:1] not in "◆●■▲•·-*" \
                and closes_sentence(self.cues[cur.members[-1]].plain):
            cur.add(i, "caption", "caption.short_phrase")
        elif self.gap_before(i) >= 2 and cur.body_count >= 1 and c.length <= 60 \
                and c.plain.endswith("。") and c.plain.count("。") == 1 \
                and cur.roles.get(cur.members[-1]) == "body" and not c.dateline:
            cur.add(i, "caption", "caption.set_apart")
        else:
            cur.add(i, "body", "body.dateline" if c.dateline else "body.plain")
            if c.dateline:
                cur.has_dateline = True
                # an agency dateline names no reporter: the story may still get its byline at its end
                named = dateline_credit(c.plain, c.plain).names
                cur.has_reporters = cur.has_reporters or bool(named["reporters"] or named["correspondents"]) \
                    or c.plain.startswith(("江门日报讯", "本报讯"))
            if trailing_byline(c.plain):
                self.return_signed_tail(i)
                cur = self.current
                assert cur is not None
                cur.has_reporters = True
                cur.closed = not cur.ad
        return i + 1


def segment(blocks: list[Block]) -> Segmentation:
    """Split one page's blocks into articles."""
    return Segmenter(blocks).run()


