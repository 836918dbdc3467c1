"""A progress bar per issue under the file list: how much of the issue's text is in reviewed articles, and what is
left unassigned."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QScrollArea, QWidget

from jmreview.store.coverage import Coverage, Page, issues, page_coverage, pages

SHOWN_ROWS = 4   # issues visible without scrolling


def tr(text: str) -> str:
    """Translate a string of the issue bars."""
    return QCoreApplication.translate("IssueBars", text)


class IssueBars(QScrollArea):
    """One row per issue: its date and pages, a bar of the share reviewed, and what is left unassigned."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("issue_bars")
        self.setAccessibleName(tr("Progress per issue"))
        self.setWidgetResizable(True)
        self.inner = QWidget(self)
        self.grid = QGridLayout(self.inner)
        self.grid.setContentsMargins(2, 2, 2, 2)
        self.setWidget(self.inner)
        self.bars: dict[str | None, QProgressBar] = {}
        self.known: list[Page] = []   # every page's coverage as last read: one edited file is read again, not all

    def refresh_file(self, file_id: int) -> None:
        """After a correction inside one file: read that file's coverage again and redraw (2,000 pages stay instant)."""
        if not self.known or all(p.id != file_id for p in self.known):
            self.refresh()
            return
        fresh = page_coverage([file_id]).get(file_id, Coverage())
        self.known = [replace(p, coverage=fresh) if p.id == file_id else p for p in self.known]
        self._draw(issues(self.known))

    def refresh(self) -> None:
        """Rebuild the rows from the store."""
        self.known = pages()
        self._draw(issues(self.known))

    def _draw(self, found: list[tuple[str | None, list[Page], Coverage]]) -> None:
        """Put one row per issue in the grid."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.bars = {}
        for row, (issue, members, cover) in enumerate(found):
            name = QLabel(tr("{issue} · {n} pages").format(issue=issue or tr("no issue"), n=len(members)), self.inner)
            bar = QProgressBar(self.inner)
            bar.setObjectName(f"issue_bar_{issue or 'none'}")
            bar.setRange(0, 1000)
            bar.setValue(round(1000 * cover.reviewed_share))
            bar.setFormat(tr("reviewed {p}%").format(p=round(100 * cover.reviewed_share)))
            left = cover.share(cover.unassigned)
            note = QLabel(tr("unassigned {p}%").format(p=f"{100 * left:.1f}") if left else tr("nothing unassigned"),
                          self.inner)
            note.setStyleSheet("color: #c62828" if left else "color: #2e7d32")
            tip = tr("In articles {a}%, noise {n}%, unassigned {u}%; reviewed {r}% of the text in articles").format(
                a=f"{100 * cover.share(cover.in_articles):.1f}", n=f"{100 * cover.share(cover.noise):.1f}",
                u=f"{100 * left:.1f}", r=f"{100 * cover.reviewed_share:.1f}")
            for col, widget in enumerate((name, bar, note)):
                widget.setToolTip(tip)
                self.grid.addWidget(widget, row, col)
            self.bars[issue] = bar
        self.grid.setColumnStretch(1, 1)
        line = self.fontMetrics().height() + 10
        self.setFixedHeight(min(max(len(found), 1), SHOWN_ROWS) * line + 8)
        self.setVisible(bool(found))
