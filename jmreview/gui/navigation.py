"""Moving through the corpus with the keyboard: article to article, line to line, to what is left to do."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jmreview.gui.host import WindowHost
from jmreview.store.models import Article


def tr(text: str) -> str:
    """Translate a string of the main window (these are its commands)."""
    return QCoreApplication.translate("MainWindow", text)


def step_article(window: WindowHost, step: int) -> None:
    """Go to the next (+1) or previous (-1) article of the page."""
    ids = window.articles.ids()
    if not ids:
        return
    at = ids.index(window.current_article) if window.current_article in ids else -1
    window.select_article(ids[max(0, min(len(ids) - 1, at + step))])


def step_block(window: WindowHost, step: int) -> None:
    """Move the page cursor to the next (+1) or previous (-1) block."""
    lines = sorted(window.page.rows_by_line)
    row = window.page.current_block()
    here = row.line if row else 0
    target = next((ln for ln in (lines if step > 0 else reversed(lines))
                   if (ln > here if step > 0 else ln < here)), None)
    if target is not None:
        window.page.go_to_line(target)


def next_check(window: WindowHost) -> None:
    """Go to the next join or duplicate automation set on this page that nobody has checked."""
    row = window.page.next_to_check()
    if row is None:
        window.say(tr("No automatic join or duplicate left to check after this line."))
        return
    window.page.go_to_line(row.line)
    window.say(window.page.gutter.explain(row).replace("\n", " · "))


def next_unreviewed(window: WindowHost) -> None:
    """Go to the next article still to review, in this file or the next ones."""
    order = window.files.ids()
    start = order.index(window.current_file) if window.current_file in order else 0
    current = Article.get_or_none(Article.id == window.current_article)
    for file_id in order[start:] + order[:start]:
        query = Article.select().where((Article.file == file_id) & Article.status.in_(["auto", "in_review"]))
        if current is not None and file_id == current.file_id:
            query = query.where(Article.reading_order > current.reading_order)
        nxt = query.order_by(Article.reading_order).first()
        if nxt is not None:
            window.select_article(nxt.id)
            return
    window.say(tr("Every article is reviewed."))


def caret_to_article(window: WindowHost, article_id: int) -> None:
    """Put the page's caret on an article's first line, unless it already stands in that article."""
    first = min((r.line for r in window.page.rows_by_line.values() if r.article_id == article_id), default=None)
    current = window.page.current_block()
    if first is not None and (current is None or current.article_id != article_id):
        window.page.go_to_line(first)
