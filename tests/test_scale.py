"""Issue 16, a million articles: the file list's index (schema 8), counts read for the rows shown, a large file
checked and backed up beside the open window, search reading only its hits' lines."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jmreview.store import open_check
from jmreview.store.backup import content_stamp, list_backups
from jmreview.store.database import DamagedDatabase, Store
from jmreview.store.edits import set_status
from jmreview.store.models import SCHEMA_VERSION, Article, SourceFile
from jmreview.store.search import ensure_index, search
from jmreview.store.view_rows import file_counts, file_rows
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS


def test_an_old_database_gets_the_file_list_index(db_location: Path | str) -> None:
    with Store(db_location) as s:
        import_paths(s, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
        s.db.execute_sql("DROP INDEX sourcefile_listed")
        s.db.execute_sql("UPDATE schemainfo SET version = 7")
    with Store(db_location) as s:
        assert "sourcefile_listed" in {i.name for i in s.db.get_indexes("sourcefile")}
        assert s.db.execute_sql("SELECT version FROM schemainfo").fetchone()[0] == SCHEMA_VERSION == 9
        if not isinstance(db_location, str):   # SQLite lists the pages from the index alone
            plan = " ".join(str(r) for r in s.db.execute_sql(
                "EXPLAIN QUERY PLAN SELECT id, name, script, issue_date, page_label, review_of FROM sourcefile "
                "WHERE replaced_by IS NULL ORDER BY issue_date IS NULL, issue_date, name, id").fetchall())
            assert "COVERING INDEX sourcefile_listed" in plan


def test_the_file_list_without_counts_gets_the_same_counts_for_the_rows_shown(any_store: Store) -> None:
    import_paths(any_store, [SEEDS], workers=1)
    first = Article.select().order_by(Article.id).first()
    set_status(any_store, "编辑", first.id, "reviewed")
    counted = file_rows()
    listed = file_rows(counted=False)
    assert [r.id for r in listed] == [r.id for r in counted] and not any(r.counted for r in listed)
    assert any(r.reviewed for r in counted) and all(r.articles for r in counted)
    assert [file_counts(listed, chunk=2)[r.id] for r in listed] == counted


def test_search_finds_the_same_hits_with_offsets_into_the_page(any_store: Store) -> None:
    import_paths(any_store, [SEEDS], workers=1)
    ensure_index(any_store)
    hits = search(any_store, "江门")
    assert hits
    for hit in hits:
        text = SourceFile.get_by_id(hit.file_id).text
        assert text[hit.start:hit.end] == hit.matched and hit.matched in ("江门", "江門")


@pytest.fixture
def large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database every opening treats as large (checked and backed up after opening)."""
    monkeypatch.setattr(open_check, "DEFER_BYTES", 0)
    db = tmp_path / "large.sqlite3"
    with Store(db) as s:
        import_paths(s, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    return db


def test_a_large_database_is_backed_up_as_it_was_opened_while_the_editor_works(large: Path) -> None:
    assert list_backups(large) == []
    with Store(large) as s:   # never backed up: a backup once it is closed
        assert s.opening is not None
        article = Article.select().first().id
    before = list_backups(large)
    assert len(before) == 1
    with Store(large) as s:   # unchanged since its newest backup: checked, no new backup
        assert s.opening is not None
    assert list_backups(large) == before
    with Store(large) as s:
        set_status(s, "编辑", article, "reviewed")
    con = sqlite3.connect(large)
    opened = content_stamp(con)
    con.close()
    with Store(large) as s:   # changed: a backup of the database as it was opened, however fast the editor is
        assert s.opening is not None
        set_status(s, "编辑", article, "in_review")
    backups = list_backups(large)
    assert len(backups) == len(before) + 1 and backups[0].reason == "on-open"
    con = sqlite3.connect(backups[0].path)
    assert content_stamp(con) == opened
    con.close()


def test_a_large_database_found_damaged_after_opening_takes_no_write(large: Path) -> None:
    with Store(large) as s:
        pages = s.db.execute_sql("PRAGMA page_count").fetchone()[0]
        index_page = s.db.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = 'article_file_id'").fetchone()[0]
    assert index_page < pages
    with large.open("r+b") as fh:   # an index page overwritten: the schema reads, the check does not pass
        fh.seek((index_page - 1) * 4096)
        fh.write(b"\xff" * 4096)
    with Store(large) as s:
        assert s.opening is not None and s.opening.wait_checked()
        with pytest.raises(DamagedDatabase):
            set_status(s, "编辑", Article.select().first().id, "reviewed")
        assert s.readonly


def test_a_large_database_whose_backup_cannot_be_made_says_so(large: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jmreview.store.backup import BackupFailed

    def full(*_args: object) -> Path:
        raise BackupFailed("no room", full=True)

    monkeypatch.setattr(open_check, "write_verified", full)
    with Store(large) as s:
        assert s.opening is not None
        s.opening.finish()
        assert s.opening.warning is not None and "disk is full" in str(s.opening.warning)
        set_status(s, "编辑", Article.select().first().id, "reviewed")   # the work goes on


def test_search_indexes_the_blocks_newer_than_its_newest_once(any_store: Store) -> None:
    from jmreview.store.dialect import is_postgres
    from jmreview.store.search import SERVER_TABLE, TABLE

    import_paths(any_store, [SEEDS], workers=1)
    table, key = (SERVER_TABLE, "id") if is_postgres(any_store.db) else (TABLE, "rowid")
    with any_store.write():   # as a database older than its search index, or its review copies, would be
        any_store.db.execute_sql(f"DELETE FROM {table} WHERE {key} > (SELECT MIN(id) + 20 FROM block)")
    ensure_index(any_store)
    (have,) = any_store.db.execute_sql(f"SELECT COUNT(*) FROM {table} WHERE {key} > 0").fetchone()   # (row 0: its mark)
    assert have == any_store.db.execute_sql("SELECT COUNT(*) FROM block").fetchone()[0]
    assert search(any_store, "江门")
