"""Issue 10, run 56, in the window: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

from ..conftest import SEEDS
from .conftest import open_window


def test_r56b_15_the_history_names_a_double_review_by_its_folder_and_name(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, chinese: None) -> None:
    """Run 56 B15: the history named each double review by its file name, "dev2.txt 由 wang 和 li 双人审校", though
    fifteen dated folders held a dev2.txt. It names the page as the file list does, its folder with it."""
    from PySide6.QtWidgets import QComboBox, QPushButton

    from .test_team_dialog import choose, in_dialog

    w = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])

    def mark(dialog) -> None:  # type: ignore[no-untyped-def]
        scope = dialog.findChild(QComboBox, "team_scope")
        scope.setCurrentIndex(0)
        choose(dialog, "甲", "乙")
        dialog.findChild(QPushButton, "team_double").click()

    in_dialog(qtbot, w, mark)
    assert "/001_69ca20e02664ffc6.txt" in w.session.undo_stack.undoText(), w.session.undo_stack.undoText()
    w.session.store.close()
