"""Issue 10, run 11's exchange rows: a snapshot's team section refuses names and review states the store never
makes (#7, #8); the workbook's 实体 sheet refuses ids pasted onto another row's text (#23)."""
from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from jmreview.exchange.annotations_apply import import_annotations
from jmreview.exchange.export_json import export_json
from jmreview.exchange.export_xlsx import export_xlsx
from jmreview.exchange.formats_out import export_annotations
from jmreview.exchange.import_json import import_json
from jmreview.exchange.xlsx_changes import apply_plan, plan_workbook
from jmreview.exchange.xlsx_read import XlsxRefused
from jmreview.store.database import Store
from jmreview.store.models import Article, Entity, SourceFile
from jmreview.store.team import mark_double_review

from ..test_json_team import build_team_corpus, said, snapshot

Capsys = pytest.CaptureFixture[str]
Doc = dict[str, Any]


@pytest.fixture
def team_snapshot(tmp_path: Path, capsys: Capsys) -> Doc:
    """A snapshot of two pages, one under double review by two editors (one difference settled), one assigned."""
    build_team_corpus(tmp_path / "team.sqlite3")
    snapshot(capsys, tmp_path / "team.sqlite3", tmp_path / "team.json")
    return dict(json.loads((tmp_path / "team.json").read_text(encoding="utf-8")))


def _review(d: Doc) -> Doc:
    return dict(d["team"]["reviews"][0])


def _assign(name: str) -> Callable[[Doc], None]:
    def change(d: Doc) -> None:
        first = d["team"]["assignments"][0]
        d["team"]["assignments"].append({**first, "editor": name})
    return change


def _no_copies(d: Doc) -> None:
    d["team"]["reviews"][0].update(copies=[], decisions=[], state="double")


def _one_copy(d: Doc) -> None:
    r = d["team"]["reviews"][0]
    r.update(copies=r["copies"][:1], decisions=[], state="double")


def _three(d: Doc) -> None:
    r = d["team"]["reviews"][0]
    c = copy.deepcopy(r["copies"][1])
    c["editor"] = "丙"
    for i, a in enumerate(c["articles"]):
        a["id"] = 900_000 + i
    r["copies"].append(c)


def _decision(**changes: Any) -> Callable[[Doc], None]:
    def change(d: Doc) -> None:
        d["team"]["reviews"][0]["decisions"][0].update(changes)
    return change


def _set(**changes: Any) -> Callable[[Doc], None]:
    def change(d: Doc) -> None:
        d["team"]["reviews"][0].update(changes)
    return change


def _zw_copy(d: Doc) -> None:
    d["team"]["reviews"][0]["copies"][1]["editor"] += "\u200b"


HOSTILE: dict[str, tuple[Callable[[Doc], None], str]] = {
    # 7: the store's own rule for names (store.team): none blank, none hiding what it says
    "blank_editor": (_assign(""), "not an editor's name"),
    "space_editor": (_assign("   "), "not an editor's name"),
    "rlo_editor": (_assign("\u202egnaw"), "not an editor's name"),
    "zw_copy_editor": (_zw_copy, "not an editor's name"),
    # 8: only the review states the store makes
    "double_no_copies": (_no_copies, "two review copies"),
    "double_one_copy": (_one_copy, "two review copies"),
    "copies_no_state": (_set(state="", decisions=[]), "review copies of a page that is not under double review"),
    "three_copies": (_three, "two review copies"),
    "decision_other_pair": (_decision(editor_a="x", editor_b="y"), "not the copies' editors"),
    "decision_no_difference": (_decision(key="fields:999999"), "no difference"),
    "decision_unknown_entity": (_decision(key="entity:5:7"), "no difference"),
    "curated_with_open_diff": (_set(state="curated"), "not settled"),
    "curating_no_decisions": (_set(decisions=[]), "curating"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_run11_7_8_a_team_section_the_store_never_makes_is_refused(name: str, team_snapshot: Doc, tmp_path: Path,
                                                                   capsys: Capsys) -> None:
    change, reason = HOSTILE[name]
    doc = copy.deepcopy(team_snapshot)
    change(doc)
    hostile = tmp_path / f"{name}.json"
    hostile.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "empty.sqlite3"
    code, out, err = said(capsys, "import-json", str(hostile), "--db", str(target))
    assert code != 0, out + err
    assert hostile.name in err and reason in err, err
    page = doc["team"]["reviews"][0]["name"]
    if name.startswith(("double", "copies", "three", "decision", "curat")):
        assert page in err, err
    with Store(target) as _:
        assert not SourceFile.select().exists()        # nothing was written


def test_run11_8_the_snapshot_as_written_is_restored(team_snapshot: Doc, tmp_path: Path, capsys: Capsys) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(team_snapshot, ensure_ascii=False), encoding="utf-8")
    code, _, err = said(capsys, "import-json", str(good), "--db", str(tmp_path / "new.sqlite3"))
    assert code == 0, err


@pytest.fixture
def workbook_store(seeded_db: Path, tmp_path: Path) -> Any:
    """A copy of the five sample pages, open."""
    target = tmp_path / "wb.sqlite3"
    target.write_bytes(seeded_db.read_bytes())
    with Store(target) as store:
        yield store


def _entity_rows(ws: Any) -> list[int]:
    """The 实体 sheet's rows, from row 2."""
    return [n for n in range(2, ws.max_row + 1) if ws.cell(n, 10).value]


def test_run11_23_ids_pasted_onto_another_entity_row_are_refused(workbook_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    wb = load_workbook(path)
    es = wb["实体"]
    rows = _entity_rows(es)
    first = next(n for n in rows for m in rows if m != n and es.cell(m, 1).value == es.cell(n, 1).value
                 and es.cell(m, 3).value != es.cell(n, 3).value)
    other = next(m for m in rows if m != first and es.cell(m, 1).value == es.cell(first, 1).value
                 and es.cell(m, 3).value != es.cell(first, 3).value)
    es.cell(other, 10).value = es.cell(first, 10).value     # row `first`'s ids pasted onto `other` (same article)
    wb.save(path)
    before = [(e.id, e.label, e.status) for e in Entity.select().order_by(Entity.id)]
    with pytest.raises(XlsxRefused) as caught:
        plan_workbook(path)
    said = " ".join(str(p) for p in caught.value.problems)
    assert f"row {other}," in said and "not the ids written for its text" in said and "sorted" in said, said
    assert [(e.id, e.label, e.status) for e in Entity.select().order_by(Entity.id)] == before


def test_run11_23_a_sorted_entity_id_column_says_so(workbook_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    wb = load_workbook(path)
    es = wb["实体"]
    rows = _entity_rows(es)
    ids = sorted((str(es.cell(n, 10).value) for n in rows), reverse=True)   # the J column sorted on its own
    for n, value in zip(rows, ids):
        es.cell(n, 10).value = value
    wb.save(path)
    with pytest.raises(XlsxRefused) as caught:
        plan_workbook(path)
    said = " ".join(str(p) for p in caught.value.problems)
    assert "not the ids written for its text" in said and "is not an id of this database" not in said, said


def _two_pages(store: Store) -> tuple[Any, Any]:
    """The first articles of two pages; the first page put under double review by 甲 and 乙."""
    pages = list(SourceFile.select().where(SourceFile.replaced_by.is_null()).order_by(SourceFile.id))[:2]
    arts = [Article.select().where(Article.file == p.id).order_by(Article.reading_order).first() for p in pages]
    mark_double_review(store, "主编", pages[0].id, ["甲", "乙"])
    return arts[0], arts[1]


def test_run11_12_a_workbook_leaves_a_page_under_double_review_alone_and_applies_the_rest(
        workbook_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    reviewed, other = _two_pages(workbook_store)
    wb = load_workbook(path)
    ws = wb["文章"]
    for n in range(2, ws.max_row + 1):
        if ws.cell(n, 3).value in (reviewed.id, other.id):
            ws.cell(n, 4).value = f"新标题{ws.cell(n, 3).value}"
    wb.save(path)
    plan = plan_workbook(path)
    apply_plan(workbook_store, plan, "主编")
    assert Article.get_by_id(other.id).title == f"新标题{other.id}"            # the rest applied
    assert Article.get_by_id(reviewed.id).title == reviewed.title              # the page under review left alone
    said = " ".join(str(r) for r in plan.refused)
    assert "under double review by 甲 / 乙" in said and "left as it is" in said, said


def test_run11_12_a_json_apply_leaves_a_page_under_double_review_alone_and_applies_the_rest(
        workbook_store: Store, tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "corpus.json"
    export_json(path)
    reviewed, other = _two_pages(workbook_store)
    doc = json.loads(path.read_text(encoding="utf-8"))
    for f in doc["files"]:
        for a in f["articles"]:
            if a["id"] in (reviewed.id, other.id):
                a["title"] = f"新标题{a['id']}"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    report = import_json(workbook_store, path, "主编")
    assert Article.get_by_id(other.id).title == f"新标题{other.id}"
    assert Article.get_by_id(reviewed.id).title == reviewed.title
    said = " ".join(report.conflicts)
    assert "under double review by 甲 / 乙" in said and "left as it is" in said, said


@pytest.mark.parametrize("fmt", ["labelstudio", "doccano", "spacy"])
def test_run11_12_an_annotation_file_leaves_a_page_under_double_review_alone_and_applies_the_rest(
        fmt: str, workbook_store: Store, tmp_path: Path) -> None:
    path = tmp_path / f"ann.{fmt}"
    Entity.update(status="accepted").execute()   # a file of another editor's accepted entities, for every page
    export_annotations(path, fmt)
    Entity.update(status="suggested").execute()
    reviewed, other = _two_pages(workbook_store)

    def accepted(page: int) -> int:
        return Entity.select().where((Entity.file == page) & (Entity.status == "accepted")).count()
    report = import_annotations(workbook_store, path, "主编", mode="accepted")
    assert accepted(other.file_id) > 0              # the rest applied
    assert accepted(reviewed.file_id) == 0          # the page under review left alone
    said = " ".join(str(n) for n in report.notes)
    assert "under double review by 甲 / 乙" in said and "left as it is" in said, said
