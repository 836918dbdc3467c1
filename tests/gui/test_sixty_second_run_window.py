"""Issue 10, run 62: the window's rows, each failing before its fix."""
from __future__ import annotations

from jmreview.store.models import Article


def test_r62a_17_a_latin_name_typed_as_a_reporter_stays_one_name(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Run 62 A17 (CORRUPT, minor): "Wang Fang" typed into 记者 was kept as two reporters, "Wang" and "Fang" (the
    window split on every space). A space between two Latin letters is a name's own; a space between Chinese names
    still separates them."""
    art = Article.select().order_by(Article.reading_order).first()
    window.select_article(art.id)
    field = window.editor.edits["reporters"]
    for typed, kept, shown in (("Wang Fang", ["Wang Fang"], "Wang Fang"),
                               ("Wang Fang 李明", ["Wang Fang", "李明"], "Wang Fang、李明"),
                               ("林立竣 赵可义", ["林立竣", "赵可义"], "林立竣 赵可义")):
        field.setText(typed)
        field.editingFinished.emit()
        qtbot.waitUntil(lambda kept=kept: Article.get_by_id(art.id).reporters == kept, timeout=5000)
        window.select_article(art.id)
        qtbot.waitUntil(lambda shown=shown: field.text() == shown, timeout=5000)
