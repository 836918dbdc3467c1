"""Find the files the app reads at run time, whatever the install layout.

The same lookup serves a source checkout, an editable install, a wheel install and a
PyInstaller bundle: runtime data lives in the package (``jmreview/data``); the sample
pages live in the repository's top-level ``seeds/`` and are mapped into
``jmreview/data/seeds`` by the wheel build and the bundle spec.
"""
from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder of runtime data files shipped inside the package."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "jmreview" / "data"
    return PACKAGE_DIR / "data"


def data_file(name: str) -> Path:
    """Path of one runtime data file; raises FileNotFoundError naming it if absent."""
    path = data_dir() / name
    if not path.exists():
        raise FileNotFoundError(f"jmreview data file missing: {name} (looked in {path.parent})")
    return path


def seeds_dir() -> Path:
    """The folder of bundled sample pages (wheel/bundle copy first, then the checkout's)."""
    for candidate in (data_dir() / "seeds", PACKAGE_DIR.parent / "seeds"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    raise FileNotFoundError("the sample pages (seeds/) are not installed")
