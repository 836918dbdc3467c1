"""An older database brought up to this version with the window saying so (a million articles take half a minute)."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from jmreview.store.database import Store
from jmreview.store.location import is_server
from jmreview.store.open_check import schema_behind

UPGRADING = ("Upgrading {name} for this version of jmreview: a backup first, then its tables "
             "(once; a large database takes a minute)…")


def tr(text: str) -> str:
    """Translate a string of the upgrade dialog."""
    return QCoreApplication.translate("Upgrade", text)


def upgrade_first(db_path: Path | str, app: QApplication, busy_ms: int) -> None:
    """Upgrade an older database file in a thread behind a progress dialog; any failure is left to the opening."""
    if is_server(db_path) or not schema_behind(Path(db_path)):
        return
    dialog = QProgressDialog(tr(UPGRADING).format(name=Path(db_path).name), "", 0, 0)
    dialog.setWindowTitle(tr("Upgrading the database"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    app.processEvents()   # drawn before the work starts, however short it is

    def work() -> None:
        try:
            Store(db_path, busy_ms=busy_ms).close()
        except Exception:   # noqa: BLE001 — the opening that follows meets it again and says it in a sentence
            return

    thread = threading.Thread(target=work, name="jmreview-upgrade", daemon=True)
    thread.start()
    while thread.is_alive():
        app.processEvents()
        thread.join(0.05)
    dialog.close()
