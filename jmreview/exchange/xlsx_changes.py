"""`jmreview import-xlsx`: what an edited workbook changes, shown first, then applied as one logged edit.

`plan_workbook` compares every article row and entity row with the database and lists the
changes per article; nothing is written. An article changed here since the export (its
version is not the hidden one of its row), or whose page was replaced, is left as it is and
said so; a bad cell or an id that is not ours refuses the whole workbook (`XlsxRefused`).
A cell equal to the database's value in either script is unchanged (a workbook exported in
Simplified changes nothing by being Simplified). An entity row deleted means its entities
are rejected; a relabelled row is accepted unless its status says otherwise.
`apply_plan` writes it all in one edit that one undo takes back, after checking again that
no article moved on since the preview.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jmreview.analysis.script import to_simplified
from jmreview.errors import Coded
from jmreview.exchange.apart import apart, shown
from jmreview.exchange.json_apply import under_review
from jmreview.exchange.xlsx_read import (
    ARTICLE_FIELDS,
    NAME_SEPARATORS,
    PROBLEMS,
    ArticleRow,
    EditedWorkbook,
    EntityRow,
    XlsxRefused,
    read_workbook,
)
from jmreview.exchange.xlsx_text import (
    HEADERS,
    SHEETS,
    VALUES,
    as_cell,
    cut,
    day_cell,
    entity_status_text,
    ooxml_escaped,
    same_lines,
    xml_safe,
)
from jmreview.exchange.xlsx_unread import UNREAD_LINE, unread_changes
from jmreview.store.changes import EditConflict, record
from jmreview.store.database import Store
from jmreview.store.derived import on_its_lines
from jmreview.store.ids import Logged
from jmreview.store.models import Article, Entity, SourceFile, now
from jmreview.store.queries import counterpart, current_version
from jmreview.store.records import article_records

CHANGES = {   # the preview's lines and the articles left as they are (English; the window translates them)
    "article": "article {id} 《{title}》",
    "field": "{field}: “{old}” → “{new}”",
    "label": "entity “{text}” ×{n}: label {old} → {new}",
    "status": "entity “{text}” ×{n}: {old} → {new}",
    "deleted": "entity “{text}” ×{n}: row deleted → rejected",
    "changed": "article {id} 《{title}》 was changed here after the export (version {here}, the workbook has "
               "{theirs}); left as it is",
    "apart": "article {id} 《{title}》 was changed here ({here_at}) and, apart, in the copy of the database the "
             "workbook was exported from ({theirs_at}); left as it is",
    "replaced": "article {id} 《{title}》: its page was replaced by a newer version after the export; left as it is "
                "(export a new workbook and make the change there)",
    "replaced_at": "article {id} 《{title}》: its page was replaced by a newer version after the export; left as it "
                   "is (its text is article {new} of the newer version: export a new workbook and make the change "
                   "there)",
    "replaced_same": "{n} articles of pages replaced by a newer version after the export have no change in the "
                     "workbook's article rows; left as they are (entity rows of replaced pages are never applied: "
                     "export a new workbook and make such changes there)",
    "gone": "article {id} 《{title}》 is no longer in this database: it was merged into another article, split, "
            "deleted or made anew by re-running automation here after the export; left as it is (export a new "
            "workbook and make the change there)",
    "gone_entities": "article {id} is no longer in this database: it was merged into another article, split, deleted "
                     "or made anew by re-running automation here after the export; its entity rows were left as they "
                     "are",
    "absent": "sheet {sheet}, row {row}: article {id} is not on sheet {articles}; its entity row was left as it is",
}
ANOTHER = ("{file} is a workbook of another database: none of the {pages} pages its rows name is in this one "
           "(open the database it was exported from, or import those pages first)")
SOME_ANOTHER = ("{file} names {n} pages that are not in this database ({pages}): a workbook of another database, or "
                "of pages not imported here; nothing was changed (open the database it was exported from, or import "
                "those pages first)")
ELSEWHERE = ("sheet {sheet}: {n} rows (rows {rows}) name articles that are other articles in this database (another "
             "page, or another text): a workbook of another database, whose articles are numbered otherwise; nothing "
             "was imported (open the database it was exported from)")
MOVED = ("article {id} 《{title}》 changed while the workbook's changes were shown; nothing was imported — import it "
         "again")


@dataclass
class ArticlePlan:
    """The changes of one article."""

    id: int
    title: str
    version: int
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)                  # name → (now, new)
    entities: list[tuple[list[int], dict[str, str]]] = field(default_factory=list)    # ids → new label/status
    lines: list[Coded] = field(default_factory=list)
    stale: tuple[int, int] | None = None   # changed here since the export (version here, the workbook's)
    apart: tuple[str, str] | None = None   # changed here and, apart, on the copy it came from (when, each)
    held: Coded | None = None   # its page under double review: refused when the row changes anything (run 36 B22)


@dataclass
class XlsxPlan:
    """What applying a workbook would change, and what it leaves as it is."""

    name: str
    articles: list[ArticlePlan] = field(default_factory=list)
    refused: list[Coded] = field(default_factory=list)
    log_id: int = 0
    already: int = 0   # articles changed here since the export that already say what the workbook says
    held: int = 0      # articles the workbook changes whose pages are under double review

    def preview(self) -> list[tuple[Coded, list[Coded]]]:
        """Per changed article: its heading and its changes."""
        return [(Coded(CHANGES["article"], id=a.id, title=a.title), a.lines) for a in self.articles]

    def summary(self) -> str:
        """One line for the terminal."""
        n = sum(len(a.lines) for a in self.articles)
        same = f", {self.already} already as in the workbook" if self.already else ""
        left = len({c.params["id"] for c in self.refused if "id" in c.params}) + self.held + sum(   # articles, not
            int(c.params["n"]) for c in self.refused if c.template == CHANGES["replaced_same"])   # lines said of them
        return f"{n} changes in {len(self.articles)} articles{same}, {left} left as they are" + (   # (run 52 A26)
            ", each said above" if self.refused else "")


def _same(name: str, now: Any, new: Any) -> bool:
    """Whether a cell still says what the export wrote for this value (in either script, as a cell holds it)."""
    if isinstance(now, list):   # each name as the cell could hold it (a control character shown as U+FFFD, a text
        lists = [[x.strip() for x in now], [xml_safe(x)[0].strip() for x in now],   # like `_x0041_` escaped)
                 [ooxml_escaped(xml_safe(x)[0]).strip() for x in now]]
        lists += [[p.strip() for p in NAME_SEPARATORS.split("、".join(form)) if p.strip()] for form in lists[:2]]
        # (a name holding a comma or a slash, `Smith, John`, read back from its own cell as two: run 30 A40)
        return new in lists or new in [[to_simplified(x) for x in form] for form in lists]
    if name == "date" and new is None:
        return day_cell(now) is None   # a date that is not a whole day was written as an empty cell
    if not isinstance(now, str):
        return bool(new == now)
    shown = as_cell(now)   # what the cell could hold: U+FFFD for what XML forbids, cut at Excel's limit
    escaped = cut(ooxml_escaped(xml_safe(now)[0]))   # as its inline string holds `_x000D_` typed in (run 22 A81)
    forms = (now, shown, to_simplified(shown), escaped, to_simplified(escaped))
    return new in [f.strip() for f in forms] or new == now or isinstance(new, str) and any(
        same_lines(new, form) for form in forms)   # CR LF read back as LF


def _shown(name: str, value: Any, language: str) -> str:
    if isinstance(value, list):
        return "、".join(value)
    return VALUES[language].get(value, value) if name in ("status", "category", "label") else (value or "")


def plan_workbook(path: Path, language: str | None = None) -> XlsxPlan:
    """Read an edited workbook and list what it changes (nothing is written); raises XlsxRefused on a bad cell.

    The preview names fields and values in `language` (by default the workbook's own).
    """
    book = read_workbook(path)
    language = language or book.language
    pages = sorted({row.file for row in book.articles if row.file})
    here = {str(f.name) for at in range(0, len(pages), 500)
            for f in SourceFile.select(SourceFile.name).where(SourceFile.name.in_(pages[at:at + 500]))}
    if pages and not here:
        raise XlsxRefused([Coded(ANOTHER, file=Path(path).name, pages=len(pages))])   # (run 31 A64: 490 lines
        # blamed a sorted column)
    if len(here) < len(pages):   # (run 32 A11: one page shared with another database: each row of the others was
        absent = [name for name in pages if name not in here]   # blamed on a sorted column)
        raise XlsxRefused([Coded(SOME_ANOTHER, file=Path(path).name, n=len(absent),
                                 pages=", ".join(absent[:5]) + ("…" if len(absent) > 5 else ""))])
    plan = XlsxPlan(Path(path).name)
    problems: list[Coded] = []
    plans = _article_plans(book, plan, problems, language)
    _entity_plans(book, plan, plans, problems, language)
    if problems:
        raise XlsxRefused(problems)
    for a_id, ap in list(plans.items()):   # corrected on its review copies: one line for the page if the workbook
        if ap is not None and ap.held is not None:   # changes it, the rest applied
            if ap.lines and ap.held not in plan.refused:
                plan.refused.append(ap.held)
            plan.held += 1 if ap.lines else 0
            plans[a_id] = None
    for a_id, ap in list(plans.items()):   # changed here since the export: the same as the row (a retry), or not
        if ap is not None and ap.stale is not None:
            if ap.lines and ap.apart:
                plan.refused.append(Coded(CHANGES["apart"], id=ap.id, title=ap.title, here_at=ap.apart[0],
                                          theirs_at=ap.apart[1]))
            elif ap.lines:
                plan.refused.append(Coded(CHANGES["changed"], id=ap.id, title=ap.title, here=ap.stale[0],
                                          theirs=ap.stale[1]))
            else:
                plan.already += 1
            plans[a_id] = None
    plan.refused += unread_changes(book, {a_id for a_id, ap in plans.items() if ap is not None})
    plan.articles = [a for a in plans.values() if a is not None and a.lines]
    return plan


def _problem(book: EditedWorkbook, key: str, row: int, column: str, value: Any) -> Coded:
    k = list(HEADERS[key]).index(column)
    return Coded(PROBLEMS["not_ours"], sheet=SHEETS[key][book.language], row=row, column=chr(ord("A") + k),
                 header=HEADERS[key][column][book.language], value=value)


def _written_for(row: ArticleRow, art: Article, source: SourceFile, lengths: dict[int, dict[int, int]]) -> bool:
    """Whether a row of an older workbook (no hidden copy of the id) still says the file and the text length
    jmreview wrote for its article: a 编号 column sorted on its own moves ids to other files' and texts' rows."""
    return row.file == source.name and row.chars == _chars(source, art.id, lengths)


def _chars(source: SourceFile, art_id: int, lengths: dict[int, dict[int, int]]) -> int | None:
    """The length of an article's text as the workbook's 字数 counts it (each file's articles read once)."""
    if source.id not in lengths:
        lengths[source.id] = {a["id"]: len(a["text"]) for a in article_records(source)}
    return lengths[source.id].get(art_id)


def _moved(book: EditedWorkbook, code: str, row: ArticleRow, **params: object) -> Coded:
    k = list(HEADERS["articles"]).index("id")
    return Coded(PROBLEMS[code], sheet=SHEETS["articles"][book.language], row=row.row, column=chr(ord("A") + k),
                 header=HEADERS["articles"]["id"][book.language], value=row.id, **params)


def _entity_moved(book: EditedWorkbook, row: EntityRow) -> Coded:
    k = list(HEADERS["entities"]).index("entity_ids")
    return Coded(PROBLEMS["entity_moved"], sheet=SHEETS["entities"][book.language], row=row.row,
                 column=chr(ord("A") + k), header=HEADERS["entities"]["entity_ids"][book.language],
                 value=",".join(map(str, row.ids))[:60], text=row.text[0][:40])


def _article_plans(book: EditedWorkbook, plan: XlsxPlan, problems: list[Coded],
                   language: str) -> dict[int, ArticlePlan | None]:
    """Each article row's changes (None: left as it is)."""
    plans: dict[int, ArticlePlan | None] = {}
    lengths: dict[int, dict[int, int]] = {}
    reviewed, logged = under_review(), Logged()
    foreign: list[int] = []
    untouched: list[int] = []   # articles of replaced pages whose rows say what the export wrote
    for row in book.articles:
        art = Article.get_or_none(Article.id == row.id)
        if art is None and row.id in logged:   # merged, split or deleted here since the export: named, left
            plan.refused.append(Coded(CHANGES["gone"], id=row.id, title=row.values["title"]))
            plans[row.id] = None
            continue
        if art is None:
            problems.append(_problem(book, "articles", row.row, "id", row.id))
            continue
        source = SourceFile.get_by_id(art.file_id)
        if book.checked and row.written != str(row.id):   # its 编号 sorted or changed on its own
            problems.append(_moved(book, "moved", row, written=row.written[:20] or "?"))
            continue
        if not book.checked and not _written_for(row, art, source, lengths):   # an older workbook: the same, seen
            problems.append(_moved(book, "other_row", row, file=source.name, row_file=row.file or "?"))
            continue
        if book.checked and _elsewhere(row, art, source, lengths):   # (run 34: a workbook of another database
            foreign.append(row.row)                                 # whose articles are numbered otherwise)
            continue
        if source.replaced_by is not None:   # (run 40 A25: no way forward said)
            plans[art.id] = None
            changed = [Coded(CHANGES["field"], field=HEADERS["articles"][name][language], old=_shown(
                name, getattr(art, name), language), new=_shown(name, row.values[name], language))
                for name in ARTICLE_FIELDS if not _same(name, getattr(art, name), row.values[name])]
            if changed:   # the change that is not made, named (run 47 A12: every row refused, none said)
                plan.refused += [_replaced(art, source), *changed]
            else:
                untouched.append(art.id)
            continue
        ap = plans[art.id] = ArticlePlan(art.id, art.title, art.version, held=reviewed.get(source.id))
        if art.version > row.version:   # changed here since: left as it is, unless it says what the row says (a
            # workbook of a copy further on is applied as a JSON file is: run 32 B24, B46)
            ap.stale = (art.version, row.version)
        if apart(art.version, art.updated_at, row.version, row.changed, lenient=True):   # (run 30 A33: a copy's)
            ap.stale, ap.apart = (art.version, row.version), (shown(art.updated_at), shown(row.changed))
        for name in ARTICLE_FIELDS:
            now_value, new = getattr(art, name), row.values[name]
            if not _same(name, now_value, new):
                ap.fields[name] = (now_value, new)
                ap.lines.append(Coded(CHANGES["field"], field=HEADERS["articles"][name][language],
                                      old=_shown(name, now_value, language), new=_shown(name, new, language)))
    if untouched:   # rows the workbook leaves as the export wrote them: one line, not one each
        plan.refused.append(Coded(CHANGES["replaced_same"], n=len(untouched)))
    if foreign:
        raise XlsxRefused([Coded(ELSEWHERE, n=len(foreign), rows=", ".join(map(str, foreign[:10]))
                                 + (", …" if len(foreign) > 10 else ""), sheet=SHEETS["articles"][book.language])])
    return plans


def _replaced(art: Article, source: SourceFile) -> Coded:
    """An article of a replaced page left as it is, with the article of the current version holding its text."""
    newest = current_version(source.id)
    new = counterpart(art.id, newest) if newest is not None else None
    return Coded(CHANGES["replaced_at"], id=art.id, title=art.title, new=new) if new is not None else \
        Coded(CHANGES["replaced"], id=art.id, title=art.title)


def _elsewhere(row: ArticleRow, art: Article, source: SourceFile, lengths: dict[int, dict[int, int]]) -> bool:
    """Whether a row that says it was written for this article id names another page, or (the article unchanged
    since) another length of text: a row of another database's article of that id."""
    if row.file and row.file != source.name:
        return True
    return art.version == row.version and row.chars is not None and row.chars != _chars(source, art.id, lengths)


def _entity_plans(book: EditedWorkbook, plan: XlsxPlan, plans: dict[int, ArticlePlan | None], problems: list[Coded],
                  language: str) -> None:
    """Relabelled and re-decided rows, then the rows deleted: their entities rejected."""
    listed: set[int] = set()
    logged = Logged()
    retyped: Counter[str] = Counter()
    for row in book.entities:
        if row.article_id not in plans:
            if Article.get_or_none(Article.id == row.article_id) is None and row.article_id in logged:
                plan.refused.append(Coded(CHANGES["gone_entities"], id=row.article_id))
                plans[row.article_id] = None
            elif Article.get_or_none(Article.id == row.article_id) is None:
                problems.append(_problem(book, "entities", row.row, "article_id", row.article_id))
            else:
                plan.refused.append(Coded(CHANGES["absent"], sheet=SHEETS["entities"][book.language], row=row.row,
                                          id=row.article_id, articles=SHEETS["articles"][book.language]))
            continue
        ap = plans[row.article_id]
        if ap is None:
            continue
        ents = list(Entity.select().where(Entity.id.in_(row.ids)))
        text, simple = row.text
        missing = len(ents) != len(set(row.ids))
        if missing or any(e.article_id != ap.id for e in ents) or (text and any(   # its 实体编号 sorted or pasted
                e.simplified != simple and to_simplified(e.text) != to_simplified(text) for e in ents)):
            if ap.stale is not None:   # the article split, merged or redone here since the export (run 22 A66): it
                ap.lines.append(Coded(CHANGES["changed"], id=ap.id, title=ap.title, here=ap.stale[0],
                                      theirs=ap.stale[1]))   # is left as it is; the rest of the workbook applies
                continue
            problems.append(_problem(book, "entities", row.row, "entity_ids", ",".join(map(str, row.ids))) if missing
                            else _entity_moved(book, row))
            continue
        listed.update(row.ids)
        first = ents[0]
        retyped.update(name for name, cell, now_value in (("text", text, first.text), ("simplified", simple,
                       first.simplified)) if cell and not _same("title", now_value, cell))   # (run 34 A10: dropped
        values: dict[str, str] = {}                                                          # without a word)
        if row.label != first.label:
            values = {"label": row.label, "status": row.status if row.status != first.status else "accepted"}
            ap.lines.append(Coded(CHANGES["label"], text=first.text, n=len(ents), old=first.label, new=row.label))
        elif row.status != first.status and not (ap.stale and row.status == "suggested" and first.status == "accepted"):
            values = {"status": row.status}   # (a suggestion accepted here since, by a relabel: not taken back)
        if values.get("status", first.status) != first.status:
            ap.lines.append(Coded(CHANGES["status"], text=first.text, n=len(ents),
                                  old=entity_status_text(first.status, language),
                                  new=entity_status_text(values["status"], language)))
        if values:
            ap.entities.append((sorted(row.ids), values))
    for ap in plans.values():
        if ap is None:
            continue
        gone: dict[tuple[str, str], list[Any]] = {}
        for e in Entity.select().where((Entity.article == ap.id) & on_its_lines()).order_by(Entity.start):
            if e.id not in listed and e.status != "rejected":
                gone.setdefault((e.simplified, e.label), []).append(e)
        for group in gone.values():
            ap.entities.append(([e.id for e in group], {"status": "rejected"}))
            ap.lines.append(Coded(CHANGES["deleted"], text=group[0].text, n=len(group)))
    plan.refused += [Coded(UNREAD_LINE, n=n, column=HEADERS["entities"][name][book.language],
                           sheet=SHEETS["entities"][book.language]) for name in ("text", "simplified")
                     if (n := retyped[name])]


def apply_plan(store: Store, plan: XlsxPlan, who: str) -> int:
    """Write the planned changes as one logged edit; returns its log id (0 when there was nothing to change)."""
    with record(store, who, "import_xlsx", f"edited workbook {plan.name}") as ch:
        for ap in plan.articles:
            art = Article.get_or_none(Article.id == ap.id)
            if art is None or art.version != ap.version:
                raise EditConflict(MOVED.format(id=ap.id, title=ap.title), "xlsx_moved", id=ap.id, title=ap.title)
            values = {name: new for name, (_, new) in ap.fields.items()}
            if "title" in values:
                values["title_simplified"] = to_simplified(values["title"])
            if "status" in values:
                done = values["status"] in ("reviewed", "rejected")
                values.update(reviewer=who if done else None, reviewed_at=now() if done else None)
            marks = set(art.manual) | (set(ap.fields) - {"status"}) | ({"entities"} if ap.entities else set())
            ch.set(art, manual=sorted(marks), **values)
            for ids, changes in ap.entities:
                for e in Entity.select().where(Entity.id.in_(ids)):
                    ch.set(e, **changes)
            ch.touch(art)
    plan.log_id = ch.log_id()
    return plan.log_id
