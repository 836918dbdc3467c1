"""Score entity suggestions on a BIO-tagged file: pages made from its sentences, exact spans.

The method of the news NER harness: sentences go onto pages of 40 (a headline line, then
one sentence a line with a blank line after each), the pages are imported like any other,
and every PER/LOC/ORG suggestion that lies inside a sentence is compared with the gold spans
of that sentence (exact start, end and label; rejected suggestions do not count).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from jmreview.errors import JmreviewError
from jmreview.exchange.safe_read import read_capped

PER_PAGE = 40
BIO_BYTES = 1 << 30
LABELS = ("PER", "LOC", "ORG")
Sentence = tuple[str, list[str]]


def read_bio(path: Path) -> list[Sentence]:
    """Sentences of a BIO file: one `character TAG` a line, a blank line between sentences."""
    try:
        lines = read_capped(path, BIO_BYTES).decode("utf-8-sig").splitlines()   # a FIFO, /dev/zero: refused
    except (OSError, UnicodeDecodeError) as exc:
        raise JmreviewError(f"{path}: cannot read a UTF-8 BIO file ({exc})") from exc
    sents: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    for n, line in enumerate(lines + [""], 1):
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":   # a document's start (CoNLL; jmreview's own export writes one): a break
            parts = []
        if not parts:
            if chars:
                sents.append(("".join(chars), tags))
            chars, tags = [], []
            continue
        tag = parts[1] if len(parts) >= 2 else "O"
        if len(parts[0]) != 1 or not (tag == "O" or tag[:2] in ("B-", "I-", "S-", "E-", "M-")):
            raise JmreviewError(f"{path}, line {n}: expected one character and a tag (O, B-X, I-X)")
        chars.append(parts[0])
        tags.append(tag)
    if not sents:
        raise JmreviewError(f"{path}: no tagged sentences")
    return sents


def spans_of(tags: list[str]) -> set[tuple[int, int, str]]:
    """Gold spans (start, end, label) of one sentence; I- after another label starts a new span."""
    out: set[tuple[int, int, str]] = set()
    start, label = None, None
    for i, t in enumerate(tags + ["O"]):
        kind, lab = (t[0], t[2:]) if t != "O" else ("O", None)
        if kind in ("O", "B", "S") or lab != label:
            if start is not None and label is not None:
                out.add((start, i, label))
            start, label = (i, lab) if kind != "O" else (None, None)
    return out


def make_pages(sents: list[Sentence], folder: Path, stem: str = "bio") -> list[tuple[str, int, int]]:
    """Write the pages; returns (file name, offset, sentence number) for every sentence."""
    folder.mkdir(parents=True, exist_ok=True)
    index: list[tuple[str, int, int]] = []
    for p in range(0, len(sents), PER_PAGE):
        name = f"{stem}_{p // PER_PAGE:04d}.txt"
        text = f"# 新闻摘编 {p // PER_PAGE + 1}\n\n"
        for k, (s, _) in enumerate(sents[p:p + PER_PAGE]):
            index.append((name, len(text), p + k))
            text += s + "\n\n"
        (folder / name).write_text(text, encoding="utf-8")
    return index


def score_bio(export: dict[str, Any], sents: list[Sentence], index: list[tuple[str, int, int]]) -> list[dict[str, Any]]:
    """Exact-span P/R/F1 per label and over all three, as rows."""
    starts: dict[str, list[tuple[int, int]]] = {}
    for name, off, k in index:
        starts.setdefault(name, []).append((off, k))
    pred: dict[int, set[tuple[int, int, str]]] = {k: set() for k in range(len(sents))}
    for f in export["files"]:
        places = starts.get(f["name"], [])
        for art in f["articles"]:
            for e in art.get("entities", []):
                if e["label"] not in LABELS or e.get("status") == "rejected":
                    continue
                for off, k in places:
                    if off <= e["start"] and e["end"] <= off + len(sents[k][0]):
                        pred[k].add((e["start"] - off, e["end"] - off, e["label"]))
                        break
    c: Counter[tuple[str, str]] = Counter()
    for k, (_, tags) in enumerate(sents):
        gold = spans_of(tags)
        for lab in LABELS:
            g = {x for x in gold if x[2] == lab}
            found = {x for x in pred[k] if x[2] == lab}
            c[lab, "tp"] += len(g & found)
            c[lab, "fp"] += len(found - g)
            c[lab, "fn"] += len(g - found)
    rows = []
    for lab in (*LABELS, "ALL"):
        labs = LABELS if lab == "ALL" else (lab,)
        tp, fp, fn = (sum(c[x, q] for x in labs) for q in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append({"metric": f"bio:{lab}", "p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4),
                     "tp": tp, "fp": fp, "fn": fn})
    unknown: Counter[str] = Counter(x[2] for _, tags in sents for x in spans_of(tags) if x[2] not in LABELS)
    if unknown:   # gold spans of labels not scored: said, not only counted as misses (run 59 A37: PERSON, GPE)
        said = ", ".join(f"{lab} ({n})" for lab, n in unknown.most_common())
        rows.append({"metric": "bio:not_scored", "labels": said, "scored": "/".join(LABELS)})
    return rows
