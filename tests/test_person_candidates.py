"""The person model's candidates: names jieba's cut crossed are proposed (the model decides)."""
from __future__ import annotations

import pytest

from jmreview.analysis.lexicon import tokens
from jmreview.analysis.person_candidates import candidates, starts


def _texts(s: str) -> set[str]:
    toks = tokens(s)
    return {s[i:j] for i, j in candidates(toks, starts(toks))}


@pytest.mark.parametrize(("text", "name"), [
    ("由网坛老将鲍里斯·贝克尔率领的德国队", "鲍里斯·贝克尔"),  # both sides of the dot
    ("中国男队再次被挤出汤杯决赛圈。", "汤"),  # the person a cup is named after
    ("日晚7时，尤伯杯决赛将连续进行。", "尤伯"),
])
def test_crossed_names_are_candidates(text: str, name: str) -> None:
    assert name in _texts(text)


def test_a_plain_sentence_has_no_candidate() -> None:
    assert _texts("今天天气很好，我们去公园散步。") == set()
