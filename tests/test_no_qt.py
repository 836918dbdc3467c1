"""The Qt-free layers never import Qt: the CLI and tests run them without PySide6."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "jmreview"
QT_FREE = ("analysis", "store", "exchange", "workflows")


def qt_free_modules() -> list[str]:
    """Every module of the Qt-free packages, dotted."""
    return sorted(f"jmreview.{pkg}.{p.stem}" for pkg in QT_FREE for p in (PACKAGE / pkg).glob("*.py")
                  if p.stem != "__init__")


def test_core_imports_without_qt() -> None:
    modules = qt_free_modules()
    assert len(modules) > 30
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):\n"
        "            raise ImportError('Qt is not allowed in the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        + "".join(f"import {m}\n" for m in modules)
        + "import jmreview.cli\n"
        "from jmreview.analysis.pipeline import analyse_text\n"
        "analyse_text('## 标题\\n\\n江门日报讯（记者/胡晴晴）8月21日，活动举行。\\n')\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print('ok', len(sys.argv))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")


def test_no_core_source_mentions_pyside() -> None:
    for pkg in QT_FREE:
        for path in (PACKAGE / pkg).glob("*.py"):
            assert "PySide6" not in path.read_text(encoding="utf-8"), path.name
