"""Doctor's look at the team's work: review states, review copies, curation decisions and editors' names.

The store moves a page through '' → double → curating → curated, with two review copies (one per editor) from
the marking on, and decisions that name those copies' editors; a snapshot or a hand-edited database can hold a
state the store never makes (a page locked under double review with no copies to correct, a page called curated
with differences open). Each such state is named here.
"""
from __future__ import annotations

from collections import defaultdict

from jmreview.store.changes import EditConflict
from jmreview.store.curation import differences, same_as_page
from jmreview.store.editor_names import person, visible
from jmreview.store.models import Assignment, CurationDecision, SourceFile, database_proxy
from jmreview.store.team import _names

STATES = ("", "double", "curating", "curated")
COLUMNS = (SourceFile.id, SourceFile.name, SourceFile.review_of, SourceFile.review_editor, SourceFile.review_state,
           SourceFile.replaced_by)
TAKES = ("a", "b", "own")


def team_problems() -> list[str]:
    """Every review state, copy, decision and editor's name the store would not have made (at most 50)."""
    out: list[str] = []
    copies: dict[int, list[SourceFile]] = defaultdict(list)
    for copy in SourceFile.select(*COLUMNS).where(SourceFile.review_of.is_null(False)).order_by(SourceFile.id):
        copies[int(copy.review_of or 0)].append(copy)
    copied = SourceFile.select(SourceFile.review_of).where(SourceFile.review_of.is_null(False))
    pages = {p.id: p for p in SourceFile.select(*COLUMNS).where(SourceFile.id.in_(copied)
                                                                 | (SourceFile.review_state != ""))}
    for page_id, made in copies.items():
        page = pages.get(page_id)
        if page is None or page.review_of is not None:
            out += [f"team: review copy {c.id} of {c.name} belongs to no page (file {page_id})" for c in made]
    decided: dict[int, list[CurationDecision]] = defaultdict(list)
    for decision in CurationDecision.select().order_by(CurationDecision.id):
        decided[decision.file_id].append(decision)
    for page in pages.values():
        if page.review_of is None:
            out += _page_problems(page, copies.get(page.id, []), decided.pop(page.id, []))
        elif page.review_state:   # every correction of the copy is refused, naming no reviewer
            out.append(f"team: {page.name} (file {page.id}) is a review copy but has the review state "
                       f"{page.review_state!r}: its corrections are refused; only a page of record has one")
    names: dict[int, str] = {f.id: f.name for f in SourceFile.select(SourceFile.id, SourceFile.name)}   # each named
    # (run 31 B4: "file 3" said nothing an editor could look up)

    def named(file_id: int) -> str:
        return f"{names[file_id]} (file {file_id})" if file_id in names else f"file {file_id}"

    out += [f"team: {len(d)} curation decisions on {named(fid)}, which is not under double review"
            for fid, d in decided.items()]
    made_ids = {c.id for made in copies.values() for c in made}   # a page is given, never a review copy
    out += [f"team: {a.editor!r} is given {named(a.file_id)}, a review copy, not a page: no work list shows it and no "
            "snapshot keeps it" for a in Assignment.select() if a.file_id in made_ids]
    out += [f"team: review copy {c.id} of file {page_id} ({c.name}) has {_shown(c.review_editor)} for its editor's "
            "name, which the store would not keep: its reviewer cannot be told" for page_id, made in copies.items()
            for c in made if _bad(c.review_editor or "")]   # (run 29 B54: the copy and its page named)
    seen: dict[tuple[int, str], str] = {}
    for a in Assignment.select(Assignment.file, Assignment.editor).order_by(Assignment.id):   # (run 30 B7)
        first = seen.setdefault((a.file_id, person(a.editor or "")), a.editor)
        if first != a.editor:
            out.append(f"team: {named(a.file_id)} is given twice to one editor, as {_shown(first)} and "
                       f"{_shown(a.editor)}: a page is given once to each")
    out += [f"team: {named(a.file_id)} is given to {_shown(a.editor)}, which is not an editor's name the store would "
            "keep" for a in Assignment.select(Assignment.file, Assignment.editor).order_by(Assignment.id)
            if _bad(a.editor or "")]   # each with its page (run 30 B40; NULL: run 37 B39)
    out += [f"team: decision {d.key or 'NULL'} on {named(d.file_id)} names its curator {_shown(d.who)}, which is not "
            "an editor's name the store would keep" for d in CurationDecision.select().order_by(CurationDecision.id)
            if d.who and _bad(d.who)]
    out += [f"team: review copy {named(copy_id)} has {n} lines in an article of another file: it cannot be curated, "
            "and a snapshot of it does not restore" for copy_id, n in strayed().items()]
    return out[:50]


def strayed() -> dict[int, int]:
    """Review copies holding lines in an article of another file, with their count of such lines (run 33 B39: an
    article moved to the other copy by psql; a snapshot of it was written without a word, its import refusing it)."""
    return dict(database_proxy.execute_sql(
        "SELECT b.file_id, COUNT(*) FROM block b JOIN article a ON a.id = b.article_id JOIN sourcefile s ON "
        "s.id = b.file_id WHERE a.file_id <> b.file_id AND s.review_of IS NOT NULL GROUP BY b.file_id "
        "ORDER BY b.file_id").fetchall())


def _shown(name: str | None) -> str:
    """A name quoted with its invisible marks as escapes; none at all said so."""
    return "no name" if not name else "a blank name" if not name.strip() else f"“{visible(name)}”"


def _said(value: object) -> str:
    """A stored value as a message shows it: quoted, or said to be missing (NULL, which Python writes None)."""
    return "NULL (none at all)" if value is None else repr(value)


def _bad(name: str) -> bool:
    try:
        return _names([name]) != [name]
    except EditConflict:
        return True


def _page_problems(page: SourceFile, made: list[SourceFile], decisions: list[CurationDecision]) -> list[str]:
    """What is wrong with one page's review: its state against its copies and decisions."""
    state, where = page.review_state, f"team: {page.name} (file {page.id})"
    if state not in STATES:
        return [f"{where} has the review state {_said(state)}, which the store never sets"]
    if state == "":
        return [f"{where} has {len(made)} review copies but is not under double review"] if made else []
    pair = [c.review_editor or "" for c in made]
    if len(made) != 2 or len({person(name) for name in pair}) != 2:   # Wang and wang are one person
        return [f"{where} is {state} with review copies of {' / '.join(pair) or 'nobody'}: it needs two, of two "
                f"editors (its corrections are refused and nothing can curate it)"]
    changed = [c.review_editor for c in made if not same_as_page(page, c)]
    if changed:   # (run 24 B36: a copy's text rewritten by another program, and doctor said ok)
        return [f"{where}: the review copy of {changed[0]} no longer holds the page's text and lines as they were "
                "copied (another program changed it): it cannot be curated"]
    try:
        return _compared(page, state, where, pair, decisions)
    except Exception as exc:   # noqa: BLE001 — copies too broken to compare: said, doctor goes on
        return [f"{where}: its review copies cannot be compared ({type(exc).__name__}: {exc}); its curation is stuck"]


def _compared(page: SourceFile, state: str, where: str, pair: list[str],
              decisions: list[CurationDecision]) -> list[str]:
    """The problems found by comparing a page's two copies and its decisions."""
    out = [f"{where}: decision {d.key or 'NULL'} names {_quoted([d.editor_a, d.editor_b])}, not the copies' "
           f"{_quoted(pair)}"
           for d in decisions if [d.editor_a, d.editor_b] != pair]
    reviewers = {person(name) for name in pair}   # a reviewer never curates her own page (the store refuses it)
    out += [f"{where}: decision {d.key or 'NULL'} was made by {d.who!r}, one of the page's two reviewers"
            for d in decisions if d.who and person(d.who) in reviewers]
    if page.replaced_by is not None and state != "curated":   # a new version is refused while a review is open
        out.append(f"{where} is {state} but is a replaced version (by file {page.replaced_by}): its review can "
                   f"never end; the store refuses a new version of a page under review")
    out += _decision_problems(where, page.id, decisions)
    real = [d for d in decisions if d.taken in TAKES and d.key in _keys(page.id)]
    if state == "double" and decisions:   # the first decision makes a page curating; an undo never leaves this
        out.append(f"{where} is double (not being curated) but has {len(decisions)} curation decisions: its copies "
                   "can still be changed under them")
    if state == "curating" and not decisions:
        out.append(f"{where} is curating but has no curation decision")
    elif state == "curating" and not real:
        out.append(f"{where} is curating without a real decision (none settles a difference of its copies)")
    if state == "curated" and not out:
        open_ = sum(1 for d in differences(page.id) if d.settled is None)
        if open_:
            out.append(f"{where} is curated but {open_} of its differences are not settled")
    return out


def _quoted(names: list[str]) -> str:
    """Names as doctor shows them: quoted, an invisible or trailing space seen (run 28 B56: 李四 / 李四 )."""
    return " / ".join(f"“{visible(name)}”" for name in names)


def _keys(page_id: int) -> set[str]:
    """The differences of a page's two copies, by key."""
    return {d.key for d in differences(page_id)}


def _decision_problems(where: str, page_id: int, decisions: list[CurationDecision]) -> list[str]:
    """Decisions the store would not have made: a made-up take, a key that is no difference, no curator."""
    keys = _keys(page_id) if decisions else set()
    out = [f"{where}: decision {d.key or 'NULL'} is taken as {_said(d.taken)}, which the store never takes (a, b, own)"
           for d in decisions if d.taken not in TAKES]
    out += [f"{where}: decision {_said(d.key)} is on no difference of its copies (it settles nothing)"
            for d in decisions if d.key not in keys]
    out += [f"{where}: decision {d.key or 'NULL'} names no curator (who is empty)" for d in decisions if not d.who]
    return out
