"""Issue 10, run 58, in the window: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from ..conftest import SEEDS
from .conftest import EDITOR, open_window
from .test_team_dialog import choose, in_dialog

pytestmark = pytest.mark.usefixtures("chinese")


def test_r58b_21_the_team_dialogs_state_follows_a_new_delivery_of_its_page(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    """Run 58 B21: the assignment dialog open on A01 while a colleague imported its corrected delivery with
    --replace; 分配给该编辑 gave the new version, but the state line still read the old one's "已分配给 无人"."""
    from jmreview.gui.team_dialog import TeamDialog
    from jmreview.store.models import Assignment, SourceFile
    from jmreview.workflows.importer import import_paths

    folder = tmp_path / "p"
    folder.mkdir()
    page = folder / "A01.txt"
    page.write_bytes((SEEDS / "001_69ca20e02664ffc6.txt").read_bytes())
    window = open_window(qtbot, tmp_path, [page])
    window.select_file(SourceFile.get().id)

    def meanwhile_then_give(dialog: TeamDialog) -> None:
        page.write_text(page.read_text(encoding="utf-8").replace("当前，江门正全面落实", "目前，江门正全面落实"),
                        encoding="utf-8")
        import_paths(window.session.store, [page], workers=1, replace=True)   # a colleague's delivery
        choose(dialog, EDITOR)
        dialog.findChild(QPushButton, "team_assign").click()

    seen = in_dialog(qtbot, window, meanwhile_then_give)
    current = SourceFile.get(SourceFile.replaced_by.is_null())
    assert [a.file_id for a in Assignment.select()] == [current.id]
    assert f"已分配给 {EDITOR}" in seen[1], seen
    window.session.store.close()
