"""JSON contract version 2: issues and pages, continued stories and resolved dates travel; version 1 still imports."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jmreview.exchange.export_json import export_json
from jmreview.exchange.import_json import import_json
from jmreview.exchange.json_validate import InvalidCorpus
from jmreview.store.changes import undo
from jmreview.store.database import Store
from jmreview.store.models import Article, Entity, SourceFile, StoryLink
from jmreview.store.story_edits import link_stories, set_link_status, set_page
from jmreview.workflows.importer import import_paths

from .test_newspaper_store import write_issue


def without_stamp(path: Path) -> dict:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return doc


@pytest.fixture
def issue_db(tmp_path: Path) -> Path:
    """A generated issue with people's decisions on it: a rejected link, an accepted one, a page set by hand."""
    db = tmp_path / "a.sqlite3"
    write_issue(tmp_path / "in", "2024-08-21", 3)
    (tmp_path / "in" / "2024-01-02_A01.txt").write_text(
        "侨乡新春活动举行\n　　江门日报讯（记者/李明）昨日，江门市举行新春活动，12月30日的彩排吸引了市民。\n", encoding="utf-8")
    with Store(db) as store:
        import_paths(store, [tmp_path / "in"], workers=1)
        links = list(StoryLink.select().order_by(StoryLink.id))
        set_link_status(store, "甲", links[0].id, "rejected")
        set_link_status(store, "甲", links[1].id, "accepted")
        one = SourceFile.get(SourceFile.name == "2024-01-02_A01.txt")
        set_page(store, "甲", one.id, "2024-01-02", "B03")
    return db


def test_v2_export_carries_pages_links_and_resolved_dates(issue_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "v2.json"
    with Store(issue_db):
        export_json(out, with_source=True)
        n_links = StoryLink.select().count()
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == 2
    pages = [(f["issue"], f["page"]) for f in doc["files"]]
    assert pages == sorted(pages)   # files in print order: issue, then page
    assert ("2024-01-02", "B03") in pages
    manual = next(f for f in doc["files"] if f["name"] == "2024-01-02_A01.txt")
    assert manual["page_source"] == "manual"
    arts = {a["id"]: a for f in doc["files"] for a in f["articles"]}
    forward = [(a["id"], c["id"], c["status"]) for a in arts.values() for c in a["continued_in"]]
    back = [(c["id"], a["id"], c["status"]) for a in arts.values() for c in a["continues"]]
    assert len(forward) == n_links and sorted(forward) == sorted(back)
    assert {s for *_, s in forward} == {"suggested", "accepted", "rejected"}
    assert all(c["cue"].startswith("link.") and c["origin"] == "auto" for a in arts.values() for c in a["continued_in"])
    dates = {e["text"]: (e["resolved"], e["resolved_rule"]) for a in manual["articles"] for e in a["entities"]
             if e["label"] == "DATE"}
    assert dates["昨日"] == ("2024-01-01", "relative_day")


def test_v2_round_trip_is_identical_but_for_the_stamp(issue_db: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    with Store(issue_db):
        export_json(first, with_source=True)
    with Store(tmp_path / "b.sqlite3") as store:
        report = import_json(store, first, "乙")
        assert report.mode == "restore"
        export_json(second, with_source=True)
    assert without_stamp(first) == without_stamp(second)


def downgraded(doc: dict) -> dict:
    """The same corpus as version 1 wrote it: no pages, no links, no resolved dates."""
    doc = json.loads(json.dumps(doc))
    doc["version"] = 1
    for f in doc["files"]:
        for key in ("issue", "page", "page_source"):
            f.pop(key)
        for a in f["articles"]:
            a.pop("continues")
            a.pop("continued_in")
            for e in a["entities"]:
                e.pop("resolved", None)
                e.pop("resolved_rule", None)
    return doc


def test_a_version_1_file_still_restores(issue_db: Path, tmp_path: Path) -> None:
    v2 = tmp_path / "v2.json"
    with Store(issue_db):
        export_json(v2, with_source=True)
    v1 = tmp_path / "v1.json"
    v1.write_text(json.dumps(downgraded(json.loads(v2.read_text(encoding="utf-8"))), ensure_ascii=False),
                  encoding="utf-8")
    with Store(tmp_path / "c.sqlite3") as store:
        report = import_json(store, v1, "乙")
        assert report.mode == "restore" and report.files == 9
        assert Article.select().count() == sum(len(f["articles"]) for f in json.loads(v1.read_text())["files"])
        assert not StoryLink.select().exists()


def test_a_version_1_file_still_applies(issue_db: Path, tmp_path: Path) -> None:
    v2 = tmp_path / "v2.json"
    with Store(issue_db):
        export_json(v2, with_source=True)
    doc = downgraded(json.loads(v2.read_text(encoding="utf-8")))
    doc["files"][0]["articles"][0]["title"] = "改过的标题"
    v1 = tmp_path / "v1.json"
    v1.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(issue_db) as store:
        links_before = [(lk.first_id, lk.then_id, lk.status) for lk in StoryLink.select()]
        report = import_json(store, v1, "乙")
        assert report.mode == "apply" and report.articles == 1
        assert Article.get_by_id(doc["files"][0]["articles"][0]["id"]).title == "改过的标题"
        assert [(lk.first_id, lk.then_id, lk.status) for lk in StoryLink.select()] == links_before


def test_applying_v2_takes_link_decisions_and_pages_as_one_undoable_edit(issue_db: Path, tmp_path: Path) -> None:
    v2 = tmp_path / "v2.json"
    with Store(issue_db):
        export_json(v2, with_source=True)
    doc = json.loads(v2.read_text(encoding="utf-8"))
    target = next(c for f in doc["files"] for a in f["articles"] for c in a["continued_in"] if c["status"] == "suggested")
    first_id = next(a["id"] for f in doc["files"] for a in f["articles"] if target in a["continued_in"])
    for f in doc["files"]:
        for a in f["articles"]:
            for c in a["continued_in"] + a["continues"]:
                if {a["id"], c["id"]} == {first_id, target["id"]}:
                    c["status"] = "accepted"
    moved = next(f for f in doc["files"] if f["page_source"] != "manual")   # a page set by hand here stays (N21)
    moved["page"] = "C07"
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(issue_db) as store:
        report = import_json(store, path, "乙")
        link = StoryLink.get((StoryLink.first == first_id) & (StoryLink.then == target["id"]))
        assert link.status == "accepted"
        page = SourceFile.get(SourceFile.sha256 == moved["sha256"])
        assert (page.page_label, page.page_source) == ("C07", "manual")
        undo(store, report.log_id, "乙")
        assert StoryLink.get_by_id(link.id).status == "suggested"
        assert SourceFile.get_by_id(page.id).page_label != "C07"


def _write(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "message"), [
    (lambda d, a: a["continued_in"].append({"id": 999999, "status": "accepted", "origin": "manual", "cue": "link.manual"}),
     "not in the file"),
    (lambda d, a: a["continued_in"].append({"id": a["id"], "status": "accepted", "origin": "manual",
                                            "cue": "link.manual"}), "itself"),
    (lambda d, a: a["continued_in"].append({"id": a["id"] + 1, "status": "maybe", "origin": "manual", "cue": ""}), "status"),
    (lambda d, a: a["continued_in"].append({"id": d["files"][-1]["articles"][0]["id"], "status": "accepted",
                                            "origin": "manual", "cue": "link.manual"}), "another issue"),
    (lambda d, a: d["files"][0].update(issue="2024-02-30"), "issue"),
    (lambda d, a: d["files"][0].update(page="第三版"), "page"),
    (lambda d, a: a["entities"].append({**a["entities"][0], "resolved": "yesterday"}) if a["entities"] else
     d["files"][0].update(page_source="guessed"), "resolved"),
])
def test_bad_v2_fields_are_refused(issue_db: Path, tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.json"
    with Store(issue_db):
        export_json(good, with_source=True)
    doc = json.loads(good.read_text(encoding="utf-8"))
    article = next(a for f in doc["files"] for a in f["articles"] if a["entities"])
    change(doc, article)
    with Store(tmp_path / "d.sqlite3") as store:
        with pytest.raises(InvalidCorpus, match=message):
            import_json(store, _write(tmp_path, doc), "乙")
        assert not SourceFile.select().exists()


def test_links_must_agree_on_both_sides(issue_db: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    with Store(issue_db):
        export_json(good, with_source=True)
    doc = json.loads(good.read_text(encoding="utf-8"))
    article = next(a for f in doc["files"] for a in f["articles"] if a["continued_in"])
    article["continued_in"][0]["status"] = "accepted" if article["continued_in"][0]["status"] != "accepted" else \
        "rejected"
    with Store(tmp_path / "e.sqlite3") as store:
        with pytest.raises(InvalidCorpus, match="both"):
            import_json(store, _write(tmp_path, doc), "乙")


def test_manual_link_and_entity_date_of_an_unresolved_expression(issue_db: Path, tmp_path: Path) -> None:
    with Store(issue_db) as store:
        arts = [a.id for a in Article.select().join(SourceFile).where(SourceFile.issue_date == "2024-08-21")
                .order_by(Article.id)]
        linked = {lk.first_id for lk in StoryLink.select()} | {lk.then_id for lk in StoryLink.select()}
        free = [a for a in arts if a not in linked][:2]
        link_stories(store, "甲", free[0], free[1])
        Entity.update(resolved=None, resolved_rule="unresolved.no_issue_date").where(Entity.label == "DATE").execute()
        first = tmp_path / "first.json"
        export_json(first, with_source=True)
    doc = json.loads(first.read_text(encoding="utf-8"))
    made = [c for f in doc["files"] for a in f["articles"] for c in a["continued_in"] if c["origin"] == "manual"]
    assert made == [{"id": free[1], "status": "accepted", "origin": "manual", "cue": "link.manual"}]
    with Store(tmp_path / "f.sqlite3") as store:
        import_json(store, first, "乙")
        second = tmp_path / "second.json"
        export_json(second, with_source=True)
    assert without_stamp(first) == without_stamp(second)
