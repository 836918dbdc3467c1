"""The lexicon window: what the corpus learned from editors' corrections — search, filter, edit, delete, share.

Every change made here (an edit, a deletion, an import, applying what was learned to the whole
corpus) is one correction on the window's undo stack, like any other.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jmreview.analysis.learned import ENTITY_LABELS, LAYOUT_LABELS, Entry
from jmreview.analysis.patterns import SOURCE, TAIL_PATTERN, describe, is_pattern
from jmreview.errors import JmreviewError
from jmreview.exchange.lexicon_io import read_lexicon, write_lexicon
from jmreview.gui import file_dialogs
from jmreview.gui.host import WindowHost, share_undo
from jmreview.gui.store_messages import user_message
from jmreview.store.database import Store
from jmreview.store.lexicon import LexiconRow, lexicon_rows
from jmreview.store.lexicon_edits import delete_entry, edit_entry, import_entries
from jmreview.workflows.learning import apply_learned, plan_learned

LABELS = ENTITY_LABELS + LAYOUT_LABELS
ORIGINS = (("learned", "learned from corrections"), ("pattern", "learned pattern"), ("imported", "imported"),
           ("edited", "edited by hand"))
HEADERS = ("Text", "Label", "Use", "Corrections", "Editors", "Last", "Origin")


def tr(text: str) -> str:
    """Translate a string of the lexicon window."""
    return QCoreApplication.translate("LexiconWindow", text)


def label_title(label: str) -> str:
    """A label or a line role as editors read it."""
    return {"kicker": tr("kicker line"), "noise": tr("noise line")}.get(label, label)


def _pattern_use(row: LexiconRow) -> str:
    """What a learned pattern does, as editors read it."""
    if row.text.startswith(TAIL_PATTERN):
        return tr("pattern: cut this ending off suggestions")
    if row.positive:
        return tr("pattern: suggest names ending so")
    return tr("pattern: never suggest such names from {source}").format(
        source={"rules": tr("the rules"), "jieba": tr("jieba")}.get(row.text.partition(SOURCE)[2], "?"))


def _cells(row: LexiconRow) -> tuple[str, ...]:
    """What the lexicon table shows of an entry."""
    text, use = row.text, tr("suggest") if row.positive else tr("never suggest")
    if is_pattern(row.text):
        text, use = describe(row.text), _pattern_use(row)
    elif row.text.startswith("…"):
        use = tr("cut this tail off")
    return (text, label_title(row.label), use, str(row.count), "、".join(row.editors), row.last_at or "",
            tr(dict(ORIGINS).get(row.origin, row.origin)))


class LexiconModel(QAbstractTableModel):
    """The entries shown, their cells made when the view paints them (a lexicon of 100,000 shows at once)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[LexiconRow] = []

    def set_rows(self, rows: list[LexiconRow]) -> None:
        """Replace every entry."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Entries under the root only."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """The columns of HEADERS."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text (its tooltip too); counts aligned right."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cells(self.rows[index.row()])[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EntryDialog(QDialog):
    """Edit one entry: its text, label, whether it is suggested or never suggested, and its count."""

    def __init__(self, row: LexiconRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Lexicon entry"))
        form = QFormLayout(self)
        self.text = QLineEdit(row.text if row else "")
        self.text.setObjectName("entry_text")
        self.label = QComboBox()
        self.label.setObjectName("entry_label")
        for name in LABELS:
            self.label.addItem(label_title(name), name)
        self.label.setCurrentIndex(LABELS.index(row.label) if row else 0)
        self.positive = QCheckBox(tr("Suggest it (unchecked: never suggest it)"))
        self.positive.setChecked(row.positive if row else True)
        self.count = QSpinBox()
        self.count.setRange(1, 1_000_000)
        self.count.setValue(row.count if row else 1)
        form.addRow(tr("Text"), self.text)
        form.addRow(tr("Label"), self.label)
        form.addRow("", self.positive)
        form.addRow(tr("Corrections"), self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def entry(self, editors: tuple[str, ...]) -> Entry:
        """The entry as edited."""
        return Entry(self.text.text().strip(), str(self.label.currentData()), self.positive.isChecked(),
                     self.count.value(), editors)


class LexiconWindow(QDialog):
    """The lexicon of the open database, kept in step with every correction."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.w = window
        self.session = window.session
        self.setObjectName("lexicon_window")
        self.setWindowTitle(tr("Lexicon: what was learned from corrections"))
        self.resize(900, 600)
        self.rows: list[LexiconRow] = []
        self.search = QLineEdit()
        self.search.setObjectName("lexicon_search")
        self.search.setPlaceholderText(tr("Search the lexicon"))
        self.label = self._combo("lexicon_label", [(n, label_title(n)) for n in LABELS])
        self.origin = self._combo("lexicon_origin", [(k, tr(t)) for k, t in ORIGINS])
        self.count = QLabel()
        self.count.setObjectName("lexicon_count")
        self.model = LexiconModel()
        self.table = QTableView()
        self.table.setObjectName("lexicon_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)   # one height: fast
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("标签标签") + 16)   # readable when empty
        header.setStretchLastSection(True)   # the origin column takes the rest of the width
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        filters = QHBoxLayout()
        for widget in (self.search, self.label, self.origin, self.count):
            filters.addWidget(widget)
        buttons = QHBoxLayout()
        for name, title, slot in (("lexicon_add", "&Add…", self.add), ("lexicon_edit", "&Edit…", self.edit),
                                  ("lexicon_delete", "&Delete", self.delete),
                                  ("lexicon_import", "&Import…", self.import_file),
                                  ("lexicon_export", "E&xport…", self.export_file),
                                  ("lexicon_apply", "Apply to the whole &corpus…", lambda: apply_to_corpus(self.w))):
            button = QPushButton(tr(title))
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.session.changed.connect(self.refresh)
        share_undo(self, window.actions_by_name)   # one correction of the window's stack: Ctrl+Z here too
        self.refresh()

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(tr("all"), "")
        for key, title in items:
            combo.addItem(title, key)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    def refresh(self) -> None:
        """Show the entries that pass the filters, with their counts."""
        self.rows = lexicon_rows(self.search.text().strip(), str(self.label.currentData() or ""),
                                 str(self.origin.currentData() or ""))
        self.model.set_rows(self.rows)
        self.count.setText(tr("{n} entries").format(n=len(self.rows)))

    def current(self) -> LexiconRow | None:
        """The selected entry, or a message when there is none."""
        k = self.table.currentIndex().row()
        if 0 <= k < len(self.rows):
            return self.rows[k]
        self.w.say(tr("Choose an entry of the lexicon first."))
        return None

    def add(self) -> None:
        """Add an entry by hand."""
        dialog = EntryDialog(None, self)
        if dialog.exec():
            new = dialog.entry((self.session.editor,))
            self.session.apply(tr("Lexicon: add {text}").format(text=new.text), edit_entry,
                               (new.text, new.label), new)

    def edit(self) -> None:
        """Edit the selected entry."""
        row = self.current()
        if row is None:
            return
        dialog = EntryDialog(row, self)
        if dialog.exec():
            new = dialog.entry(row.editors)
            self.session.apply(tr("Lexicon: edit {text}").format(text=row.text), edit_entry,
                               (row.text, row.label), new)

    def delete(self) -> None:
        """Take the selected entry out of the lexicon."""
        row = self.current()
        if row is not None:
            self.session.apply(tr("Lexicon: delete {text}").format(text=row.text), delete_entry, row.text, row.label)

    def import_file(self, path: str | None = None) -> None:
        """Add the entries of another desk's lexicon file (CSV or JSON)."""
        path = path or file_dialogs.open_file(self, tr("Import a lexicon"), "", tr("Lexicon files (*.csv *.json)"))
        if not path:
            return
        try:
            entries = read_lexicon(Path(path))
        except JmreviewError as exc:
            QMessageBox.warning(self, tr("Not imported"), user_message(exc))
            return
        done: list[int] = []

        def edit(store: Store, who: str) -> int:
            n, log_id = import_entries(store, who, entries, Path(path).name)
            done.append(n)
            return log_id

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)   # a lexicon of 100,000 takes some seconds
        try:
            self.session.apply(tr("Lexicon: import {name}").format(name=Path(path).name), edit)
        finally:
            QApplication.restoreOverrideCursor()
        if done:
            self.w.say(tr("{n} entries imported from {name}").format(n=done[0], name=Path(path).name))

    def export_file(self, path: str | None = None) -> None:
        """Write the entries shown to a CSV or JSON file."""
        path = path or file_dialogs.save_file(self, tr("Export the lexicon"), "lexicon.csv",
                                              tr("Lexicon files (*.csv *.json)"))
        if path:
            try:
                n = write_lexicon(Path(path), self.rows)
            except (OSError, JmreviewError) as exc:
                QMessageBox.warning(self, tr("Not exported"), user_message(exc))
                return
            self.w.say(tr("{n} entries written to {path}").format(n=n, path=path))


def open_lexicon(window: WindowHost) -> LexiconWindow:
    """Show the lexicon window (one per main window)."""
    found = window.findChild(LexiconWindow, "lexicon_window")
    lexicon = found if isinstance(found, LexiconWindow) else LexiconWindow(window)
    lexicon.show()
    lexicon.activateWindow()
    return lexicon


def apply_to_corpus(window: WindowHost, confirm: bool = True) -> bool:
    """Say what applying the lexicon would change; on yes, apply it as one correction (Ctrl+Z undoes it)."""
    plan = plan_learned()
    if not plan.changes:
        QMessageBox.information(window, tr("Nothing to apply"), tr("What was learned is already applied "
                                                                   "everywhere automation may change."))
        return False
    question = tr("Apply what was learned to the articles nobody has decided about?\n\n"
                  "{added} suggestions added, {removed} taken away, {kickers} lines set to kicker, "
                  "{noise} lines set to noise, in {articles} articles. One step: Ctrl+Z undoes it.").format(
        added=len(plan.added), removed=len(plan.removed), kickers=len(plan.kickers), noise=len(plan.noise),
        articles=len(plan.articles))
    if confirm and QMessageBox.question(window, tr("Apply what was learned"), question) \
            != QMessageBox.StandardButton.Yes:
        return False
    return window.session.apply(tr("Apply what was learned ({n} changes)").format(n=plan.changes),
                                lambda store, who: apply_learned(store, who, plan)[1])
