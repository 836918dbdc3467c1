"""Pages in Korean or Japanese legacy encodings, which GB18030 reads without an error as Chinese nonsense.

EUC-KR puts its Hangul syllables on the byte rows where GB2312 keeps its commonest characters, and EUC-JP its kana
on the rows where GB2312 keeps kana too: both decode as GB18030 (run 54 A8: "茄惫 脚巩 扁荤" stored for 한국 신문
기사, nothing said). Such a reading holds real characters but no Chinese words; a Chinese page quoting Japanese
titles (run 55 A32) reads as Chinese all the same. A page that does not read as Chinese is then told by what it holds
in its own encoding: Hangul (run 55 A23: a Korean page printing half its words in Hanja too), or Japanese text.
"""
from __future__ import annotations

from jmreview.analysis.chinese_words import word_rate

NOT_WORDS = 0.1   # a Chinese page reads about 0.4
ENOUGH = 30       # pairs of Han characters: fewer tell nothing


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u30fa"   # hiragana and katakana, not ・ or ー, which Chinese text may hold


def _reads(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return ""


def other_language(data: bytes, text: str) -> dict[str, str] | None:
    """The language and encoding of bytes GB18030 or Big5 read as `text` when they are a Korean or Japanese page;
    None for a Chinese one (or one too short to tell)."""
    rate, pairs = word_rate(text)
    if pairs < ENOUGH or rate >= NOT_WORDS:
        return None
    if sum(map(_hangul, _reads(data, "cp949"))) >= 20:   # EUC-KR and its Windows extension
        return {"language": "Korean", "encoding": "EUC-KR"}
    japanese = _reads(data, "euc_jp")
    if japanese and (sum(map(_kana, japanese)) >= 5 or word_rate(japanese)[0] >= NOT_WORDS):   # it reads there
        return {"language": "Japanese", "encoding": "EUC-JP"}
    return None
