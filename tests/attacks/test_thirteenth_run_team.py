"""Issue 10, thirteenth adversarial run (team work): `lexicon apply` and `rerun` leave reviewed pages alone, a
re-run stopped by a replaced database says what it re-ran, a redo of a take refused once a copy changed, and
`doctor` names more review states the store never makes."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from jmreview.cli import main
from jmreview.store.changes import EditConflict, redo, undo
from jmreview.store.curation import differences, take
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field
from jmreview.store.entity_edits import delete_entity
from jmreview.store.models import Article, CurationDecision, EditLog, Entity, SourceFile
from jmreview.store.team import mark_double_review, review_copy
from jmreview.workflows import automation

from ..conftest import SEEDS
from .conftest import SMALL_PAGE, imported_with_cli
from .test_eleventh_run_doctor import marked, team_problems
from .test_eleventh_run_team import first, page_id

OTHER_PAGE = SEEDS / "004_8fe30a7831068c4f.txt"


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding two imported pages (the small one and another), made with the command line."""
    return imported_with_cli(tmp_path_factory.mktemp("two"), SMALL_PAGE, OTHER_PAGE)


@pytest.fixture
def two(two_pages: Path, tmp_path: Path) -> Path:
    copy_ = tmp_path / "two.sqlite3"
    shutil.copy(two_pages, copy_)
    return copy_


def marked_twice(store: Store) -> int:
    """The small page under double review by a and b, who differ on two articles' titles (two differences)."""
    page = marked(store)
    b_copy = review_copy(page, "b")
    assert b_copy is not None
    second = Article.select().where(Article.file == b_copy.id).order_by(Article.reading_order)[1]
    set_article_field(store, "b", second.id, "title", "乙的第二个标题")
    assert len(differences(page)) == 2
    return page


def entities_of(file_id: int) -> list[tuple[int, int, str, str, str]]:
    return sorted((e.start, e.end, e.label, e.status, e.origin) for e in Entity.select().where(Entity.file == file_id))


def common_word() -> str:
    """A two-character word found in both pages' text that is no entity on either: a lexicon entry for it adds
    suggestions to both."""
    texts = [s.text for s in SourceFile.select().where(SourceFile.review_of.is_null()).order_by(SourceFile.id)]
    taken = {e.text for e in Entity.select(Entity.text)}
    for i in range(len(texts[0]) - 1):
        word = texts[0][i:i + 2]
        if all("\u4e00" <= c <= "\u9fff" for c in word) and word not in taken and all(word in t for t in texts[1:]) \
                and not any(word in t for t in taken):
            return word
    raise AssertionError("no common word")


@pytest.mark.parametrize("state", ["double", "curating"])
def test_r13_b9_lexicon_apply_leaves_a_page_under_review_alone_and_says_so(
        two: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], state: str) -> None:
    """B9: `lexicon apply` wrote suggestions onto a page being curated (only `double` was left out), so the curated
    page would hold suggestions neither reviewer saw, without a word."""
    with Store(two) as store:
        page = marked_twice(store)
        if state == "curating":
            take(store, "主编", page, differences(page)[0].key, "b")
        assert SourceFile.get_by_id(page).review_state == state
        word, other = common_word(), SourceFile.get(SourceFile.name == OTHER_PAGE.name).id
        before, other_before = entities_of(page), entities_of(other)
    csv = tmp_path / "lex.csv"
    csv.write_text(f"text,label\n{word},ORG\n", encoding="utf-8")
    assert main(["lexicon", "import", str(csv), "--db", str(two)]) == 0
    capsys.readouterr()
    assert main(["lexicon", "apply", "--db", str(two)]) == 0
    out = capsys.readouterr().out
    with Store(two):
        assert entities_of(page) == before           # the reviewed page: as it was
        assert entities_of(other) != other_before    # the rest: applied
    assert f"{SMALL_PAGE.name} is under double review by a / b" in out and "left as it is" in out, out


def curated_with_no_entity_decided(store: Store) -> tuple[int, tuple[int, int]]:
    """B10's page: b deleted a suggestion on her copy, a kept it; the curator took b's "no entity here"; then the
    title: the page is curated."""
    page = marked(store)
    b_copy = review_copy(page, "b")
    assert b_copy is not None
    art = first(b_copy.id)
    gone = Entity.select().where((Entity.article == art) & (Entity.status == "suggested")).order_by(Entity.start).first()
    delete_entity(store, "b", gone.id)
    for diff in differences(page):
        take(store, "主编", page, diff.key, "b")
    assert SourceFile.get_by_id(page).review_state == "curated"
    return page, (gone.start, gone.end)


def test_r13_b10_rerun_leaves_a_curated_page_alone_and_says_so(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """B10: `rerun --file PAGE` on a curated page redid its automatic articles: the curator's decision "no entity
    here" was undone (the suggestion back) while `curate` still listed it settled."""
    with Store(two) as store:
        page, span = curated_with_no_entity_decided(store)
        before = entities_of(page)
        assert not [e for e in before if e[:2] == span]
    assert main(["rerun", "--file", SMALL_PAGE.name, "--file", OTHER_PAGE.name, "--db", str(two)]) == 0
    out = capsys.readouterr().out
    with Store(two) as store:
        assert entities_of(page) == before, "the curated page was redone"
        assert f"{SMALL_PAGE.name} was curated by a double review" in out and "left as it is" in out, out
        assert f"{OTHER_PAGE.name}: kept" in out and "1 files re-run" in out, out
        with pytest.raises(automation.RerunLeft, match="left as it is"):   # the window's job says the same
            automation.rerun_file(store, SourceFile.get_by_id(page))


@pytest.mark.parametrize("state", ["double", "curating"])
def test_r13_b10_rerun_leaves_a_page_under_review_alone(two: Path, capsys: pytest.CaptureFixture[str],
                                                        state: str) -> None:
    """B9/B10: `rerun` redid a page under double review or being curated (new article ids mid-curation)."""
    with Store(two) as store:
        page = marked_twice(store)
        if state == "curating":
            take(store, "主编", page, differences(page)[0].key, "b")
        ids = sorted(a.id for a in Article.select().where(Article.file == page))
    assert main(["rerun", "--db", str(two)]) == 0
    out = capsys.readouterr().out
    with Store(two):
        assert sorted(a.id for a in Article.select().where(Article.file == page)) == ids
    assert "left as it is" in out and "1 files re-run" in out, out


def test_r13_a7_a_rerun_stopped_by_a_replaced_database_says_what_it_re_ran(
        two: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A7: the database file replaced on disk during `rerun`: it said only "… was replaced …: nothing was saved"
    though the files before had been re-run and committed."""
    real, seen = automation.rerun_file, []
    other = tmp_path / "other.sqlite3"
    shutil.copy(two, other)

    def rerun_then_replace(store: Store, source: SourceFile, lexicon: object = None,
                           backup: bool = True) -> automation.RerunReport:
        if seen:   # the second file: another editor puts her copy in place first
            os.replace(other, two)
        seen.append(source.name)
        return real(store, source, lexicon, backup)  # type: ignore[arg-type]

    monkeypatch.setattr(automation, "rerun_file", rerun_then_replace)
    assert main(["rerun", "--db", str(two)]) == 2
    out, err = capsys.readouterr()
    assert "1 files re-run" in out and f"{seen[0]}: kept" in out, out
    assert "was replaced" in err and "1 files were re-run and saved" in err and "1 were not" in err, err


def test_r13_b11_a_redo_of_a_take_is_refused_once_a_copy_changed_since(db: Path) -> None:
    """B11: the first take undone (page back to double), b corrected her copy again, the take redone: the copy's old
    answer was written onto the page and the decision recorded — her later correction lost without a word."""
    with Store(db) as store:
        page = marked(store)
        (diff,) = differences(page)
        log = take(store, "主编", page, diff.key, "b")
        undo(store, log, "主编")
        assert SourceFile.get_by_id(page).review_state == "double"
        b_copy = review_copy(page, "b")
        assert b_copy is not None
        set_article_field(store, "b", first(b_copy.id).id, "title", "乙撤销后又改的")
        with pytest.raises(EditConflict, match="changed their copies of .* since this decision") as refused:
            redo(store, log, "主编")
        assert refused.value.args[0].template   # a Coded sentence: the window says it in Chinese
        assert SourceFile.get_by_id(page).review_state == "double"
        assert not CurationDecision.select().where(CurationDecision.file == page).exists()
        assert first(page).title != "乙的标题"
        assert EditLog.get_by_id(log).undone
        (diff,) = differences(page)
        take(store, "主编", page, diff.key, "b")   # settled again: her present answer
        assert first(page).title == "乙撤销后又改的"


def test_r13_b11_a_redo_of_a_take_with_copies_unchanged_still_works(db: Path) -> None:
    with Store(db) as store:
        page = marked(store)
        (diff,) = differences(page)
        log = take(store, "主编", page, diff.key, "b")
        undo(store, log, "主编")
        redo(store, log, "主编")
        assert SourceFile.get_by_id(page).review_state == "curated" and first(page).title == "乙的标题"


def _one_decision(page: int, **values: object) -> None:
    CurationDecision.update(**values).where(CurationDecision.file == page).execute()


BROKEN = {
    "a decision taken as x": (lambda p: _one_decision(p, taken="x"), "which the store never takes"),
    "a decision taken as nothing": (lambda p: _one_decision(p, taken=""), "which the store never takes"),
    "a decision on no difference": (lambda p: _one_decision(p, key="fields:999"), "no difference of its copies"),
    "curating on a decision of no difference": (lambda p: _one_decision(p, key="nonsense"),
                                                "curating without a real decision"),
    "a replaced page being curated": (
        lambda p: SourceFile.update(replaced_by=p).where(SourceFile.id == p).execute(), "replaced version"),
    "a review state on a copy": (
        lambda p: SourceFile.update(review_state="double").where(SourceFile.review_of == p).execute(),
        "is a review copy but has the review state"),
    "a decision by nobody": (lambda p: _one_decision(p, who=""), "names no curator"),
    "double with a decision": (   # run 17 B35: a snapshot brought it; its copies changed under the decision
        lambda p: SourceFile.update(review_state="double").where(SourceFile.id == p).execute(),
        "is double (not being curated) but has 1 curation decisions"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_r13_b13_doctor_names_more_review_states_the_store_never_makes(db: Path, case: str) -> None:
    """B13: doctor called these `ok` (a made-up take, a decision on no difference, a replaced page being curated,
    a review state on a copy — every correction of it refused naming no reviewer —, a decision by nobody)."""
    breaks, said = BROKEN[case]
    with Store(db) as store:
        page = marked_twice(store)
        take(store, "主编", page, differences(page)[0].key, "b")
        assert SourceFile.get_by_id(page).review_state == "curating"
        assert team_problems(store) == []
        with store.write():
            breaks(page)
        problems = team_problems(store)
        assert any(said in p for p in problems), problems


def test_r13_b13_the_team_life_with_replaced_and_undone_pages_is_clean(db: Path, tmp_path: Path) -> None:
    """What the store makes stays clean: a curated page replaced by a new version, a new round, an undone take."""
    with Store(db) as store:
        page = marked(store)
        (diff,) = differences(page)
        log = take(store, "主编", page, diff.key, "own")
        undo(store, log, "主编")
        assert team_problems(store) == []
        redo(store, log, "主编")
        assert team_problems(store) == []
    newer = tmp_path / SMALL_PAGE.parent.name / SMALL_PAGE.name   # the same folder and name: a new version
    newer.parent.mkdir()
    newer.write_text(SMALL_PAGE.read_text(encoding="utf-8") + "\n新加的一行\n", encoding="utf-8")
    assert main(["import", "--replace", str(newer), "--db", str(db), "--workers", "1"]) in (0, 1)
    with Store(db) as store:
        assert team_problems(store) == []
        assert page_id() != page and SourceFile.get_by_id(page).review_state == "curated"
        mark_double_review(store, "主编", page_id(), ["c", "d"])
        assert team_problems(store) == []


def test_r19b_19_doctor_names_a_curators_name_the_store_would_not_keep(db: Path) -> None:
    """Run 19 B19: a decision's who forged as ａ, with a right-to-left override or an escape: doctor said ok."""
    with Store(db) as store:
        page = marked_twice(store)
        take(store, "主编", page, differences(page)[0].key, "b")
        for who in ("ａ", "c\u202e", "x\x1b[2J"):
            with store.write():
                CurationDecision.update(who=who).where(CurationDecision.file == page).execute()
            from jmreview.store.editor_names import visible

            assert any(f"“{visible(who)}”" in p for p in team_problems(store)), who   # its marks shown (run 29 B54)
