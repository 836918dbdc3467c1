"""Issue 10, run 64: the window's rows, each failing before its fix."""
from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from jmreview.exchange.export_xlsx import export_xlsx
from jmreview.gui import round_trips

from ..conftest import SEEDS
from .conftest import open_window


def test_r64a_13_the_undo_of_a_workbooks_import_shows_every_pages_counts(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                           monkeypatch) -> None:
    """Run 64 A13 (minor): a workbook marked every article of four pages 已审; after Ctrl+Z of its import the file
    list still said 7/7 已审 for the pages not shown (only the current page's counts were read again). Every page
    the undo changed shows its counts."""
    window = open_window(qtbot, tmp_path, sorted(SEEDS.glob("*.txt"))[:3])
    try:
        path = tmp_path / "out.xlsx"
        export_xlsx(path)
        wb = load_workbook(path)
        for row in range(2, wb["文章"].max_row + 1):
            wb["文章"].cell(row, 8).value = "已审"
        wb.save(path)
        monkeypatch.setattr(round_trips.PreviewDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
        round_trips.import_xlsx_into(window, path)

        def reviewed() -> list[int]:
            return [r.reviewed for r in window.files.model.rows]

        qtbot.waitUntil(lambda: len(reviewed()) == 3 and all(reviewed()), timeout=5000)
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(1000)   # the counts are read in the background
        assert not any(reviewed()), window.files.model.rows
    finally:
        window.session.store.close()


def test_r65b_31_a_refused_title_is_not_refused_again_on_choosing_another_page(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                              monkeypatch) -> None:
    """Run 65 B31 (minor): a retitle of a page under double review was refused (its box, OK); choosing another page
    then showed the same refusal again (three times for one edit on a server). It is said once; the text typed is
    kept in the unsaved-typing file."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.store.models import Article, SourceFile
    from jmreview.store.team import mark_double_review

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    window = open_window(qtbot, tmp_path, sorted(SEEDS.glob("*.txt"))[:2])
    try:
        first, second = [f.id for f in SourceFile.select().order_by(SourceFile.id)]
        mark_double_review(window.session.store, "主编", first, ["赵", "刘"])
        window.refresh()
        window.select_file(first)
        art = Article.select().where(Article.file == first).order_by(Article.reading_order).first()
        window.select_article(art.id)
        window.editor.edits["title"].setText("改过的标题")
        window.editor._commit("title")
        qtbot.wait(50)
        assert len(said) == 1 and Article.get_by_id(art.id).title != "改过的标题", said
        window.select_file(second)
        qtbot.wait(200)
        window.select_file(first)
        qtbot.wait(200)
        assert len(said) == 1, said
    finally:
        window.session.store.close()
