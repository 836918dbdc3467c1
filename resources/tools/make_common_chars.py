"""Regenerate jmreview/data/common_chars.txt: the commonest CJK characters in both scripts.

Run from the repository root: ``python resources/tools/make_common_chars.py``. The list
ranks characters by the summed frequency of the jieba dictionary words that contain them,
keeps the top 3,500 and adds their Traditional forms, so that encoding detection can tell
real Chinese from the rare characters that a wrong codec produces.
"""
from __future__ import annotations

import collections
import os
from pathlib import Path

import jieba
from opencc import OpenCC

TOP = 3500


def main() -> None:
    """Write the character list."""
    counts: collections.Counter[str] = collections.Counter()
    dict_path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    for line in dict_path.read_text(encoding="utf-8").splitlines():
        word, freq, *_ = line.split(" ")
        for ch in word:
            if "\u4e00" <= ch <= "\u9fff":
                counts[ch] += int(freq)
    simplified = "".join(ch for ch, _ in counts.most_common(TOP))
    chars = set(simplified)
    for config in ("s2t", "s2tw", "s2hk"):
        chars |= set(OpenCC(config).convert(simplified))
    out = Path("jmreview/data/common_chars.txt")
    out.write_text("".join(sorted(chars)) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters written to {out}")


if __name__ == "__main__":
    main()
