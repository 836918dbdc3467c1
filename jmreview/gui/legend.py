"""The legend under the page: what the gutter's marks, the tints and the underlines mean."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from jmreview.gui.gutter import DUPLICATE, JOIN, NOISE


def tr(text: str) -> str:
    """Translate a string of the legend."""
    return QCoreApplication.translate("Legend", text)


class Legend(QLabel):
    """One line of colour keys; the entity labels come from the store, so it is redrawn when they change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName(tr("Legend"))
        self.setWordWrap(True)
        self.shown: list[tuple[str, str, str]] = []

    def show_labels(self, labels: list[tuple[str, str, str]]) -> None:
        """(name, title, colour) of every entity label."""
        if labels == self.shown:
            return
        self.shown = labels

        def key(colour: str, text: str, style: str = "") -> str:
            return f'<span style="color:{colour};{style}">{escape(text)}</span>'

        parts = [
            key(JOIN.name(), tr("↳ joined to the paragraph before")),
            key(DUPLICATE.name(), tr("duplicate (struck through, left out)"), "text-decoration:line-through"),
            key(NOISE.name(), tr("noise (in no article)")),
            key("#555555", tr("tint: one article; rule: where it starts")),
        ]
        parts += [key(colour, f"{name} {title}", "text-decoration:underline") for name, title, colour in labels]
        parts.append(key("#555555", tr("dashed underline: a suggestion; solid: accepted")))
        self.setText(tr("Legend:") + " " + " · ".join(parts))
