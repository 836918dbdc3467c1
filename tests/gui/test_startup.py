"""The window appears before jieba loads; on an empty database the sample pages come in."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..conftest import ROOT

SCRIPT = r"""
import os, sys, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
from jmreview.gui.app import open_window, make_settings
from jmreview.analysis import lexicon
app = QApplication(sys.argv[:1])
window = open_window(__import__("pathlib").Path(sys.argv[2]), app, make_settings(), ask=False)
app.processEvents()
shown_before = window.isVisible() and not lexicon.is_loaded()
deadline = time.time() + 120
while time.time() < deadline and not (lexicon.is_loaded() and window.files.ids()
                                      and not any(j.isRunning() for j in getattr(window, "_jobs", []))):
    app.processEvents()
    time.sleep(0.02)
app.processEvents()
print("shown-before-jieba", shown_before)
print("jieba", lexicon.is_loaded())
print("files", len(window.files.ids()))
print("articles", window.articles.model.rowCount())
"""


def test_window_first_then_segmentation_and_samples_on_first_run(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JMREVIEW_SAMPLES": "yes", "JMREVIEW_EDITOR": "甲",
           "JMREVIEW_SETTINGS": str(tmp_path / "s.ini")}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT), str(tmp_path / "first.sqlite3")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in out.stdout.strip().splitlines())
    assert lines["shown-before-jieba"] == "True"
    assert lines["jieba"] == "True"
    assert lines["files"] == "5" and int(lines["articles"]) > 0
