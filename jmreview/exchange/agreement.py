"""How far two editors agree: their review copies of a page scored against each other by `evaluate`.

One copy is written as a gold answer (shared/gold format), the other as an export (the JSON contract), and
`evaluate.score_answers` — the reference scorer's figures — compares them: boundary, grouping, title, roles,
joins, duplicates, bylines and entities. F1 is symmetric, so which editor is "gold" does not change the
figures that are summed up here (boundary F1, role and entity micro F1); Cohen's kappa on line roles is added.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from jmreview.exchange.evaluate import score_answers
from jmreview.store.editor_names import person
from jmreview.store.models import SourceFile
from jmreview.store.queries import noise_lines
from jmreview.store.records import article_records
from jmreview.store.team import review_copies

ENTITY_LABELS = ("PER", "LOC", "ORG")
BYLINES = ("reporters", "correspondents", "photographers", "sources")


@dataclass(frozen=True)
class Agreement:
    """Two editors' agreement on one page or on every page both reviewed."""

    editor_a: str
    editor_b: str
    pages: int
    rows: list[dict[str, Any]] = field(default_factory=list)   # every metric, as `evaluate` gives it
    boundary_f1: float = 1.0
    role_f1: float | None = 1.0   # None: no line both put in an article, so no role to agree on (run 23 B51)
    entity_f1: float = 1.0
    title_accuracy: float = 1.0
    role_kappa: float | None = 1.0


def _name(source: SourceFile) -> str:
    return f"{source.folder}/{source.name}" if source.folder else source.name


def prediction_of(file_id: int) -> dict[str, Any]:
    """A page (or review copy) as an export with one file: what the scorer reads as a prediction."""
    source = SourceFile.get_by_id(file_id)
    return {"format": "jmreview-corpus", "files": [{"name": _name(source), "articles": article_records(source)}]}


def _joins(articles: list[dict[str, Any]]) -> list[list[int]]:
    """Joins as gold writes them: [the body line before, the line that continues it] (the scorer's rule)."""
    out = []
    for art in articles:
        previous = None
        for b in art["blocks"]:
            if b["joins_previous"] and previous is not None:
                out.append([previous, b["line"]])
            if b["role"] == "body":
                previous = b["line"]
    return out


def answer_of(file_id: int) -> dict[str, Any]:
    """A page (or review copy) as a gold answer (shared/gold format)."""
    source = SourceFile.get_by_id(file_id)
    arts = article_records(source)
    entities: dict[str, list[str]] = {label: [] for label in ENTITY_LABELS}
    for art in arts:
        for e in art["entities"]:
            if e["status"] != "rejected" and e["label"] in entities and e["simplified"] not in entities[e["label"]]:
                entities[e["label"]].append(e["simplified"])
    return {
        "file": _name(source),
        "articles": [{"title": a["title"], "kicker": a["kicker"], "subtitle": a["subtitle"], "category": a["category"],
                      "lines": [b["line"] for b in a["blocks"]], "optional": False,
                      "roles": {str(b["line"]): b["role"] for b in a["blocks"] if b["role"] != "body"},
                      **{k: a[k] for k in BYLINES}} for a in arts if a["blocks"]],
        "noise": noise_lines(source),
        "joins": _joins(arts),
        "duplicates": [[b["line"], b["duplicate_of"]] for a in arts for b in a["blocks"] if b["duplicate_of"]],
        "entities": entities,
    }


def _f1(rows: list[dict[str, Any]], metrics: tuple[str, ...]) -> float:
    """Micro F1 over some metrics (strict: 'role' means every role:X row, never a lenient one)."""
    chosen = [r for r in rows if r["metric"] in metrics or (r["metric"].startswith("role:") and "role" in metrics)]
    tp, fp, fn = (sum(r.get(k, 0) for r in chosen) for k in ("tp", "fp", "fn"))
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp + fp + fn else 1.0


def _roles(file_id: int) -> dict[int, str]:
    return {b["line"]: b["role"] for a in article_records(SourceFile.get_by_id(file_id)) for b in a["blocks"]}


def role_kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two editors' roles on the lines both put in an article."""
    if not pairs:
        return 1.0
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    return round((observed - expected) / (1 - expected), 4) if expected < 1 else 1.0


def agreement_of(editor_a: str, editor_b: str, copies: list[tuple[int, int]]) -> Agreement:
    """The agreement of A's and B's copies of some pages ([(copy of A, copy of B)], A as gold, B as prediction)."""
    export = {"files": [f for _, b in copies for f in prediction_of(b)["files"]]}
    rows = score_answers(export, [answer_of(a) for a, _ in copies])
    pairs = []
    for a, b in copies:
        left, right = _roles(a), _roles(b)
        pairs += [(left[line], right[line]) for line in sorted(set(left) & set(right))]
    by = {r["metric"]: r for r in rows}
    return Agreement(editor_a, editor_b, len(copies), rows, by["boundary"]["f1"],
                     _f1(rows, ("role",)) if pairs else None, _f1(rows, tuple(f"entity:{x}" for x in ENTITY_LABELS)),
                     by["title"]["accuracy"], role_kappa(pairs) if pairs else None)


def page_agreement(page_id: int) -> Agreement:
    """How far the two reviewers of a page agree (the first copy made is A)."""
    copies = review_copies(page_id)
    if len(copies) < 2:
        return Agreement("", "", 0)
    a, b = copies[:2]
    return agreement_of(a.review_editor or "", b.review_editor or "", [(a.id, b.id)])


def pair_agreement(editor_a: str, editor_b: str) -> Agreement:
    """How far two editors agree over every page both reviewed."""
    mine = {c.review_of: c.id for c in SourceFile.select().where(SourceFile.review_editor == editor_a)}
    theirs = {c.review_of: c.id for c in SourceFile.select().where(SourceFile.review_editor == editor_b)}
    both = sorted(set(mine) & set(theirs), key=lambda p: p or 0)
    return agreement_of(editor_a, editor_b, [(mine[p], theirs[p]) for p in both])


def editor_pairs() -> list[tuple[str, str]]:
    """Every pair of editors who reviewed a page together (A first, as in page_agreement)."""
    found: dict[tuple[str, str], None] = {}
    pages: dict[int | None, list[str]] = {}
    for c in SourceFile.select().where(SourceFile.review_of.is_null(False)).order_by(SourceFile.id):
        pages.setdefault(c.review_of, []).append(c.review_editor or "")
    for names in pages.values():
        if len(names) >= 2 and all(n.strip() for n in names[:2]) \
                and person(names[0]) != person(names[1]):   # a copy another program left nameless, or both copies made
            found[(names[0], names[1])] = None              # one person's: nobody's pair (run 36 B14, run 38 B18)
    return list(found)
