"""`import-xlsx`: cells of the columns a workbook is not read back from (正文, 身份 …) that a colleague changed.

They are compared with what an export of the database would write there now (in either script, as the export
makes the cell: characters XML forbids replaced, a long text cut), by fingerprint, one file's articles at a time,
and counted per sheet and column: the import says so instead of dropping the corrections without a word.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from jmreview.analysis.script import to_simplified
from jmreview.errors import Coded
from jmreview.exchange.xlsx_read import ArticleRow, EditedWorkbook, EntityRow
from jmreview.exchange.xlsx_text import HEADERS, SHEETS, UNREAD, as_cell, cell_digest, cut, ooxml_escaped, xml_safe
from jmreview.store.models import Article, Entity, SourceFile, database_proxy
from jmreview.store.records import BLOCK_SQL, assemble_text

UNREAD_LINE = ("{n} changed cells in column {column} of sheet {sheet} are not read back (they are not corrected "
               "through a workbook): correct them in the window")
CHUNK = 500


def _forms(*texts: Any) -> set[bytes]:
    """The fingerprints of the cells an export could write for these values."""
    out = set()
    for text in texts:
        cell = as_cell("" if text is None else str(text))
        out.add(cell_digest(cell.strip()))
        out.add(cell_digest(cut(ooxml_escaped(xml_safe("" if text is None else str(text))[0])).strip()))   # as its
    return out   # own inline string reads (a spreadsheet's shared string reads as the text: the first form)


class FileTexts:
    """One file's articles as the export makes their cells: their text assembled from the page, nothing else."""

    def __init__(self, file_id: int) -> None:
        source = SourceFile.get_by_id(file_id)
        blocks: dict[int, list[tuple[Any, ...]]] = {}
        for row in database_proxy.execute_sql(BLOCK_SQL, [file_id]):
            blocks.setdefault(row[0], []).append(row)
        self.text = {a_id: assemble_text(source.text, rows) for a_id, rows in blocks.items()}
        self.rows = {a.id: a for a in Article.select(Article.id, Article.title, Article.title_simplified,
                                                     Article.reviewer).where(Article.file == file_id)}

    def changed(self, row: ArticleRow) -> list[str]:
        """The columns not read back whose cells differ from the export's (Simplified only tried on a difference)."""
        art, text = self.rows[row.id], self.text.get(row.id, "")
        out = [] if row.unread["reviewer"] in _forms(art.reviewer) else ["reviewer"]
        if row.unread["text"] not in _forms(text) and row.unread["text"] not in _forms(to_simplified(text)):
            out.append("text")
        return out


def _chunks(ids: list[Any]) -> Iterable[list[Any]]:
    return (ids[k:k + CHUNK] for k in range(0, len(ids), CHUNK))


def unread_changes(book: EditedWorkbook, kept: set[int]) -> list[Coded]:
    """One line per sheet and column whose cells a colleague changed in rows of the articles in `kept`."""
    changed: Counter[tuple[str, str]] = Counter()
    rows = [r for r in book.articles if r.id in kept]
    files: dict[int, list[ArticleRow]] = {}
    for chunk in _chunks([r.id for r in rows]):
        where = {a.id: a.file_id for a in Article.select(Article.id, Article.file).where(Article.id.in_(chunk))}
        for r in rows:
            if r.id in where:
                files.setdefault(where[r.id], []).append(r)
    titles: dict[int, set[bytes]] = {r.id: _forms(r.values["title"]) for r in rows}
    for file_id, its_rows in files.items():   # one file's texts at a time: memory stays flat
        texts = FileTexts(file_id)
        for r in its_rows:
            titles[r.id] |= _forms(texts.rows[r.id].title, texts.rows[r.id].title_simplified)
            changed.update(("articles", name) for name in texts.changed(r))
    _entities(book.entities, kept, titles, changed)
    _files(book.files, changed)
    return [Coded(UNREAD_LINE, n=n, column=HEADERS[key][name][book.language], sheet=SHEETS[key][book.language])
            for key in UNREAD for name in UNREAD[key] if (n := changed[key, name])]


def _entities(rows: list[EntityRow], kept: set[int], titles: dict[int, set[bytes]],
              changed: Counter[tuple[str, str]]) -> None:
    rows = [r for r in rows if r.article_id in kept]
    roles: dict[int, Any] = {}
    for chunk in _chunks(sorted({i for r in rows for i in r.ids})):
        roles.update({e.id: e.role for e in Entity.select(Entity.id, Entity.role).where(Entity.id.in_(chunk))})
    for r in rows:
        forms = {"article_title": titles.get(r.article_id, set()), "occurrences": _forms(len(r.ids)),
                 "role": _forms(*(roles.get(i) for i in r.ids))}
        for name, allowed in forms.items():
            if r.unread[name] not in allowed:
                changed["entities", name] += 1


def _files(rows: list[dict[str, str]], changed: Counter[tuple[str, str]]) -> None:
    """The 文件 sheet's date, page and name cells that differ from their page's (found by its SHA-256)."""
    digests = sorted({r["sha256"] for r in rows if r.get("sha256")})
    pages: dict[str, Any] = {}
    for chunk in _chunks(digests):
        pages.update({f.sha256: f for f in SourceFile.select().where(
            SourceFile.sha256.in_(chunk) & SourceFile.replaced_by.is_null() & SourceFile.review_of.is_null())})
    for r in rows:
        page = pages.get(r.get("sha256", ""))
        if page is None:
            continue
        now = {"issue": str(page.issue_date or ""), "page": page.page_label or "", "name": page.name}
        for name, value in now.items():
            if r.get(name, "") != value:
                changed["files", name] += 1
