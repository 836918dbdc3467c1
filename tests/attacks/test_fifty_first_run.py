"""Rows of the fifty-first adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from .test_database_safety import run_cli
from .test_forty_fifth_run import _deliver_again
from .test_thirty_eighth_run import _seed_001_imported


def _join(text: list[str]) -> None:
    text[14], text[16] = text[14] + text[16], ""


def _break_later(text: list[str]) -> None:
    both = text[14] + text[16]
    text[14], text[16] = both[:len(text[14]) + 20], both[len(text[14]) + 20:]


def _rotate_and_mend(text: list[str]) -> None:
    for i in (10, 12, 14):
        text[i] = text[i].replace("，", ",").replace("、", ",")
    text[10], text[12], text[14] = text[14], text[10], text[12]


@pytest.mark.parametrize("change", [_join, _break_later, _rotate_and_mend], ids=["joined", "broken", "rotated"])
def test_r51a_1_24_35_line_breaks_moved_keep_every_name_a_person_accepted(
        tmp_path: Path, change: Callable[[list[str]], None]) -> None:
    """Run 51 A1, A24, A35: a new delivery kept an article's text and moved its line breaks (two lines joined into
    one, two lines broken 20 characters later, three paragraphs rotated with their commas reset): 2 to 8 of the
    names a person accepted went back to suggestions. Each is now found by its text on the lines that changed, on
    its own characters, in the person's article."""
    from jmreview.store import entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, Entity, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        assert {Block.get((Block.file == 1) & (Block.line == n)).article_id for n in (11, 13, 15, 17)} == {1}
        for e in Entity.select().where(Entity.article == 1):
            entity_edits.update_entity(store, "王五", e.id, status="accepted")
        before = Counter((e.text, e.label) for e in Entity.select().where(Entity.status == "accepted"))
    said = _deliver_again(page, db, change)
    assert "not carried" not in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        accepted = list(Entity.select().where((Entity.file == new) & (Entity.status == "accepted")))
        assert Counter((e.text, e.label) for e in accepted) == before
        for e in accepted:
            assert new.text[e.start:e.end] == e.text
            line = Block.get((Block.file == new) & (Block.start <= e.start) & (Block.end >= e.end))
            assert line.article_id == e.article_id
        assert len({(e.start, e.end) for e in accepted}) == len(accepted)
    assert run_cli("doctor", "--db", str(db)).returncode == 0


def test_r51a_35_a_name_on_a_line_the_delivery_dropped_is_still_said(tmp_path: Path) -> None:
    """A name on a line a delivery took away is not put on the same name elsewhere in the article: it is said."""
    from jmreview.store import entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Entity

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        for e in Entity.select().where(Entity.article == 1):
            entity_edits.update_entity(store, "王五", e.id, status="accepted")

    def drop(text: list[str]) -> None:
        del text[14]

    said = _deliver_again(page, db, drop)
    assert "entities not carried over: 粤港澳大湾区" in said, said


def _steps_of_a_swapped_list(tmp_path: Path, rows: int) -> tuple[int, str]:
    """SQLite's steps (per 1,000) to carry a person's long list over a delivery that swaps every 7th pair of lines
    and mends every 13th; what the import said."""
    import random

    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Article
    from jmreview.workflows.importer import import_paths

    rng = random.Random(2)
    schools = ["江门市第一中学", "新会区实验小学", "台山市华侨中学", "开平市第一中学"]
    lines = ["江门日报讯 全市中小学生作文比赛获奖名单", ""] + [
        f"{rng.choice('王李张刘陈杨')}{rng.choice('伟芳娜敏静丽')}{rng.choice('强磊军洋勇艳')}　{rng.choice(schools)}"
        f"　{'一二三'[i % 3]}等奖　编号{i:05d}" for i in range(rows)]
    page = tmp_path / f"p{rows}" / "A01.txt"
    page.parent.mkdir()
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(3, len(lines) - 2, 7):
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    for i in range(5, len(lines) - 1, 13):
        lines[i] = lines[i].replace("等奖", "等奖（补）")
    steps = [0]
    with Store(tmp_path / f"n{rows}.sqlite3") as store:
        import_paths(store, [page.parent], workers=1)
        edits.set_article_field(store, "王五", Article.select().first().id, "title", "王五的获奖名单")
        page.write_text("\n".join(lines[:2] + ["（名单按学校排列）"] + lines[2:]), encoding="utf-8")
        connection = store.db.connection()

        def count() -> int:
            steps[0] += 1
            return 0

        connection.set_progress_handler(count, 1000)
        report = import_paths(store, [page.parent], workers=1, replace=True)
        connection.set_progress_handler(None, 0)
    assert report.imported == ["A01.txt"]
    return steps[0], "\n".join(report.flagged)


def test_r50a_13_a_long_list_with_lines_swapped_costs_in_proportion_to_its_lines(tmp_path: Path) -> None:
    """Run 50 A13: a person's 8,000-line list delivered again with pairs of lines swapped and lines mended took
    228 s: each run of lines that joined the article numbered all its lines again. Three times the lines now cost
    about three times the database's work, not nine."""
    (small, _), (large, said) = _steps_of_a_swapped_list(tmp_path, 400), _steps_of_a_swapped_list(tmp_path, 1200)
    assert large < 4.5 * small, (small, large)
    assert said.count("new lines joined it") == 1, said   # one line, not one per run (67 lines at 2,000)
