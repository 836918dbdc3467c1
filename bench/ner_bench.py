"""Cost of the entity pass against bare jieba.posseg, best of several interleaved rounds.

    python bench/ner_bench.py [--rounds N] [--copies N] [--lexicon N]

On a shared machine one timing swings by half; taking the best of N rounds, with bare
tagging and our analysis measured one after the other inside each round, gives a ratio
that holds from run to run. Measures, over the sample pages' text (jieba warmed up):
  * bare: jieba.posseg (HMM on, its default) over the pages' Simplified text;
  * analysis without entities, and the whole analysis (what an import computes per page);
  * the whole analysis with a lexicon of N entries (default 10,000; what editors taught), as an import
    of a desk with a big lexicon computes it;
and prints µs per character for each and the share of the entity pass. `import_bench.py`
gives the end-to-end figure with SQLite writes; this one isolates what entities cost.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jmreview.analysis.blocks import split_blocks  # noqa: E402
from jmreview.analysis.learned import Lexicon  # noqa: E402
from jmreview.analysis.lexicon import tokenizer  # noqa: E402
from jmreview.analysis.pipeline import analyse_text  # noqa: E402
from jmreview.resources import seeds_dir  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_bench import lexicon_entries  # noqa: E402


def best(fn, rounds: int) -> float:  # type: ignore[no-untyped-def]
    """The shortest of `rounds` timings of fn()."""
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return min(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--lexicon", type=int, default=10_000)
    args = ap.parse_args()
    lexicon = Lexicon(lexicon_entries(args.lexicon))
    pages = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))] * args.copies
    simplified = ["\n".join(b.simplified for b in split_blocks(t)) for t in pages]
    chars = sum(map(len, pages))
    posseg = tokenizer()
    analyse_text(pages[0])  # warm up: dictionaries, gazetteer, patterns

    def bare() -> None:
        for text in simplified:
            for _ in posseg.cut(text):
                pass

    def without() -> None:
        for text in pages:
            analyse_text(text, with_entities=False)

    def whole() -> None:
        for text in pages:
            analyse_text(text)

    def taught() -> None:
        for text in pages:
            analyse_text(text, lexicon=lexicon)

    times = {"bare": [], "without": [], "whole": [], "taught": []}  # type: dict[str, list[float]]
    for _ in range(args.rounds):  # interleaved, so a busy moment hits every measurement alike
        times["bare"].append(best(bare, 1))
        times["without"].append(best(without, 1))
        times["whole"].append(best(whole, 1))
        times["taught"].append(best(taught, 1))
    b, w, a, t = (min(times[k]) for k in ("bare", "without", "whole", "taught"))
    per = 1e6 / chars
    print(f"corpus: {len(pages)} pages, {chars} characters, best of {args.rounds} rounds")
    print(f"bare jieba.posseg              {b * per:6.2f} µs/char")
    print(f"analysis without entities      {w * per:6.2f} µs/char")
    print(f"whole analysis                 {a * per:6.2f} µs/char   (entities {(a - w) * per:.2f})")
    print(f"with a {args.lexicon:,}-entry lexicon {t * per:6.2f} µs/char   (lexicon {(t - a) * per:.2f})")
    print(f"bare / whole analysis          {b / a:6.2f}")
    print(f"bare / with the lexicon        {b / t:6.2f}   (target >= 1.5)")


if __name__ == "__main__":
    main()
