"""Names told by their last word alone: bodies and places whose ending says what they are.

``…同乡会``, ``…联谊会``, ``…博物馆``, ``…路``, ``…工业园`` end a name whatever stands before them,
so the name is not bound to start at a known place or a prefix as the suffix patterns are. Its
head is taken back over the name-like words before the ending (at most three, eight characters):
nouns, places, names, abbreviations; a verb, a function word, a number, a time or punctuation
ends it. At least one word of the head must be a proper one (a place, a name, an abbreviation, a
word jieba does not know): ``座谈联谊会`` and ``文化协会`` are things, not names.
"""
from __future__ import annotations

ORG_MARKS = ("同乡联谊会", "联合总会", "总商会", "联谊会", "同乡会", "商会", "协会", "联合会", "促进会", "研究会",
             "基金会", "总会", "纪念馆", "博物馆", "文化馆", "图书馆", "美术馆", "公证处", "研究院", "记者站")
LOC_MARKS = ("大道", "大街", "路", "河", "湖", "工业园", "产业园", "创意园", "示范园", "古村落", "古村", "水库")
HEAD_TAGS = {"n", "ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "new", "b", "an", "f", "s"}
PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "new"}
FUNCTION_CHARS = set("的了在是和与及等将把被对向从为到也都就而或")
HEAD_WORDS = 3
HEAD_MAX = 8


def _cjk(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)


LAST = {m[-1] for m in ORG_MARKS + LOC_MARKS}


def _mark(word: str) -> tuple[str, str] | None:
    """The ending a word closes with, and the label it tells."""
    if word[-1] not in LAST:
        return None
    for marks, label in ((ORG_MARKS, "ORG"), (LOC_MARKS, "LOC")):
        for mark in marks:
            if word.endswith(mark):
                return mark, label
    return None


def marked_spans(toks: list[tuple[str, str]]) -> list[tuple[int, int, str, str | None]]:
    """Bodies and places ending in a word that says what they are, each with its name-like head."""
    spans: list[tuple[int, int, str, str | None]] = []
    starts, pos = [], 0
    for word, _ in toks:
        starts.append(pos)
        pos += len(word)
    for k, (word, tag) in enumerate(toks):
        found = _mark(word)
        if found is None:
            continue
        mark, label = found
        inner = word[:-len(mark)]   # a head inside the word itself (中巴文化|协会 as one word)
        if inner and (tag not in PROPER_TAGS or not _cjk(inner) or len(inner) < 2):
            continue   # 思路, 道路, 一路, 山河: a common word that merely ends so
        end = starts[k] + len(word)
        begin, proper = starts[k], bool(inner)
        for m in range(k - 1, max(-1, k - 1 - HEAD_WORDS), -1):
            w, t = toks[m]
            if t not in HEAD_TAGS or not _cjk(w) or end - len(mark) - starts[m] > HEAD_MAX \
                    or any(ch in FUNCTION_CHARS for ch in w):   # 图为|多伦多…: a word jieba glued to a particle
                break
            begin, proper = starts[m], proper or t in PROPER_TAGS
        if proper and end - len(mark) - begin >= 2:
            spans.append((begin, end, label, None))
    return spans
