"""Rows of the forty-seventh adversarial run (issue 10, minor unclear rows), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

from jmreview.analysis.script import converter

from ..conftest import SEEDS
from .test_forty_fifth_run import _deliver_again
from .test_thirty_eighth_run import _seed_001_imported


def _retitled(db: Path) -> list[int]:
    """The article of line 93 retitled by 王五 and its 李雨溪 accepted; its lines."""
    from jmreview.store import edits, entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, Entity

    with Store(db) as store:
        art = Block.get((Block.file == 1) & (Block.line == 93)).article_id
        edits.set_article_field(store, "王五", art, "title", "王五改的标题")
        li = Entity.get((Entity.file == 1) & (Entity.text == "李雨溪"))
        entity_edits.update_entity(store, "王五", li.id, status="accepted")
        return [b.line for b in Block.select().where(Block.article == art)]


def test_r47a_10_another_story_put_in_a_persons_articles_place_does_not_take_its_title(tmp_path: Path) -> None:
    """Run 47 A10: a new delivery put the lines of another story where every line of a person's retitled article
    stood: the person's title was carried onto that other story, said only as "4 of 4 lines changed" (as for typo
    fixes). Now the article is not carried, and the import says its place holds another story."""
    from jmreview.store.database import Store
    from jmreview.store.models import Article, SourceFile

    page, db = _seed_001_imported(tmp_path)
    lines = _retitled(db)
    other = [x for x in sorted(SEEDS.glob("*.txt"))[2].read_text(encoding="utf-8").split("\n") if len(x) > 30]

    def swap(text: list[str]) -> None:
        for k, n in enumerate(lines):
            text[n - 1] = other[k]

    said = _deliver_again(page, db, swap)
    assert "王五改的标题" in said and "another story" in said and "lines changed" not in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        assert not Article.select().where((Article.file == new) & (Article.title == "王五改的标题")).exists()
        assert Article.select().where((Article.file == 1) & (Article.title == "王五改的标题")).exists()   # kept


def test_r47a_10_the_same_story_delivered_in_traditional_is_still_carried(tmp_path: Path) -> None:
    """The other side of the line drawn for A10: every line of the article delivered again in Traditional characters
    is the same story, carried with the person's title and flagged."""
    from jmreview.store.database import Store
    from jmreview.store.models import Article, SourceFile

    page, db = _seed_001_imported(tmp_path)
    lines = _retitled(db)

    def traditional(text: list[str]) -> None:
        for n in lines:
            text[n - 1] = converter("s2t")(text[n - 1]) + "▲"

    said = _deliver_again(page, db, traditional)
    assert "another story" not in said and f"{len(lines)} of {len(lines)} lines changed" in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        assert Article.get((Article.file == new) & (Article.title == "王五改的标题")).status == "in_review"


def test_r47a_16_a_file_made_before_a_new_delivery_names_the_delivery_not_a_change_here(tmp_path: Path) -> None:
    """Run 47 A16: a doccano file exported before a new delivery dropped a line of an article: import-annotations
    said "the article was changed here since it was exported", though nobody here changed it. It names the new
    delivery, and says to export the file again."""
    from jmreview.store.database import Store
    from jmreview.store.models import Block

    from .test_database_safety import run_cli

    page, db = _seed_001_imported(tmp_path)
    team = tmp_path / "team.jsonl"
    assert run_cli("export", "--format", "doccano", "-o", str(team), "--db", str(db)).returncode == 0
    with Store(db):
        line = Block.get((Block.file == 1) & (Block.line == 89)).line
    _deliver_again(page, db, lambda text: text.__setitem__(line - 1, ""))
    out = run_cli("import-annotations", str(team), "--db", str(db))
    said = out.stdout + out.stderr
    assert "newer delivery replaced" in said and "changed here" not in said, said


def test_r47a_12_a_workbook_made_before_a_new_delivery_names_the_one_change_it_leaves(tmp_path: Path) -> None:
    """Run 47 A12: a colleague's workbook with one title changed, read back after a new delivery of its page: all 7
    articles were listed "refused: its page was replaced", the untouched ones too, and the colleague's change was
    never shown. The changed article is refused with its change named; the rest in one line."""
    import openpyxl

    from .test_database_safety import run_cli

    page, db = _seed_001_imported(tmp_path)
    book = tmp_path / "book.xlsx"
    assert run_cli("export", "--format", "xlsx", "-o", str(book), "--db", str(db)).returncode == 0
    wb = openpyxl.load_workbook(book)
    row = next(wb["文章"].iter_rows(min_row=2))
    row[3].value = "同事改的标题"
    wb.save(book)
    _deliver_again(page, db, lambda text: text.__setitem__(2, text[2] + "▲"))
    out = run_cli("import-xlsx", str(book), "--db", str(db))
    said = out.stdout + out.stderr
    assert said.count("its page was replaced by a newer version") == 1, said
    assert "“同事改的标题”" in said and "6 articles of pages replaced" in said, said
    assert "0 changes in 0 articles, 7 left as they are" in said, said   # articles, not lines (run 52 A26: "3")


def test_r47a_19_a_replacement_made_to_name_no_file_is_said_with_the_current_version(tmp_path: Path) -> None:
    """Run 47 A19: the old version's replaced_by set by hand to a file that does not exist: doctor said "no version
    of its page is current, the page is in no export" while version 2 was current and exported, and the export's
    warning offered "import the page again", which does nothing. Doctor names the current version; the warning
    offers what mends it."""
    import sqlite3

    from .test_database_safety import run_cli

    page, db = _seed_001_imported(tmp_path)
    _deliver_again(page, db, lambda text: text.__setitem__(2, text[2] + "▲"))
    with sqlite3.connect(db) as con:
        con.execute("UPDATE sourcefile SET replaced_by = 999 WHERE id = 1")
    con.close()
    doctor = run_cli("doctor", "--db", str(db)).stdout
    assert "file 2 is its page's current version" in doctor and "no version of its page is current" not in doctor, \
        doctor
    out = run_cli("export", "--format", "json", "-o", str(tmp_path / "e.json"), "--db", str(db))
    assert "import the page again" not in out.stderr and "correct each as doctor says" in out.stderr, out.stderr
