"""The window's wording of the store's refusals: a locked database, a full disk, in the window's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jmreview.store.opening import DatabaseLocked, DiskFull


def tr(text: str) -> str:
    """Translate a message about the database."""
    return QCoreApplication.translate("StoreMessages", text)


def user_message(exc: Exception) -> str:
    """One sentence for the editor, translated where the store gave a known refusal."""
    if isinstance(exc, DatabaseLocked):
        text = tr("{path} is locked by another program or window: nothing was saved; try again when it has finished")
        return text.format(path=exc.path)
    if isinstance(exc, DiskFull):
        text = tr("Nothing of this change was saved in {path}: the disk is full; free some space and try again")
        return text.format(path=exc.path)
    return str(exc)
