"""Issue 16, team work: assignments, double review on review copies, agreement with the reference scorer, curation."""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jmreview.exchange.agreement import answer_of, page_agreement, pair_agreement, prediction_of
from jmreview.exchange.export_json import corpus
from jmreview.store.changes import EditConflict, redo, undo
from jmreview.store.curation import differences, take
from jmreview.store.database import Store
from jmreview.store.edits import set_block_role, set_noise, split_article
from jmreview.store.entity_edits import add_entity, update_entity
from jmreview.store.models import SCHEMA_VERSION, Article, Block, EditLog, Entity, SourceFile
from jmreview.store.queries import files, stats
from jmreview.store.search import ensure_index, search
from jmreview.store.team import assign, mark_double_review, my_pages, review_copy, unassign
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS, SHARED

PAGE = SEEDS / "000_fe75734c17ad953c.txt"
A, B = "甲编辑", "乙编辑"


def page_id() -> int:
    return SourceFile.get((SourceFile.name == PAGE.name) & SourceFile.replaced_by.is_null()).id


def block(file_id: int, line: int) -> Block:
    return Block.get((Block.file == file_id) & (Block.line == line))


def simulate_two_editors(store: Store) -> tuple[int, int, int]:
    """Two editors review page 000 on their own copies and disagree on boundaries, roles, noise and entities."""
    page = page_id()
    mark_double_review(store, "主编", page, [A, B])
    a, b = review_copy(page, A), review_copy(page, B)
    assert a is not None and b is not None
    arts = list(Article.select().where(Article.file == a.id).order_by(Article.reading_order))
    by_size = sorted(arts, key=lambda art: -Block.select().where(Block.article == art).count())

    def lines_of(art: Article) -> list[int]:
        return [x.line for x in Block.select().where(Block.article == art).order_by(Block.line)]

    lines, other = lines_of(by_size[0]), lines_of(by_size[1])
    split_article(store, A, block(a.id, lines[len(lines) // 2]).id)          # A: one more article
    set_noise(store, B, block(b.id, lines[-1]).id, True)                     # B: a line is noise
    set_block_role(store, A, block(a.id, other[3]).id, "subhead")            # A: a role
    set_block_role(store, B, block(b.id, other[4]).id, "caption")            # B: another role
    ent = Entity.select().where((Entity.file == b.id) & (Entity.label == "PER")).order_by(Entity.start).first()
    update_entity(store, B, ent.id, label="ORG")                             # B: a relabelled entity
    first = block(a.id, other[-1])
    text = SourceFile.get_by_id(a.id).text
    start = first.start + next(i for i, ch in enumerate(text[first.start:first.end]) if "\u4e00" <= ch <= "\u9fff")
    add_entity(store, A, first.article_id, start, start + 2, "LOC")          # A: an entity B does not have
    return page, a.id, b.id


@pytest.fixture
def team_store(db_location: Path | str) -> Iterator[Store]:
    with Store(db_location) as s:
        assert not import_paths(s, [PAGE, SEEDS / "003_4221d1719c757f4b.txt"], workers=1).refused
        yield s


def test_a_schema_6_database_opens_upgraded_to_schema_7(db_location: Path | str) -> None:
    with Store(db_location) as s:
        import_paths(s, [PAGE], workers=1)
        s.db.execute_sql("DROP INDEX sourcefile_listed")   # schema 8's
        for column in ("review_of", "review_editor", "review_state"):
            s.db.execute_sql(f"ALTER TABLE sourcefile DROP COLUMN {column}")
        s.db.execute_sql("DROP TABLE assignment")
        s.db.execute_sql("DROP TABLE curationdecision")
        s.db.execute_sql("UPDATE schemainfo SET version = 6")
    with Store(db_location) as s:
        assert s.db.execute_sql("SELECT version FROM schemainfo").fetchone()[0] == SCHEMA_VERSION == 9
        assert [f.name for f in files()] == [PAGE.name] and files()[0].review_state == ""
        assign(s, "主编", [files()[0].id], A)
        assert [p.id for p, _ in my_pages(A)] == [files()[0].id]


def test_assignments_make_my_work_and_undo_takes_them_back(team_store: Store) -> None:
    page = page_id()
    log = assign(team_store, "主编", [page], A)
    assert [p.id for p, copy in my_pages(A)] == [page] and my_pages(B) == []
    assert EditLog.get_by_id(log).who == "主编"
    undo(team_store, log, "主编")
    assert my_pages(A) == []
    redo(team_store, log, "主编")
    unassign(team_store, "主编", [page], A)
    assert my_pages(A) == []


def test_a_double_review_of_a_dated_page_is_undone_and_redone(team_store: Store) -> None:
    """The undo of a marking takes the copies away; the check that an issue date keeps story links whole read the
    removed copies and failed (a traceback in the window)."""
    page = page_id()
    SourceFile.update(issue_date="2024-03-01").where(SourceFile.id == page).execute()
    log = mark_double_review(team_store, "主编", page, [A, B])
    assert len([c for c in (review_copy(page, A), review_copy(page, B)) if c is not None]) == 2
    undo(team_store, log, "主编")
    assert review_copy(page, A) is None and SourceFile.get_by_id(page).review_state == ""
    redo(team_store, log, "主编")
    copy = review_copy(page, B)
    assert copy is not None and str(copy.issue_date) == "2024-03-01"


def test_review_copies_are_kept_apart_from_the_corpus(team_store: Store) -> None:
    before = (json.dumps(corpus()["files"], ensure_ascii=False), stats().articles, stats().entities)
    ensure_index(team_store)
    found = len(search(team_store, "江门"))
    page = page_id()
    log = mark_double_review(team_store, "主编", page, [A, B])
    copy_a = review_copy(page, A)
    assert copy_a is not None and copy_a.review_of == page and SourceFile.get_by_id(page).review_state == "double"
    assert [(p.id, c.id if c else None) for p, c in my_pages(A)] == [(page, copy_a.id)]
    ensure_index(team_store)
    set_block_role(team_store, A, block(copy_a.id, 5).id, "caption")   # an ordinary edit works on the copy
    after = (json.dumps(corpus()["files"], ensure_ascii=False), stats().articles, stats().entities)
    assert after == before                                              # exports and stats do not see copies
    assert len(search(team_store, "江门")) == found and len(files()) == 2
    assert block(page, 5).role != "caption"                             # the page of record is untouched
    with pytest.raises(EditConflict):
        undo(team_store, log, "主编")   # the copies were worked on: taking them away is refused


def test_agreement_matches_the_reference_scorer(team_store: Store, tmp_path: Path) -> None:
    page, a, b = simulate_two_editors(team_store)
    scorer = SHARED / "eval" / "score.py"
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.json").write_text(json.dumps(answer_of(a), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(prediction_of(b), ensure_ascii=False), encoding="utf-8")
    done = subprocess.run([sys.executable, str(scorer), str(tmp_path / "b.json"), str(gold_dir), "--json"],
                          capture_output=True, text=True, check=True)
    reference = json.loads(done.stdout)
    found = page_agreement(page)
    assert (found.editor_a, found.editor_b) == (A, B)
    assert found.rows == reference
    by = {r["metric"]: r for r in reference}
    assert found.boundary_f1 == by["boundary"]["f1"] < 1.0
    tp, fp, fn = (sum(r[k] for m, r in by.items() if m.startswith("role:")) for k in ("tp", "fp", "fn"))
    assert found.role_f1 == round(2 * tp / (2 * tp + fp + fn), 4) < 1.0
    tp, fp, fn = (sum(by[f"entity:{x}"][k] for x in ("PER", "LOC", "ORG")) for k in ("tp", "fp", "fn"))
    assert found.entity_f1 == round(2 * tp / (2 * tp + fp + fn), 4) < 1.0
    pair = pair_agreement(A, B)
    assert pair.rows == reference and pair.pages == 1


def test_curation_settles_every_difference_with_one_undo_step_each(team_store: Store) -> None:
    page, a, b = simulate_two_editors(team_store)
    original = unversioned()
    found = differences(page)
    kinds = {d.kind for d in found}
    assert {"segment", "role", "entity"} <= kinds and all(not d.settled for d in found)
    logs = []
    for n, diff in enumerate(found):
        before = EditLog.select().count()
        logs.append(take(team_store, "主编", page, diff.key, "a" if n % 2 == 0 else "b"))
        assert EditLog.select().count() == before + 1          # one logged edit per difference
        assert sum(not d.settled for d in differences(page)) == len(found) - n - 1
    assert SourceFile.get_by_id(page).review_state == "curated"
    for n, log in enumerate(reversed(logs)):                     # each undo takes one decision back
        undo(team_store, log, "主编")
        assert sum(d.settled is not None for d in differences(page)) == len(found) - n - 1
    assert unversioned() == original                             # the page as before curation (undo counts up)
    assert SourceFile.get_by_id(page).review_state == "double"


def test_taking_one_side_everywhere_gives_that_editors_answer(team_store: Store) -> None:
    page, a, b = simulate_two_editors(team_store)
    for diff in differences(page):
        take(team_store, "主编", page, diff.key, "b")
    assert page_answer(page) == page_answer(b)
    assert not [d for d in differences(page) if not d.settled]


def page_answer(file_id: int) -> dict:
    """A page's answer, without what differs between a copy and its page by nature (its name is the same)."""
    return answer_of(file_id)


def unversioned() -> str:
    """The corpus export without article versions and moments (undo, too, counts an article's version up)."""
    files = corpus()["files"]
    for f in files:
        for art in f["articles"]:
            art.pop("version")
            art.pop("changed_at")
    return json.dumps(files, ensure_ascii=False)


def test_a_curator_may_give_an_answer_of_their_own(team_store: Store) -> None:
    page, a, b = simulate_two_editors(team_store)
    role = next(d for d in differences(page) if d.kind == "role")
    log = take(team_store, "主编", page, role.key, "own", "note")
    assert block(page, role.lines[0]).role == "note"
    assert next(d for d in differences(page) if d.key == role.key).settled == "own"
    with pytest.raises(EditConflict):
        take(team_store, "主编", page, role.key, "own", "nonsense")
    with pytest.raises(EditConflict):
        take(team_store, "主编", page, "role:99999", "a")
    undo(team_store, log, "主编")
    assert next(d for d in differences(page) if d.key == role.key).settled is None
