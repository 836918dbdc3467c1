"""Run 14 A39 (issue 10): text being typed into an article another process merges or re-runs away is not dropped
without a word — it stays in the fields of the article now holding its lines (Return saves it there)."""
from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from jmreview.store.models import Article, Block, SourceFile

from ..conftest import ROOT
from .test_eighth_run_window import MERGE

RUN = [sys.executable, "-m", "jmreview.cli"]


def _type(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    line = window.editor.edits["title"]
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(line.hasFocus)
    line.selectAll()
    line.insert(text)   # no Return yet


def _reloaded(window, qtbot, seen: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.watch.seen_version != seen, timeout=8000)
    qtbot.wait(50)


def test_r14_a39_typing_into_an_article_merged_away_stays_on_the_article_holding_its_lines(  # type: ignore[no-untyped-def]
        chinese, window, qtbot, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    keep, gone = (r.id for r in window.articles.model.rows[:2])
    window.select_article(gone)
    _type(window, qtbot, "合并时正在打的标题")
    seen = window.watch.seen_version
    _merge_elsewhere(window, keep, gone)
    _reloaded(window, qtbot, seen)
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert Article.get_or_none(Article.id == gone) is None
    assert window.current_article == keep and window.editor.isEnabled()
    assert window.editor.edits["title"].text() == "合并时正在打的标题"           # still there
    assert "合并" in told[0] and "回车" in told[0], told
    before = Article.get_by_id(keep).title
    line = window.editor.edits["title"]
    line.setFocus()
    window.page.setFocus()                                 # the field left (a message box takes the focus too)
    qtbot.waitUntil(lambda: not line.hasFocus())
    assert Article.get_by_id(keep).title == before        # not saved on an article it was not typed for
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert Article.get_by_id(keep).title == "合并时正在打的标题"


def test_r14_a39_carried_text_left_without_return_is_handed_back_not_saved(  # type: ignore[no-untyped-def]
        chinese, window, qtbot, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    keep, gone, third = (r.id for r in window.articles.model.rows[:3])
    window.select_article(gone)
    _type(window, qtbot, "带过去的标题")
    seen = window.watch.seen_version
    _merge_elsewhere(window, keep, gone)
    _reloaded(window, qtbot, seen)
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    before = Article.get_by_id(keep).title
    window.select_article(third)
    qtbot.waitUntil(lambda: len(told) == 2, timeout=3000)
    assert "剪贴板" in told[1] and QApplication.clipboard().text() == "带过去的标题"
    assert Article.get_by_id(keep).title == before and Article.get_by_id(third).title != "带过去的标题"


def test_r14_a39_typing_into_an_article_re_run_away_stays_on_its_new_article(  # type: ignore[no-untyped-def]
        chinese, window, qtbot, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    first = window.articles.model.rows[0].id
    window.select_article(first)
    line = Block.select().where(Block.article == first).order_by(Block.line).first().line
    _type(window, qtbot, "重跑时正在打的标题")
    seen = window.watch.seen_version
    page = SourceFile.get_by_id(window.current_file).name
    out = subprocess.run([*RUN, "rerun", "--file", page, "--db", str(window.session.store.path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    _reloaded(window, qtbot, seen)
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    now = Block.get((Block.file == window.current_file) & (Block.line == line)).article_id
    assert Article.get_or_none(Article.id == first) is None and now != first
    assert window.current_article == now and window.editor.edits["title"].text() == "重跑时正在打的标题"
    qtbot.keyClick(window.editor.edits["title"], Qt.Key.Key_Return)
    assert Article.get_by_id(now).title == "重跑时正在打的标题"


def test_r14_a39_typing_into_an_article_whose_lines_went_to_no_article_is_handed_back(  # type: ignore[no-untyped-def]
        chinese, window, qtbot, monkeypatch) -> None:
    """No article holds its lines any more: the text cannot be saved — it is said, with the text, and put on the
    clipboard."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    first = window.articles.model.rows[0].id
    window.select_article(first)
    _type(window, qtbot, "无处可存的标题")
    seen = window.watch.seen_version
    script = ("import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
              "from jmreview.store.database import Store; from jmreview.store.models import Article, Block; "
              "s = Store(Path(sys.argv[2]), backups=False); "
              "s.db.execute_sql('UPDATE block SET article_id = NULL WHERE article_id = ?', (int(sys.argv[3]),)); "
              "Article.delete_by_id(int(sys.argv[3])); s.close()")
    out = subprocess.run([sys.executable, "-c", script, str(ROOT), str(window.session.store.path), str(first)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    _reloaded(window, qtbot, seen)
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert "无处可存的标题" in told[0] and "剪贴板" in told[0], told
    assert QApplication.clipboard().text() == "无处可存的标题"


def _merge_elsewhere(window, keep: int, gone: int) -> None:  # type: ignore[no-untyped-def]
    """Another process merges `gone` into `keep` and commits."""
    out = subprocess.run([sys.executable, "-c", MERGE, str(ROOT), str(window.session.store.path), str(keep),
                          str(gone)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def test_r15_b33_f8_and_accept_all_refuse_an_article_changed_since_it_was_shown(  # type: ignore[no-untyped-def]
        chinese, window, qtbot, monkeypatch) -> None:
    """Run 15 B#33: the next article merged into the shown one by another process before the window reloaded: F8
    marked the grown article reviewed and Ctrl+Alt+A accepted suggestions in lines nobody had seen."""
    from jmreview.store.models import Entity

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    window.watch.timer.stop()   # the window has not looked yet (a slow machine, a stopped process)
    shown, following, third = (r.id for r in window.articles.model.rows[:3])
    window.select_article(shown)
    _merge_elsewhere(window, shown, following)
    window.actions_by_name["accept_all"].trigger()
    assert len(told) == 1 and "另一" in told[0], told   # refused; the window shows the article as it is now
    _merge_elsewhere(window, shown, third)                # …and it grows again before the next look
    window.actions_by_name["reviewed_next"].trigger()
    assert len(told) == 2 and "另一" in told[1], told
    assert Article.get_by_id(shown).status == "auto"
    assert not Entity.select().where((Entity.article == shown) & (Entity.status == "accepted")).exists()


def test_r15_b32_f8_on_an_article_merged_away_says_so(chinese, window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Run 15 B#32: F8 or Ctrl+Alt+A on an article another process merged away: a raw SQL error dialog."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    window.watch.timer.stop()
    keep, shown = (r.id for r in window.articles.model.rows[:2])
    window.select_article(shown)
    _merge_elsewhere(window, keep, shown)
    window.actions_by_name["reviewed_next"].trigger()
    window.actions_by_name["accept_all"].trigger()
    assert told and all("另一" in t for t in told), told
    assert Article.get_by_id(keep).status == "auto"
