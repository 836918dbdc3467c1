"""The learning curve: how much better the suggestions on unseen pages get as earlier pages are reviewed.

    python bench/learning_bench.py [--set dev|seeds|both] [--json]

For k = 0, 1, 2, … pages reviewed: a fresh database imports the first k pages, an editor reviews
them — the gold answers applied through the same core edits the window uses (accept, relabel,
reject a suggestion; label a missed name by hand; set a line's role; take a line out as noise;
mark the article reviewed) — then the remaining pages are imported (the lexicon is applied at
import) and scored with the reference scorer (shared/eval/score.py). Prints entity F1 (PER, LOC,
ORG and their micro average) and segmentation figures (boundary, grouping, role micro F1) on the
pages not yet reviewed. Nothing here knows a page's strings: it only replays the gold.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jmreview.analysis.script import to_simplified_aligned  # noqa: E402
from jmreview.exchange.export_json import corpus  # noqa: E402
from jmreview.store.database import Store  # noqa: E402
from jmreview.store.edits import set_block_role, set_noise, set_status  # noqa: E402
from jmreview.store.entity_edits import add_entity, update_entity  # noqa: E402
from jmreview.store.models import Article, Block, Entity, SourceFile  # noqa: E402
from jmreview.workflows.importer import import_paths  # noqa: E402

SHARED = ROOT.parent / "shared"
SETS = {
    "dev": (ROOT / "tests/data/dev/pages", ROOT / "tests/data/dev/gold", ROOT / "tests/data/dev/gold_entities"),
    "seeds": (ROOT / "seeds", ROOT / "tests/data/gold", None),
}
LABELS = ("PER", "LOC", "ORG")
EDITOR = "李明"


def scorer() -> Any:
    """The reference scorer, shared/eval/score.py."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def gold_of(page: Path, gold_dir: Path, entity_dir: Path | None) -> tuple[dict, dict]:
    """A page's gold file and its entity gold (PER/LOC/ORG lists and the uncertain ones)."""
    name = page.stem + ".json"
    gold = json.loads((gold_dir / name).read_text(encoding="utf-8"))
    if entity_dir is not None and (entity_dir / name).exists():
        return gold, json.loads((entity_dir / name).read_text(encoding="utf-8"))
    return gold, gold.get("entities", {})


def review(store: Store, page: Path, gold: dict, ents: dict, norm: Any) -> None:
    """Replay an editor's review of one page through the core edits."""
    source = SourceFile.get((SourceFile.name == page.name) & SourceFile.replaced_by.is_null())
    blocks = {b.line: b for b in Block.select().where(Block.file == source)}
    members = {ln for a in gold["articles"] for ln in a["lines"]}
    roles = {int(k): v for a in gold["articles"] for k, v in a.get("roles", {}).items()}
    for line in gold.get("noise", []):
        if line in blocks and blocks[line].article_id is not None:
            set_noise(store, EDITOR, blocks[line].id, True)
    for line in sorted(members):
        b = Block.get_by_id(blocks[line].id) if line in blocks else None
        if b is not None and b.article_id is not None and b.role != roles.get(line, "body"):
            set_block_role(store, EDITOR, b.id, roles.get(line, "body"))
    wanted = {norm(x): lab for lab in LABELS for x in ents.get(lab, [])}
    unsure = {norm(u["text"]) for u in ents.get("uncertain", [])}
    for e in list(Entity.select().where((Entity.file == source) & (Entity.status == "suggested"))):
        key = norm(e.simplified)
        if e.label not in LABELS or (key in unsure and key not in wanted):
            continue
        if wanted.get(key) == e.label:
            update_entity(store, EDITOR, e.id, status="accepted")
        elif key in wanted:
            update_entity(store, EDITOR, e.id, label=wanted[key])
        else:
            update_entity(store, EDITOR, e.id, status="rejected")
    _label_missed(store, source, wanted, norm)
    for art in Article.select().where(Article.file == source):
        set_status(store, EDITOR, art.id, "reviewed")


def _label_missed(store: Store, source: SourceFile, wanted: dict[str, str], norm: Any) -> None:
    """Label by hand, at its first free occurrence inside an article, each gold name no entity holds yet."""
    have = {(norm(e.simplified), e.label) for e in Entity.select().where((Entity.file == source)
                                                                         & (Entity.status == "accepted"))}
    simple = to_simplified_aligned(source.text)
    lines = [(b.start, b.end, b.article_id) for b in Block.select().where((Block.file == source)
                                                                           & Block.article.is_null(False))]
    for text, label in sorted(wanted.items()):
        if (text, label) in have:
            continue
        taken = [(e.start, e.end) for e in Entity.select().where((Entity.file == source)
                                                                 & (Entity.status == "accepted"))]
        at = simple.find(text)
        while at >= 0:
            owner = next((a for s, e, a in lines if s <= at and at + len(text) <= e), None)
            if owner and not any(s < at + len(text) and at < e for s, e in taken):
                add_entity(store, EDITOR, int(owner), at, at + len(text), label)
                break
            at = simple.find(text, at + 1)


def _scores(pages: list[Path], reviewed: int, golds: list, gold_dir: Path, entity_dir: Path | None, work: Path,
            score: Any) -> dict[str, Any]:
    """Review the first pages, import the others, score the others."""
    work = Path(tempfile.mkdtemp(dir=work))
    with Store(work / "corpus.sqlite3", backups=False) as store:
        if reviewed:
            import_paths(store, pages[:reviewed], workers=1)
            for page, (gold, ents) in zip(pages[:reviewed], golds[:reviewed]):
                review(store, page, gold, ents, score.norm)
        import_paths(store, pages[reviewed:], workers=1)
        export = corpus()
    rest = {p.name for p in pages[reviewed:]}
    export["files"] = [f for f in export["files"] if f["name"] in rest]
    subset = work / "gold"
    subset.mkdir()
    for page in pages[reviewed:]:
        os.symlink(gold_dir / (page.stem + ".json"), subset / (page.stem + ".json"))
    return figures(reviewed, {r["metric"]: r for r in score.score(export, subset, entity_dir)})


def curve(pages: list[Path], gold_dir: Path, entity_dir: Path | None, work: Path,
          steps: list[int] | None = None) -> list[dict[str, Any]]:
    """For k = 0 … n-1 (or the steps given): scores on the pages not yet reviewed, with k pages reviewed and
    with nothing learned."""
    score = scorer()
    golds = [gold_of(p, gold_dir, entity_dir) for p in pages]
    out = []
    for k in range(len(pages)) if steps is None else steps:
        learned = _scores(pages, k, golds, gold_dir, entity_dir, work, score)
        plain = _scores(pages[k:], 0, golds[k:], gold_dir, entity_dir, work, score)
        out.append({**learned, "plain": plain})
    return out


def figures(k: int, rows: dict[str, dict]) -> dict[str, Any]:
    """Entity F1 per label and micro, and the segmentation figures, from the scorer's rows."""
    def f1(tp: int, fp: int, fn: int) -> float:
        return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0
    ent = [rows[f"entity:{lab}"] for lab in LABELS]
    roles = [r for name, r in rows.items() if name.startswith("role:")]
    return {"reviewed": k, **{lab: rows[f"entity:{lab}"]["f1"] for lab in LABELS},
            "micro": f1(*(sum(r[x] for r in ent) for x in ("tp", "fp", "fn"))),
            "boundary": rows["boundary"]["f1"], "grouping": rows["grouping"]["f1"],
            "roles": f1(*(sum(r[x] for r in roles) for x in ("tp", "fp", "fn")))}


def main() -> int:
    """Print the learning curve of the chosen page sets."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("dev", "seeds", "both"), default="both")
    ap.add_argument("--order", choices=("forward", "reverse"), default="forward",
                    help="reverse: the second half of the pages is reviewed first")
    ap.add_argument("--half", action="store_true", help="only the point where half of the pages are reviewed")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = {}
    for name in (("dev", "seeds") if args.set == "both" else (args.set,)):
        pages_dir, gold_dir, entity_dir = SETS[name]
        pages = sorted(pages_dir.glob("*.txt"))
        if args.order == "reverse":
            pages = pages[len(pages) // 2:] + pages[:len(pages) // 2]
        with tempfile.TemporaryDirectory() as tmp:
            results[name] = curve(pages, gold_dir, entity_dir, Path(tmp), [len(pages) // 2] if args.half else None)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    for name, rows in results.items():
        print(f"{name}: scores on the pages not yet reviewed, after k reviewed (and with nothing learned)")
        print("  k  " + "".join(f"{x:<16}" for x in (*LABELS, "micro", "Δmicro", "boundary", "grouping", "roles")))
        for r in rows:
            p = r["plain"]
            cells = [f"{r[x]:.3f} ({p[x]:.3f})" for x in (*LABELS, "micro")]
            cells.append(f"{r['micro'] - p['micro']:+.3f}")
            cells += [f"{r[x]:.3f} ({p[x]:.3f})" for x in ("boundary", "grouping", "roles")]
            print(f"{r['reviewed']:>3}  " + "".join(f"{c:<16}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
