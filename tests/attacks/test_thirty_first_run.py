"""Rows of the thirty-first adversarial run (issue 10), and the rows run 30 left open, each failing before its fix."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from jmreview.exchange.export_json import export_json
from jmreview.exchange.import_json import import_json
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article


def _first(db: Path) -> int:
    with Store(db):
        return int(Article.select(Article.id).order_by(Article.id).first().id)


def _title(db: Path, art_id: int) -> str:
    with Store(db):
        return str(Article.get_by_id(art_id).title)


def _edited_and_exported(db: Path, art_id: int, title: str, target: Path) -> None:
    with Store(db) as store:
        set_article_field(store, "乙", art_id, "title", title)
        export_json(target)


def test_r30a_33_a_colleagues_copys_change_is_not_applied_over_mine(db: Path, tmp_path: Path) -> None:
    """Run 30 A33: a colleague copied my database, each of us changed one article's title once, and the export of
    the copy applied with import-json replaced my title unsaid: both versions are 2. The file now says when its
    article was changed, and an article changed here at another moment is left as it is, with the reason."""
    art_id = _first(db)
    theirs = tmp_path / "colleague.sqlite3"
    shutil.copy(db, theirs)
    with Store(db) as store:
        set_article_field(store, "甲", art_id, "title", "我的标题")
    _edited_and_exported(theirs, art_id, "同事的标题", tmp_path / "theirs.json")
    with Store(db) as store:
        report = import_json(store, tmp_path / "theirs.json", "甲")
    assert _title(db, art_id) == "我的标题"
    assert any("apart" in str(why) and str(art_id) in str(why) for _, why in report.refusals), report.refusals


def test_r30a_33_my_own_export_edited_outside_still_applies(db: Path, tmp_path: Path) -> None:
    """The check does not refuse what it should apply: my own export, changed in a text editor, and a snapshot
    restored into another database, changed there once and exported, both apply over an article left alone."""
    art_id = _first(db)
    target = tmp_path / "mine.json"
    _edited_and_exported(db, art_id, "改过一次", target)
    doc = json.loads(target.read_text(encoding="utf-8"))
    article = next(a for f in doc["files"] for a in f["articles"] if a["id"] == art_id)
    assert article["version"] == 2 and article["changed_at"]
    article["title"] = "在文件里改的"
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(db) as store:
        report = import_json(store, target, "甲")
    assert _title(db, art_id) == "在文件里改的", report.refusals
    snapshot, restored = tmp_path / "snap.json", tmp_path / "restored.sqlite3"
    with Store(db):
        export_json(snapshot, with_source=True)
    with Store(restored) as store:
        import_json(store, snapshot, "乙")
    _edited_and_exported(restored, art_id, "恢复后又改", tmp_path / "after.json")
    with Store(db) as store:
        report = import_json(store, tmp_path / "after.json", "甲")
    assert _title(db, art_id) == "恢复后又改", report.refusals


def test_r30a_33_an_article_never_changed_exports_no_moment(db: Path, tmp_path: Path) -> None:
    """Two imports of the same bytes export alike: an article no edit changed carries no moment."""
    target = tmp_path / "plain.json"
    with Store(db):
        export_json(target)
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert all(a["changed_at"] is None for f in doc["files"] for a in f["articles"])


@pytest.mark.parametrize("moment", ["yesterday", "0001-01-01T00:00:00"])
def test_r30a_33_a_moment_that_is_none_is_refused(db: Path, tmp_path: Path, moment: str) -> None:
    """A file whose changed_at is no moment is refused before anything is applied."""
    from jmreview.exchange.import_json import InvalidCorpus

    target = tmp_path / "bad.json"
    with Store(db):
        export_json(target)
    doc = json.loads(target.read_text(encoding="utf-8"))
    doc["files"][0]["articles"][0]["changed_at"] = moment
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(db) as store, pytest.raises(InvalidCorpus) as bad:
        import_json(store, target, "甲")
    assert "changed_at" in str(bad.value)


def test_r30a_33_a_workbook_of_a_colleagues_copy_is_not_applied_over_mine(db: Path, tmp_path: Path) -> None:
    """The same through a workbook: its hidden 修改时间 column says when the row's article was last changed."""
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import apply_plan, plan_workbook

    art_id = _first(db)
    theirs = tmp_path / "colleague.sqlite3"
    shutil.copy(db, theirs)
    with Store(db) as store:
        set_article_field(store, "甲", art_id, "title", "我的标题")
    with Store(theirs) as store:
        set_article_field(store, "乙", art_id, "title", "同事的标题")
        export_xlsx(tmp_path / "theirs.xlsx")
    with Store(db) as store:
        plan = plan_workbook(tmp_path / "theirs.xlsx")
        assert any("apart" in str(why) and str(art_id) in str(why) for why in plan.refused), plan.refused
        assert not plan.articles
        apply_plan(store, plan, "甲")
    assert _title(db, art_id) == "我的标题"


def test_r31b_24_54_a_field_taken_from_one_side_stays_though_the_pages_lines_would_derive_another(db: Path) -> None:
    """Run 31 B54: reviewer a made an article's kicker line a headline (her kicker, derived, emptied);
    the curator took the fields "a", settled and listed as such, yet the page kept its own title: derived back from
    its own lines. A field taken is the curator's decision, marked as a person's."""
    from jmreview.store.curation import differences, take
    from jmreview.store.edits import set_block_role
    from jmreview.store.models import Block, SourceFile
    from jmreview.store.team import mark_double_review, review_copy

    with Store(db) as store:
        page = int(SourceFile.select(SourceFile.id).where(SourceFile.review_of.is_null()).first().id)
        mark_double_review(store, "主编", page, ["a", "b"])
        copy = review_copy(page, "a")
        assert copy is not None
        kicker = Block.select().where((Block.file == copy.id) & (Block.role == "kicker")).order_by(Block.line).first()
        art = Article.get_by_id(kicker.article_id)
        set_block_role(store, "a", kicker.id, "headline")   # her kicker, derived, is now empty
        theirs = Article.get_by_id(art.id)
        diff = next(d for d in differences(page) if d.kind == "fields")
        take(store, "主编", page, diff.key, "a")
        line = diff.lines[0]
        mine = Article.get_by_id(Block.get((Block.file == page) & (Block.line == line)).article_id)
        assert (mine.title, mine.kicker) == (theirs.title, theirs.kicker)
        assert next(d for d in differences(page) if d.key == diff.key).settled == "a"
