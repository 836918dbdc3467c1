"""Issue 10, run 24, in the window: the sample pages offered to an empty database that is empty no more."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ..conftest import ROOT, SEEDS


def test_r24b_48_samples_are_not_imported_into_a_corpus_copied_in_while_the_window_asked(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 24 B48: a window on an empty database asked "数据库是空的。要导入随附的示例版面开始吗？"; meanwhile the team's
    corpus was copied in (`jmreview copy`); 是 then imported the sample pages into the team's corpus."""
    from jmreview.gui.app import open_window
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile

    db = tmp_path / "x.sqlite3"
    Store(db).close()
    page = SEEDS / "003_4221d1719c757f4b.txt"

    def asked(*_a, **_k) -> QMessageBox.StandardButton:  # type: ignore[no-untyped-def]
        done = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(page), "--db", str(db)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)   # the team's corpus arrives meanwhile
        assert done.returncode == 0, done.stderr
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", asked)
    monkeypatch.delenv("JMREVIEW_SAMPLES", raising=False)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(db, QApplication.instance(), settings, ask=True)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.wait(1500)
    qtbot.waitUntil(lambda: not any(job.isRunning() for job in getattr(window, "_jobs", [])), timeout=60000)
    assert [f.name for f in SourceFile.select()] == [page.name]   # the team's page only: no sample pages
    window.session.store.close()


def test_r24a_35_cancel_during_a_long_file_says_it_is_stopping_and_that_file_is_not_imported(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 24 A35: Cancel while a 40,000-line page was read: the progress box went away with no word, and the page
    was imported some 95 s later all the same."""
    from PySide6.QtWidgets import QProgressDialog

    from jmreview.gui.jobs import import_into
    from jmreview.store.models import SourceFile

    from .conftest import open_window

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    import random

    common = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    chars = sorted({ch for ch in common if "\u4e00" <= ch <= "\u9fff"})
    pick = random.Random(24)
    long_page = tmp_path / "long.txt"   # new text on every line: read for seconds, as a long page is
    long_page.write_text("\n".join("".join(pick.choice(chars) for _ in range(40)) for _ in range(6000)),
                         encoding="utf-8")
    window = open_window(qtbot, tmp_path, [])
    job = import_into(window, [long_page])
    box = window.findChild(QProgressDialog, "progress_dialog")
    assert box is not None
    box.canceled.emit()   # as its Cancel button does, at once: the page is still being read
    stopping = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert job.isFinished() or any("正在停止" in d.labelText() for d in stopping), [d.labelText() for d in stopping]
    qtbot.waitUntil(job.isFinished, timeout=60000)
    qtbot.wait(200)
    assert SourceFile.select().count() == 0   # that file not written
    assert said and "取消" in said[-1], said
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))
    window.session.store.close()


def test_r26a_39_sigterm_closes_the_window_as_ctrl_q_does_saving_what_is_typed(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path) -> None:
    """Run 26 A39: text typed into 通讯员 and not yet committed was lost when the window got SIGTERM (what a logout or
    a shutdown sends); Ctrl+Q saved it."""
    import os
    import signal

    from PySide6.QtCore import Qt

    from jmreview.gui.app import close_on_sigterm
    from jmreview.store.models import Article

    from .conftest import open_window

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    art = window.editor.article_id
    field = window.editor.edits["correspondents"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    field.insert("王通讯")   # as an input method does (QTest types no Chinese)
    window.editor._typed("correspondents")
    before = signal.getsignal(signal.SIGTERM)
    try:
        close_on_sigterm(QApplication.instance())  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        signal.signal(signal.SIGTERM, before)
    assert Article.get_by_id(art).correspondents == ["王通讯"]
    window.session.store.close()


def test_r26a_31_an_undo_refused_for_now_stays_on_the_stack_to_be_tried_again(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 26 A31: an undo refused by a full disk ("腾出一些空间后再试"): undo and redo were then greyed out and the
    step gone from the history until the window was opened again — the retry the message advised could not be made.
    The same for another program's write lock (busy): the step stays, and undo works once it is let go."""
    import sqlite3

    from jmreview.store import edits
    from jmreview.store.models import Article

    from .conftest import open_window

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    art = window.editor.article_id
    before = Article.get_by_id(art).title
    window.session.apply("title", edits.set_article_field, art, "title", "要撤销的标题")
    window.session.store.db.execute_sql("PRAGMA busy_timeout = 500")   # (the window's own wait: 1.5 s)
    holder = sqlite3.connect(window.session.store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")   # another program's write, held
    try:
        window.actions_by_name["undo"].trigger()
        qtbot.wait(300)
        assert said, "the refusal is said"
        assert window.session.undo_stack.canUndo() and Article.get_by_id(art).title == "要撤销的标题"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    window.actions_by_name["undo"].trigger()   # let go: the same step undone
    qtbot.wait(100)
    assert Article.get_by_id(art).title == before
    window.session.store.close()
