"""Issue 10, fourteenth adversarial run (team work): reviewers who differ only in an article's status, date or flag,
or in an entity's role, are shown that difference and the curator's choice is what the page gets."""
from __future__ import annotations

from pathlib import Path

import pytest

from jmreview.store.curation import differences, take
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field, set_status
from jmreview.store.entity_edits import update_entity
from jmreview.store.models import Article, Entity, SourceFile
from jmreview.store.team import review_copy

from .conftest import SMALL_PAGE, imported_with_cli
from .test_eleventh_run_doctor import marked
from .test_eleventh_run_team import first
from .test_thirteenth_run_team import OTHER_PAGE, common_word, marked_twice


def _copy_first(page: int, who: str) -> Article:
    copy = review_copy(page, who)
    assert copy is not None
    return first(copy.id)


@pytest.mark.parametrize(("a_status", "b_status"), [("rejected", "reviewed"), ("reviewed", "rejected"),
                                                     ("reviewed", "in_review")])
@pytest.mark.parametrize("side", ["a", "b"])
def test_r14_b33_a_status_difference_is_shown_and_the_side_taken_decides(
        db: Path, a_status: str, b_status: str, side: str) -> None:
    """B33: a rejected her copy of article 1, b marked hers reviewed; no difference was listed for it and the page
    took A's status whichever side the curator took."""
    with Store(db) as store:
        page = marked(store, ("同一个标题", "同一个标题"))   # the titles agree: the status is the only difference
        set_status(store, "a", _copy_first(page, "a").id, a_status)
        set_status(store, "b", _copy_first(page, "b").id, b_status)
        (diff,) = differences(page)
        assert diff.kind == "fields" and f"status: {a_status}" in diff.a and f"status: {b_status}" in diff.b
        take(store, "主编", page, diff.key, side)
        assert first(page).status == (a_status if side == "a" else b_status)
        assert first(page).reviewer == _copy_first(page, side).reviewer


def test_r14_b33_a_date_only_one_reviewer_gave_is_shown_and_kept_when_taken(db: Path) -> None:
    with Store(db) as store:
        page = marked(store, ("同一个标题", "同一个标题"))
        set_article_field(store, "b", _copy_first(page, "b").id, "date", "2021-11-03")
        (diff,) = differences(page)
        assert "date: 2021-11-03" in diff.b and "date" not in diff.a
        take(store, "主编", page, diff.key, "b")
        assert first(page).date == "2021-11-03"


def test_r14_b33_an_entity_role_difference_is_shown_and_the_side_taken_decides(db: Path) -> None:
    with Store(db) as store:
        page = marked(store, ("同一个标题", "同一个标题"))
        copy = review_copy(page, "b")
        assert copy is not None
        person = Entity.select().where((Entity.file == copy.id) & (Entity.label == "PER")).order_by(Entity.start).first()
        assert person is not None
        update_entity(store, "b", person.id, role="市长")
        (diff,) = differences(page)
        assert diff.kind == "entity" and diff.key == f"entity:{person.start}:{person.end}"
        assert diff.b == f"{person.text} PER (市长)" and "市长" not in diff.a
        take(store, "主编", page, diff.key, "b")
        mine = Entity.get((Entity.file == page) & (Entity.start == person.start) & (Entity.end == person.end))
        assert mine.role == "市长" and mine.label == "PER"


def test_r14_b33_copies_that_agree_on_status_still_have_nothing_to_settle(db: Path) -> None:
    with Store(db) as store:
        page = marked(store, ("同一个标题", "同一个标题"))
        for who in ("a", "b"):
            set_status(store, who, _copy_first(page, who).id, "reviewed")
        assert differences(page) == []


def test_r15_b26_curate_take_own_keeps_the_pages_answer(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 15 B26: `curate --take KEY=own` on a fields difference was refused ("takes own with no value" — it was
    given so), and on an entity difference it deleted the page's entity ("no entity here")."""
    from jmreview.cli import main

    with Store(db) as store:
        page = marked(store)
        copy = review_copy(page, "b")
        assert copy is not None
        place = Entity.select().where((Entity.file == copy.id) & (Entity.label == "LOC")).order_by(Entity.start).first()
        assert place is not None
        update_entity(store, "b", place.id, label="ORG")
        keys = {d.kind: d.key for d in differences(page)}
        name = SourceFile.get_by_id(page).name
        title = first(page).title
    assert set(keys) == {"fields", "entity"}
    assert main(["curate", name, "--take", f"{keys['fields']}=own", "--take", f"{keys['entity']}=own",
                 "--editor", "主编", "--db", str(db)]) == 0, capsys.readouterr().err
    with Store(db):
        assert first(page).title == title
        kept = Entity.get_or_none((Entity.file == page) & (Entity.start == place.start) & (Entity.end == place.end))
        assert kept is not None and kept.label == "LOC"
        assert {d.settled for d in differences(page)} == {"own"}


def test_r15_b4_a_take_settled_again_since_its_undo_is_not_redone(db: Path) -> None:
    """Run 15 B4: c2's take undone, c3 settled the same difference anew, c2's redo: `UNIQUE constraint failed`
    (the window's generic error dialog, in English). Now a refusal that says who settled it since."""
    from jmreview.store.changes import EditConflict, redo, undo
    from jmreview.store.models import CurationDecision

    with Store(db) as store:
        page = marked(store)
        (diff,) = differences(page)
        mine = take(store, "c2", page, diff.key, "b")
        undo(store, mine, "c2")
        take(store, "c3", page, diff.key, "a")
        with pytest.raises(EditConflict) as refused:
            redo(store, mine, "c2")
        assert refused.value.code == "settled_again" and "c3" in str(refused.value)
        decision = CurationDecision.get(CurationDecision.file == page)
        assert decision.taken == "a" and decision.who == "c3"


@pytest.mark.parametrize("curated", [False, True])
def test_r15_b30_a_review_copy_is_not_re_run_once_its_page_is_being_curated(db: Path, curated: bool) -> None:
    """Run 15 B30: the window re-ran b's copy after the page was curated (or while it was): the reviewers' answers
    rewritten, "27 of 29 differences open" on a curated page, doctor failing."""
    from jmreview.workflows.automation import RerunLeft, rerun_file

    with Store(db) as store:
        page = marked_twice(store)
        found = differences(page)
        for diff in found if curated else found[:1]:
            take(store, "主编", page, diff.key, "b")
        copy = review_copy(page, "b")
        assert copy is not None
        before = [(a.id, a.title, a.version) for a in Article.select().where(Article.file == copy.id)]
        with pytest.raises(RerunLeft, match="review copy whose page's curation has begun"):
            rerun_file(store, SourceFile.get_by_id(copy.id))
        assert [(a.id, a.title, a.version) for a in Article.select().where(Article.file == copy.id)] == before
        assert sum(d.settled is None for d in differences(page)) == (0 if curated else len(found) - 1)


@pytest.mark.parametrize("name", ["\u202eevil", "\x1b[31mred", "x" * 300])
def test_r15_b11_a_name_no_editor_may_have_is_refused_on_every_path(
        db: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 15 B11: edits were logged under a right-to-left override, an escape sequence or a 300-character name (from
    the settings file or `--editor`), names `assign` and `double-review` refuse."""
    import os
    import subprocess
    import sys

    from jmreview.cli import main
    from jmreview.store.models import EditLog

    with Store(db):
        page = SourceFile.select().first().name
    assert main(["curate", page, "--all", "a", "--editor", name, "--db", str(db)]) == 2
    assert "is not an editor's name" in capsys.readouterr().err
    with Store(db):
        assert not EditLog.select().where(EditLog.who == name).exists()
    config = tmp_path / "config" / "jmreview"
    config.mkdir(parents=True)
    (config / "jmreview.conf").write_text(f"[General]\neditor={name}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("JMREVIEW_SETTINGS", "JMREVIEW_EDITOR")}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    code = ("from jmreview.gui.app import make_settings; from jmreview.gui.dialogs import editor_name; "
            "print(repr(editor_name(make_settings())))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0 and name not in out.stdout and "True" in out.stdout, (out.stdout, out.stderr)


def test_r15_b37_an_undo_of_an_edit_of_many_pages_one_now_under_review_says_how(tmp_path: Path) -> None:
    """Run 15 B37: a bulk edit of several pages (a workbook, a corpus JSON, label-all), then one page marked for
    double review: its undo refused with the single-page sentence, nothing saying it is all or nothing, nor how."""
    from jmreview.store.changes import EditConflict, undo
    from jmreview.store.entity_edits import label_all_occurrences
    from jmreview.store.team import mark_double_review

    db = imported_with_cli(tmp_path, SMALL_PAGE, OTHER_PAGE)
    with Store(db) as store:
        log = label_all_occurrences(store, "甲", common_word(), "ORG")
        page = SourceFile.select().order_by(SourceFile.id).first().id
        marking = mark_double_review(store, "主编", page, ["a", "b"])
        with pytest.raises(EditConflict) as refused:
            undo(store, log, "甲")
        assert refused.value.code == "many_pages" and "undo the marking for double review first" in str(refused.value)
        undo(store, marking, "主编")
        undo(store, log, "甲")   # as the message says


def test_r16_b17_a_take_in_the_middle_undone_or_redone_leaves_the_state_its_decisions_give(db: Path) -> None:
    """Run 16 B17: three takes, the middle one undone: the page stayed 'curated' with a difference open (doctor:
    "curated but 1 of its differences are not settled"); redone after the others: 'curating' with none open."""
    from jmreview.store.changes import redo, undo

    with Store(db) as store:
        page = marked_twice(store)
        copy = review_copy(page, "b")
        assert copy is not None
        third = Article.select().where(Article.file == copy.id).order_by(Article.reading_order)[2]
        set_article_field(store, "b", third.id, "title", "乙的第三个标题")
        keys = [d.key for d in differences(page)]
        assert len(keys) == 3
        logs = [take(store, "主编", page, key, "b") for key in keys]
        assert SourceFile.get_by_id(page).review_state == "curated"
        undo(store, logs[1], "主编")
        assert SourceFile.get_by_id(page).review_state == "curating"
        redo(store, logs[1], "主编")
        assert SourceFile.get_by_id(page).review_state == "curated"
        undo(store, logs[2], "主编")
        undo(store, logs[1], "主编")
        redo(store, logs[2], "主编")   # the last before the middle: still one open
        assert SourceFile.get_by_id(page).review_state == "curating"
        redo(store, logs[1], "主编")
        assert SourceFile.get_by_id(page).review_state == "curated"


def test_r16_b21_an_own_label_the_database_does_not_have_is_refused(db: Path) -> None:
    """Run 16 B21: `--take entity:…=own:NOPE` made an accepted entity with a label the database lacks: exports wrote
    it, the `--with-source` snapshot was then refused whole, and automation failed on it (B31)."""
    from jmreview.store.changes import EditConflict

    with Store(db) as store:
        page = marked(store, ("同一个标题", "同一个标题"))
        copy = review_copy(page, "b")
        assert copy is not None
        place = Entity.select().where((Entity.file == copy.id) & (Entity.label == "LOC")).order_by(Entity.start).first()
        update_entity(store, "b", place.id, label="ORG")
        (diff,) = differences(page)
        with pytest.raises(EditConflict, match="one of the database's labels"):
            take(store, "主编", page, diff.key, "own", "NOPE")
        take(store, "主编", page, diff.key, "own", "PER")
        assert Entity.get((Entity.file == page) & (Entity.start == place.start)).label == "PER"


def test_r16_b31_automation_ranks_a_label_of_the_users_own() -> None:
    """Run 16 B31: a span with a label outside the four built-in ones: `KeyError` in every re-run and lexicon apply."""
    from jmreview.analysis.entities import _longest_first

    spans = [(0, 2, "EVENT", None), (0, 2, "LOC", None), (3, 5, "NOPE", None)]
    assert _longest_first(spans) == [(0, 2, "LOC", None), (3, 5, "NOPE", None)]


def test_r16_b26_a_login_name_no_editor_may_have_is_not_recorded(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 16 B26: with no --editor, a login name holding an escape sequence was recorded as the editor."""
    from jmreview.cli import main
    from jmreview.store.models import EditLog

    monkeypatch.setenv("USER", "\x1b[31mred")
    with Store(db):
        ids = [a.id for a in Article.select().order_by(Article.id)[:2]]
    assert main(["link", str(ids[0]), str(ids[1]), "--db", str(db)]) == 0
    with Store(db):
        assert EditLog.select().order_by(EditLog.id.desc()).first().who == "editor"
