"""Pages in Korean or Japanese legacy encodings, which GB18030 reads without an error as Chinese nonsense.

EUC-KR puts its Hangul syllables on the byte rows where GB2312 keeps its commonest characters, and EUC-JP its kana
on the rows where GB2312 keeps kana too: both decode as GB18030 (run 54 A8: "茄惫 脚巩 扁荤" stored for 한국 신문
기사, nothing said). A page read that way is told by what it holds when read in its own encoding: Hangul nearly
without Hanja (a Chinese page read as EUC-KR is half Hanja), or kana a Chinese page does not hold.
"""
from __future__ import annotations


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u30fa"   # hiragana and katakana, not ・ or ー, which Chinese text may hold


def other_language(data: bytes, text: str) -> dict[str, str] | None:
    """The language and encoding of bytes GB18030 or Big5 read as `text` when they are a Korean or Japanese page;
    None for a Chinese one."""
    try:
        korean = data.decode("cp949")   # EUC-KR and its Windows extension
    except UnicodeDecodeError:
        korean = ""
    hangul = sum(map(_hangul, korean))
    if hangul >= 20 and hangul >= 0.9 * (hangul + sum(map(_han, korean))):
        return {"language": "Korean", "encoding": "EUC-KR"}
    kana = sum(map(_kana, text))
    if kana >= 20 and kana >= 0.1 * (kana + sum(map(_han, text))):
        return {"language": "Japanese", "encoding": "EUC-JP"}
    return None
