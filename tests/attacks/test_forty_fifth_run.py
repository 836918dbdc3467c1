"""Rows of the forty-fifth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .test_database_safety import run_cli
from .test_forty_first_run import _split_with_duplicates
from .test_thirty_eighth_run import _seed_001_imported


def _deliver_again(page: Path, db: Path, change) -> str:  # type: ignore[no-untyped-def]
    """The page delivered again with `change` made to its lines (a 0-based list), imported with --replace; what
    the import said."""
    lines = page.read_text(encoding="utf-8").split("\n")
    change(lines)
    page.write_text("\n".join(lines), encoding="utf-8")
    out = run_cli("import", str(page.parent), "--replace", "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    return out.stdout + out.stderr


def _mend_last(lines: list[str], *numbers: int) -> None:
    """A typo mended at the end of each of these lines (1-based)."""
    for n in numbers:
        lines[n - 1] = lines[n - 1][:-1] + ("！" if not lines[n - 1].endswith("！") else "。")


def test_r45a_1_a_duplicate_mark_not_carried_is_said(tmp_path: Path) -> None:
    """Run 45 A1 (run 44 A14 re-checked): the first copy of a person's duplicate (line 53 of 33) moved after it in
    a new delivery; the mark was dropped, rightly, but nothing said so and the line still read as the person's
    "duplicate" decision. The article holding it is flagged and the import says the mark is not carried."""
    from jmreview.store.database import Store
    from jmreview.store.models import Article, Block, SourceFile

    page, db = _split_with_duplicates(tmp_path)

    def move_first_copy(lines: list[str]) -> None:
        first, lines[32] = lines[32], "（此段移至版末）"
        lines += ["", first]

    said = _deliver_again(page, db, move_first_copy)
    assert "the duplicate mark a person set on line 53 is not carried" in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        line = Block.get((Block.file == new) & (Block.line == 53))
        assert line.duplicate_of is None and "duplicate" not in line.manual, line.manual
        assert Article.get_by_id(line.article_id).status == "in_review"


@pytest.mark.parametrize("how", ["bio", "empty"])
def test_r45a_2_an_export_again_over_a_bio_or_empty_export_named_like_a_page(tmp_path: Path, how: str) -> None:
    """Run 45 A2 (run 44 A7 re-checked): the same `export -o exports/p/A02.txt` run twice was refused the second
    time, as "the page … or a new delivery of it", for `--format bio` and for an export of no article."""
    _, db = _seed_001_imported(tmp_path)
    target = tmp_path / "exports" / "pages" / "A01.txt"
    target.parent.mkdir(parents=True)
    args = ["--format", "bio"] if how == "bio" else ["--format", "doccano", "--status", "reviewed"]
    for _ in range(2):
        out = run_cli("export", *args, "-o", str(target), "--db", str(db))
        assert out.returncode == 0, out.stderr
    assert (target.stat().st_size == 0) == (how == "empty")


def test_r45a_7_entity_decisions_on_a_line_a_new_delivery_mends_are_kept(tmp_path: Path) -> None:
    """Run 45 A7: on lines 93 and 95 a person accepted 李雨溪 (PER), rejected a 江海 suggestion and added 制造业
    (ORG); the new delivery mended one character at the end of each line: all three decisions were gone, unsaid."""
    from jmreview.store import entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, Entity, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        b93, b95 = (Block.get((Block.file == 1) & (Block.line == n)) for n in (93, 95))
        text = SourceFile.get_by_id(1).text
        li = Entity.get((Entity.file == 1) & (Entity.text == "李雨溪"))
        entity_edits.update_entity(store, "王五", li.id, status="accepted")
        jianghai = Entity.get((Entity.file == 1) & (Entity.start >= b93.start) & (Entity.end <= b93.end)
                              & (Entity.text == "江海"))
        entity_edits.update_entity(store, "王五", jianghai.id, status="rejected")
        at = text.index("制造业", b95.start)
        entity_edits.add_entity(store, "王五", b95.article_id, at, at + 3, "ORG")
    _deliver_again(page, db, lambda lines: _mend_last(lines, 93, 95))
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        decided = sorted((e.text, e.label, e.status, e.origin) for e in Entity.select().where(
            (Entity.file == new) & ((Entity.origin != "auto") | (Entity.status != "suggested"))))
        assert ("李雨溪", "PER", "accepted", "auto") in decided, decided
        assert ("江海", "LOC", "rejected", "auto") in decided, decided
        assert any(d[:2] == ("制造业", "ORG") and d[3] == "manual" for d in decided), decided
        for e in Entity.select().where(Entity.file == new):
            assert new.text[e.start:e.end] == e.text
        b93 = Block.get((Block.file == new) & (Block.line == 93))
        again = [e.status for e in Entity.select().where((Entity.file == new) & (Entity.text == "江海")
                                                       & (Entity.start >= b93.start) & (Entity.end <= b93.end))]
        assert "rejected" in again and again.count("suggested") <= len(again) - 1, again
    assert run_cli("doctor", "--db", str(db)).returncode == 0


def test_r45a_8_a_noise_line_and_a_join_on_lines_a_new_delivery_mends_stay_the_persons(tmp_path: Path) -> None:
    """Run 45 A8: a person took line 89 out as noise and joined line 97 to 95; the new delivery mended the last
    character of both: line 89 went back into an automatic article, unmarked and unsaid, and the join was no longer
    the person's. Both stay the person's, and the noise line is said."""
    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        edits.set_join(store, "王五", Block.get((Block.file == 1) & (Block.line == 97)).id, True)
        edits.set_noise(store, "王五", Block.get((Block.file == 1) & (Block.line == 89)).id, True)
    said = _deliver_again(page, db, lambda lines: _mend_last(lines, 89, 97))
    assert "line 89 (taken out as noise by a person" in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        noise, joined = (Block.get((Block.file == new) & (Block.line == n)) for n in (89, 97))
        assert noise.article_id is None and "article" in noise.manual, (noise.article_id, noise.manual)
        assert joined.joins_previous and "join" in joined.manual, (joined.joins_previous, joined.manual)


def test_r45a_13_a_link_to_a_story_a_new_delivery_drops_is_taken_away_and_said(tmp_path: Path) -> None:
    """Run 45 A13: A01's article linked by hand to a story on A02; A02's new delivery dropped that story: the link
    still named the article on the replaced version, so every export named an article it did not hold, and neither
    the export nor the snapshot could be read back. The link is taken away, said, and its article flagged."""
    from jmreview.store.database import Store
    from jmreview.store.models import Article, Block, SourceFile, StoryLink

    from ..conftest import SEEDS

    issue = tmp_path / "2024-08-21"
    issue.mkdir()
    shutil.copy(SEEDS / "001_69ca20e02664ffc6.txt", issue / "A01.txt")
    shutil.copy(SEEDS / "002_4a1bb4f78707ee57.txt", issue / "A02.txt")
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(issue), "--db", str(db), "--workers", "1").returncode == 0
    with Store(db):
        a01 = SourceFile.get(SourceFile.name == "A01.txt").id
        a02 = SourceFile.get(SourceFile.name == "A02.txt").id
        first = Article.select().where(Article.file == a01).order_by(Article.reading_order)[2]
        story = Article.select().where(Article.file == a02).order_by(Article.reading_order)[1]
        story_lines = {b.line for b in Block.select().where(Block.article == story)}
    assert run_cli("link", str(first.id), str(story.id), "--db", str(db)).returncode == 0
    said = _deliver_again(issue / "A02.txt", db, lambda lines: lines.__setitem__(
        slice(None), [x for n, x in enumerate(lines, 1) if n not in story_lines]))
    assert "on 2024-08-21/A01.txt, its story link to" in said and "is taken away" in said, said
    with Store(db):
        assert not StoryLink.select().where(StoryLink.first == first.id).exists()
        assert Article.get_by_id(first.id).status == "in_review"
    snapshot = tmp_path / "snap.json"
    assert run_cli("export", "--with-source", "-o", str(snapshot), "--db", str(db)).returncode == 0
    out = run_cli("import-json", str(snapshot), "--db", str(tmp_path / "r.sqlite3"))
    assert out.returncode == 0, out.stderr
    assert run_cli("doctor", "--db", str(db)).returncode == 0


def test_r45a_18_a_pages_text_rewritten_by_another_program_is_said_by_every_export(tmp_path: Path) -> None:
    """Run 45 A18: another program rewrote a page's stored text and its entities to match (江门 → 江門): doctor's
    snapshot line advised "correct it in the window" (a page's text cannot be), and the exports wrote it unsaid."""
    import sqlite3

    _, db = _seed_001_imported(tmp_path)
    assert "ok" in run_cli("doctor", "--db", str(db)).stdout
    with sqlite3.connect(db) as con:
        con.execute("UPDATE sourcefile SET text = replace(text, '江门', '江門')")
        con.execute("UPDATE entity SET text = replace(text, '江门', '江門'), "
                    "simplified = replace(simplified, '江门', '江門')")
    con.close()
    out = run_cli("doctor", "--db", str(db))
    assert out.returncode == 1 and "is no longer the text of the bytes imported" in out.stdout, out.stdout
    assert "correct it in the window" not in out.stdout, out.stdout
    for form in ("json", "xlsx", "doccano"):
        out = run_cli("export", "--format", form, "-o", str(tmp_path / f"out.{form}"), "--db", str(db))
        assert out.returncode == 0 and "is no longer the text of the bytes imported" in out.stderr, out.stderr
        assert "import the page again" not in out.stderr, out.stderr   # (run 46 A6: it says "already imported")
    out = run_cli("export", "--with-source", "-o", str(tmp_path / "snap.json"), "--db", str(db))
    assert "restore a backup" in out.stderr and "correct it in the window" not in out.stderr, out.stderr


def test_r45a_8_a_noise_line_a_new_delivery_splits_is_said(tmp_path: Path) -> None:
    """Run 45 A8, the other shape: the noise line split in two by the new delivery, so no new line stands for it
    one for one: whatever comes of it, the import says to look at it again."""
    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        edits.set_noise(store, "王五", Block.get((Block.file == 1) & (Block.line == 89)).id, True)

    def split(lines: list[str]) -> None:
        text = lines[88]
        lines[88:89] = [text[: len(text) // 2], "", text[len(text) // 2:] + "！"]

    said = _deliver_again(page, db, split)
    assert "line 89 (taken out as noise by a person, and the lines around it changed" in said, said


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_r45b_11_a_database_deleted_or_replaced_while_a_write_runs_is_never_said_done(tmp_path: Path,
                                                                                     how: str) -> None:
    """Run 45 B11: the new database of a `copy` deleted (`rm`) or replaced (`mv` of another database over its name)
    2 s into the copy: it printed its counts and exit 0, the copy nowhere. A write whose file is moved away or
    replaced before it commits is rolled back and refused."""
    import os

    from jmreview.store.database import Store
    from jmreview.store.models import Label
    from jmreview.store.opening import DatabaseReplaced

    db, other = tmp_path / "new.sqlite3", tmp_path / "other.sqlite3"
    Store(other).close()
    with Store(db, backups=False) as store, pytest.raises(DatabaseReplaced):
        with store.write():
            Label.update(color="#000000").execute()
            if how == "deleted":
                db.unlink()
            else:
                os.replace(other, db)


def test_r46a_7_an_article_whose_every_line_a_new_delivery_changes_is_carried(tmp_path: Path) -> None:
    """Run 46 A7: a new delivery changed every line of a person's article a little (a mark appended to each): the
    import said "no line of it is left in the new version" and the person's title and entities were not carried."""
    from jmreview.store import edits, entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Article, Block, Entity, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        art = Block.get((Block.file == 1) & (Block.line == 93)).article_id
        edits.set_article_field(store, "王五", art, "title", "王五改的标题")
        li = Entity.get((Entity.file == 1) & (Entity.text == "李雨溪"))
        entity_edits.update_entity(store, "王五", li.id, status="accepted")
        lines = [b.line for b in Block.select().where(Block.article == art)]

    def mark(text: list[str]) -> None:
        for n in lines:
            text[n - 1] += "▲"

    said = _deliver_again(page, db, mark)
    assert "no line of it is left" not in said and f"{len(lines)} of {len(lines)} lines changed" in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        carried = Article.get((Article.file == new) & (Article.title == "王五改的标题"))
        assert carried.status == "in_review"
        assert Entity.get((Entity.file == new) & (Entity.text == "李雨溪")).status == "accepted"


def test_r46a_8_a_suggestion_a_person_deleted_stays_deleted_on_a_mended_line(tmp_path: Path) -> None:
    """Run 46 A8: a person deleted the entity suggestions of line 93; the new delivery mended its last character:
    they all came back as suggestions, unsaid."""
    from jmreview.store import entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, Entity, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        b93 = Block.get((Block.file == 1) & (Block.line == 93))
        gone = [e.id for e in Entity.select().where((Entity.file == 1) & (Entity.start >= b93.start)
                                                    & (Entity.end <= b93.end))]
        assert gone
        entity_edits.delete_entity(store, "王五", gone)
    _deliver_again(page, db, lambda lines: _mend_last(lines, 93))
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        b93 = Block.get((Block.file == new.id) & (Block.line == 93))
        back = [e.text for e in Entity.select().where((Entity.file == new.id) & (Entity.start >= b93.start)
                                                      & (Entity.end <= b93.end))]
    assert back == [], back


def test_r46a_9_entity_decisions_set_aside_with_a_noise_line_come_through_a_new_delivery(tmp_path: Path) -> None:
    """Run 46 A9: a person accepted an entity on line 93, then took the line out as noise (its decisions set aside,
    to come back with the line); after a new delivery, bringing the line back brought nothing: they were dropped."""
    from jmreview.store import edits, entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, Entity, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        li = Entity.get((Entity.file == 1) & (Entity.text == "李雨溪"))
        entity_edits.update_entity(store, "王五", li.id, status="accepted")
        edits.set_noise(store, "王五", Block.get((Block.file == 1) & (Block.line == 93)).id, True)
    _deliver_again(page, db, lambda lines: _mend_last(lines, 95))
    with Store(db) as store:
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        edits.set_noise(store, "王五", Block.get((Block.file == new) & (Block.line == 93)).id, False)
        assert Entity.get((Entity.file == new) & (Entity.text == "李雨溪")).status == "accepted"


def test_r46a_13_a_page_starting_with_a_bracket_is_never_overwritten_by_an_export(tmp_path: Path) -> None:
    """Run 46 A13: a page whose text starts with "[" was taken for an export by the guard of run 44 A7: a slipped
    `export -o p/A01.txt` overwrote its new delivery before it was imported."""
    from ..conftest import SEEDS

    page = tmp_path / "p" / "A01.txt"
    page.parent.mkdir()
    page.write_text("[本报讯]\n\n" + (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8"),
                    encoding="utf-8")
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(page.parent), "--db", str(db), "--workers", "1").returncode == 0
    delivery = page.read_text(encoding="utf-8") + "\n\n新送来的一段话。"
    page.write_text(delivery, encoding="utf-8")
    out = run_cli("export", "--format", "doccano", "-o", str(page), "--db", str(db))
    assert out.returncode == 2 and "is the page" in out.stderr, out.stderr
    assert page.read_text(encoding="utf-8") == delivery


@pytest.mark.parametrize("form", ["json", "doccano", "bio"])
def test_r46a_14_15_an_export_is_never_imported_as_a_page(tmp_path: Path, form: str) -> None:
    """Run 46 A15: `jmreview import e.json` (a slip for import-json), or an export named *.txt in the page folder
    (A14: named like a page archived away), was imported as a newspaper page, unsaid; no command takes it out."""
    _, db = _seed_001_imported(tmp_path)
    export = tmp_path / "pages" / f"A02.{'json' if form == 'json' else 'txt'}"
    assert run_cli("export", "--format", form, "-o", str(export), "--db", str(db)).returncode == 0
    out = run_cli("import", str(export), "--db", str(db), "--workers", "1")
    assert out.returncode == 1 and "export, not a page dump: read it back with `jmreview import-" in out.stderr, \
        out.stdout + out.stderr
    assert "0 imported" in out.stdout + out.stderr


@pytest.mark.parametrize("command", ["import-json", "import-annotations"])
def test_r46a_16_a_workbook_given_to_the_wrong_reader_points_to_import_xlsx(tmp_path: Path, command: str) -> None:
    """Run 46 A16: a workbook given to import-json was told "save it as UTF-8", to import-annotations "is a zip
    file (the brat export …)": neither pointed to import-xlsx."""
    _, db = _seed_001_imported(tmp_path)
    book = tmp_path / "book.xlsx"
    assert run_cli("export", "--format", "xlsx", "-o", str(book), "--db", str(db)).returncode == 0
    out = run_cli(command, str(book), "--db", str(db))
    assert out.returncode != 0 and "is a workbook" in out.stderr and "import-xlsx" in out.stderr, out.stderr


def test_r46a_28_what_was_committed_before_the_file_was_moved_is_in_the_moved_file(tmp_path: Path) -> None:
    """Run 46 A28: the database moved (`mv`) during an import: it said "29 imported", the moved file held 23 pages,
    the rest in the -wal left behind under the old name. The next write's refusal first folds in what was
    committed, so the moved file holds everything said done."""
    import os
    import sqlite3

    from jmreview.store.database import Store
    from jmreview.store.models import Label
    from jmreview.store.opening import DatabaseReplaced

    db, moved = tmp_path / "n.sqlite3", tmp_path / "moved.sqlite3"
    with Store(db, backups=False) as store:
        with store.write():
            Label.update(color="#123456").execute()
        os.rename(db, moved)
        with pytest.raises(DatabaseReplaced), store.write():
            Label.update(color="#654321").execute()
    with sqlite3.connect(moved) as con:
        colors = {row[0] for row in con.execute("SELECT color FROM label")}
    con.close()
    assert colors == {"#123456"}, colors


def test_r46b_1_a_database_moved_in_at_a_refused_copys_name_is_never_removed(tmp_path: Path) -> None:
    """Run 46 B1: another database moved over the target of a `copy` 2 s in: the copy was refused (run 45 B11), and
    then its clean-up read the newcomer through the copy's own -wal as empty, and deleted it with its -wal."""
    import os

    from jmreview.cli_store import MADE, drop_unused_new
    from jmreview.store.database import Store
    from jmreview.store.models import Label

    target, colleague = tmp_path / "copy.sqlite3", tmp_path / "colleague.sqlite3"
    Store(colleague).close()
    MADE.append(target)
    with Store(target, backups=False) as store:
        with store.write():
            Label.update(color="#123456").execute()
        os.replace(colleague, target)
        drop_unused_new()
    assert target.exists()
