"""Sheet names, column headers and value names of the Excel export (Chinese, English); text safe for XML."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime

XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not allowed in XML 1.0
REPLACEMENT = "\ufffd"  # what a forbidden character is shown as: visibly, never silently dropped

SHEETS = {
    "articles": {"zh_CN": "文章", "en": "Articles"},
    "stories": {"zh_CN": "续稿", "en": "Continued stories"},
    "entities": {"zh_CN": "实体", "en": "Entities"},
    "files": {"zh_CN": "文件", "en": "Files"},
    "summary": {"zh_CN": "概览", "en": "Summary"},
}


def _h(zh: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh, "en": en}


HEADERS: dict[str, dict[str, dict[str, str]]] = {
    "articles": {
        "file": _h("文件", "File"), "order": _h("序号", "Order"), "id": _h("编号", "ID"), "title": _h("标题", "Title"),
        "kicker": _h("引题", "Kicker"), "subtitle": _h("副题", "Subtitle"), "category": _h("类别", "Category"),
        "status": _h("状态", "Status"), "date": _h("日期", "Date"), "reporters": _h("记者", "Reporters"),
        "correspondents": _h("通讯员", "Correspondents"), "photographers": _h("摄影", "Photographers"),
        "sources": _h("供稿", "Sources"), "chars": _h("字数", "Characters"), "text": _h("正文", "Text"),
        "reviewer": _h("审校人", "Reviewer"), "reviewed_at": _h("审校时间", "Reviewed at"),
        "version": _h("版本（勿改）", "Version (keep)"),   # hidden: import-xlsx refuses what changed since
        "continues": _h("续自", "Continues from"), "continued_in": _h("转至", "Continues in"),   # issue 14
        "check": _h("编号核对（勿改）", "ID check (keep)"),   # hidden: the row's id again, so a sorted 编号 shows
        "changed": _h("修改时间（勿改）", "Changed at (keep)"),   # hidden: when an edit last changed it (run 30 A33)
    },
    "entities": {
        "article_id": _h("文章编号", "Article ID"), "article_title": _h("文章标题", "Article title"),
        "text": _h("文字", "Text"), "simplified": _h("简体", "Simplified"), "label": _h("标签", "Label"),
        "role": _h("身份", "Role"), "status": _h("状态", "Status"), "occurrences": _h("出现次数", "Occurrences"),
        "link": _h("转到文章", "Go to article"),
        "entity_ids": _h("实体编号（勿改）", "Entity IDs (keep)"),   # hidden: which entities a row stands for
    },
    "files": {
        "issue": _h("期（出版日期）", "Issue"), "page": _h("版次", "Page"),
        "name": _h("文件名", "Name"), "encoding": _h("编码", "Encoding"), "script": _h("简繁", "Script"),
        "articles": _h("文章数", "Articles"), "reviewed": _h("已审比例", "Reviewed share"),
        "unassigned": _h("未归属比例", "Unassigned share"), "sha256": _h("SHA-256", "SHA-256"),
    },
    "stories": {
        "story": _h("序号", "Story"), "issue": _h("期（出版日期）", "Issue"), "parts": _h("各部分", "Parts"),
        "links": _h("链接状态", "Links"), "chars": _h("字数", "Characters"),
        "text": _h("全文（各部分相接）", "Text (parts joined)"),
    },
    "summary": {
        "title": _h("语料概览", "Corpus summary"), "coverage": _h("按期覆盖", "Coverage per issue"),
        "coverage_head": _h("期 | 版数 | 在文章中 | 噪声 | 未归属 | 已审（占文章）",
                            "Issue | Pages | In articles | Noise | Unassigned | Reviewed (of articles)"),
        "status": _h("按状态", "By status"),
        "category": _h("按类别", "By category"), "label": _h("按实体标签", "By entity label"),
        "top_PER": _h("最常见人名", "Most frequent people"), "top_LOC": _h("最常见地名", "Most frequent places"),
        "top_ORG": _h("最常见机构", "Most frequent organisations"),
        "truncated": _h("超过 32,767 字被截断的单元格", "Cells cut at 32,767 characters"),
        "replaced": _h("含 XML 不允许的字符（已替换为 \ufffd）的单元格",
                       "Cells with characters XML forbids (replaced by \ufffd)"),
    },
}

# for import-xlsx, not shown or printed
HIDDEN = {"articles": ("version", "check", "changed"), "entities": ("entity_ids",)}
UNREAD = {"articles": ("text", "reviewer"), "entities": ("article_title", "role", "occurrences"),   # not read back
          "files": ("issue", "page", "name")}
# a workbook exported before these ends before them
ADDED = {"articles": ("continues", "continued_in", "check", "changed")}

VALUES: dict[str, dict[str, str]] = {
    "zh_CN": {"auto": "自动", "in_review": "审校中", "reviewed": "已审", "rejected": "退回", "news": "消息",
              "feature": "通讯", "commentary": "评论", "document": "文件", "roundup": "综述", "photo": "图片新闻",
              "ad": "广告", "suggested": "建议", "accepted": "已接受", "traditional": "繁体", "simplified": "简体",
              "mixed": "混合", "PER": "人名 PER", "LOC": "地名 LOC", "ORG": "机构 ORG", "DATE": "日期 DATE",
              "no_issue": "（未知期）"},
    "en": {"no_issue": "(no issue)"},
}
ENTITY_VALUES: dict[str, dict[str, str]] = {"zh_CN": {"rejected": "已拒绝"}, "en": {}}   # not an entity: not 退回
LEGACY_ENTITY_VALUES = {"退回": "rejected"}   # what workbooks before this wrote for a rejected entity


def entity_status_text(status: str, language: str) -> str:
    """An entity's status as the workbook writes it (a rejected entity is "not an entity", not an article sent back)."""
    return ENTITY_VALUES[language].get(status) or VALUES[language].get(status, status)


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


OOXML_LOOKALIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")   # text a spreadsheet would read as a character's code


def ooxml_escaped(text: str) -> str:
    """A text as a cell must hold it to read as itself: `_x000D_` typed in a field is kept as `_x005F_x000D_`
    (a spreadsheet would read the bare one as a line break, and save the workbook changed: run 22 A81). openpyxl
    reads a spreadsheet's shared strings back as the text, and an inline string (this export's) as written."""
    return OOXML_LOOKALIKE.sub("_x005F_", text) if "_x" in text else text


def xml_safe(text: str) -> tuple[str, bool]:
    """The text with every character XML 1.0 forbids replaced by U+FFFD, and whether any was."""
    if XML_FORBIDDEN.search(text) is None:
        return text, False
    return XML_FORBIDDEN.sub(REPLACEMENT, text), True


def day_cell(value: str | None) -> date | None:
    """An article's date for a cell (None when absent or not a day)."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def moment_cell(value: str | None) -> datetime | str | None:
    """A moment in local time for a cell; as stored (text) when unreadable or outside the years 1900-2999."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
        moment = moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
    except (ValueError, OverflowError, OSError):   # years 1 and 9999 overflow when the zone is applied
        return value
    return moment.replace(microsecond=0) if 1900 <= moment.year <= 2999 else value


def cell_digest(text: str) -> bytes:
    """A short fingerprint of a cell's text: a workbook's long texts are compared without being kept."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


EXCEL_LIMIT = 32_767   # characters a cell holds
MARKER = "…[截断 truncated]"


def cut(text: str) -> str:
    """A text as a cell can hold it: past Excel's limit, cut with a visible marker."""
    return text[: EXCEL_LIMIT - len(MARKER)] + MARKER if len(text) > EXCEL_LIMIT else text


def id_cells(ids: list[int], limit: int = EXCEL_LIMIT) -> list[tuple[str, list[int]]]:
    """Entity ids as the hidden cells of entity rows, with the ids each holds: runs written "a-b", and as many cells as
    keep each within `limit` (a cell cut by Excel's limit could never be read back; run 21 A51). Ids that fit in one
    cell are written one by one, as ever."""
    ordered = sorted(ids)
    plain = ",".join(map(str, ordered))
    if len(plain) <= limit:
        return [(plain, ordered)]
    pieces: list[tuple[str, list[int]]] = []
    start = 0
    for n in range(1, len(ordered) + 1):
        if n == len(ordered) or ordered[n] != ordered[n - 1] + 1:
            run = ordered[start:n]
            pieces.append((f"{run[0]}-{run[-1]}" if len(run) > 2 else ",".join(map(str, run)), run))
            start = n
    cells: list[tuple[str, list[int]]] = []
    for text, run in pieces:
        if cells and len(cells[-1][0]) + 1 + len(text) <= limit:
            cells[-1] = (f"{cells[-1][0]},{text}", cells[-1][1] + run)
        else:
            cells.append((text, run))
    return cells


def as_cell(text: str) -> str:
    """What a cell of the export holds for a text: forbidden characters as U+FFFD, cut at Excel's limit."""
    return cut(xml_safe(text)[0])


def same_lines(a: str, b: str) -> bool:
    """True for two texts that differ at most in how their lines end (a spreadsheet reads CR LF back as LF)."""
    return a.replace("\r\n", "\n").replace("\r", "\n").strip() == b.replace("\r\n", "\n").replace("\r", "\n").strip()
