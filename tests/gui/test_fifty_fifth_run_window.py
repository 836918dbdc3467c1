"""Issue 10, run 55, in the window: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ..conftest import SEEDS
from .conftest import open_window


def test_r55a_8_a_title_typed_in_an_article_a_delivery_drops_is_kept_and_said_in_one_box(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 55 A8: a title typed (no Return) in an article whose lines the command line's new delivery dropped: the
    plain box "replaced; nothing was changed", the field showing another article's title, the typing named nowhere.
    One box says the article has no line left and where the typing is kept (the clipboard, the file)."""
    from jmreview.gui.closing import kept_file

    from .test_twenty_seventh_run_window import _type, delivered_under

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    page = tmp_path / "A01.txt"
    lines = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8").split("\n")
    page.write_text("\n".join(lines), encoding="utf-8")
    window = open_window(qtbot, tmp_path, [page])
    from jmreview.store.models import Block

    window.select_article(Block.get((Block.file == 1) & (Block.line == 69)).article_id)   # 漫画家小林…, lines 69-79
    _type(window, "title", "李明改的第二篇标题", leave=False)
    text = "\n".join(lines[:68] + lines[79:])
    delivered_under(qtbot, window, page, page.read_text(encoding="utf-8"), text)
    assert any("has no line left" in s and "李明改的第二篇标题" in s for s in said), said
    assert not any("nothing was changed" in s for s in said), said
    assert "李明改的第二篇标题" in kept_file().read_text(encoding="utf-8")
    window.session.store.close()
