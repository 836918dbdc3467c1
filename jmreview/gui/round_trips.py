"""File → import an edited workbook (its changes shown first) and entity annotations of other tools."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from jmreview.errors import JmreviewError
from jmreview.gui import file_dialogs
from jmreview.gui.host import WindowHost
from jmreview.gui.store_messages import coded_text, user_message
from jmreview.store.changes import EditConflict


def tr(text: str) -> str:
    """Translate a string of the round trips."""
    return QCoreApplication.translate("RoundTrips", text)


class PreviewDialog(QDialog):
    """Every change an edited workbook makes, per article, and what it leaves as it is; OK applies them."""

    def __init__(self, plan: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("xlsx_preview")
        self.setWindowTitle(tr("Changes in {name}").format(name=plan.name))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        n = sum(len(lines) for _, lines in plan.preview())
        layout.addWidget(QLabel(tr("{n} changes in {a} articles. Nothing is written until you press OK; one undo "
                                   "takes them all back.").format(n=n, a=len(plan.articles)), self))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("xlsx_changes")
        self.tree.setHeaderHidden(True)
        for heading, lines in plan.preview():
            item = QTreeWidgetItem([coded_text(heading)])
            item.addChildren([QTreeWidgetItem([coded_text(line)]) for line in lines])
            self.tree.addTopLevelItem(item)
        if plan.refused:
            left = QTreeWidgetItem([tr("Left as they are")])
            left.addChildren([QTreeWidgetItem([coded_text(why)]) for why in plan.refused])
            self.tree.addTopLevelItem(left)
        self.tree.expandAll()
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        """The text of every line shown (headings and changes), in order."""
        out = []
        for k in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(k)
            assert item is not None
            out.append(item.text(0))
            children = [item.child(c) for c in range(item.childCount())]
            out += [child.text(0) for child in children if child is not None]
        return out


def ask_and_import_xlsx(window: WindowHost) -> None:
    """Choose an edited workbook, see its changes, apply them (one undo step)."""
    name = file_dialogs.open_file(window, tr("Import an edited workbook"), "", tr("Excel workbook (*.xlsx)"))
    if name:
        import_xlsx_into(window, Path(name))


def import_xlsx_into(window: WindowHost, path: Path) -> None:
    """Read the workbook, show its changes, and apply them when the editor says OK."""
    from jmreview.exchange.xlsx_changes import apply_plan, plan_workbook
    from jmreview.exchange.xlsx_read import XlsxRefused
    from jmreview.gui.session import EditCommand

    title = tr("Import an edited workbook")
    try:
        plan = plan_workbook(path, str(window.settings.value("language", "zh_CN")))
    except XlsxRefused as exc:
        shown = [coded_text(p) for p in exc.problems[:20]]
        more = [tr("…and {n} more").format(n=len(exc.problems) - 20)] if len(exc.problems) > 20 else []
        QMessageBox.warning(window, title, "\n".join([tr("{file} was not imported; nothing was changed:").format(
            file=path.name), *shown, *more]))
        return
    if not plan.articles:
        lines = [tr("{file} changes nothing.").format(file=path.name), *[coded_text(w) for w in plan.refused]]
        QMessageBox.information(window, title, "\n".join(lines))
        return
    if PreviewDialog(plan, window).exec() != QDialog.DialogCode.Accepted:
        return
    try:
        log_id = apply_plan(window.session.store, plan, window.session.editor)
    except EditConflict as exc:
        text = tr("《{title}》 changed while its changes were shown; nothing was imported — import the workbook again")
        QMessageBox.warning(window, title, text.format(**exc.params) if exc.code == "xlsx_moved" else user_message(exc))
        return
    except JmreviewError as exc:
        QMessageBox.warning(window, title, user_message(exc))
        return
    window.session.undo_stack.push(EditCommand(window.session, tr("Import {file}").format(file=path.name), log_id))
    window.refresh()
    window.say(tr("{n} articles changed from {file}").format(n=len(plan.articles), file=path.name))


def ask_and_import_annotations(window: WindowHost) -> None:
    """Choose an annotation file of another tool, say how to take it, apply it (one undo step)."""
    name = file_dialogs.open_file(window, tr("Import entity annotations"), "",
                                          tr("Annotations (*.json *.jsonl *.bio *.conll *.txt)"))
    if not name:
        return
    box = QMessageBox(QMessageBox.Icon.Question, tr("Import entity annotations"),
                      tr("How should the entities of {file} be taken?").format(file=Path(name).name),
                      QMessageBox.StandardButton.Cancel, window)
    suggested = box.addButton(tr("As suggestions"), QMessageBox.ButtonRole.AcceptRole)
    accepted = box.addButton(tr("As decisions (accepted)"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() in (suggested, accepted):
        import_annotations_into(window, Path(name), "accepted" if box.clickedButton() is accepted else "suggested")


def import_annotations_into(window: WindowHost, path: Path, mode: str) -> None:
    """Apply an annotation file and say what matched."""
    from jmreview.exchange.annotations_apply import import_annotations
    from jmreview.gui.session import EditCommand

    title = tr("Import entity annotations")
    try:
        report = import_annotations(window.session.store, path, window.session.editor, mode)
    except JmreviewError as exc:
        reason = getattr(exc, "reason", None)
        QMessageBox.warning(window, title, coded_text(reason) if reason is not None else user_message(exc))
        return
    if report.log_id:
        window.session.undo_stack.push(EditCommand(window.session, tr("Import {file}").format(file=path.name),
                                                   report.log_id))
    window.refresh()
    summary = tr("{m} of {n} documents matched ({i} by id, {t} by text): {a} entities added, {c} accepted, "
                 "{r} relabelled, {j} rejected").format(
        m=report.by_id + report.by_text, n=report.documents, i=report.by_id, t=report.by_text, a=report.added,
        c=report.accepted, r=report.relabelled, j=report.rejected)
    if report.kept:   # (run 25 A54: a deleted entity came back as a suggestion)
        summary += tr("; {k} deleted here since the file was made, left deleted").format(k=report.kept)
    if report.unplaced:   # (run 38 A17)
        summary += tr("; {n} entities on duplicate lines left as they are (such files leave them out: their first "
                      "copy is in them)").format(n=report.unplaced)
    if report.notes:
        QMessageBox.information(window, title, "\n".join([summary, *[coded_text(n) for n in report.notes[:30]]]))
    else:
        window.say(summary)
