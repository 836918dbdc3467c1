"""Issue 10, run 16's minor wording left open, in the Chinese window: SQLite's own words inside a dialog (A30), a
read-only disk's reason on a refused change and in the banner (A43)."""
from __future__ import annotations

from pathlib import Path

from jmreview.store.opening import ReadOnlyDatabase, foreign_advice, store_warning

from .test_no_english import CJK, english_words


def test_r16a_30_sqlites_words_in_the_foreign_wal_dialog_are_chinese(chinese: None, tmp_path: Path) -> None:
    """Run 16 A30: "…（在副本上重放后：database disk image is malformed）" — SQLite's English in the Chinese dialog."""
    from jmreview.gui.store_messages import coded_text

    db = tmp_path / "x.sqlite3"
    for problem in ("database disk image is malformed", "file is not a database", "it is empty or cut short",
                    "the check failed"):
        shown = coded_text(foreign_advice(db, db.with_name("x.sqlite3-wal"), problem))
        assert CJK.search(shown) and english_words(shown) == ["backups"], shown   # the folder x.sqlite3.backups/


def test_r16a_43_a_refused_change_on_a_read_only_disk_says_why_in_chinese(chinese: None, tmp_path: Path) -> None:
    """Run 16 A43: a change refused on a read-only disk or folder says why and what to do, in Chinese."""
    from jmreview.gui.store_messages import user_message

    db = tmp_path / "x.sqlite3"
    for why in (store_warning("file_read_only", path=db, name=db.name),
                store_warning("folder_read_only", path=db, folder=tmp_path, name=db.name)):
        shown = user_message(ReadOnlyDatabase(db, why))
        assert "复制到一个可写入的文件夹" in shown and not english_words(shown), shown
        assert "x.sqlite3-wal 也一并复制" in shown, shown   # run 20 A26: the latest changes go with the copy
    assert user_message(ReadOnlyDatabase(db)) == "x.sqlite3 以只读方式打开：不能做任何修改"


def test_r17a_39_a_window_opened_read_only_says_why_in_its_banner(qtbot, chinese: None,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    """Run 17 A39: the window opened read-only (no backup could be made before merging a -wal, a full disk, a file in
    the way of the backups folder) showed only "本数据库以只读方式打开" — no reason, no way out."""
    from PySide6.QtCore import QSettings

    from jmreview.gui.app import reopen
    from jmreview.gui.database_mode import adapt
    from jmreview.gui.main_window import MainWindow
    from jmreview.gui.session import Session
    from jmreview.store.backup import backup_dir
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    db = tmp_path / "x.sqlite3"
    with Store(db, backups=False) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    folder = backup_dir(db)
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    folder.write_text("挡路的文件", encoding="utf-8")   # a file where the backups folder should be
    store = Store(db)
    assert store.readonly
    window = MainWindow(Session(store, "测试编辑"), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        reopen)
    qtbot.addWidget(window)
    adapt(window)   # as the app does once the window is made
    banner = window.read_only_banner.text()   # type: ignore[attr-defined]
    assert "本应是它的备份文件夹，却是一个文件" in banner and "您可以浏览和导出" in banner, banner
    assert "。。" not in banner, banner
    store.close()


def test_r17a_48_return_in_the_damaged_database_dialog_restores_nothing(qtbot, chinese: None,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path, monkeypatch) -> None:
    """Run 17 A48: one Return in the damaged-database dialog restored the newest backup (the default button), before
    the user could see which."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.gui import app
    from jmreview.store.backup import make_backup
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..attacks.test_seventeenth_run import _many_pages_damaged
    from ..conftest import SEEDS

    x = tmp_path / "x.sqlite3"
    with Store(x) as store:
        import_paths(store, sorted(SEEDS.glob("*.txt")), workers=1)
    make_backup(x, "manual")
    _many_pages_damaged(x)
    defaults: list[str] = []

    def shown(box: QMessageBox) -> int:
        defaults.append(box.defaultButton().text() if box.defaultButton() else "")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    assert app._damaged(x, "damaged") is None   # nothing clicked: nothing opened, nothing restored
    assert defaults == ["以只读方式打开"], defaults


def test_r17a_50_cancel_of_the_windows_re_run_changes_nothing(qtbot, window, chinese: None,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    """Run 17 A50: 取消 closed the re-run's dialog, but the job ran on and committed ten minutes later, and the
    window's history was emptied."""
    from PySide6.QtGui import QUndoCommand
    from PySide6.QtWidgets import QMessageBox

    from jmreview.gui.jobs import rerun_automation
    from jmreview.store.models import EditLog, SourceFile

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    window.session.undo_stack.push(QUndoCommand("一步"))
    logged = EditLog.select().count()
    job = rerun_automation(window, SourceFile.select().first().id)
    job.cancel.set()
    qtbot.waitUntil(lambda: job.isFinished(), timeout=60_000)
    qtbot.wait(50)
    assert EditLog.select().count() == logged and said and "取消" in said[0], said
    assert window.session.undo_stack.count() == 1


def test_r18b_28_a_files_filter_longer_than_any_file_name_matches_nothing(window) -> None:  # type: ignore[no-untyped-def]
    """Run 18 B28: 20,000 × 江 pasted into the files filter: "LIKE or GLOB pattern too complex" in the unexpected-error
    dialog."""
    from jmreview.store.view_rows import file_rows

    assert file_rows("江" * 20_000) == []
    assert len(file_rows("")) == 1
