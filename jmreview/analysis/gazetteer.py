"""World places and organisations (data/gazetteer.txt) and the patterns built on them.

The domain dictionary knows Jiangmen; the gazetteer knows the world: countries, continents,
oceans, capitals and major cities, international bodies, news agencies. Both are plain
`word LABEL` files; here they become one word table and a few compiled patterns.
"""
from __future__ import annotations

import re
from functools import lru_cache

from jmreview.analysis.lexicon import domain_words
from jmreview.resources import data_file

CJK = r"\u4e00-\u9fff"
# one-character forms of countries and regions, as newspapers pair them: 中美关系, 印巴两国, 访华
ABBREVIATIONS = "中美俄日韩朝英法德意印巴以澳加欧亚非拉越泰菲蒙港台葡荷墨古伊叙埃"   # not 西, 南: directions first
PAIR_AFTER = (r"(?:两国|三国|四国|双方|三方|关系|首脑|会谈|会晤|友好|合作|贸易|之间|峰会|联合声明|边境|建交|"
              r"外长|领导人|、)")
HOME = "华京沪港澳台穗"
SPORTS = "足球|篮球|排球|网球|乒乓球|羽毛球|手球|水球|冰球|棒球|垒球|田径|游泳|跳水|体操|举重|射击"
TAILS = {"总统", "总理", "政府", "人民", "人", "方", "队", "籍", "军", "国内", "国民", "市场", "经济", "外长", "大使",
         "首相", "国王", "女王", "代表团", "男队", "女队", "使馆", "大使馆", "公司", "时间", "各地", "全国", "境内",
         "理论", "思想", "主义", "同志", "诞辰", "故居", "纪念馆", "主席", "总书记"}


@lru_cache(maxsize=1)
def world_words() -> dict[str, str]:
    """The gazetteer: word → label (LOC, ORG, and PER for well-known people)."""
    words: dict[str, str] = {}
    for line in data_file("gazetteer.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, label = line.split()
            words[word] = label
    return words


@lru_cache(maxsize=1)
def all_words() -> dict[str, str]:
    """Domain dictionary and gazetteer together; the domain dictionary wins where both list a word."""
    return {**world_words(), **domain_words()}


def trie_regex(words: list[str] | set[str]) -> str:
    """A regex matching any of the words, longest first, as a character trie (fast on thousands of words)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    first = "".join(re.escape(ch) for ch in sorted(trie) if ch)
    # a look-ahead for the possible first characters: re tries the many branches only where one can start
    return f"(?=[{first}]){build(trie)}" if len(trie) > 1 else build(trie)


@lru_cache(maxsize=1)
def place_starts() -> str:
    """The characters a known place name can start with, for a regex character class."""
    return "".join(re.escape(ch) for ch in sorted({w[0] for w, lab in all_words().items() if lab == "LOC" and w}))


@lru_cache(maxsize=1)
def _place_start() -> re.Pattern[str]:
    return re.compile(place_pattern())


def place_run(text: str) -> bool:
    """True when the text is known place names one after another, the last perhaps with its level
    (江门五邑, 台山市, 广东江门市); 蓬江老 is not."""
    pos, pattern = 0, _place_start()
    while pos < len(text):
        match = pattern.match(text, pos)
        if match is None or match.end() == pos:
            return pos > 0 and text[pos:] in ("市", "县", "区", "镇", "省")
        pos = match.end()
    return True


@lru_cache(maxsize=1)
def place_pattern() -> str:
    """A regex matching every known place name, longest first."""
    return "(?:" + trie_regex({w for w, lab in all_words().items() if lab == "LOC"}) + ")"


@lru_cache(maxsize=1)
def world_patterns() -> dict[str, re.Pattern[str]]:
    """Teams, country pairs and one-character country forms."""
    places = place_pattern()
    ab = ABBREVIATIONS
    return {
        # 中国队, 印尼女队, 中国男队, 广州松日队, 辽宁队
        "team": re.compile(rf"(?:{places})(?:[{CJK}]{{0,3}}?)(?:国家)?(?:男子|女子|男|女)?(?:{SPORTS})?队"
                           rf"(?![员长伍列友形])"),
        # 中美关系, 日俄首脑, 中、阿双方, 美日之间
        "pair": re.compile(rf"([{ab}])(?:、)?([{ab}])(?:、([{ab}]))?(?={PAIR_AFTER})"),
        # 访华, 来华, 驻华, 在京, 对美
        "visit": re.compile(rf"[访驻来赴在抵离对旅援]([{HOME}美俄日韩英法德印])"
                            r"(?=[，。、期时间后前的投外大使工作访问召开举行会见])"),
        # 中方, 美方
        "side": re.compile(rf"([{ab}])(?=方[，。、的表认提强同在已将也愿对])"),
    }


def world_spans(s: str, cuts: set[int]) -> list[tuple[int, int, str, str | None]]:
    """Gazetteer words on token edges, teams, and one-character country forms in pairs."""
    spans: list[tuple[int, int, str, str | None]] = []
    words = all_words()
    for match in _word_pattern().finditer(s):
        if match.start() in cuts and (match.end() in cuts or _prefix_of_word(s, match.start(), match.end(), cuts)):
            spans.append((match.start(), match.end(), words[match.group(0)], None))
    pat = world_patterns()
    for match in pat["team"].finditer(s) if "队" in s else ():   # every team ends in 队
        spans.append((match.start(), match.end(), "ORG", None))
    return spans


def country_forms(s: str) -> list[tuple[int, int, str, str | None]]:
    """One-character country forms in pairs and after a verb of going (中美关系, 访华, 中方), before a word that
    says so: inside a word of jieba's by nature (访华 is one word), so not held to word edges as other places
    are; never inside a foreign name (胡安·拉蒙)."""
    spans: list[tuple[int, int, str, str | None]] = []
    pat = world_patterns()
    for match in pat["pair"].finditer(s):
        if "·" in s[max(0, match.start() - 1):match.end() + 1]:
            continue
        for g in (1, 2, 3):
            if match.group(g):
                spans.append((match.start(g), match.end(g), "LOC", None))
    for key in ("visit", "side"):
        for match in pat[key].finditer(s):
            spans.append((match.start(1), match.end(1), "LOC", None))
    return spans


def _prefix_of_word(s: str, i: int, j: int, cuts: set[int]) -> bool:
    """A name at the start of a longer word whose rest is a common tail (美国|总统, 中国|人民)."""
    end = min((c for c in cuts if c > j), default=len(s))
    return s[j:end] in TAILS


@lru_cache(maxsize=1)
def _word_pattern() -> re.Pattern[str]:
    return re.compile(trie_regex(set(world_words())))


def national(span: tuple[int, int, str, str | None], s: str) -> list[tuple[int, int, str, str | None]]:
    """A country's government or army is the country (中国政府 → 中国); 湖北阳新县 is two places."""
    i, j, label, role = span
    text = s[i:j]
    world = world_words()
    for tail in ("政府", "军队"):
        if label == "ORG" and text.endswith(tail) and world.get(text[:-2]) == "LOC":
            return [(i, j - 2, "LOC", None)]
    if label == "LOC" and text.endswith(("地区", "城市", "城区")) and len(text) >= 4 \
            and place_run(text[:-2]):   # 江门五邑地区, 台山市城市: the place, not its area
        return [(i, j - 2, "LOC", None)]
    if label == "LOC" and text[-1] in "市县区镇乡" and len(text) >= 5:
        for k in range(len(text) - 3, 1, -1):
            head = text[:k]
            if world.get(head) == "LOC" or (head[-1] in "省市" and head[:-1] in world):
                return [(i, i + k, "LOC", None), (i + k, j, "LOC", None)]
    return [span]
