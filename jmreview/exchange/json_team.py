"""The team's work in progress in a corpus snapshot (`export --with-source`): the ``team`` section and its restore.

Written only with the sources (a snapshot), never in the corpus a colleague reads: the pages given to editors
(``assignments``), and per page under double review (``reviews``) its ``state``, its review ``copies`` (each
editor's own articles, lines and entities, in the order they were made: the first is side A) and the curator's
``decisions``. Pages are named by folder and file name, as in ``files``. Only the current pages' team work is
written: what belongs to an earlier version of a page (a new version imported after its curation) is not, and
`left_out` says so. A restore into an empty database makes it all again (`restore_team`); an apply to a database
that holds a corpus leaves it alone and says so (`TEAM_LEFT`).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from jmreview.exchange.json_checks import Source
from jmreview.exchange.json_team_checks import page_key, shown
from jmreview.exchange.json_validate import InvalidCorpus
from jmreview.store.curation_diff import compare, read_side
from jmreview.store.database import Store
from jmreview.store.models import Assignment, CurationDecision, DamagedValue, SourceFile, now
from jmreview.store.not_carried import not_carried
from jmreview.store.queries import noise_lines
from jmreview.store.records import line_marks
from jmreview.store.team import FILE_COPIED

TEAM_LEFT = ("the team work this file holds ({copies} review copies, {assignments} assignments, {decisions} curation "
             "decisions) is restored only into an empty database: left as it is here")
Records = Callable[[SourceFile], list[dict[str, Any]]]
Filler = Callable[[Store, SourceFile, dict[str, Any], Source], object]


def _moment(raw: Any, where: str = "a moment") -> str:
    """A stored moment in ISO 8601; one another program emptied or spoiled is named (run 37 B40: "unexpected error:
    Invalid isoformat string: 'None'")."""
    try:
        return (raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))).isoformat()
    except ValueError:
        raise DamagedValue(f"{where} is {'NULL' if raw is None else repr(str(raw)[:40])}, not a moment") from None


def _page(sf: SourceFile) -> dict[str, str]:
    return {"folder": sf.folder, "name": sf.name}


def team_section(current: list[SourceFile], articles: Records) -> dict[str, Any]:
    """The team's work on the current pages (in print order): assignments, and each review with its state, copies
    and decisions."""
    pages = {sf.id: (n, sf) for n, sf in enumerate(current)}
    assignments = [{**_page(pages[r.file_id][1]), "editor": r.editor, "assigned_by": r.assigned_by,
                    "assigned_at": _moment(r.assigned_at, f"assignment {r.id}: assigned_at")}
                   for r in Assignment.select().order_by(Assignment.id) if r.file_id in pages]
    copies: dict[int, list[SourceFile]] = {}
    for c in SourceFile.select().where(SourceFile.review_of.is_null(False)).order_by(SourceFile.id):
        if c.review_of is not None and c.review_of in pages:
            copies.setdefault(c.review_of, []).append(c)
    decisions: dict[int, list[CurationDecision]] = {}
    for d in CurationDecision.select().order_by(CurationDecision.id):
        if d.file_id in pages:
            decisions.setdefault(d.file_id, []).append(d)
    reviewed = [sf for _, sf in pages.values() if sf.review_state or sf.id in copies or sf.id in decisions]
    # in the order the copies were made (pages without one after, in print order): a restore makes them so again
    reviewed.sort(key=lambda sf: (sf.id not in copies, copies[sf.id][0].id if sf.id in copies else 0,
                                  pages[sf.id][0]))
    return {"assignments": assignments, "reviews": [{
        **_page(sf), "state": sf.review_state,
        "copies": [_copy(c, articles) for c in copies.get(sf.id, [])],
        "decisions": [{"key": d.key, "taken": d.taken, "editor_a": d.editor_a, "editor_b": d.editor_b, "who": d.who,
                       "at": _moment(d.at, f"curationdecision {d.id}: at")} for d in decisions.get(sf.id, [])],
    } for sf in reviewed]}


def _copy(copy: SourceFile, articles: Records) -> dict[str, Any]:
    records = articles(copy)
    for art in records:   # a review copy's articles are never part of a story
        art.pop("continues", None)
        art.pop("continued_in", None)
    return {"editor": copy.review_editor, "articles": records, "noise_lines": noise_lines(copy),
            "line_marks": line_marks(copy)}


def left_out() -> str:
    """What a snapshot does not hold of the team's work (that of earlier versions of pages), as a sentence, or ''."""
    old = SourceFile.select(SourceFile.id).where(SourceFile.replaced_by.is_null(False) & SourceFile.review_of.is_null())
    counts = {"review copies": SourceFile.select().where(SourceFile.review_of.in_(old)).count(),
              "assignments": Assignment.select().where(Assignment.file.in_(old)).count(),
              "curation decisions": CurationDecision.select().where(CurationDecision.file.in_(old)).count()}
    counts["decisions a new delivery did not carry"] = not_carried()   # (run 49 A24)
    held = ", ".join(f"{n} {what}" for what, n in counts.items() if n)
    return (f"not in this file: {held} of earlier versions of pages (replaced by a newer import); `jmreview copy` to "
            "another database keeps them") if held else ""


TEAM_DAMAGED = ("this snapshot holds {n} things in the team's work the store would not have made (first: {first}); "
                "import-json refuses it until they are mended: run `jmreview doctor`")


def team_damage() -> list[str]:
    """What doctor names in the team's work (states the store never makes): a snapshot holding it is refused by
    import-json until it is mended (run 28 B42: the export said nothing, the snapshot was unrestorable)."""
    from jmreview.store.doctor_team import team_problems

    return team_problems()


def team_counts(doc: dict[str, Any]) -> dict[str, int]:
    """How much team work a checked document holds."""
    team = doc.get("team") or {}
    reviews = team.get("reviews", [])
    return {"copies": sum(len(r.get("copies", [])) for r in reviews), "assignments": len(team.get("assignments", [])),
            "decisions": sum(len(r.get("decisions", [])) for r in reviews)}


def restore_team(store: Store, doc: dict[str, Any], pages: dict[tuple[str, str], tuple[SourceFile, Source]],
                 fill: Filler) -> None:
    """Make a checked document's team work in the database its files were just restored into (same transaction)."""
    team = doc.get("team") or {}
    for r in team.get("assignments", []):
        page, _ = pages[page_key(r)]
        Assignment.create(file=page.id, editor=r["editor"], assigned_by=r.get("assigned_by", ""),
                          assigned_at=datetime.fromisoformat(r["assigned_at"]))
    for review in team.get("reviews", []):
        page, src = pages[page_key(review)]
        if review.get("state"):
            SourceFile.update(review_state=review["state"]).where(SourceFile.id == page.id).execute()
        for c in review.get("copies", []):
            # named as store.team.make_copy names a copy (its page's id here, not the one it had)
            sha = hashlib.sha256(f"review/{page.id}/{page.sha256}/{c['editor']}".encode()).hexdigest()
            copy = SourceFile.create(sha256=sha, imported_at=now(), replaced_by=page.id, review_of=page.id,
                                     review_editor=c["editor"], **{k: getattr(page, k) for k in FILE_COPIED})
            fill(store, copy, c, src)
        for d in review.get("decisions", []):
            CurationDecision.create(file=page.id, key=d["key"], taken=d["taken"], editor_a=d["editor_a"],
                                    editor_b=d["editor_b"], who=d.get("who", ""), at=datetime.fromisoformat(d["at"]))
        if review.get("state"):
            _check_decisions(review, page)


def _check_decisions(review: dict[str, Any], page: SourceFile) -> None:
    """The decisions settle differences the restored copies have, and a curated page has none open; else
    InvalidCorpus (raised inside the restore's transaction: nothing stays written)."""
    a, b = SourceFile.select().where(SourceFile.review_of == page.id).order_by(SourceFile.id)
    found = {d.key for d in compare(read_side(a.id, a.review_editor or ""), read_side(b.id, b.review_editor or ""))}
    where = f"team, review of {shown(page_key(review))}"
    settled = {d["key"] for d in review.get("decisions", [])}
    unknown = sorted(settled - found)
    if unknown:
        raise InvalidCorpus(f"{where}: decision {unknown[0]}: there is no difference {unknown[0]} between the review "
                            "copies")
    if review["state"] == "curated" and found - settled:
        raise InvalidCorpus(f"{where}: a curated page has every difference settled; {len(found - settled)} of "
                            f"{len(found)} are not settled")
