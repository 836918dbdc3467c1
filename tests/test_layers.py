"""The folder tree is the pipeline: layers enforced by import-linter, no import circles, small modules."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from .conftest import ROOT

PACKAGE = ROOT / "jmreview"


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter with the contracts of pyproject.toml, on the package found in cwd."""
    exe = Path(sys.executable).parent / "lint-imports"
    if not exe.exists():
        pytest.skip("import-linter is not installed")
    return subprocess.run([str(exe), "--config", str(cwd / "pyproject.toml"), "--no-cache"], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_import_contracts_are_kept() -> None:
    out = lint_imports(ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


@pytest.mark.parametrize(("module", "line", "contract"), [
    ("analysis/script.py", "from jmreview.store import models", "Analysis is text in"),
    ("store/queries.py", "from PySide6.QtCore import Qt", "never import Qt"),
    ("gui/panels.py", "from jmreview.analysis.segment import segment", "internal modules"),
    ("gui/jobs.py", "from jmreview.gui.main_window import MainWindow", "No import circles"),
])
def test_a_forbidden_import_breaks_a_contract(tmp_path: Path, module: str, line: str, contract: str) -> None:
    shutil.copytree(PACKAGE, tmp_path / "jmreview", ignore=shutil.ignore_patterns("__pycache__", "data"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / "jmreview" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    out = lint_imports(tmp_path)
    assert out.returncode != 0, out.stdout
    broken = [ln for ln in out.stdout.splitlines() if ln.endswith("BROKEN")]
    assert any(contract in b for b in broken) or contract in out.stdout.split("Broken contracts")[-1], out.stdout


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's components of more than one module (the import circles)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(comp)

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_circle_between_any_two_modules() -> None:
    """Every import counts, lazy ones and those under TYPE_CHECKING too."""
    g = grimp.build_graph("jmreview", cache_dir=None)
    graph = {m: {i for i in g.find_modules_directly_imported_by(m) if i != "jmreview"} for m in g.modules}
    assert len(graph) > 60
    assert strongly_connected(graph) == []
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [{"a", "b", "c"}]


def test_modules_are_small() -> None:
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in PACKAGE.rglob("*.py")}
    assert {k: v for k, v in sizes.items() if v > 400} == {}
    tree = ast.parse((PACKAGE / "gui" / "main_window.py").read_text(encoding="utf-8"))
    window = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MainWindow")
    assert window.end_lineno is not None and window.end_lineno - window.lineno + 1 <= 500


def test_the_packages_read_as_the_pipeline() -> None:
    for pkg in ("analysis", "store", "exchange", "workflows", "gui"):
        assert (PACKAGE / pkg / "__init__.py").read_text(encoding="utf-8").startswith('"""'), pkg
    assert not list((PACKAGE / "core").glob("*.py"))
