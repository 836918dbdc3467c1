"""Score the store's current articles against gold files (shared/gold format).

The figures are those of the reference scorer (shared/eval/score.py) on the same data:
boundary P/R/F1, title accuracy, pairwise grouping, roles, joins, duplicates, bylines and
entities, strict and lenient. A test runs both and compares them.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from jmreview.analysis.script import to_simplified
from jmreview.errors import JmreviewError
from jmreview.exchange.safe_read import read_capped

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
MARKS = re.compile(r"^[#\s*□■●◆]+|[\s*]+$")
BYLINE_FIELDS = ("reporters", "correspondents", "photographers")
GOLD_BYTES = 64 << 20   # a gold file answers for one page: a few KB


def norm(text: str) -> str:
    """Comparison form: no markdown, no pinyin, no spaces, Simplified."""
    text = PINYIN.sub("", text or "")
    text = MARKS.sub("", text.strip())
    return to_simplified(re.sub(r"\s+", "", text))


class PRF:
    """Counts of true positives, false positives and false negatives."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, pred: set, gold: set, ignore: set | frozenset = frozenset()) -> None:
        """Count one comparison of sets."""
        self.tp += len(pred & gold)
        self.fp += len(pred - gold - ignore)
        self.fn += len(gold - pred)

    def row(self, name: str) -> dict[str, Any]:
        """The metric as a row."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"metric": name, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _gold_clusters(gold: dict, pred_starts: set[int]) -> dict[int, int]:
    owner: dict[int, int] = {}
    current = -1
    for i, art in enumerate(gold["articles"]):
        if not art.get("optional") or art["lines"][0] in pred_starts or current < 0:
            current = i
        for line in art["lines"]:
            owner[line] = current
    return owner


def _pairs(owner: dict[int, int], lines: list[int]) -> set[tuple[int, int]]:
    return {(x, y) for x, y in combinations(lines, 2) if x in owner and y in owner and owner[x] == owner[y]}


def _entity_sets(entities: list[dict]) -> dict[str, set]:
    out: dict[str, set] = {"PER": set(), "LOC": set(), "ORG": set()}
    for e in entities:
        if e.get("status") == "rejected" or e.get("label") not in out:
            continue
        out[e["label"]].add(norm(e.get("simplified") or e.get("text", "")))
    return out


def _lenient(pred: set, gold: set) -> tuple[int, int, int]:
    tp_p = sum(1 for p in pred if any(p in g or g in p for g in gold))
    tp_g = sum(1 for g in gold if any(p in g or g in p for p in pred))
    return tp_p, len(pred) - tp_p, len(gold) - tp_g


def _score_file(gold: dict, arts: list[dict], m: dict[str, PRF], roles: dict[str, PRF], titles: Counter) -> None:
    p_first = {a["blocks"][0]["line"]: a for a in arts if a.get("blocks")}
    required = {a["lines"][0] for a in gold["articles"] if not a.get("optional")}
    optional = {a["lines"][0] for a in gold["articles"] if a.get("optional")}
    m["boundary"].add(set(p_first), required, optional)
    owner_p = {b["line"]: i for i, a in enumerate(arts) for b in a.get("blocks", [])}
    owner_g = _gold_clusters(gold, set(p_first))
    lines = sorted(set(owner_g) | set(owner_p))
    m["grouping"].add(_pairs(owner_p, lines), _pairs(owner_g, lines))
    for g in gold["articles"]:
        pa = p_first.get(g["lines"][0])
        if pa is None:
            continue
        titles["total"] += 1
        titles["ok"] += norm(pa.get("title", "")) == norm(g["title"])
        p_roles = {b["line"]: b.get("role", "body") for b in pa["blocks"]}
        g_roles = {int(k): v for k, v in g.get("roles", {}).items()}
        for role in (set(p_roles.values()) | set(g_roles.values())) - {"body"}:
            roles.setdefault(role, PRF()).add({ln for ln, r in p_roles.items() if r == role},
                                              {ln for ln, r in g_roles.items() if r == role})
        for fld in BYLINE_FIELDS:
            m[fld].add({norm(x) for x in pa.get(fld, [])}, {norm(x) for x in g.get(fld, [])})
    joins_p, dups_p = set(), set()
    for a in arts:
        previous_body = None
        for b in a.get("blocks", []):
            if b.get("joins_previous") and previous_body is not None:
                joins_p.add((previous_body, b["line"]))
            if b.get("role", "body") == "body":
                previous_body = b["line"]
            if b.get("duplicate_of"):
                dups_p.add(frozenset((b["line"], b["duplicate_of"])))
    m["join"].add(joins_p, {tuple(j) for j in gold.get("joins", [])})
    m["duplicate"].add(dups_p, {frozenset(d) for d in gold.get("duplicates", [])})


class GoldRefused(JmreviewError):
    """A gold file that cannot be read as answers: named, with why."""


def _gold(path: Path) -> dict[str, Any]:
    """One gold file's answers (a FIFO or /dev/zero is refused by name by read_capped); refused when it is not JSON
    text of an object naming its page and listing its articles."""
    try:
        found = json.loads(read_capped(path, GOLD_BYTES).decode("utf-8"))
    except UnicodeDecodeError:
        raise GoldRefused(f"{path.name} is not UTF-8 text: it is no gold file") from None
    except (ValueError, RecursionError) as exc:   # not JSON, nested too deeply, a number too long
        raise GoldRefused(f"{path.name} is not a gold file ({str(exc)[:80] or 'nested too deeply'})") from None
    if not isinstance(found, dict) or "articles" in found and not (
            isinstance(found.get("file"), str) and isinstance(found["articles"], list)
            and all(isinstance(a, dict) and isinstance(a.get("lines"), list) and a["lines"]
                    and all(isinstance(n, int) for n in a["lines"]) for a in found["articles"])):
        raise GoldRefused(f"{path.name} is not a gold file: it needs the page's \"file\" and its \"articles\", each "
                          "with the numbers of its \"lines\"")
    return found


def score(export: dict, gold_dir: Path) -> list[dict[str, Any]]:
    """Every metric of the export against the gold folder, as rows."""
    golds = (_gold(p) for p in sorted(Path(gold_dir).glob("*.json")))
    return score_answers(export, golds)


def score_answers(export: dict, golds: Iterable[dict]) -> list[dict[str, Any]]:
    """Every metric of the export against gold answers (in the gold files' order), as rows."""
    pred: dict[str, list[list[dict]]] = {}   # pages of one name in several folders (run 58 A33: the last scored)
    for f in export.get("files", []):
        pred.setdefault(f["name"], []).append(sorted(f.get("articles", []), key=lambda a: a.get("index", 0)))
    twice: list[str] = []
    m = {k: PRF() for k in ("boundary", "grouping", "join", "duplicate", *BYLINE_FIELDS)}
    roles: dict[str, PRF] = {}
    ents = {k: PRF() for k in ("PER", "LOC", "ORG")}
    loose = {k: [0, 0, 0] for k in ("LOC", "ORG")}
    titles: Counter = Counter()
    missing = []
    for gold in golds:
        if "articles" not in gold:
            continue
        if gold["file"] not in pred:
            missing.append(gold["file"])
            continue
        arts = _nearest(pred[gold["file"]], gold)
        if len(pred[gold["file"]]) > 1:
            twice.append(gold["file"])
        _score_file(gold, arts, m, roles, titles)
        g_ents = gold.get("entities")
        if g_ents:
            p_ents = _entity_sets([e for a in arts for e in a.get("entities", [])])
            for label in ents:
                gold_set = {norm(x) for x in g_ents.get(label, [])}
                ents[label].add(p_ents[label], gold_set, frozenset())
                if label in loose:
                    tp, fp, fn = _lenient(p_ents[label], gold_set)
                    loose[label] = [loose[label][0] + tp, loose[label][1] + fp, loose[label][2] + fn]
    rows = [m["boundary"].row("boundary"),
            {"metric": "title", "accuracy": round(titles["ok"] / titles["total"], 4) if titles["total"] else 0.0,
             "n": titles["total"]},
            m["grouping"].row("grouping")]
    rows += [r.row(f"role:{k}") for k, r in sorted(roles.items())]
    rows += [m[k].row(k) for k in ("join", "duplicate", *BYLINE_FIELDS)]
    rows += [ents[k].row(f"entity:{k}") for k in ents]
    for label, (tp, fp, fn) in loose.items():
        r = PRF()
        r.tp, r.fp, r.fn = tp, fp, fn
        rows.append(r.row(f"entity:{label}:lenient"))
    if missing:
        rows.append({"metric": "missing_files", "files": missing})
    if twice:   # said: scored against the page of that name whose titles are the gold's
        rows.append({"metric": "same_name_files", "files": twice})
    return rows


def _nearest(pages: list[list[dict]], gold: dict) -> list[dict]:
    """Of the pages holding the gold's file name, the one sharing the most titles with it."""
    titles = {a.get("title") for a in gold.get("articles", [])}
    return max(pages, key=lambda arts: len({a.get("title") for a in arts} & titles))


def format_rows(rows: list[dict[str, Any]]) -> str:
    """Rows as the reference scorer prints them: key=value pairs, one metric a line."""
    return "\n".join("  ".join(f"{k}={v}" for k, v in r.items()) for r in rows)
