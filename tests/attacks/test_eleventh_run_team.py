"""Issue 10, eleventh adversarial run (team work): reviewers who agree on everything, acceptance on one side only,
a copy edited after its page was curated, a curated page reviewed again."""
from __future__ import annotations

from pathlib import Path

import pytest

from jmreview.cli import main
from jmreview.store.changes import EditConflict
from jmreview.store.curation import differences, finish, take
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field
from jmreview.store.entity_edits import update_entity
from jmreview.store.models import Article, CurationDecision, Entity, SourceFile
from jmreview.store.team import mark_double_review, review_copies, review_copy

from .conftest import SMALL_PAGE


def page_id() -> int:
    return SourceFile.get((SourceFile.name == SMALL_PAGE.name) & SourceFile.replaced_by.is_null()).id


def first(file_id: int) -> Article:
    return Article.select().where(Article.file == file_id).order_by(Article.reading_order).first()


def test_r11_9_reviewers_who_agree_on_everything_can_be_curated(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """#9: both reviewers made the same corrections; with no difference no take was possible, so their corrections
    never reached the page and it stayed under double review (every correction refused) for ever."""
    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        for who in ("a", "b"):
            copy = review_copy(page, who)
            assert copy is not None
            set_article_field(store, who, first(copy.id).id, "title", "两人一致的标题")
        assert differences(page) == []
    assert main(["curate", SMALL_PAGE.name, "--db", str(db)]) == 0
    assert "agree on everything" in capsys.readouterr().out
    assert main(["curate", SMALL_PAGE.name, "--all", "a", "--db", str(db)]) == 0
    with Store(db) as store:
        assert first(page_id()).title == "两人一致的标题"
        assert SourceFile.get_by_id(page_id()).review_state == "curated"
        with pytest.raises(EditConflict):
            finish(store, "主编", page_id())   # once: it is curated now


def test_r11_39_an_acceptance_one_reviewer_made_alone_is_not_written_as_agreed(db: Path) -> None:
    """#39: a accepted every entity of her copy, b none; taking B's side on the one real difference wrote a's
    acceptances onto the page as if both had made them. What both agree on is the label: it stays suggested."""
    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        a, b = review_copy(page, "a"), review_copy(page, "b")
        assert a is not None and b is not None
        ids = [e.id for e in Entity.select().where((Entity.file == a.id) & (Entity.status == "suggested"))]
        assert ids
        update_entity(store, "a", ids, status="accepted")
        set_article_field(store, "a", first(a.id).id, "title", "甲一")
        set_article_field(store, "b", first(b.id).id, "title", "乙一")
        (diff,) = differences(page)
        take(store, "主编", page, diff.key, "b")
        assert first(page).title == "乙一"
        assert not Entity.select().where((Entity.file == page) & (Entity.status == "accepted")).exists()


def test_r11_36_a_copy_of_a_curated_page_is_not_edited_into_nowhere(db: Path) -> None:
    """#36: after curation a reviewer's correction of her copy was accepted and reached nothing."""
    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        copy = review_copy(page, "a")
        assert copy is not None
        finish(store, "主编", page)
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, "a", first(copy.id).id, "title", "甲在裁定后改的")
        assert refused.value.code == "review_over"


@pytest.mark.parametrize("pair", [["a", "b"], ["c", "d"]])
def test_r11_37_a_curated_page_reviewed_again_starts_a_new_round(db: Path, pair: list[str]) -> None:
    """#37: marking a curated page again reused the old copies and counted the old decisions as settled (same pair),
    or compared the old pair's copies (another pair): the new round never reached the page."""
    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        for who, title in (("a", "甲的标题"), ("b", "乙的标题")):
            copy = review_copy(page, who)
            assert copy is not None
            set_article_field(store, who, first(copy.id).id, "title", title)
        (diff,) = differences(page)
        take(store, "主编", page, diff.key, "a")
        assert SourceFile.get_by_id(page).review_state == "curated"
        mark_double_review(store, "主编", page, pair)
        assert sorted(c.review_editor for c in review_copies(page)) == pair
        assert not CurationDecision.select().where(CurationDecision.file == page).exists()
        for who, title in zip(pair, ("第二轮一", "第二轮二"), strict=True):
            copy = review_copy(page, who)
            assert copy is not None and first(copy.id).title == "甲的标题"   # copied from the curated page
            set_article_field(store, who, first(copy.id).id, "title", title)
        (diff,) = differences(page)
        assert diff.settled is None
        take(store, "主编", page, diff.key, "b")
        assert first(page).title == "第二轮二"


def test_r11_11_a_correction_of_the_page_during_curation_is_shown_beside_both_answers(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """#11: while curating, a third editor retitled an article of the page; the curator saw only A's and B's answers
    and taking A silently replaced that title. Now the page's own answer is listed beside theirs when it is neither."""
    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        for who, word in (("a", "甲"), ("b", "乙")):
            copy = review_copy(page, who)
            assert copy is not None
            arts = list(Article.select().where(Article.file == copy.id).order_by(Article.reading_order))
            set_article_field(store, who, arts[0].id, "title", f"{word}一")
            set_article_field(store, who, arts[2].id, "title", f"{word}三")
        first_key, second_key = (d.key for d in differences(page))
        take(store, "主编", page, first_key, "b")   # curating now
        third = list(Article.select().where(Article.file == page).order_by(Article.reading_order))[2]
        set_article_field(store, "丙", third.id, "title", "第三位编辑在裁定中改的")
        shown = {d.key: d for d in differences(page)}
        assert "第三位编辑在裁定中改的" in shown[second_key].page and shown[first_key].page == ""
    assert main(["curate", SMALL_PAGE.name, "--db", str(db)]) == 0
    assert "page: title: 第三位编辑在裁定中改的" in capsys.readouterr().out


def test_r11_45_two_takebacks_at_once_count_only_what_each_took_back(db: Path) -> None:
    """#45: two `assign --remove` of the same pages at once both said they took every page back (the count was read
    before the edit's transaction); now each counts what its own edit removed: together, the pages given."""
    import subprocess
    import sys

    run = [sys.executable, "-m", "jmreview.cli", "assign", SMALL_PAGE.name, "--db", str(db)]
    for _ in range(3):
        assert subprocess.run([*run, "--to", "钱"], capture_output=True, timeout=120).returncode == 0
        both = [subprocess.Popen([*run, "--to", "钱", "--remove"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for _ in range(2)]
        said = [p.communicate(timeout=120)[0] for p in both]
        taken = [int(out.split(" of ")[0]) for out in said if " of " in out]
        assert sum(taken) == 1, said


def test_r11_50_one_person_one_name(db: Path) -> None:
    """#50: 'José' typed two ways (and full-width 'Ａ' against 'A') made two reviewers of one person."""
    from jmreview.store.team import assign, my_pages

    with Store(db) as store:
        page = page_id()
        for pair in (["Jose\u0301", "Jos\u00e9"], ["\uff21", "A"]):
            with pytest.raises(EditConflict):
                mark_double_review(store, "主编", page, pair)
        assign(store, "主编", [page], "Jose\u0301")
        assert [p.id for p, _ in my_pages("Jos\u00e9")] == [page]


def test_r11_51_a_new_delivery_of_a_page_stays_given_to_its_editor(db: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """#51: after `import --replace` of a new version, the page vanished from its editor's list (the assignment stayed
    on the replaced version, which no list shows)."""
    assert main(["assign", SMALL_PAGE.name, "--to", "zhou", "--db", str(db)]) == 0
    newer = tmp_path / SMALL_PAGE.parent.name / SMALL_PAGE.name   # the day's folder again: the page it replaces
    newer.parent.mkdir()
    newer.write_bytes("新加的一行\n".encode() + SMALL_PAGE.read_bytes())
    assert main(["import", str(newer), "--replace", "--db", str(db), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["work", "--for", "zhou", "--db", str(db)]) == 0
    assert SMALL_PAGE.name in capsys.readouterr().out
