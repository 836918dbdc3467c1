"""Issue 10, run 24, in the window: the sample pages offered to an empty database that is empty no more."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ..conftest import ROOT, SEEDS


def test_r24b_48_samples_are_not_imported_into_a_corpus_copied_in_while_the_window_asked(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, tmp_path: Path, monkeypatch) -> None:
    """Run 24 B48: a window on an empty database asked "数据库是空的。要导入随附的示例版面开始吗？"; meanwhile the team's
    corpus was copied in (`jmreview copy`); 是 then imported the sample pages into the team's corpus."""
    from jmreview.gui.app import open_window
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile

    db = tmp_path / "x.sqlite3"
    Store(db).close()
    page = SEEDS / "003_4221d1719c757f4b.txt"

    def asked(*_a, **_k) -> QMessageBox.StandardButton:  # type: ignore[no-untyped-def]
        done = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(page), "--db", str(db)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)   # the team's corpus arrives meanwhile
        assert done.returncode == 0, done.stderr
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", asked)
    monkeypatch.delenv("JMREVIEW_SAMPLES", raising=False)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(db, QApplication.instance(), settings, ask=True)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.wait(1500)
    qtbot.waitUntil(lambda: not any(job.isRunning() for job in getattr(window, "_jobs", [])), timeout=60000)
    assert [f.name for f in SourceFile.select()] == [page.name]   # the team's page only: no sample pages
    window.session.store.close()
