"""Check the ``team`` section of a corpus snapshot before anything is written (docs/export-format.md, "Team work").

Its shape first (`check_team`, with the rest of the file's shape): every assignment and review names a page of
the file, each page is under review once, a review copy's editor is named once per page, editors' names are a
line of at most 100 characters, decisions are known keys and sides of a page under double review with two copies,
and a copy's articles have ids no other article of the file has. Then, with the sources (`check_team_sources`),
every copy's lines and entities against its page's text, as the pages' own records are checked.
"""
from __future__ import annotations

import re
from typing import Any

from jmreview.exchange.json_checks import Source, check_against_sources
from jmreview.exchange.json_news import check_newspaper
from jmreview.exchange.json_validate import InvalidCorpus, check_lines, is_moment
from jmreview.store.changes import EditConflict
from jmreview.store.editor_names import MAX_NAME, pair_text, person, visible
from jmreview.store.team import _names

STATES = ("", "double", "curating", "curated")
SIDES = ("a", "b", "own")
KEY = re.compile(r"^(?:(?:segment|role|join|duplicate|fields):\d{1,9}|entity:\d{1,9}:\d{1,9})$")
MAX_ROWS = 1_000_000
Page = tuple[str, str]


def _need(ok: bool, where: str, what: str) -> None:
    if not ok:
        raise InvalidCorpus(f"{where}: {what}")


def _list(value: Any, where: str, what: str) -> list[Any]:
    _need(isinstance(value, list) and len(value) <= MAX_ROWS, where, f"{what} must be a list")
    return list(value)


def page_key(record: dict[str, Any]) -> Page:
    """The page a team record names: its folder ('' for none) and file name."""
    return str(record.get("folder", "")), str(record.get("name"))


def shown(page: Page) -> str:
    """A page as the command line names it: folder/name, or the name alone."""
    return f"{page[0]}/{page[1]}" if page[0] else page[1]


def _page(record: Any, pages: set[Page], where: str) -> Page:
    _need(isinstance(record, dict), where, "each must be an object")
    _need(isinstance(record.get("name"), str) and isinstance(record.get("folder", ""), str), where,
          "each needs the name (and folder) of its page")
    page = page_key(record)
    _need(page in pages, where, f"it names the page {shown(page)[:120]}, which is not in the file")
    return page


def editor(value: Any, where: str) -> str:
    """An editor's name as the store takes it: checked by the store's own rule (store.team), nothing else."""
    try:   # (and in the one form the store keeps: ａ for a, a trailing space, would make one person two)
        kept = _names([value])[0] if isinstance(value, str) else None
    except EditConflict:
        kept = None
    name = f"“{visible(str(value)[:40])}{'…' if len(str(value)) > 40 else ''}”"   # (run 29 B19: U+034F shown raw)
    _need(kept is not None, where, f"{name} is not an editor's name (at most {MAX_NAME} characters, not blank, no "
          "line break, control or invisible format character)")
    _need(kept == value, where, f"{name} is not written in the one form names are kept in (full-width letters, "
          f"spaces around it): write {kept!r}")
    return str(value)


def _who(value: Any, where: str, what: str, given: bool = False) -> None:
    """Who did something: an editor's name by the store's rule (`given`: or none, as files of older versions say)."""
    _need(isinstance(value, str), where, f"{what} must be a name")
    if value != "" or not given:
        editor(value, f"{where}, {what}")


def _moment(value: Any, where: str, what: str) -> None:
    _need(isinstance(value, str) and is_moment(value), where, f"{what} {str(value)[:40]!r} is not a moment "
          "(ISO 8601) of the years 1900-2999")


def check_team(doc: dict[str, Any]) -> None:
    """Check the shape of a document's team section (absent: nothing to check); raise InvalidCorpus."""
    team = doc.get("team")
    if team is None:
        return
    _need(isinstance(team, dict), "team", "must be an object")
    pages = {page_key(f) for f in doc["files"]}
    ids = {a["id"] for f in doc["files"] for a in f["articles"]}
    given: set[tuple[Page, str]] = set()
    for r in _list(team.get("assignments", []), "team", "assignments"):
        page = _page(r, pages, "team, assignments")
        where = f"team, assignment of {shown(page)}"
        name = editor(r.get("editor"), where)
        _need((page, person(name)) not in given, where, f"{name} is given the page twice (a name in two forms is one "
              "editor: 甲編輯 is 甲编辑)")   # (run 30 B7)
        given.add((page, person(name)))
        _who(r.get("assigned_by", ""), where, "assigned_by", given=True)
        _moment(r.get("assigned_at"), where, "assigned_at")
    reviewed: set[Page] = set()
    for review in _list(team.get("reviews", []), "team", "reviews"):
        page = _page(review, pages, "team, reviews")
        where = f"team, review of {shown(page)}"
        _need(page not in reviewed, where, "the page is said to be under review more than once; say each page once")
        reviewed.add(page)
        _check_review(review, where, ids)


def _check_review(review: dict[str, Any], where: str, ids: set[int]) -> None:
    state = review.get("state", "")
    _need(state in STATES, where, "state must be '', double, curating or curated")
    editors: set[str] = set()
    copies = _list(review.get("copies", []), where, "copies")
    for c in copies:
        _need(isinstance(c, dict), where, "each review copy must be an object")
        name = editor(c.get("editor"), where)
        _need(person(name) not in {person(e) for e in editors}, where,
              f"two review copies of {name}: an editor reviews a page once (however the name is written)")
        editors.add(name)
        here = f"{where}, review copy of {name}"
        check_lines(c, here, ids)
        check_newspaper({"files": [{"name": here, "articles": c["articles"]}]})   # the entities' resolved dates
        _need(not any(a.get("continues") or a.get("continued_in") for a in c["articles"]), here,
              "an article of a review copy is no part of a continued story (no links)")
        marked = [a for a in c["articles"] if a.get("reviewer") and person(str(a["reviewer"])) != person(name)]
        _need(not marked, here, f"article {marked[0].get('id') if marked else ''} is marked reviewed by "
              f"{marked[0].get('reviewer') if marked else ''!r}: a review copy is corrected and marked only by its "
              "own editor (run 23 B54)")
    decisions = _list(review.get("decisions", []), where, "decisions")
    _need(not decisions or (state != "" and len(copies) >= 2), where, "curation decisions for a page that is not "
          "under double review (it needs a state and two review copies)")
    _need(state != "" or not copies, where, "review copies of a page that is not under double review (no state)")
    _need(state == "" or len(copies) == 2, where, f"a page under double review ({state}) has two review copies, "
          f"not {len(copies)}")
    _need(state != "curating" or bool(decisions), where, "a page being curated (curating) has at least one decision")
    _need(state != "double" or not decisions, where, "a page under double review not yet curated (double) has no "
          "decision: its first decision makes it curating")
    pair = [str(c.get("editor")) for c in copies]
    keys: set[str] = set()
    for d in decisions:
        _need(isinstance(d, dict) and isinstance(d.get("key"), str) and bool(KEY.match(d["key"])), where,
              f"a decision's key must be like role:15 or entity:301:304, not {str(d.get('key'))[:40]!r}"
              if isinstance(d, dict) else "each decision must be an object")
        _need(d["key"] not in keys, where, f"the difference {d['key']} is settled twice")
        keys.add(d["key"])
        _need(d.get("taken") in SIDES, where, f"decision {d['key']}: taken must be a, b or own")
        named = [editor(d.get("editor_a"), where), editor(d.get("editor_b"), where)]
        _need(named == pair, where, f"decision {d['key']}: editor_a {named[0]!r} and editor_b {named[1]!r} are the "
              f"copies' editors in the other order: A is the first copy's ({pair[0]!r}), B the second's (a's and b's "
              "answers would be swapped)" if sorted(named) == sorted(pair) else
              f"decision {d['key']}: {named[0]!r} and {named[1]!r} are not the copies' editors ({pair_text(pair)})")
        _who(d.get("who", ""), where, f"decision {d['key']}: who")
        _need(person(d["who"]) not in {person(name) for name in pair}, where,
              f"decision {d['key']}: {d['who'][:40]!r} reviewed the page and may not curate it")
        _moment(d.get("at"), where, f"decision {d['key']}: at")


def copy_as_file(page: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
    """A review copy seen as a file of the corpus: its page's name and lines, the copy's own records."""
    return {"name": f"{page['name']} (review copy of {copy['editor']})", "line_count": page["line_count"],
            "articles": copy["articles"], "noise_lines": copy.get("noise_lines", []),
            "line_marks": copy.get("line_marks", [])}


def check_team_sources(doc: dict[str, Any], sources: list[Source], labels: set[str]) -> None:
    """Every review copy's lines and entities against its page's source text; raise InvalidCorpus."""
    team = doc.get("team") or {}
    by_page = {page_key(f): (f, src) for f, src in zip(doc["files"], sources)}
    for review in team.get("reviews", []):
        page, src = by_page[page_key(review)]
        as_files = [copy_as_file(page, c) for c in review.get("copies", [])]
        check_against_sources({"files": as_files}, [src] * len(as_files), labels)
