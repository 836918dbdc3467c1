"""People found from jieba's words and name model, transliterations, lists and speaker labels.

The title rules of ``entities`` find a person only beside a title or a verb. Here: words
jieba's dictionary tags as names, unknown words its HMM joined that start with a surname or
read as a transliteration, names joined by ``·``, the other names of a ``、`` list, and the
name of a ``职衔 姓名：`` speaker label.
"""
from __future__ import annotations

import re

from jmreview.analysis.lexicon import MORE_SURNAMES, NOT_PERSON, SURNAMES, TITLES

CJK = r"\u4e00-\u9fff"
Span = tuple[int, int, str, str | None]
# characters of transliterated names (most frequent in the transliterated names of jieba's dictionary)
TRANSLIT = set(
    "尔斯拉克特里夫德阿卡布维巴格哈尼瓦科罗塔多奥亚普纳利洛伊马诺基托达米弗西萨雷姆莱勒蒂帕埃茨莫贝曼迪库塞兰"
    "比加奇什菲赫耶鲁波恩伯伦吉图穆威朗默索戈列古韦顿安杜切坦林希乌雅瑟森梅法涅博扎沃堡兹佩凯霍约费皮努迈彼"
    "得娜艾杰坎福麦劳谢玛卢蒙哥登金舍丁因摩施逊罕查瓜莎佐提那卜丽琳妮莉蕾黛露薇琼汀柯亨詹桑胡乔霍"
)
SURNAME2 = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "端木")
TRAILING = set("说等和在是作曾也则又还将就")
NAMEISH = {"new", "nr", "nrt"}
FUNCTION = set("的了在是和与及等说向为对也都就将把被从到着过年月日时人个们中上下里外前后等")
GIVEN = set("伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子"
            "杰涛昌成康星光"
            "天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣"
            "朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳"
            "素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉"
            "眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝"
            "思丽钦焯溥珂")
AFTER_NAME = {"说", "表示", "等", "同志", "先生", "女士", "、", "：", "（", "指出", "认为", "介绍", "强调", "告诉",
              "称", "和", "与",
              "总统", "总理", "主席", "外长", "部长", "教授", "大使", "元帅", "将军", "书记", "委员长", "首相", "同学"}
BEFORE_NAME = {"、", "和", "与", "会见", "记者", "总统", "总理", "主席", "外长", "部长", "教授", "大使", "书记", "首相",
               "同志们"}
BAD_END = set("区市县镇村局委院部省厅办化质图队会所站港湾路街道山河江湖州岛乡们家人者性式型期级")
DOTS = re.compile("[·•]")
NOT_NAME_NEXT = set("的和与及在是说等了对向为将也都")
SPEAKER = re.compile(rf"^(?:[{CJK}]{{0,12}}[ 　]+)?((?:{'|'.join(SURNAME2)}|[{''.join(sorted(SURNAMES))}])"
                     rf"[{CJK}]{{1,2}})[：:]")
LIST_ITEM = re.compile(rf"(?<=[、])([{CJK}]{{2,3}})(?=[、，。；等和与及])|([{CJK}]{{2,3}})(?=、)")


OFFICE = ("总统", "总理", "首相", "大臣", "部长", "外长", "发言人", "主席", "国王", "女王", "议长", "大使", "秘书长",
          "领导人", "总书记", "主教练", "教练", "总裁", "董事长", "市长", "州长", "参议员", "议员", "特使", "王子",
          "亲王")


def _surname_name(word: str) -> bool:
    if word.startswith(SURNAME2):
        return 3 <= len(word) <= 4
    return (2 <= len(word) <= 3 and word[0] in SURNAMES) or (len(word) == 3 and word[0] in MORE_SURNAMES)


def plausible(word: str) -> bool:
    """A word that could be a person's name at all."""
    return word not in NOT_PERSON and word[-1] not in BAD_END \
        and not any(ch in "的了在是和与及之其这那为对个说" for ch in word) \
        and not word.endswith(("女士", "先生", "小姐", "同志"))


def _translit(word: str) -> bool:
    return len(word) >= 3 and all(ch in TRANSLIT for ch in word)


def _is_name(word: str, tag: str) -> bool:
    if tag == "new":
        return _surname_name(word) or _translit(word)
    if tag in ("nr", "nrfg"):
        return _surname_name(word) or _translit(word)
    return tag == "nrt" and (_translit(word) or sum(ch in TRANSLIT for ch in word) >= 0.75 * len(word) >= 3)


def _join_transliterations(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Neighbouring name-like words that together read as one transliteration (贾斯|蒂卡 → 贾斯蒂卡)."""
    out: list[tuple[str, str]] = []
    for word, tag in toks:
        if out and tag in NAMEISH and out[-1][1] in NAMEISH and all(ch in TRANSLIT for ch in word):
            joined = out[-1][0] + word
            if sum(ch in TRANSLIT for ch in joined) >= 0.75 * len(joined) and len(joined) <= 8:
                out[-1] = (joined, "nrt")
                continue
        out.append((word, tag))
    return out


def _split_name(toks: list[tuple[str, str]], k: int) -> bool:
    """A surname word and a two-character word that a title, a list or a credit marks as one name."""
    given, tag = toks[k + 1]
    if len(given) != 2 or not given.isalpha() or tag in ("uj", "ul", "p", "c", "d", "v", "vn", "x") \
            or not plausible(toks[k][0] + given):
        return False
    before = toks[k - 1][0] if k else ""
    after = toks[k + 2][0] if k + 2 < len(toks) else ""
    return (before in BEFORE_NAME or before.endswith(TITLES) or before.strip() == "") \
        and (after in AFTER_NAME or after.startswith(TITLES) or after.startswith(("副", "、")) or not after.strip())


def token_people(toks: list[tuple[str, str]], known: dict[str, str]) -> list[tuple[int, int, str, str | None]]:
    """Names among jieba's words (not places or bodies ``known``): dictionary names, the HMM's new words."""
    spans: list[tuple[int, int, str, str | None]] = []
    pos = 0
    toks = _join_transliterations(toks)
    for k, (word, tag) in enumerate(toks):
        start, pos = pos, pos + len(word)
        if len(word) == 1 and (word in SURNAMES or word in MORE_SURNAMES) and k + 1 < len(toks) \
                and _split_name(toks, k):
            spans.append((start, start + 3, "PER", None))  # 谭|桂平, 牟|爱华 beside a title or in a list
            continue
        if tag not in NAMEISH and tag != "nrfg":
            continue
        if tag == "new" and len(word) >= 3 and word[-1] in TRAILING:
            word = word[:-1]  # the HMM glued a verb on (马杜罗说)
        after = toks[k + 1][0] if k + 1 < len(toks) else ""
        before = toks[k - 1][0] if k else ""
        # 总理|科尔, 外交大臣|库克: a short transliteration right after an office is a name
        short_translit = len(word) == 2 and tag == "nrt" and before.endswith(OFFICE)
        if len(word) < 2 or word in known or not plausible(word) or not (_is_name(word, tag) or short_translit):
            continue
        end = start + len(word)
        if len(word) == 2 and word[0] in SURNAMES and len(after) == 1 and after.isalpha() and after not in FUNCTION \
                and (after in GIVEN or tag == "new") \
                and (k + 2 >= len(toks) or toks[k + 2][0] in AFTER_NAME or not toks[k + 2][0][0].isalnum()
                     or tag == "new"):
            end += 1  # 曾展|南|说 → 曾展南
        elif len(word) == 2 and tag != "new" and not short_translit \
                and not (after in AFTER_NAME or before in BEFORE_NAME or before.endswith(TITLES)
                         or (after and not after[0].isalnum())):
            continue  # a two-character name needs a neighbour that says so (高峰 is a word)
        spans.append((start, end, "PER", None))
    return spans


def dot_names(s: str) -> list[tuple[int, int, str, str | None]]:
    """Transliterated names joined by ``·`` (比尔·盖茨, 部长卡莱维·海米莱 → 卡莱维·海米莱)."""
    spans: list[tuple[int, int, str, str | None]] = []
    last = -1
    for match in DOTS.finditer(s):
        at = match.start()
        if at < last:
            continue
        start = at
        while start > 0 and at - start < 8 and s[start - 1] in TRANSLIT:
            start -= 1
        end = at + 1
        while end < len(s) and (s[end] in TRANSLIT or (s[end] in "·•" and end + 1 < len(s)
                                                       and s[end + 1] in TRANSLIT)):
            end += 1
        while end - at < 3 and end < len(s) and s[end] not in NOT_NAME_NEXT and re.match(rf"[{CJK}]", s[end]):
            end += 1  # characters the table lacks (帕奇·李, 耶西·桑切斯)
            while end < len(s) and s[end] in TRANSLIT:
                end += 1
        if at - start >= 2 and end > at + 1:
            spans.append((start, end, "PER", None))
            last = end
    return spans


def speaker_and_list_people(s: str, found: list[Span]) -> list[Span]:
    """The name of a ``职衔 姓名：`` label, and names listed with ``、`` beside a person already found."""
    spans: list[tuple[int, int, str, str | None]] = []
    match = SPEAKER.match(s)
    if match and plausible(match.group(1)):
        spans.append((match.start(1), match.end(1), "PER", None))
    people = {(i, j) for i, j, lab, _ in found if lab == "PER"}
    if not people:
        return spans
    for match in LIST_ITEM.finditer(s):
        g = 1 if match.group(1) else 2
        i, j = match.start(g), match.end(g)
        word = s[i:j]
        near = any(a == j + 1 or b == i - 1 for a, b in people)
        if near and _surname_name(word) and plausible(word):
            spans.append((i, j, "PER", None))
    return spans
