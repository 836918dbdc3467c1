"""Export speed on 100,000 articles against bare writers of the same rows, as ratios from one run.

    python bench/export_bench.py [--keep DB]

Uses the corpus generator of gui_bench.py. For Excel the baseline is openpyxl's write-only
mode appending exactly the rows our export writes (prepared beforehand, so only writing is
timed); for JSON it is `json.dump` of exactly the document our export writes. Our figures
include everything: reading the database, assembling text, making cells safe, the atomic
move into place. Target: ≤ 1.3× each.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_bench import generate  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from jmreview.exchange import export_xlsx as xlsx  # noqa: E402
from jmreview.exchange.export_json import corpus, export_json  # noqa: E402
from jmreview.store.database import Store  # noqa: E402


def captured_rows(out: Path) -> dict[str, list[list[object]]]:
    """Run our export once, keeping the rows each sheet received (the baseline writes these)."""
    sheets: dict[str, list[list[object]]] = {}
    original = xlsx.SheetWriter.write

    def keep(self: xlsx.SheetWriter, *args: object, **kwargs: object) -> None:
        sheets[self.key] = [list(r) for r in self.rows]
        original(self, *args, **kwargs)

    xlsx.SheetWriter.write = keep  # type: ignore[method-assign]
    try:
        xlsx.export_xlsx(out)
    finally:
        xlsx.SheetWriter.write = original  # type: ignore[method-assign]
    return sheets


def bare_xlsx(sheets: dict[str, list[list[object]]], out: Path) -> float:
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    for key, rows in sheets.items():
        ws = wb.create_sheet(key)
        for row in rows:
            ws.append([v if not hasattr(v, "value") else v.value for v in row])  # type: ignore[union-attr]
    wb.save(out)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    path = args.keep or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    if not path.exists():
        generate(path, args.articles)
    tmp = Path(tempfile.mkdtemp())
    with Store(path):
        sheets = captured_rows(tmp / "warm.xlsx")
        start = time.perf_counter()
        report = xlsx.export_xlsx(tmp / "ours.xlsx")
        ours_xlsx = time.perf_counter() - start
        base_xlsx = bare_xlsx(sheets, tmp / "bare.xlsx")
        doc = corpus()
        start = time.perf_counter()
        with (tmp / "bare.json").open("w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
        base_json = time.perf_counter() - start
        start = time.perf_counter()
        export_json(tmp / "ours.json")
        ours_json = time.perf_counter() - start
    print(f"{report.articles:,} articles, {report.entities:,} entity rows")
    print(f"xlsx  ours {ours_xlsx:6.1f} s   bare openpyxl write-only {base_xlsx:6.1f} s   "
          f"ratio {ours_xlsx / base_xlsx:.2f}")
    print(f"json  ours {ours_json:6.1f} s   bare json.dump           {base_json:6.1f} s   "
          f"ratio {ours_json / base_json:.2f}")


if __name__ == "__main__":
    main()
