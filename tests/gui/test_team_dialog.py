"""Issue 16 in the window: File → Assign pages and double review (Ctrl+Alt+G), each command one undo step."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QMessageBox, QPushButton

from jmreview.gui.history import history_title
from jmreview.gui.team_dialog import TeamDialog
from jmreview.store.models import Assignment, SourceFile
from jmreview.store.team import review_copies

from ..test_team import PAGE
from .conftest import EDITOR, open_window

OTHER = PAGE.parent / "003_4221d1719c757f4b.txt"


pytestmark = pytest.mark.usefixtures("chinese")   # the window in its first language


def in_dialog(qtbot, window, act) -> list[str]:  # type: ignore[no-untyped-def]
    """Press Ctrl+Alt+G, run `act` on the dialog that opens, close it; returns what the dialog showed."""
    seen: list[str] = []

    def work() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamDialog):
            QTimer.singleShot(20, work)
            return
        seen.append(dialog.windowTitle())
        act(dialog)
        seen.append(dialog.findChild(QLabel, "team_state").text())
        said = dialog.findChild(QLabel, "team_said")   # (run 42 B30: kept where it is seen)
        seen.append(said.text() if said is not None else "")
        dialog.reject()

    QTimer.singleShot(0, work)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)   # the window's shortcuts again
    return seen


def choose(dialog: TeamDialog, editor: str, second: str = "") -> None:
    dialog.findChild(QComboBox, "team_editor").setEditText(editor)
    dialog.findChild(QComboBox, "team_second").setEditText(second)


def test_pages_are_given_taken_back_and_marked_for_double_review_from_the_window(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    w = open_window(qtbot, tmp_path, [PAGE, OTHER])
    page = SourceFile.get(SourceFile.name == PAGE.name).id
    w.select_file(page)

    def give(dialog: TeamDialog) -> None:
        choose(dialog, EDITOR)
        dialog.findChild(QPushButton, "team_assign").click()

    seen = in_dialog(qtbot, w, give)
    assert seen[0] == "分配版面与双人审校", seen
    assert f"已分配给 {EDITOR}" in seen[1] and "未进行双人审校" in seen[1], seen
    assert [(a.file_id, a.editor) for a in Assignment.select()] == [(page, EDITOR)]
    w.files.findChild(QCheckBox, "my_work_filter").setChecked(True)
    assert [r.id for r in w.files.model.rows] == [page]                    # 我的任务 shows it at once
    w.files.findChild(QCheckBox, "my_work_filter").setChecked(False)
    assert w.session.undo_stack.undoText() == f"将 1 个版面分配给 {EDITOR}"
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step takes it back
    assert not Assignment.select().exists()

    def double(dialog: TeamDialog) -> None:
        choose(dialog, "甲", "乙")
        dialog.findChild(QPushButton, "team_double").click()

    seen = in_dialog(qtbot, w, double)
    assert "双人审校中（甲 和 乙）" in seen[1], seen
    assert sorted(c.review_editor for c in review_copies(page)) == ["乙", "甲"]
    assert sorted(a.editor for a in Assignment.select()) == ["乙", "甲"]
    assert w.actions_by_name["curate"].isEnabled()
    w.select_file(SourceFile.get(SourceFile.name == OTHER.name).id)
    w.select_file(page)   # the page itself: the window says where it is corrected now
    assert "正由 甲 和 乙 双人审校" in w.statusBar().currentMessage(), w.statusBar().currentMessage()

    def same_twice(dialog: TeamDialog) -> None:   # one editor twice: refused with the store's reason, in Chinese
        choose(dialog, "甲", "甲")
        dialog.findChild(QPushButton, "team_double").click()

    in_dialog(qtbot, w, same_twice)
    assert told and "双人审校需要两位不同的编辑" in told[-1], told
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not review_copies(page) and not Assignment.select().exists()
    w.session.store.close()


def test_the_whole_issue_or_the_listed_pages_are_one_choice_away(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, tmp_path, [PAGE, OTHER])
    page = SourceFile.get(SourceFile.name == PAGE.name).id

    def every_listed(dialog: TeamDialog) -> None:
        scope = dialog.findChild(QComboBox, "team_scope")
        scope.setCurrentIndex(scope.count() - 1)
        assert scope.currentText().startswith("文件列表显示的全部版面（2")
        choose(dialog, "丙")
        dialog.findChild(QPushButton, "team_assign").click()

    w.select_file(page)
    in_dialog(qtbot, w, every_listed)
    assert Assignment.select().where(Assignment.editor == "丙").count() == 2
    assert w.session.undo_stack.count() == 1


def test_team_edits_read_in_the_window_language_after_a_restart() -> None:
    app = QApplication.instance()
    assert app is not None
    assert history_title("assign", "3 pages → 张三") == "将 3 个版面分配给 张三"
    assert history_title("double_review", "double review: 甲 / 乙") == "由 甲 和 乙 双人审校"
    assert history_title("curate", "fields:107: b") == "裁定：标题与字段，采用 B"
    assert history_title("curate", "entity:12:14: own") == "裁定：实体，自定答案"


def test_marking_many_pages_shows_progress_and_can_be_stopped(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 11 #26: marking 200 listed pages froze the window for 40 s with no word and no way out."""
    from PySide6.QtWidgets import QProgressDialog

    from jmreview.gui import team_dialog
    from jmreview.store import team

    from ..conftest import SEEDS

    w = open_window(qtbot, tmp_path, sorted(SEEDS.glob("*.txt")))
    marked: list[int] = []
    real = team.mark_double_review

    def slow(store, who, page_id, names):  # type: ignore[no-untyped-def]
        marked.append(page_id)
        if len(marked) == 2:   # the editor presses Stop while the second page is being marked
            progress = w.findChild(QProgressDialog, "team_progress")
            assert progress is not None and progress.maximum() == 5
            progress.cancel()
        return real(store, who, page_id, names)

    monkeypatch.setattr(team_dialog.team, "mark_double_review", slow)

    def every_listed(dialog: TeamDialog) -> None:
        scope = dialog.findChild(QComboBox, "team_scope")
        scope.setCurrentIndex(scope.count() - 1)
        choose(dialog, "甲", "乙")
        dialog.findChild(QPushButton, "team_double").click()

    in_dialog(qtbot, w, every_listed)
    assert len(marked) == 2
    assert SourceFile.select().where(SourceFile.review_state == "double").count() == 2
    assert "5 个版面中已有 2 个标为由 甲 和 乙 双人审校；其余的没有标记" in w.statusBar().currentMessage()
    w.session.store.close()


def test_r21b_53_no_progress_box_comes_over_a_refusal(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 21 B53: the second reviewer left empty, 交两位编辑双人审校 → the progress box popped up over the refusal and
    hid half of it until 停止 was clicked (确定 and Return did nothing while it was up)."""
    from PySide6.QtWidgets import QProgressDialog

    seen: list[tuple[str, bool]] = []

    def read_the_refusal() -> None:   # the refusal's real box, read for a while, then 确定
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_the_refusal)
            return
        qtbot.wait(4500)   # Qt's own timer shows a progress box four seconds after it is made
        shown = [p for p in QApplication.topLevelWidgets() if isinstance(p, QProgressDialog) and p.isVisible()]
        seen.append((box.text(), bool(shown)))
        for p in shown:
            p.cancel()
        box.accept()

    QTimer.singleShot(0, read_the_refusal)
    w = open_window(qtbot, tmp_path, [PAGE, OTHER])
    w.select_file(SourceFile.get(SourceFile.name == PAGE.name).id)

    def mark_with_one_name(dialog: TeamDialog) -> None:
        choose(dialog, "甲", "")
        dialog.findChild(QPushButton, "team_double").click()

    in_dialog(qtbot, w, mark_with_one_name)
    assert len(seen) == 1 and seen[0][0], seen
    assert seen[0][1] is False, "a progress box was shown over the refusal"
    assert SourceFile.select().where(SourceFile.review_state == "double").count() == 0
    w.session.store.close()


def test_r38b_25_every_listed_page_is_tried_and_a_curated_one_asked(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 38 B25: 文件列表显示的全部版面, 交两位编辑双人审校 with a curated page and a page under another pair's double
    review among them: the curated page was reopened (its decisions set aside) without a question, the page under
    review stopped the run with "没有任何改动", and the pages after it were neither tried nor named. Now the
    curated pages are asked about, a page under review is left as it is and named, and every other page is marked."""
    from jmreview.store import team

    from ..conftest import SEEDS

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    w = open_window(qtbot, tmp_path, sorted(SEEDS.glob("*.txt")))
    pages = [f.id for f in SourceFile.select().where(SourceFile.review_of.is_null()).order_by(SourceFile.name)]
    SourceFile.update(review_state="curated").where(SourceFile.id == pages[0]).execute()
    team.mark_double_review(w.session.store, "管理员", pages[2], ["李", "王"])
    under_review = SourceFile.get_by_id(pages[2]).name
    w.refresh()

    def every_listed(dialog: TeamDialog) -> None:
        scope = dialog.findChild(QComboBox, "team_scope")
        scope.setCurrentIndex(scope.count() - 1)
        choose(dialog, "甲", "乙")
        dialog.findChild(QPushButton, "team_double").click()

    seen = in_dialog(qtbot, w, every_listed)
    assert len(asked) == 1 and "1" in asked[0], asked
    assert under_review in seen[-1], seen   # in the dialog too: the status bar's may be replaced at once (run 42 B30)
    marked = [p for p in pages if sorted(c.review_editor for c in review_copies(p)) == ["乙", "甲"]]
    assert marked == [p for p in pages if p != pages[2]], marked
    said = w.statusBar().currentMessage()
    assert under_review in said and "4" in said, said
    w.session.store.close()


def test_r50b_18_a_page_delivered_again_while_the_dialog_is_open_is_given_as_its_new_version(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 50 B18: the dialog open on "this page" when a colleague imported a new delivery of it: giving it to an
    editor was refused as "file 1 is not a current page", the dialog still naming the page. The page's current
    version is given."""
    import subprocess
    import sys

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    w = open_window(qtbot, tmp_path, [])
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / PAGE.name).write_bytes(PAGE.read_bytes())
    db = str(w.session.store.path)
    run = [sys.executable, "-m", "jmreview.cli", "import", str(pages), "--db", db, "--workers", "1"]
    assert subprocess.run(run, capture_output=True, timeout=120).returncode == 0
    w.refresh()
    first = SourceFile.get(SourceFile.name == PAGE.name).id
    w.select_file(first)

    def give(dialog: TeamDialog) -> None:
        lines = (pages / PAGE.name).read_text(encoding="utf-8").split("\n")
        lines[2] += "▲"   # the colleague's new delivery, while the dialog is open
        (pages / PAGE.name).write_text("\n".join(lines), encoding="utf-8")
        assert subprocess.run([*run, "--replace"], capture_output=True, timeout=120).returncode == 0
        choose(dialog, "丙")
        dialog.findChild(QPushButton, "team_assign").click()

    in_dialog(qtbot, w, give)
    current = SourceFile.get(SourceFile.name == PAGE.name, SourceFile.replaced_by.is_null()).id
    assert current != first and not told, told
    assert [(a.file_id, a.editor) for a in Assignment.select()] == [(current, "丙")]
    w.session.store.close()
