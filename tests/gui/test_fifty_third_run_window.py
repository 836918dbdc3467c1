"""Issue 10, run 53, in the window: the minor unclear rows of a short run on run 52's fixes."""
from __future__ import annotations

from pathlib import Path

import pytest


def test_r53a_2_the_window_says_the_moved_noise_line_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    """Run 53 A2 in the window: both the new line's note and an old version's line read in Chinese."""
    from jmreview.gui.cue_text import carried_text
    from jmreview.workflows.carry_notes import CARRY_NOTES, LINE, LINE_WAS, noted

    moved = carried_text("A01.txt: " + noted(LINE.format(n=23), CARRY_NOTES["noise_now"].format(was=27)))
    assert moved.startswith("A01.txt：第 23 行（这一行在旧版本中是第 27 行"), moved
    gone = carried_text(noted(LINE_WAS.format(n=27), CARRY_NOTES["noise_unsure"]))
    assert gone.startswith("旧版本第 27 行（"), gone


def test_r53a_12_a_title_typed_when_a_delivery_replaces_the_page_waits_for_return(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 53 A12: a title typed (no Return) when the command line imported the page's new version: a box said
    "nothing was changed", the field showed the old title, and the typed title was then saved on the new version
    when the editor clicked elsewhere. The typing stays in the field of the new version's article, said so; leaving
    the field saves nothing; Return saves it there."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.store.models import Article

    from ..conftest import SEEDS
    from .conftest import open_window
    from .test_twenty_seventh_run_window import _type, delivered_under

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    page = tmp_path / "A01.txt"
    page.write_text((SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8"), encoding="utf-8")
    window = open_window(qtbot, tmp_path, [page])
    _type(window, "title", "李明改的标题", leave=False)
    delivered_under(qtbot, window, page, "当前，江门正全面落实", "目前，江门正全面落实")
    editor = window.editor
    new = Article.get_by_id(editor.article_id)
    assert new.file_id != 1 and editor.edits["title"].text() == "李明改的标题", editor.edits["title"].text()
    assert any("stays in the field" in s and "Return" in s for s in said), said
    assert not any("nothing was changed" in s for s in said), said
    editor._commit("title")   # the editor clicks elsewhere: nothing saved
    assert not Article.select().where(Article.title == "李明改的标题").exists()
    editor._returned("title")   # Return
    editor._commit("title")
    assert Article.get_by_id(new.id).title == "李明改的标题"
    window.session.store.close()
