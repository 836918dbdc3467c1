"""Issue 10, run 27 in the window: what it found, each test failing before its fix."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from jmreview.store.models import Article

from ..conftest import SEEDS
from .conftest import open_window


def _type(window, field: str, text: str, leave: bool = True) -> None:  # type: ignore[no-untyped-def]
    box = window.editor.edits[field]
    box.setFocus()
    box.selectAll()
    box.insert(text)
    window.editor._typed(field)   # as a key typed does (textEdited)
    if leave:
        window.editor._commit(field)   # as Tab does


def delivered_under(qtbot, window, page: Path, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    """The page's new version (`old` mended to `new`) imported with --replace by the command line under the window,
    which then looks for changes as its timer does."""
    import subprocess
    import sys

    page.write_text(page.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    other = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(page), "--replace", "--db",
                            str(window.session.store.path)], capture_output=True, text=True, timeout=120)
    assert other.returncode == 0, other.stderr
    for _ in range(20):
        window.watch.check()
        qtbot.wait(100)


@contextmanager
def _write_held(window) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Another program's write held on the window's database (the window's own wait made 0.3 s)."""
    window.session.store.db.execute_sql("PRAGMA busy_timeout = 300")
    holder = sqlite3.connect(window.session.store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_r27b_62_17_the_windows_own_save_is_no_change_of_another_window(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 27 B62 (B17 on a server): the title's save refused while another program held the write lock; a reporter
    typed; the lock let go; Ctrl+Q saved the title and refused the reporter as "changed in another window" — the
    window's own title save — and closed, the reporter lost."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    art = window.editor.article_id
    with _write_held(window):   # another program's write, held
        _type(window, "title", "锁住时的标题")
        qtbot.wait(100)
        assert Article.get_by_id(art).title != "锁住时的标题" and said   # refused: busy
        _type(window, "reporters", "记者甲", leave=False)
    said.clear()
    window.close()
    now = Article.get_by_id(art)
    assert now.title == "锁住时的标题" and now.reporters == ["记者甲"], said
    assert not any("另一窗口" in text or "another window" in text for text in said), said
    window.session.store.close()


def test_r27b_17_closing_over_typed_text_that_cannot_be_saved_is_refused_once_and_said(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 27 B17: a typed field refused on closing (here: another program holds the write lock), 确定, and the window
    closed with the text lost. Now the first close is refused and says what is unsaved; Return then saves it; closing
    again (the text still unsaved) closes, the text on the clipboard."""
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    _type(window, "reporters", "记者乙", leave=False)
    with _write_held(window):
        assert not window.close()
        assert window.isVisible() and window.editor.edits["reporters"].text() == "记者乙"
        box = window.findChild(QMessageBox, "unsaved_on_close")
        assert box is not None and "记者乙" in box.text() and "未能保存" in box.text(), box and box.text()
        box.close()
    window.editor.edits["reporters"].setFocus()
    QTest.keyClick(window.editor.edits["reporters"], Qt.Key.Key_Return)   # saved now, the lock let go
    assert Article.get_by_id(window.editor.article_id).reporters == ["记者乙"]
    _type(window, "kicker", "引题丙", leave=False)
    with _write_held(window):   # held on: the editor closes anyway
        assert not window.close()
        assert window.close() and QApplication.clipboard().text() == "引题丙"
        from jmreview.gui.closing import kept_file

        assert "引题丙" in kept_file().read_text(encoding="utf-8")   # (the clipboard dies with the program: r28 A13)
    window.session.store.close()


def test_r27a_61_62_an_article_re_made_by_another_process_meanwhile_is_said_not_raw_sql(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 27 A61, A62: F8 (a status) or Ctrl+Shift+Down (a merge) pressed while `rerun` in another process re-made the
    page's articles: "出错了: <Model: Article> instance matching query does not exist: SQL: SELECT … Params: […]"."""
    import subprocess
    import sys

    from jmreview.gui.crash import install_excepthook
    from jmreview.store import edits

    from ..conftest import ROOT

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    monkeypatch.setattr(window, "say", lambda text, *a: said.append(text))
    window.show()
    window.watch.timer.stop()   # the key is pressed before the window's next look at the database
    art = window.editor.article_id
    done = subprocess.run([sys.executable, "-m", "jmreview.cli", "rerun", "--db", str(window.session.store.path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert Article.get_or_none(Article.id == art) is None   # re-made under the window
    old = sys.excepthook
    try:
        install_excepthook()
        try:
            window.fix.merge(1)   # Ctrl+Shift+Down: its neighbour read outside an edit
        except Exception as exc:  # noqa: BLE001 — as Qt hands a slot's error to the hook
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.wait(50)
    finally:
        sys.excepthook = old
    assert not window.session.apply("status", edits.set_status, art, "reviewed")   # F8
    assert len(said) >= 2 and all("另一窗口中被删除" in text for text in said), said
    assert not any("SQL" in text or "Model" in text for text in said), said
    window.session.store.close()


@pytest.mark.parametrize("written", ["", "12.5", "big", "1e999", "99"])
def test_r27a_35_a_font_size_that_is_no_whole_number_keeps_no_window_from_opening(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, written: str) -> None:
    """Run 27 A35: `font_size=` (empty) or `font_size=12.5` in the settings file: the window never opened, at every
    start ("unexpected error: ValueError" on stderr only)."""
    from PySide6.QtCore import QSettings

    from jmreview.gui.dialogs import FONT_SIZE, font_size

    (tmp_path / "settings.ini").write_text(f"[General]\nfont_size={written}\n", encoding="utf-8")
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    assert window.isVisible()
    size = font_size(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert size == (12 if written == "12.5" else 32 if written == "99" else FONT_SIZE)
    window.session.store.close()


def test_r27a_54_a_long_import_report_fits_the_screen_with_every_line_in_its_details(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, chinese: None) -> None:
    """Run 27 A54: 120 refused pages: one box of 121 lines, taller than the screen, its 确定 below the bottom edge."""
    from jmreview.gui.import_report import SHOWN_LINES, report_box

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    lines = [f"拒绝导入：p{k:03}.txt：不是文本" for k in range(121)]
    report_box(window, lines)
    box = window.findChild(QMessageBox, "import_report")
    assert box is not None and box.isVisible()
    assert box.text().count("\n") <= SHOWN_LINES + 1 and "另有 106 行" in box.text(), box.text()
    assert box.detailedText().splitlines() == lines
    assert box.sizeHint().height() < window.screen().availableGeometry().height()
    box.close()
    window.session.store.close()


def test_r27a_40_a_restore_refused_for_the_systems_reason_says_it_in_chinese(chinese: None, tmp_path: Path) -> None:
    """Run 27 A40: the offered backup deleted while the restore dialog was open: "该备份无法使用（No such file or
    directory）" — the system's English inside the Chinese sentence."""
    from jmreview.gui.store_messages import user_message
    from jmreview.store.restore import RestoreFailed

    said = user_message(RestoreFailed(tmp_path / "db.sqlite3", tmp_path / "gone.sqlite3", "unusable",
                                      "No such file or directory"))
    assert "文件或文件夹不存在" in said and "No such" not in said, said


def test_r27a_30_a_title_longer_than_a_line_edit_holds_is_not_cut_by_return(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    """Run 27 A30: a 1,000,000-character title (from a corpus file) shown in 标题, End, Return, nothing typed: saved
    cut to 32,767 characters (Qt's limit of a line edit), an edit in the editor's name."""
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    art = window.editor.article_id
    window.session.store.db.execute_sql("UPDATE article SET title = ? WHERE id = ?", ["标" * 100_000, art])
    window.refresh()
    window.select_article(art)
    box = window.editor.edits["title"]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_End)
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert len(Article.get_by_id(art).title) == 100_000
    window.session.store.close()


def test_r27b_13_a_date_typed_2024_1_5_is_kept_and_named_as_kept(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 27 B13 in the window: 2024/1/5 typed in 日期 and Tab: saved as 2024-01-05, and the history names it so."""
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    art = window.editor.article_id
    _type(window, "date", "2024/1/5")
    assert Article.get_by_id(art).date == "2024-01-05"
    assert window.session.undo_stack.undoText().endswith("“2024-01-05”"), window.session.undo_stack.undoText()
    window.session.store.close()


def test_r27a_34_a_database_moved_while_open_is_not_sent_back_to_its_old_path(chinese: None, tmp_path: Path) -> None:
    """Run 27 A34: the database's folder renamed while the window was open: the refusal said "请重新打开 <the old
    path>", a path that no longer exists."""
    from jmreview.gui.store_messages import user_message
    from jmreview.store.opening import DatabaseReplaced

    said = user_message(DatabaseReplaced(tmp_path / "gone" / "x.sqlite3"))
    assert "现在所在的位置" in said and "打开数据库" in said and "请重新打开" not in said, said
    here = tmp_path / "here.sqlite3"
    here.write_bytes(b"")
    assert "请重新打开" in user_message(DatabaseReplaced(here))   # replaced where it was: opened there again


def test_r27a_16_a_reordering_mark_in_a_file_name_is_shown_as_an_escape_in_the_file_list(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    """Run 27 A16: a page named with U+202E (a right-to-left override) showed reversed; the command line escapes it."""
    page = tmp_path / "evil\u202etxt.page.txt"
    page.write_bytes((SEEDS / "003_4221d1719c757f4b.txt").read_bytes())
    window = open_window(qtbot, tmp_path, [page])
    model = window.files.model
    names = [model.data(model.index(k, 2)) for k in range(model.rowCount())]
    assert any("\\u202e" in name for name in names) and not any("\u202e" in name for name in names), names
    window.session.store.close()


def test_r28a_15_a_logout_with_typing_that_cannot_be_saved_closes_at_once_and_keeps_it(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 28 A15: SIGTERM (a logout) while another program held the write lock: the save waited, then a modal "locked"
    box held the window open; the session's final kill lost the text — not in the database, the log or a file."""
    from jmreview.gui.closing import kept_file

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: boxes.append(text))
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    _type(window, "reporters", "王五登出", leave=False)
    with _write_held(window):
        window.terminating = True   # as close_on_sigterm marks it
        assert window.close()
    assert not boxes, boxes
    assert "王五登出" in kept_file().read_text(encoding="utf-8")
    window.session.store.close()


@pytest.mark.parametrize("language", ["zh_TW", "zh-CN", "xx_YY"])
def test_r28a_18_a_language_it_has_no_words_for_is_chinese(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    """Run 28 A18: `language=zh_TW` (or zh-CN, xx_YY) in the settings: the whole window in English, unsaid, while the
    settings dialog showed 简体中文."""
    from PySide6.QtCore import QCoreApplication

    from jmreview.gui.app import install_translations

    translators = install_translations(qapp, language)
    try:
        assert QCoreApplication.translate("MainWindow", "Not closed") == "未关闭"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_r28a_21_a_refusal_quoting_a_million_character_title_is_short(chinese: None) -> None:
    """Run 28 A21: an undo refused over a 1,000,000-character title: the box quoted it whole — the window froze some
    40 s building a box 32,767 pixels tall."""
    from jmreview.gui.store_messages import user_message
    from jmreview.store.changes import EditConflict

    said = user_message(EditConflict("x", "article_changed", title="长" * 1_000_000))
    assert len(said) < 300, len(said)


def test_r28b_24_a_dropped_server_database_says_to_open_it_again_once_restored(chinese: None) -> None:
    """Run 28 B24: the database dropped and restored from a dump under an open window: "no longer exists … waiting will
    not bring it back" — it was back, and nothing said to open it again."""
    from jmreview.gui.store_messages import user_message
    from jmreview.store.server_errors import ServerGone

    said = user_message(ServerGone("postgresql://jm@/t2", why="dropped"))
    assert "恢复之后请重新打开" in said, said


def test_r28a_55_a_logout_during_an_import_stops_it_and_shows_no_box(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 28 A55: SIGTERM (a logout) during a window import of a folder: the import was cancelled, the window went,
    then a modal "cancelled" box waited — and after OK the process stayed, with no window, until killed. A plain close
    while the import runs is refused and said; a logout cancels it, waits for the file being read and shows nothing."""
    from jmreview.gui.jobs import import_into
    from jmreview.store.models import SourceFile

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: boxes.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: boxes.append("question"))
    folder = tmp_path / "pages"
    folder.mkdir()
    text = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    for k in range(60):
        (folder / f"2024-01-05_B{k:02d}.txt").write_text(f"{text}\n第{k}则补记。\n", encoding="utf-8")
    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    job = import_into(window, [folder])
    qtbot.waitUntil(lambda: SourceFile.select().count() > 2, timeout=20000)
    assert not window.close() and job.isRunning()   # refused while it runs
    assert "导入或导出" in window.statusBar().currentMessage()
    window.terminating = True   # as close_on_sigterm marks it
    assert window.close()
    assert not job.isRunning()
    qtbot.wait(300)
    assert not boxes, boxes
    assert SourceFile.select().count() < 61
    window.session.store.close()


def test_r28b_42_a_snapshot_of_damaged_team_work_says_so_in_the_window(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 28 B42 in the window: a snapshot (JSON with the sources) of team work another program damaged was said
    written, nothing more — restoring it is refused. It is said, in Chinese; a sound snapshot says nothing more."""
    from jmreview.gui.export_dialog import ExportChoice
    from jmreview.gui.jobs import export_to
    from jmreview.store.team import mark_double_review, review_copy

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a, **k: told.append(text))
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    page = window.current_file
    mark_double_review(window.session.store, "主编", page, ["甲", "乙"])

    def export(name: str) -> None:
        job = export_to(window, ExportChoice(tmp_path / name, "json", None, "original", "zh_CN", True))
        qtbot.waitUntil(lambda: job.isFinished(), timeout=30000)
        qtbot.wait(100)

    export("sound.json")
    assert not told and "sound.json" in window.statusBar().currentMessage()
    copy = review_copy(page, "乙")
    assert copy is not None
    with sqlite3.connect(window.session.store.path) as other:
        other.execute("UPDATE sourcefile SET review_editor = '' WHERE id = ?", (copy.id,))
    other.close()
    export("damaged.json")
    assert len(told) == 1 and "团队工作" in told[0] and "doctor" in told[0], told
    window.session.store.close()


def test_r28a_48_the_window_says_one_page_under_two_names(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 28 A48 in the window: one issue page under two names and a name's date that is no day, said in Chinese."""
    from jmreview.gui.jobs import import_into

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a, **k: told.append(text))
    folder = tmp_path / "pages"
    folder.mkdir()
    text = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    for k, name in enumerate(["2024-01-05_A03", "20240105_A03", "2024-02-30_A04"]):
        (folder / f"{name}.txt").write_text(f"{text}\n第{k}则。\n", encoding="utf-8")
    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    job = import_into(window, [folder])
    qtbot.waitUntil(lambda: job.isFinished() and bool(told), timeout=30000)
    assert "是同一版（2024-01-05 A03）" in told[0] and "2024-02-30 不存在" in told[0], told
    window.session.store.close()


def test_r29a_41_text_typed_then_left_under_a_write_lock_is_kept_and_said(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 29 A41: another program held the write lock; a reporter typed, then Alt+Down to the next article: "locked,
    nothing saved" — and the text was gone: not in the field, not in `unsaved typing.txt`, the log or the database."""
    from jmreview.gui.closing import kept_file

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    first = window.editor.article_id
    with _write_held(window):
        _type(window, "reporters", "离开时的记者", leave=False)
        nxt = Article.select().where(Article.id != first).order_by(Article.reading_order).first()
        window.select_article(nxt.id)   # as Alt+Down does
        qtbot.wait(800)
    assert "离开时的记者" in kept_file().read_text(encoding="utf-8"), said
    assert any("离开时的记者" in text for text in said), said
    window.session.store.close()


def test_r29a_9_10_a_logout_while_the_saves_own_box_is_open_keeps_the_text(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 29 A9, A10: another program held the write lock; a reporter typed, then Tab (or Ctrl+Q); the save's
    "locked" box opened, and a logout (SIGTERM) came while it was open: the window closed with the text kept nowhere
    (the field was no longer counted as unsaved while its save ran), or stayed open on a "Not closed" box."""
    from jmreview.gui.closing import kept_file

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    closed: list[bool] = []

    def box_open_at_logout(_w, _t, text, *a):  # type: ignore[no-untyped-def]
        window.terminating = True   # the logout arrives while the box waits (close_on_sigterm)
        closed.append(window.close())

    monkeypatch.setattr(QMessageBox, "warning", box_open_at_logout)
    with _write_held(window):
        _type(window, "reporters", "登出时框开着", leave=False)
        window.editor._commit("reporters")   # Tab: the save refused, its box open
    assert closed == [True]
    assert "登出时框开着" in kept_file().read_text(encoding="utf-8")
    window.session.store.close()


def test_r29a_22_an_unsaved_typing_file_made_a_fifo_never_holds_a_logout(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Run 29 A22: `unsaved typing.txt` made a FIFO: a logout with unsaved typing never ended (the append waited for
    a reader). It is written only as a regular file; the log holds the text otherwise."""
    import os

    from jmreview.gui.closing import keep_text, kept_file

    path = kept_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    os.mkfifo(path)
    try:
        assert keep_text("写进管道", "记者") is None
    finally:
        path.unlink()


def test_r29a_38_48_text_whose_save_failed_otherwise_is_kept_at_the_close(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 29 A38, A48: the database truncated (or its journal locked) under typing: the close's save failed with an
    error of SQLite's, not a refusal — and the field, taken off the unsaved ones before the save, was kept nowhere."""
    from jmreview.gui.closing import kept_file
    from jmreview.store import edits

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    _type(window, "reporters", "截断时的记者", leave=False)

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(edits, "set_article_field", broken)
    window.terminating = True   # a logout: never refused, what cannot be saved is kept
    assert window.close()
    assert "截断时的记者" in kept_file().read_text(encoding="utf-8")
    window.session.store.close()


def test_r29a_31_text_typed_when_another_process_replaces_the_page_is_not_lost(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 29 A31: a reporter typed (no Return); another process imported a new version of the page (--replace): the
    window moved to the new version, "replaced … nothing was changed", 记者 empty — the text in no article, file or
    log. It stays in the field of the new version's article (Return saves it), or is kept in the file and said."""
    from jmreview.gui.closing import kept_file

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    page = tmp_path / "000_fe75734c17ad953c.txt"
    page.write_text((SEEDS / page.name).read_text(encoding="utf-8"), encoding="utf-8")
    window = open_window(qtbot, tmp_path, [page])
    _type(window, "reporters", "换版时的记者", leave=False)
    delivered_under(qtbot, window, page, "六大工程", "七大工程")
    in_field = window.editor.edits["reporters"].text() == "换版时的记者" and "reporters" in window.editor.typing
    kept = kept_file().exists() and "换版时的记者" in kept_file().read_text(encoding="utf-8")
    assert in_field or kept, (window.editor.edits["reporters"].text(), said)
    window.session.store.close()


def test_r29a_36_a_bad_pattern_from_the_settings_says_where_it_is(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 29 A36: a colleague's settings file held a backtracking file-name pattern; the window's import was refused
    in Chinese, but nothing said the pattern came from Edit → Settings — the editor had typed none."""
    from jmreview.gui.jobs import import_into

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a, **k: told.append(text))
    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    window.settings.setValue("page_patterns", ["(?P<page>\\d)?(a+)+b"])
    job = import_into(window, [SEEDS / "003_4221d1719c757f4b.txt"])
    qtbot.waitUntil(lambda: job.isFinished() and bool(told), timeout=30000)
    assert "编辑 → 设置" in told[0], told
    window.session.store.close()


def test_r29a_45_a_restore_asks_again_when_the_database_changed_while_its_list_was_open(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 29 A45: File → Restore a backup open; another process imported six pages meanwhile; OK restored at once —
    nothing said that those pages were taken back. It asks again; No leaves the database as it is."""
    import subprocess
    import sys

    from PySide6.QtWidgets import QInputDialog

    from jmreview.store.backup import make_backup
    from jmreview.store.models import SourceFile

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    path = window.session.store.path
    make_backup(path, "on-open")
    asked: list[str] = []

    def meanwhile(*a, **k):  # type: ignore[no-untyped-def]
        other = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(SEEDS / "004_8fe30a7831068c4f.txt"),
                                "--db", str(path)], capture_output=True, text=True, timeout=120)
        assert other.returncode == 0, other.stderr
        return a[3][0], True

    monkeypatch.setattr(QInputDialog, "getItem", meanwhile)
    monkeypatch.setattr(QMessageBox, "question", lambda _w, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    window.restore_backup()
    assert asked and "while the list was open" in asked[0], asked
    assert SourceFile.select().count() == 2   # not restored: the page imported meanwhile is there
    window.session.store.close()


def test_r30a_7_typing_that_cannot_be_kept_in_the_file_either_is_said_before_closing(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 30 A7: the home disk full under the window; a reporter typed, Return refused, Ctrl+Q refused once, Ctrl+Q
    again: the window closed without a word, `unsaved typing.txt` made empty — the text in no file. It is said (the
    text on the clipboard), and a third close closes; no empty file is left."""
    import errno

    from jmreview.gui import closing
    from jmreview.store import edits

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    if closing.kept_file().exists():
        closing.kept_file().unlink()
    _type(window, "reporters", "满盘时的记者", leave=False)

    def full(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(edits, "set_article_field", full)
    monkeypatch.setattr(closing.os, "write", full)
    assert not window.close()   # refused once: not saved
    assert not window.close()   # refused again: not kept either, said
    assert window.findChild(QMessageBox, "unkept_on_close") is not None
    assert not closing.kept_file().exists()
    assert window.close()
    window.session.store.close()


def test_r30a_32_a_restore_by_another_program_says_the_windows_edits_were_taken_back(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 30 A32: a reporter saved in the window; another program restored an older backup: the window said only
    "已显示另一个窗口所做的修改" while its history still listed the reporter's edit as done."""
    import subprocess
    import sys

    from jmreview.store.backup import make_backup

    said: list[str] = []
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    monkeypatch.setattr(window, "say", lambda text, *a: said.append(text))
    path = window.session.store.path
    older = make_backup(path, "on-open")
    _type(window, "reporters", "恢复前的记者")
    assert window.session.undo_stack.count() == 1
    restored = subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                               "from jmreview.store.restore import restore_backup; "
                               "restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))", str(older), str(path)],
                              capture_output=True, text=True, timeout=120)
    assert restored.returncode == 0, restored.stderr
    for _ in range(30):
        window.watch.check()
        qtbot.wait(100)
        if said:
            break
    assert any("taken back" in text for text in said), said
    assert window.session.undo_stack.count() == 0
    box = window.findChild(QMessageBox, "edits_gone_box")   # in view, not only in the status bar (run 43 B39)
    assert box is not None and "no longer in the database" in box.text(), box
    window.session.store.close()


def test_r30a_52_a_saved_change_is_in_the_database_file_itself(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Run 30 A52: a reporter saved in the window, then `cp db copy` (the file alone, as a sync tool copies it): the
    copy lacked the saved edit — still only in the -wal; doctor said ok on the copy."""
    import shutil

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    art = window.editor.article_id
    _type(window, "reporters", "复制前的记者")
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(window.session.store.path, copy)
    with sqlite3.connect(copy) as con:
        assert "复制前的记者" in con.execute("SELECT reporters FROM article WHERE id = ?", (art,)).fetchone()[0]
    con.close()
    window.session.store.close()
