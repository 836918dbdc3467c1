"""Issue 10, run 25 (both halves, on run 24's fixes): what it found, each test failing before its fix."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.store.database import Store

from ..conftest import ROOT
from .test_database_safety import run_cli

RESTORE = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from jmreview.store.restore import RestoreFailed, restore_backup
try:
    restore_backup(Path(sys.argv[2]), Path(sys.argv[3]))
    print("restored")
except RestoreFailed as exc:
    print(exc.code)
"""


def test_r25a_39_the_backup_made_before_a_schema_upgrade_restores(tmp_path: Path) -> None:
    """Run 25 A39: a schema-1 database upgraded on opening (its "before-schema-9" backup made), a link made, then that
    backup restored: "no such table: sqlite_sequence" — said "the database is as it was", but the file then held the
    old backup, and the work since only the before-restore copy."""
    from jmreview.store.backup import list_backups
    from jmreview.store.models import SourceFile, StoryLink
    from jmreview.store.restore import restore_backup

    db = tmp_path / "s1.sqlite3"
    shutil.copy(ROOT / "tests" / "data" / "schema1.sqlite3", db)
    assert run_cli("link", "1", "2", "--db", str(db)).returncode == 0
    before = next(b for b in list_backups(db) if b.reason.startswith("before-schema"))
    restore_backup(before.path, db)   # raised, having put the old file in place, before
    with Store(db):   # upgraded again on opening: the content of before the upgrade
        assert SourceFile.select().count() == 2 and StoryLink.select().count() == 0


def test_r25a_34_a_restore_while_another_program_writes_is_refused_soon(db: Path) -> None:
    """Run 25 A34: another program held a write transaction (DB Browser with unsaved changes); the window's restore
    froze it — no repaint, no message — until that program let go (85 s): Python's backup waits for ever."""
    from jmreview.store.backup import make_backup
    from jmreview.store.restore import restore_backup

    Store(db).close()
    backup = make_backup(db, "manual")
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE article SET title = title")
        restoring = subprocess.run([sys.executable, "-c", RESTORE, str(ROOT), str(backup), str(db)], text=True,
                                   capture_output=True, timeout=60)   # waited for ever before (the window froze)
        assert restoring.stdout.strip() == "busy", restoring.stdout + restoring.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    restore_backup(backup, db)   # the other program done: restored


def test_r25a_54_an_annotation_file_of_before_does_not_bring_back_an_entity_a_person_deleted(db: Path,
                                                                                            tmp_path: Path) -> None:
    """Run 25 A54: an annotation file (doccano, Label Studio, spaCy) exported before an editor deleted an entity
    brought it back as a suggestion; the summary said only "1 entities added"."""
    from jmreview.store import entity_edits
    from jmreview.store.models import Article, Entity

    old = tmp_path / "old.jsonl"
    assert run_cli("export", "--format", "doccano", "-o", str(old), "--db", str(db)).returncode == 0
    with Store(db) as store:
        art = Article.select().order_by(Article.id).first()
        gone = Entity.select().where(Entity.article == art).order_by(Entity.start).first()
        span = (gone.start, gone.end)
        entity_edits.delete_entity(store, "甲", gone.id)
    out = run_cli("import-annotations", str(old), "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "left deleted" in out.stdout + out.stderr, out.stdout
    with Store(db):
        assert not Entity.select().where((Entity.article == art.id) & (Entity.start == span[0])
                                         & (Entity.end == span[1])).exists()


def test_r25a_40_another_databases_backup_named_for_a_restore_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 25 A40: `restore_backup()` of another database's backup copied into this one's backups folder: the other
    corpus put in place (it is never offered in a list: named, it was taken)."""
    from jmreview.store.backup import backup_dir, make_backup
    from jmreview.store.restore import RestoreFailed, restore_backup
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    other = tmp_path / "other.sqlite3"
    with Store(other) as store:
        import_paths(store, [SEEDS / "004_8fe30a7831068c4f.txt"], workers=1)
    theirs = make_backup(other, "manual")
    Store(db).close()
    make_backup(db, "manual")   # this database's own note in its folder
    copied = backup_dir(db) / f"{db.stem}-20991201-000000-000000-manual.sqlite3"
    shutil.copy(theirs, copied)
    with pytest.raises(RestoreFailed) as refused:
        restore_backup(copied, db)
    assert refused.value.code == "foreign", refused.value


def test_r25b_36_a_reviewer_does_not_correct_her_page_while_it_is_curated(tmp_path: Path) -> None:
    """Run 25 B36: page 000 under curation; reviewer 甲编辑 corrected the page itself, and a later take of the
    curator's own answer kept hers — a reviewer settling her own disagreement."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences, take
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, SourceFile
    from jmreview.workflows.importer import import_paths

    from ..test_team import PAGE, A, simulate_two_editors

    with Store(tmp_path / "t.sqlite3") as store:
        import_paths(store, [PAGE], workers=1)
        page, _a, _b = simulate_two_editors(store)
        take(store, "主编", page, differences(page)[0].key, "a")
        assert SourceFile.get_by_id(page).review_state == "curating"
        art = Article.select().where(Article.file == page).first()
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, A, art.id, "title", "审校人自己改本版")
        assert refused.value.code == "curating_yours"
        set_article_field(store, "主编", art.id, "title", "裁定人改本版")   # the curator may


def test_r25a_26_a_corpus_file_of_millions_of_empty_lists_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """Run 25 A26: 150 MB of `[],` (run 23 A46's limit counted objects only): 12 GB of memory after 78 s."""
    from jmreview.exchange.import_json import InvalidCorpus, import_json
    from jmreview.exchange.json_validate import MAX_RECORDS

    target = tmp_path / "lists.json"
    target.write_bytes(b'{"junk": [' + b"[]," * MAX_RECORDS + b'[]]}')
    with Store(tmp_path / "new.sqlite3") as store, pytest.raises(InvalidCorpus) as refused:
        import_json(store, target, "甲")
    assert "records" in str(refused.value) and "version" not in str(refused.value), refused.value


def test_r25a_27_an_import_json_killed_with_sigterm_leaves_no_database_it_made(tmp_path: Path) -> None:
    """Run 25 A27: `import-json` into a new database, killed with SIGTERM (a logout, `kill`): an empty database left
    behind, which later commands took for a corpus (Ctrl+C cleaned up)."""
    import signal
    import time

    big = tmp_path / "big.json"   # slow to read and check: the kill lands while it works
    big.write_bytes(b'{"format": "jmreview-corpus", "version": 2, "files": [], "junk": [' + b'"x",' * 3_000_000
                    + b'"x"]}')
    db = tmp_path / "new.sqlite3"
    proc = subprocess.Popen([sys.executable, "-m", "jmreview.cli", "import-json", str(big), "--db", str(db)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(200):   # the database made first, then the file read
        if db.exists() or proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert not db.exists() and not Path(f"{db}.backups").exists(), (proc.returncode, err)


def test_r25a_43_a_folder_with_no_page_file_is_said_so(tmp_path: Path) -> None:
    """Run 25 A43: a folder of `.bio` (or `.md`) files imported: "0 imported, 0 refused", exit 0 — nothing said of the
    files passed over."""
    folder = tmp_path / "bio"
    folder.mkdir()
    (folder / "a.bio").write_text("江 B-LOC\n", encoding="utf-8")
    out = run_cli("import", str(folder), "--db", str(tmp_path / "n.sqlite3"))
    assert out.returncode == 1 and "no page file" in out.stderr, out.stdout + out.stderr
    assert not (tmp_path / "n.sqlite3").exists()


def test_r26a_15_another_programs_sqlite_file_is_never_made_a_corpus(tmp_path: Path) -> None:
    """Run 26 A15/A35: `stats --db X` on another program's SQLite file (a browser's `moz_places`) added jmreview's
    tables to it and switched it to WAL; `import`, `import-json` and `copy` then wrote a corpus into it."""
    from ..conftest import SEEDS

    other = tmp_path / "places.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE moz_places (url TEXT)")
    con.execute("INSERT INTO moz_places VALUES ('https://example.invalid')")
    con.commit()
    con.close()
    for args in (["stats"], ["import", str(SEEDS / "003_4221d1719c757f4b.txt")]):
        out = run_cli(*args, "--db", str(other))
        assert out.returncode == 2 and "another program" in out.stderr, out.stderr
    con = sqlite3.connect(other)
    try:
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["moz_places"]
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()


def test_r26a_19_jmreviews_own_bio_export_is_read_by_evaluate(db: Path, tmp_path: Path) -> None:
    """Run 26 A19: `export --format bio`, then `evaluate --bio` of it: "line 1: expected one character and a tag" —
    line 1 is the `-DOCSTART- jmreview:1` line jmreview's own export writes."""
    bio = tmp_path / "b.bio"
    assert run_cli("export", "--format", "bio", "-o", str(bio), "--db", str(db)).returncode == 0
    assert bio.read_text(encoding="utf-8").startswith("-DOCSTART-")
    out = run_cli("evaluate", "--bio", str(bio), timeout=300)
    assert out.returncode == 0 and "bio:ALL" in out.stdout, out.stdout + out.stderr


def test_r26a_18_the_brat_export_given_back_is_named_as_a_zip_not_as_text_of_another_encoding(db: Path,
                                                                                                tmp_path: Path) -> None:
    """Run 26 A18: `export --format brat`, then `import-annotations` of it: "x.brat is not UTF-8 text; save it as
    UTF-8" — it is jmreview's own zip, a format not read back."""
    brat = tmp_path / "x.brat"
    assert run_cli("export", "--format", "brat", "-o", str(brat), "--db", str(db)).returncode == 0
    out = run_cli("import-annotations", str(brat), "--db", str(db))
    assert out.returncode != 0 and "zip" in out.stderr and "UTF-8 text" not in out.stderr, out.stderr


def test_r26b_27_a_table_another_program_renamed_is_never_made_anew_empty(db: Path) -> None:
    """Run 26 B27: another program renamed `article`: doctor said "unexpected error: OperationalError", and the next
    command silently made a new, empty `article` table — `export` then wrote 0 articles."""
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("ALTER TABLE article RENAME TO article_old")
    con.commit()
    con.close()
    out = run_cli("doctor", "--db", str(db))
    assert "unexpected" not in out.stderr and "table article of the corpus is missing" in out.stdout, out
    out = run_cli("stats", "--db", str(db))
    assert out.returncode == 2 and "article is missing" in out.stderr, out.stderr
    con = sqlite3.connect(db)
    try:
        assert not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'article'").fetchone()   # not made anew
    finally:
        con.close()


def test_r26b_38_52_41_a_log_entry_or_a_delete_the_database_skips_refuses_the_edit(db: Path) -> None:
    """Run 26 B52, B38: a trigger skipping every insert into the edit log (`RAISE(IGNORE)`): a take said done, with no
    log entry (on a server: "unexpected error: TypeError", the change committed unlogged). B41: a trigger skipping a
    delete: "taken back", the row still there."""
    import pytest

    from jmreview.store.changes import EditConflict
    from jmreview.store.edits import set_article_field
    from jmreview.store.entity_edits import delete_entity
    from jmreview.store.models import Article, EditLog, Entity

    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("CREATE TRIGGER no_log BEFORE INSERT ON editlog BEGIN SELECT RAISE(IGNORE); END")
    con.execute("CREATE TRIGGER no_delete BEFORE DELETE ON entity BEGIN SELECT RAISE(IGNORE); END")
    con.commit()
    con.close()
    with Store(db) as store:
        art = Article.select().first()
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, "甲", art.id, "title", "不进日志")
        assert refused.value.code == "not_written"
        assert Article.get_by_id(art.id).title == art.title and EditLog.select().count() == 0
        entity = Entity.select().first()
        with pytest.raises(EditConflict):
            delete_entity(store, "甲", entity.id)
        assert Entity.get_or_none(Entity.id == entity.id) is not None


def test_r26b_3_24_names_of_one_person_written_with_other_separators_are_one_reviewer(db: Path) -> None:
    """Run 26 B3, B24: 买买提ꞏ艾力 (U+A78F, the letter made for this dot), 买买提=艾力, 买买提。艾力 and Zhang_Wei /
    Zhang Wei were two people: one reviewer curated her own page, one person was both reviewers."""
    from jmreview.store.editor_names import person

    assert len({person(n) for n in ("买买提·艾力", "买买提ꞏ艾力", "买买提=艾力", "买买提。艾力")}) == 1
    assert person("Zhang_Wei") == person("Zhang Wei")
    out = run_cli("double-review", "003_4221d1719c757f4b.txt", "--editors", "买买提·艾力", "买买提=艾力", "--db",
                  str(db))
    assert out.returncode != 0 and "no page" not in out.stderr, out.stdout + out.stderr   # one person: refused


def test_r26b_18_a_bad_jmreview_editor_is_refused_on_the_command_line_as_a_bad_editor_is(db: Path) -> None:
    """Run 26 B18: JMREVIEW_EDITOR holding a right-to-left override: the command line credited the work to `$USER`
    without a word (the window warns about the same variable)."""
    import os

    env = {**os.environ, "JMREVIEW_EDITOR": "\u202e甲", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "link", "1", "2", "--db", str(db)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 2 and "JMREVIEW_EDITOR" in out.stderr, out.stderr
