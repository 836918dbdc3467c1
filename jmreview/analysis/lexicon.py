"""Word lists for entity extraction, and jieba loaded lazily with the domain dictionary.

jieba takes about a second to build its prefix dictionary, so nothing here loads it at
import time: ``tokenizer()`` does it once, on first use, in whichever thread asks first.
Its cache goes to the user cache directory, not a shared /tmp.
"""
from __future__ import annotations

import logging
import marshal
import os
import shutil
import tempfile
import threading
import time
from functools import lru_cache
from typing import Any

from jmreview.resources import data_file

_lock = threading.Lock()
_state: dict[str, Any] = {}

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "庄黎湛凌关区甄习伍温容谭欧司阮施柯麦简翁卓洪岑翟易祝佘利植麦劳阳伦冼邝葛"
)
# rarer surnames: enough for a three-character name (聂党权, 招少鸣), too common as words for two characters
MORE_SURNAMES = set("聂官米招全巨台牟颜宗左柳文骆滕殷倪符邢尤包裘鲍单纪舒屈项祁阎苗霍车路连虞柴童荣桂鞠蒲宫"
                    "晏牛管甘饶耿景房解晋艾")
TITLES = (
    "总书记", "书记", "副书记", "市长", "副市长", "区长", "副区长", "县长", "镇长", "村长", "主任", "副主任",
    "部长", "副部长", "局长", "副局长", "主席", "副主席", "院长", "副院长", "校长", "董事长", "总经理", "经理",
    "委员", "常委", "秘书长", "厅长", "处长", "科长", "所长", "站长", "队长", "会长", "理事长", "行长", "总裁",
    "总监", "负责人", "老师", "教授", "院士", "律师", "医生", "漫画家", "作家", "画家", "主持人", "总指挥",
    "本名", "执业律师", "组长", "社长", "总编辑", "记者", "通讯员",
)
NAME_STOP = (
    "出席", "表示", "说", "代表", "担任", "主持", "成为", "向", "在", "等", "指出", "强调", "介绍", "认为",
    "一行", "同志", "和", "与", "及", "为", "对", "是", "也", "到", "作", "带", "调研", "参加", "讲话", "致辞",
    "率", "的", "出", "提", "要", "就", "从", "先生", "女士", "老师", "作为", "以", "则", "都", "分别", "宣布",
)
NOT_PERSON = {
    "高水平", "大力支持", "弘扬", "从严治党", "华侨", "侨胞", "常务", "党组", "关于", "通达", "永葆",
    "雷阵雨", "雷雨", "高潮", "许可证", "尼古丁", "厄尔尼诺", "司令官", "王朝", "文明", "荣幸", "荣誉", "高增值",
    "顾客", "顾问", "高峰", "施政", "统筹", "金融", "向外",
}
NOT_PLACE = {
    "城市", "城区", "东西", "广", "湾区", "美", "城镇", "北", "东", "南", "西", "陆海", "爱国", "法治化",
    "海湾", "滨海", "新城", "全市", "全省", "全国", "全区", "本市", "我市", "各地", "海内外", "海外", "国内",
    "国际", "世界", "东岸", "西岸", "沿海", "乡村", "农村", "镇村", "社区", "圩镇", "县域", "镇域", "内地",
}


@lru_cache(maxsize=1)
def domain_words() -> dict[str, str]:
    """The domain dictionary: word → label (LOC, ORG)."""
    words: dict[str, str] = {}
    for line in data_file("domain_dict.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, label = line.split()
        words[word] = label
    return words


def cache_dir() -> str:
    """Where jieba keeps its prefix-dictionary cache (the user cache directory; an optimisation: when it cannot be
    made, a file or a read-only disk in the way, nothing is cached and nothing is refused)."""
    from platformdirs import user_cache_dir

    path = user_cache_dir("jmreview", appauthor=False)
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        pass
    return path


def tokenizer() -> Any:
    """The jieba POS tokenizer with the domain dictionary added; loaded once, thread-safe."""
    with _lock:
        if "posseg" not in _state:
            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            jieba.dt.tmp_dir = cache_dir()
            jieba.dt.cache_file = "jieba.jmreview.cache"
            load_prefix_dict(jieba.dt)
            tags = {"LOC": "ns", "ORG": "nt"}
            for word, label in domain_words().items():
                jieba.add_word(word, freq=200000, tag=tags.get(label, "n"))
            _state["posseg"] = jieba.posseg.dt
        return _state["posseg"]


CHUNKS = 40
BUILDING = "jieba-building-"   # a cache being written; one left by a killed process is removed after an hour
STALE_SECONDS = 3600


def load_prefix_dict(dt: Any) -> None:
    """Give jieba its prefix dictionary from our cache, in small pieces.

    jieba's own cache is one marshal blob whose load holds the interpreter lock for most of
    a second, freezing the window; loading forty pieces with a pause between them keeps the
    window responsive. The first start builds the dictionary and saves the pieces; a damaged
    cache is built again and put in place of the damaged one.
    """
    import jieba

    dict_path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    stat = os.stat(dict_path)
    folder = os.path.join(cache_dir(), f"jieba-prefix-{jieba.__version__}-{stat.st_size}-{int(stat.st_mtime)}")
    try:
        freq: dict[str, int] = {}
        for n in range(CHUNKS):
            with open(os.path.join(folder, f"{n:02d}.bin"), "rb") as fh:
                freq.update(marshal.loads(fh.read()))
            time.sleep(0.002)  # let the window's thread run between pieces
        with open(os.path.join(folder, "total"), encoding="ascii") as fh:
            dt.FREQ, dt.total, dt.initialized = freq, int(fh.read()), True
        return
    except (OSError, ValueError, EOFError, TypeError):
        pass  # none yet, or a damaged one: build afresh below
    with dt.lock:   # jieba's own build, without its own one-blob cache (written to a shared folder when ours fails)
        dt.FREQ, dt.total = dt.gen_pfdict(dt.get_dict_file())
        dt.initialized = True
    _save_prefix_dict(dt, folder)


def _save_prefix_dict(dt: Any, folder: str) -> None:
    """Write the pieces under a temporary name and put them in place (of a damaged cache too); never leave one."""
    parent = os.path.dirname(folder)
    _remove_stale(parent)
    try:
        tmp = tempfile.mkdtemp(prefix=BUILDING, dir=parent)
    except OSError:
        return  # no cache: the next start builds it again
    aside = tmp + ".old"
    try:
        items = list(dt.FREQ.items())
        step = len(items) // CHUNKS + 1
        for n in range(CHUNKS):
            with open(os.path.join(tmp, f"{n:02d}.bin"), "wb") as fh:
                fh.write(marshal.dumps(dict(items[n * step:(n + 1) * step])))
        with open(os.path.join(tmp, "total"), "w", encoding="ascii") as fh:
            fh.write(str(dt.total))
        try:
            os.replace(tmp, folder)
        except OSError:   # a folder there: the damaged one, or one another process has just made: ours replaces it
            os.replace(folder, aside)
            os.replace(tmp, folder)
    except OSError:
        pass  # no cache (a full disk, another process in the way): the next start builds it again
    finally:
        for left in (tmp, aside):
            shutil.rmtree(left, ignore_errors=True)


def _remove_stale(parent: str) -> None:
    """Remove what builds killed over an hour ago left (and the temporary folders earlier versions leaked)."""
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith((BUILDING, "tmp")) and entry.is_dir(follow_symlinks=False):
            try:
                if entry.stat(follow_symlinks=False).st_mtime < time.time() - STALE_SECONDS:
                    shutil.rmtree(entry.path, ignore_errors=True)
            except OSError:
                continue


def tokens(text: str) -> list[tuple[str, str]]:
    """jieba's words with its own HMM joining unknown runs; a word the HMM made is tagged ``new``."""
    posseg = tokenizer()
    if "fastcut" not in _state:
        from jmreview.analysis.fastcut import FastCut

        posseg.makesure_userdict_loaded()
        _state["fastcut"] = FastCut(posseg.tokenizer)
    cut = _state["fastcut"]
    seen = cut.tagged   # the words met so far with their tags: a small dict, quicker than jieba's two large ones
    out = []
    for w in cut.cut(text):
        pair = seen.get(w)
        if pair is None:
            tags, freq = posseg.word_tag_tab, posseg.tokenizer.FREQ
            pair = seen[w] = (w, tags.get(w, "x") if freq.get(w) or len(w) == 1 else "new")
        out.append(pair)
    return out


def is_loaded() -> bool:
    """True once jieba has been initialised (the GUI shows this as 'segmentation ready')."""
    return "posseg" in _state
