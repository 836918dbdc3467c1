"""Entities (PER, LOC, ORG, DATE) of each article, with offsets into the source text.

Several sources, each cheap: byline names, title+name patterns (市委书记陈岸明), jieba's words
with its HMM for unknown names (``names``), the domain dictionary and the world gazetteer
(``gazetteer``), and suffix patterns that take the longest sensible span (新会区大鳌镇卫生院,
中科院（江门）中微子实验站). Places and bodies must start on a jieba word edge and hold no
function word; overlaps keep the longest span.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from jmreview.analysis.blocks import Block
from jmreview.analysis.gazetteer import (
    all_words,
    country_forms,
    national,
    place_pattern,
    place_starts,
    trie_regex,
    world_spans,
)
from jmreview.analysis.learned import JIEBA, RULES, Lexicon, learned_spans
from jmreview.analysis.lexicon import NAME_STOP, NOT_PERSON, NOT_PLACE, SURNAMES, TITLES, domain_words, tokens
from jmreview.analysis.marked import marked_spans
from jmreview.analysis.names import dot_names, speaker_and_list_people, token_people
from jmreview.analysis.org_edges import before_title, tried
from jmreview.analysis.page import ArticleResult, PageAnalysis
from jmreview.analysis.person_model import choose_people
from jmreview.analysis.script import to_simplified_aligned

LABELLED_ROLES = {"body", "headline", "subheadline", "kicker", "subhead", "caption", "byline"}
CJK = r"\u4e00-\u9fff"
ORG_SUFFIX = (r"(?:委员会|常委会|人民政府|政府|办公厅|办公室|办事处|领导小组|服务中心|"
              r"(?<![应急物资储备])中心|研究院|研究所|"
              r"科学院|实验室|实验站|大学|学院|学校|中学|小学|幼儿园|医院|卫生院|有限公司|股份公司|公司|集团|银行|"
              r"支行|海关|法院|检察院|公安局|(?<![大格布开结全当时政])局|厅|(?<![)）])委|(?<![主承举合协创开兴买])办|"
              r"(?<![总全内外东西南北])部|(?<![学法科])院|协会|商会|联合会|联谊会|促进会|研究会|学会|基金会|同乡会|会馆|总会|分会|"
              r"立法会|议会|侨联|工商联|政协|文联|妇联|残联|科协|总工会|(?<![部签])署|"
              r"图书馆|博物馆|纪念馆|报社|日报|晚报|杂志社|出版社|通讯社|电视台|电台|律师事务所|事务所|党支部|指挥部|"
              r"俱乐部|代表团|考察团|艺术团|歌舞团|剧团|总厂|(?<![工水电])厂|编队|(?<![政行])党)")
ORG_MAX = 40  # no organisation name is longer: bounds the work per match, so long lines stay linear
ORG_PREFIX = r"(?:中共|中国共产党|国家|全国|省|市|区|县|镇)"
ORG_BODY_EXCLUDE = "的了在是和与及等将把被对向从为到也都就而或、，。；：！？“”《》 　,.;:!?"
LOC_SUFFIX = (r"(?:新区|高新区|经济区|合作区|产业园|集聚区|开发区|示范区|试验区|自贸区|街道|社区|花园|公园|广场|新城|"
              r"镇|村|(?<![同侨])乡(?![亲情愁音贤会里])|县|区|市|省|港|岛)")


def _guarded(alternation: str) -> str:
    """The alternation behind a look-ahead for its possible first characters: regex tries it only there."""
    plain = re.sub(r"\(\?<?[!=](?:\[[^\]]*\]|[^)\[])*\)", "", alternation[3:-1])
    first = sorted({alt[0] for alt in plain.split("|") if alt})
    return f"(?=[{''.join(first)}]){alternation}"


ORG_SUFFIX = _guarded(ORG_SUFFIX)
LOC_SUFFIX = _guarded(LOC_SUFFIX)
DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|昨日|今日|昨天|今天|明天|明日|前天")
TITLE_NAME = re.compile(rf"(?=((?:{'|'.join(sorted(TITLES, key=len, reverse=True))}))([{CJK}·]{{2,8}}))")
OFFICIAL = {"书记", "副书记", "市长", "副市长", "区长", "副区长", "主任", "部长", "局长", "主席", "副主席", "常委"}
PLACE_END = set("州市县区镇村乡省岛湾港")
GENERIC_FIRST = set("古重新老大小名都边本全该此各两多旧")
CLAUSE_NAME = re.compile(rf"(?:^|(?<=[，,。：:；;、“\s]))([{CJK}]{{2,3}})"
                         r"(?=表示|说|指出|强调|介绍|认为|向|出席|主持|代表|担任|告诉)")
NOT_NAME_END = set("区市县镇村局委院部省厅办化质图")
Span = tuple[int, int, str, str | None]


@dataclass
class Entity:
    """One labelled span of source text."""

    text: str
    simplified: str
    label: str
    start: int
    end: int
    role: str | None = None
    block: int = -1
    cue: str = ""  # where it came from: the rules, jieba, or what editors taught (a cue code)


def _cut_name(run: str) -> tuple[str, bool]:
    """A name from the characters after a title, and whether a verb or the text's end closed it."""
    if len(run) >= 2 and run[0] in "小老" and run[1] in SURNAMES:
        return run[:2], True
    for k in range(2, min(len(run), 4) + 1):
        if k == len(run) or any(run[k:].startswith(stop) for stop in NAME_STOP):
            return run[:k], k < len(run) or len(run) < 8
    return run[:3], False


def _full_title(s: str, at: int, title: str) -> str:
    """The title with the body it belongs to: 书记 after 市委 is 市委书记."""
    for prefix in ("市委", "区委", "省委", "县委", "镇委", "市", "区", "省", "县", "镇"):
        if s[max(0, at - len(prefix)):at] == prefix:
            return prefix + title
    return title


def _plausible_name(name: str) -> bool:
    return len(name) >= 2 and name not in NOT_PERSON and name[-1] not in NOT_NAME_END \
        and not any(ch in "于和的了在是与及之其这那为对" for ch in name) \
        and not name.endswith(("女士", "先生"))


CLAUSE_WORDS = tuple(w for w in (*TITLES, *NAME_STOP) if len(w) >= 2 and w not in ("委员", "常委"))


def _crosses_clause(body: str) -> bool:
    """True when a candidate organisation name swallows a title or a verb (区长郑丹辉代表…)."""
    inner = body[:-2]
    return any(w in inner for w in CLAUSE_WORDS)


def _org_body_ok(body: str) -> bool:
    return not any(ch in ORG_BODY_EXCLUDE for ch in body)


def _person_spans(s: str, known: set[str]) -> list[tuple[int, int, str, str | None]]:
    spans: list[tuple[int, int, str, str | None]] = []
    for match in TITLE_NAME.finditer(s):
        title, (name, closed) = match.group(1), _cut_name(match.group(2))
        start = match.start(2)
        if title in ("记者", "通讯员") or not closed or not _plausible_name(name):
            continue
        if len(name) == 4:
            ok = title in OFFICIAL and any(s.startswith(stop, start + 4) for stop in NAME_STOP)
        else:
            ok = title == "本名" or name[0] in SURNAMES or name[0] in "小老"
        if ok:
            role = None if title == "本名" else _full_title(s, match.start(1), title)
            spans.append((start, start + len(name), "PER", role))
    for match in CLAUSE_NAME.finditer(s):
        name = match.group(1)
        if name[0] in SURNAMES and _plausible_name(name) and name not in domain_words():
            spans.append((match.start(1), match.end(1), "PER", None))
    for name in known:
        for match in re.finditer(re.escape(name), s):
            spans.append((match.start(), match.end(), "PER", None))
    return spans


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The span patterns, built once from the domain dictionary."""
    words = domain_words()
    place_re = place_pattern()
    return {
        "org": re.compile(rf"(?=[{place_starts()}中国全省市区县镇])(?:{place_re}|{ORG_PREFIX})"
                          rf"(?:[（(][{CJK}]{{1,6}}[)）])?[{CJK}（）()]{{0,10}}?{ORG_SUFFIX}"),
        "org_more": re.compile(rf"[{CJK}]{{0,8}}?{ORG_SUFFIX}"),
        "loc": re.compile(rf"(?:{place_re})[{CJK}]{{0,6}}?{LOC_SUFFIX}(?![域长委级内外])"
                          rf"(?![{CJK}]{{0,1}}{ORG_SUFFIX})"),
        "village": re.compile(rf"[{CJK}]{{2,4}}?(?:街道|镇)[{CJK}]{{1,6}}?(?:村|社区|花园|广场|公园)"),
        "words": re.compile(trie_regex(set(words))),
    }


def _pattern_spans(s: str) -> list[tuple[int, int, str, str | None]]:
    spans: list[tuple[int, int, str, str | None]] = []
    pat = _patterns()
    for attempt in tried(pat["org"], s):
        end = attempt.end()
        more = pat["org_more"].match(s, end)
        while more and end < more.end() <= attempt.start() + ORG_MAX and _org_body_ok(more.group(0)):
            end = more.end()
            more = pat["org_more"].match(s, end)
        end = before_title(s, attempt.start(), end)
        body = s[attempt.start():end]
        if _org_body_ok(body.replace("（", "").replace("）", "")) and len(body) >= 3 and not _crosses_clause(body):
            spans.append((attempt.start(), end, "ORG", None))
            attempt.taken = True
    for attempt in tried(pat["loc"], s):
        if _org_body_ok(attempt.group(0)) and not any(ch in "各全多每考虑籍" for ch in attempt.group(0)):
            spans.append((attempt.start(), attempt.end(), "LOC", None))
            attempt.taken = True
    for match in pat["village"].finditer(s):
        text = match.group(0)
        if _org_body_ok(text) and not any(ch in "在到于从向和与及百千万各每全" for ch in text):
            spans.append((match.start(), match.end(), "LOC", None))
    words = domain_words()
    for match in pat["words"].finditer(s):
        spans.append((match.start(), match.end(), words[match.group(0)], None))
    for match in DATE.finditer(s):
        spans.append((match.start(), match.end(), "DATE", None))
    return spans


def _jieba_spans(s: str, toks: list[tuple[str, str]]) -> list[tuple[int, int, str, str | None]]:
    spans: list[tuple[int, int, str, str | None]] = []
    pos = 0
    for word, flag in toks:
        start, pos = pos, pos + len(word)
        if flag == "ns" and word not in NOT_PLACE and len(word) >= 2 and word[-1] in PLACE_END \
                and not (len(word) == 2 and word[0] in GENERIC_FIRST):   # 古镇, 新区, 都市: kinds of places
            spans.append((start, pos, "LOC", None))
        elif flag == "nt" and len(word) >= 3 and (re.search(ORG_SUFFIX + "$", word) or word.endswith("科院")):
            spans.append((start, pos, "ORG", None))
    return spans


def _longest_first(spans: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """Keep non-overlapping spans, longer ones first; PER beats others on equal length."""
    rank = {"PER": 0, "ORG": 1, "LOC": 2, "DATE": 3}
    chosen: list[tuple[int, int, str, str | None]] = []
    taken: set[int] = set()
    # a total order (never set order, which changes with the hash seed): on equal spans the fuller title
    # wins — 副市长 over 市长, 漫画家 over 画家
    for span in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), rank.get(x[2], len(rank)), x[2], x[3] is None,
                                                  x[0], -len(x[3] or ""), x[3] or "")):   # a label of the user's: last
        if taken.isdisjoint(range(span[0], span[1])):
            chosen.append(span)
            taken.update(range(span[0], span[1]))
    return sorted(chosen)


BAD_TAGS = {"p", "c", "d", "u", "uj", "ul", "r", "y", "e", "zg", "m", "q"}
NUMBERED = ("中学", "小学", "医院", "幼儿园", "学校", "中心小学")


def _token_edges(toks: list[tuple[str, str]]) -> tuple[set[int], list[tuple[int, int]]]:
    """Word edges, and the words no place or body may hold (verbs but near the end, function words)."""
    cuts, bad, pos = {0}, [], 0
    for word, tag in toks:
        if tag in BAD_TAGS or tag == "v":
            bad.append((pos, pos + len(word), tag))
        pos += len(word)
        cuts.add(pos)
    return cuts, bad  # type: ignore[return-value]


def _fits_tokens(span: tuple[int, int, str, str | None], cuts: set[int], bad: list, s: str) -> bool:
    """A place or body starts on a word edge and holds no verb, adverb, preposition or conjunction; a body may
    end in a verb (…招商), a school or hospital may hold a number (北京九十中学, 第一人民医院)."""
    i, j, label, _ = span
    if label in ("PER", "DATE"):
        return True
    if i not in cuts:
        return False
    k = bisect_left(bad, (i,))
    while k < len(bad) and bad[k][0] < j:
        a, b, tag = bad[k]
        allowed = (tag == "v" and a >= j - 3 and label == "ORG") or \
            (tag == "m" and label == "ORG" and s[i:j].endswith(NUMBERED))
        if b <= j and not allowed:
            return False
        k += 1
    return True


def rule_spans(s: str, toks: list[tuple[str, str]],
               known_people: set[str]) -> tuple[list[Span], dict[tuple[int, int], set[str]]]:
    """Every span the rules propose for one line, and which rules proposed each person (the model chooses)."""
    spans, sources, _, _ = _proposals(s, toks, known_people)
    return spans, sources


def _proposals(s: str, toks: list[tuple[str, str]], known_people: set[str]
               ) -> tuple[list[Span], dict[tuple[int, int], set[str]], set[tuple[int, int, str]], set[int]]:
    """The spans of one line, the sources of each person, the spans only jieba proposed, and the word edges."""
    cuts, tok_spans = _token_edges(toks)
    titled, tok, dots = _person_spans(s, known_people), token_people(toks, all_words()), dot_names(s)
    ruled = titled + _pattern_spans(s) + world_spans(s, cuts) + dots + marked_spans(toks)
    machine = _jieba_spans(s, toks) + tok
    spans = [x for sp in ruled + machine if _fits_tokens(sp, cuts, tok_spans, s) for x in national(sp, s)]
    spans += country_forms(s)
    listed = speaker_and_list_people(s, spans)
    sources: dict[tuple[int, int], set[str]] = {}
    for name, found in (("title", titled), ("tok", tok), ("dot", dots), ("list", listed), ("any", spans)):
        for i, j, label, role in found:
            if label == "PER":
                sources.setdefault((i, j), set()).add("title" if name == "title" and role else name)
    jieba_only = {sp[:3] for sp in machine} - {sp[:3] for sp in ruled + listed}
    return spans + listed, sources, jieba_only, cuts


def block_candidates(block: Block, known_people: set[str]) -> tuple[list, set[int], set[tuple[int, int, str]], list]:
    """A block's proposed spans (people chosen by the model), word edges, the spans the rules found, its words."""
    s = block.simplified
    toks = tokens(s)
    spans, sources, jieba_only, cuts = _proposals(s, toks, known_people)
    spans = choose_people(s, toks, spans, sources, known_people)
    return spans, cuts, {sp[:3] for sp in spans if sp[:3] not in jieba_only}, toks


def choose_entities(block: Block, source: str, found: tuple[list, set[int], set, list], index: int,
                    lexicon: Lexicon | None = None) -> list[Entity]:
    """The entities of one block from its candidates, with what the lexicon teaches applied."""
    s = block.simplified
    spans, cuts, by_rules, toks = found
    spans, taught = learned_spans(s, spans, cuts, lexicon, toks, by_rules)
    out = []
    for i, j, label, role in _longest_first(spans):
        start, end = block.source_span(i, j)
        cue = taught.get((i, j, label)) or (RULES if (i, j, label) in by_rules else JIEBA)
        out.append(Entity(source[start:end], s[i:j], label, start, end, role, index, cue))
    return out


def block_entities(block: Block, source: str, known_people: set[str], index: int,
                   lexicon: Lexicon | None = None) -> list[Entity]:
    """Entities of one block."""
    return choose_entities(block, source, block_candidates(block, known_people), index, lexicon)


def credited_people(art: ArticleResult) -> set[str]:
    """The Simplified names an article's credits hold (its reporters, correspondents, photographers)."""
    names = art.fields.credits.names
    return {to_simplified_aligned(n) for n in names["reporters"] + names["correspondents"] + names["photographers"]}


def extract_entities(page: PageAnalysis, lexicon: Lexicon | None = None) -> None:
    """Fill each article's entity list (origin auto, status suggested), with what the lexicon teaches."""
    for art in page.articles:
        people = credited_people(art)
        art.entities = []
        for m in art.members:
            if art.roles[m] in LABELLED_ROLES:
                art.entities.extend(block_entities(page.blocks[m], page.text, people, m, lexicon))
