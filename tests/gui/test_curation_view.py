"""Issue 16 in the window: the "my work" filter, and the curation view settling each difference as one undo step."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from jmreview.gui.curation_view import CurationView
from jmreview.store.curation import differences
from jmreview.store.edits import set_status
from jmreview.store.models import Article, SourceFile
from jmreview.store.team import assign, review_copy

from ..conftest import ROOT
from ..test_team import PAGE, A, B, simulate_two_editors
from .conftest import EDITOR, open_window

pytestmark = pytest.mark.usefixtures("chinese")   # the window in its first language


def open_curation(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window on the page two editors reviewed apart, its curation view open: (window, page id, view)."""
    w = open_window(qtbot, tmp_path, [PAGE])
    page = SourceFile.get(SourceFile.name == PAGE.name).id
    simulate_two_editors(w.session.store)
    w.refresh()
    w.select_file(page)
    w.actions_by_name["curate"].trigger()
    view = w.findChild(CurationView)
    assert view is not None and view.isVisible()
    qtbot.waitUntil(view.isActiveWindow)
    return w, page, view


def test_my_work_lists_my_pages_as_my_review_copies(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, tmp_path, [PAGE, PAGE.parent / "003_4221d1719c757f4b.txt"])
    store = w.session.store
    page = SourceFile.get(SourceFile.name == PAGE.name).id
    simulate_two_editors(store)
    assign(store, "主编", [page], EDITOR)
    w.refresh()
    assert len(w.files.model.rows) == 2
    w.files.findChild(QCheckBox, "my_work_filter").setChecked(True)
    assert [r.id for r in w.files.model.rows] == [page]            # given to me; no copy of mine
    w.session.editor = A
    w.files.refresh()
    copy = review_copy(page, A)
    assert copy is not None and [r.id for r in w.files.model.rows] == [copy.id]
    assert w.files.model.data(w.files.model.index(0, 2)).endswith("（我的复审副本）")
    w.session.store.close()


def test_the_curation_view_settles_every_difference_with_one_undo_step_each(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w, page, view = open_curation(qtbot, tmp_path)
    found = differences(page)
    assert view.list.count() == len(found) and A in view.heading.text() and B in view.heading.text()
    stack = w.session.undo_stack
    for n in range(len(found)):
        qtbot.keyClick(view.list, Qt.Key.Key_Left if n % 2 == 0 else Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert stack.count() == n + 1                               # one undo step per difference
        assert sum(d.settled is None for d in differences(page)) == len(found) - n - 1
    assert SourceFile.get_by_id(page).review_state == "curated" and "已全部裁定" in view.heading.text()
    for n in range(len(found)):
        stack.undo()
        assert sum(d.settled is not None for d in differences(page)) == len(found) - n - 1
    assert SourceFile.get_by_id(page).review_state == "double"
    QApplication.processEvents()
    assert all("未裁定" in view.list.item(k).text() for k in range(view.list.count()))
    w.session.store.close()


def test_reviewers_who_agree_on_everything_are_curated_with_one_key(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jmreview.store.team import mark_double_review

    w = open_window(qtbot, tmp_path, [PAGE])
    page = SourceFile.get(SourceFile.name == PAGE.name).id
    mark_double_review(w.session.store, "主编", page, [A, B])   # nobody changed anything: no difference
    w.refresh()
    w.select_file(page)
    w.actions_by_name["curate"].trigger()
    view = w.findChild(CurationView)
    assert view is not None
    qtbot.waitUntil(view.isActiveWindow)
    assert "都还没有在各自的副本上做任何决定" in view.heading.text(), view.heading.text()   # (run 55 B11: not
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)            # "意见完全一致")
    assert SourceFile.get_by_id(page).review_state == "curated"
    assert w.session.undo_stack.undoText() == "裁定：两位审校意见一致"
    w.session.store.close()


def test_my_work_hiding_the_page_shown_shows_my_copy_and_a_correction_never_reaches_the_page(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 13 B#20: reviewer b, page of record shown and being curated, ticked 我的任务: the list showed only her copy,
    highlighted, while the panels still showed the page of record — her Return wrote onto it, over the curator's
    take. Now the window follows the list to her copy, where the correction is refused (curation has begun)."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.store.curation import take
    from jmreview.store.models import Article

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    w = open_window(qtbot, tmp_path, [PAGE])
    page, _a, b = simulate_two_editors(w.session.store)
    take(w.session.store, "主编", page, differences(page)[0].key, "a")
    w.refresh()
    w.select_file(page)
    before = [(x.id, x.title) for x in Article.select().where(Article.file == page)]
    w.session.editor = B
    w.files.findChild(QCheckBox, "my_work_filter").setChecked(True)
    qtbot.wait(50)
    assert w.current_file == b and w.files.current_id() == b
    assert w.editor.article_id is not None and Article.get_by_id(w.editor.article_id).file_id == b
    w.editor.edits["title"].setText("乙以为在改自己的复本")
    w.editor._commit("title")
    qtbot.wait(50)
    assert [(x.id, x.title) for x in Article.select().where(Article.file == page)] == before
    assert said and "已开始裁定" in said[-1], said
    w.session.store.close()


def test_a_filter_that_lists_no_page_shows_none_and_nothing_can_be_corrected(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 14 B#14: 我的任务 with nothing given to the editor (or a filter matching nothing): the list emptied, the
    page stayed shown and a title typed there was saved — the view and the list disagreed."""
    from PySide6.QtWidgets import QLineEdit

    w = open_window(qtbot, tmp_path, [PAGE])
    w.session.editor = "无人"
    w.files.findChild(QCheckBox, "my_work_filter").setChecked(True)
    assert w.files.model.rows == [] and w.current_file is None and w.current_article is None
    assert w.editor.article_id is None and not w.editor.isEnabled() and w.page.toPlainText() == ""
    w.files.findChild(QCheckBox, "my_work_filter").setChecked(False)
    w.files.findChild(QLineEdit).setText("zzz")
    assert w.current_file is None
    w.files.findChild(QLineEdit).setText("")
    assert w.current_file == w.files.model.rows[0].id   # listed again: shown again
    w.session.store.close()


def test_a_status_difference_is_listed_in_chinese(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 14 B33: a reviewer's rejection of an article is a difference the curator sees, named in Chinese."""
    w = open_window(qtbot, tmp_path, [PAGE])
    page = SourceFile.get(SourceFile.name == PAGE.name).id
    simulate_two_editors(w.session.store)
    copy = review_copy(page, B)
    assert copy is not None
    article = Article.select().where(Article.file == copy.id).order_by(Article.reading_order.desc()).first()
    set_status(w.session.store, B, article.id, "rejected")
    w.refresh()
    w.select_file(page)
    w.actions_by_name["curate"].trigger()
    view = w.findChild(CurationView)
    assert view is not None
    shown = [view.list.item(k).text() for k in range(view.list.count())]
    assert any("状态：退回" in text and "status" not in text for text in shown), shown
    assert not any("news" in text or "['" in text for text in shown), shown   # categories and names as words
    w.session.store.close()


@pytest.mark.parametrize("modal", [False, True])
def test_a_take_whose_undo_was_refused_stays_in_the_history_and_is_undone_later(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, modal: bool) -> None:
    """Run 14 B24: the curator's first take, another curator's decision since, Ctrl+Z refused (rightly) — and the take
    dropped out of the window's history, so once the other decision was undone as the message asked, Ctrl+Z did
    nothing and the page stayed in curation. Now the take stays, and the same Ctrl+Z undoes it then."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.store.changes import undo
    from jmreview.store.curation import take

    said: list[str] = []

    def warn(_w: object, _t: str, text: str, *_a: object) -> None:
        said.append(text)
        if modal:   # the message's own event loop runs while the stack is still inside its undo
            qtbot.wait(400)

    monkeypatch.setattr(QMessageBox, "warning", warn)
    w, page, view = open_curation(qtbot, tmp_path)
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)   # the first take
    stack = w.session.undo_stack
    assert stack.count() == 1 and stack.index() == 1
    other = next(d for d in differences(page) if d.settled is None)
    theirs = take(w.session.store, "另一位主编", page, other.key, "b")
    stack.undo()                                                                 # refused: a decision stands since
    assert said and "无法撤销" in said[-1]
    qtbot.waitUntil(lambda: stack.index() == 1)                                  # the take is shown done again
    assert stack.count() == 1 and SourceFile.get_by_id(page).review_state == "curating"
    undo(w.session.store, theirs, "另一位主编")                                   # as the message asks
    stack.undo()
    assert SourceFile.get_by_id(page).review_state == "double" and stack.index() == 0
    stack.redo()                                                                 # and it can be redone
    assert SourceFile.get_by_id(page).review_state == "curating" and stack.index() == 1
    w.session.store.close()


def test_an_undo_on_a_page_the_filter_hides_shows_it_with_the_filter_cleared(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 15 B#6: a title corrected, a filter listing nothing, Ctrl+Z: the page shown again, editable, while the
    list stayed empty. Now the filter is cleared, so the list shows the page the undo went to."""
    from PySide6.QtWidgets import QLineEdit

    from jmreview.store.edits import set_article_field

    w = open_window(qtbot, tmp_path, [PAGE])
    page = SourceFile.get(SourceFile.name == PAGE.name).id
    w.select_file(page)
    art = w.articles.model.rows[0].id
    w.session.apply("retitle", set_article_field, art, "title", "改过的标题")
    w.files.findChild(QLineEdit, "file_filter").setText("zzz")
    assert w.files.model.rows == [] and w.current_file is None
    w.session.undo_stack.undo()
    assert w.current_file == page and w.files.model.row_of_id(page) >= 0
    assert w.files.current_id() == page
    w.session.store.close()


def test_a_page_another_window_takes_off_my_work_is_no_longer_shown(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 15 B#16: under 我的任务, another process took the page shown back from the editor: the list dropped it but
    the panels kept it, editable. The view follows the list now."""
    w = open_window(qtbot, tmp_path, [PAGE, PAGE.parent / "003_4221d1719c757f4b.txt"])
    store = w.session.store
    pages = [SourceFile.get(SourceFile.name == n).id for n in (PAGE.name, "003_4221d1719c757f4b.txt")]
    assign(store, "主编", pages, EDITOR)
    w.refresh()
    w.files.findChild(QCheckBox, "my_work_filter").setChecked(True)
    w.select_file(pages[0])
    seen = w.watch.seen_version
    other = subprocess.run([sys.executable, "-c", UNASSIGN, str(ROOT), str(store.path), str(pages[0]), EDITOR],
                           capture_output=True, text=True, timeout=60)
    assert other.returncode == 0, other.stderr
    qtbot.waitUntil(lambda: w.watch.seen_version != seen, timeout=8000)
    qtbot.waitUntil(lambda: w.current_file == pages[1], timeout=3000)
    assert [r.id for r in w.files.model.rows] == [pages[1]] and w.files.current_id() == pages[1]
    store.close()


UNASSIGN = r"""
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from jmreview.store.database import Store
from jmreview.store.team import unassign
with Store(Path(sys.argv[2]), backups=False) as store:
    unassign(store, "主编", [int(sys.argv[3])], sys.argv[4])
"""


def test_r22b_41_a_colleagues_decision_is_replaced_only_when_asked_twice(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 22 B41: 丁 settled a difference from the command line; the refresh came in just before the curator's
    Alt+Left, which replaced 丁's decision without a word (the command line demands --again)."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.store import curation
    from jmreview.store.models import CurationDecision

    w = open_window(qtbot, tmp_path, [PAGE])
    page = SourceFile.get(SourceFile.name == PAGE.name).id
    simulate_two_editors(w.session.store)
    first = differences(page)[0]
    curation.take(w.session.store, "丁", page, first.key, "b")   # the colleague, in another window or the CLI
    w.refresh()
    w.select_file(page)
    w.actions_by_name["curate"].trigger()
    view = w.findChild(CurationView)
    qtbot.waitUntil(view.isActiveWindow)
    view.list.setCurrentRow(0)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda _w, _t, text, *a: asked.append(text) or answer[0])
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert asked and "丁" in asked[0], asked
    decision = CurationDecision.get((CurationDecision.file == page) & (CurationDecision.key == first.key))
    assert (decision.taken, decision.who) == ("b", "丁")   # No: theirs stays
    answer[0] = QMessageBox.StandardButton.Yes
    view.list.setCurrentRow(0)
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    decision = CurationDecision.get((CurationDecision.file == page) & (CurationDecision.key == first.key))
    assert decision.taken == "a" and decision.who == EDITOR
    w.session.store.close()


def test_r23b_39_a_reviewer_editing_the_page_of_record_is_told_where_her_copy_is_once(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """Run 23 B39: reviewer 甲 typed a title on the page of record (not her copy): "correct it on their review
    copies" — to her, of her own copy — and after OK, the refusal came again at the next focus-out."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    w = open_window(qtbot, tmp_path, [PAGE])
    page, _a, _b = simulate_two_editors(w.session.store)
    w.session.editor = A
    w.refresh()
    w.select_file(page)
    qtbot.wait(50)
    before = [(x.id, x.title) for x in Article.select().where(Article.file == page)]
    w.editor.edits["title"].setText("甲以为在改自己的复本")
    w.editor._commit("title")   # as leaving the field does
    qtbot.wait(50)
    assert len(said) == 1 and "您是审校人之一" in said[0] and "我的任务" in said[0], said
    w.editor._commit("title")   # the field left again (我的任务 ticked): not refused a second time
    qtbot.wait(50)
    assert len(said) == 1, said
    assert w.editor.edits["title"].text() == "甲以为在改自己的复本"   # what she typed stays, for her copy
    assert [(x.id, x.title) for x in Article.select().where(Article.file == page)] == before
    w.session.store.close()


def test_r49b_14_a_reviewers_answer_changed_under_the_selection_is_not_taken_unseen(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    """Run 49 B14: the curator's view showed "A: caption" for a line; the reviewer changed it to headline in his
    copy; the refresh swapped the answer under the selection just before Alt+Left, and the page got headline,
    recorded as taken, which the curator never saw. The first press now takes nothing and says why; the second,
    with the new answer on screen, takes it."""
    from jmreview.store.edits import set_block_role
    from jmreview.store.models import Block, CurationDecision

    w, page, view = open_curation(qtbot, tmp_path)
    row, d = next((k, d) for k, d in enumerate(view.found) if d.kind == "role")
    view.list.setCurrentRow(row)
    copy = review_copy(page, A)
    line = Block.get((Block.file == copy.id) & (Block.line == d.lines[0]))
    other = "headline" if line.role != "headline" else "body"
    set_block_role(w.session.store, A, line.id, other)   # the reviewer, in his own window
    view.refresh()                                       # the notification comes in
    assert view.list.currentRow() == row
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not CurationDecision.select().where((CurationDecision.file == page)
                                               & (CurationDecision.key == d.key)).exists()
    assert "刚刚" in view.note.text() and str(d.lines[0]) in view.note.text(), view.note.text()
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    decision = CurationDecision.get((CurationDecision.file == page) & (CurationDecision.key == d.key))
    assert decision.taken == "a"
    assert Block.get((Block.file == page) & (Block.line == d.lines[0])).role == other
    assert view.note.text() == ""
    w.session.store.close()


def test_r50b_8_a_selected_difference_that_goes_away_is_not_replaced_by_its_neighbour_unseen(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    """Run 50 B8, B25: the view kept the selected row's place, not its difference: when the reviewer's change took
    the selected difference away (or put a new one above it), Alt+Left landing a moment later settled another
    difference, unseen. The selected difference stays selected wherever it goes; when it is gone, the first press
    takes nothing and says so."""
    from jmreview.store.edits import set_block_role
    from jmreview.store.models import Block, CurationDecision

    w, page, view = open_curation(qtbot, tmp_path)
    roles = [(k, d) for k, d in enumerate(view.found) if d.kind == "role"]
    assert len(roles) >= 2 and len(view.found) >= 3
    (row, d), (_, other) = roles[0], roles[1]
    view.list.setCurrentRow(len(view.found) - 1)
    kept = view.found[-1].key
    copy = review_copy(page, A)
    mine = Block.get((Block.file == copy.id) & (Block.line == other.lines[0]))
    set_block_role(w.session.store, A, mine.id, other.b)   # a difference above the selection goes away
    view.refresh()
    assert view.found[view.list.currentRow()].key == kept   # the same difference selected, in its new place
    view.list.setCurrentRow(row)
    line = Block.get((Block.file == copy.id) & (Block.line == d.lines[0]))
    set_block_role(w.session.store, A, line.id, d.b)         # the selected difference itself goes away
    view.refresh()
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not CurationDecision.select().where(CurationDecision.file == page).exists()
    assert "已不存在" in view.note.text(), view.note.text()
    w.session.store.close()


def test_r51b_22_return_settles_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 51 B22: Return (as one dismisses a box already gone) settled the selected difference with A's answer:
    "Take A" was the view's default button. Only the keys named on the buttons settle a difference."""
    from jmreview.store.models import CurationDecision

    w, page, view = open_curation(qtbot, tmp_path)
    view.list.setCurrentRow(0)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(view.list, key)
        qtbot.keyClick(view, key)
    assert not CurationDecision.select().where(CurationDecision.file == page).exists()
    w.session.store.close()


def test_a_jump_back_through_the_history_stops_at_a_take_whose_undo_is_refused_for_now(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 52 B26: two takes of the curator, a colleague's decision since, then a click on "<打开时>" in the history:
    the second take was undone, the first refused (rightly, for now) — and the history showed both undone while the
    first stood, and Ctrl+Shift+Z did nothing. The jump stops at the refused take: the history shows it done, and
    the second take can be redone."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.store.curation import take
    from jmreview.store.models import CurationDecision

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *_a: said.append(text))
    w, page, view = open_curation(qtbot, tmp_path)
    stack = w.session.undo_stack
    keys = [d.key for d in differences(page) if d.settled is None]
    assert len(keys) >= 3
    w.session.apply("take", take, page, keys[0], "a")   # the page's first take
    w.session.apply("take", take, page, keys[1], "a")
    assert stack.count() == 2 and stack.index() == 2
    take(w.session.store, "另一位主编", page, keys[2], "b")   # a colleague's decision since: the first take's undo waits
    stack.setIndex(0)                                        # a click on "<打开时>"
    qtbot.waitUntil(lambda: said != [], timeout=3000)
    qtbot.waitUntil(lambda: stack.index() == 1, timeout=3000)   # the refused take shown done, as it is
    qtbot.wait(300)
    decided = {d.key for d in CurationDecision.select().where(CurationDecision.file == page)}
    assert stack.index() == 1 and keys[0] in decided and keys[1] not in decided, (stack.index(), decided)
    stack.redo()                                                # Ctrl+Shift+Z: the second take again
    assert stack.index() == 2
    assert keys[1] in {d.key for d in CurationDecision.select().where(CurationDecision.file == page)}
    w.session.store.close()
