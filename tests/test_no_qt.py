"""The core never imports Qt: the CLI and tests run it without PySide6."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "jmreview" / "core"


def test_core_imports_without_qt() -> None:
    modules = sorted(p.stem for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):\n"
        "            raise ImportError('Qt is not allowed in the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        + "".join(f"import jmreview.core.{m}\n" for m in modules)
        + "import jmreview.cli\n"
        "from jmreview.core.pipeline import analyse_text\n"
        "analyse_text('## 标题\\n\\n江门日报讯（记者/胡晴晴）8月21日，活动举行。\\n')\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print('ok', len(sys.argv))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")


def test_no_core_source_mentions_pyside() -> None:
    for path in CORE.glob("*.py"):
        assert "PySide6" not in path.read_text(encoding="utf-8"), path.name
