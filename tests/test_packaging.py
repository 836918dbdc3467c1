"""The self-test from source, and the bundle audit's verdicts."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
from audit import REQUIRED, audit  # type: ignore[import-not-found]  # noqa: E402


def test_self_test_from_source_prints_one_line_and_exits_zero(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "--self-test"], capture_output=True, text=True,
                         timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                           "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("jmreview self-test: ok")


def fake_bundle(root: Path, extra_mb: int = 0) -> Path:
    internal = root / "jmreview" / "_internal"
    for rel in REQUIRED:
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_text("x", encoding="utf-8")
    for n in range(5):
        (internal / "jmreview/data/seeds" / f"{n}.txt").write_text("x", encoding="utf-8")
    if extra_mb:
        (internal / "big.bin").write_bytes(b"\0" * extra_mb * 1_000_000)
    return root / "jmreview"


def test_audit_passes_a_complete_bundle_within_budget(tmp_path: Path) -> None:
    assert audit(fake_bundle(tmp_path)) == 0


def test_audit_fails_when_over_budget_or_incomplete(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    big = fake_bundle(tmp_path / "a", extra_mb=131)
    assert audit(big) == 1 and "over the 130 MB budget" in capsys.readouterr().out
    incomplete = fake_bundle(tmp_path / "b")
    (incomplete / "_internal" / "jieba" / "dict.txt").unlink()
    assert audit(incomplete) == 1 and "missing: jieba/dict.txt" in capsys.readouterr().out
