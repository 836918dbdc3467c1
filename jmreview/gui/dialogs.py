"""Small dialogs: keyboard shortcuts, about, settings, first run."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jmreview import __version__
from jmreview.gui.actions import shortcut_sheet
from jmreview.store.editor_names import bad_name

if TYPE_CHECKING:
    from jmreview.gui.host import WindowHost
    from jmreview.gui.session import Session

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))
FONT_SIZE = 12  # the text size Ctrl+0 comes back to
FONT_SIZES = (8, 32)


def font_size(settings: QSettings) -> int:
    """The text size the settings hold, within FONT_SIZES; the normal size when it is no number (run 27 A35: an
    empty or `12.5` font_size kept the window from opening, at every start)."""
    try:
        size = round(float(str(settings.value("font_size", FONT_SIZE))))
    except (TypeError, ValueError, OverflowError):
        return FONT_SIZE
    return max(FONT_SIZES[0], min(FONT_SIZES[1], size))


def restored(restore: Callable[[QByteArray], bool], value: object) -> bool:
    """Put back a saved window or splitter layout; a value another program changed (not the bytes Qt saved) is
    ignored, the layout left as it is made (run 34 A23: the window never opened again, at every start)."""
    if not isinstance(value, (QByteArray, bytes, bytearray)):
        return False
    try:
        return bool(restore(value if isinstance(value, QByteArray) else QByteArray(bytes(value))))
    except (TypeError, ValueError, RuntimeError):
        return False


def tr(text: str) -> str:
    """Translate a string of the dialogs."""
    return QCoreApplication.translate("Dialogs", text)


def show_shortcuts(window: WindowHost) -> None:
    """The shortcut sheet: every command that has a key."""
    rows = shortcut_sheet(window.actions_by_name)
    dialog = QDialog(window)
    dialog.setObjectName("shortcut_sheet")
    dialog.setWindowTitle(tr("Keyboard shortcuts"))
    table = QTableWidget(len(rows), 2, dialog)
    table.setHorizontalHeaderLabels([tr("Command"), tr("Keys")])
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    for n, (command, keys) in enumerate(rows):
        table.setItem(n, 0, QTableWidgetItem(command))
        table.setItem(n, 1, QTableWidgetItem(keys))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(560, 640)
    dialog.exec()


def show_about(window: QWidget) -> None:
    """Version and purpose."""
    QMessageBox.about(window, tr("About jmreview"),
                      tr("jmreview {version}\nReview 江门日报 page dumps into a clean corpus.").format(
                          version=__version__))


def editor_name(settings: QSettings) -> tuple[str, bool]:
    """The editor's name and whether it is new: the one remembered, else the computer's login (editable in
    Settings); no dialog before the window."""
    name = str(settings.value("editor", "") or "").strip()
    if name and bad_name(name) is None:   # a name no editor may have (a control character…): asked anew
        return name, False
    import getpass

    try:
        name = getpass.getuser().strip()
    except Exception:  # no login name in this environment
        name = ""
    name = name if name and bad_name(name) is None else tr("editor")
    settings.setValue("editor", name)
    return name, True


def offer_samples(parent: QWidget | None) -> bool:
    """First run on an empty database: import the sample pages?"""
    answer = QMessageBox.question(parent, tr("Sample pages"),
                                  tr("This database is empty. Import the bundled sample pages to start?"))
    return answer == QMessageBox.StandardButton.Yes


def page_patterns(settings: QSettings) -> list[str]:
    """The editor's file-name patterns for the issue and page (settings: page_patterns)."""
    value = settings.value("page_patterns", [])
    values: list[object] = [value] if isinstance(value, str) else \
        list(value) if isinstance(value, (list, tuple)) else []
    return [str(v) for v in values if str(v).strip()]


class SettingsDialog(QDialog):
    """Editor name, text size and interface language (applied at the next start)."""

    def __init__(self, settings: QSettings, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(tr("Settings"))
        self.settings = settings
        self.session = session
        self.name = QLineEdit(str(settings.value("editor", "") or ""), self)
        self.name.setAccessibleName(tr("Editor name"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(tr("Interface language"))
        for code, title in LANGUAGES:
            self.language.addItem(title, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.value("language", "zh_CN"))))
        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("font_size")
        self.font_size.setAccessibleName(tr("Text size"))
        self.font_size.setRange(*FONT_SIZES)
        self.font_size.setValue(font_size(settings))
        form = QFormLayout(self)
        form.addRow(tr("Editor name"), self.name)
        form.addRow(tr("Text size (Ctrl+= / Ctrl+- / Ctrl+0)"), self.font_size)
        form.addRow(tr("Interface language (after restart)"), self.language)
        self.patterns = QPlainTextEdit("\n".join(page_patterns(settings)), self)
        self.patterns.setObjectName("page_patterns")
        self.patterns.setAccessibleName(tr("File name patterns"))
        self.patterns.setPlaceholderText(tr("One regular expression a line, with the named groups y, m and d "
                                            "(the issue date) and/or page") + "\n(?P<y>\\d{4})(?P<m>\\d\\d)"
                                         "(?P<d>\\d\\d)-p(?P<page>\\d+)")
        self.patterns.setMaximumHeight(self.fontMetrics().height() * 5)
        form.addRow(tr("Issue and page from file names (read before the usual patterns)"), self.patterns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Save the settings (a file-name pattern that cannot be used is said, and nothing is saved)."""
        from jmreview.gui.store_messages import coded_text
        from jmreview.workflows.newspaper import check_pattern

        patterns = [p.strip() for p in self.patterns.toPlainText().splitlines() if p.strip()]
        why = next((w for w in map(check_pattern, patterns) if w), "")
        if why:   # said as the import would say it: why this pattern cannot be used
            QMessageBox.warning(self, tr("Settings"), coded_text(why))
            return
        self.settings.setValue("page_patterns", patterns)
        name = self.name.text().strip()
        if name:
            self.settings.setValue("editor", name)
            self.session.editor = name
        self.settings.setValue("language", self.language.currentData())
        self.settings.setValue("font_size", self.font_size.value())
        super().accept()
