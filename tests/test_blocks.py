"""Blocks, offsets, pinyin artifacts and the Simplified form."""
from __future__ import annotations

import pytest

from jmreview.analysis.blocks import count_lines, remove_pinyin, split_blocks
from jmreview.analysis.script import converter, detect_script, to_simplified

from .conftest import seed_texts


def test_every_block_slices_the_source_to_its_text() -> None:
    for text in seed_texts().values():
        for b in split_blocks(text):
            assert text[b.start:b.end] == b.source
            assert b.source.strip()
            for i, ch in enumerate(b.display):
                assert text[b.offsets[i]] == ch


def test_line_numbers_count_every_kind_of_line_end() -> None:
    text = "一\r\n\r\n二\r三\n\n 　\n四"
    assert [(b.line, b.source) for b in split_blocks(text)] == [(1, "一"), (3, "二"), (4, "三"), (7, "四")]
    assert count_lines(text) == 7
    assert count_lines(text + "\n") == 7


def test_offsets_are_code_points_outside_the_bmp() -> None:
    text = "𠮷野家\n江门日报讯（记者/𠮷田）𠮷野家开业。\n"
    blocks = split_blocks(text)
    b = blocks[1]
    assert b.start == 4  # 𠮷 is one code point, not two UTF-16 units
    i = b.display.index("𠮷田")
    start, end = b.source_span(i, i + 2)
    assert text[start:end] == "𠮷田"


def test_pinyin_artifacts_are_removed_and_mapped_back() -> None:
    src = "服務(wù)橫琴、前海兩個合作區(qū)建設(shè)"
    shown, offsets = remove_pinyin(src)
    assert shown == "服務橫琴、前海兩個合作區建設"
    assert src[offsets[shown.index("橫琴")]:offsets[shown.index("橫琴") + 1] + 1] == "橫琴"


@pytest.mark.parametrize("text", ["中科院(江门)中微子", "合伙人(QFLP)投资", "(2021年11月2日)", "(胡晴晴)", "区(A)"])
def test_real_parentheses_are_left_alone(text: str) -> None:
    assert remove_pinyin(text)[0] == text


def test_seed_003_shows_no_pinyin_but_keeps_it_in_source() -> None:
    text = seed_texts()["003_4221d1719c757f4b.txt"]
    blocks = split_blocks(text)
    assert "(wù)" in text
    assert not any("(wù)" in b.display or "(qū)" in b.display for b in blocks)
    assert "服务" in blocks[0].simplified


def test_simplified_form_has_one_character_per_display_character() -> None:
    for text in seed_texts().values():
        for b in split_blocks(text):
            assert len(b.simplified) == len(b.display)


def test_script_detection() -> None:
    texts = seed_texts()
    assert detect_script(texts["000_fe75734c17ad953c.txt"]) == "traditional"
    assert detect_script(texts["003_4221d1719c757f4b.txt"]) == "traditional"
    assert detect_script(texts["001_69ca20e02664ffc6.txt"]) == "simplified"
    assert detect_script("陳岸明主持會議。" * 5 + "陈岸明主持会议。" * 5) == "mixed"


def test_both_opencc_backends_agree_on_the_seeds() -> None:
    fast = converter("t2s", "cpp")
    slow = converter("t2s", "python")
    for text in seed_texts().values():
        assert fast(text) == slow(text)
    assert to_simplified("江門日報訊") == "江门日报讯"
