"""Window rows of the thirty-first adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

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


def test_r31b_48_text_the_article_holds_already_is_not_called_unsaved_on_leaving(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """Run 31 B48: a change "maybe saved" that the server then committed: leaving the article said "what you typed
    was not saved … on the clipboard", and kept it in `unsaved typing.txt`, though the database held it."""
    from jmreview.store.models import Article

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    first = window.editor.article_id
    said: list[str] = []
    window.session.failed.connect(said.append)
    for kind in ("warning", "critical", "information"):   # (no box left open to wait on)
        monkeypatch.setattr(QMessageBox, kind, lambda _w, _t, text, *a: said.append(text))
    _type(window, "reporters", "已经保存的记者", leave=False)
    window.editor.carried.add("reporters")   # as a save refused while the article moved on leaves it
    con = sqlite3.connect(window.session.store.path)
    con.execute("UPDATE article SET reporters = '[\"已经保存的记者\"]' WHERE id = ?", (first,))
    con.commit()
    con.close()
    nxt = Article.select().where(Article.id != first).order_by(Article.reading_order).first()
    window.select_article(nxt.id)
    qtbot.wait(300)
    assert not any("已经保存的记者" in text for text in said), said
    window.session.store.close()
