"""Check a built bundle: `python packaging/audit.py [dist/jmreview]`; non-zero when it fails.

Fails when the one-folder bundle is over the size budget or a file the app needs is missing
(jieba's dictionary, Qt's Chinese translation, our translation, OpenCC's dictionaries, the
sample pages, the domain dictionary).
"""
from __future__ import annotations

import sys
from pathlib import Path

BUDGET_MB = 130
REQUIRED = (
    "jieba/dict.txt",
    "jmreview/data/domain_dict.txt",
    "jmreview/data/common_chars.txt",
    "jmreview/data/gazetteer.txt",
    "jmreview/data/i18n/jmreview_zh_CN.qm",
    "jmreview/data/i18n/qtbase_zh_CN.qm",
    "jmreview/data/icons/jmreview.png",
    "jmreview/data/seeds/000_fe75734c17ad953c.txt",
    "opencc/clib/share/opencc/t2s.json",
    "opencc/clib/share/opencc/TSCharacters.ocd2",
)


def size_mb(folder: Path) -> float:
    """Total size of a folder in MB (10^6 bytes)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def audit(bundle: Path) -> int:
    """Print the findings; return 0 when the bundle passes."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    problems = [f"missing: {rel}" for rel in REQUIRED if not (internal / rel).exists()]
    seeds = list((internal / "jmreview/data/seeds").glob("*.txt"))
    if len(seeds) < 5:
        problems.append(f"sample pages: {len(seeds)} of 5")
    total = size_mb(bundle)
    if total > BUDGET_MB:
        problems.append(f"size {total:.0f} MB is over the {BUDGET_MB} MB budget")
    for line in problems:
        print(f"audit: {line}")
    print(f"audit: {bundle} is {total:.1f} MB; {'FAILED' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent / "dist" / "jmreview"
    sys.exit(audit(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
