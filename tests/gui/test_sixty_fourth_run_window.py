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
