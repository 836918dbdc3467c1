"""Candidate people for the person model: spans from jieba's words, cheap to find, many of them wrong.

A candidate starts at a word that could start a name — a surname, a Japanese family name, a
transliteration, a word jieba tags as a name — or at a name jieba's cut crossed: a lone
surname and the word after it (``张|增军``), a two-character name whose last character jieba
glued to the next word (``张洁|清算``) or whose surname it glued to the word before
(``中江|宏伟``), both sides of a ``·``, the person a cup is named after (``汤杯``, ``尤伯杯``).
``person_model`` scores them; the model, not this module, decides which are people.
"""
from __future__ import annotations

from jmreview.analysis.lexicon import MORE_SURNAMES, SURNAMES
from jmreview.analysis.names import SURNAME2, TRANSLIT

Cands = dict[tuple[int, int], tuple[int, int, str]]
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
           "大娘", "大爷", "大妈", "厂长", "经理", "主任", "委员长", "司令", "将军", "总统", "首相", "大使", "省长",
           "师傅"}
GATE = COMMON_SURNAMES | set("·•") | {w[0] for w in JAPANESE} | {w[0] for w in SURNAME2}
DOTS = ("·", "•")
LAST_GATE = COMMON_SURNAMES | {"杯", "赛"}   # a word ending so may cross a name (中江|宏伟) or name a cup (汤杯)


def tier(word: str) -> str:
    """How surely the word starts with a surname: 2 (double), J (Japanese), A, B, C (rarer), 0 (none)."""
    if word[:2] in SURNAME2:
        return "2"
    if word[:2] in JAPANESE or word[:3] in JAPANESE:
        return "J"
    c = word[0]
    return "A" if c in SURNAMES else "B" if c in MORE_SURNAMES else "C" if c in RARE_SURNAMES else "0"


def translit(word: str) -> float:
    """The share of the word's characters that transliterations use."""
    return sum(map(TRANSLIT.__contains__, word)) / len(word)


def cjk(word: str) -> bool:
    """Chinese characters (and the dot of foreign names) only."""
    return all("\u4e00" <= ch <= "\u9fff" or ch in "·•" for ch in word)


def _add(out: Cands, a: int, b: int, k: int, m: int, kind: str = "") -> None:
    if (a, b) not in out:
        out[a, b] = (k, m, kind)


def starts(toks: list[tuple[str, str]]) -> list[int]:
    """Where each word starts, and the text's end."""
    out, pos = [], 0
    for word, _ in toks:
        out.append(pos)
        pos += len(word)
    return out + [pos]


def _crossing(toks: list[tuple[str, str]], k: int, a: int, word: str, tag: str, out: Cands) -> None:
    """Names jieba's cut crossed: a lone surname and the next word, a character glued on either side."""
    n, t = len(toks), tier(word)
    if len(word) == 1 and t in "ABC" and tag not in NAMEISH and k + 1 < n:
        nxt, ntag = toks[k + 1]
        if ntag not in NOT_NEXT and cjk(nxt) and len(nxt) <= 2:
            _add(out, a, a + 1 + len(nxt), k, k + 2, "sur1")  # 张|增军, 罗|点点: a surname jieba left alone
    if tag in ("nr", "nrt", "nrfg") and 2 <= len(word) <= 8:
        _add(out, a, a + len(word), k, k + 1, "nrw")  # any word jieba's dictionary calls a name
    if len(word) == 2 and k + 1 < n and len(toks[k + 1][0]) == 2 and cjk(toks[k + 1][0]):
        if t in "AB" and tag in NAMEISH:
            _add(out, a, a + 3, -1, -1, "crossR")  # 张洁|清算: the name's last character glued to a verb
        if word[1] in COMMON_SURNAMES and toks[k + 1][1] in NAMEISH | {"a", "n", "ns"}:
            _add(out, a + 1, a + 3, -1, -1, "crossL")  # 中江|宏伟: the surname glued to the word before


def _word_candidates(toks: list[tuple[str, str]], k: int, a: int, word: str, tag: str, out: Cands) -> None:
    """Candidates starting at one word (or at a name inside it): the word, and the word with its neighbours."""
    n = len(toks)
    t, tr = tier(word), (translit(word) if len(word) > 1 else float(word in TRANSLIT))
    if t in "AB" and (word[1:] in OFFICES or (len(word) == 1 and k + 1 < n and toks[k + 1][0] in OFFICES)):
        _add(out, a, a + 1, k, k + 1)  # 江主席, 胡老: the news convention
    _crossing(toks, k, a, word, tag, out)
    if not (tag in NAMEISH and (tag != "nz" or t != "0") or t in "2J"):
        return  # other words almost never start a name (measured on the news split)
    longest = 8 if tr >= 0.5 else 5 if t == "J" else 4
    if 2 <= len(word) <= longest:
        _add(out, a, a + len(word), k, k + 1)
    total, m = len(word), k + 1
    while m < n and m - k < 3:
        nxt, ntag = toks[m]
        if ntag in NOT_NEXT or not cjk(nxt):
            break
        total += len(nxt)
        chinese = t in "ABC" and total <= 4 and len(word) <= 2 and len(nxt) <= 2 and m - k == 1
        japanese = t == "J" and total <= 5
        foreign = tr >= 0.5 and translit(nxt) >= 0.5 and total <= 8
        if not (chinese or japanese or foreign):
            break
        _add(out, a, a + total, k, m + 1)
        m += 1


def _cup(word: str, a: int, out: Cands) -> None:
    """The person a cup is named after, the news convention: 汤杯 → 汤, 尤伯杯 → 尤伯, 汤尤杯赛 → 汤 and 尤."""
    head = word[:word.index("杯")]
    if 1 <= len(head) <= 4 and cjk(head):
        if len(head) == 2 and all(ch in COMMON_SURNAMES for ch in head):
            _add(out, a, a + 1, -1, -1, "cup")
            _add(out, a + 1, a + 2, -1, -1, "cup")
        elif head[0] in COMMON_SURNAMES or translit(head) >= 0.5:
            _add(out, a, a + len(head), -1, -1, "cup")


def _dotted(toks: list[tuple[str, str]], k: int, st: list[int], out: Cands) -> None:
    """Both sides of a ``·``: one or two words before, one to three after."""
    for p in range(max(0, k - 2), k):
        for q in range(k + 2, min(len(toks), k + 4) + 1):
            if all(cjk(w) and w not in DOTS for w, _ in toks[p:k] + toks[k + 1:q]):
                _add(out, st[p], st[q], p, q)


def candidates(toks: list[tuple[str, str]], st: list[int]) -> Cands:
    """Candidate spans from jieba's words: span → (first token, token after; -1 when inside a word; its kind)."""
    out: Cands = {}
    for k, (word, tag) in enumerate(toks):
        if tag not in NAMEISH and word[0] not in GATE and word[-1] not in LAST_GATE:
            continue  # most words: no name starts, ends or hides here (the checks below, decided in three looks)
        if word.endswith(("杯", "杯赛")):
            _cup(word, st[k], out)
            continue
        if word in DOTS:
            if 0 < k < len(toks) - 1:
                _dotted(toks, k, st, out)
            continue
        crossed = len(word) == 2 and word[1] in COMMON_SURNAMES
        if not crossed and tag not in NAMEISH and (
                word[0] not in GATE or (word[:2] not in JAPANESE and word[:2] not in SURNAME2
                                        and not (word[0] in COMMON_SURNAMES
                                                 and (len(word) == 1 or word[1:] in OFFICES)))):
            continue  # the common case, decided in one or two looks
        if not cjk(word):
            continue
        _word_candidates(toks, k, st[k], word, tag, out)
        if tag == "new" and tier(word[1:]) in "AB":  # 令欣嘉, 当许|传音: a function character glued before
            if len(word) >= 3:
                _add(out, st[k] + 1, st[k + 1], -1, -1)
            elif k + 1 < len(toks) and len(toks[k + 1][0]) <= 2 and cjk(toks[k + 1][0]):
                _add(out, st[k] + 1, st[k + 2], -1, -1)
        if tag == "new" and len(word) >= 3 and (tier(word) != "0" or translit(word) >= 0.5):
            _add(out, st[k], st[k + 1] - 1, -1, -1)  # 高云|江说, 诗丽婉到: a verb glued after the name
    return out
