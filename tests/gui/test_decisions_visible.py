"""Automatic joins and duplicates are visible in the page and can be stepped through (issue 12, item 5)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from jmreview.gui.cue_text import cue_text

from .conftest import open_window
from .test_corrections import CTRL, key

DEV1 = Path(__file__).resolve().parent.parent / "data" / "dev" / "pages" / "dev1.txt"


def test_duplicates_and_joins_are_marked_and_explained(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, [DEV1])
    rows = window.page.rows_by_line
    dup = next(r for r in rows.values() if r.duplicate_of is not None)
    join = next(r for r in rows.values() if r.joins_previous)
    gutter = window.page.gutter
    assert gutter.label(dup)[0] == "Duplicate" and gutter.label(join)[0].startswith("↳")
    assert f"Duplicate of line {dup.duplicate_of}" in gutter.explain(dup)
    assert "Joined to the paragraph before it" in gutter.explain(join) and cue_text(join.join_cue) in gutter.explain(join)
    struck = [s for s in window.page.extraSelections() if s.format.fontStrikeOut()]
    assert any(s.cursor.blockNumber() + 1 == dup.line for s in struck)
    # F7 walks every automatic decision in line order, then says there is none left
    window.page.go_to_line(1)
    seen = []
    for _ in range(10):
        key(window, Qt.Key.Key_F7)
        row = window.page.current_block()
        if row is None or (seen and row.line == seen[-1]):
            break
        seen.append(row.line)
    expected = sorted(r.line for r in rows.values() if r.joins_previous or r.duplicate_of is not None)
    assert seen == expected
    assert "No automatic join or duplicate left" in window.statusBar().currentMessage()
    # once a person clears the mark, F7 no longer stops there (and the gutter says so)
    window.page.go_to_line(dup.line)
    key(window, Qt.Key.Key_D, CTRL)
    cleared = window.page.rows_by_line[dup.line]
    assert cleared.duplicate_of is None and window.page.gutter.label(cleared)[0] != "Duplicate"
    window.session.store.close()


def test_the_legend_explains_marks_tints_and_every_label(window) -> None:  # type: ignore[no-untyped-def]
    from jmreview.store.models import Label

    text = window.legend.text()
    assert window.legend.isVisible() and "joined" in text and "duplicate" in text and "noise" in text
    for label in Label.select():
        assert label.name in text and label.color in text
