"""Window rows of the thirty-sixth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

from jmreview.store.view_rows import BlockRow


def _long_page(lines: int) -> tuple[str, list[BlockRow], list[tuple[int, int, str, str]]]:
    """A page of `lines` lines, one article per ten lines, an entity on every line (江门 at its start)."""
    text = "\n".join(f"江门第{n}行的新闻内容写在这里。" for n in range(lines))
    rows, entities, at = [], [], 0
    for n, line in enumerate(text.split("\n")):
        rows.append(BlockRow(n + 1, n + 1, at, at + len(line), n // 10 + 1, "body", False, None, ""))
        entities.append((at, at + 2, "LOC", "accepted"))
        at += len(line) + 1
    return text, rows, entities


def test_r36a_12_a_long_page_gives_qt_only_the_marks_near_the_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Run 36 A12: a page near the size limit (34,000 lines, 60,000 marks): every line tint and underline was given
    to Qt at once, each placed by a text cursor: 35 s before the page showed, the window frozen on each paint. Qt
    is given the marks near the view, and the ones further on as the view reaches them."""
    from jmreview.gui.page_view import PageView

    view = PageView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    text, rows, entities = _long_page(6000)
    view.show_page(text, rows, entities, {"LOC": "#2e7d32"}, False)
    given = view.extraSelections()
    assert 0 < len(given) < len(rows) + len(entities) // 2, len(given)
    assert min(s.cursor.blockNumber() for s in given) == 0
    view.go_to_line(5000)
    qtbot.wait(50)
    near = [s.cursor.blockNumber() for s in view.extraSelections()]
    assert any(abs(b - 4999) < 5 for b in near) and 0 not in near, (min(near), max(near))
    short, short_rows, short_entities = _long_page(40)   # an ordinary page: every mark, as ever
    view.show_page(short, short_rows, short_entities, {"LOC": "#2e7d32"}, False)
    assert len(view.extraSelections()) == len(short_rows) + len(short_entities)
