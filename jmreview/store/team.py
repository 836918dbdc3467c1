"""Team work on one corpus: pages assigned to editors, and pages marked for double review.

A page under double review gets one *review copy* per reviewer: a source-file row of its own holding a
copy of the page's articles, lines and entities, which only that editor works on, with every ordinary
edit and undo. A copy names its page in ``review_of`` and, so that every list of current files leaves it
out (exports, stats, search, the file list, the lexicon), in ``replaced_by`` as well; edits are allowed on
it all the same (``changes.require_current_files``). Assigning and marking are logged, undoable edits.
"""
from __future__ import annotations

import hashlib

from jmreview.errors import Coded
from jmreview.store.changes import Changes, EditConflict, record
from jmreview.store.database import Store
from jmreview.store.editor_names import BAD_NAME, bad_name, one_form, pair_text, person
from jmreview.store.models import Article, Assignment, Block, CurationDecision, Entity, SourceFile, now

FILE_COPIED = ("name", "folder", "encoding", "script", "text", "line_count", "size", "issue_date", "page_label",
               "page_source")
ARTICLE_COPIED = ("reading_order", "title", "kicker", "subtitle", "title_simplified", "category", "date",
                  "reporters", "correspondents", "photographers", "sources", "status", "reviewer", "reviewed_at",
                  "origin", "start_cue", "manual", "flag")
BLOCK_COPIED = ("line", "start", "end", "position", "role", "cue", "joins_previous", "join_cue", "duplicate_of",
                "manual")
ENTITY_COPIED = ("start", "end", "text", "simplified", "label", "role", "origin", "status", "cue", "resolved",
                 "resolved_rule")
TEAM = {   # refusals, worded for the window by gui.store_messages
    "two_reviewers": "double review needs two different editors (given: {names}); nothing was changed",
    "copy_elsewhere": "{editor}'s review copy of {page} is still in the database, but not under the page (another "
                      "program moved it): nothing was changed; `jmreview doctor` names it — restore a backup, or put "
                      "it back",
    "not_a_page": "file {id} is not a current page of the corpus; nothing was changed",
    "replaced_page": "{page} was replaced by a new version a moment ago (someone imported it meanwhile): nothing was "
                     "changed; do it again, on the new version",
    "bad_name": BAD_NAME,
    "reviewing": "{editor} reviews {page}, which is under double review and not curated yet: taking it back would "
                 "take her review copy out of her work; curate the page first (or undo its marking); nothing was "
                 "changed",
    "other_pair": "{page} is already under double review by {editors}, not curated yet: curate it first (or undo that "
                  "marking) before giving it to another pair; nothing was changed",
}


def editor_name(name: str) -> str:
    """An editor's name as it is kept and compared: one person, one name (é typed two ways, Ａ and A, are one)."""
    return one_form(name)


def _names(editors: list[str]) -> list[str]:
    """Editors' names, each checked (`editor_names.bad_name`)."""
    for name in editors:   # none, or one hiding what it says (a right-to-left override, a zero-width mark): refused
        why = bad_name(name)
        if why is not None:
            raise EditConflict(str(why), "bad_name", name=why.params["name"])
    return [editor_name(name) for name in editors]


def _page(file_id: int) -> SourceFile:
    page = SourceFile.get_or_none(SourceFile.id == file_id)
    if page is not None and page.replaced_by is not None:   # found by its name, replaced since (run 52 B11)
        raise EditConflict(str(Coded(TEAM["replaced_page"], page=page.name)), "replaced_page", page=page.name)
    if page is None:
        raise EditConflict(str(Coded(TEAM["not_a_page"], id=file_id)), "not_a_page", id=file_id)
    return page


def assign(store: Store, who: str, file_ids: list[int], editor: str, done: list[int] | None = None) -> int:
    """Give pages to an editor (one edit; a page already theirs stays as it is); `done` gets the pages given."""
    (editor,) = _names([editor])
    with record(store, who, "assign", f"{len(file_ids)} pages → {editor}") as ch:
        for file_id in file_ids:
            _page(file_id)
            if not any(person(a.editor) == person(editor) for a in Assignment.select(Assignment.editor).where(
                    Assignment.file == file_id)):   # already hers, under any way of writing her name
                ch.create(Assignment, file=file_id, editor=editor, assigned_by=who, assigned_at=now())
                if done is not None:
                    done.append(file_id)
    return ch.log_id()


def unassign(store: Store, who: str, file_ids: list[int], editor: str, done: list[int] | None = None) -> int:
    """Take pages back from an editor (one edit); `done` gets the pages taken back (counted inside the edit)."""
    editor = editor_name(editor)
    with record(store, who, "unassign", f"{len(file_ids)} pages ← {editor}") as ch:
        rows = Assignment.select().where(Assignment.file.in_(file_ids))
        for row in (r for r in rows if person(r.editor) == person(editor)):   # hers, however it was written
            page = SourceFile.get_by_id(row.file_id)
            if page.review_state in ("double", "curating") and review_copy(page.id, row.editor) is not None:
                raise EditConflict(str(Coded(TEAM["reviewing"], editor=editor, page=page.name)), "reviewing",
                                   editor=editor, page=page.name)   # her copy would leave her work list
            ch.delete(row)
            if done is not None and row.file_id not in done:
                done.append(row.file_id)
    return ch.log_id()


def review_copy(file_id: int, editor: str) -> SourceFile | None:
    """An editor's review copy of a page (None when they have none)."""
    editor = editor_name(editor)
    return SourceFile.get_or_none((SourceFile.review_of == file_id) & (SourceFile.review_editor == editor))


def review_copies(file_id: int) -> list[SourceFile]:
    """A page's review copies, in the order they were made (the first is side A in agreement and curation)."""
    return list(SourceFile.select().where(SourceFile.review_of == file_id).order_by(SourceFile.id))


def my_pages(editor: str) -> list[tuple[SourceFile, SourceFile | None]]:
    """The pages given to an editor, each with the editor's review copy when the page is under double review."""
    editor = editor_name(editor)   # (given under any way of writing the name: wang's pages are Wang's)
    given = {str(a.editor) for a in Assignment.select(Assignment.editor).distinct()}
    names = sorted(n for n in given if person(n) == person(editor))
    pages = (SourceFile.select().join(Assignment).where(Assignment.editor.in_(names or [editor])
                                                        & SourceFile.replaced_by.is_null())
             .order_by(SourceFile.issue_date.is_null(), SourceFile.issue_date, SourceFile.page_label, SourceFile.name))
    once = {page.id: page for page in pages}   # (a page given to Wang and to wang: listed once)
    copies = SourceFile.select().where(SourceFile.review_of.is_null(False))   # her review copies: their pages are
    held = {c.review_of: c for c in copies if person(c.review_editor or "") == person(editor)}   # hers while she
    for page in SourceFile.select().where(SourceFile.id.in_(list(set(held) - set(once)))   # reviews them,
                                          & SourceFile.replaced_by.is_null()
                                          & SourceFile.review_state.in_(("double", "curating"))):
        once[page.id] = page   # given to her or not (run 22 B51: the assignment undone under the review)
    ordered = sorted(once.values(), key=lambda p: (p.issue_date is None, p.issue_date or "", p.page_label or "",
                                                   p.name))
    return [(page, held.get(page.id)) for page in ordered]


def mark_double_review(store: Store, who: str, file_id: int, editors: list[str]) -> int:
    """Mark a page for double review by two editors: each gets a review copy and the page (one edit)."""
    names = list(dict.fromkeys(e.strip() for e in _names(editors) if e.strip()))
    if len(names) != 2 or person(names[0]) == person(names[1]):   # Wang and wang: one person, not two reviewers
        raise EditConflict(str(Coded(TEAM["two_reviewers"], names=", ".join(editors))), "two_reviewers",
                           names=", ".join(editors))
    with record(store, who, "double_review", f"double review: {pair_text(names)}") as ch:
        page = _page(file_id)
        pair = [c.review_editor or "" for c in review_copies(page.id)]
        if page.review_state not in ("", "curated") and pair and not set(pair) <= set(names):   # one pair per
            params = {"page": page.name, "editors": pair_text(pair)}   # review (a copy lost is made again)
            raise EditConflict(str(Coded(TEAM["other_pair"], **params)), "other_pair", **params)
        if page.review_state == "curated":   # a new round: fresh copies, no decision of the last one
            drop_round(ch, page)
        for editor in names:
            if review_copy(page.id, editor) is None:
                make_copy(ch, page, editor)
            if not Assignment.select().where((Assignment.file == page.id) & (Assignment.editor == editor)).exists():
                ch.create(Assignment, file=page.id, editor=editor, assigned_by=who, assigned_at=now())
        if page.review_state in ("", "curated"):   # a state another program emptied, its curation's decisions
            decided = CurationDecision.select().where(CurationDecision.file == page.id).exists()   # still there: the
            ch.set(page, review_state="curating" if decided else "double")   # curation goes on (run 35 B24)
    return ch.log_id()


def copy_sha(page: SourceFile, editor: str) -> str:
    """The content stamp of an editor's review copy of a page (one copy per page and editor)."""
    return hashlib.sha256(f"review/{page.id}/{page.sha256}/{editor}".encode()).hexdigest()


def drop_round(changes: Changes, page: SourceFile) -> None:
    """Take away a curated review's copies (their articles, lines and entities) and its decisions (logged)."""
    for decision in CurationDecision.select().where(CurationDecision.file == page.id):
        changes.delete(decision)
    for copy in review_copies(page.id):
        for model in (Entity, Block, Article):
            for row in model.select().where(model.file == copy.id).order_by(model.id.desc()):
                changes.delete(row)
        changes.delete(copy)


def moved_copy(page: SourceFile) -> str | None:
    """The editor whose review copy of this page another program moved under another page, if any (of the editors
    the page is given to)."""
    for a in Assignment.select(Assignment.editor).where(Assignment.file == page.id):
        found = SourceFile.get_or_none(SourceFile.sha256 == copy_sha(page, a.editor))
        if found is not None and found.review_of != page.id:
            return str(a.editor)
    return None


def make_copy(changes: Changes, page: SourceFile, editor: str) -> SourceFile:
    """A review copy of a page for an editor: its articles, lines and entities as they are now."""
    sha = copy_sha(page, editor)
    if SourceFile.select().where(SourceFile.sha256 == sha).exists():   # there, but not under the page: another
        raise EditConflict(str(Coded(TEAM["copy_elsewhere"], page=page.name, editor=editor)), "copy_elsewhere",
                           page=page.name, editor=editor)   # program moved it (run 32 B5: a unique key's words)
    copy = changes.create(SourceFile, sha256=sha, imported_at=now(), replaced_by=page.id, review_of=page.id,
                          review_editor=editor, **{k: getattr(page, k) for k in FILE_COPIED})
    articles: dict[int, int] = {}
    for art in Article.select().where(Article.file == page.id).order_by(Article.id):
        made = changes.create(Article, file=copy.id, created_at=now(), updated_at=now(),
                              **{k: getattr(art, k) for k in ARTICLE_COPIED})
        articles[art.id] = made.id
    for b in Block.select().where(Block.file == page.id).order_by(Block.line):
        changes.create(Block, file=copy.id, article=articles.get(b.article_id) if b.article_id else None,
                       **{k: getattr(b, k) for k in BLOCK_COPIED})
    for e in Entity.select().where(Entity.file == page.id).order_by(Entity.id):
        changes.create(Entity, file=copy.id, article=articles[e.article_id], created_at=e.created_at,
                       **{k: getattr(e, k) for k in ENTITY_COPIED})
    return copy  # type: ignore[return-value]
