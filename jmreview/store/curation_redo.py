"""A redo of a curation take refused once the reviewers changed their copies since it was made.

An undone take puts the page back under double review, where the reviewers may correct their copies again; a
redo would then write a copy's old answer onto the page and record a decision nobody made on what it says now.
"""
from __future__ import annotations

from typing import Any

from jmreview.errors import Coded
from jmreview.store.curation_diff import compare, read_side
from jmreview.store.models import Article, Block, CurationDecision, EditLog, Entity, SourceFile
from jmreview.store.queries import page_name

COPIES_CHANGED = ("“{summary}” cannot be redone: the reviewers changed their copies of {name} since this decision; "
                  "settle it again; nothing was changed")
DECIDED_SINCE = ("“{summary}” cannot be undone: {n} other differences of {name} were settled after it (the page would "
                 "be under double review again with those decisions standing); undo those first; nothing was changed")
DECIDED_BY_OTHERS = ("“{summary}” cannot be undone: {n} other differences of {name} were settled after it, by {who} "
                     "(the page would be under double review again with those decisions standing); to change this "
                     "decision, take the difference again (in the curation view, or `jmreview curate --take KEY=a|b "
                     "--again`); nothing was changed")   # (run 54 B18: "undo those first", which this window cannot)


def _touches(payload: Any, copies: set[int], rows: dict[str, set[int]]) -> bool:
    """Whether an edit log entry's steps touched a row of these copies (an undo or redo: the edit it replayed)."""
    if not isinstance(payload, dict):
        return False
    if "log" in payload:
        replayed = EditLog.get_or_none(EditLog.id == payload["log"])
        return replayed is not None and _touches(replayed.payload, copies, rows)
    for step in payload.get("steps", []):
        if step.get("id") in rows.get(step.get("model", ""), ()):
            return True
        for values in (step.get("after"), step.get("before")):
            if isinstance(values, dict) and values.get("file_id", values.get("file")) in copies:
                return True
    return False


def _undone_since(later: EditLog, take_id: int) -> bool:
    """Whether a later log entry leaves the copies as they were: an edit undone now, or an undo or redo of an edit made
    after the take (that edit is judged by itself; run 28 B60: the chief's own new round and its undo were taken for
    the reviewers' changes)."""
    replayed = later.payload.get("log") if isinstance(later.payload, dict) else None
    return bool(later.undone) or (isinstance(replayed, int) and replayed >= take_id)


def copies_changed(log: EditLog, files: set[int]) -> Coded | None:
    """Why a redo of this take is refused (a copy of its page edited since it was made), or None."""
    if log.action != "curate":
        return None
    found = list(SourceFile.select(SourceFile.id, SourceFile.review_of).where(
        SourceFile.review_of.in_(sorted(files) or [0])))
    copies = {c.id for c in found}
    if not copies:
        return None
    rows = {m.__name__: {r.id for r in m.select(m.id).where(m.file.in_(sorted(copies)))}
            for m in (Article, Block, Entity)}
    for later in EditLog.select(EditLog.payload, EditLog.undone).where(EditLog.id > log.id).order_by(EditLog.id):
        if _undone_since(later, log.id):
            continue
        if _touches(later.payload, copies, rows):
            page = SourceFile.get_by_id(min(int(c.review_of or 0) for c in found))
            return Coded(COPIES_CHANGED, summary=log.summary, name=page_name(page))
    return None


REPLACED_SINCE = ("“{summary}” cannot be undone: {who} settled {key} of {name} anew since (taking {taken}); that "
                  "decision is theirs and stands; nothing was changed")
NEW_ROUND = ("“{summary}” cannot be undone: {name} was sent to a new round of double review since, which set this "
             "decision aside with the rest of its round (undoing that marking brings them back); nothing was changed")
REPLACED_BY_SELF = ("“{summary}” cannot be undone: you settled {key} of {name} anew since, elsewhere (the command "
                    "line or another window: taking {taken}); that later decision stands — to change it, take the "
                    "difference again; nothing was changed")   # (run 55 B5: one's own decision called "theirs")


def replaced_since(log: EditLog, steps: list[dict[str, Any]]) -> Coded | None:
    """Why an undo of a take is refused: another decision replaced it since (run 52 B12: told to undo a colleague's
    other decision first, which the window cannot, and not that this one was replaced), or None."""
    found = _decision_now(log, steps)
    if found is None:
        return None
    made, values, now = found
    if now is None:   # set aside by a new round of double review since (run 55 B10: said in general words)
        page = SourceFile.get_or_none(SourceFile.id == values.get("file_id", values.get("file")))
        if page is not None and page.review_state in ("double", "curating"):
            return Coded(NEW_ROUND, summary=log.summary, name=page_name(page))
        return None
    if now.id == made.get("id") and now.taken == values.get("taken") and now.who == values.get("who"):
        return None
    return Coded(REPLACED_BY_SELF if now.who == log.who else REPLACED_SINCE, summary=log.summary, who=now.who,
                 key=values.get("key"), taken=now.taken, name=SourceFile.get_by_id(now.file_id).name)


def _decision_now(log: EditLog, steps: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any],
                                                                      CurationDecision | None] | None:
    """A take's step making its decision, that decision's values, and the decision on its difference now (None:
    the log entry is no take)."""
    made = next((s for s in steps if s.get("model") == "CurationDecision" and s.get("op") == "create"), None)
    values = (made or {}).get("after") or {}
    if log.action != "curate" or made is None:
        return None
    page_id = values.get("file_id", values.get("file"))
    now = CurationDecision.get_or_none((CurationDecision.file == page_id) & (CurationDecision.key == values.get("key")))
    return made, values, now


def decided_since(log: EditLog, steps: list[dict[str, Any]]) -> Coded | None:
    """Why an undo of a page's first take is refused (other decisions made since would outlive it), or None."""
    first = next((s for s in steps if s.get("model") == "SourceFile" and s.get("op") == "set"
                  and (s.get("before") or {}).get("review_state") == "double"), None)
    if log.action != "curate" or first is None:
        return None
    own = {s["id"] for s in steps if s.get("model") == "CurationDecision" and s.get("op") == "create"}
    others = CurationDecision.select().where((CurationDecision.file == first["id"])
                                             & CurationDecision.id.not_in(sorted(own) or [0])).count()
    if not others:
        return None
    name = SourceFile.get_by_id(first["id"]).name
    whose = sorted({d.who for d in CurationDecision.select(CurationDecision.who).where(
        (CurationDecision.file == first["id"]) & CurationDecision.id.not_in(sorted(own) or [0])) if d.who != log.who})
    if whose:   # a colleague's decisions (the command line's too): not in this history, not undone from here
        return Coded(DECIDED_BY_OTHERS, summary=log.summary, n=others, name=name, who="、".join(whose[:3]))
    return Coded(DECIDED_SINCE, summary=log.summary, n=others, name=name)


FIRST_UNDONE = ("“{summary}” cannot be redone: the first decision on {name} is undone, so the page is under double "
                "review again; redo that one first (or settle this difference anew); nothing was changed")


def first_undone(log: EditLog, steps: list[dict[str, Any]]) -> Coded | None:
    """Why a redo of a later take is refused while the page's first take is undone (a decision on a page under
    double review, whose copies are open to the reviewers again), or None."""
    if log.action != "curate" or any(s.get("model") == "SourceFile" and (s.get("before") or {}).get("review_state")
                                     == "double" for s in steps):   # the first take itself: redone as any edit
        return None
    made = next((s for s in steps if s.get("model") == "CurationDecision" and s.get("op") == "create"), None)
    values = (made or {}).get("after") or {}
    page = SourceFile.get_or_none(SourceFile.id == values.get("file_id", values.get("file")))
    if page is None or page.review_state != "double":
        return None
    return Coded(FIRST_UNDONE, summary=log.summary, name=page_name(page))


SETTLED_AGAIN = ("“{summary}” cannot be redone: {key} of {name} was settled again since it was undone (by {who}); "
                 "look at it again; nothing was changed")


def settled_again(log: EditLog, steps: list[dict[str, Any]]) -> Coded | None:
    """Why a redo of a take is refused: the difference it settled was settled anew after its undo, or None."""
    found = _decision_now(log, steps)
    if found is None or found[2] is None or found[2].id == found[0].get("id"):
        return None
    now = found[2]
    return Coded(SETTLED_AGAIN, summary=log.summary, key=found[1].get("key"),
                 name=SourceFile.get_by_id(now.file_id).name, who=now.who)


def settle_state(log: EditLog, steps: list[dict[str, Any]]) -> None:
    """After a take is undone or redone out of order: a page being curated is 'curated' exactly when every difference
    is settled (a take in the middle of the page's curation changes no state of its own)."""
    made = next((s for s in steps if s.get("model") == "CurationDecision"), None)
    values = (made or {}).get("after") or (made or {}).get("before") or {}
    page = SourceFile.get_or_none(SourceFile.id == values.get("file_id", values.get("file")))
    if log.action != "curate" or page is None or page.review_state not in ("curating", "curated"):
        return
    copies = list(SourceFile.select().where(SourceFile.review_of == page.id).order_by(SourceFile.id))[:2]
    if len(copies) < 2:
        return
    found = {d.key for d in compare(read_side(copies[0].id), read_side(copies[1].id))}
    settled = {d.key for d in CurationDecision.select(CurationDecision.key).where(CurationDecision.file == page.id)}
    state = "curated" if found <= settled else "curating"
    if state != page.review_state:
        SourceFile.update(review_state=state).where(SourceFile.id == page.id).execute()


def replay_refused(log: EditLog, steps: list[dict[str, Any]], files: set[int],
                   undoing: bool) -> tuple[Coded, str] | None:
    """A take that cannot be replayed: its undo with later decisions standing, its redo on copies changed since."""
    if undoing:
        if (replaced := replaced_since(log, steps)) is not None:
            return replaced, "replaced_since"
        why = decided_since(log, steps)
        return (why, "decided_since") if why is not None else None
    why = first_undone(log, steps)
    if why is not None:
        return why, "first_undone"
    why = settled_again(log, steps)
    if why is not None:
        return why, "settled_again"
    why = copies_changed(log, files)
    return (why, "copies_changed") if why is not None else None
