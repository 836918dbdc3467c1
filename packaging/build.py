"""Build the desktop bundle: `python packaging/build.py [--onefile] [--skip-audit]`.

Produces dist/jmreview/ (one folder, the artifact; on macOS also dist/jmreview.app) or,
with --onefile, dist/jmreview(.exe). Writes the Windows version resource from the package
version, runs PyInstaller on packaging/jmreview.spec, then the audit (size budget and
required files), which fails the build when anything is wrong.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

VERSION_INFO = """VSVersionInfo(
  ffi=FixedFileInfo(filevers=({t}), prodvers=({t}), mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('080404B0', [
    StringStruct('CompanyName', 'jmreview'), StringStruct('FileDescription', 'jmreview 江门日报版面审校'),
    StringStruct('FileVersion', '{v}'), StringStruct('ProductName', 'jmreview'),
    StringStruct('ProductVersion', '{v}'), StringStruct('OriginalFilename', 'jmreview.exe')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])])
"""


def write_version_info() -> None:
    """The Windows version resource, taken from jmreview.__version__."""
    from jmreview import __version__

    parts = [int(p) for p in __version__.split(".")[:3] if p.isdigit()]
    numbers = ", ".join(str(n) for n in (parts + [0, 0, 0, 0])[:4])
    out = HERE / "build" / "version_info.txt"
    out.parent.mkdir(exist_ok=True)
    out.write_text(VERSION_INFO.format(t=numbers, v=__version__), encoding="utf-8")


def main() -> int:
    """Build, then audit the one-folder bundle."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--onefile", action="store_true", help="one self-extracting file instead of a folder")
    ap.add_argument("--skip-audit", action="store_true")
    args = ap.parse_args()
    write_version_info()
    env = {**os.environ, "JMREVIEW_ONEFILE": "1" if args.onefile else "0"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(HERE / "build" / "work"),
                    str(HERE / "jmreview.spec")], check=True, cwd=ROOT, env=env)
    print(f"built in {time.perf_counter() - start:.0f} s")
    if args.onefile or args.skip_audit:
        return 0
    from audit import audit  # type: ignore[import-not-found]

    return audit(ROOT / "dist" / "jmreview")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
