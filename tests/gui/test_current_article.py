"""One current article: the one holding the caret, whatever the last command was (issue 12, item 2)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from jmreview.store.models import Article, Block

from .test_corrections import CTRL, SHIFT, key


def test_after_a_split_merge_acts_on_the_new_article_not_an_unrelated_one(window) -> None:  # type: ignore[no-untyped-def]
    arts = window.articles.ids()
    window.select_article(arts[1])
    body = [b for b in Block.select().where(Block.article == arts[1]).order_by(Block.line) if b.role == "body"]
    assert len(body) >= 3
    window.page.go_to_line(body[2].line)
    key(window, Qt.Key.Key_Return, CTRL)  # new article at this line
    new = Block.get_by_id(body[2].id).article_id
    assert new not in arts
    assert window.current_article == new and window.editor.version is not None
    reviewed_before = {a.id: a.status for a in Article.select()}
    key(window, Qt.Key.Key_Up, CTRL | SHIFT)  # merge with the previous: the split is undone by hand
    assert Article.get_or_none(Article.id == new) is None
    assert Block.get_by_id(body[2].id).article_id == arts[1]
    assert {a.id: a.status for a in Article.select()} == {k: v for k, v in reviewed_before.items() if k != new}
