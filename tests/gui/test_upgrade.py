"""An older database is upgraded with the window saying so, before the window opens on it."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from jmreview.gui.upgrade import upgrade_first
from jmreview.store.models import SCHEMA_VERSION
from jmreview.store.open_check import schema_behind

FIXTURE = Path(__file__).parents[1] / "data" / "schema1.sqlite3"


def test_an_older_database_is_upgraded_behind_a_dialog_naming_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "旧版数据库.sqlite3"
    shutil.copy(FIXTURE, db)
    assert schema_behind(db)
    seen: list[str] = []

    def look() -> None:
        seen.extend(w.labelText() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible())

    QTimer.singleShot(0, look)
    upgrade_first(db, QApplication.instance(), 5000)   # type: ignore[arg-type]
    assert seen and db.name in seen[0]
    assert not schema_behind(db)
    con = sqlite3.connect(db)
    assert con.execute("SELECT version FROM schemainfo").fetchone()[0] == SCHEMA_VERSION
    assert "AUTOINCREMENT" in con.execute("SELECT sql FROM sqlite_master WHERE name = 'article'").fetchone()[0]
    con.close()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_a_current_or_foreign_file_is_left_to_the_opening(tmp_path: Path) -> None:
    empty, text = tmp_path / "empty.sqlite3", tmp_path / "notes.sqlite3"
    empty.write_bytes(b"")
    text.write_text("不是数据库", encoding="utf-8")
    assert not schema_behind(empty) and not schema_behind(text) and not schema_behind(tmp_path / "missing.sqlite3")
