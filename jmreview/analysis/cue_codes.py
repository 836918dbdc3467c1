"""Cues as stable codes: what a decision records, and the English it reads as.

A stored cue is a code (``start.first_heading``), or a code and its arguments as a JSON object
(``hand.article {"who": "王"}``). The window renders a code through a translatable template in
its language; anything without Qt (the command line, logs) reads :func:`english`. A cue stored
as English text by an older version is recognised by that text, so old databases render the same.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

_GAP = "set apart by extra blank lines, as stories are on this page"

CUES: dict[str, str] = {
    # why an article starts where it does
    "start.first_heading": "new article: first heading on the page",
    "start.roundup_number": "new article: a numbered piece of a roundup (its number, then its title)",
    "start.advert": "new article: short lines with contact details read as an advertisement",
    "start.after_closed": "new article: heading after the previous article closed with its byline",
    "start.dateline": "new article: heading followed by a 江门日报讯 dateline",
    "start.heading_byline": "new article: heading followed by a reporter byline",
    "start.speaker": "new article: a speaker line with a colon heads a roundup piece",
    "start.markdown": "new article: markdown heading (#/##)",
    "start.note_from": "new article: a 上接/紧接 note continues a story from another page",
    "start.note_to": "new article: starts with a cross-page note",
    "start.lone_byline": "new article: a byline with nothing before it",
    "start.byline": "new article: a reporter byline opens a feature whose headline may come later",
    "start.text_after": "new article: text with no headline after a finished article",
    "start.gap_byline": f"new article: a reporter byline {_GAP}",
    "start.gap_heading": f"new article: heading {_GAP}",
    "start.gap_dateline": f"new article: a dateline {_GAP}",
    "start.gap_caption": f"new article: a photo caption {_GAP}",
    "start.gap_text": f"new article: text with no headline {_GAP}",
    # why a line has its role
    "kicker.above": "kicker: line above the headline",
    "kicker.above_marked": "kicker: line above the headline or bold banner",
    "kicker.speaker": "kicker: a speaker's name and title",
    "kicker.serial": "kicker: the number of a series (第N期) above the headline",
    "headline.short": "headline: short line without final punctuation",
    "headline.markdown": "headline: the top markdown heading (#) of the group",
    "headline.repeated": "headline: the headline repeated by layout",
    "headline.late": "headline: first heading of an article that began without one",
    "headline.advert": "headline: first line of an advertisement",
    "subheadline.under": "subheadline: line right under the headline",
    "subheadline.bold_deck": "subheadline: a bold deck right under the headline",
    "byline.source": "byline: the organisation that supplied the story",
    "byline.advertiser": "byline: the advertiser's name",
    "byline.notice_signer": "byline: a body signing the notice",
    "byline.parentheses": "byline: names in parentheses close the article",
    "byline.inside": "byline: reporter named inside the article",
    "byline.end": "byline: reporter named at the end of the article",
    "byline.start": "byline: reporter named at the start of the article",
    "byline.under_headline": "byline: reporter named under the headline",
    "subhead.numbered": "subhead: numbered section heading",
    "subhead.inside": "subhead: short heading inside an article",
    "subhead.box_label": "subhead: short box label under the headline",
    "caption.strip": "caption: one of a strip of short lines printed close together",
    "caption.unmarked": "caption: an unmarked short line inside a story, on a page that marks its headings",
    "caption.after_byline": "caption: photo credit after the article's byline",
    "caption.credit": "caption: photo credit (摄/供图/图为)",
    "caption.short_phrase": "caption: a short phrase between paragraphs",
    "caption.between_headlines": "caption: a line between the headline and its repeat (under a photo)",
    "caption.set_apart": "caption: one short sentence set apart by extra blank lines",
    "note.from": "note: continued from another page",
    "note.to": "note: points to another page",
    "body.plain": "body",
    "body.dateline": "body: dateline",
    "body.advert": "body: advertisement text",
    "body.notice_signature": "body: line of the notice's signature",
    "body.returned": "body: paragraph displaced by layout, returned to the story it reads like",
    "body.returned_signed": "body: paragraph displaced by layout, returned to its story (it closes with the "
                            "story's byline)",
    "body.signed_end": "body: the signed end of an earlier story, displaced by layout",
    "join.mid_sentence": "join: the previous paragraph stops mid-sentence",
    "noise.debris": "noise: punctuation or layout debris in no article",
    # decisions not made by the page walk
    "hand.set": "set by hand",
    "hand.article": "set by hand ({who})",
    "file.restored": "restored from a corpus file",
    "file.applied": "applied from a corpus file",
    # where an entity suggestion, or a role, came from
    "entity.rules": "suggested by the rules (patterns and word lists)",
    "entity.jieba": "suggested by jieba's word segmentation",
    "entity.learned": "learned from {n} corrections by {who}",
    "entity.pattern": "learned pattern {pattern} from {n} corrections by {who}",
    "kicker.learned": "kicker: learned from {n} corrections by {who}",
    "noise.learned": "noise: learned from {n} corrections by {who}",
}

_CODE = re.compile(r"[a-z]+\.[a-z_]+")


def encode(code: str, **args: str) -> str:
    """The stored form of a cue: its code, then its arguments as JSON when it has any."""
    if code not in CUES:
        raise KeyError(code)
    return f"{code} {json.dumps(args, ensure_ascii=False, sort_keys=True)}" if args else code


@lru_cache(maxsize=1)
def _legacy() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    """English cue text as stored by older versions, back to its code (exact, or a pattern for arguments)."""
    exact = {text: code for code, text in CUES.items() if "{" not in text}
    patterns = [(template_pattern(text), code) for code, text in CUES.items() if "{" in text]
    return exact, patterns


def template_pattern(template: str) -> re.Pattern[str]:
    """A pattern matching a template's English with any text for each `{name}`, captured by name."""
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(re.escape(p) if k % 2 == 0 else f"(?P<{p}>.+?)" for k, p in enumerate(parts))
    return re.compile(body + r"\Z", re.S)


def decode(stored: str) -> tuple[str, dict[str, str]] | None:
    """A stored cue's code and arguments; None when it is no known cue (shown as it is)."""
    head, _, tail = stored.partition(" ")
    if _CODE.fullmatch(head) and head in CUES:
        if not tail:
            return head, {}
        try:
            args = json.loads(tail)
        except ValueError:
            args = None
        if isinstance(args, dict):
            return head, {str(k): str(v) for k, v in args.items()}
    exact, patterns = _legacy()
    if stored in exact:
        return exact[stored], {}
    for pattern, code in patterns:
        found = pattern.match(stored)
        if found:
            return code, found.groupdict()
    return None


def english(stored: str) -> str:
    """A stored cue as English text (the text itself when it is no known cue)."""
    decoded = decode(stored)
    if decoded is None:
        return stored
    code, args = decoded
    try:
        return CUES[code].format(**args)
    except (KeyError, IndexError):
        return stored
