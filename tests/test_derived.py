"""Derived data follows the editor's corrections (issue 12, items 6 and 7, in the store).

A role or membership change recomputes the article's title, kicker, subtitle and credits in
the same edit (undo restores them), except a field a person set; entities of a line that
leaves its article leave with it; label-all keeps one entity per span and says what it did.
"""
from __future__ import annotations

import pytest

from jmreview.exchange.export_json import corpus
from jmreview.store import edits, entity_edits
from jmreview.store.changes import redo, undo
from jmreview.store.models import Article, Block, Entity, SourceFile
from jmreview.store.view_rows import entity_rows
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS
from .test_edits import state

WHO = "编辑甲"


def load(store, name: str) -> SourceFile:  # type: ignore[no-untyped-def]
    import_paths(store, [SEEDS / name], workers=1)
    return SourceFile.get(SourceFile.name == name)


def line(source: SourceFile, n: int) -> Block:
    return Block.get((Block.file == source) & (Block.line == n))


def article_of(block: Block) -> Article:
    return Article.get_by_id(Block.get_by_id(block.id).article_id)


def undo_redo(store, log_id: int, check_before, check_after) -> None:  # type: ignore[no-untyped-def]
    """Undo restores everything the edit derived; redo derives it again."""
    after = state()
    undo(store, log_id, WHO)
    check_before()
    redo(store, log_id, WHO)
    check_after()
    assert state() == after


def test_a_kicker_set_to_noise_empties_the_kicker(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "001_69ca20e02664ffc6.txt")
    kicker = line(source, 3)
    art = article_of(kicker)
    assert art.kicker == "全会深读"
    log_id = edits.set_noise(store, WHO, kicker.id, True)
    assert Article.get_by_id(art.id).kicker == ""
    exported = next(a for f in corpus()["files"] for a in f["articles"] if a["title"] == art.title)
    assert exported["kicker"] == ""
    undo_redo(store, log_id, lambda: Article.get_by_id(art.id).kicker == "全会深读" or pytest.fail(),
              lambda: Article.get_by_id(art.id).kicker == "" or pytest.fail())


def test_a_caption_set_to_body_loses_its_photographer(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "004_8fe30a7831068c4f.txt")
    caption = line(source, 14)
    art = article_of(caption)
    assert art.photographers == ["郭永乐"]
    log_id = edits.set_block_role(store, WHO, caption.id, "body")
    assert Article.get_by_id(art.id).photographers == []
    undo_redo(store, log_id, lambda: Article.get_by_id(art.id).photographers == ["郭永乐"] or pytest.fail(),
              lambda: Article.get_by_id(art.id).photographers == [] or pytest.fail())


def test_a_body_line_made_headline_becomes_the_title(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "001_69ca20e02664ffc6.txt")
    heading = line(source, 7)
    art = article_of(heading)
    edits.set_block_role(store, WHO, line(source, 5).id, "body")
    edits.set_block_role(store, WHO, heading.id, "headline")
    fresh = Article.get_by_id(art.id)
    assert (fresh.title, fresh.title_simplified) == ("在全面深化改革开放上实现新突破",) * 2


def test_a_field_set_by_hand_is_never_recomputed(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "001_69ca20e02664ffc6.txt")
    kicker = line(source, 3)
    art = article_of(kicker)
    edits.set_article_field(store, WHO, art.id, "kicker", "编辑定的引题")
    edits.set_noise(store, WHO, kicker.id, True)
    assert Article.get_by_id(art.id).kicker == "编辑定的引题"


def test_split_merge_and_move_recompute_both_articles(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "004_8fe30a7831068c4f.txt")
    caption = line(source, 14)
    art = article_of(caption)
    edits.split_article(store, WHO, caption.id)
    new = article_of(caption)
    assert Article.get_by_id(art.id).photographers == [] and new.photographers == ["郭永乐"]
    edits.move_blocks(store, WHO, [caption.id], art.id)
    assert Article.get_by_id(art.id).photographers == ["郭永乐"]
    assert Article.get_by_id(new.id).photographers == []
    edits.merge_articles(store, WHO, art.id, new.id)
    assert Article.get_by_id(art.id).photographers == ["郭永乐"]


def suggestion_line(source: SourceFile) -> tuple[Block, list[Entity]]:
    """A line of an article with at least two suggested entities on it."""
    for b in Block.select().where((Block.file == source) & Block.article.is_null(False)).order_by(Block.line):
        on = list(Entity.select().where((Entity.file == source) & (Entity.start >= b.start) & (Entity.end <= b.end)
                                        & (Entity.status == "suggested")).order_by(Entity.start))
        if len(on) >= 2:
            return b, on
    raise AssertionError("no line with two suggestions")


def test_entities_of_a_noise_line_leave_the_article(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "002_4a1bb4f78707ee57.txt")
    b, (decided, guessed, *_) = suggestion_line(source)
    art = article_of(b)
    entity_edits.update_entity(store, WHO, decided.id, status="accepted")
    log_id = edits.set_noise(store, WHO, b.id, True)
    assert Entity.get_or_none(Entity.id == guessed.id) is None  # the machine's guess on debris goes
    assert Entity.get_by_id(decided.id).status == "accepted"  # a person's decision is kept, set aside
    shown = {i for r in entity_rows(art.id) for i in r.ids}
    assert decided.id not in shown
    entity_edits.accept_all(store, WHO, art.id)
    exported = next(a for f in corpus()["files"] for a in f["articles"] if a["title"] == art.title)
    assert not [e for e in exported["entities"] if b.start <= e["start"] < b.end]
    assert all(e["status"] == "accepted" for e in exported["entities"])
    undo(store, log_id, WHO)
    assert Entity.get_by_id(guessed.id).status == "suggested"  # undo brings the suggestion back
    redo(store, log_id, WHO)
    edits.set_noise(store, WHO, b.id, False)  # brought back: the decided entity comes back with it
    assert decided.id in {i for r in entity_rows(int(Block.get_by_id(b.id).article_id or 0)) for i in r.ids}


def test_accept_all_never_accepts_outside_the_articles_lines(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "002_4a1bb4f78707ee57.txt")
    b, on = suggestion_line(source)
    art = article_of(b)
    Block.update(article=None).where(Block.id == b.id).execute()  # an older database: set aside, not deleted
    entity_edits.accept_all(store, WHO, art.id)
    assert all(Entity.get_by_id(e.id).status == "suggested" for e in on)


def test_label_all_relabels_and_accepts_instead_of_adding(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "002_4a1bb4f78707ee57.txt")
    target = Entity.get((Entity.file == source) & (Entity.simplified == "江海区") & (Entity.status == "suggested"))
    counts: dict[str, int] = {}
    log_id = entity_edits.label_all_occurrences(store, WHO, "江海区", "ORG", source.id, counts=counts)
    on_span = Entity.select().where((Entity.file == source) & (Entity.start == target.start)
                                    & (Entity.end == target.end))
    assert [(e.label, e.status) for e in on_span] == [("ORG", "accepted")]  # one entity per span
    assert counts["relabelled"] >= 1 and counts["accepted"] == 0
    made = Entity.select().where((Entity.simplified == "江海区") & (Entity.label == "ORG")).count()
    assert counts["added"] + counts["relabelled"] == made
    assert len({(e.start, e.end) for e in Entity.select().where(Entity.simplified == "江海区")}) \
        == Entity.select().where(Entity.simplified == "江海区").count()
    again: dict[str, int] = {}
    assert entity_edits.label_all_occurrences(store, WHO, "江海区", "ORG", source.id, counts=again) == 0
    assert again == {"added": 0, "relabelled": 0, "accepted": 0}
    undo(store, log_id, WHO)
    assert {e.label for e in Entity.select().where(Entity.simplified == "江海区")} == {"LOC"}


def test_label_all_accepts_suggestions_with_the_same_label(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "002_4a1bb4f78707ee57.txt")
    n = Entity.select().where((Entity.simplified == "江海区") & (Entity.status == "suggested")).count()
    counts: dict[str, int] = {}
    entity_edits.label_all_occurrences(store, WHO, "江海区", "LOC", source.id, counts=counts)
    assert counts["accepted"] == n and counts["relabelled"] == 0
    assert {e.status for e in Entity.select().where(Entity.simplified == "江海区")} == {"accepted"}


def test_a_relabel_by_a_person_accepts_the_entity(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "002_4a1bb4f78707ee57.txt")
    e = Entity.get((Entity.file == source) & (Entity.status == "suggested"))
    entity_edits.update_entity(store, WHO, e.id, label="ORG")
    assert (Entity.get_by_id(e.id).label, Entity.get_by_id(e.id).status) == ("ORG", "accepted")


def test_labelling_a_labelled_span_relabels_it(store) -> None:  # type: ignore[no-untyped-def]
    source = load(store, "002_4a1bb4f78707ee57.txt")
    e = Entity.get((Entity.file == source) & (Entity.status == "suggested"))
    entity_edits.add_entity(store, WHO, e.article_id, e.start, e.end, "ORG")
    on_span = Entity.select().where((Entity.file == source) & (Entity.start == e.start) & (Entity.end == e.end))
    assert [(x.id, x.label, x.status) for x in on_span] == [(e.id, "ORG", "accepted")]


def test_fields_match_the_import_when_nothing_changed(seeded) -> None:  # type: ignore[no-untyped-def]
    from jmreview.store.derived import derived_fields
    for art in Article.select():
        values = derived_fields(art)
        assert values is None or all(getattr(art, k) == v for k, v in values.items()), art.title

