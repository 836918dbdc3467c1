"""Apply a checked corpus file to the same source files, as one logged edit undoable in one step.

First it decides, for every article of the file, whether it may change; only then does it
write. An article is refused, and left exactly as it is with its lines, when:

- its database version is newer than the exported one (changed here since the export);
- it is not in the database because an edit here deleted it (merged into another article):
  a stale file never re-creates it;
- one of its lines now belongs to an article that is refused or is not in the file (made
  here after the export, or left out of it), or one of its own lines goes, by the file, to
  a refused article. Refusals spread until none is left, so no line of a refused article moves.

What the file says a person decided is added to what the database says (article ``manual``
and ``origin``, the lines' marks in ``line_marks``, entity ``origin``), never dropped;
every applied article is also marked ``imported``, so automation never redoes it. A file
where something was applied has its articles numbered again by their first lines, in the
same edit, since the file's indexes do not know the articles refused or made here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from jmreview.analysis.script import to_simplified
from jmreview.errors import Coded
from jmreview.exchange.apart import apart, replaces, shown
from jmreview.exchange.json_checks import Source
from jmreview.exchange.json_news import apply_newspaper
from jmreview.store.changes import Changes, record
from jmreview.store.database import Store
from jmreview.store.dialect import contains_sql, log_steps_sql, step_field
from jmreview.store.editor_names import reviewer_form
from jmreview.store.edits import renumber_articles
from jmreview.store.ids import remade_by_reruns
from jmreview.store.models import Article, Block, Entity, SourceFile, database_proxy, now
from jmreview.store.records import article_records
from jmreview.store.review_guard import reviewers

FIELDS = ("title", "kicker", "subtitle", "category", "status", "date", "reporters", "correspondents",
          "photographers", "sources")
CUE = "applied from a corpus file"
REPLACED = ("article {id} 《{title}》: applied over its version here, changed here at {here_at}, which the file does "
            "not show it knew of: if the file was made without that change, undo the import to get it back")
DELETE_MARK, ARTICLE_MARK = "'\"delete\"'", "'\"Article\"'"   # quick filters on the edit log's text


def deleted_sql() -> str:
    """The ids of articles deleted by an edit not undone."""
    db = database_proxy
    return (f"SELECT DISTINCT {step_field(db, 's', 'id')} FROM editlog, {log_steps_sql(db, 's')} "
            f"WHERE NOT editlog.undone AND {contains_sql(db, 'editlog.payload', DELETE_MARK)} "
            f"AND {contains_sql(db, 'editlog.payload', ARTICLE_MARK)} "
            f"AND {step_field(db, 's', 'op')} = 'delete' AND {step_field(db, 's', 'model')} = 'Article'")


APPLY_REFUSALS = {   # why an article of a corpus file is left as it is (English; the window translates them)
    "changed": "article {id} 《{title}》 was changed here after the export (version {here}, the file has {theirs}); "
               "left as it is",
    "apart": "article {id} 《{title}》 was changed here ({here_at}) and, apart, in the copy of the database the file "
             "was exported from ({theirs_at}); left as it is",
    "merged": "article {id} 《{title}》 was merged into another article here after the export; not re-created",
    "remade": "article {id} 《{title}》 was made anew by re-running automation here after the export; left as it is "
              "(export again, and make the change there)",
    "remade_many": "{n} articles of {name} were made anew by re-running automation here after the export ({ids}); "
                   "left as they are (export again, and make the changes there)",
    "owner_absent": "article {id} 《{title}》: its line {line} now belongs to article {other}, which is not in the "
                    "file; left as it is",
    "owner_kept": "article {id} 《{title}》: its line {line} now belongs to article {other}, which is left as it is; "
                  "so is this one",
    "goes_to_kept": "article {id} 《{title}》: its line {line} goes to article {other}, which is left as it is; so is "
                    "this one",
    "under_review": "{name} is under double review by {editors}: it is corrected on their review copies; left as it is",
    "being_curated": "{name} is being curated: its curator decides it (in the window's curation view, Ctrl+Alt+U, "
                     "or with the curate command) and its review copies no longer change; left as it is",
}


def under_review() -> dict[int, Coded]:
    """The pages under double review (or being curated), each with its 'left as it is' line: an import leaves
    them to their reviewers' copies and applies the rest."""
    out: dict[int, Coded] = {}
    for sf in SourceFile.select(SourceFile.id, SourceFile.name, SourceFile.review_state).where(
            SourceFile.review_state.in_(("double", "curating"))):   # (run 26 B12: a curated page sent to its copies)
        out[sf.id] = Coded(APPLY_REFUSALS["under_review"], name=sf.name, editors=reviewers(sf.id)) \
            if sf.review_state == "double" else Coded(APPLY_REFUSALS["being_curated"], name=sf.name)
    return out


@dataclass
class JsonImportReport:
    """What an import did."""

    mode: str = ""                                       # "restore" or "apply"
    files: int = 0
    articles: int = 0
    unchanged: int = 0                                   # articles the file holds exactly as they are here
    conflicts: list[str] = field(default_factory=list)   # one line per refused article
    missing: list[str] = field(default_factory=list)     # files not here (applied to a corpus: none added)
    carried: list[str] = field(default_factory=list)     # of those, files whose text the corpus file carries
    refusals: list[tuple[str, str]] = field(default_factory=list)   # (file name, Coded reason) per refused article
    replaced: list[tuple[str, str]] = field(default_factory=list)   # (file name, Coded line) per change here replaced
    log_id: int = 0
    newspaper: int = 0                                   # pages and story links changed (version 2)
    unaccounted: int = 0   # lines restored in no article the file holds nor among its noise: a part of a corpus

    def summary(self) -> str:
        """One line for the terminal."""
        verb = "restored" if self.mode == "restore" else "applied"
        same = f" ({self.unchanged} already as in the file)" if self.unchanged else ""
        part = (f"; {self.unaccounted} lines are in none of its articles and not said to be noise (an export of part "
                "of the corpus?): left unassigned, to be decided") if self.unaccounted else ""
        return (f"{verb} {self.articles} articles of {self.files} files{same}, {len(self.conflicts)} refused, "
                f"{len(self.missing)} files not found{part}")


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def by_id(f: dict[str, Any], art_id: int) -> dict[str, Any] | None:
    """The file's article of that id."""
    return next((a for a in f["articles"] if a["id"] == art_id), None)


def _alike_kept(refused: dict[int, str], sf: SourceFile, f: dict[str, Any]) -> dict[int, str]:
    """The refusals without those of an article changed apart in two copies that is alike in both: passed back, the
    same change is nothing to refuse (run 32 A29, B40); nor is an article changed here since that says what the file
    says (run 36 A37: the same file applied twice)."""
    kinds = (APPLY_REFUSALS["apart"], APPLY_REFUSALS["changed"])
    apart_ids = [k for k, why in refused.items() if getattr(why, "template", "") in kinds]
    if not apart_ids:
        return refused
    here = {r["id"]: r for r in article_records(sf)}
    return {k: why for k, why in refused.items() if k not in apart_ids or not _alike(here.get(k), by_id(f, k))}


def _unchanged(sf: SourceFile, f: dict[str, Any]) -> bool:
    """True when a file's page holds the articles this page holds, each alike."""
    here = {r["id"]: r for r in article_records(sf)}
    return set(here) == {a["id"] for a in f["articles"]} and all(_alike(here[a["id"]], a) for a in f["articles"])


def _alike(here: dict[str, Any] | None, theirs: dict[str, Any] | None) -> bool:
    """True when the file's article is the one here: fields, lines and entities."""
    if here is None or theirs is None:
        return False
    keys = (*FIELDS, "blocks")
    spots = [[(e["start"], e["end"], e["label"], e["status"]) for e in r.get("entities", [])] for r in (here, theirs)]
    return all(here.get(k) == theirs.get(k) for k in keys) and sorted(spots[0]) == sorted(spots[1])


def _union(*marks: Any) -> list[str]:
    return sorted(set().union(*(set(m or []) for m in marks)))


def deleted_here() -> set[int]:
    """Ids of articles that a logged edit (not undone) deleted: merged into another article."""
    return {int(r[0]) for r in database_proxy.execute_sql(deleted_sql()).fetchall() if r[0] is not None}


def apply(store: Store, doc: dict[str, Any], who: str, sources: list[Source | None]) -> JsonImportReport:
    """Apply the corpus to the same source files as one logged, undoable edit."""
    report = JsonImportReport(mode="apply")
    by_sha = {sf.sha256: sf for sf in SourceFile.select()}
    deleted: set[int] | None = None
    remade: set[int] = set()
    left: set[int] = set()
    reviewed = under_review()
    with record(store, who, "import_json", "apply a corpus file") as ch:
        for f, src in zip(doc["files"], sources):
            sf = by_sha.get(f["sha256"])
            if sf is None or src is None:
                report.missing.append(f["name"])
                if isinstance(f.get("source"), str):
                    report.carried.append(f["name"])
                continue
            report.files += 1
            if sf.id in reviewed and _unchanged(sf, f):   # the page as it is: nothing to turn away (run 34 B11)
                report.unchanged += len(f["articles"])
                continue
            if sf.id in reviewed:   # corrected on its review copies: the rest of the file is applied
                report.conflicts.append(f"{sf.name}: {reviewed[sf.id]}")
                report.refusals.append((sf.name, reviewed[sf.id]))
                left |= {a["id"] for a in f["articles"]}
                continue
            blocks = {b.line: b for b in Block.select().where(Block.file == sf)}
            existing = {a.id: a for a in Article.select().where(Article.file == sf)}
            if deleted is None and any(a["id"] not in existing for a in f["articles"]):
                deleted, remade = deleted_here(), remade_by_reruns()
            refused = plan(f["articles"], blocks, existing, deleted or set(), remade)
            refused = _alike_kept(refused, sf, f)
            left |= set(refused)
            said = _grouped(sf.name, refused)
            report.conflicts += [f"{sf.name}: {why}" for why in said]
            report.refusals += [(sf.name, why) for why in said]
            applied: set[int] = set()
            over = {a["id"]: art for a in f["articles"] if a["id"] not in refused and (art := existing.get(a["id"]))
                    is not None and replaces(art.version, art.updated_at, a.get("changed_at"))}
            here = {r["id"]: r for r in article_records(sf)} if over else {}   # as it is before (run 33 B18: a mark
            for a in f["articles"]:                                          # alone is no change to tell of)
                if a["id"] not in refused:
                    art = existing.get(a["id"])
                    art_id, changed = _apply_article(ch, sf, blocks, art, a)
                    if changed and art is not None and a["id"] in over and not _alike(here.get(art.id), a):
                        report.replaced.append((sf.name, Coded(REPLACED, id=art.id, title=art.title,
                                                               here_at=shown(over[art.id].updated_at))))
                    applied.add(art_id)
                    report.articles += changed
                    report.unchanged += not changed
            _mark_lines(ch, blocks, applied, f.get("line_marks", []))
            if applied:   # the file's indexes ignore what was refused or made here: one order, by first line
                renumber_articles(ch, sf.id)
        kept: list[tuple[str, str]] = []
        report.newspaper = apply_newspaper(ch, doc, left, kept)
        report.conflicts += [f"{name}: {why}" for name, why in kept]
        report.refusals += kept
    if ch.steps:
        report.log_id = ch.log_id()
    return report


def _grouped(name: str, refused: dict[int, str]) -> list[str]:
    """A file's refusals to say, in article order, those of articles made anew by a re-run after them in one line
    when there are more than three (run 32 A30: one real refusal buried among dozens of them)."""
    remade = [a_id for a_id, why in sorted(refused.items()) if getattr(why, "template", "") == APPLY_REFUSALS["remade"]]
    rest = [why for a_id, why in sorted(refused.items()) if a_id not in remade or len(remade) <= 3]
    if len(remade) <= 3:
        return rest
    titles = {a_id: str(getattr(refused[a_id], "params", {}).get("title", ""))
              for a_id in remade[:10]}   # (each named as an editor knows it)
    ids = ", ".join(f"{a_id}《{t[:20] + '…' if len(t) > 20 else t}》" for a_id, t in titles.items()) + \
        ("…" if len(remade) > 10 else "")
    return [*rest, Coded(APPLY_REFUSALS["remade_many"], n=len(remade), name=name, ids=ids)]


def plan(records: list[dict[str, Any]], blocks: dict[int, Block], existing: dict[int, Article],
         deleted: set[int], remade: frozenset[int] | set[int] = frozenset()) -> dict[int, str]:
    """The articles of a file that must be left as they are, each with the reason."""
    by_id = {a["id"]: a for a in records}
    claims = {b["line"]: a["id"] for a in records for b in a["blocks"]}
    refused: dict[int, str] = {}
    for a in records:
        art = existing.get(a["id"])
        if art is not None and art.version > a.get("version", 1):
            refused[a["id"]] = Coded(APPLY_REFUSALS["changed"], id=art.id, title=art.title, here=art.version,
                                     theirs=a.get("version", 1))
        elif art is not None and apart(art.version, art.updated_at, a.get("version", 1), a.get("changed_at")):
            refused[a["id"]] = Coded(APPLY_REFUSALS["apart"], id=art.id, title=art.title,   # (run 30 A33)
                                     here_at=shown(art.updated_at), theirs_at=shown(a.get("changed_at")))
        elif art is None and a["id"] in deleted:
            refused[a["id"]] = Coded(APPLY_REFUSALS["merged"], id=a["id"], title=a["title"])
        elif art is None and a["id"] in remade:   # (run 24 A13: "its line 5 now belongs to article 33")
            refused[a["id"]] = Coded(APPLY_REFUSALS["remade"], id=a["id"], title=a["title"])
    changed = True
    while changed:
        changed = False
        for a_id, a in by_id.items():
            if a_id in refused:
                continue
            why = _blocked(a_id, a, blocks, by_id, claims, refused)
            if why:
                refused[a_id], changed = why, True
    return refused


def _blocked(a_id: int, a: dict[str, Any], blocks: dict[int, Block], by_id: dict[int, Any], claims: dict[int, int],
             refused: dict[int, str]) -> str:
    """Why applying this article would move a line of an article left as it is ('' when it would not)."""
    for b in a["blocks"]:
        owner = blocks[b["line"]].article_id
        if owner is None or owner == a_id:
            continue
        if owner not in by_id:
            return Coded(APPLY_REFUSALS["owner_absent"], id=a_id, title=a["title"], line=b["line"], other=owner)
        if owner in refused:
            return Coded(APPLY_REFUSALS["owner_kept"], id=a_id, title=a["title"], line=b["line"], other=owner)
    for line, row in blocks.items():
        if row.article_id == a_id and claims.get(line, a_id) in refused:
            return Coded(APPLY_REFUSALS["goes_to_kept"], id=a_id, title=a["title"], line=line, other=claims[line])
    return ""


def _apply_article(ch: Changes, sf: SourceFile, blocks: dict[int, Block], art: Article | None,
                   a: dict[str, Any]) -> tuple[int, bool]:
    """Write one accepted article (fields, marks, lines, entities); its id here, and whether anything changed."""
    steps = len(ch.steps)
    if art is None:
        made = ch.create(Article, file=sf, reading_order=a["index"], title=a["title"], origin="manual",
                         start_cue=CUE, created_at=now(), updated_at=now())
        art = Article.get_by_id(made.id)
    assert art is not None
    values: dict[str, Any] = {k: a[k] for k in FIELDS}   # (its place in the page: renumbered after, by first line —
    # the file's index of an article moved only by a split here is no change of it)
    values["title_simplified"] = to_simplified(a["title"])
    if "reviewer" in a:
        values["reviewer"] = reviewer_form(a["reviewer"])
        values["reviewed_at"] = _moment(a.get("reviewed_at"))
    if "flag" in a:
        values["flag"] = a["flag"]
    changed = [k for k in FIELDS if k != "status" and a[k] != getattr(art, k)]   # a person's, as the window marks
    values["manual"] = _union(art.manual, a.get("manual"), changed)   # them (run 56 A23, run 57 A21)
    values["origin"] = "manual" if "manual" in (art.origin, a.get("origin")) else art.origin
    ch.set(art, **values)
    wanted = {b["line"] for b in a["blocks"]}
    for row in blocks.values():
        if row.article_id == art.id and row.line not in wanted:
            ch.set(row, article=None, joins_previous=False, duplicate_of=None, manual=_union(row.manual, ["article"]))
    for pos, b in enumerate(a["blocks"]):
        row = blocks[b["line"]]
        decided = [mark for mark, now, said in (("role", row.role, b["role"]),   # a person's, as the window marks
                                                ("join", row.joins_previous, b["joins_previous"]),   # them (run 56
                                                ("duplicate", row.duplicate_of, b["duplicate_of"]))   # A28: a role
                   if now != said]   # applied from a file went back to body when a delivery changed its line)
        ch.set(row, article=art, position=pos, role=b["role"], joins_previous=b["joins_previous"],
               duplicate_of=b["duplicate_of"], **({"manual": _union(row.manual, decided)} if decided else {}))
    _apply_entities(ch, sf, art, a["entities"])
    if len(ch.steps) == steps:   # the file says what is here already: no change, no new version
        return int(art.id), False
    ch.set(art, manual=_union(art.manual, ["imported"]))
    ch.touch(art)
    return int(art.id), True


def _apply_entities(ch: Changes, sf: SourceFile, art: Article, entities: list[dict[str, Any]]) -> None:
    have = {(e.start, e.end, e.label): e for e in Entity.select().where(Entity.article == art)}
    for e in entities:
        current = have.pop((e["start"], e["end"], e["label"]), None)
        if current is None:
            ch.create(Entity, article=art, file=sf, start=e["start"], end=e["end"], text=e["text"],
                      simplified=e.get("simplified") or to_simplified(e["text"]), label=e["label"], role=e.get("role"),
                      origin=e.get("origin", "manual"), status=e.get("status", "accepted"), created_at=now())
        else:
            origin = "manual" if "manual" in (current.origin, e.get("origin")) else current.origin
            ch.set(current, status=e.get("status", current.status), role=e.get("role"), origin=origin)
    for leftover in have.values():
        ch.delete(leftover)


def _mark_lines(ch: Changes, blocks: dict[int, Block], applied: set[int], marks: list[dict[str, Any]]) -> None:
    """The file's line marks, added to lines now in an applied article or in none (never a refused one's)."""
    for mark in marks:
        row = blocks[mark["line"]]
        if row.article_id is None or row.article_id in applied:
            ch.set(row, manual=_union(row.manual, mark["manual"]))
