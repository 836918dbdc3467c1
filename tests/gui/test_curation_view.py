"""Issue 16 in the window: the "my work" filter, and the curation view settling each difference as one undo step."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from jmreview.gui.curation_view import CurationView
from jmreview.store.curation import differences
from jmreview.store.models import SourceFile
from jmreview.store.team import assign, review_copy

from ..test_team import PAGE, A, B, simulate_two_editors
from .conftest import EDITOR, open_window

pytestmark = pytest.mark.usefixtures("chinese")   # the window in its first language


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
    w = open_window(qtbot, tmp_path, [PAGE])
    page = SourceFile.get(SourceFile.name == PAGE.name).id
    simulate_two_editors(w.session.store)
    w.refresh()
    w.select_file(page)
    w.actions_by_name["curate"].trigger()
    view = w.findChild(CurationView)
    assert view is not None and view.isVisible()
    qtbot.waitUntil(view.isActiveWindow)
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
    assert "意见完全一致" in view.heading.text(), view.heading.text()
    qtbot.keyClick(view.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert SourceFile.get_by_id(page).review_state == "curated"
    assert w.session.undo_stack.undoText() == "裁定：两位审校意见一致"
    w.session.store.close()
