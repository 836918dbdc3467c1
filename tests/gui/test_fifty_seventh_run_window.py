"""Issue 10, run 57, in the window: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ..conftest import SEEDS
from .conftest import open_window


def settled(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Every import job of the window over, its report given (a box left to a later test's event loop, after this
    test's window is gone, ends the process)."""
    qtbot.waitUntil(lambda: len(getattr(window, "_jobs", [])) >= 2
                    and all(job.isFinished() for job in window._jobs), timeout=30000)
    qtbot.wait(500)


def test_r57a_18_the_windows_question_for_a_renamed_delivery_names_its_page(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 57 A18: the page imported as `A01 (1).txt`, nobody worked on it; its next delivery `A01.txt` imported
    with File → Import folder: the box asked of "changed articles people worked on" and never said which page the
    file was taken for. It names the page, in Chinese; 是 makes it that page's new version, asked once."""
    from jmreview.gui.jobs import import_into
    from jmreview.store.models import SourceFile

    folder = tmp_path / "p"
    folder.mkdir()
    first = folder / "A01 (1).txt"
    first.write_bytes((SEEDS / "001_69ca20e02664ffc6.txt").read_bytes())
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _w, _t, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a, **k: told.append(text))
    window = open_window(qtbot, tmp_path, [first])
    (folder / "A01.txt").write_text(first.read_text(encoding="utf-8").replace("当前，江门正全面落实", "目前，江门正全面落实"),
                                    encoding="utf-8")
    first.unlink()
    job = import_into(window, [folder])
    qtbot.waitUntil(lambda: job.isFinished() and bool(asked), timeout=30000)
    qtbot.waitUntil(lambda: SourceFile.select().where(SourceFile.replaced_by.is_null()).count() == 1
                    and SourceFile.select().count() == 2, timeout=30000)
    settled(qtbot, window)
    assert len(asked) == 1, asked
    assert "A01.txt：被当作版面 A01 (1).txt 改了名的重新交稿" in asked[0], asked
    assert "人工处理过的文章" not in asked[0].split("要把它们")[0], asked
    window.session.store.close()


def test_r57a_17_yes_in_the_window_imports_each_days_page_of_a_dated_archive(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 57 A17 in the window: two days' A01 of a year/month/day archive, each with an article a person titled,
    delivered anew with a line of it mended: 是 on the question imports both (the files are found again by the
    folders they are known by, `2026/01/01`, not by their own folder's name `01`)."""
    from jmreview.gui.jobs import import_into
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, Block, SourceFile

    text = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")
    archive = tmp_path / "jm"
    pages = []
    for day, extra in (("2026/01/01", ""), ("2026/01/02", "\n本报讯 另一天的版面。\n")):
        (archive / day).mkdir(parents=True)
        pages.append(archive / day / "A01.txt")
        pages[-1].write_text(text + extra, encoding="utf-8")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a, **k: told.append(text))
    window = open_window(qtbot, tmp_path, pages)
    store = window.session.store
    for sf in SourceFile.select():
        block = next(b for b in Block.select().where(Block.file == sf.id)
                     if "当前，江门正全面落实" in sf.text[b.start:b.end])
        set_article_field(store, "甲", block.article_id, "title", "人工标题")
    for page in pages:
        page.write_text(page.read_text(encoding="utf-8").replace("当前，江门正全面落实", "目前，江门正全面落实"),
                        encoding="utf-8")
    job = import_into(window, [archive])
    qtbot.waitUntil(lambda: job.isFinished(), timeout=30000)
    qtbot.waitUntil(lambda: SourceFile.select().count() == 4, timeout=30000)
    settled(qtbot, window)
    assert any("已标记待复审" in t for t in told), told   # the second job's report: its box shown, not left behind
    current = SourceFile.select().where(SourceFile.replaced_by.is_null())
    assert sorted(f.folder for f in current) == ["2026/01/01", "2026/01/02"]
    assert Article.select().where(Article.title == "人工标题").join(SourceFile).where(
        SourceFile.replaced_by.is_null()).count() == 2
    window.session.store.close()
