"""What a team's rules forbid an edit: a replaced version, a page under double review, a copy whose review is over."""
from __future__ import annotations

from typing import Any, cast

from jmreview.errors import Coded
from jmreview.store.conflict import EditConflict
from jmreview.store.editor_names import pair_text, person
from jmreview.store.models import SourceFile


def require_current_files(file_ids: set[int]) -> None:
    """Refuse an edit of a file version that a newer import has replaced (it is no longer exported)."""
    for sf in SourceFile.select(SourceFile.id, SourceFile.name, SourceFile.replaced_by).where(
            SourceFile.id.in_(sorted(file_ids)) & SourceFile.replaced_by.is_null(False)
            & SourceFile.review_of.is_null()):   # a review copy (store.team) is hidden, not replaced
        raise EditConflict(f"{sf.name} was replaced by a newer version of the file; nothing was changed — "
                           "work on the new version", "replaced", name=sf.name)


TEAM_ACTIONS = ("double_review", "curate", "assign", "unassign")   # what may touch a page while it is reviewed
MANY_PAGES = ("“{summary}” changed several pages, and {name} is now under double review by {editors}: it is undone "
              "whole or not at all; undo the marking for double review first (or correct the other pages one by one); "
              "nothing was changed")


def reviewers(page_id: int) -> str:
    """A page's reviewers as messages name them ("a / b"), in the order their review copies were made."""
    return pair_text([c.review_editor or "?" for c in SourceFile.select(SourceFile.review_editor).where(
        SourceFile.review_of == page_id).order_by(SourceFile.id)])


def require_unreviewed_pages(file_ids: set[int], action: str, replayed: str = "", who: str = "") -> None:
    """Refuse a person's edit of a page whose double review is open: its reviewers work on their copies, and
    curation writes the page (the first take would otherwise overwrite what was corrected here meanwhile).
    One of its reviewers is told where her own copy is (run 23 B39: "their copies", to her)."""
    if action in TEAM_ACTIONS or not file_ids:
        return
    files = cast(list[tuple[int, str, str, int | None, str | None]], list(SourceFile.select(
        SourceFile.id, SourceFile.name, SourceFile.review_state, SourceFile.review_of, SourceFile.review_editor).where(
        SourceFile.id.in_(sorted(file_ids))).tuples()))   # one read of the files for every rule below
    for page_id, name, _state, _of, _editor in (f for f in files if f[2] == "double"):
        editors = reviewers(page_id)
        if replayed and len(file_ids) > 1:   # an undo of an edit of many pages: whole or not at all, and how
            raise EditConflict(str(Coded(MANY_PAGES, summary=replayed, name=name, editors=editors)), "many_pages")
        if who and _reviews(page_id, who):
            raise EditConflict(f"{name} is under double review by {editors}, and you are one of its reviewers: "
                               "correct your review copy (My work lists it); the page itself is written by "
                               "curation; nothing was changed", "under_review_yours", name=name, editors=editors)
        raise EditConflict(f"{name} is under double review by {editors}: it is corrected on their review copies "
                           "and written here by curation; nothing was changed", "under_review", name=name,
                           editors=editors)
    # a page under curation is corrected by its curator, never by one of its reviewers (run 25 B36); a review copy
    # only by its own editor (run 23 B54: another reviewer's window, the API)
    for page_id, name, state, of, owner in files if who else []:
        if state == "curating" and _reviews(page_id, who):
            raise EditConflict(f"{name} is being curated, and you are one of its reviewers: the curator decides on "
                               "what you two said; nothing was changed", "curating_yours", name=name)
        if of is not None and person(owner or "") != person(who):
            raise EditConflict(f"{name}: this is {owner}'s review copy, corrected only by {owner}; nothing was "
                               "changed", "not_your_copy", name=name, owner=owner)
    page = SourceFile.alias()
    copies = cast(list[tuple[str, str]], list(SourceFile.select(SourceFile.name, page.review_state).join(
        page, on=(SourceFile.review_of == page.id)).where(
        SourceFile.id.in_(sorted(file_ids)) & page.review_state.in_(("curating", "curated"))).tuples()))
    for name, state in copies:
        if state == "curating":   # a difference settled on what the copy said: a later change would reach nothing
            raise EditConflict(f"{name}: the curation of this review copy's page has begun, so the copy is no "
                               "longer corrected (the curator decides on what it said); tell the curator, who can "
                               "write it as their own answer; nothing was changed", "curation_begun", name=name)
        raise EditConflict(f"{name}: this review copy's page was curated, so the review is over and the copy is "
                           "no longer read; correct the page itself; nothing was changed", "review_over", name=name)


def _reviews(page_id: int, who: str) -> bool:
    """True when `who` is one of the page's reviewers, however the name is written."""
    return any(person(c.review_editor or "") == person(who) for c in SourceFile.select(SourceFile.review_editor).where(
        SourceFile.review_of == page_id))



def _decided(file_id: int) -> tuple[Any, ...]:
    """A file's articles, lines and entities that carry a person's decision, with what was decided (run 59 B33: two
    reviewers changing a title a person had set already kept the counts, and were read as deciding nothing)."""
    from jmreview.store.models import Article, Block, Entity

    articles = sorted((a.reading_order, a.status, tuple(sorted(a.manual or ())),
                       tuple(str(getattr(a, f, "")) for f in sorted(a.manual or ()) if hasattr(a, f)))
                      for a in Article.select().where(Article.file == file_id) if a.status != "auto" or a.manual)
    lines = sorted((b.line, b.role, bool(b.joins_previous), b.duplicate_of, tuple(sorted(b.manual)))
                   for b in Block.select().where(Block.file == file_id) if b.manual)
    names = sorted((e.start, e.end, e.label, e.status, e.origin) for e in Entity.select().where(
        (Entity.file == file_id) & ((Entity.status != "suggested") | (Entity.origin != "auto"))))
    return tuple(articles), tuple(lines), tuple(names)


def untouched(page_id: int) -> list[str]:
    """The reviewers whose review copy of a page holds no decision the page did not (the page is frozen while it is
    reviewed): as it was given to them (run 55 B11: two copies nobody opened scored as full agreement, and closed)."""
    page = SourceFile.get_or_none(SourceFile.id == page_id)
    if page is not None and page.review_state in ("curating", "curated") and _curation_wrote(page_id):
        return []   # the page holds their answer now, so a copy like it tells nothing (run 62 B9: said idle)
    given = _decided(page_id)
    return [person(copy.review_editor or "?") for copy in SourceFile.select(SourceFile.id, SourceFile.review_editor)
            .where(SourceFile.review_of == page_id).order_by(SourceFile.id) if _decided(copy.id) == given]


def _curation_wrote(page_id: int) -> bool:
    """A curation of the page (not undone) wrote something onto it besides its review state: an answer."""
    from jmreview.store.models import EditLog

    for log in EditLog.select(EditLog.payload).where((EditLog.action == "curate") & ~EditLog.undone):
        payload = log.payload if isinstance(log.payload, dict) else {}
        steps = [s for s in payload.get("steps") or [] if isinstance(s, dict) and s.get("op") != "meta"]
        if not any(s.get("model") == "SourceFile" and s.get("id") == page_id for s in steps):
            continue
        if any(s.get("model") != "SourceFile" or set(s.get("after") or {}) - {"review_state"} for s in steps):
            return True
    return False
