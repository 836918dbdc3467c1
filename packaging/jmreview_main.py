"""Entry point of the packaged app (PyInstaller runs this file)."""
from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `jmreview import` uses worker processes
    from jmreview.cli import main

    sys.exit(main())
