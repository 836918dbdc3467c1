"""Issue 10, twelfth adversarial run: what it found, each as a test that failed before the fix."""
from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from jmreview.cli import main
from jmreview.errors import StoreError
from jmreview.store.changes import EditConflict
from jmreview.store.curation import differences, take
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article, SourceFile
from jmreview.store.team import mark_double_review, review_copies, review_copy

from .test_eleventh_run_team import first, page_id


def test_r12b_8_a_database_another_process_is_creating_this_instant_is_not_called_empty(tmp_path: Path) -> None:
    """B#8: two restores into one new file: the loser met the file between its creation and its first page
    (0 bytes) and was told it is an empty file to delete — the database the other was filling."""
    db = tmp_path / "rr.sqlite3"
    db.touch()   # the other process has just created it

    def first_page() -> None:
        time.sleep(0.3)
        con = sqlite3.connect(db)
        con.execute("PRAGMA journal_mode = wal")   # …and writes its first page a moment later
        con.close()

    threading.Thread(target=first_page, daemon=True).start()
    with Store(db):
        assert SourceFile.select().count() == 0


def test_r12b_8_an_empty_file_left_alone_is_still_refused(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    db.touch()
    with pytest.raises(StoreError, match="empty file"):
        Store(db)


def test_r12b_10_a_copy_is_not_corrected_once_its_curation_has_begun(db: Path) -> None:
    """B#10: b corrected her copy after the curator had taken her answer there: accepted, the difference still
    shown settled on what it said before, and the next take ended the review without her correction, unsaid."""
    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        copies = {who: review_copy(page, who) for who in ("a", "b")}
        for (who, copy), title in zip(copies.items(), ("甲的标题", "乙的标题"), strict=True):
            assert copy is not None
            set_article_field(store, who, first(copy.id).id, "title", title)
            art = Article.select().where(Article.file == copy.id).order_by(Article.reading_order)[1]
            set_article_field(store, who, art.id, "kicker", f"{who}的引题")
        one, _ = differences(page)
        take(store, "主编", page, one.key, "b")
        assert SourceFile.get_by_id(page).review_state == "curating"
        b = copies["b"]
        assert b is not None
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, "b", first(b.id).id, "title", "乙在裁定后又改的")
        assert refused.value.code == "curation_begun" and "tell the curator" in str(refused.value)
        assert first(b.id).title == "乙的标题"


def test_r12b_12_a_curators_own_answer_that_is_none_says_what_would_be(db: Path) -> None:
    """B#12: `--take fields:5=own:新标题` said only '“新标题” is not an answer for fields:5' (a NUL dropped from the
    echo, 40,000 characters echoed whole); now it says what this kind of difference takes, the value shown short."""
    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        for who, title in (("a", "甲"), ("b", "乙")):
            copy = review_copy(page, who)
            assert copy is not None
            set_article_field(store, who, first(copy.id).id, "title", title)
        (diff,) = differences(page)
        for value, shown in (("新\x00标题", "“新?标题”"), ("长" * 40_000, "“" + "长" * 40 + "…”")):
            with pytest.raises(EditConflict) as refused:
                take(store, "主编", page, diff.key, "own", value)
            said = str(refused.value)
            assert shown in said and "takes a, b, or own with no value" in said and len(said) < 400


def test_r12b_14_double_review_of_several_pages_marks_all_but_the_refused_one_and_says_so(
        seeded_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """B#14: four pages named, the third under review by c and d: 'nothing was changed', rc 2, though the first
    two were marked and the fourth never tried. Now each page is tried; the refused one is said and left."""
    db = tmp_path / "four.sqlite3"
    shutil.copy(seeded_db, db)
    with Store(db) as store:
        names = [f.name for f in SourceFile.select().where(SourceFile.replaced_by.is_null()).order_by(SourceFile.name)]
        third = SourceFile.get(SourceFile.name == names[2]).id
        mark_double_review(store, "主编", third, ["c", "d"])
    assert main(["double-review", *names[:4], "--editors", "a", "b", "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert "3 pages marked for double review by a and b; 1 left as they are" in out
    assert names[2] in err and "nothing was changed" in err
    with Store(db):
        states = {f.name: f.review_state for f in SourceFile.select().where(SourceFile.name.in_(names[:4])
                                                                          & SourceFile.review_of.is_null())}
        assert set(states.values()) == {"double"}
        assert sorted(c.review_editor for c in review_copies(third)) == ["c", "d"]
    assert main(["double-review", *names[:2], "--editors", "a", "b", "--db", str(db)]) == 0
    assert "0 pages marked for double review by a and b, 2 already were" in capsys.readouterr().out
