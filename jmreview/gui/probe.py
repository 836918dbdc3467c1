"""Diagnostics an installer or a benchmark can ask for through the environment.

JMREVIEW_STARTUP_PROBE=FILE  when the window is first shown, and again when segmentation is
                             ready, append "shown EPOCH" / "ready EPOCH" (time.time()) to FILE;
                             JMREVIEW_QUIT_AFTER_READY=1 then quits.
JMREVIEW_SCREENSHOT=FILE.png save a picture of the window once segmentation is ready.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget


def record(event: str) -> None:
    """Append one event with its time since process start, when a probe file is asked for."""
    path = os.environ.get("JMREVIEW_STARTUP_PROBE")
    if path:
        with Path(path).open("a", encoding="utf-8") as fh:
            fh.write(f"{event} {time.time():.4f}\n")


def window_shown(window: QWidget) -> None:
    """Called once the window is on screen."""
    record("shown")


def segmentation_ready(window: QWidget) -> None:
    """Called when jieba has loaded: record, screenshot, and quit if asked."""
    record("ready")
    shot = os.environ.get("JMREVIEW_SCREENSHOT")
    if shot:
        QTimer.singleShot(600, lambda: window.grab().save(shot))
    if os.environ.get("JMREVIEW_QUIT_AFTER_READY") == "1":
        QTimer.singleShot(1200 if shot else 50, QCoreApplication.quit)
