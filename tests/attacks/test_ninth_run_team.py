"""Issue 10, ninth adversarial run (team work): long team commands and a restore, links into review copies, a page
replaced or re-marked under an open double review, a stale curation view."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jmreview.cli import main
from jmreview.store.busy import RestoreBusy, no_job_running
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article, SourceFile
from jmreview.store.team import mark_double_review, review_copy

from .conftest import SMALL_PAGE


def page_id() -> int:
    return SourceFile.get((SourceFile.name == SMALL_PAGE.name) & SourceFile.replaced_by.is_null()).id


def first_article(file_id: int) -> Article:
    return Article.select().where(Article.file == file_id).order_by(Article.reading_order).first()


def under_review(db: Path) -> tuple[int, int, int]:
    """The page marked for double review by a and b, who retitle its first article differently."""
    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        a, b = review_copy(page, "a"), review_copy(page, "b")
        assert a is not None and b is not None
        set_article_field(store, "a", first_article(a.id).id, "title", "甲的标题")
        set_article_field(store, "b", first_article(b.id).id, "title", "乙的标题")
        return page, a.id, b.id


def restore_refused(db: Path) -> bool:
    """Whether a restore of the database would be refused right now (another job holds the lock)."""
    try:
        with no_job_running(db):
            return False
    except RestoreBusy:
        return True


def test_r9_57_double_review_and_curate_keep_a_restore_out(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """#57: a restore between the pages of `double-review` (or the takes of `curate`) went through and took back
    what the command then reported done; now both hold the long-job lock for their whole run."""
    import jmreview.store.curation as curation
    import jmreview.store.team as team

    seen: list[bool] = []
    mark, take = team.mark_double_review, curation.take

    def marking(*args: Any, **kw: Any) -> int:
        seen.append(restore_refused(db))
        return mark(*args, **kw)

    def taking(*args: Any, **kw: Any) -> int:
        seen.append(restore_refused(db))
        return take(*args, **kw)

    monkeypatch.setattr(team, "mark_double_review", marking)
    monkeypatch.setattr(curation, "take", taking)
    assert main(["double-review", SMALL_PAGE.name, "--editors", "a", "b", "--db", str(db)]) == 0
    with Store(db):
        a, b = review_copy(page_id(), "a"), review_copy(page_id(), "b")
        assert a is not None and b is not None
        copy_a, copy_b = first_article(a.id).id, first_article(b.id).id
    with Store(db) as store:
        set_article_field(store, "a", copy_a, "title", "甲的标题")
        set_article_field(store, "b", copy_b, "title", "乙的标题")
    assert main(["curate", SMALL_PAGE.name, "--all", "a", "--db", str(db)]) == 0
    assert seen == [True, True], seen
    assert not restore_refused(db)


def test_r9_48_no_story_link_touches_a_review_copy(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                   ) -> None:
    """#48: `link 1 33` (33 in a review copy) was accepted and the `--with-source` backup could then not be restored;
    now every link into, out of or between review copies is refused with a sentence, and the backup restores."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.story_edits import link_stories

    page, a, b = under_review(db)
    with Store(db):
        own, in_a, in_b = first_article(page).id, first_article(a).id, first_article(b).id
        second_a = Article.select().where(Article.file == a).order_by(Article.reading_order)[1].id
    for first, then in ((own, in_a), (in_a, own), (in_a, in_b), (in_a, second_a)):
        capsys.readouterr()
        assert main(["link", str(first), str(then), "--db", str(db)]) != 0
        err = capsys.readouterr().err
        assert "review copy" in err and "nothing was changed" in err, err
    with Store(db) as store, pytest.raises(EditConflict, match="review copy"):
        link_stories(store, "窗口", own, in_b)   # the window's path
    out = tmp_path / "all.json"
    assert main(["export", "--format", "json", "--with-source", "-o", str(out), "--db", str(db)]) == 0
    assert main(["import-json", str(out), "--db", str(tmp_path / "back.sqlite3")]) == 0, capsys.readouterr().err
    with Store(db) as store:   # a link made before this check: the backup leaves it out and still restores
        store.db.execute_sql("INSERT INTO storylink (first_id, then_id, cue, origin, status, created_at) "
                             "VALUES (?, ?, 'link.manual', 'manual', 'accepted', '2026-01-01')", [own, in_a])
    assert main(["export", "--format", "json", "--with-source", "-o", str(out), "--db", str(db)]) == 0
    assert main(["import-json", str(out), "--db", str(tmp_path / "old.sqlite3")]) == 0, capsys.readouterr().err


def test_r9_31_no_new_version_replaces_a_page_under_open_double_review(db: Path, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """#31: `import --replace` of a page under double review said 'imported' and left the reviewers' copies tied to
    the old version, out of every command; now the new version is refused, naming the reviewers and what to do."""
    under_review(db)
    newer = tmp_path / SMALL_PAGE.parent.name / SMALL_PAGE.name   # the same folder: a new version of the page
    newer.parent.mkdir()
    newer.write_bytes(SMALL_PAGE.read_bytes().replace("。".encode(), "，".encode(), 1))
    for replace in ([], ["--replace"]):
        capsys.readouterr()
        main(["import", str(newer), "--db", str(db), "--workers", "1", *replace])
        said = capsys.readouterr()
        text = said.out + said.err
        assert "double review by a / b" in text and "curate" in text and "1 refused" in text, text
    assert main(["curate", SMALL_PAGE.name, "--db", str(db)]) == 0
    assert "甲的标题" in capsys.readouterr().out


def test_r9_36_a_stale_curation_view_never_overwrites_a_colleagues_decision(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """#36: another curator settled a difference from the command line; the window's curation view still showed it
    unsettled, and Alt+Left silently replaced that decision. Now the take is refused as changed since shown, the
    view follows the change watch, and the command line changes a decision only with --again."""
    import subprocess
    import sys

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from jmreview.gui.curation_view import CurationView
    from jmreview.store.curation import differences
    from jmreview.store.models import CurationDecision

    from ..gui.conftest import open_window

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    w = open_window(qtbot, tmp_path, [SMALL_PAGE])
    store, db = w.session.store, tmp_path / "gui.sqlite3"
    page = page_id()
    mark_double_review(store, "主编", page, ["a", "b"])
    copies = [review_copy(page, "a"), review_copy(page, "b")]
    for who, copy, title in (("a", copies[0], "甲的标题"), ("b", copies[1], "乙的标题")):
        assert copy is not None
        set_article_field(store, who, first_article(copy.id).id, "title", title)
    w.refresh()
    w.select_file(page)
    w.actions_by_name["curate"].trigger()
    view = w.findChild(CurationView)
    assert view is not None and view.list.count() == 1
    qtbot.waitUntil(view.isActiveWindow)
    (key,) = [d.key for d in differences(page)]
    w.watch.timer.stop()   # the view as it was shown, before the change watch's next look
    run = [sys.executable, "-m", "jmreview.cli", "curate", SMALL_PAGE.name, "--db", str(db)]
    out = subprocess.run([*run, "--take", f"{key}=b"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert told and "since it was shown" in told[-1], told
    assert [(d.key, d.taken) for d in CurationDecision.select()] == [(key, "b")]
    assert first_article(page).title == "乙的标题"
    assert "took B" in view.list.item(0).text(), view.list.item(0).text()   # the refusal showed what is there
    out = subprocess.run([*run, "--take", f"{key}=a"], capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "--again" in out.stderr, out.stdout + out.stderr
    out = subprocess.run([*run, "--take", f"{key}=a", "--again"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert [(d.key, d.taken) for d in CurationDecision.select()] == [(key, "a")]
    w.watch.check()   # the change watch's look: the view follows the other curator's decision
    assert "took A" in view.list.item(0).text(), view.list.item(0).text()
    store.close()


def test_r9_33_one_pair_per_open_double_review_and_plain_editor_names(db: Path, capsys: pytest.CaptureFixture[str]
                                                                       ) -> None:
    """#33: re-marking a page under open double review with `a c` said 'marked' and added copies never compared, and
    names with a line break or of 300 letters were taken; now those are refused with a sentence, nothing changed."""
    run = ["--db", str(db)]
    assert main(["double-review", SMALL_PAGE.name, "--editors", "a", "b", *run]) == 0
    for editors, said in ((["x\ny", "b"], "line break"), (["z" * 300, "b"], "100 characters"),
                          (["a", "c"], "already under double review by a / b")):
        capsys.readouterr()
        assert main(["double-review", SMALL_PAGE.name, "--editors", *editors, *run]) != 0
        err = capsys.readouterr().err
        assert said in err and "nothing was changed" in err, err
    for to in ("x\ny", "z" * 101):
        assert main(["assign", SMALL_PAGE.name, "--to", to, *run]) != 0
        assert "nothing was changed" in capsys.readouterr().err
    assert main(["double-review", SMALL_PAGE.name, "--editors", "b", "a", *run]) == 0   # the same pair: as it was
    with Store(db):
        assert sorted(c.review_editor for c in SourceFile.select().where(SourceFile.review_of == page_id())) == \
            ["a", "b"]


def test_r9_37_the_first_take_writes_only_what_both_agree_on(db: Path) -> None:
    """#37: the first take wrote editor A's answer to every difference onto the page, so an unsettled difference (and
    "keep mine") showed A's answer as the page's. Now what both agree on goes onto the page, every difference keeps the
    page's own answer until it is settled, and the settled one takes the side chosen."""
    from jmreview.store.curation import differences, take

    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        a, b = review_copy(page, "a"), review_copy(page, "b")
        assert a is not None and b is not None
        arts = {f: list(Article.select().where(Article.file == f).order_by(Article.reading_order)) for f in
                (page, a.id, b.id)}
        assert len(arts[page]) >= 3
        own = [art.title for art in arts[page]]
        for who, copy, word in (("a", a, "甲"), ("b", b, "乙")):
            set_article_field(store, who, arts[copy.id][0].id, "title", f"{word}一")   # a difference
            set_article_field(store, who, arts[copy.id][1].id, "title", f"{word}二")   # another one
            set_article_field(store, who, arts[copy.id][2].id, "title", "两人都改的标题")  # agreed
        keys = [d.key for d in differences(page)]
        assert len(keys) == 2
        take(store, "主编", page, keys[0], "b")
        titles = [art.title for art in Article.select().where(Article.file == page).order_by(Article.reading_order)]
        assert titles[0] == "乙一"                 # settled: B's answer
        assert titles[1] == own[1]                 # unsettled: the page's own answer, not A's 甲二
        assert titles[2] == "两人都改的标题"        # agreed: on the page
        take(store, "主编", page, keys[1], "own")
        assert Article.select().where(Article.file == page).order_by(Article.reading_order)[1].title == own[1]
        assert SourceFile.get_by_id(page).review_state == "curated"
