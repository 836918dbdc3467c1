"""Window rows of the thirty-first adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from ..conftest import SEEDS
from .conftest import open_window
from .test_twenty_seventh_run_window import _type


def _in_file_alone(db: Path, tmp_path: Path, art: int, text: str) -> bool:
    """True when a copy of the database file alone (no -wal: as `cp` or a sync tool copies it) holds `text`."""
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(db, copy)
    con = sqlite3.connect(copy)
    try:
        return text in con.execute("SELECT reporters FROM article WHERE id = ?", (art,)).fetchone()[0]
    except sqlite3.OperationalError:   # the file alone does not even hold the page's import yet
        return False
    finally:
        con.close()
        copy.unlink()


def test_r31a_35_a_change_saved_while_another_program_reads_is_folded_in_once_it_stops(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 31 A35: another program held a read (a database browser, a backup tool) as a reporter was saved: the
    fold into the file was skipped for good, and a copy of the file made after the reader let go still lacked it."""
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    db, art = window.session.store.path, window.editor.article_id
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM article").fetchone()   # its view of the file: older than the save
    _type(window, "reporters", "读着时保存的记者")
    assert not _in_file_alone(db, tmp_path, art, "读着时保存的记者")   # held back while it reads
    reader.execute("COMMIT")
    reader.close()
    qtbot.waitUntil(lambda: _in_file_alone(db, tmp_path, art, "读着时保存的记者"), timeout=10_000)
    window.session.store.close()


def test_r31b_43_a_server_role_that_cannot_name_an_editor_is_said(qtbot, chinese: None, pg_server, pg_url: str,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path, monkeypatch) -> None:
    """Run 31 B43: a role named with an invisible mark opened the window with JMREVIEW_EDITOR=x: no word, and its
    edits were credited to "x" (a usable role is credited by its own name, JMREVIEW_EDITOR set aside)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmreview.gui.app import open_window as launch
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..pg_server import SUPERUSER, sql

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    name = "丁\u034f"
    pg_server.admin(f'CREATE ROLE "{name}" LOGIN')
    sql(pg_url, f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{name}"')
    sql(pg_url, f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{name}"')
    url = pg_url.replace(f"{SUPERUSER}@", "%E4%B8%81%CD%8F@", 1)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    monkeypatch.setenv("JMREVIEW_EDITOR", "x")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = launch(url, QApplication.instance(), settings, ask=False)
    assert window is not None
    qtbot.addWidget(window)
    assert any("数据库角色" in text and "x" in text for text in said), said
    window.session.store.close()
