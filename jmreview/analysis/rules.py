"""Small rules the segmenter applies: roles inside a heading zone, sentence ends, repeats."""
from __future__ import annotations

import re

from jmreview.analysis.cues import CLOSERS, SENTENCE_END, Cue

KICKER_MAX = 6
SERIAL = re.compile(r"第\s*[0-9一二三四五六七八九十百]+\s*[期辑回]\s*$")   # 2019第四期: a series' number, a kicker
SPONSOR = re.compile(r"(办公室|委员会|领导小组|局|公司|中心|协会|银行|集团|医院|学校|政府|部|院|所|社)$")
LIST_START = re.compile(r"^[◆●■▲•·\-*]|^[一二三四五六七八九十]+[是要、]|^[（(]?[一二三四五六七八九十\d]{1,2}[)）.．、]")


def zone_roles(cues: list[Cue]) -> list[tuple[str, str]]:
    """Roles for the heading zone that opens an article: kicker, headline, subheadline."""
    n = len(cues)
    marked = [k for k, c in enumerate(cues) if 0 < c.level <= 2]
    if marked:
        top = min(marked, key=lambda k: (cues[k].level, k))
        roles = []
        for k, c in enumerate(cues):
            if k == top:
                roles.append(("headline", "headline.markdown"))
            elif k < top or c.level == 7:
                roles.append(("kicker", "kicker.above_marked"))
            elif dedupe_key(c.plain) == dedupe_key(cues[top].plain):
                roles.append(("headline", "headline.repeated"))
            elif is_source_line(c):
                roles.append(("byline", "byline.source"))
            else:
                roles.append(("subheadline", "subheadline.under"))
        return roles
    repeat = _repeated_line(cues)
    if repeat is not None:   # the layout prints the headline twice (around a photo): the first is the headline
        head_at, again = repeat
        return [("kicker", "kicker.above") if k < head_at else ("headline", "headline.short") if k == head_at
                else ("headline", "headline.repeated") if k == again
                else ("caption", "caption.between_headlines") if k < again else ("subheadline", "subheadline.under")
                for k in range(n)]
    first_kicker = cues[0].speaker or (n >= 2 and cues[0].length <= KICKER_MAX) or n >= 3 \
        or (n >= 2 and bool(SERIAL.search(cues[0].plain)))
    roles = []
    head_at = 1 if first_kicker and n >= 2 else 0
    for k in range(n):
        if k < head_at:
            roles.append(("kicker", "kicker.speaker" if cues[k].speaker else
                          "kicker.serial" if SERIAL.search(cues[k].plain) else "kicker.above"))
        elif k == head_at:
            roles.append(("headline", "headline.short"))
        elif is_source_line(cues[k]):
            roles.append(("byline", "byline.source"))
        else:
            roles.append(("subheadline", "subheadline.under"))
    return roles


def _repeated_line(cues: list[Cue]) -> tuple[int, int] | None:
    """The first line of a heading zone whose text the zone prints again, and where the copy is (None: no repeat)."""
    keys = [dedupe_key(c.plain) for c in cues]
    for k, key in enumerate(keys):
        if key and key in keys[k + 1:]:
            return k, keys.index(key, k + 1)
    return None


def is_source_line(c: Cue) -> bool:
    """An organisation's name standing alone under a headline: who supplied the story."""
    return c.length <= 20 and not c.level and bool(SPONSOR.search(c.plain)) \
        and not re.search(r"[，,、：:！!？?]", c.plain)


def ad_roles(cues: list[Cue]) -> list[tuple[str, str]]:
    """Roles inside an advertisement: its slogan as headline, the sponsor as byline."""
    roles = [("headline", "headline.advert")]
    for c in cues[1:]:
        if SPONSOR.search(c.plain) and not c.contact and c.length >= 6:
            roles.append(("byline", "byline.advertiser"))
        else:
            roles.append(("body", "body.advert"))
    return roles


def is_sponsor(text: str) -> bool:
    """True for an organisation name standing alone (an advertiser)."""
    return bool(SPONSOR.search(text))


SCORE_LINE = re.compile(r"\d{1,3}\s*[:：比]\s*\d{1,3}")


def closes_sentence(text: str) -> bool:
    """True when a block's text ends its sentence, so nothing can be joined onto it (a result line ends too)."""
    text = text.rstrip()
    if is_score_line(text):
        return True  # '甲队 3:2 乙队': a results line, not a sentence cut by the layout
    return not text or text[-1] in SENTENCE_END + CLOSERS + "：:"


def starts_fresh(text: str) -> bool:
    """True when a block starts a list item or a numbered point (never a continuation)."""
    text = text.strip()
    return bool(LIST_START.match(text)) or is_score_line(text)


def is_score_line(text: str) -> bool:
    """'甲队 3:2 乙队': a short results line."""
    return len(text) <= 40 and bool(SCORE_LINE.search(text)) and not re.search(r"[，,。；;]", text)


def dedupe_key(text: str) -> str:
    """Text compared for duplicates: no markdown marks, no spaces."""
    text = text.lstrip("#* \t\u3000").rstrip("* \t\u3000")
    text = re.sub(r"^[#\s*]+", "", text)
    return re.sub(r"\s+", "", text)
