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


_stall = {"last": 0.0, "worst": 0.0}


def _tick() -> None:
    now = time.perf_counter()
    if _stall["last"]:
        _stall["worst"] = max(_stall["worst"], now - _stall["last"])
    _stall["last"] = now


def window_shown(window: QWidget) -> None:
    """Called once the window is on screen; from then on, watch how long the event loop ever waits."""
    record("shown")
    if os.environ.get("JMREVIEW_STARTUP_PROBE"):
        _stall["last"] = time.perf_counter()
        timer = QTimer(window)
        timer.timeout.connect(_tick)
        timer.start(20)
        window.setProperty("probe_timer", timer)


def segmentation_ready(window: QWidget) -> None:
    """Called when jieba has loaded: record, screenshot, and quit if asked."""
    record("ready")
    _tick()  # the wait that ends now counts too
    path = os.environ.get("JMREVIEW_STARTUP_PROBE")
    if path:
        with Path(path).open("a", encoding="utf-8") as fh:
            fh.write(f"stall {_stall['worst']:.4f}\n")  # longest wait between 20 ms ticks while loading
    shot = os.environ.get("JMREVIEW_SCREENSHOT")
    if shot:
        QTimer.singleShot(600, lambda: window.grab().save(shot))
    if os.environ.get("JMREVIEW_QUIT_AFTER_READY") == "1":
        QTimer.singleShot(1200 if shot else 50, QCoreApplication.quit)
