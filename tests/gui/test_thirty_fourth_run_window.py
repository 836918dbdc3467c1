"""Window rows of the thirty-fourth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import SEEDS
from .conftest import open_window


@pytest.mark.parametrize("written", ["[splitter]\nmain_splitter=\n", "[splitter]\nmain_splitter=zzz\n",
                                     "[splitter]\nright_splitter=1\n", "[General]\ngeometry=zzz\n",
                                     "[General]\ngeometry=a, b\n", "[General]\ngeometry=@ByteArray(junk)\n"])
def test_r34a_23_a_damaged_window_layout_in_the_settings_keeps_no_window_from_opening(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, written: str) -> None:
    """Run 34 A23: a splitter's or the window's saved layout made text by another program (`main_splitter=zzz`,
    `geometry=`): "unexpected error: TypeError … restoreState(str)", the window never opened, at every start. The
    layout is ignored and the window opens as new; a layout saved as it closes is read back."""
    (tmp_path / "settings.ini").write_text(written, encoding="utf-8")
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    assert window.isVisible() and window.main_split.sizes()[0] > 0
    window.main_split.setSizes([300, 700, 400])
    window.close()
    window.session.store.close()
    again = open_window(qtbot, tmp_path, [])
    assert again.main_split.sizes()[0] < 340, again.main_split.sizes()   # (made: 430)
    again.session.store.close()


def test_r34b_4_a_list_of_numbers_another_program_wrote_keeps_the_article_shown(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    """Run 34 B4's window side: `reporters = '[1,2]'` on an article: its fields are shown (the numbers as text,
    doctor naming the value), no error raised into the window."""
    import sqlite3
    import sys

    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    with Store(tmp_path / "gui.sqlite3") as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    with sqlite3.connect(tmp_path / "gui.sqlite3") as con:
        con.execute("UPDATE article SET reporters = '[1,2]' WHERE id = 1")
    con.close()
    said: list[object] = []
    old, sys.excepthook = sys.excepthook, lambda *a: said.append(a)
    try:
        window = open_window(qtbot, tmp_path, [])
        qtbot.wait(200)
    finally:
        sys.excepthook = old
    assert not said, said
    assert window.editor.shown.get("reporters") == "1 2", window.editor.shown
    window.session.store.close()


def test_r35a_31_restore_a_backup_of_a_database_damaged_under_the_window(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 35 A31: the database file cut in half under the open window; File → Restore a backup, as the damage
    message says: no list ever opened (the restore read the damaged file first), the message said again. The list
    opens, the chosen backup is put in place, the damaged bytes kept beside the backups, the window reopened."""
    import os

    from peewee import DatabaseError

    from jmreview.store.backup import make_backup

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    path = window.session.store.path
    make_backup(path, "manual")
    with open(path, "r+b") as f:
        f.truncate(os.path.getsize(path) // 2)

    def malformed() -> int:   # as the window's reads met it once SQLite read the cut pages (the run's own case)
        raise DatabaseError("database disk image is malformed")

    monkeypatch.setattr(window.session.store, "data_version", malformed)
    _restored_with_the_first_backup(qtbot, window, monkeypatch)


def test_r35a_46_a_refusal_met_by_a_read_is_said_in_chinese_not_as_a_bug(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 35 A46 in the window: the -shm made unwritable, a click on the page read the database: a box "出错了"
    holding the refusal in English, as if a bug. It is said in the window's language, in the status bar."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    from jmreview.errors import Coded, StoreError
    from jmreview.gui.crash import install_excepthook
    from jmreview.store.opening_messages import OPENING

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, title, text, *a: boxes.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, title, text, *a: boxes.append(text))
    old = sys.excepthook
    try:
        install_excepthook()
        error = StoreError(Coded(OPENING["companion_unwritable"], name="w.sqlite3", file="w.sqlite3-shm"))
        sys.excepthook(type(error), error, None)
        qtbot.wait(100)
    finally:
        sys.excepthook = old
    assert boxes and "现在无法写入 w.sqlite3" in boxes[-1] and "Something" not in boxes[-1], boxes


def test_r36a_8_restore_a_backup_of_a_database_damaged_but_still_read(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 36 A8 (run 35 A31, the other path): the file cut in half under the window, which still read it; File →
    Restore a backup: the list opened, then the restore was refused, half in English ("no backup of … was kept: the
    copy is unusable"), since no sound copy of a damaged file can be made first. The chosen backup is put in place,
    the damaged bytes kept beside the backups, the window reopened."""
    import os

    from jmreview.store.backup import make_backup

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    path = window.session.store.path
    make_backup(path, "manual")
    window.session.store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(path, "r+b") as f:
        f.truncate(os.path.getsize(path) // 2)
    assert window.session.store.data_version() is not None   # (still read: the other path is run 35 A31's)
    _restored_with_the_first_backup(qtbot, window, monkeypatch)


def _restored_with_the_first_backup(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """File → Restore a backup, the first listed chosen: no error box; the backup in place of the damaged file,
    which is kept beside the backups; the window reopened on it."""
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from jmreview.store.models import SourceFile

    path = window.session.store.path
    asked: list[object] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: asked.append(a) or (a[3][0], True))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: asked.append(("critical", a)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window.restore_backup()
    assert asked and not any(a[0] == "critical" for a in asked if isinstance(a, tuple)), asked
    restored = QApplication.instance()._jmreview_window
    qtbot.addWidget(restored)
    assert restored is not window and SourceFile.select().count() == 1
    assert any(p.suffix == ".bad" for p in Path(f"{path}.backups").iterdir()), list(Path(f"{path}.backups").iterdir())
    restored.session.store.close()
