"""Issue 10, run 20, in the window: a database damaged in its first pages opened read-only (A1)."""
from __future__ import annotations

from pathlib import Path

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
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: said.append(text))
    old = sys.excepthook
    try:
        install_excepthook()
        error = sqlite3.DatabaseError("database disk image is malformed")
        sys.excepthook(type(error), error, None)
    finally:
        sys.excepthook = old
    assert said and "损坏" in said[0] and "恢复" in said[0], said
