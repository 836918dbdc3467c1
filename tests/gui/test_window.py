"""The window as an editor meets it: offsets with 𠮷, search, script toggle, settings, sheet."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget

from jmreview.store.models import Entity, SourceFile

from .conftest import open_window
from .test_corrections import CTRL, key

ASTRAL_PAGE = "𠮷野家开业\n\n江门日报讯（记者/𠮷田）8月1日，𠮷野家𠮷田店在江门开业。\n"


def test_selection_maps_to_code_points_outside_the_bmp(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "astral.txt"
    page.write_text(ASTRAL_PAGE, encoding="utf-8")
    window = open_window(qtbot, tmp_path, [page])
    text = SourceFile.get().text
    at = text.index("𠮷田店")
    # select with Qt's own units: the document counts 𠮷 as two UTF-16 units
    cursor = window.page.textCursor()
    qt_start = len(text[:at].encode("utf-16-le")) // 2
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_start + 3, QTextCursor.MoveMode.KeepAnchor)  # 𠮷 (2 units) + 田
    window.page.setTextCursor(cursor)
    assert cursor.selectedText() == "𠮷田"
    assert window.page.selected_span() == (at, at + 2)
    key(window, Qt.Key.Key_1, CTRL)
    made = Entity.get(Entity.origin == "manual")
    assert (made.start, made.end, made.text) == (at, at + 2, "𠮷田") and text[made.start:made.end] == "𠮷田"
    window.session.store.close()


def test_search_finds_traditional_with_simplified_and_opens_the_hit(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ..conftest import SEEDS

    window = open_window(qtbot, tmp_path, [SEEDS / "000_fe75734c17ad953c.txt", SEEDS / "001_69ca20e02664ffc6.txt"])
    key(window, Qt.Key.Key_F, CTRL)
    assert window.focusWidget() is window.search.query
    window.search.query.setText("陈岸明")
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    hits = window.search.hits
    assert hits and all(h.file_name.startswith("000") for h in hits)
    window.search.results.activated.emit(window.search.model.index(0, 0))
    assert window.current_file == hits[0].file_id
    assert window.page.textCursor().selectedText() == "陳岸明"
    window.search.query.setText("陳岸明")
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    assert len(window.search.hits) == len(hits)
    window.session.store.close()


def test_display_script_toggle_keeps_offsets(window) -> None:  # type: ignore[no-untyped-def]
    before = window.page.toPlainText()
    window.actions_by_name["simplified"].setChecked(True)
    after = window.page.toPlainText()
    assert len(after) == len(before)
    assert window.settings.value("display_script") == "simplified"


def test_geometry_splitters_and_font_size_are_remembered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ..conftest import SEEDS

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    window.main_split.setSizes([200, 700, 500])
    window.actions_by_name["bigger"].trigger()
    sizes = window.main_split.sizes()
    window.close()
    window.session.store.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert int(settings.value("font_size")) == 13
    again = open_window(qtbot, tmp_path, [])
    assert again.main_split.sizes() == sizes
    again.session.store.close()


def test_shortcut_sheet_lists_every_command_with_keys(window) -> None:  # type: ignore[no-untyped-def]
    seen = []

    def read_and_close() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        table = dialog.findChild(QTableWidget)
        seen.append((dialog.objectName(), table.rowCount()))
        dialog.reject()

    QTimer.singleShot(100, read_and_close)
    window.actions_by_name["shortcuts"].trigger()
    assert seen and seen[0][0] == "shortcut_sheet" and seen[0][1] >= 35
    from jmreview.gui.actions import shortcut_sheet

    sheet = dict(shortcut_sheet(window.actions_by_name))
    assert len(sheet) >= 35 and len(set(sheet.values())) == len(sheet)


def test_every_action_is_in_a_menu_and_every_control_has_a_name(window) -> None:  # type: ignore[no-untyped-def]
    in_menus = {a.objectName() for m in window.menus.values() for a in m.actions()}
    assert set(window.actions_by_name) <= in_menus
    for view in (window.files.view, window.articles.view, window.entities.view, window.page, window.history):
        assert view.accessibleName()


def test_open_another_database_and_refuse_a_bad_one(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    other = tmp_path / "other" / "other.sqlite3"
    other.parent.mkdir()
    with Store(other) as s:
        import_paths(s, [SEEDS / "002_4a1bb4f78707ee57.txt", SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    window = open_window(qtbot, tmp_path, [SEEDS / "000_fe75734c17ad953c.txt"])
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window.open_database(str(other))
    app = QApplication.instance()
    new = app._jmreview_window
    qtbot.addWidget(new)
    assert new.session.store.path == other and len(new.files.ids()) == 2
    assert not window.isVisible()
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: warned.append(a[2]))
    new.open_database(str(bad))
    back = app._jmreview_window
    qtbot.addWidget(back)
    assert warned and "not a SQLite database" in warned[0]
    assert back.session.store.path == other and bad.read_text(encoding="utf-8") == "not a database"
    back.session.store.close()


def test_export_dialog_writes_every_format(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from jmreview.gui.export_dialog import ExportDialog
    from jmreview.gui.jobs import export_to

    dialog = ExportDialog("zh_CN", window)
    for fmt in ("xlsx", "json", "jsonl"):
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.status.setCurrentIndex(dialog.status.findData("auto"))
        dialog.with_source.setChecked(True)
        choice = dialog.choice(tmp_path / f"out.{fmt}")
        assert choice.with_source == (fmt == "json") and choice.status == "auto"
        job = export_to(window, choice)
        qtbot.waitUntil(lambda j=job: j.isFinished(), timeout=30000)
        qtbot.wait(20)
        assert (tmp_path / f"out.{fmt}").stat().st_size > 1000
    assert load_workbook(tmp_path / "out.xlsx").sheetnames == ["文章", "实体", "文件", "续稿", "概览"]


def test_import_json_in_the_window_is_one_undo_step(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json as jsonlib

    from jmreview.exchange.export_json import export_json
    from jmreview.gui.jobs import import_json_into
    from jmreview.store.models import Article

    path = tmp_path / "c.json"
    export_json(path)
    doc = jsonlib.loads(path.read_text(encoding="utf-8"))
    for a in doc["files"][0]["articles"]:
        a["status"] = "reviewed"
    path.write_text(jsonlib.dumps(doc, ensure_ascii=False), encoding="utf-8")
    import_json_into(window, path)
    assert Article.select().where(Article.status == "reviewed").count() == 7
    assert window.session.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert Article.select().where(Article.status == "reviewed").count() == 0


def test_the_window_notices_another_processes_changes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from ..conftest import ROOT
    from ..test_processes import WRITER

    art = window.articles.model.rows[0]
    out = subprocess.run([sys.executable, "-c", WRITER, str(ROOT), str(window.session.store.path), "乙", "1"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    window.select_article(art.id)
    qtbot.waitUntil(lambda: window.editor.edits["kicker"].text() == "乙-0", timeout=5000)


def test_restore_a_backup_from_the_window(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from jmreview.store import edits
    from jmreview.store.backup import make_backup
    from jmreview.store.models import Article

    from ..conftest import SEEDS

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    make_backup(window.session.store.path, "manual")
    art = Article.select().first()
    edits.set_article_field(window.session.store, "甲", art.id, "title", "备份之后")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window.restore_backup()
    restored = QApplication.instance()._jmreview_window
    qtbot.addWidget(restored)
    assert Article.get_by_id(art.id).title != "备份之后"
    restored.session.store.close()


def test_a_damaged_database_offers_its_backup(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from jmreview.gui.app import open_window as open_app

    from ..test_safety import damaged_database

    db = tmp_path / "d.sqlite3"
    damaged_database(db)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: self.buttons()[0])  # "Restore the newest backup"
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: told.append(self.text()) or 0)
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_app(db, QApplication.instance(), settings, ask=False)
    qtbot.addWidget(window)
    assert window is not None and len(window.files.ids()) == 1
    assert any(p.suffix == ".bad" for p in (tmp_path / "d.sqlite3.backups").iterdir())  # damaged bytes kept
    assert told and ".bad" in told[-1], told   # and said where (run 21 A56: the later changes are only there)
    window.session.store.close()


def test_a_new_version_is_confirmed_and_flagged_in_the_window(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from jmreview.gui.jobs import import_into
    from jmreview.store import edits
    from jmreview.store.models import Article

    from ..conftest import SEEDS

    page = tmp_path / "page.txt"
    original = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")
    page.write_text(original, encoding="utf-8")
    window = open_window(qtbot, tmp_path, [page])
    feature = Article.select().order_by(Article.reading_order).first()
    edits.set_status(window.session.store, "甲", feature.id, "reviewed")
    lines = original.split("\n")
    lines[18] += "（改写）"
    page.write_text("\n".join(lines), encoding="utf-8")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    import_into(window, [page])
    qtbot.waitUntil(lambda: Article.select().where(Article.flag != "").exists(), timeout=30000)
    assert asked and "page.txt" in asked[0]
    flagged = Article.get(Article.flag != "")
    window.refresh()
    window.select_article(flagged.id)
    assert window.editor.flag.isVisibleTo(window) and window.editor.flag.text()
    window.session.store.close()
