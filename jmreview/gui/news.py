"""The newspaper in the window: an article's continued story (续自 / 转至 with the link's status), accepting or
rejecting a suggested link, linking to the continuation, the story shown whole, a file's issue and page.

Every change is a store edit run through the session, so it is logged and undone like any correction.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jmreview.gui.actions import Spec
from jmreview.gui.host import WindowHost
from jmreview.store.models import SourceFile
from jmreview.store.story_edits import link_stories, set_link_status, set_page
from jmreview.store.story_rows import LinkRow, continuation_candidates, link_rows, story_parts

STATUS_WORDS = {"suggested": "suggested", "accepted": "accepted", "rejected": "rejected"}
STATUS_COLORS = {"suggested": "#8d6e63", "accepted": "#2e7d32", "rejected": "#9e9e9e"}


def tr(text: str) -> str:
    """Translate a string of the newspaper."""
    return QCoreApplication.translate("Newspaper", text)


def link_text(row: LinkRow) -> str:
    """续自 A01《…》（建议） / 转至 A04《…》（已接受）."""
    where = tr("Continues from {page}《{title}》") if row.continues else tr("Continues in {page}《{title}》")
    return where.format(page=row.page or tr("(no page)"), title=row.title) + \
        tr(" ({status})").format(status=tr(STATUS_WORDS.get(row.status, row.status)))


class StoryPanel(QWidget):
    """Under the article's fields: the parts this article continues and goes on in, and what to do about them."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.w = window
        self.setObjectName("story_panel")
        self.links = QLabel(self)
        self.links.setObjectName("story_links")
        self.links.setAccessibleName(tr("Continued story"))
        self.links.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for name, title, handler in (
                ("accept", tr("Accept link"), lambda: decide_link(self.w, "accepted")),
                ("reject", tr("Reject link"), lambda: decide_link(self.w, "rejected")),
                ("whole", tr("Show the story whole"), lambda: show_whole(self.w)),
                ("link", tr("Link to the continuation…"), lambda: link_to_continuation(self.w))):
            button = QPushButton(title, self)
            button.setObjectName(f"story_{name}")
            button.clicked.connect(lambda _c=False, h=handler: h())
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.links)
        layout.addLayout(row)

    def show_article(self, article_id: int | None) -> None:
        """Say how the article continues, or that it stands alone."""
        rows = link_rows(article_id) if article_id else []
        lines = [f'<span style="color:{STATUS_COLORS.get(r.status, "#000")}">{_escape(link_text(r))}</span>'
                 for r in rows]
        self.links.setText("<br>".join(lines) if lines else tr("Not continued on another page.") if article_id
                           else "")
        live = any(r.status != "rejected" for r in rows)
        self.buttons["accept"].setVisible(any(r.status == "suggested" for r in rows))
        self.buttons["reject"].setVisible(any(r.status == "suggested" for r in rows))
        self.buttons["whole"].setVisible(live)
        self.buttons["link"].setVisible(article_id is not None)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def decide_link(window: WindowHost, status: str) -> None:
    """Accept or reject the current article's suggested link (the part it continues first)."""
    if window.current_article is None:
        window.say(tr("Choose an article first."))
        return
    row = next((r for r in link_rows(window.current_article) if r.status == "suggested"), None)
    if row is None:
        window.say(tr("This article has no suggested link to decide."))
        return
    text = tr("Link with {page}《{title}》: {status}").format(page=row.page or tr("(no page)"), title=row.title,
                                                            status=tr(STATUS_WORDS[status]))
    window.session.apply(text, set_link_status, row.id, status)


def link_to_continuation(window: WindowHost) -> None:
    """Choose the article this one continues in (same issue, another page) and link them by hand."""
    if window.current_article is None:
        window.say(tr("Choose an article first."))
        return
    found = continuation_candidates(window.current_article)
    if not found:
        window.say(tr("No article on another page of this issue to link to."))
        return
    items = [f"{p.page or p.file_name} · 《{p.title}》" for p in found]
    choice, ok = QInputDialog.getItem(window, tr("Link to the continuation"),
                                      tr("This article continues in:"), items, 0, False)
    if ok and choice in items:
        part = found[items.index(choice)]
        window.session.apply(tr("Link to the continuation {page}《{title}》").format(
            page=part.page or part.file_name, title=part.title), link_stories, window.current_article, part.article_id)


class StoryDialog(QDialog):
    """The story whole: each part in order, with its issue, page and title, its text, and a button to go there."""

    def __init__(self, window: WindowHost, article_id: int) -> None:
        super().__init__(window)
        self.w = window
        self.setObjectName("story_dialog")
        self.parts = story_parts(article_id)
        self.setWindowTitle(tr("The story whole: 《{title}》").format(title=self.parts[0].title))
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        self.texts: list[QTextBrowser] = []
        for n, part in enumerate(self.parts, start=1):
            head = QHBoxLayout()
            label = QLabel(tr("Part {n} of {total} · {issue} page {page} · 《{title}》").format(
                n=n, total=len(self.parts), issue=part.issue or "", page=part.page or part.file_name,
                title=part.title), inner)
            label.setStyleSheet("font-weight: bold")
            go = QPushButton(tr("Go to this part"), inner)
            go.setObjectName(f"story_go_{n}")
            go.clicked.connect(lambda _c=False, a=part.article_id: self.go(a))
            head.addWidget(label, 1)
            head.addWidget(go)
            column.addLayout(head)
            text = QTextBrowser(inner)
            text.setObjectName(f"story_part_{n}")
            text.setPlainText(part.text)
            text.setMinimumHeight(160)
            column.addWidget(text, 1)
            self.texts.append(text)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def go(self, article_id: int) -> None:
        """Show a part in the window: its page, the article selected."""
        self.w.select_article(article_id)


def show_whole(window: WindowHost) -> StoryDialog | None:
    """Open the current article's story whole (both parts, in order)."""
    if window.current_article is None:
        window.say(tr("Choose an article first."))
        return None
    dialog = StoryDialog(window, window.current_article)
    if len(dialog.parts) < 2:
        window.say(tr("This article is not linked to another part."))
        dialog.deleteLater()
        return None
    dialog.show()
    window._story_dialog = dialog  # type: ignore[attr-defined]   # kept while it is open
    return dialog


class PageDialog(QDialog):
    """A file's issue date and page label, set by hand."""

    def __init__(self, window: WindowHost, source: SourceFile) -> None:
        super().__init__(window)
        self.setObjectName("page_dialog")
        self.setWindowTitle(tr("Issue and page of {name}").format(name=source.name))
        self.known = QCheckBox(tr("The issue date is known"), self)
        self.known.setChecked(bool(source.issue_date))
        self.issue = QDateEdit(self)
        self.issue.setObjectName("page_issue")
        self.issue.setDisplayFormat("yyyy-MM-dd")
        self.issue.setCalendarPopup(True)
        self.issue.setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31))   # the years a corpus file accepts
        self.issue.setDate(QDate.fromString(source.issue_date, "yyyy-MM-dd") if source.issue_date
                           else QDate.currentDate())
        self.known.toggled.connect(self.issue.setEnabled)
        self.issue.setEnabled(self.known.isChecked())
        self.page = QLineEdit(source.page_label or "", self)
        self.page.setObjectName("page_label")
        self.page.setPlaceholderText(tr("like A03 or 3"))
        form = QFormLayout(self)
        form.addRow(self.known)
        form.addRow(tr("Issue date"), self.issue)
        form.addRow(tr("Page"), self.page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str | None, str | None]:
        """The issue date (ISO) and page label as typed (None when left out)."""
        issue = self.issue.date().toString("yyyy-MM-dd") if self.known.isChecked() else None
        return issue, self.page.text().strip() or None


def edit_page(window: WindowHost) -> None:
    """Set the current file's issue and page (one undoable edit)."""
    if window.current_file is None:
        window.say(tr("Choose a file first."))
        return
    source = SourceFile.get_by_id(window.current_file)
    dialog = PageDialog(window, source)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        issue, page = dialog.values()
        window.session.apply(tr("{name}: issue {issue}, page {page}").format(
            name=source.name, issue=issue or "—", page=page or "—"), set_page, source.id, issue, page)
        window.refresh()


def news_specs(window: WindowHost) -> list[Spec]:
    """The newspaper's commands (Article and File menus)."""
    def run(handler: Any) -> Any:
        return lambda: handler(window)
    return [
        Spec("file", "edit_page", "Issue and &page of this file…", "Ctrl+Alt+P", run(edit_page)),
        Spec("article", "accept_link", "Accept the suggested continuation lin&k", "Ctrl+Alt+Y",
             lambda: decide_link(window, "accepted")),
        Spec("article", "reject_link", "Reject the suggested continuation link", "Ctrl+Alt+N",
             lambda: decide_link(window, "rejected")),
        Spec("article", "link_continuation", "Link to the &continuation…", "Ctrl+Alt+C", run(link_to_continuation)),
        Spec("article", "story_whole", "Show the story &whole", "Ctrl+Alt+W", run(show_whole)),
    ]
