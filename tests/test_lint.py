"""ruff and mypy, as configured in pyproject.toml, pass on the whole tree."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize("tool", [["ruff", "check", "."], ["mypy"]])
def test_tool_is_clean(tool: list[str]) -> None:
    if shutil.which(tool[0]) is None and not (ROOT / ".venv" / "bin" / tool[0]).exists():
        pytest.skip(f"{tool[0]} is not installed")
    out = subprocess.run([sys.executable, "-m", *tool], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
