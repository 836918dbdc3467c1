"""Rows of the forty-eighth adversarial run's half A (issue 10), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

from .test_forty_fifth_run import _deliver_again
from .test_thirty_eighth_run import _seed_001_imported


def test_r48a_2_two_articles_side_by_side_every_line_changed_are_both_carried(tmp_path: Path) -> None:
    """Run 48 A2: two people's articles side by side, and a new delivery that changed every line of the page (its
    punctuation typeset anew): only the first was carried; the second's title and accepted entity stayed behind,
    said as "no line of it is left in the new version"."""
    from jmreview.store import edits, entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Article, Entity, SourceFile

    page, db = _seed_001_imported(tmp_path)
    accepted = []
    with Store(db) as store:
        for k, art in enumerate(list(Article.select().where(Article.file == 1).order_by(Article.reading_order))[1:3]):
            edits.set_article_field(store, "王五", art.id, "title", f"王五改的标题{k + 1}")
            first = Entity.select().where(Entity.article == art.id).order_by(Entity.start).first()
            entity_edits.update_entity(store, "王五", first.id, status="accepted")
            accepted.append(first.text)

    def typeset(text: list[str]) -> None:
        text[:] = [t.replace("，", ",") if "，" in t else (t + "▲" if t.strip() else t) for t in text]

    said = _deliver_again(page, db, typeset)
    assert "no line of it is left" not in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        for k, name in enumerate(accepted):
            art = Article.get((Article.file == new) & (Article.title == f"王五改的标题{k + 1}"))
            assert Entity.select().where((Entity.article == art) & (Entity.text == name)
                                         & (Entity.status == "accepted")).exists(), name


def test_r48a_18_the_mended_first_line_of_the_second_of_two_articles_keeps_its_marks(tmp_path: Path) -> None:
    """Run 48 A18: the last line of one person's article and the first of the next mended: the second's first line
    lost the role and the entity a person set on it ("set it again"), then was called new, "joined" to it."""
    from jmreview.store import edits, entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Article, Block, Entity, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        def line(n: int) -> Block:
            return Block.get((Block.file == 1) & (Block.line == n))
        first, second = line(79).article_id, line(81).article_id
        assert first != second
        edits.set_article_field(store, "王五", first, "title", "王五的标题二")
        edits.set_article_field(store, "王五", second, "title", "王五的标题三")
        b81 = line(81)
        entity = Entity.select().where((Entity.file == 1) & (Entity.start >= b81.start)
                                       & (Entity.end <= b81.end)).first()
        entity_edits.update_entity(store, "王五", entity.id, status="accepted")
        edits.set_block_role(store, "王五", b81.id, "kicker")

    def mend(text: list[str]) -> None:
        text[78] += "▲"
        text[80] += "▲"

    said = _deliver_again(page, db, mend)
    assert "set it again" not in said and "joined" not in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        b = Block.get((Block.file == new) & (Block.line == 81))
        assert b.role == "kicker" and Article.get_by_id(b.article_id).title == "王五的标题三"
        on = [(e.text, e.status, e.start) for e in Entity.select().where(
            (Entity.file == new) & (Entity.start >= b.start) & (Entity.end <= b.end))]
        assert (entity.text, "accepted", entity.start - b81.start + b.start) in on, (entity.text, on)


def test_r48a_5_a_noise_line_inside_an_article_mended_with_it_stays_out(tmp_path: Path) -> None:
    """Run 48 A5: a person took line 93 out of the middle of an article as noise; the new delivery mended every line
    of the article, 93 too: 93 was put back in the article, its noise mark gone, said only as "1 new lines joined
    it". It stays out, and the import says so."""
    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        b93 = Block.get((Block.file == 1) & (Block.line == 93))
        edits.set_article_field(store, "王五", b93.article_id, "title", "王五改的标题")
        edits.set_noise(store, "王五", b93.id, True)

    def mend(text: list[str]) -> None:
        for n in (91, 93, 95, 97):
            text[n - 1] += "▲"

    said = _deliver_again(page, db, mend)
    assert "joined" not in said and "taken out as noise by a person" in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        b = Block.get((Block.file == new) & (Block.line == 93))
        assert b.article_id is None and "article" in b.manual


def test_r48a_8_an_annotation_tools_export_as_a_page_names_import_annotations(tmp_path: Path) -> None:
    """Run 48 A8: a Label Studio export in the page folder was refused "read it back with `jmreview import-json`",
    which refuses it in turn ("top level: must be an object"): import-annotations reads it."""
    from .test_database_safety import run_cli

    _, db = _seed_001_imported(tmp_path)
    export = tmp_path / "pages" / "A02.txt"
    assert run_cli("export", "--format", "labelstudio", "-o", str(export), "--db", str(db)).returncode == 0
    out = run_cli("import", str(export), "--db", str(db), "--workers", "1")
    assert "read it back with `jmreview import-annotations`" in out.stderr, out.stderr
    assert run_cli("import-annotations", str(export), "--db", str(db)).returncode == 0


def test_r48a_22_a_file_read_back_never_overturns_a_decision_a_person_made_here(tmp_path: Path) -> None:
    """Run 48 A22: a Label Studio file whose team accepted an entity and a label, read back with `import-annotations
    --as accepted` after a person here rejected the one and relabelled the other: both overturned, only counts said.
    A person's decision here is kept, and each is named."""
    from jmreview.exchange.annotations_apply import import_annotations
    from jmreview.exchange.formats_out import export_annotations
    from jmreview.store import entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Entity

    _, db = _seed_001_imported(tmp_path)
    file = tmp_path / "team.json"
    with Store(db) as store:
        one, two = list(Entity.select().where(Entity.file == 1).order_by(Entity.start))[:2]
        for e in (one, two):
            entity_edits.update_entity(store, "组员", e.id, status="accepted")
        export_annotations(file, "labelstudio")   # the team's file: both accepted
        entity_edits.update_entity(store, "王五", one.id, status="rejected")
        other = "LOC" if two.label != "LOC" else "ORG"
        entity_edits.update_entity(store, "王五", two.id, label=other)
        report = import_annotations(store, file, "王五", "accepted")
        assert Entity.get_by_id(one.id).status == "rejected"
        assert Entity.get_by_id(two.id).label == other and Entity.get_by_id(two.id).status == "accepted"
        said = "\n".join(str(n) for n in report.notes)
        assert f"rejected “{one.text}”" in said and f"accepted “{two.text}” as {other}" in said, said
