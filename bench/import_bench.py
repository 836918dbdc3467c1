"""Import throughput of the whole pipeline against bare jieba.posseg, as ratios from one run.

    python bench/import_bench.py [--copies N] [--lexicon N] [--rounds N]

Builds a corpus of N copies of each sample page (each copy made unique by one extra line),
then measures, after warming jieba up:
  * bare: jieba.posseg over the pages' Simplified text (what tagging alone costs);
  * pipeline, 1 process: `import_paths` into a fresh SQLite file (decode, normalise,
    segment, extract, write);
  * pipeline, all cores: the same folder with one worker process per core;
  * with --lexicon N (default 10,000): the serial pipeline again into a database whose lexicon
    holds N entries (what editors taught: names, places and bodies to suggest, some never to
    suggest), applied to every page at import.
Prints chars/s for each and the ratios pipeline/bare and parallel/serial, from wall time and, for the
one-process runs, from the process's CPU time too (on a machine others are using, the CPU-time ratio is
the repeatable one: it does not count the moments another program had the core).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("JMREVIEW_QUIET_SECONDS", "0")   # pages this script wrote a moment ago: no wait for quiet

from jmreview.analysis.blocks import split_blocks  # noqa: E402
from jmreview.analysis.learned import Entry  # noqa: E402
from jmreview.analysis.lexicon import tokenizer  # noqa: E402
from jmreview.resources import seeds_dir  # noqa: E402
from jmreview.store.database import Store  # noqa: E402
from jmreview.store.lexicon_edits import import_entries  # noqa: E402
from jmreview.workflows.importer import import_paths  # noqa: E402


def make_corpus(folder: Path, copies: int) -> list[Path]:
    paths = []
    for seed in sorted(seeds_dir().glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for n in range(copies):
            path = folder / f"{seed.stem}_{n:03d}.txt"
            path.write_text(text + f"\n\n（第{n}份）\n", encoding="utf-8")
            paths.append(path)
    return paths


def bare_posseg(paths: list[Path]) -> tuple[float, int]:
    texts = ["\n".join(b.simplified for b in split_blocks(p.read_text(encoding="utf-8"))) for p in paths]
    posseg = tokenizer()
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        for _ in posseg.cut(text):
            pass
    BARE_CPU.append(time.process_time() - cpu)
    return time.perf_counter() - start, sum(len(p.read_text(encoding="utf-8")) for p in paths)


def lexicon_entries(size: int) -> list[Entry]:
    """A lexicon of `size` entries as a desk's would be: names, places and bodies (jieba's dictionary words
    tagged nr, ns and nt, every k-th one), one in ten of them "never suggest"."""
    import jieba

    labels = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
    words = [(w, labels[tag]) for w, _, tag in (line.split() for line in (Path(jieba.__file__).parent / "dict.txt")
                                                 .read_text(encoding="utf-8").splitlines())
             if tag in labels and 2 <= len(w) <= 8]
    from jmreview.analysis.patterns import Decision, derive

    step = max(1, len(words) // size)
    entries = [Entry(w, label, k % 10 != 0, 1 + k % 5, ("编辑",)) for k, (w, label) in enumerate(words[::step][:size])]
    # …and the patterns those decisions teach (name endings, rejected shapes), as a desk's lexicon would hold
    taught = derive([Decision(e.text, e.label, e.positive, "" if e.positive else "jieba") for e in entries], [])
    return entries + [Entry(text, label, positive, len(ks), ("编辑",))
                      for (text, label, positive), ks in taught.items()]


BARE_CPU: list[float] = []
CPU: dict[str, list[float]] = {"serial": [], "taught": []}


def pipeline(folder: Path, workers: int, entries: list[Entry] | None = None) -> float:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite3") as store:
        if entries:
            import_entries(store, "bench", entries, "bench")
        start, cpu = time.perf_counter(), time.process_time()
        report = import_paths(store, [folder], workers=workers)
        elapsed = time.perf_counter() - start
        if workers == 1:
            CPU["taught" if entries else "serial"].append(time.process_time() - cpu)
        assert not report.refused and report.imported
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--lexicon", type=int, default=10_000, help="entries of the lexicon run (0: none)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best of each is shown")
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        paths = make_corpus(folder, args.copies)
        tokenizer()  # warm up: jieba's dictionary load is not part of either figure
        entries = lexicon_entries(args.lexicon) if args.lexicon else None
        runs: dict[str, list[float]] = {"bare": [], "serial": [], "taught": []}
        for _ in range(args.rounds):  # interleaved, best of each: a busy moment of a shared machine hits all alike
            bare, chars = bare_posseg(paths)
            runs["bare"].append(bare)
            runs["serial"].append(pipeline(folder, 1))
            if entries:
                runs["taught"].append(pipeline(folder, 1, entries))
        bare, serial = min(runs["bare"]), min(runs["serial"])
        taught = min(runs["taught"]) if entries else None
        parallel = pipeline(folder, cores)
    print(f"corpus: {len(paths)} files, {chars} characters")
    print(f"bare jieba.posseg     {chars / bare:12,.0f} chars/s")
    print(f"pipeline, 1 process   {chars / serial:12,.0f} chars/s   ratio to bare {bare / serial:.2f}   "
          f"(CPU time: {min(BARE_CPU) / min(CPU['serial']):.2f})")
    print(f"pipeline, {cores} workers   {chars / parallel:12,.0f} chars/s   "
          f"speedup over 1 process {serial / parallel:.2f}")
    if taught is not None:
        print(f"1 process, {args.lexicon:,}-entry lexicon {chars / taught:8,.0f} chars/s   ratio to bare "
              f"{bare / taught:.2f}   (CPU time: {min(BARE_CPU) / min(CPU['taught']):.2f}; target >= 1.5)")


if __name__ == "__main__":
    main()
