"""Traditional ↔ Simplified conversion with OpenCC, and script detection.

The C++ ``opencc`` package converts about 57× faster than opencc-python-reimplemented with
the same output; both install into the same ``opencc`` folder, so each is loaded from its
own module (``opencc.clib`` for C++, ``opencc.opencc`` for pure Python) rather than from
whichever ``opencc/__init__.py`` was installed last.
"""
from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable
from functools import lru_cache

Converter = Callable[[str], str]
_lock = threading.Lock()


def _cpp_converter(config: str) -> Converter | None:
    try:
        clib = importlib.import_module("opencc.clib.opencc_clib")
    except ImportError:
        return None
    share = os.path.join(os.path.dirname(str(clib.__file__)), "share", "opencc")
    path = os.path.join(share, f"{config}.json")
    if not os.path.isfile(path):
        return None
    engine = clib._OpenCC(path, True, None)

    def convert(text: str) -> str:
        data = text.encode("utf-8")
        result: str = engine.convert(data, len(data))
        return result

    return convert


def _python_converter(config: str) -> Converter:
    module = importlib.import_module("opencc.opencc")
    engine = module.OpenCC(config)
    convert: Converter = engine.convert
    return convert


@lru_cache(maxsize=8)
def converter(config: str = "t2s", backend: str = "auto") -> Converter:
    """An OpenCC conversion function; backend is 'auto', 'cpp' or 'python'."""
    with _lock:
        if backend in ("auto", "cpp"):
            fast = _cpp_converter(config)
            if fast is not None:
                return fast
            if backend == "cpp":
                raise RuntimeError("the C++ opencc package is not installed")
        return _python_converter(config)


def backend_name() -> str:
    """Which OpenCC implementation 'auto' uses: 'cpp' or 'python'."""
    return "cpp" if _cpp_converter("t2s") is not None else "python"


def to_simplified(text: str) -> str:
    """The Simplified form of text (Traditional characters and phrases converted)."""
    return converter("t2s")(text)


def to_simplified_many(texts: list[str]) -> list[str]:
    """Simplified forms of many texts with one conversion call (a separator OpenCC leaves alone)."""
    if not texts:
        return []
    sep = "\x1e"
    if any(sep in t for t in texts):
        return [to_simplified(t) for t in texts]
    out = to_simplified(sep.join(texts)).split(sep)
    return out if len(out) == len(texts) else [to_simplified(t) for t in texts]


def to_simplified_aligned(text: str) -> str:
    """Simplified form of text with exactly one character per input character.

    Phrase conversion rarely changes length; when it does, the text is converted one
    character at a time so that offsets stay valid.
    """
    simple = to_simplified(text)
    if len(simple) == len(text):
        return simple
    convert = converter("t2s")
    out = []
    for ch in text:
        c = convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


def detect_script(text: str) -> str:
    """'traditional', 'simplified' or 'mixed', by the characters that differ between scripts."""
    to_s = converter("t2s")
    to_t = converter("s2t")
    chars = {ch for ch in set(text) if "\u3400" <= ch <= "\u9fff"}
    if not chars:
        return "simplified"
    joined = "".join(sorted(chars))
    simple, trad = to_s(joined), to_t(joined)
    traditional_only = sum(1 for a, b in zip(joined, simple) if a != b) if len(simple) == len(joined) else 0
    simplified_only = sum(1 for a, b in zip(joined, trad) if a != b) if len(trad) == len(joined) else 0
    total = traditional_only + simplified_only
    if total == 0:
        return "simplified"
    share = traditional_only / total
    if share >= 0.8:
        return "traditional"
    if share <= 0.2:
        return "simplified"
    return "mixed"
