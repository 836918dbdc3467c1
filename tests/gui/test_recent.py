"""Recent databases survive restarts as paths, never letters; a path that is gone is never created."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from jmreview.gui.databases import fill_recent, recent_databases, remember_database

from ..conftest import SEEDS
from .conftest import open_window


def test_one_recent_database_reads_back_as_one_path_after_a_restart(tmp_path: Path) -> None:
    ini = str(tmp_path / "settings.ini")
    first = QSettings(ini, QSettings.Format.IniFormat)
    remember_database(first, tmp_path / "a.sqlite3")
    first.sync()
    del first
    again = QSettings(ini, QSettings.Format.IniFormat)  # the second launch reads the file back
    assert recent_databases(again) == [str(tmp_path / "a.sqlite3")]
    remember_database(again, tmp_path / "b.sqlite3")
    again.sync()
    third = QSettings(ini, QSettings.Format.IniFormat)
    assert recent_databases(third) == [str(tmp_path / "b.sqlite3"), str(tmp_path / "a.sqlite3")]


def test_letters_left_by_the_old_bug_are_not_offered(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("recent_databases", [str(tmp_path / "x.sqlite3"), "/", "w", "o"])
    assert recent_databases(settings) == [str(tmp_path / "x.sqlite3")]


def test_the_recent_menu_lists_paths_and_a_missing_one_is_not_created(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    gone = tmp_path / "moved-away.sqlite3"
    remember_database(window.settings, gone)
    remember_database(window.settings, window.session.store.path)
    window.settings.sync()
    fill_recent(window.recent_menu, window, window.opener)
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries == [str(window.session.store.path.resolve()), str(gone)]
    window.recent_menu.actions()[1].trigger()
    assert warned and str(gone) in warned[0]
    assert not gone.exists() and window.isVisible()
    assert str(gone) not in recent_databases(window.settings)
    window.session.store.close()


def test_a_restart_opens_the_database_last_worked_on(tmp_path: Path) -> None:
    """Walkthrough of run 52: an editor worked on a database of their own, closed the window and started jmreview
    again: it opened jmreview's own empty database and offered the sample pages, as if the work were gone. The file
    last worked on is opened, a server too (run 54 B4); a file no longer there is not."""
    from jmreview.gui.databases import starting_database

    ini = str(tmp_path / "settings.ini")
    settings = QSettings(ini, QSettings.Format.IniFormat)
    assert starting_database(settings) is None
    mine = tmp_path / "desk.sqlite3"
    mine.write_bytes(b"")
    remember_database(settings, mine)
    settings.sync()
    assert starting_database(QSettings(ini, QSettings.Format.IniFormat)) == mine
    mine.unlink()
    assert starting_database(settings) is None
    remember_database(settings, "postgresql://desk@localhost:5432/news")   # (run 54 B4: a server too)
    assert starting_database(settings) == "postgresql://desk@localhost:5432/news"
