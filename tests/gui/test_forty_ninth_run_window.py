"""Window rows of the forty-eighth and forty-ninth adversarial runs (issue 10), each failing before its fix."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton

from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS
from ..server_window import show

CJK = re.compile(r"[\u4e00-\u9fff]")
pytestmark = pytest.mark.usefixtures("chinese")


def test_r48b_22_a_page_state_that_cannot_be_read_is_said_in_the_assignment_dialog(  # type: ignore[no-untyped-def]
        qtbot, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 48 B22: "double review by both" with the pages' states unreadable (the server stopped; here another
    session holds the table): the failure was said only in the status bar under the modal dialog, where another
    message replaced it at once. It is said in the dialog, and in a box over it."""
    import psycopg2

    from jmreview.gui.team_dialog import TeamDialog

    with Store(pg_url) as store:
        import_paths(store, sorted(SEEDS.glob("*.txt"))[:2], workers=1)
    monkeypatch.setattr(sys, "excepthook", lambda *a: None)   # a failure left to the crash hook: not said here
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text))
    window = show(qtbot, tmp_path, pg_url, monkeypatch)
    holder = psycopg2.connect(pg_url)
    try:
        dialog = TeamDialog(window)
        dialog.findChild(QComboBox, "team_editor").setEditText("甲")
        dialog.findChild(QComboBox, "team_second").setEditText("乙")
        holder.cursor().execute("LOCK TABLE sourcefile IN ACCESS EXCLUSIVE MODE")   # held in its transaction
        dialog.findChild(QPushButton, "team_double").click()
        said = dialog.findChild(QLabel, "team_said").text()
        assert told and CJK.search(told[0]), told
        assert said == told[0], said
    finally:
        holder.close()
        window.session.store.close()
