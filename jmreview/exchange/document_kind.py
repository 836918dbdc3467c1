"""A file another program saved in its own format, never a page dump: named, with the way to a page (run 61 A8,
run 62 A6-A8: a workbook, an OpenDocument or old Word file refused as "binary", an RTF or a web page imported as its
codes)."""
from __future__ import annotations

OLE = bytes.fromhex("D0CF11E0A1B11AE1")   # the old Office files: .doc, .xls, .wps, .ppt
# gz, rar, 7z, bz2, xz, zstd (run 64 B7: a .zst called "binary"), lz4
ARCHIVES = (b"\x1f\x8b", b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"BZh", b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd",
            b"\x04\x22\x4d\x18")
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta")


def is_workbook(data: bytes) -> bool:
    """An xlsx workbook (a slip of import, import-json or import-annotations: run 46 A16, run 61 A8)."""
    return data.startswith(b"PK\x03\x04") and b"xl/workbook.xml" in data


def document_kind(data: bytes) -> str | None:
    """The refusal code of a document format (None for anything that may be a page)."""
    if is_workbook(data):
        return "workbook"
    if data.startswith(b"PK\x03\x04"):
        if b"word/document.xml" in data:
            return "word_document"
        if b"mimetypeapplication/vnd.oasis.opendocument" in data[:200]:
            return "opendocument"
        return "zip_archive"
    if data.startswith(OLE):
        return "office_binary"
    if data.startswith(ARCHIVES) or data[257:262] == b"ustar":   # (run 63 A46: "binary", "extract it" unsaid)
        return "archive"
    head = _head(data)
    if head.startswith((b"mime-version:", b"from:", b"content-type:")) and b"multipart/related" in head:
        return "web_page"   # a web archive (.mht, "single file" of Word and IE/Edge: run 63 A14, B10)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"<?xml"):   # XHTML, or other XML (not a page either, but not said to be a web page)
        return "web_page" if b"<html" in head else None
    return "web_page" if head.startswith(HTML_STARTS) else None


def _head(data: bytes) -> bytes:
    """The file's first characters as lower-case UTF-8, a UTF-16 one's too (run 63 B10: Notepad's "Unicode" web page
    imported with its tags), without a byte-order mark or leading blank."""
    raw = data[:4000]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw = raw.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    elif (order := _utf16_order(raw)) is not None:   # without a byte-order mark (run 64 B5)
        raw = raw[:len(raw) // 2 * 2].decode(order, errors="ignore").encode("utf-8", errors="ignore")
    return raw.lstrip(b"\xef\xbb\xbf \t\r\n").lower()


def _utf16_order(raw: bytes) -> str | None:
    """The UTF-16 byte order of text without a mark whose first eight characters are Latin ones, else None."""
    start = raw[:16]
    if len(start) < 8:
        return None
    even, odd = start[0::2], start[1::2]
    if odd.count(0) == len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) == len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None
