"""The differences between the two review copies of a page, each one a thing a curator settles.

The lines of a page fall into groups that both copies must cut alike (lines linked by being in one
article of either copy). A group cut differently is one ``segment`` difference; inside a group both cut
alike, every line's ``role``, ``join`` and ``duplicate`` mark, the article's ``fields`` (title, kicker,
subtitle, category, credits, date, status and flag) and every ``entity`` span (its label and role, or none) are
compared one by one.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from jmreview.store.models import (
    CATEGORIES,
    ROLES,
    STATUSES,
    Article,
    Block,
    CurationDecision,
    DamagedValue,
    Entity,
    database_proxy,
    listed,
)

NOISE = "noise"   # the word for lines in no article in a segment's answers (the window translates it)
FIELDS = ("title", "kicker", "subtitle", "category", "reporters", "correspondents", "photographers", "sources")
DECIDED = ("date", "status", "flag")   # also a reviewer's answer for an article: compared and taken with the fields
COMPARED = FIELDS + DECIDED


@dataclass
class Side:
    """One copy of a page: its lines, articles and the entities that lie on their articles' lines."""

    file_id: int
    editor: str
    blocks: dict[int, Block] = field(default_factory=dict)            # line → block
    articles: dict[int, Article] = field(default_factory=dict)        # id → article
    members: dict[int, tuple[int, ...]] = field(default_factory=dict)  # article id → its lines
    entities: dict[tuple[int, int], Entity] = field(default_factory=dict)   # (start, end) → entity

    def group(self, line: int) -> tuple[int, ...] | None:
        """The lines of the article a line is in (None: noise)."""
        art = self.blocks[line].article_id
        return self.members[art] if art else None

    def article_at(self, line: int) -> Article:
        """The article a line is in (the caller knows it is in one)."""
        return self.articles[int(self.blocks[line].article_id or 0)]

    def label(self, span: tuple[int, int]) -> str | None:
        """The label of the entity on a span (None: none, or rejected)."""
        e = self.entities.get(span)
        return e.label if e is not None and e.status != "rejected" else None

    def named(self, span: tuple[int, int]) -> str:
        """The entity on a span as a curator compares it: its label and role ('-': none)."""
        label = self.label(span)
        role = self.entities[span].role if label is not None else None
        return f"{label or '-'}" + (f" ({role})" if role else "")


def _known(side: Side) -> None:
    """Refuse a side holding a category, status or role jmreview never writes (run 34 B6: another program's
    `category = 'weird'` on a review copy was taken onto the page of record)."""
    for a in side.articles.values():
        for name, value, allowed in (("category", a.category, CATEGORIES), ("status", a.status, STATUSES)):
            if value not in allowed:
                raise DamagedValue(f"article {a.id}'s {name} {str(value)[:40]!r} is none jmreview writes")
    for row in database_proxy.execute_sql("SELECT id, reporters, correspondents, photographers, sources FROM article "
                                          "WHERE file_id = ?", (side.file_id,)):
        for raw in row[1:]:   # (run 34 B4, B5: numbers or null in a list, read as texts elsewhere, never curated)
            listed(raw, f"article {row[0]}'s list", strict=True)
    for b in side.blocks.values():
        if b.role not in ROLES:
            raise DamagedValue(f"line {b.line}'s role {str(b.role)[:40]!r} is none jmreview writes")


def read_side(file_id: int, editor: str = "") -> Side:
    """A page or review copy as it is now."""
    side = Side(file_id, editor)
    side.blocks = {b.line: b for b in Block.select().where(Block.file == file_id).order_by(Block.line)}
    side.articles = {a.id: a for a in Article.select().where(Article.file == file_id)}
    _known(side)
    lines: dict[int, list[int]] = {}
    for b in side.blocks.values():
        if b.article_id:
            lines.setdefault(b.article_id, []).append(b.line)
    side.members = {a: tuple(sorted(ls)) for a, ls in lines.items()}
    lines_of: dict[int, list[tuple[int, int]]] = {}   # article → its lines' (start, end), in order
    for b in sorted(side.blocks.values(), key=lambda b: b.start):
        if b.article_id:
            lines_of.setdefault(b.article_id, []).append((b.start, b.end))
    for e in Entity.select().where(Entity.file == file_id).order_by(Entity.id):
        spans = lines_of.get(e.article_id, [])
        k = bisect.bisect_right(spans, (e.start, float("inf"))) - 1   # the last line starting at or before it
        if k >= 0 and spans[k][0] <= e.start and e.end <= spans[k][1]:
            side.entities.setdefault((e.start, e.end), e)
    return side


def groups(a: Side, b: Side) -> list[list[int]]:
    """The page's lines in groups both copies must cut alike (lines of one article in either copy), in order."""
    parent = {line: line for line in a.blocks}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for side in (a, b):
        for lines in side.members.values():
            for line in lines[1:]:
                parent[find(line)] = find(lines[0])
    found: dict[int, list[int]] = {}
    for line in sorted(parent):
        found.setdefault(find(line), []).append(line)
    return sorted(found.values())


@dataclass(frozen=True)
class Difference:
    """One thing the two copies answer differently: which, where, each side's answer, and how it was settled."""

    key: str
    kind: str          # segment, role, join, duplicate, fields, entity
    lines: tuple[int, ...]
    a: str
    b: str
    settled: str | None = None   # 'a', 'b', 'own' or None
    page: str = ""               # the page's own answer, where it is neither side's (someone corrected the page)


def _cut(side: Side, lines: list[int]) -> str:
    parts = []
    for group in dict.fromkeys(side.group(line) for line in lines):
        if group is None:
            noise = [line for line in lines if side.group(line) is None]
            parts.append(f"{NOISE} " + ",".join(map(str, noise)))
        else:
            title = side.article_at(group[0]).title
            parts.append(f"《{title[:20]}》 {group[0]}–{group[-1]}")
    return "; ".join(parts)


def _shown(value: object) -> str:
    """A line's role, join or duplicate mark as a short answer: the role, ↳ for a join, the line it repeats."""
    return "↳" if value is True else "-" if value in (None, False) else str(value)


def _fields(side: Side, line: int) -> str:
    art = side.article_at(line)
    values = {name: getattr(art, name) for name in COMPARED}
    return " | ".join(f"{name}: {'、'.join(value) if isinstance(value, list) else value}"
                      for name, value in values.items() if value and (name, value) != ("status", "auto"))


def compare(a: Side, b: Side) -> list[Difference]:
    """Every difference between two copies of a page, in line order (not yet marked settled)."""
    out: list[Difference] = []
    starts = sorted((blk.start, blk.end, n) for n, blk in a.blocks.items())   # the page's lines, by place
    at: dict[int, list[tuple[int, int]]] = {}   # line → the entity spans (of either copy) lying on it
    for span in sorted({*a.entities, *b.entities}):
        k = bisect.bisect_right(starts, (span[0], float("inf"), 0)) - 1
        if k >= 0 and starts[k][0] <= span[0] and span[1] <= starts[k][1]:
            at.setdefault(starts[k][2], []).append(span)
    for lines in groups(a, b):
        if any(a.group(line) != b.group(line) for line in lines):
            out.append(Difference(f"segment:{lines[0]}", "segment", tuple(lines), _cut(a, lines), _cut(b, lines)))
            continue
        if a.group(lines[0]) is None:
            continue   # noise on both sides
        for line in lines:
            x, y = a.blocks[line], b.blocks[line]
            for kind, name in (("role", "role"), ("join", "joins_previous"), ("duplicate", "duplicate_of")):
                if getattr(x, name) != getattr(y, name):
                    out.append(Difference(f"{kind}:{line}", kind, (line,), _shown(getattr(x, name)),
                                          _shown(getattr(y, name))))
        art_a, art_b = a.article_at(lines[0]), b.article_at(lines[0])
        if any((getattr(art_a, name) or None) != (getattr(art_b, name) or None) for name in COMPARED):
            out.append(Difference(f"fields:{lines[0]}", "fields", (lines[0],), _fields(a, lines[0]),
                                  _fields(b, lines[0])))
        for line, span in sorted((n, s) for n in lines for s in at.get(n, ())):
            if a.named(span) != b.named(span):
                text = (a.entities.get(span) or b.entities[span]).text
                out.append(Difference(f"entity:{span[0]}:{span[1]}", "entity", (line,),
                                      f"{text} {a.named(span)}", f"{text} {b.named(span)}"))
    return sorted(out, key=lambda d: (d.lines[0], d.key))


def answer(side: Side, diff: Difference) -> str:
    """One side's (or the page's) answer to a difference, worded as the differences word theirs."""
    line = diff.lines[0]
    if diff.kind == "segment":
        return _cut(side, list(diff.lines))
    if diff.kind in ("role", "join", "duplicate"):
        name = {"role": "role", "join": "joins_previous", "duplicate": "duplicate_of"}[diff.kind]
        return _shown(getattr(side.blocks[line], name))
    if diff.kind == "fields":
        return _fields(side, line) if side.blocks[line].article_id else ""
    start, end = (int(x) for x in diff.key.split(":")[1:])
    return f"{diff.a[:end - start]} {side.named((start, end))}"   # an entity's text is its span of the page


def with_decisions(page_id: int, found: list[Difference]) -> list[Difference]:
    """The differences, each marked with how the curator settled it (if they did) and with the page's own answer
    where it is neither side's."""
    taken = {d.key: d.taken for d in CurationDecision.select().where(CurationDecision.file == page_id)}
    page = read_side(page_id)
    out = []
    for d in found:
        mine = answer(page, d)
        out.append(Difference(d.key, d.kind, d.lines, d.a, d.b, taken.get(d.key), mine if mine not in (d.a, d.b)
                              else ""))
    return out
