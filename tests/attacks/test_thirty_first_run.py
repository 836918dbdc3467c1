"""Rows of the thirty-first adversarial run (issue 10), and the rows run 30 left open, each failing before its fix."""
from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jmreview.exchange.export_json import export_json
from jmreview.exchange.import_json import import_json
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article


def _first(db: Path) -> int:
    with Store(db):
        return int(Article.select(Article.id).order_by(Article.id).first().id)


def _title(db: Path, art_id: int) -> str:
    with Store(db):
        return str(Article.get_by_id(art_id).title)


def _edited_and_exported(db: Path, art_id: int, title: str, target: Path) -> None:
    with Store(db) as store:
        set_article_field(store, "乙", art_id, "title", title)
        export_json(target)


def _mine_and_a_copy(db: Path, tmp_path: Path) -> tuple[int, Path]:
    """The first article's id and a colleague's copy of the database, made before I retitled it "我的标题" here."""
    art_id = _first(db)
    theirs = tmp_path / "colleague.sqlite3"
    shutil.copy(db, theirs)
    with Store(db) as store:
        set_article_field(store, "甲", art_id, "title", "我的标题")
    return art_id, theirs


def test_r30a_33_a_colleagues_copys_change_is_not_applied_over_mine(db: Path, tmp_path: Path) -> None:
    """Run 30 A33: a colleague copied my database, each of us changed one article's title once, and the export of
    the copy applied with import-json replaced my title unsaid: both versions are 2. The file now says when its
    article was changed, and an article changed here at another moment is left as it is, with the reason."""
    art_id, theirs = _mine_and_a_copy(db, tmp_path)
    _edited_and_exported(theirs, art_id, "同事的标题", tmp_path / "theirs.json")
    with Store(db) as store:
        report = import_json(store, tmp_path / "theirs.json", "甲")
    assert _title(db, art_id) == "我的标题"
    assert any("apart" in str(why) and str(art_id) in str(why) for _, why in report.refusals), report.refusals


def test_r30a_33_my_own_export_edited_outside_still_applies(db: Path, tmp_path: Path) -> None:
    """The check does not refuse what it should apply: my own export, changed in a text editor, and a snapshot
    restored into another database, changed there once and exported, both apply over an article left alone."""
    art_id = _first(db)
    target = tmp_path / "mine.json"
    _edited_and_exported(db, art_id, "改过一次", target)
    doc = json.loads(target.read_text(encoding="utf-8"))
    article = next(a for f in doc["files"] for a in f["articles"] if a["id"] == art_id)
    assert article["version"] == 2 and article["changed_at"]
    article["title"] = "在文件里改的"
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(db) as store:
        report = import_json(store, target, "甲")
    assert _title(db, art_id) == "在文件里改的", report.refusals
    snapshot, restored = tmp_path / "snap.json", tmp_path / "restored.sqlite3"
    with Store(db):
        export_json(snapshot, with_source=True)
    with Store(restored) as store:
        import_json(store, snapshot, "乙")
    _edited_and_exported(restored, art_id, "恢复后又改", tmp_path / "after.json")
    with Store(db) as store:
        report = import_json(store, tmp_path / "after.json", "甲")
    assert _title(db, art_id) == "恢复后又改", report.refusals


def test_r30a_33_an_article_never_changed_exports_no_moment(db: Path, tmp_path: Path) -> None:
    """Two imports of the same bytes export alike: an article no edit changed carries no moment."""
    target = tmp_path / "plain.json"
    with Store(db):
        export_json(target)
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert all(a["changed_at"] is None for f in doc["files"] for a in f["articles"])


@pytest.mark.parametrize("moment", ["yesterday", "0001-01-01T00:00:00"])
def test_r30a_33_a_moment_that_is_none_is_refused(db: Path, tmp_path: Path, moment: str) -> None:
    """A file whose changed_at is no moment is refused before anything is applied."""
    from jmreview.exchange.import_json import InvalidCorpus

    target = tmp_path / "bad.json"
    with Store(db):
        export_json(target)
    doc = json.loads(target.read_text(encoding="utf-8"))
    doc["files"][0]["articles"][0]["changed_at"] = moment
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(db) as store, pytest.raises(InvalidCorpus) as bad:
        import_json(store, target, "甲")
    assert "changed_at" in str(bad.value)


def test_r30a_33_a_workbook_of_a_colleagues_copy_is_not_applied_over_mine(db: Path, tmp_path: Path) -> None:
    """The same through a workbook: its hidden 修改时间 column says when the row's article was last changed."""
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import apply_plan, plan_workbook

    art_id, theirs = _mine_and_a_copy(db, tmp_path)
    with Store(theirs) as store:
        set_article_field(store, "乙", art_id, "title", "同事的标题")
        export_xlsx(tmp_path / "theirs.xlsx")
    with Store(db) as store:
        plan = plan_workbook(tmp_path / "theirs.xlsx")
        assert any("apart" in str(why) and str(art_id) in str(why) for why in plan.refused), plan.refused
        assert not plan.articles
        apply_plan(store, plan, "甲")
    assert _title(db, art_id) == "我的标题"


def test_r31b_24_54_a_field_taken_from_one_side_stays_though_the_pages_lines_would_derive_another(db: Path) -> None:
    """Run 31 B54: reviewer a made an article's kicker line a headline (her kicker, derived, emptied);
    the curator took the fields "a", settled and listed as such, yet the page kept its own title: derived back from
    its own lines. A field taken is the curator's decision, marked as a person's."""
    from jmreview.store.curation import differences, take
    from jmreview.store.edits import set_block_role
    from jmreview.store.models import Block, SourceFile
    from jmreview.store.team import mark_double_review, review_copy

    with Store(db) as store:
        page = int(SourceFile.select(SourceFile.id).where(SourceFile.review_of.is_null()).first().id)
        mark_double_review(store, "主编", page, ["a", "b"])
        copy = review_copy(page, "a")
        assert copy is not None
        kicker = Block.select().where((Block.file == copy.id) & (Block.role == "kicker")).order_by(Block.line).first()
        art = Article.get_by_id(kicker.article_id)
        set_block_role(store, "a", kicker.id, "headline")   # her kicker, derived, is now empty
        theirs = Article.get_by_id(art.id)
        diff = next(d for d in differences(page) if d.kind == "fields")
        take(store, "主编", page, diff.key, "a")
        line = diff.lines[0]
        mine = Article.get_by_id(Block.get((Block.file == page) & (Block.line == line)).article_id)
        assert (mine.title, mine.kicker) == (theirs.title, theirs.kicker)
        assert next(d for d in differences(page) if d.key == diff.key).settled == "a"


def test_r31a_48_an_edit_of_an_article_at_the_version_limit_is_refused(db: Path) -> None:
    """Run 31 A48: at version 1,000,000,000 (the most a corpus file may carry, and doctor accepts) one more edit
    made it 1,000,000,001: doctor then named it, and its snapshot was refused. The edit is refused instead."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.models import MAX_VERSION

    art_id = _first(db)
    with Store(db) as store:
        Article.update(version=MAX_VERSION).where(Article.id == art_id).execute()
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, "甲", art_id, "title", "再改一次")
        assert refused.value.code == "version_limit"
        assert Article.get_by_id(art_id).version == MAX_VERSION


def _damaged_by(db: Path, *sql: str) -> None:
    import sqlite3

    con = sqlite3.connect(db)
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()


def _needle(db: Path) -> tuple[str, int]:
    """Three characters of the page's first body line, and how many lines the search finds them on."""
    from jmreview.store.models import Block
    from jmreview.store.search import ensure_index, search, simplified_block

    with Store(db) as store:
        ensure_index(store)
        block = Block.select().where(Block.role == "body").order_by(Block.line).first()
        text = simplified_block(block.file.text, block.start, block.end)
        needle = next(text[k:k + 3] for k in range(len(text)) if all("\u4e00" <= c <= "\u9fff" for c in text[k:k + 3]))
        return needle, len(search(store, needle))


DAMAGE = {
    "a row at a future id": ("INSERT INTO block_fts(rowid, text) VALUES ((SELECT MAX(id) FROM block) + 3, '幽灵')",),
    "a plain table": ("DROP TABLE block_fts", "CREATE TABLE block_fts(rowid INTEGER PRIMARY KEY, text)"),
    "a view": ("DROP TABLE block_fts", "CREATE VIEW block_fts AS SELECT id AS rowid, cue AS text FROM block"),
    "a newer format": ("UPDATE block_fts_config SET v = 5 WHERE k = 'version'",),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_r31a_8_30_31_a_search_index_another_program_changed_is_made_anew(db: Path, damage: str) -> None:
    """Run 31 A8, A30, A31: a row written at a future line's id, the table replaced by a plain table or a view, the
    format of a newer SQLite: every import after it ended in "unexpected error", or the window's search in SQLite's
    English. The index is derived from the lines: the import and the search make it anew."""
    from jmreview.store.search import search
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    needle, found = _needle(db)
    _damaged_by(db, *DAMAGE[damage])
    with Store(db) as store:
        report = import_paths(store, [SEEDS / "004_8fe30a7831068c4f.txt"], workers=1)
        assert len(report.imported) == 1, report
        assert len(search(store, needle)) >= found > 0


def test_r31a_51_a_nul_typed_into_the_search_is_no_error(db: Path) -> None:
    """Run 31 A51: a text holding a NUL pasted into the search box: "出错了：unterminated string"."""
    from jmreview.store.search import search

    needle, found = _needle(db)
    with Store(db) as store:
        assert len(search(store, needle[:1] + "\x00" + needle[1:])) == found


def test_r31a_55_a_dropped_index_of_a_read_only_database_is_said_in_words(db: Path) -> None:
    """Run 31 A55: the search table dropped and the file read-only: "出错了：attempt to write a readonly database"."""
    from jmreview.errors import StoreError
    from jmreview.store.search import ensure_index

    _damaged_by(db, "DROP TABLE block_fts")
    with Store(db, readonly=True) as store, pytest.raises(StoreError) as said:
        ensure_index(store)
    assert "search index" in str(said.value) and "read-only" in str(said.value)


def test_r31a_10_a_replaced_version_of_a_page_is_not_searched_with_the_corpus(tmp_path: Path) -> None:
    """Run 31 A10: after `import --replace` every hit of the page was listed twice over the corpus (its old version
    too, named alike), the first opening the old version unsaid. The corpus is searched in its pages of record;
    the old version shown on its own is still searched within itself."""
    from jmreview.store.models import SourceFile
    from jmreview.store.search import ensure_index, search
    from jmreview.workflows.importer import import_paths

    from .conftest import SMALL_PAGE

    page = tmp_path / "page.txt"
    lines = SMALL_PAGE.read_text(encoding="utf-8").split("\n")
    page.write_text("\n".join(lines), encoding="utf-8")
    with Store(tmp_path / "db.sqlite3") as store:
        import_paths(store, [page], workers=1)
        page.write_text("\n".join([*lines, "新版本加的一行"]), encoding="utf-8")
        assert import_paths(store, [page], workers=1, replace=True).new_versions == ["page.txt"]
        ensure_index(store)
        old, new = (f.id for f in SourceFile.select().order_by(SourceFile.id))
        needle = lines[0].strip()[:3]
        hits = search(store, needle)
        assert hits and {h.file_id for h in hits} == {new}
        assert {h.file_id for h in search(store, needle, file_id=old)} == {old}


SNAPSHOT_DAMAGE = {
    "a NUL in a title": "UPDATE article SET title = char(0) || 'x' WHERE id = (SELECT MIN(id) FROM article)",
    "a line made empty": "UPDATE block SET start = \"end\" WHERE id = (SELECT MIN(id) FROM block WHERE article_id "
                         "IS NOT NULL)",
    "a folder that is a path": "UPDATE sourcefile SET folder = '/abs/path'",
    "bytes that are no UTF-8": "UPDATE article SET title = CAST(x'e6b19fedb080' AS TEXT) WHERE id = (SELECT MIN(id) "
                               "FROM article)",
}


@pytest.mark.parametrize("damage", sorted(SNAPSHOT_DAMAGE))
def test_r31a_4_5_28_65_a_value_a_snapshot_would_not_restore_is_named_by_doctor(db: Path, damage: str) -> None:
    """Run 31 A4, A5, A28, A65: another program wrote a value the commands read but a snapshot's import refuses;
    doctor said ok. Doctor now writes the snapshot aside and checks it as import-json would."""
    from .test_database_safety import run_cli

    _damaged_by(db, SNAPSHOT_DAMAGE[damage])
    out = run_cli("doctor", "--db", str(db))
    assert out.returncode == 1 and "problem: " in out.stdout, out.stdout + out.stderr
    assert "unexpected error" not in out.stdout + out.stderr


def test_r31a_4_doctor_on_a_sound_database_still_says_ok(db: Path) -> None:
    from .test_database_safety import run_cli

    out = run_cli("doctor", "--db", str(db))
    assert out.returncode == 0 and out.stdout.rstrip().endswith("ok"), out.stdout + out.stderr


def test_r31a_32_a_trigger_another_program_added_is_named_and_its_refusal_said(db: Path) -> None:
    """Run 31 A32: a trigger on the lines raising 'nope': doctor ok, every import "unexpected error: IntegrityError"."""
    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    _damaged_by(db, "CREATE TRIGGER nope BEFORE INSERT ON block BEGIN SELECT RAISE(ABORT, 'nope'); END")
    doctor = run_cli("doctor", "--db", str(db))
    assert doctor.returncode == 1 and "nope" in doctor.stdout and "trigger" in doctor.stdout, doctor.stdout
    out = run_cli("import", str(SEEDS / "004_8fe30a7831068c4f.txt"), "--db", str(db), "--workers", "1")
    said = out.stdout + out.stderr
    assert "unexpected error" not in said and "nope" in said and "doctor" in said, said


def test_r31a_65_bytes_that_are_no_text_are_said_by_every_command(db: Path, tmp_path: Path) -> None:
    """Run 31 A65: a title of bytes that are not UTF-8: every export "unexpected error: Could not decode"."""
    from .test_database_safety import run_cli

    _damaged_by(db, SNAPSHOT_DAMAGE["bytes that are no UTF-8"])
    out = run_cli("export", "--format", "json", "-o", str(tmp_path / "out.json"), "--db", str(db))
    said = out.stdout + out.stderr
    assert out.returncode == 2 and "unexpected error" not in said and "title" in said, said
    doctor = run_cli("doctor", "--db", str(db))
    assert "article.title" in doctor.stdout, doctor.stdout


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs, made read-only by the test; unmounted whatever the test did."""
    from .test_database_safety import tmpfs

    yield from tmpfs(tmp_path, "8m")


@pytest.mark.parametrize("version", ["older", "newer"])
def test_r31a_56_58_59_a_database_of_another_schema_on_read_only_media_is_refused_in_words(
        read_only_disk: Path, tmp_path: Path, version: str) -> None:
    """Run 31 A56, A58: an older schema's file that cannot be written: `stats`, `pages`, `export` "unexpected error:
    no such column: t1.replaced_by". A59: a newer schema's file read-only was read and exported without a word (the
    same file writable is refused)."""
    import subprocess

    from ..conftest import ROOT
    from .test_database_safety import run_cli

    db = read_only_disk / "old.sqlite3"
    shutil.copy(ROOT / "tests" / "data" / "schema1.sqlite3", db)
    if version == "newer":
        _damaged_by(db, "UPDATE schemainfo SET version = 99")
    assert subprocess.run(["mount", "-o", "remount,ro", str(read_only_disk)], capture_output=True).returncode == 0
    for command in (["stats"], ["pages"], ["export", "--format", "json", "-o", str(tmp_path / "out.json")]):
        out = run_cli(*command, "--db", str(db))
        said = out.stdout + out.stderr
        assert out.returncode == 2 and "unexpected error" not in said, said
        assert ("older jmreview" in said and "copy" in said) if version == "older" else "newer jmreview" in said, said


def test_r31a_61_a_backups_folder_shared_by_a_link_never_loses_the_other_databases_backups(tmp_path: Path) -> None:
    """Run 31 A61: two databases named alike in two folders, the second's backups folder a link to the first's: the
    second's imports pruned the first's backups away (it had none left to restore). Each prunes its own only."""
    from jmreview.store.backup import backup_dir, list_backups, make_backup
    from jmreview.workflows.importer import import_paths

    from ..conftest import ROOT, SEEDS

    first, second = (tmp_path / name / "corpus.sqlite3" for name in ("x", "y"))
    for db in (first, second):
        db.parent.mkdir()
    with Store(first) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    make_backup(first, "before-import")
    theirs = {b.path.name for b in list_backups(first)}
    assert theirs
    backup_dir(second).symlink_to(backup_dir(first))
    pages = sorted((ROOT / "tests" / "data" / "dev").glob("**/*.txt"))[:6] + sorted(SEEDS.glob("*.txt"))[:5]
    for page in pages:
        with Store(second) as store:
            import_paths(store, [page], workers=1)
        make_backup(second, "before-import")
    assert theirs <= {p.name for p in backup_dir(first).iterdir()}


def test_r31a_42_a_backup_made_before_the_first_page_is_the_databases_own(tmp_path: Path) -> None:
    """Run 31 A42: a first import cut short by kill -9: the backup made at its recovery (no page in it yet) was called
    "a backup of another database" by doctor once the page was in, and never offered."""
    from jmreview.store.backup import backup_dir, list_backups, make_backup
    from jmreview.store.lineage import foreign
    from jmreview.workflows.importer import import_paths

    from .conftest import SMALL_PAGE

    db = tmp_path / "new.sqlite3"
    with Store(db):
        pass
    early = make_backup(db, "before-recovery")
    with Store(db) as store:
        import_paths(store, [SMALL_PAGE], workers=1)
    assert not foreign(backup_dir(db), early, db)
    assert early.name in {b.path.name for b in list_backups(db)}


def test_r31a_62_a_file_without_a_chinese_character_is_said_when_imported(tmp_path: Path) -> None:
    """Run 31 A62: a delivery folder's LICENSE and README (no file endings) were imported as pages without a word."""
    from .conftest import SMALL_PAGE
    from .test_database_safety import run_cli

    folder = tmp_path / "delivery"
    folder.mkdir()
    shutil.copy(SMALL_PAGE, folder / SMALL_PAGE.name)
    (folder / "LICENSE").write_text("Permission is hereby granted, free of charge.\nTHE SOFTWARE IS PROVIDED AS IS.\n",
                                    encoding="utf-8")
    out = run_cli("import", str(folder), "--db", str(tmp_path / "db.sqlite3"), "--workers", "1")
    assert out.returncode == 0, out.stderr
    said = [line for line in out.stderr.splitlines() if "no Chinese character" in line]
    assert len(said) == 1 and said[0].startswith("LICENSE"), out.stderr


def test_r31a_64_a_workbook_of_another_database_is_named_as_such(db: Path, tmp_path: Path) -> None:
    """Run 31 A64: a workbook exported from another database: 490 lines asking whether a column was sorted."""
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import plan_workbook
    from jmreview.exchange.xlsx_read import XlsxRefused
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    with Store(tmp_path / "other.sqlite3") as store:
        import_paths(store, [SEEDS / "004_8fe30a7831068c4f.txt"], workers=1)
        export_xlsx(tmp_path / "other.xlsx")
    with Store(db), pytest.raises(XlsxRefused) as refused:
        plan_workbook(tmp_path / "other.xlsx")
    assert len(refused.value.problems) == 1 and "another database" in str(refused.value), refused.value


def test_r31b_39_a_page_whose_review_copy_another_program_moved_is_said_so_by_curate(db: Path) -> None:
    """Run 31 B39: a review copy moved under another page by psql: `curate` said "mark it for double review first",
    and `double-review` then failed on a unique key: two advices sending the editor round."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review, review_copy

    with Store(db) as store:
        page = int(SourceFile.select(SourceFile.id).where(SourceFile.review_of.is_null()).first().id)
        mark_double_review(store, "主编", page, ["a", "b"])
        copy = review_copy(page, "b")
        assert copy is not None
        other = review_copy(page, "a")
        assert other is not None
        SourceFile.update(review_of=other.id).where(SourceFile.id == copy.id).execute()
        with pytest.raises(EditConflict) as said:
            differences(page)
        with pytest.raises(EditConflict) as again:   # run 32 B5: a unique key's words, "another session …"
            mark_double_review(store, "主编", page, ["a", "b"])
    assert said.value.code == "copy_elsewhere" and "doctor" in str(said.value), said.value   # (run 35 B23: where)
    assert again.value.code == "copy_elsewhere" and "doctor" in str(again.value), again.value


def test_r32a_7_a_moment_another_program_made_unreadable_stops_no_export(db: Path, tmp_path: Path) -> None:
    """Run 32 A7, B33: `updated_at = 'garbage'` (or 'infinity' on a server) on an edited article: every export ended
    in "unexpected error: ValueError" — the exports read that moment since run 31. It is exported as none."""
    from .test_database_safety import run_cli

    _damaged_by(db, "UPDATE article SET updated_at = 'garbage', version = 2 WHERE id = (SELECT MIN(id) FROM article)")
    out = run_cli("export", "--format", "json", "-o", str(tmp_path / "out.json"), "--db", str(db))
    assert out.returncode == 0, out.stderr
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["files"][0]["articles"][0]["changed_at"] is None


def test_r32a_19_an_invisible_mark_pasted_into_the_search_is_taken_out(db: Path) -> None:
    """Run 32 A19: 江门 with a zero-width space or a right-to-left mark pasted in: "共 0 处", no hint."""
    from jmreview.store.search import search

    needle, found = _needle(db)
    with Store(db) as store:
        assert len(search(store, needle[:1] + "\u200b" + needle[1:] + "\u202e")) == found
        assert len(search(store, needle[:1] + "\ufe0f\U000e0100" + needle[1:] + "\u034f")) == found   # (r33 A15)


def test_r32a_10_a_page_of_extension_b_characters_is_chinese(tmp_path: Path) -> None:
    """Run 32 A10: a file of CJK Extension B characters only (𠀀𠀁𪚥) was said to hold no Chinese character."""
    from .test_database_safety import run_cli

    page = tmp_path / "ext.txt"
    page.write_text("𠀀𠀁𪚥𠀀𠀁\n𪚥𠀀𠀁𪚥\n", encoding="utf-8")
    out = run_cli("import", str(page), "--db", str(tmp_path / "db.sqlite3"), "--workers", "1")
    assert out.returncode == 0 and "no Chinese character" not in out.stderr, out.stderr


def test_r32a_36_doctor_with_no_room_for_its_snapshot_says_no_false_problem(db: Path, read_only_disk: Path) -> None:
    """Run 32 A36: a sound database, a temporary folder too small for the snapshot: doctor rc 1, "a value another
    program wrote". No room to check it is no problem of the database."""
    import os
    import subprocess
    import sys

    from .test_database_safety import ROOT, fill

    fill(read_only_disk, 4096)
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "doctor", "--db", str(db)], capture_output=True,
                         text=True, timeout=120, cwd=ROOT, env={**os.environ, "TMPDIR": str(read_only_disk)})
    assert "snapshot" not in out.stdout and "unexpected" not in out.stdout + out.stderr, out.stdout + out.stderr


def test_r32a_1_50_a_copys_later_changes_applied_over_mine_are_said(db: Path, tmp_path: Path) -> None:
    """Run 32 A1, B11: a copy changed the article twice, later than my one change; A50: its file had no moments (an
    older jmreview's): applied over my change without a word. It is applied — the file may be the newer work — and
    said, with the moment of my change, so that an undo of the import keeps mine."""
    art_id, theirs = _mine_and_a_copy(db, tmp_path)
    with Store(theirs) as store:
        set_article_field(store, "乙", art_id, "kicker", "同事的引题")
    _edited_and_exported(theirs, art_id, "同事的标题", tmp_path / "theirs.json")
    mine = {True: db, False: tmp_path / "mine-again.sqlite3"}
    shutil.copy(db, mine[False])
    for moments, db in mine.items():
        target = tmp_path / f"theirs-{moments}.json"
        doc = json.loads((tmp_path / "theirs.json").read_text(encoding="utf-8"))
        for f in doc["files"]:
            for a in f["articles"]:
                if not moments:
                    a.pop("changed_at")
        target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        with Store(db) as store:
            report = import_json(store, target, "甲")
            assert any(str(art_id) in str(line) for _, line in report.replaced), report
            from jmreview.store.changes import undo

            undo(store, report.log_id, "甲")
        assert _title(db, art_id) == "我的标题"


def test_r32a_29_b40_the_same_change_passed_back_is_not_refused(db: Path, tmp_path: Path) -> None:
    """Run 32 A29, B40: b's change applied to a, then a's export applied back to b: the same article, alike in both,
    refused as "changed … apart, in the copy"."""
    art_id = _first(db)
    theirs = tmp_path / "b.sqlite3"
    shutil.copy(db, theirs)
    with Store(db) as store:   # a and b both past version 1, so both carry a moment
        set_article_field(store, "甲", art_id, "kicker", "共同的引题")
    shutil.copy(db, theirs)
    _edited_and_exported(theirs, art_id, "乙改的标题", tmp_path / "b.json")
    with Store(db) as store:
        assert not import_json(store, tmp_path / "b.json", "甲").refusals
        export_json(tmp_path / "a.json")
    with Store(theirs) as store:
        report = import_json(store, tmp_path / "a.json", "乙")
    assert not report.refusals, report.refusals
    assert not report.replaced, report.replaced   # (run 33 B18: a mark alone told as a change over mine)


@pytest.mark.parametrize("cell", ["", "明天"])
def test_r32b_45_a_hidden_moment_emptied_or_made_up_refuses_the_workbook(db: Path, tmp_path: Path, cell: str) -> None:
    """Run 32 B45: the hidden 修改时间 cell of a copy's workbook emptied, or "明天": taken without a word, and the
    copy's change applied over mine. The cell is checked as the hidden version is."""
    from openpyxl import load_workbook

    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import plan_workbook
    from jmreview.exchange.xlsx_read import XlsxRefused

    art_id = _first(db)
    with Store(db) as store:
        set_article_field(store, "乙", art_id, "title", "改过一次")
        export_xlsx(tmp_path / "book.xlsx")
    wb = load_workbook(tmp_path / "book.xlsx")
    ws = wb["文章"]
    column = [c.value for c in ws[1]].index("修改时间（勿改）") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 3).value == art_id)
    ws.cell(row, column).value = cell or None
    wb.save(tmp_path / "book.xlsx")
    with Store(db), pytest.raises(XlsxRefused) as refused:
        plan_workbook(tmp_path / "book.xlsx")
    assert "修改时间" in str(refused.value), refused.value


def test_r32b_24_46_a_workbook_of_a_copy_further_on_is_applied_over_an_article_unchanged_here(
        db: Path, tmp_path: Path) -> None:
    """Run 32 B24, B46: a colleague's copy changed an article this database never changed: import-xlsx refused it
    as "changed here after the export (version 1, the workbook has 2)"."""
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import apply_plan, plan_workbook

    art_id = _first(db)
    theirs = tmp_path / "colleague.sqlite3"
    shutil.copy(db, theirs)
    with Store(theirs) as store:
        set_article_field(store, "乙", art_id, "title", "同事的标题")
        export_xlsx(tmp_path / "theirs.xlsx")
    with Store(db) as store:
        plan = plan_workbook(tmp_path / "theirs.xlsx")
        assert not plan.refused, plan.refused
        apply_plan(store, plan, "甲")
    assert _title(db, art_id) == "同事的标题"


def test_r32a_15_an_index_whose_data_another_program_cut_is_made_anew_at_the_import(tmp_path: Path) -> None:
    """Run 32 A15: rows of the search index's data deleted by another tool: every import then ended in "unexpected
    error: cannot rollback - no transaction is active" — FTS5 finds the damage only as it writes, at the commit."""
    from jmreview.workflows.importer import import_paths

    from ..conftest import ROOT, SEEDS

    db = tmp_path / "db.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS, ROOT / "tests" / "data" / "dev"], workers=1)
    _damaged_by(db, "DELETE FROM block_fts_data WHERE id > 10")
    page = tmp_path / "page.txt"
    page.write_text((SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8") + "\n新增的一行\n",
                    encoding="utf-8")
    with Store(db) as store:
        assert import_paths(store, [page], workers=1).imported == ["page.txt"]


def test_r32a_38_a_restore_that_moves_versions_on_gives_them_the_restores_moment(db: Path, tmp_path: Path) -> None:
    """Run 32 A38: a backup from before an edit restored: the version went on, but the exported moment was the
    backup's (the page's first import): a file of the restore then looked like one of before it."""
    import time
    from datetime import datetime, timezone

    from jmreview.store.backup import make_backup
    from jmreview.store.restore import restore_backup

    art_id = _first(db)
    with Store(db) as store:
        set_article_field(store, "甲", art_id, "title", "备份里的标题")
    backup = make_backup(db, "before-import")
    with Store(db) as store:
        set_article_field(store, "甲", art_id, "title", "备份之后的标题")
    time.sleep(0.05)
    started = datetime.now(timezone.utc)
    restore_backup(backup, db)
    with Store(db):
        export_json(tmp_path / "after.json")
    doc = json.loads((tmp_path / "after.json").read_text(encoding="utf-8"))
    article = next(a for f in doc["files"] for a in f["articles"] if a["id"] == art_id)
    assert article["title"] == "备份里的标题" and datetime.fromisoformat(article["changed_at"]) >= started


def _an_article_moved_between_the_copies(db: Path) -> int:
    """The page under double review by a and b, the first article of a's copy moved into b's by another program."""
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review, review_copy

    with Store(db) as store:
        page = int(SourceFile.select(SourceFile.id).where(SourceFile.review_of.is_null()).first().id)
        mark_double_review(store, "主编", page, ["a", "b"])
        one, other = review_copy(page, "a"), review_copy(page, "b")
        assert one is not None and other is not None
        moved = Article.select().where(Article.file == one.id).order_by(Article.id).first()
        Article.update(file=other.id).where(Article.id == moved.id).execute()
    return page


def test_r32b_30_an_article_another_program_moved_between_the_copies_is_said(db: Path) -> None:
    """Run 32 B30: an article of one review copy moved into the other copy by psql: `curate` printed "unexpected
    error: KeyError: 33"."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences

    page = _an_article_moved_between_the_copies(db)
    with Store(db), pytest.raises(EditConflict) as said:
        differences(page)
    assert said.value.code == "broken_review", said.value


def test_r32a_52_doctor_during_an_import_sees_one_view_of_the_file(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 32 A52: doctor while a 440-page import ran named hundreds of false problems (a line outside its source,
    an entity that does not match it), each advising a restore: it read the pages before a file's commit and its
    lines after it."""
    import subprocess
    import sys

    from jmreview.store import doctor

    from ..conftest import SEEDS

    real = doctor.line_breaks
    done: list[bool] = []

    def imported_meanwhile(text: str):  # type: ignore[no-untyped-def]
        if not done:   # the pages were read; another process commits one more before the lines are
            done.append(True)
            out = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(SEEDS / "004_8fe30a7831068c4f.txt"),
                                  "--db", str(db), "--workers", "1"], capture_output=True, text=True, timeout=120)
            assert out.returncode == 0, out.stderr
        return real(text)

    monkeypatch.setattr(doctor, "line_breaks", imported_meanwhile)
    found = doctor.check(db)
    assert done and not found.problems, found.problems


def test_r32a_16_a_plain_table_under_the_search_tables_name_is_made_anew_by_a_short_search(db: Path) -> None:
    """Run 32 A16: the search table replaced by a plain table: a two-character search (a scan) answered, and the
    index was never made anew (doctor kept naming it)."""
    from jmreview.store.search import ensure_index, search

    needle, found = _needle(db)
    _damaged_by(db, *DAMAGE["a plain table"])
    with Store(db) as store:
        ensure_index(store)
        assert len(search(store, needle[:2])) >= found
        kind = store.db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'block_fts'").fetchone()[0]
    assert "fts5" in kind.lower()


def test_r33a_6_a_files_moment_cut_to_the_second_is_not_taken_for_mine(db: Path, tmp_path: Path) -> None:
    """Run 33 A6: a copy's change and mine in one second, the file's moment cut to the second by hand: taken for
    the same moment (as a workbook's date cell is, which drops the microseconds), and applied over my change."""
    from datetime import datetime

    art_id, theirs = _mine_and_a_copy(db, tmp_path)
    _edited_and_exported(theirs, art_id, "同事的标题", tmp_path / "theirs.json")
    doc = json.loads((tmp_path / "theirs.json").read_text(encoding="utf-8"))
    article = next(a for f in doc["files"] for a in f["articles"] if a["id"] == art_id)
    with Store(db):
        mine = Article.get_by_id(art_id).updated_at
    mine = mine if isinstance(mine, datetime) else datetime.fromisoformat(str(mine))
    article["changed_at"] = mine.replace(microsecond=0).isoformat()   # the same second as mine, cut
    (tmp_path / "cut.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(db) as store:
        report = import_json(store, tmp_path / "cut.json", "甲")
    assert _title(db, art_id) == "我的标题", report


def test_r33b_15_a_list_field_written_as_plain_text_is_said_without_unexpected_error(db: Path) -> None:
    """Run 33 B15: reporters = '张三' (no JSON) on a review copy, written by psql: `curate` said "unexpected error:
    JSONDecodeError"."""
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review

    from .test_database_safety import run_cli

    with Store(db) as store:
        page = SourceFile.select().where(SourceFile.review_of.is_null()).first()
        mark_double_review(store, "主编", page.id, ["a", "b"])
        name = page.name
    _damaged_by(db, "UPDATE article SET reporters = '张三' WHERE file_id IN (SELECT id FROM sourcefile WHERE "
                    "review_of IS NOT NULL)")
    out = run_cli("curate", name, "--db", str(db))
    assert out.returncode == 2 and "unexpected error" not in out.stderr and "doctor" in out.stderr, out.stderr


def test_r33b_23_a_double_review_another_command_marked_first_is_said_already_marked(
        db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 33 B23: three `double-review` at once: each said "1 pages marked", though one edit was made."""
    from jmreview.cli import main
    from jmreview.store import team
    from jmreview.store.models import SourceFile

    with Store(db):
        name = SourceFile.select().where(SourceFile.review_of.is_null()).first().name
    real = team.mark_double_review

    def raced(store, who, page, editors):  # type: ignore[no-untyped-def]
        real(store, "另一个命令", page, editors)   # the other command commits first, after this one looked
        return real(store, who, page, editors)

    monkeypatch.setattr(team, "mark_double_review", raced)
    assert main(["double-review", name, "--editors", "丙", "丁", "--editor", "主编", "--db", str(db)]) == 0
    said = capsys.readouterr().out
    assert "0 pages marked" in said and "1 already were" in said, said


def test_r33a_39_a_snapshot_giving_two_articles_one_place_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 33 A39: a snapshot whose page had two articles at index 0 was restored, exit 0; doctor then named "2
    articles at reading order 0"."""
    from jmreview.exchange.import_json import InvalidCorpus

    with Store(db):
        export_json(tmp_path / "snap.json", with_source=True)
    doc = json.loads((tmp_path / "snap.json").read_text(encoding="utf-8"))
    doc["files"][0]["articles"][1]["index"] = doc["files"][0]["articles"][0]["index"]
    (tmp_path / "twice.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "new.sqlite3") as store, pytest.raises(InvalidCorpus) as refused:
        import_json(store, tmp_path / "twice.json", "甲")
    assert "index" in str(refused.value)


def test_r33b_39_a_snapshot_of_a_review_whose_article_moved_warns_that_it_will_not_restore(db: Path,
                                                                                          tmp_path: Path) -> None:
    """Run 33 B39: an article moved between the review copies by psql: `export --with-source` wrote, without the
    warning it gives for other team damage, a snapshot its import refuses."""
    from .test_database_safety import run_cli

    _an_article_moved_between_the_copies(db)
    out = run_cli("export", "--format", "json", "--with-source", "-o", str(tmp_path / "snap.json"), "--db", str(db))
    assert "another file" in out.stderr, out.stderr
    assert "another file" in run_cli("doctor", "--db", str(db)).stdout
