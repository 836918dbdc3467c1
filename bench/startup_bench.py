"""Start-up time of the window, from the bundle and from source, median of 5, and the bundle size.

    python bench/startup_bench.py [--bundle dist/jmreview/jmreview] [--runs 5] [--xvfb]

Each run starts a fresh process on a database holding the sample pages and reads the
probe the app writes (jmreview/gui/probe.py): when the window is shown, when
segmentation (jieba) is ready, and the longest the event loop waited meanwhile (how
responsive the window stayed). Targets: window ≤ 0.8 s from the bundle, segmentation
ready ≤ 2.5 s, bundle ≤ 130 MB.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))


def prepare(tmp: Path) -> Path:
    from jmreview.resources import seeds_dir
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    db = tmp / "startup.sqlite3"
    with Store(db) as store:
        import_paths(store, [seeds_dir()], workers=1)
    return db


def one_run(command: list[str], db: Path, tmp: Path, n: int, xvfb: bool) -> dict[str, float]:
    probe = tmp / f"probe-{n}.txt"
    env = {**os.environ, "JMREVIEW_STARTUP_PROBE": str(probe), "JMREVIEW_QUIT_AFTER_READY": "1",
           "JMREVIEW_SAMPLES": "no", "JMREVIEW_EDITOR": "bench", "JMREVIEW_SETTINGS": str(tmp / f"s{n}.ini")}
    if not xvfb:
        env["QT_QPA_PLATFORM"] = "offscreen"
    prefix = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"] if xvfb else []
    start = time.time()
    subprocess.run([*prefix, *command, "--db", str(db)], env=env, check=True, timeout=120,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    marks = dict(line.split() for line in probe.read_text().splitlines())
    return {"shown": float(marks["shown"]) - start, "ready": float(marks["ready"]) - start,
            "stall": float(marks["stall"])}


def measure(name: str, command: list[str], db: Path, tmp: Path, runs: int, xvfb: bool) -> dict[str, float]:
    one_run(command, db, tmp, 99, xvfb)  # warm: jieba's cache and the page cache, as on an editor's second start
    results = [one_run(command, db, tmp, n, xvfb) for n in range(runs)]
    summary = {k: statistics.median(r[k] for r in results) for k in ("shown", "ready", "stall")}
    print(f"{name:7s} window shown {summary['shown']:.2f} s   segmentation ready {summary['ready']:.2f} s   "
          f"longest event-loop wait while loading {summary['stall'] * 1000:.0f} ms   (median of {runs})")
    return summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bundle", type=Path, default=ROOT / "dist" / "jmreview" / "jmreview")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--xvfb", action="store_true", help="a real X server instead of the offscreen platform")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    db = prepare(tmp)
    measure("source", [sys.executable, "-m", "jmreview.cli"], db, tmp, args.runs, args.xvfb)
    if args.bundle.exists():
        from audit import size_mb  # type: ignore[import-not-found]

        measure("bundle", [str(args.bundle)], db, tmp, args.runs, args.xvfb)
        print(f"bundle  {size_mb(args.bundle.parent):.1f} MB ({args.bundle.parent})")
    else:
        print(f"no bundle at {args.bundle}: build it with python packaging/build.py")


if __name__ == "__main__":
    main()
