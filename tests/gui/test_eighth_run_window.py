"""The eighth adversarial run's window findings (issue 10): each test fails on the code before its fix."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jmreview.store.models import Article

from ..conftest import ROOT

OTHER = r"""
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from jmreview.store import edits
from jmreview.store.database import Store
with Store(Path(sys.argv[2]), backups=False) as store:
    edits.set_article_field(store, "乙", int(sys.argv[3]), sys.argv[4], sys.argv[5])
"""


def other_process(db: Path, article_id: int, name: str, value: str) -> None:
    """Another program (a colleague's window, the command line) changes one field and commits."""
    out = subprocess.run([sys.executable, "-c", OTHER, str(ROOT), str(db), str(article_id), name, value],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def type_then_wait_for_a_reload(window, qtbot, name: str, text: str, change: tuple[int, str, str]) -> None:  # type: ignore[no-untyped-def]
    """Click a field, select all, type (no Return); another process commits; the window reloads."""
    line = window.editor.edits[name]
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(line.hasFocus)
    line.selectAll()
    line.insert(text)  # QTest cannot type non-ASCII keys; an input method inserts like this
    seen = window.watch.seen_version
    other_process(window.session.store.path, *change)
    qtbot.waitUntil(lambda: window.watch.seen_version != seen, timeout=5000)   # the window reloaded


def test_51_typing_is_kept_across_a_reload(chinese, window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    mine, other = (r.id for r in window.articles.model.rows[:2])
    window.select_article(mine)
    typed = {"title": "打字的标题", "kicker": "打字的引题", "subtitle": "打字的副题", "date": "2024-05-06",
             "reporters": "张三 李四", "correspondents": "王五", "photographers": "赵六", "sources": "新华社"}
    for n, (name, text) in enumerate(typed.items()):
        type_then_wait_for_a_reload(window, qtbot, name, text, (other, "title", f"别处{n}"))
        assert window.editor.edits[name].text() == text   # what the editor typed is still in the field
        qtbot.keyClick(window.editor.edits[name], Qt.Key.Key_Return)
        stored = getattr(Article.get_by_id(mine), name)
        assert stored == (text.split() if isinstance(stored, list) else text), name
    assert told == []
    # the article itself changed meanwhile: the editor is told, the text stays; Return again saves it
    type_then_wait_for_a_reload(window, qtbot, "title", "我的新标题", (mine, "kicker", "同事改的引题"))
    assert window.editor.edits["title"].text() == "我的新标题"
    qtbot.keyClick(window.editor.edits["title"], Qt.Key.Key_Return)
    assert len(told) == 1 and "另一窗口" in told[0] and "未做任何更改" in told[0]
    assert Article.get_by_id(mine).title == "打字的标题"
    assert window.editor.edits["title"].text() == "我的新标题"
    assert window.editor.edits["kicker"].text() == "同事改的引题"
    qtbot.keyClick(window.editor.edits["title"], Qt.Key.Key_Return)
    assert Article.get_by_id(mine).title == "我的新标题" and len(told) == 1
    # typing, then going to the next article with the keyboard: the text is saved on the article it was typed for
    line = window.editor.edits["subtitle"]
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    line.selectAll()
    line.insert("离开前的副题")
    window.actions_by_name["next_article"].trigger()
    qtbot.waitUntil(lambda: Article.get_by_id(mine).subtitle == "离开前的副题", timeout=3000)
    assert window.current_article == other and Article.get_by_id(other).subtitle != "离开前的副题"


MERGE = r"""
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from jmreview.store import edits
from jmreview.store.database import Store
with Store(Path(sys.argv[2]), backups=False) as store:
    edits.merge_articles(store, "乙", int(sys.argv[3]), int(sys.argv[4]))
"""


def test_41_the_refused_undo_names_the_edit_in_chinese(chinese, window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from jmreview.store import edits
    from jmreview.store.models import Block

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    first = window.articles.model.rows[0].id
    block = Block.select().where(Block.article == first).order_by(Block.line)[2]
    assert window.session.apply("从这里开始新文章", edits.split_article, block.id)
    new = Block.get_by_id(block.id).article_id
    out = subprocess.run([sys.executable, "-c", MERGE, str(ROOT), str(window.session.store.path), str(first), str(new)],
                         capture_output=True, text=True, timeout=60)   # another window merges it back
    assert out.returncode == 0, out.stderr
    window.session.undo_stack.undo()
    assert len(told) == 1, told
    assert f"无法撤销“从第 {block.line} 行开始新文章”" in told[0], told[0]
    assert "new article" not in told[0]


def test_50_a_failed_export_is_said_in_chinese(chinese, window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno
    import os

    from jmreview.gui.export_dialog import ExportChoice
    from jmreview.gui.jobs import export_to

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))

    def export(path: Path) -> str:
        job = export_to(window, ExportChoice(path, "xlsx", None, "original", "zh_CN", False))
        qtbot.waitUntil(lambda: job.isFinished() and bool(told), timeout=30000)
        return told.pop()

    real_fsync = os.fsync

    def full(fd: int) -> None:   # the disk fills up as the workbook is flushed
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    said = export(tmp_path / "out.xlsx")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert said == f"无法写入 {tmp_path / 'out.xlsx'}：磁盘空间已满；同名的原有文件（如有）保持不变", said
    (tmp_path / "folder.xlsx").mkdir()
    said = export(tmp_path / "folder.xlsx")
    assert said == f"{tmp_path / 'folder.xlsx'} 不是普通文件（文件夹）；没有向它写入任何内容——请另选文件名", said
    said = export(window.session.store.path)
    assert said.startswith(f"{window.session.store.path} 是数据库"), said
    assert not list(tmp_path.glob(".out.xlsx*")) and not (tmp_path / "out.xlsx").exists()


SLOW = [r"^(?P<page>(a|a)*)$", r"^(?P<page>(a|aa)*)$", r"^(?P<page>(?:a?){30}a{30})$",
        r"^(?P<page>" + "a?" * 30 + "a" * 30 + ")$", r"(?P<page>" + ".*" * 6 + ")!"]
FINE = [r"(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)-p(?P<page>\d+)", r"^第?(?P<page>[A-Za-z]\d{1,2}|\d{1,2})版?$",
        r"(?P<y>\d{4})[-_.]?(?P<m>\d{1,2})[-_.]?(?P<d>\d{1,2}).*?(?P<page>[A-Z]?\d+)"]


def test_1_26_a_page_pattern_that_backtracks_is_refused_and_said_in_chinese(chinese, window, qtbot, tmp_path: Path,
                                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time

    from jmreview.analysis.newspaper import NAME_PATTERNS, page_identity
    from jmreview.gui.dialogs import SettingsDialog, page_patterns

    page = tmp_path / ("a" * 40 + "!.txt")
    page.write_text("标题\n\n　　正文。\n", encoding="utf-8")
    for pattern in SLOW:   # the command line refuses it at once, nothing imported
        out = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(page), "--page-pattern", pattern,
                              "--db", str(tmp_path / "p.sqlite3")], capture_output=True, text=True, timeout=20,
                             cwd=ROOT)
        assert out.returncode == 2 and "ways to match" in out.stderr, (pattern, out.stderr)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    for pattern in SLOW:   # the settings dialog says why, in Chinese, and keeps nothing
        dialog = SettingsDialog(window.settings, window.session, window)
        dialog.patterns.setPlainText(pattern)
        dialog.accept()
        assert told and "匹配方式" in told[-1] and "重复" in told[-1], told[-1:]
        assert pattern not in page_patterns(window.settings)
    dialog = SettingsDialog(window.settings, window.session, window)
    dialog.patterns.setPlainText("\n".join(FINE))
    dialog.accept()
    assert page_patterns(window.settings) == FINE
    names = ["a" * 80, "a" * 79 + "!", "2024" * 20, "2" * 79 + "!", "0" * 40 + "-p" + "1" * 38]
    start = time.monotonic()   # what is accepted stays quick on the worst names
    for name in names:
        page_identity("", name + ".txt", (), (*FINE, *NAME_PATTERNS))
    assert time.monotonic() - start < 2


def pages_for_a_long_import(folder: Path, n: int) -> Path:
    """n different pages (the seeds with a line of their own), so an import runs for several seconds."""
    from ..conftest import SEEDS

    seeds = sorted(SEEDS.glob("*.txt"))
    folder.mkdir()
    for k in range(n):
        text = seeds[k % len(seeds)].read_text(encoding="utf-8")
        (folder / f"p{k:03d}.txt").write_text(f"{text}\n　　{folder.name}版第{k}篇补白。\n", encoding="utf-8")
    return folder


def start_import(folder: Path, db: Path) -> tuple[subprocess.Popen[str], list[str]]:
    """A command-line import in its own process; its stderr lines are collected as they come."""
    import threading

    proc = subprocess.Popen([sys.executable, "-m", "jmreview.cli", "import", str(folder), "--workers", "1",
                             "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True).start()  # type: ignore[union-attr]
    return proc, lines


def test_48_no_restore_under_a_running_import(chinese, window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from jmreview.store.backup import copy_database, list_backups
    from jmreview.store.models import SourceFile

    db = window.session.store.path
    folder = pages_for_a_long_import(tmp_path / "big", 40)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: told.append(text))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))   # the newest backup
    proc, lines = start_import(folder, db)
    qtbot.waitUntil(lambda: any(line.startswith("[3/") for line in lines), timeout=60000)
    window.restore_backup()   # Ctrl+Alt+B while the import writes
    assert told and "另一个程序" in told[0] and "完成后再试" in told[0], told
    out, _ = proc.communicate(timeout=180)
    assert proc.returncode == 0, lines
    assert out.startswith("40 imported") and SourceFile.select().count() == 41, out
    # a restore that knows nothing of the import (an older jmreview, a copy by hand) between its transactions:
    # the import does not claim the pages that went with it
    backup = list_backups(db)[0].path
    proc, lines = start_import(pages_for_a_long_import(tmp_path / "more", 40), db)
    qtbot.waitUntil(lambda: any(line.startswith("[5/") for line in lines), timeout=60000)
    copy_database(backup, db)
    out, rest = proc.communicate(timeout=180)   # communicate reads stderr too: what the thread did not get is here
    lines = lines + rest.splitlines()
    there = SourceFile.select().where(SourceFile.folder.contains("more")).count()
    assert 0 < there < 40 and out.startswith(f"{there} imported"), (there, out, lines[-3:])
    assert any("no longer in the database" in line for line in lines), lines[-5:]
