"""File dialogs that never open the files they list.

Qt's own file dialog works out each file's type by reading its first bytes. In a folder that holds
the open database that means opening and closing its -wal and -shm — and closing any descriptor of
a file drops every POSIX lock this process holds on it, SQLite's included. Another program reading
the database then takes the window for gone, rebuilds the shared-memory file under it and the
window dies (SIGBUS) or writes into a -wal that was just deleted. So every dialog here gets an icon
provider that names types from file names only.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIcons(QFileIconProvider):
    """Icons and types from names alone: no file is opened to guess what it holds."""

    def icon(self, what: object) -> QIcon:
        """A folder's or a file's generic icon."""
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)  # type: ignore[call-overload]

    def type(self, info: QFileInfo) -> str:
        """'Folder', or the file's suffix in capitals (its name says nothing more)."""
        context = "QAbstractFileIconProvider"
        if info.isDir():
            return QCoreApplication.translate(context, "Folder")
        suffix = info.suffix().upper()
        return f"{suffix} {QCoreApplication.translate(context, 'File')}" if suffix else \
            QCoreApplication.translate(context, "File")


_PROVIDER: list[NameOnlyIcons] = []   # one for the session, kept alive while dialogs use it


def _dialog(parent: QWidget | None, title: str, directory: str, name_filter: str) -> QFileDialog:
    if not _PROVIDER:
        _PROVIDER.append(NameOnlyIcons())
    dialog = QFileDialog(parent, title, directory, name_filter)
    dialog.setIconProvider(_PROVIDER[0])
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)   # the provider applies to Qt's own dialog
    return dialog


def open_file(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> str:
    """One existing file chosen by the editor ('' when cancelled)."""
    files = open_files(parent, title, directory, name_filter, many=False)
    return files[0] if files else ""


def open_files(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "",
               many: bool = True) -> list[str]:
    """Existing files chosen by the editor ([] when cancelled)."""
    dialog = _dialog(parent, title, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles() if dialog.exec() else []


def open_folder(parent: QWidget | None, title: str, directory: str = "") -> str:
    """An existing folder chosen by the editor ('' when cancelled)."""
    dialog = _dialog(parent, title, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = dialog.selectedFiles() if dialog.exec() else []
    return chosen[0] if chosen else ""


def save_file(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> str:
    """A file name to write, chosen by the editor ('' when cancelled)."""
    dialog = _dialog(parent, title, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = dialog.selectedFiles() if dialog.exec() else []
    return chosen[0] if chosen else ""
