"""The window fixtures of tests/gui, for the attacks that drive the window."""
from __future__ import annotations

from ..gui.conftest import window  # noqa: F401
