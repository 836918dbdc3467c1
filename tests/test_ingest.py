"""Decoding page dumps: every supported encoding, Big5 told from GB18030, refusals."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from jmreview.errors import RefusedInput
from jmreview.exchange.ingest import decode_source, read_source
from jmreview.store.models import Article, Block, SourceFile
from jmreview.workflows.importer import import_paths

from .conftest import seed_texts

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
TRADITIONAL = "000_fe75734c17ad953c.txt"
SIMPLIFIED = "001_69ca20e02664ffc6.txt"


def big5_able(text: str) -> str:
    """The seed text with characters Big5 cannot hold left out (pinyin has none there)."""
    text = PINYIN.sub("", text)
    return "".join(ch for ch in text if _encodes(ch, "big5"))


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("codec,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("gb18030", "gb18030"),
])
@pytest.mark.parametrize("name", [TRADITIONAL, SIMPLIFIED, "003_4221d1719c757f4b.txt"])
def test_each_encoding_decodes_to_the_same_text(name: str, codec: str, expected: str) -> None:
    text = seed_texts()[name]
    data = text.encode(codec)
    src = decode_source(name, data)
    assert src.text == text
    assert src.encoding == expected
    assert src.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("name", [TRADITIONAL, "003_4221d1719c757f4b.txt", "002_4a1bb4f78707ee57.txt"])
def test_big5_is_not_mistaken_for_gb18030(name: str) -> None:
    text = big5_able(seed_texts()[name])
    data = text.encode("big5")
    data.decode("gb18030")  # the trap: this succeeds without error
    src = decode_source(name, data)
    assert src.encoding == "big5"
    assert src.text == text


def test_gb18030_text_is_not_mistaken_for_big5() -> None:
    text = seed_texts()[SIMPLIFIED]
    src = decode_source("page.txt", text.encode("gb18030"))
    assert src.encoding == "gb18030" and src.text == text


def test_line_ends_are_kept_exactly() -> None:
    text = "江门日报讯\r\n第二行\r第三行\n"
    assert decode_source("x.txt", text.encode("utf-8")).text == text


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\t\n", "white space"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("江门\x00日报".encode(), "NUL"),
    (bytes(range(256)) * 4, "binary"),
])
def test_bad_input_is_refused_with_a_message_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(RefusedInput) as err:
        decode_source("bad.txt", data)
    assert str(err.value).startswith("bad.txt: ")
    assert reason in str(err.value)


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(RefusedInput, match="not text"):
        decode_source("junk.txt", bytes([0x81, 0x30, 0xFF, 0xFE, 0xFF]) * 50)


def test_refused_file_leaves_nothing_in_the_database(store, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(seed_texts()[SIMPLIFIED], encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary" * 100)
    report = import_paths(store, [bad, good], workers=1)
    assert report.refused and report.refused[0][0] == "bad.txt"
    assert [f.name for f in SourceFile.select()] == ["good.txt"]
    assert Article.select().join(SourceFile).where(SourceFile.name == "bad.txt").count() == 0


def test_importing_the_same_bytes_again_is_a_no_op(store, tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(seed_texts()[TRADITIONAL], encoding="utf-8")
    first = import_paths(store, [page], workers=1)
    blocks = Block.select().count()
    again = import_paths(store, [page], workers=1)
    assert first.imported == ["p.txt"] and again.skipped == ["p.txt"] and not again.imported
    assert Block.select().count() == blocks and SourceFile.select().count() == 1


def test_read_source_names_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(RefusedInput, match="missing.txt: cannot be read"):
        read_source(tmp_path / "missing.txt")
