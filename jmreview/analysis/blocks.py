"""Split a source text into blocks (non-empty lines) and normalise each one.

Every block keeps its 1-based line number and ``[start, end)`` code-point offsets into the
source. Its *display* text drops pinyin artifacts (``服務(wù)`` → ``服務``) and keeps, for
every display character, the source offset it came from; its *simplified* text has one
character per display character, so a span found in either maps back to the source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from jmreview.analysis.script import to_simplified_aligned

LINE_BREAK = re.compile(r"\r\n|\r|\n")
WIDE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85|[\x0b\x0c\x1c-\x1e]")   # and Unicode's separators, as some
# exports write; a vertical tab, a form feed, the record separators (run 22 A18: a page of them was one line)


def line_breaks(text: str) -> re.Pattern[str]:
    """What breaks a text's lines: CR and LF; in a text with neither, the line and paragraph separators (U+2028,
    U+2029), NEL, VT, FF or the record separators some exports write instead (else the page would be one line)."""
    return LINE_BREAK if "\n" in text or "\r" in text else WIDE_BREAK
PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PINYIN_ARTIFACT = re.compile(
    rf"(?<=[\u3400-\u9fff])(?:\(([{PINYIN_LETTERS}]{{1,6}})\)|（([{PINYIN_LETTERS}]{{1,6}})）)"
)
TONE_MARKS = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ")
PLAIN_SYLLABLE = re.compile(r"^(?:[bcdfghjklmnpqrstwxyz]?h?[aeiouü]+(?:n|ng|r)?)$")


@dataclass
class Block:
    """One non-empty line of a source file."""

    line: int
    start: int
    end: int
    source: str
    display: str = ""
    offsets: list[int] = field(default_factory=list)
    simplified: str = ""

    def source_span(self, i: int, j: int) -> tuple[int, int]:
        """Source offsets [start, end) of display characters [i, j)."""
        if i >= j:
            pos = self.offsets[i] if i < len(self.offsets) else self.end
            return pos, pos
        return self.offsets[i], self.offsets[j - 1] + 1


def is_pinyin(syllable: str) -> bool:
    """True for a tone-marked pinyin syllable (plain ASCII words are left alone)."""
    return any(ch in TONE_MARKS for ch in syllable) and bool(
        PLAIN_SYLLABLE.match("".join(_strip_tone(ch) for ch in syllable))
    )


def _strip_tone(ch: str) -> str:
    for base, marked in (("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"),
                         ("u", "ūúǔù"), ("ü", "ǖǘǚǜü"), ("n", "ńňǹ"), ("m", "ḿ")):
        if ch in marked:
            return base
    return ch


def remove_pinyin(text: str, base: int = 0) -> tuple[str, list[int]]:
    """Text without pinyin artifacts, and the source offset of each kept character."""
    kept: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in PINYIN_ARTIFACT.finditer(text):
        if not is_pinyin(match.group(1) or match.group(2)):
            continue
        kept.append(text[pos:match.start()])
        offsets.extend(range(base + pos, base + match.start()))
        pos = match.end()
    kept.append(text[pos:])
    offsets.extend(range(base + pos, base + len(text)))
    return "".join(kept), offsets


def strip_pinyin(text: str) -> str:
    """Text without pinyin artifacts (no offsets kept: for export and display only)."""
    if "(" not in text and "（" not in text:
        return text
    return PINYIN_ARTIFACT.sub(lambda m: "" if is_pinyin(m.group(1) or m.group(2)) else m.group(0), text)


def split_blocks(text: str) -> list[Block]:
    """The blocks of a source text, each normalised."""
    blocks: list[Block] = []
    line_no = 0
    pos = 0
    for match in [*line_breaks(text).finditer(text), None]:
        end = match.start() if match else len(text)
        line_no += 1
        line = text[pos:end]
        if line.strip():
            display, offsets = remove_pinyin(line, pos)
            blocks.append(Block(line_no, pos, end, line, display, offsets, to_simplified_aligned(display)))
        if match is None:
            break
        pos = match.end()
    return blocks


def line_spans(text: str) -> dict[int, tuple[int, int]]:
    """Each non-empty line's number and offsets, as split_blocks numbers and cuts them (without the work on them)."""
    spans: dict[int, tuple[int, int]] = {}
    pos, line_no = 0, 0
    for match in [*line_breaks(text).finditer(text), None]:
        end = match.start() if match else len(text)
        line_no += 1
        if text[pos:end].strip():
            spans[line_no] = (pos, end)
        if match is None:
            break
        pos = match.end()
    return spans


def count_lines(text: str) -> int:
    """Number of lines as numbered by split_blocks (a final line break ends the last line)."""
    breaks = line_breaks(text)
    n = len(breaks.findall(text))
    return n if text[-1:] and breaks.fullmatch(text[-1]) else n + 1
