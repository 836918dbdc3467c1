"""Every correction is a logged core edit that undo restores exactly and redo re-applies."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from jmreview.store import edits, entity_edits
from jmreview.store.changes import EditConflict, redo, undo
from jmreview.store.models import Article, Block, EditLog, Entity, Label, SourceFile
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS

WHO = "编辑甲"


def state() -> dict:
    """The whole store as plain data, without the fields every edit moves (version, times)."""
    def rows(model, skip=()):  # type: ignore[no-untyped-def]
        return sorted(tuple((k, v) for k, v in r.items() if k not in skip) for r in model.select().dicts())
    return {"articles": rows(Article, ("version", "updated_at", "reviewed_at")), "blocks": rows(Block),
            "entities": rows(Entity, ("created_at",)), "labels": rows(Label)}


@pytest.fixture
def store(any_store):  # type: ignore[no-untyped-def]
    """Every edit of this module on both backends."""
    return any_store


@pytest.fixture
def page(store):  # type: ignore[no-untyped-def]
    import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    return store


def arts() -> list[Article]:
    return list(Article.select().order_by(Article.reading_order))


def block(line: int) -> Block:
    return Block.get(Block.line == line)


def round_trip(store, edit: Callable[[], int], check: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    before = state()
    log_id = edit()
    assert log_id and EditLog.get_by_id(log_id).who == WHO
    check()
    after = state()
    assert after != before
    undo(store, log_id, WHO)
    assert state() == before
    redo(store, log_id, WHO)
    assert state() == after
    check()


def test_set_role(page) -> None:  # type: ignore[no-untyped-def]
    b = block(9)
    round_trip(page, lambda: edits.set_block_role(page, WHO, b.id, "body"),
               lambda: (Block.get_by_id(b.id).role == "body" and "role" in Block.get_by_id(b.id).manual) or pytest.fail())


def test_noise_and_back(page) -> None:  # type: ignore[no-untyped-def]
    noise = block(115)
    assert noise.article_id is None
    round_trip(page, lambda: edits.set_noise(page, WHO, noise.id, False),
               lambda: Block.get_by_id(noise.id).article_id == block(113).article_id or pytest.fail())
    b = block(79)
    round_trip(page, lambda: edits.set_noise(page, WHO, b.id, True),
               lambda: Block.get_by_id(b.id).article_id is None or pytest.fail())


def test_join_and_duplicate(page) -> None:  # type: ignore[no-untyped-def]
    b = block(41)
    round_trip(page, lambda: edits.set_join(page, WHO, b.id, False),
               lambda: not Block.get_by_id(b.id).joins_previous or pytest.fail())
    d = block(53)
    round_trip(page, lambda: edits.set_duplicate(page, WHO, d.id, None),
               lambda: Block.get_by_id(d.id).duplicate_of is None or pytest.fail())
    with pytest.raises(ValueError):
        edits.set_duplicate(page, WHO, d.id, 60)


def test_split_merge_and_move(page) -> None:  # type: ignore[no-untyped-def]
    n = len(arts())
    round_trip(page, lambda: edits.split_article(page, WHO, block(15).id),
               lambda: (len(arts()) == n + 1 and arts()[1].origin == "manual"
                        and block(15).article_id == arts()[1].id) or pytest.fail())
    first, second = arts()[1], arts()[2]
    round_trip(page, lambda: edits.merge_articles(page, WHO, first.id, second.id),
               lambda: (len(arts()) == n and block(69).article_id == first.id) or pytest.fail())
    target = arts()[2]
    round_trip(page, lambda: edits.move_blocks(page, WHO, [block(79).id], target.id),
               lambda: block(79).article_id == target.id or pytest.fail())
    with pytest.raises(EditConflict):
        edits.split_article(page, WHO, block(3).id)


def test_fields_and_status(page) -> None:  # type: ignore[no-untyped-def]
    a = arts()[1]
    round_trip(page, lambda: edits.set_article_field(page, WHO, a.id, "title", " 新标题 "),
               lambda: (Article.get_by_id(a.id).title == "新标题" and "title" in Article.get_by_id(a.id).manual)
               or pytest.fail())
    round_trip(page, lambda: edits.set_article_field(page, WHO, a.id, "reporters", ["黎禹君", " 新人 ", ""]),
               lambda: Article.get_by_id(a.id).reporters == ["黎禹君", "新人"] or pytest.fail())
    round_trip(page, lambda: edits.set_status(page, WHO, a.id, "reviewed"),
               lambda: (Article.get_by_id(a.id).status == "reviewed" and Article.get_by_id(a.id).reviewer == WHO)
               or pytest.fail())
    with pytest.raises(EditConflict):   # no day of the calendar (run 27 B13: a ValueError, raw in the window)
        edits.set_article_field(page, WHO, a.id, "date", "2023-02-30")


def test_version_conflict_is_refused(page) -> None:  # type: ignore[no-untyped-def]
    a = arts()[1]
    version = a.version
    edits.set_article_field(page, WHO, a.id, "kicker", "甲", expected_version=version)
    with pytest.raises(EditConflict, match="changed elsewhere"):
        edits.set_article_field(page, WHO, a.id, "kicker", "乙", expected_version=version)
    assert Article.get_by_id(a.id).kicker == "甲"


def test_entity_edits(page) -> None:  # type: ignore[no-untyped-def]
    a = arts()[1]
    source = SourceFile.get()
    start = source.text.index("江门市图书")
    round_trip(page, lambda: entity_edits.add_entity(page, WHO, a.id, start, start + 5, "ORG"),
               lambda: Entity.get((Entity.start == start) & (Entity.origin == "manual")).text == "江门市图书"
               or pytest.fail())
    e = Entity.select().where((Entity.article == a) & (Entity.status == "suggested")).first()
    round_trip(page, lambda: entity_edits.update_entity(page, WHO, e.id, label="LOC", status="accepted"),
               lambda: Entity.get_by_id(e.id).label == "LOC" or pytest.fail())
    round_trip(page, lambda: entity_edits.delete_entity(page, WHO, e.id),
               lambda: Entity.get_or_none(Entity.id == e.id) is None or pytest.fail())
    round_trip(page, lambda: entity_edits.accept_all(page, WHO, a.id),
               lambda: not Entity.select().where((Entity.article == a) & (Entity.status == "suggested")).exists()
               or pytest.fail())


def test_label_all_occurrences_across_scripts(store) -> None:  # type: ignore[no-untyped-def]
    import_paths(store, [SEEDS / "000_fe75734c17ad953c.txt", SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    Entity.delete().where(Entity.simplified == "中科院").execute()
    round_trip(store, lambda: entity_edits.label_all_occurrences(store, WHO, "中科院", "ORG"),
               lambda: {e.text for e in Entity.select().where(Entity.simplified == "中科院")} >= {"中科院"}
               or pytest.fail())
    made = Entity.select().where((Entity.simplified == "中科院") & (Entity.origin == "manual")).count()
    assert made >= 3  # 000 is Traditional: 中科院 written the same; found through the Simplified form
    Entity.delete().where(Entity.text == "陳岸明").execute()
    assert entity_edits.label_all_occurrences(store, WHO, "陈岸明", "PER")  # a Simplified query
    found = Entity.select().where((Entity.text == "陳岸明") & (Entity.origin == "manual"))
    assert found.count() >= 3 and {e.simplified for e in found} == {"陈岸明"}


def test_labels_can_be_added_and_edited(store) -> None:  # type: ignore[no-untyped-def]
    round_trip(store, lambda: entity_edits.add_label(store, WHO, "EVT", "事件", "#123456", "5"),
               lambda: Label.get(Label.name == "EVT").title == "事件" or pytest.fail())
    per = Label.get(Label.name == "PER")
    round_trip(store, lambda: entity_edits.edit_label(store, WHO, per.id, color="#000000"),
               lambda: Label.get_by_id(per.id).color == "#000000" or pytest.fail())
    with pytest.raises(ValueError, match="hotkey"):
        entity_edits.add_label(store, WHO, "NEW", "新", "#111111", "1")
