"""The wheel carries everything the app reads at run time, and finds it without the checkout."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def test_wheel_install_finds_data_and_sample_pages(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(dist), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(dist.glob("jmreview-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "jmreview/data/domain_dict.txt" in names and "jmreview/data/common_chars.txt" in names
    assert sum(n.startswith("jmreview/data/seeds/") and n.endswith(".txt") for n in names) == 5
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = ("import jmreview, sys; from jmreview.resources import seeds_dir; "
            "assert str(seeds_dir()).startswith(sys.argv[1]), seeds_dir(); "
            "from jmreview.cli import main; sys.exit(main(['import', str(seeds_dir()), '--db', sys.argv[2]]))")
    out = subprocess.run([sys.executable, "-c", code, str(target), str(tmp_path / "w.sqlite3")],
                         capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "5 imported" in out.stdout
