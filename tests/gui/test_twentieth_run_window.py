"""Issue 10, run 20, in the window: a database damaged in its first pages opened read-only (A1)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def test_r20a_1_a_database_damaged_in_its_first_pages_opens_read_only_when_asked(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 20 A1: 8 KB of damage at the fourth page, Return (以只读方式打开) in the damaged-database dialog: no window at
    all, `unexpected error: DatabaseError: database disk image is malformed` on stderr only."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.gui.app import open_window
    from jmreview.store.backup import make_backup
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    db = tmp_path / "x.sqlite3"
    with Store(db) as store:
        import_paths(store, sorted(SEEDS.glob("*.txt")), workers=1)
    make_backup(db, "manual")
    with db.open("r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(b"\xff" * 8192)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: said.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: next(
        b for b in self.buttons() if b.text() == "以只读方式打开"))
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: said.append(text))
    monkeypatch.delenv("JMREVIEW_SAMPLES", raising=False)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(db, QApplication.instance(), settings, ask=False)   # no error escapes
    if window is not None:
        qtbot.addWidget(window)
        assert window.session.store.readonly
        window.session.store.close()
    else:   # too damaged to show even read-only: said so, in Chinese, with the way out
        assert any("恢复" in text for text in said), said


def test_r20a_1_a_damaged_part_met_later_is_said_as_damage_not_as_a_bug(qtbot, chinese: None,  # type: ignore[no-untyped-def]
                                                                        monkeypatch) -> None:
    """Run 20 A1, afterwards: in a damaged database opened read-only, a page whose rows lie on a damaged part of the
    file is met by a read — said as damage with the way out, not "something went wrong"."""
    import sqlite3
    import sys

    from PySide6.QtWidgets import QMessageBox

    from jmreview.gui.crash import install_excepthook

    said: list[str] = []
    titles: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, title, text, *a: said.append(text) or titles.append(title))
    old = sys.excepthook
    try:
        install_excepthook()
        error = sqlite3.DatabaseError("database disk image is malformed")
        sys.excepthook(type(error), error, None)
    finally:
        sys.excepthook = old
    assert said and "损坏" in said[0] and "恢复" in said[0], said
    assert titles == ["数据库有一部分已损坏"], titles   # run 23 A15: no 意外错误 over it


def test_r20b_10_a_lock_held_by_another_session_under_a_read_is_said_busy(qtbot, chinese: None,  # type: ignore[no-untyped-def]
                                                                         monkeypatch) -> None:
    """Run 20 B10: another session held `LOCK TABLE article IN ACCESS EXCLUSIVE MODE` while the window opened or
    refreshed: 意外错误 with the server's English and SQL (a 25-line dialog when the table model met it)."""
    import sys

    from peewee import OperationalError
    from PySide6.QtWidgets import QMessageBox

    from jmreview.gui.crash import install_excepthook

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, title, text, *a: said.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, title, text, *a: said.append((title, text)))
    old = sys.excepthook
    try:
        install_excepthook()
        for text in ("canceling statement due to lock timeout\nLINE 1: SELECT \"t1\".\"id\" FROM \"article\"",
                     "Error calling Python override of QAbstractTableModel::rowCount(): canceling statement due to "
                     "lock timeout"):
            error = OperationalError(text)
            sys.excepthook(type(error), error, None)
    finally:
        sys.excepthook = old
    assert len(said) == 2 and all(title != "意外错误" and "SELECT" not in text and "忙" in text for title, text in said), \
        said


def test_r20a_18_two_backups_made_in_one_second_are_told_apart_and_the_chosen_one_restored(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 20 A18: File → 恢复备份 listed two lines "2026-12-01 10:29:00 打开数据库时" for two backups of one second —
    and whichever was chosen, the first of them was restored."""
    import os

    from PySide6.QtWidgets import QInputDialog

    from jmreview.store import edits
    from jmreview.store.backup import make_backup
    from jmreview.store.models import Article

    from ..conftest import SEEDS
    from .test_window import open_window

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    path = window.session.store.path
    art = Article.select().first()
    edits.set_article_field(window.session.store, "甲", art.id, "title", "较早的备份")
    older = make_backup(path, "on-open")
    edits.set_article_field(window.session.store, "甲", art.id, "title", "较晚的备份")
    newer = make_backup(path, "on-open")
    for made, ms in ((older, "100000"), (newer, "200000")):   # one second, two moments
        os.replace(made, made.with_name(f"{path.stem}-20261201-102900-{ms}-on-open.sqlite3"))
    shown: list[list[str]] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (shown.append(list(a[3])) or a[3][1], True))
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window.restore_backup()
    restored = QApplication.instance()._jmreview_window
    qtbot.addWidget(restored)
    assert len(set(shown[0])) == len(shown[0]), shown
    assert Article.get_by_id(art.id).title == "较早的备份"
    restored.session.store.close()


COLLEAGUE = r"""
import sys
sys.path.insert(0, sys.argv[1])
from jmreview.store import edits
from jmreview.store.database import Store
with Store(sys.argv[2]) as store:
    edits.set_article_field(store, "乙", int(sys.argv[3]), "title", sys.argv[4])
"""


def test_r20a_39_text_refused_as_changed_since_is_saved_by_return_only(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 20 A39: a title typed; a colleague committed another title for the article; Return refused ("changed
    since shown"), the typed text kept — and the next click elsewhere saved it over the colleague's without a word."""
    import subprocess
    import sys

    from PySide6.QtWidgets import QMessageBox

    from jmreview.store.models import Article

    from ..conftest import ROOT, SEEDS
    from .test_window import open_window

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    art = window.articles.model.rows[0].id
    window.select_article(art)
    line = window.editor.edits["title"]
    line.setText("我打的标题")
    window.editor._typed("title")
    out = subprocess.run([sys.executable, "-c", COLLEAGUE, str(ROOT), str(window.session.store.path), str(art),
                          "同事的标题"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    line.editingFinished.emit()   # Return: refused, the text kept
    assert Article.get_by_id(art).title == "同事的标题" and line.text() == "我打的标题"
    line.editingFinished.emit()   # the focus leaves the field (a click elsewhere): never saved over theirs
    assert Article.get_by_id(art).title == "同事的标题"
    line.returnPressed.emit()     # Return, knowingly: saved
    line.editingFinished.emit()
    assert Article.get_by_id(art).title == "我打的标题"
    window.session.store.close()


def test_r20b_39_an_editor_name_set_for_the_computer_that_is_refused_is_said(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 20 B39: JMREVIEW_EDITOR=甲 with a zero-width space: silently replaced by the login name (a status line
    overwritten a second later by 分词词典已就绪); every edit logged under a name nobody chose."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.gui.app import open_window
    from jmreview.store.database import Store

    Store(tmp_path / "x.sqlite3").close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    monkeypatch.setenv("JMREVIEW_EDITOR", "甲\u200b")
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(tmp_path / "x.sqlite3", QApplication.instance(), settings, ask=False)
    assert window is not None
    qtbot.addWidget(window)
    assert any("JMREVIEW_EDITOR" in text and "不是编辑的名字" in text for text in said), said
    assert window.session.editor != "甲\u200b"
    window.session.store.close()


def test_r20b_52_differences_that_cannot_be_read_are_never_shown_as_agreement(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 20 B52: another session held a lock on the curation decisions: Ctrl+Alt+U said "意见完全一致：按 Alt+Left…"
    over an empty list."""
    from peewee import OperationalError

    from jmreview.gui.curation_view import CurationView
    from jmreview.store import curation
    from jmreview.store.models import SourceFile

    from ..test_team import PAGE, simulate_two_editors
    from .conftest import open_window

    w = open_window(qtbot, tmp_path, [PAGE])
    page = SourceFile.get(SourceFile.name == PAGE.name).id
    simulate_two_editors(w.session.store)
    w.refresh()
    w.select_file(page)

    def locked(_page: int) -> list[object]:
        raise OperationalError("canceling statement due to lock timeout")

    monkeypatch.setattr(curation, "differences", locked)
    w.actions_by_name["curate"].trigger()
    view = w.findChild(CurationView)
    assert view is not None
    assert "无法读取" in view.heading.text() and "忙" in view.heading.text() and not view.agreed, view.heading.text()
    w.session.store.close()


def test_r21a_58_jmreviews_own_folder_that_cannot_be_made_is_said_in_a_dialog(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """Run 21 A58: a file where jmreview's data folder should be (~/.local/share/jmreview), `jmreview` with no --db: no
    window at all, only "File exists" on stderr."""
    from ..server_window import launched

    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "jmreview").write_text("in the way", encoding="utf-8")
    code, shown = launched(monkeypatch, tmp_path, [])
    assert code != 0 and any("无法建立" in text and "--db" in text for text in shown), (code, shown)


@pytest.mark.qt_no_exception_capture
def test_r22a_30_a_damaged_part_met_while_the_window_first_paints_leaves_the_window_open(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 22 A30 (run 20 A1 again): 16 KiB of damage from the second page, no backups, 以只读方式打开: a dialog of
    "Error calling Python override of QAbstractTableModel::rowCount()…", then no window at all ("unexpected error" on
    stderr) — the issue bars and the file list read the damaged part inside Qt's paint, where no error may go."""
    import sys

    from jmreview.gui.app import open_window
    from jmreview.gui.crash import install_excepthook

    from .test_twenty_third_run_window import damaged_without_backups, read_only_chosen

    db = damaged_without_backups(tmp_path)
    said = read_only_chosen(monkeypatch)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # put back after the test
    install_excepthook()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(db, QApplication.instance(), settings, ask=False)   # raised out of window.show() before
    assert window is not None
    qtbot.addWidget(window)
    qtbot.wait(300)
    assert window.isVisible() and window.session.store.readonly
    assert any("损坏" in text and "没有备份" in text for text in said[1:]), said   # the damage, said as damage
    assert not any("Error calling Python override" in text for text in said), said
    window.session.store.close()
