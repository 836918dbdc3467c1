"""An exported workbook edited by a colleague (openpyxl, and LibreOffice) comes back in: every edit, one undo."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jmreview.exchange.export_json import export_json
from jmreview.exchange.export_xlsx import export_xlsx
from jmreview.exchange.xlsx_changes import apply_plan, plan_workbook
from jmreview.exchange.xlsx_read import XlsxRefused
from jmreview.store import changes, edits
from jmreview.store.database import Store
from jmreview.store.models import Article, Entity

RUN = [sys.executable, "-m", "jmreview.cli"]


@pytest.fixture
def corpus(seeded_db: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    copy = tmp_path / "c.sqlite3"
    shutil.copy(seeded_db, copy)
    with Store(copy) as store:
        yield store


def snapshot(tmp_path: Path, keep_versions: bool = True) -> dict:
    """The whole database as a JSON export (with sources), without its time stamp (and versions if asked)."""
    path = tmp_path / "snap.json"
    export_json(path, with_source=True)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    if not keep_versions:   # an undo is an edit too: it moves versions on (so stale windows notice)
        for f in doc["files"]:
            for a in f["articles"]:
                a.pop("version")
                a.pop("changed_at")   # and its moment
    return doc


def rows_by_id(ws, column: int) -> dict[int, int]:  # type: ignore[no-untyped-def]
    return {ws.cell(r, column).value: r for r in range(2, ws.max_row + 1)}


class Edits:
    """What the colleague changed, in a workbook opened with openpyxl."""

    def __init__(self, path: Path) -> None:
        arts = list(Article.select().order_by(Article.id))
        self.a, self.b = arts[3], arts[5]
        ents = list(Entity.select().where((Entity.article == self.b) & (Entity.label == "PER")).order_by(Entity.start))
        others = list(Entity.select().where((Entity.article == self.b) & (Entity.label != "PER")).order_by(Entity.start))
        self.relabel, self.reject = ents[0], others[0]
        self.delete = others[-1]
        wb = load_workbook(path)
        ws, es = wb["文章"], wb["实体"]
        r = rows_by_id(ws, 3)[self.a.id]
        ws.cell(r, 4).value = "新的标题：侨乡江门"
        ws.cell(r, 7).value = "评论"
        ws.cell(r, 8).value = "已审"
        ws.cell(r, 9).value = "2021-11-03"               # typed as text
        ws.cell(r, 10).value = "张三、李四"
        r = rows_by_id(ws, 3)[self.b.id]
        ws.cell(r, 5).value = "=SUM(A1:A3)"              # a formula typed into the kicker: it stays text
        ws.cell(r, 13).value = "新华社"
        for row in range(es.max_row, 1, -1):
            ids = {int(x) for x in str(es.cell(row, 10).value).split(",")}
            if self.relabel.id in ids:
                es.cell(row, 5).value = "地名 LOC"
            elif self.reject.id in ids:
                assert es.cell(row, 7).value == "建议"
                es.cell(row, 7).value = "已拒绝"            # as the window says it (not 退回: an article sent back)
            elif self.delete.id in ids:
                es.delete_rows(row)
        wb.save(path)

    def check(self, store: Store) -> None:
        a, b = Article.get_by_id(self.a.id), Article.get_by_id(self.b.id)
        assert (a.title, a.category, a.status, a.date, a.reporters) == \
            ("新的标题：侨乡江门", "commentary", "reviewed", "2021-11-03", ["张三", "李四"])
        assert a.reviewer == "丙" and "title" in a.manual
        assert b.kicker == "=SUM(A1:A3)" and b.sources == ["新华社"]
        assert Entity.get_by_id(self.relabel.id).label == "LOC" and Entity.get_by_id(self.relabel.id).status == "accepted"
        assert Entity.get_by_id(self.reject.id).status == "rejected"
        assert Entity.get_by_id(self.delete.id).status == "rejected"


def round_trip(store: Store, tmp_path: Path, through_libreoffice: bool) -> None:
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    edited = Edits(path)
    if through_libreoffice:
        out = tmp_path / "lo"
        env = dict(os.environ, HOME=str(tmp_path / "home"))
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                       check=True, capture_output=True, timeout=240, env=env)
        path = out / "review.xlsx"
    before = snapshot(tmp_path)
    plan = plan_workbook(path)
    assert snapshot(tmp_path) == before   # the preview writes nothing
    lines = {str(a): [str(x) for x in xs] for a, xs in plan.preview()}
    assert set(lines) == {f"article {edited.a.id} 《{edited.a.title}》", f"article {edited.b.id} 《{edited.b.title}》"}
    assert len(lines[f"article {edited.a.id} 《{edited.a.title}》"]) == 5
    assert any("row deleted → rejected" in x for x in lines[f"article {edited.b.id} 《{edited.b.title}》"])
    log_id = apply_plan(store, plan, "丙")
    edited.check(store)
    after = snapshot(tmp_path)
    changed = {edited.a.id, edited.b.id}
    for f_before, f_after in zip(before["files"], after["files"]):   # the unedited articles are untouched
        assert [a for a in f_before["articles"] if a["id"] not in changed] == \
            [a for a in f_after["articles"] if a["id"] not in changed]
    changes.undo(store, log_id, "丙")
    assert snapshot(tmp_path, keep_versions=False) == snapshot_before_without_versions(before)


def snapshot_before_without_versions(doc: dict) -> dict:
    doc = json.loads(json.dumps(doc))
    for f in doc["files"]:
        for a in f["articles"]:
            a.pop("version")
            a.pop("changed_at")
    return doc


def test_workbook_edited_with_openpyxl_comes_back(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    round_trip(corpus, tmp_path, through_libreoffice=False)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_workbook_saved_by_libreoffice_comes_back(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    round_trip(corpus, tmp_path, through_libreoffice=True)


def test_an_article_changed_here_since_the_export_is_left_as_it_is(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    edited = Edits(path)
    edits.set_article_field(corpus, "乙", edited.b.id, "subtitle", "这里改的")
    plan = plan_workbook(path)
    assert [str(x) for x in plan.refused] == [f"article {edited.b.id} 《{edited.b.title}》 was changed here after the "
                                              "export (version 2, the workbook has 1); left as it is"]
    apply_plan(corpus, plan, "丙")
    b = Article.get_by_id(edited.b.id)
    assert b.subtitle == "这里改的" and b.kicker != "=SUM(A1:A3)"
    assert Article.get_by_id(edited.a.id).title == "新的标题：侨乡江门"


BAD_CELLS = {
    "label": (lambda wb: wb["实体"].cell(2, 5).__setattr__("value", "人物"), "sheet 实体, row 2, column E (标签): “人物” is not a label"),
    "date": (lambda wb: wb["文章"].cell(2, 9).__setattr__("value", "2021-02-30"), "sheet 文章, row 2, column I (日期): “2021-02-30” is not a date"),
    "status": (lambda wb: wb["文章"].cell(3, 8).__setattr__("value", "完成"), "sheet 文章, row 3, column H (状态): “完成” is not one of"),
    "article id": (lambda wb: wb["文章"].cell(4, 3).__setattr__("value", 99999), "sheet 文章, row 4, column C (编号): “99999” is not an id of this database"),
    "entity ids": (lambda wb: wb["实体"].cell(3, 10).__setattr__("value", "1,99999"), "sheet 实体, row 3, column J (实体编号（勿改）): “1,99999” is not an id"),
    "version": (lambda wb: wb["文章"].cell(5, 18).__setattr__("value", "abc"), "sheet 文章, row 5, column R (版本（勿改）): “abc” is not the version"),
    "sheet renamed": (lambda wb: setattr(wb["文章"], "title", "文章（改）"), "the workbook has no sheet “文章”"),
    "columns moved": (lambda wb: wb["文章"].insert_cols(4), "sheet 文章, row 1, column D: “” where “标题” belongs"),
    "row added": (lambda wb: wb["实体"].append([1, "x", "张三", "张三", "人名 PER", None, "已接受", 1]), "an entity row without jmreview's ids"),
}


@pytest.mark.parametrize("kind", list(BAD_CELLS))
def test_each_bad_cell_is_named_and_nothing_changes(corpus, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    Edits(path)   # good edits beside the bad cell: none of them is applied either
    wb = load_workbook(path)
    spoil, message = BAD_CELLS[kind]
    spoil(wb)
    wb.save(path)
    before = snapshot(tmp_path)
    with pytest.raises(XlsxRefused, match="Nothing was imported") as caught:
        plan_workbook(path)
    assert any(message in str(p) for p in caught.value.problems), caught.value.problems
    assert snapshot(tmp_path) == before


def test_command_line_previews_then_applies(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    edited = Edits(path)
    db = str(corpus.path)
    out = subprocess.run([*RUN, "import-xlsx", str(path), "--dry-run", "--db", db], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert "标题: “" in out.stdout and "“新的标题：侨乡江门”" in out.stdout and "nothing was written" in out.stdout
    assert Article.get_by_id(edited.a.id).title != "新的标题：侨乡江门"
    out = subprocess.run([*RUN, "import-xlsx", str(path), "--db", db, "--editor", "丙"], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    edited.check(corpus)
    wb = load_workbook(path)
    wb["文章"].cell(2, 9).value = "2021-13-01"
    wb.save(path)
    out = subprocess.run([*RUN, "import-xlsx", str(path), "--db", db], capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "column I" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("script", ["original", "simplified"])
def test_an_unedited_workbook_changes_nothing(corpus, tmp_path: Path, script: str) -> None:  # type: ignore[no-untyped-def]
    first = Article.select().order_by(Article.id).first()
    # what a cell cannot hold as it is: a character XML forbids, a date that is not a whole day
    Article.update(title=first.title + "\x07", date="2023-08").where(Article.id == first.id).execute()
    path = tmp_path / "review.xlsx"
    export_xlsx(path, script=script)
    plan = plan_workbook(path)
    assert plan.articles == [] and plan.refused == []


def test_a_rejected_entity_reads_as_the_window_says_it_and_old_workbooks_still_come_back(  # type: ignore[no-untyped-def]
        corpus, tmp_path: Path) -> None:
    """A rejected entity was written 退回 (an article sent back); it is 已拒绝, as in the window. 退回 still reads."""
    from jmreview.store.entity_edits import update_entity

    ent = Entity.select().where(Entity.label == "PER").order_by(Entity.id).first()
    update_entity(corpus, "甲", [ent.id], status="rejected")
    path = tmp_path / "r.xlsx"
    export_xlsx(path)
    es = load_workbook(path)["实体"]
    row = next(r for r in range(2, es.max_row + 1) if ent.id in {int(x) for x in str(es.cell(r, 10).value).split(",")})
    assert es.cell(row, 7).value == "已拒绝"
    assert "退回" not in {es.cell(r, 7).value for r in range(2, es.max_row + 1)}
    wb = load_workbook(path)
    wb["实体"].cell(row, 7).value = "退回"    # a workbook written before: the same answer
    wb.save(path)
    plan = plan_workbook(path)
    assert plan.articles == [] and plan.refused == []   # read as rejected: nothing to change


def test_the_same_workbook_applied_again_is_already_as_in_it(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 13 A#30: a retry after a crash (or the same workbook twice): every article it changed was 'changed here
    after the export … left as it is' — read as conflicts with someone's work, though each held the workbook's
    values. Now they are already as in the workbook; a real change made here since is still left as it is."""
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    edited = Edits(path)
    apply_plan(corpus, plan_workbook(path), "丙")
    again = plan_workbook(path)
    assert again.refused == [] and again.articles == [] and again.already == 2, [str(x) for x in again.refused]
    assert "2 already as in the workbook" in again.summary()
    edits.set_article_field(corpus, "乙", edited.b.id, "subtitle", "这里又改的")
    third = plan_workbook(path)
    assert len(third.refused) == 1 and third.already == 1 and "was changed here after the export" in str(third.refused[0])
