"""Never lose an editor's work: upgrades, backups, damaged and read-only files, full disks, bad input."""
from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from jmreview.errors import RefusedInput, StoreError
from jmreview.exchange.ingest import decode_source
from jmreview.store import edits
from jmreview.store.backup import list_backups, make_backup, prune
from jmreview.store.database import DamagedDatabase, Store
from jmreview.store.doctor import examine
from jmreview.store.models import SCHEMA_VERSION, Article, EditLog, Entity, LexiconEntry, SourceFile, database_proxy
from jmreview.store.restore import restore_backup
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS

FIXTURE = Path(__file__).parent / "data" / "schema1.sqlite3"


def store_tables() -> set[str]:
    """The tables of the open database."""
    return set(database_proxy.get_tables())


def test_a_schema_1_database_opens_upgraded_with_all_data(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, db)
    with Store(db):
        assert SCHEMA_VERSION == 9
        assert "assignment" in store_tables() and all(f.review_state == "" for f in SourceFile.select())  # schema 7
        assert "lexiconentry" in store_tables() and LexiconEntry.select().count() == 0  # schema 5: the lexicon
        assert all(e.cue == "" for e in Entity.select())  # an old suggestion does not say where it came from
        assert Article.select().count() == 15 and SourceFile.select().count() == 2
        assert Article.select().where(Article.title == "编辑改过的标题").count() == 1
        assert Article.select().where(Article.status == "reviewed").count() == 1
        assert Entity.select().where(Entity.status == "accepted").count() == 1
        assert [e.who for e in EditLog.select()] == ["老编辑"] * 3
        assert all(a.flag == "" for a in Article.select())
    backups = list_backups(db)
    assert [b.reason for b in backups] == [f"before-schema-{SCHEMA_VERSION}"]
    old = sqlite3.connect(backups[0].path)
    assert old.execute("SELECT version FROM schemainfo").fetchone()[0] == 1
    old.close()
    with Store(db) as store:  # opening again: nothing to migrate
        assert not examine(store).problems


def test_backups_on_open_when_changed_and_before_bulk_work(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    assert list_backups(db) == []  # an empty database needs no backup
    with Store(db) as store:
        assert [b.reason for b in list_backups(db)] == ["on-open"]
        import_paths(store, [SEEDS / "004_8fe30a7831068c4f.txt"], workers=1)
    assert [b.reason for b in list_backups(db)] == ["before-import", "on-open"]
    copy = sqlite3.connect(list_backups(db)[0].path)
    assert copy.execute("SELECT COUNT(*) FROM sourcefile").fetchone()[0] == 1  # the state before the import
    copy.close()


def test_backups_are_pruned_to_recent_and_daily(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    for _ in range(14):
        make_backup(db, "manual")
    prune(db)
    assert len(list_backups(db)) == 10


def test_restore_a_backup_keeps_a_copy_of_what_it_replaces(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        before = make_backup(db, "manual")
        art = Article.select().first()
        edits.set_article_field(store, "甲", art.id, "title", "之后的修改")
    safety = restore_backup(before, db)
    with Store(db):
        assert Article.get_by_id(art.id).title != "之后的修改"
    with Store(safety, readonly=True):
        assert Article.get_by_id(art.id).title == "之后的修改"


def damaged_database(db: Path) -> bytes:
    """A database with a backup, then 4 KB of it overwritten; returns the damaged bytes."""
    with Store(db) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    make_backup(db, "manual")
    data = bytearray(db.read_bytes())
    data[8192:12192] = b"\x5a" * 4000
    db.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_is_refused_with_a_way_forward(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite3"
    data = damaged_database(db)
    with pytest.raises(DamagedDatabase, match="newest good backup"):
        Store(db)
    assert db.read_bytes() == data  # nothing written over it


def test_a_read_only_file_opens_read_only_and_refuses_writes(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "ro.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK and str(p).startswith(
        str(tmp_path)) else real_access(p, mode))
    with Store(db) as store:
        assert store.readonly and Article.select().count() == 8
        with pytest.raises(StoreError, match="read-only"):
            edits.set_status(store, "甲", Article.select().first().id, "reviewed")


def test_a_full_disk_saves_nothing_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "full.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
        store.db.execute_sql(f"PRAGMA max_page_count = {pages}")  # SQLite answers as a full disk would
        files = SourceFile.select().count()
        report = import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
        assert report.imported == [] and SourceFile.select().count() == files
        assert len(report.refused) == 1 and "is full, nothing of this file was saved" in report.refused[0][1]


def test_doctor_finds_broken_offsets_and_orphans(tmp_path: Path) -> None:
    db = tmp_path / "doc.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
        assert not examine(store).problems
        store.db.execute_sql('UPDATE entity SET start = start + 1 WHERE id = (SELECT MIN(id) FROM entity)')
        store.db.execute_sql("PRAGMA foreign_keys = OFF")
        store.db.execute_sql("INSERT INTO article (file_id, reading_order, title, kicker, subtitle, title_simplified, "
                             "category, reporters, correspondents, photographers, sources, status, created_at, "
                             "updated_at, version, origin, start_cue, manual, flag) VALUES (1, 99, 'x', '', '', "
                             "'x', 'news', '[]', '[]', '[]', '[]', 'auto', 0, 0, 1, 'auto', '', '[]', '')")
        found = examine(store).problems
    assert any("does not match its source" in p for p in found)
    assert any("has no blocks" in p for p in found)


def test_long_lines_are_imported_and_absurd_ones_refused(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long_page = tmp_path / "long.txt"
    long_page.write_text("## 长段落\n\n" + "江门日报讯（记者/张三）" + "长" * 100_000 + "。\n", encoding="utf-8")
    report = import_paths(store, [long_page], workers=1)
    assert report.imported == ["long.txt"] and Article.select().count() == 1
    start = time.perf_counter()
    with pytest.raises(RefusedInput, match="not a page dump"):
        decode_source("huge.txt", ("字" * 17_000_000).encode("utf-8"))  # 50 MB on one line
    assert time.perf_counter() - start < 20


def test_invalid_utf8_bytes_are_refused_by_name() -> None:
    text = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")
    data = text.encode("utf-8")
    broken = data[:500] + b"\xff\xfe\xfa" + data[500:]
    try:
        src = decode_source("broken.txt", broken)
    except RefusedInput as exc:
        assert str(exc).startswith("broken.txt: ")
    else:  # if it decodes at all, it must decode to real Chinese, not mojibake
        assert "江门日报讯" in src.text


def test_zero_width_and_mixed_line_ends_keep_offsets(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "zw.txt"
    page.write_bytes("## 标\u200b题\r\n\r江门日报讯（记者/张三）\u200d昨日𠮷野家开业。\n\r\n末段。".encode("utf-8"))
    import_paths(store, [page], workers=1)
    assert not examine(store).problems
