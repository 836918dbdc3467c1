"""Read a page dump's bytes and decode them, choosing the encoding by how Chinese it reads.

Big5 bytes usually decode without error as GB18030 (and sometimes the reverse), so the
first codec that succeeds is often wrong: every codec that decodes the bytes strictly is
scored by the share of its CJK characters that are common ones, and the best wins.
"""
from __future__ import annotations

import codecs
import dataclasses
import errno
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jmreview.analysis.file_names import folder_name
from jmreview.errors import RefusedInput
from jmreview.exchange.being_written import changed_since, writer_of
from jmreview.exchange.document_kind import document_kind
from jmreview.exchange.export_kind import corpus_lines, export_kind, read_back
from jmreview.exchange.other_languages import other_language
from jmreview.resources import data_file

CANDIDATES = ("gb18030", "big5hkscs")
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_BYTES = 64 * 1024 * 1024  # a page dump is a few hundred KB; anything this big is something else
MAX_LINE = 1_000_000  # characters: a page dump's longest paragraph is a few thousand
MAX_LINES = 100_000   # lines: a printed page holds a few hundred
MAX_CHARS = 2_000_000   # characters: a printed page holds some ten thousand (lines × length: run 24 A11, 213 s)


@dataclass(frozen=True)
class DecodedSource:
    """A file's decoded text with what is needed to trust it later."""

    name: str
    text: str
    encoding: str
    sha256: str
    size: int
    folder: str = ""  # the name of the folder the file came from: A01.txt of two days are two pages


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """The commonest CJK characters in Simplified and Traditional forms."""
    return frozenset(data_file("common_chars.txt").read_text(encoding="utf-8").strip())


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


def chinese_score(text: str) -> float:
    """Share of CJK characters that are common ones, minus a penalty for control junk."""
    common = common_chars()
    cjk = [ch for ch in text if _is_cjk(ch)]
    junk = sum(1 for ch in text if (ch < " " and ch not in "\t\r\n\f\v") or "\ue000" <= ch <= "\uf8ff")
    if not cjk:
        return -junk / max(len(text), 1)
    return sum(ch in common for ch in cjk) / len(cjk) - junk / max(len(text), 1)


def _refuse_binary(name: str, text: str) -> None:
    if "\x00" in text:
        raise RefusedInput(name, "nul")
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n\f\v\x1b")
    if controls > max(8, len(text) // 100):
        raise RefusedInput(name, "controls")


SEVEN_BIT = (("~{", "hz", "HZ"), ("\x1b$", "iso2022_jp_2", "ISO-2022"), ("+", "utf-7", "UTF-7"))


def _refuse_seven_bit(name: str, text: str) -> None:
    """Refuse plain ASCII that is Chinese in a 7-bit encoding (HZ, ISO-2022, UTF-7): imported as it is, the page would
    be its escape codes, not its text."""
    if not text.isascii():
        return
    for sign, codec, shown in SEVEN_BIT:
        if sign not in text:
            continue
        try:
            decoded = text.encode("ascii").decode(codec)
        except (UnicodeDecodeError, ValueError):
            continue
        least = 10 if codec == "utf-7" else 2   # HZ's and ISO-2022's escapes are no page's (run 61 A34: one line)
        if sum(map(_is_cjk, decoded)) >= least and chinese_score(decoded) >= 0.5:
            raise RefusedInput(name, "seven_bit", {"encoding": shown})


def _plausible_text(text: str) -> bool:
    """Whether nearly every character is one a page dump holds: CJK, letters, digits, punctuation, white space."""
    def usual(ch: str) -> bool:
        return (" " <= ch <= "~" or ch in "\t\r\n\f" or _is_cjk(ch) or "\u2000" <= ch <= "\u27bf"
                or "\u3000" <= ch <= "\u33ff" or "\uff00" <= ch <= "\uffef" or "\u00a0" <= ch <= "\u024f")
    # (symbols a page holds: ℃, ①, ★, →, ㎡ — run 57 A26, a short UTF-16 page without a mark refused as binary)
    return bool(text) and sum(map(usual, text)) >= 0.95 * len(text)


def utf16_without_mark(data: bytes) -> tuple[str, str] | None:
    """(text, "utf-16-le" or "utf-16-be") when NUL-bearing bytes are UTF-16 text saved without a byte-order mark.

    In UTF-16 text the NULs are the high bytes of ASCII characters (line ends, digits), so they sit almost all
    at odd offsets (little-endian) or at even ones (big-endian); the bytes must then decode strictly (no lone
    surrogate) into what a page dump holds. Anything else is a binary file.
    """
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd == even:
        return None
    # the side holding more NULs is the high byte (a few NULs on the other side are low bytes of CJK characters
    # and surrogates: U+5B00, 𠀀's U+DC00); the text must then read as a page dump
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if "\x00" not in text and _plausible_text(text) else None


def _utf8(data: bytes) -> bool:
    """True for bytes that are UTF-8 and hold more than ASCII (a page, not a few letters)."""
    try:
        return not data.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False


def decode_bytes(name: str, data: bytes) -> tuple[str, str]:
    """Decode a page dump; return (text, encoding) or raise RefusedInput naming the file."""
    if not data:
        raise RefusedInput(name, "empty")
    if (kind := document_kind(data)) is not None:   # (run 61 A8, run 62 A6-A8: named, with the way to a page)
        raise RefusedInput(name, kind)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                if exc.reason in ("truncated data", "unexpected end of data"):   # (run 35 A13: an unfinished copy)
                    raise RefusedInput(name, "cut_short") from None
                _behind_mark(name, encoding, data[len(bom):])   # another encoding's mark (run 54 A9, run 55 A14)
                at = exc.start + (len(bom) if encoding == "utf-8-sig" else 0)   # (counted after the mark)
                raise RefusedInput(name, "bad_mark", {"encoding": encoding, "detail": f"{at:,}"}) from None
            if encoding.startswith("utf-16") and chinese_score(text) < 0.5 and _utf8_chinese(data[len(bom):]):
                raise RefusedInput(name, "wrong_mark", {"encoding": encoding.upper()})   # run 22 A55: not garbled
            _refuse_binary(name, text)
            return text, encoding
    if b"\x00" in data:
        guessed = utf16_without_mark(data)
        if guessed is None:
            if len(data) % 2 and utf16_without_mark(data[:-1]):
                raise RefusedInput(name, "cut_short")
            damaged = _damaged(data, ("utf-16-le",) if data[1::2].count(0) > data[0::2].count(0) else ("utf-16-be",))
            raise RefusedInput(name, "damaged", damaged) if damaged else RefusedInput(name, "nul")
        _refuse_binary(name, guessed[0])
        return guessed
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:   # UTF-8 to its last character, which stops short: a copy that did not finish
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3 and _utf8(data[:exc.start]):
            raise RefusedInput(name, "cut_short") from None
    else:
        _refuse_binary(name, text)
        _refuse_seven_bit(name, text)
        return text, "utf-8"
    best: tuple[float, str, str] | None = None
    for encoding in CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = chinese_score(text)
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best is None or best[0] < 0.5:
        if _cut_in_last_character(data):
            raise RefusedInput(name, "cut_short")
        mixed = _mixed(data)   # (run 27 A20: a GB18030 page with a UTF-8 line pasted in, said "not text")
        if mixed:
            raise RefusedInput(name, "mixed", mixed)
        damaged = _damaged(data, ("utf-8", *CANDIDATES))
        raise RefusedInput(name, "damaged", damaged) if damaged else RefusedInput(name, "not_text")
    _refuse_binary(name, best[2])
    if (other := other_language(data, best[2])) is not None:   # (run 54 A8: stored as Chinese nonsense)
        raise RefusedInput(name, "other_language", other)
    return best[2], "big5" if best[1] == "big5hkscs" else best[1]


def _damaged(data: bytes, encodings: tuple[str, ...]) -> dict[str, str] | None:
    """Where a page that is text in one encoding but for a few damaged characters is damaged (run 51 A7: one bad
    byte in a UTF-8 page was "not text in UTF-8 …", no place, no way forward); None when it is no such page."""
    best: tuple[float, str, str] | None = None
    for encoding in encodings:
        text = data.decode(encoding, errors="replace")
        places = len(re.findall("\ufffd+", text))
        if 0 < places <= 3 and (score := chinese_score(text)) >= 0.5 and (best is None or score > best[0]):
            best = (score, encoding, text)
    if best is None:
        return None
    _, encoding, text = best
    return {"encoding": encoding.upper().replace("-LE", "").replace("-BE", ""),
            "line": f"{text[:text.index(chr(0xFFFD))].count(chr(10)) + 1:,}"}


def _mixed(data: bytes) -> dict[str, str] | None:
    """Where a file of lines each in UTF-8 or one other encoding changes encoding (None: some line is in none)."""
    kinds: list[tuple[int, str]] = []
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():   # plain ASCII reads alike in every one
            continue
        found = _read_as(line)
        if found is None:   # a line joined from two (a file without its last line break, then another's text)
            halves = next(((a, b) for cut in range(1, min(len(line), 4000)) if (a := _read_as(line[:cut]))
                           and (b := _read_as(line[cut:])) and a != b), None)
            if halves is None:
                return None
            kinds += [(number, halves[0]), (number, halves[1])]
        else:
            kinds.append((number, found))
    first = kinds[0][1] if kinds else ""
    other = next(((n, e) for n, e in kinds if e != first), None)
    return None if other is None else {"encoding": first, "line": f"{other[0]:,}", "other": other[1]}


def _read_as(data: bytes) -> str | None:
    """UTF-8 when the bytes read so, else the one of GB18030 and Big5 they read best in as Chinese (run 28 A3: a Big5
    line named GB18030), as messages name it; None when they read in none."""
    try:
        data.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        pass
    read = []
    for encoding in CANDIDATES:
        try:
            read.append((chinese_score(data.decode(encoding)), "Big5" if encoding.startswith("big5") else "GB18030"))
        except UnicodeDecodeError:
            continue
    return max(read)[1] if read else None


def _behind_mark(name: str, mark: str, rest: bytes) -> None:
    """Refuse a page whose text behind a mark that does not decode it is text all the same: UTF-16, GB18030 or Big5
    (the mark and the text's encoding named), or a Korean or Japanese page (said as such: run 55 A15, "its text is
    GB18030, save it as UTF-8" would have kept the nonsense)."""
    if b"\x00" in rest and utf16_without_mark(rest) is not None:
        raise RefusedInput(name, "mark_before", {"encoding": mark, "actual": "UTF-16"})
    for encoding in CANDIDATES:
        try:
            text = rest.decode(encoding)
        except UnicodeDecodeError:
            continue
        if chinese_score(text) >= 0.5:
            if (other := other_language(rest, text)) is not None:
                raise RefusedInput(name, "other_language", other)
            raise RefusedInput(name, "mark_before", {"encoding": mark,
                                                     "actual": "Big5" if encoding.startswith("big5") else "GB18030"})


def _utf8_chinese(data: bytes) -> bool:
    """The bytes are Chinese text in UTF-8."""
    try:
        return chinese_score(data.decode("utf-8")) >= 0.5
    except UnicodeDecodeError:
        return False


def _cut_in_last_character(data: bytes) -> bool:
    """Chinese text in GB18030 or Big5 to its last character, which stops short (run 22 A16): a copy not finished."""
    for encoding in CANDIDATES:
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(data, final=False)
        except UnicodeDecodeError:
            continue
        if len(text.encode(encoding)) < len(data) and chinese_score(text) >= 0.5:
            return True
    return False


def printable_name(path: Path) -> str:
    """A file's name as it is shown and stored: undecodable bytes and control characters as \\xNN escapes."""
    raw = os.fsencode(path.name)
    name = raw.decode("utf-8", "surrogateescape")
    if any(0xDC80 <= ord(ch) <= 0xDCFF for ch in name) and (chinese := _gbk_name(raw)) is not None:
        return chinese   # a zip made on Chinese Windows, unzipped here: its names are GBK (run 63 A40)
    # one-to-one: a backslash is escaped too, so a name holding a literal '\xff' never meets a byte 0xff
    return "".join(f"\\x{ord(ch) - 0xDC00:02x}" if 0xDC80 <= ord(ch) <= 0xDCFF
                   else f"\\x{ord(ch):02x}" if ch < " " or "\x7f" <= ch <= "\x9f" or ch == "\\" else ch
                   for ch in name)


def _gbk_name(raw: bytes) -> str | None:
    """A file name's bytes read as GB18030 or Big5, whichever reads as common Chinese (None: neither does; run 64
    A30: a Big5 name read as GB18030 was "ら厨材A01.txt")."""
    best: tuple[float, str] | None = None
    for encoding in CANDIDATES:
        try:
            name = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        plain = all(ch >= " " and not "\x7f" <= ch <= "\x9f" and ch != "\\" for ch in name)
        if plain and any(_is_cjk(ch) for ch in name) and (best is None or chinese_score(name) > best[0]):
            best = (chinese_score(name), name)
    return best[1] if best is not None and best[0] >= 0.5 and all(
        _is_cjk(ch) or ch.isascii() or ch in "（）【】《》、，：；！？·—…" for ch in best[1]) else None


KINDS = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"),
         (stat.S_ISSOCK, "socket"), (stat.S_ISDIR, "folder"))


def _refuse_unless_regular(name: str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((k for test, k in KINDS if test(mode)), "special")
        raise RefusedInput(name, f"not_regular.{kind}")


def _too_big(name: str, size: int) -> RefusedInput:
    return RefusedInput(name, "too_big", {"size": str(size // 2**20), "limit": str(MAX_BYTES // 2**20)})


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes, at most MAX_BYTES; FIFOs and devices are refused before anything is read."""
    name = printable_name(path)
    try:
        _refuse_unless_regular(name, os.stat(path).st_mode)  # never open a FIFO: that would wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as fh:
            info = os.fstat(fd)
            _refuse_unless_regular(name, info.st_mode)  # swapped for something else since the stat
            if info.st_size > MAX_BYTES:
                raise _too_big(name, info.st_size)
            data = fh.read(MAX_BYTES + 1)
            if data is None:   # nothing to read yet (a system file like /proc/kmsg): not a page dump
                raise RefusedInput(name, "not_regular.special")
            after = os.fstat(fd)   # grown or changed while read, or held open for writing by another program
            changed = after.st_size != len(data) or after.st_mtime_ns != info.st_mtime_ns
            writer = "another program" if changed else writer_of(after)
            if writer is None and changed_since(path, fd, after):   # appended to by open-write-close (run 61 A38)
                writer = "another program"
            if writer is not None:
                raise RefusedInput(name, "being_written", {"program": writer})
    except OSError as exc:
        code = {errno.ELOOP: "link_loop", errno.EACCES: "no_permission", errno.EPERM: "no_permission"}.get(
            exc.errno or 0, "dangling" if exc.errno == errno.ENOENT and os.path.islink(path) else "unreadable")
        raise RefusedInput(name, code, {"detail": str(exc.strerror or exc)} if code == "unreadable" else {}) from None
    if len(data) > MAX_BYTES:
        raise _too_big(name, len(data))
    return data


def read_source(path: Path) -> DecodedSource:
    """Read and decode one file from disk (named by its printable name); a link is the page it leads to, by that
    page's name and folder, so that page's next delivery replaces it (run 49 A27: a link's name in the target's
    folder made a page that does not exist, and the real one came in twice)."""
    data = read_bytes(path)
    real = path.resolve()
    source = decode_source(printable_name(real if path.is_symlink() else path), data)
    return dataclasses.replace(source, folder=folder_of(real.parent))


def folder_of(folder: Path) -> str:
    """The folder a page file is known by: its own name, those above it too while it names a month or day only."""
    parts = [printable_name(p) for p in [folder, *folder.parents][:3]]
    return folder_name(parts[::-1])


def decode_source(name: str, data: bytes) -> DecodedSource:
    """Decode bytes already in memory into a DecodedSource."""
    text, encoding = decode_bytes(name, data)
    if not text.strip():
        raise RefusedInput(name, "blank")
    if (kind := export_kind(text)) is not None:   # a slip of import for import-json (run 46 A15)
        if kind == "JSON Lines" and corpus_lines(json.loads(text.lstrip("\ufeff \t\r\n").split("\n", 1)[0])):
            raise RefusedInput(name, "corpus_lines")   # no command reads it back (run 49 A12)
        raise RefusedInput(name, "an_export", {"kind": kind, "command": read_back(text, kind)})
    lines = text.splitlines()
    if len(lines) > MAX_LINES:   # (run 23 A31, A32: millions of lines took an hour and gigabytes to split)
        raise RefusedInput(name, "many_lines", {"lines": f"{len(lines):,}", "limit": f"{MAX_LINES:,}"})
    if len(text) > MAX_CHARS:
        raise RefusedInput(name, "many_chars", {"chars": f"{len(text):,}", "limit": f"{MAX_CHARS:,}"})
    longest = max((len(line) for line in lines), default=0)
    if longest > MAX_LINE:
        raise RefusedInput(name, "long_line", {"longest": f"{longest:,}", "limit": f"{MAX_LINE:,}"})
    return DecodedSource(name, text, encoding, hashlib.sha256(data).hexdigest(), len(data))
