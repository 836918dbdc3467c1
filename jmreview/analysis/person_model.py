"""People chosen by a small learned model: candidate spans from jieba's words and the rules, scored.

The rules of ``entities`` and ``names`` propose people; here more candidates come from jieba's
words (a surname word and its neighbour, a two-character name and a lone given-name character,
transliteration pieces, a surname before an office), and a logistic model over cheap features
of each candidate — its words and tags, surname tier, transliteration share, the words beside
it, which rules proposed it — keeps the likely ones. The weights (``data/person_model.json.gz``)
are learned offline by ``resources/tools/train_person_model.py``; only lines with a candidate
cost anything.
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from math import log

from jmreview.analysis.gazetteer import all_words
from jmreview.analysis.lexicon import MORE_SURNAMES, NAME_STOP, SURNAMES, TITLES, tokenizer
from jmreview.analysis.names import AFTER_NAME, GIVEN, OFFICE, SURNAME2, TRANSLIT, plausible
from jmreview.resources import data_file

Span = tuple[int, int, str, str | None]
# commonest Chinese surnames after those of ``lexicon`` (ranked lists of the national census)
RARE_SURNAMES = set(
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍"
    "涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党"
    "宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈"
    "匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支"
    "卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉"
    "银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由钮恽郅"
) - SURNAMES - MORE_SURNAMES
# commonest Japanese family names (ranked lists), in their Chinese characters
JAPANESE = set(
    "佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 池田 桥本 阿部 "
    "石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 西村 藤井 金子 冈本 "
    "藤原 三浦 中野 原田 松田 竹内 小野 田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 "
    "岛田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 小山 大塚 平野 菅原 久保 松井 千叶 岩崎 樱井 "
    "木下 野口 松尾 菊地 野村 新井 渡部 中川 北村 森本".split())
COMMON_SURNAMES = SURNAMES | MORE_SURNAMES
NAMEISH = {"nr", "nrfg", "nrt", "new", "nz"}
NOT_NEXT = {"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "x", "y", "e", "eng"}
# words after which a lone surname is a person in news text (江主席, 胡老); the guide's 刘女士 is not one
OFFICES = {"老", "老师", "主席", "总理", "外长", "部长", "局长", "副局长", "市长", "县长", "书记", "教授", "校长",
           "大娘",
           "大爷", "大妈", "厂长", "经理", "主任", "委员长", "司令", "将军", "总统", "首相", "大使", "省长", "师傅"}


GATE = COMMON_SURNAMES | set("·•") | {w[0] for w in JAPANESE} | {w[0] for w in SURNAME2}


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The learned feature weights (bias under ``""``)."""
    with gzip.open(data_file("person_model.json.gz"), "rt", encoding="utf-8") as fh:
        return dict(json.load(fh)["w"])


def _tier(word: str) -> str:
    if word[:2] in SURNAME2:
        return "2"
    if word[:2] in JAPANESE or word[:3] in JAPANESE:
        return "J"
    c = word[0]
    return "A" if c in SURNAMES else "B" if c in MORE_SURNAMES else "C" if c in RARE_SURNAMES else "0"


def _translit(word: str) -> float:
    return sum(map(TRANSLIT.__contains__, word)) / len(word)


def _cjk(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" or ch in "·•" for ch in word)


def _add(out: dict[tuple[int, int], tuple[int, int]], a: int, b: int, k: int, m: int) -> None:
    if (a, b) not in out:
        out[a, b] = (k, m)


def _starts(toks: list[tuple[str, str]]) -> list[int]:
    starts, pos = [], 0
    for word, _ in toks:
        starts.append(pos)
        pos += len(word)
    return starts + [pos]


def _word_candidates(toks: list[tuple[str, str]], k: int, a: int, word: str, tag: str,
                     out: dict[tuple[int, int], tuple[int, int]]) -> None:
    """Candidates starting at one word (or at a name inside it): the word, and the word with its neighbours."""
    n = len(toks)
    tier, tr = _tier(word), (_translit(word) if len(word) > 1 else float(word in TRANSLIT))
    if tier in "AB" and (word[1:] in OFFICES or (len(word) == 1 and k + 1 < n and toks[k + 1][0] in OFFICES)):
        _add(out, a, a + 1, k, k + 1)  # 江主席, 胡老: the news convention
    if not (tag in NAMEISH and (tag != "nz" or tier != "0") or tier in "2J"):
        return  # other words almost never start a name (measured on the news split)
    longest = 8 if tr >= 0.5 else 5 if tier == "J" else 4
    if 2 <= len(word) <= longest:
        _add(out, a, a + len(word), k, k + 1)
    total, m = len(word), k + 1
    while m < n and m - k < 3:
        nxt, ntag = toks[m]
        if ntag in NOT_NEXT or not _cjk(nxt):
            break
        total += len(nxt)
        chinese = tier in "ABC" and total <= 4 and len(word) <= 2 and len(nxt) <= 2 and m - k == 1
        japanese = tier == "J" and total <= 5
        foreign = tr >= 0.5 and _translit(nxt) >= 0.5 and total <= 8
        if not (chinese or japanese or foreign):
            break
        _add(out, a, a + total, k, m + 1)
        m += 1


def candidates(toks: list[tuple[str, str]], starts: list[int]) -> dict[tuple[int, int], tuple[int, int]]:
    """Candidate spans from jieba's words: span → (first token, token after; -1 when inside a word)."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for k, (word, tag) in enumerate(toks):
        if tag not in NAMEISH and (word[0] not in GATE or (word not in "·•" and word[:2] not in JAPANESE
                                                         and word[:2] not in SURNAME2
                                                         and not (word[0] in COMMON_SURNAMES
                                                                  and (len(word) == 1 or word[1:] in OFFICES)))):
            continue  # the common case, decided in one or two looks
        if not _cjk(word):
            if word in "·•" and 0 < k < len(toks) - 1:
                for p in range(max(0, k - 2), k):
                    for q in range(k + 2, min(len(toks), k + 4) + 1):
                        if all(_cjk(w) and w not in "·•" for w, _ in toks[p:k] + toks[k + 1:q]):
                            _add(out, starts[p], starts[q], p, q)
            continue
        _word_candidates(toks, k, starts[k], word, tag, out)
        if tag == "new" and _tier(word[1:]) in "AB":  # 令欣嘉, 当许|传音: a function character glued before
            if len(word) >= 3:
                _add(out, starts[k] + 1, starts[k + 1], -1, -1)
            elif k + 1 < len(toks) and len(toks[k + 1][0]) <= 2 and _cjk(toks[k + 1][0]):
                _add(out, starts[k] + 1, starts[k + 2], -1, -1)
        if tag == "new" and len(word) >= 3 and (_tier(word) != "0" or _translit(word) >= 0.5):
            _add(out, starts[k], starts[k + 1] - 1, -1, -1)  # 高云|江说, 诗丽婉到: a verb glued after the name
    return out


TITLE_WORDS = tuple(sorted(set(TITLES) | set(OFFICE) | {"外援", "选手", "教练", "司令", "秘书", "名将", "作者", "学者",
                                                      "夫人"}))


@lru_cache(maxsize=1)
def _emit_table() -> dict[tuple[str, str], dict[str, float]]:
    from jieba.posseg.prob_emit import P

    return {k: v for k, v in P.items() if k[1] in ("nr", "nrt", "nrfg")}


@lru_cache(maxsize=8192)
def _emit(text: str) -> int:
    """jieba's own name model: how a person's name it finds these characters (log-probability bucket)."""
    table = _emit_table()
    n = len(text)
    states = "S" if n == 1 else "B" + "M" * (n - 2) + "E"
    best = -99.0
    for tag in ("nr", "nrt"):
        v = sum(table.get((st, tag), {}).get(ch, -15.0) for st, ch in zip(states, text)) / n
        best = max(best, v)
    return int(max(-15.0, best))


def _bucket(x: float) -> str:
    return "0" if x == 0 else "l" if x < 0.5 else "m" if x < 1 else "1"


def features(s: str, toks: list[tuple[str, str]], span: tuple[int, int], k: int, m: int,
             sources: set[str], others: dict[tuple[int, int], str], freq: dict[str, int]) -> list[str]:
    """The feature names of one candidate (k..m: its first token and the token after it, -1 if unknown)."""
    i, j = span
    text = s[i:j]
    n = len(text)
    tier, tr = _tier(text), _bucket(_translit(text))
    f = ["", f"len={min(n, 6)}", f"tier={tier}", f"tr={tr}", f"lt={min(n, 6)}{tier}{tr}",
         f"c0={text[0]}", f"cL={text[-1]}", f"c1={text[1] if n > 1 else '-'}", f"c2={text[2] if n > 2 else '-'}",
         f"dot={'·' in text}"]
    f += [f"src={x}" for x in sorted(sources)]
    if k >= 0:
        f.append(f"ntok={min(m - k, 4)}")
        f.append("tags=" + "+".join(t for _, t in toks[k:m]))
        prev, ptag = toks[k - 1] if k else ("^", "^")
        nxt, ntag = toks[m] if m < len(toks) else ("$", "$")
        f += [f"p={prev}", f"pt={ptag}", f"n={nxt}", f"nt={ntag}", f"tn={tier}{ntag}", f"tp={tier}{ptag}",
              f"pe={prev[-2:]}", f"nb={nxt[:1]}"]
        f += [f"ptitle={prev.endswith(TITLE_WORDS)}{tier}",
              f"nstop={nxt in AFTER_NAME or nxt.startswith(NAME_STOP)}{tier}"]
    else:
        f.append("ntok=?")
    if tier in "ABC" and n in (2, 3):
        f.append(f"given={n}{''.join(str(int(ch in GIVEN)) for ch in text[1:])}")
    f.append(f"emit={_emit(text)}")
    f += [f"pc={s[i - 1] if i else '^'}", f"nc={s[j] if j < len(s) else '$'}"]
    wf = freq.get(text, 0)
    words = all_words()
    f.append(f"f={min(int(log(wf + 1)), 8)}")
    label = words.get(text)
    if label:
        f.append(f"gaz={label}")
    label = others.get(span)
    if label:
        f.append(f"same={label}")
    for (a, b), lab in others.items():
        if a <= i and j <= b and (a, b) != span:
            f.append(f"in={lab}")
            break
    return f


def scored(s: str, toks: list[tuple[str, str]], spans: list[Span], sources: dict[tuple[int, int], set[str]],
           freq: dict[str, int]) -> list[tuple[tuple[int, int], list[str]]]:
    """Every candidate person of a line with its features."""
    starts = _starts(toks)
    cands = candidates(toks, starts)
    edges = {pos: k for k, pos in enumerate(starts)}
    for span in sources:
        if span not in cands:
            k, m = edges.get(span[0], -1), edges.get(span[1], -1)
            cands[span] = (k, m) if k >= 0 and m > k else (-1, -1)
    others = {(i, j): label for i, j, label, _ in spans if label != "PER"}
    return [(span, features(s, toks, span, k, m, sources.get(span, set()), others, freq))
            for span, (k, m) in cands.items() if span in sources or _name_shaped(s[span[0]:span[1]])]


def _name_shaped(text: str) -> bool:
    """A candidate no rule proposed must look like a name: a surname or a transliteration, no place ending."""
    if len(text) == 1:
        return True
    return plausible(text) and (_tier(text) != "0" or _translit(text.replace("·", "")) >= 0.66)


def choose_people(s: str, toks: list[tuple[str, str]], spans: list[Span], sources: dict[tuple[int, int], set[str]],
                  known: set[str], model: dict[str, float] | None = None) -> list[Span]:
    """The spans with people replaced by the candidates the model keeps (byline names always kept)."""
    w = weights() if model is None else model
    freq = tokenizer().tokenizer.FREQ
    roles = {(i, j): role for i, j, label, role in spans if label == "PER" and role}
    chosen: list[tuple[float, tuple[int, int]]] = []
    for span, feats in scored(s, toks, spans, sources, freq):
        score = sum(w.get(x, 0.0) for x in feats)
        if s[span[0]:span[1]] in known:
            score += 100.0
        if score > 0:
            chosen.append((score, span))
    taken: set[int] = set()
    out = [sp for sp in spans if sp[2] != "PER"]
    for _, (i, j) in sorted(chosen, key=lambda x: (-x[0], x[1])):
        if taken.isdisjoint(range(i, j)):
            taken.update(range(i, j))
            out.append((i, j, "PER", roles.get((i, j))))
    return out
