"""Issue 10, tenth adversarial run (team work): the page of record corrected while its double review is open, `assign`
counts and names, the history's word for a curation take."""
from __future__ import annotations

from pathlib import Path

import pytest

from jmreview.cli import main
from jmreview.store import changes
from jmreview.store.changes import EditConflict
from jmreview.store.curation import take
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field, set_status
from jmreview.store.entity_edits import label_all_occurrences
from jmreview.store.models import Article, Entity, SourceFile
from jmreview.store.team import mark_double_review, review_copy

from .conftest import SMALL_PAGE


def page_id() -> int:
    return SourceFile.get((SourceFile.name == SMALL_PAGE.name) & SourceFile.replaced_by.is_null()).id


def articles(file_id: int) -> list[Article]:
    return list(Article.select().where(Article.file == file_id).order_by(Article.reading_order))


def test_r10_31_the_page_of_record_is_not_corrected_behind_its_reviewers_backs(db: Path) -> None:
    """#31: a third editor corrected the page itself during its double review; the first curation take then rebuilt
    the page from the copies and erased those corrections without a word. Now the page is corrected on the copies:
    a direct correction (or the undo of one made before the marking) is refused, naming the reviewers, and bulk
    commands leave the page to its copies; once curation has started the curator corrects the page as usual."""
    with Store(db) as store:
        page = page_id()
        before = set_article_field(store, "丙", articles(page)[1].id, "title", "丙在标记之前改的标题")
        mark_double_review(store, "主编", page, ["a", "b"])
        a, b = review_copy(page, "a"), review_copy(page, "b")
        assert a is not None and b is not None
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, "丙", articles(page)[1].id, "title", "丙改的标题")
        assert refused.value.code == "under_review" and "a / b" in str(refused.value)
        with pytest.raises(EditConflict):
            set_status(store, "丙", articles(page)[3].id, "reviewed")
        with pytest.raises(EditConflict):
            changes.undo(store, before, "丙")
        word = articles(page)[0].title[:2]
        label_all_occurrences(store, "丙", word, "ORG")   # the corpus's other pages: the page and copies left alone
        assert not Entity.select().where((Entity.file == page) & (Entity.origin == "manual")).exists()
        set_article_field(store, "a", articles(a.id)[0].id, "title", "甲一")
        set_article_field(store, "b", articles(b.id)[0].id, "title", "乙一")
        key = next(d.key for d in __import__("jmreview.store.curation", fromlist=["differences"]).differences(page))
        take(store, "主编", page, key, "b")
        assert articles(page)[1].title == "丙在标记之前改的标题"   # what was decided before the marking stayed
        set_article_field(store, "主编", articles(page)[1].id, "title", "主编改的标题")   # curating: corrected
        assert articles(page)[1].title == "主编改的标题"


def test_r10_31_the_window_says_why_in_chinese() -> None:
    from jmreview.gui.store_messages import CONFLICTS

    assert "under_review" in CONFLICTS


@pytest.mark.parametrize("args, said", [
    (["--to", ""], "not an editor's name"),
    (["--to", "\u202egnaw"], "not an editor's name"),
])
def test_r10_26_assign_refuses_names_that_are_none_or_lie(db: Path, args: list[str], said: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """#26: an empty name and a right-to-left override (which shows "wang" for another name) were accepted."""
    assert main(["assign", SMALL_PAGE.name, *args, "--db", str(db)]) != 0
    assert said in capsys.readouterr().err


def test_r10_26_assign_says_what_it_changed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """#26: `--remove` of a page never given said "1 pages taken back"; a page named twice "2 pages given"."""
    assert main(["assign", SMALL_PAGE.name, SMALL_PAGE.name, "--to", "y", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("1 pages given to y")
    assert main(["assign", SMALL_PAGE.name, "--to", "y", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("0 pages given to y (1 already theirs)")
    assert main(["assign", SMALL_PAGE.name, "--to", "x", "--remove", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("0 of 1 pages taken back from x")
    assert main(["assign", "--issue", "2024-02-30", "--to", "x", "--db", str(db)]) != 0
    assert "not a day" in capsys.readouterr().err


def test_r10_15_a_refused_undo_of_a_curation_take_names_it_as_the_history_does() -> None:
    """#15: the refusal named the take "curate"; the history beside it said 裁定：…"""
    from jmreview.gui.history import history_title

    assert history_title("curate", "fields:107: a") != "curate"
    assert "curate" not in history_title("curate", "segment:3: b")
