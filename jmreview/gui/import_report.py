"""An import's report box and its question about new versions, in the import job's words."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from jmreview.gui.host import WindowHost


def tr(text: str) -> str:
    """Translate in the import job's context."""
    return QCoreApplication.translate("Jobs", text)


SHOWN_LINES = 15   # lines of an import's report in its box; the rest in its details (run 27 A54: 121 lines, the
# box taller than the screen, its button off it)


def report_box(window: WindowHost, lines: list[str]) -> None:
    """An import's report: its first lines in the box, every line in its details (scrolled, copied)."""
    if len(lines) <= SHOWN_LINES:
        QMessageBox.warning(window, tr("Import"), "\n".join(lines))
        return
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Import"), "\n".join(lines[:SHOWN_LINES]) + "\n" + tr(
        "… and {n} more lines: Show Details…").format(n=len(lines) - SHOWN_LINES), QMessageBox.StandardButton.Ok,
        window)
    box.setObjectName("import_report")
    box.setDetailedText("\n".join(lines))
    box.open()


RENAMED = re.compile(r"has the name of page (.+?) but for case")   # a renamed delivery's refusal (run 57 A18)


def versions_question(refused: list[tuple[str, str]], versions: list[str]) -> str:
    """The question of importing new versions: the pages renamed deliveries were taken for named, each apart from
    the new versions that change articles people worked on (run 57 A18: one sentence for both, no page named)."""
    renamed = [(n, found.group(1)) for n, w in refused if n in versions and (found := RENAMED.match(w))]
    changed = [n for n in versions if n not in {n for n, _ in renamed}]
    parts = [tr("{names}: new versions of imported files change articles people worked on.").format(
        names="、".join(changed))] if changed else []
    parts += [tr("{name}: taken for a new delivery of page {page}, renamed (its text is that page's but for a few "
                 "lines; its name differs by a copy's mark, case or its ending).").format(name=n, page=page)
              for n, page in renamed]
    return " ".join(parts) + " " + tr("Import them as those pages' new versions? What people did there is kept (an "
                                      "article whose lines changed goes back to review, flagged); the old versions "
                                      "are kept too.")
