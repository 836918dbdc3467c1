"""Issue 10: two importers at once — one current version per page, no IntegrityError, same bytes once."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from jmreview.store.database import Store
from jmreview.store.doctor import examine
from jmreview.store.models import SourceFile
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]
PAGE = SEEDS / "001_69ca20e02664ffc6.txt"


def start_import(db: Path, *paths: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([*RUN, "import", *map(str, paths), "--db", str(db), "--replace", "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_item7_two_processes_importing_two_new_versions_leave_one_current_version(tmp_path: Path) -> None:
    """item 7: v2 and v3 of a page imported at once, both waiting on a third writer: one current version."""
    db = tmp_path / "race.sqlite3"
    original = PAGE.read_text(encoding="utf-8")
    for n in (1, 2, 3):  # the same page (file name in a folder of the same name) as three deliveries
        (tmp_path / f"v{n}" / "pages").mkdir(parents=True)
        (tmp_path / f"v{n}" / "pages" / "page.txt").write_text(original + f"\n第{n}版。\n", encoding="utf-8")
    with Store(db) as store:
        import_paths(store, [tmp_path / "v1"], workers=1)
    holder = sqlite3.connect(db, timeout=30)
    holder.execute("BEGIN IMMEDIATE")  # a third writer: both imports analyse their page, then wait for it
    runs = [start_import(db, tmp_path / f"v{n}") for n in (2, 3)]
    time.sleep(4)
    holder.rollback()
    holder.close()
    outs = [r.communicate(timeout=300) for r in runs]
    assert all(r.returncode == 0 for r in runs), outs
    with Store(db) as store:
        current = SourceFile.select().where((SourceFile.name == "page.txt") & SourceFile.replaced_by.is_null())
        assert current.count() == 1
        assert SourceFile.select().count() == 3
        assert not examine(store).problems


def test_item15_two_processes_importing_one_folder_import_each_file_once(tmp_path: Path) -> None:
    """item 15: two CLIs on one folder: no IntegrityError, every page once, each CLI says what it did."""
    db = tmp_path / "twice.sqlite3"
    Store(db).close()
    runs = [start_import(db, SEEDS) for _ in range(2)]
    outs = [r.communicate(timeout=300) for r in runs]
    assert all(r.returncode == 0 for r in runs), outs
    assert not any("unexpected" in err or "Traceback" in err for _, err in outs)
    with Store(db) as store:
        assert SourceFile.select().count() == len(list(SEEDS.glob("*.txt")))
        assert not examine(store).problems


def test_item7_a_database_left_with_two_current_versions_is_repaired_on_upgrade(tmp_path: Path) -> None:
    """item 7: a schema-2 database the old race left with two current versions opens with one; doctor saw it."""
    db = tmp_path / "old.sqlite3"
    with Store(db) as store:
        import_paths(store, [PAGE], workers=1)
        first = SourceFile.get()
        store.db.execute_sql("DROP INDEX sourcefile_one_current_page")  # back to a schema-2 table
        store.db.execute_sql("DROP INDEX sourcefile_listed")  # schema 8's
        store.db.execute_sql("ALTER TABLE sourcefile DROP COLUMN folder")
        for table, column in (("sourcefile", "issue_date"), ("sourcefile", "page_label"), ("sourcefile", "page_source"),
                              ("entity", "resolved"), ("entity", "resolved_rule")):   # schema 6's
            store.db.execute_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        store.db.execute_sql("DROP TABLE storylink")
        store.db.execute_sql("INSERT INTO sourcefile (name, sha256, encoding, script, text, line_count, size, "
                             "imported_at) SELECT name, 'x' || sha256, encoding, script, text, line_count, size, "
                             "imported_at FROM sourcefile")
        assert any("more than one current version" in p for p in examine(store).problems)
        store.db.execute_sql("UPDATE schemainfo SET version = 2")
    with Store(db) as store:
        current = list(SourceFile.select().where(SourceFile.replaced_by.is_null()))
        assert len(current) == 1 and current[0].id != first.id
        assert SourceFile.get_by_id(first.id).replaced_by == current[0].id
        assert not [p for p in examine(store).problems if "version" in p]


def test_4_the_same_file_name_of_two_days_is_two_pages(tmp_path: Path) -> None:
    """Second adversarial run, #4: days/2024-01-01/A01.txt and days/2024-01-02/A01.txt are two pages, both exported."""
    days = tmp_path / "days"
    for day, seed in (("2024-01-01", PAGE), ("2024-01-02", SEEDS / "003_4221d1719c757f4b.txt")):
        (days / day).mkdir(parents=True)
        (days / day / "A01.txt").write_bytes(seed.read_bytes())
    db, out = tmp_path / "days.sqlite3", tmp_path / "days.json"
    for args in (["import", str(days)], ["export", "--format", "json", "-o", str(out)]):
        done = subprocess.run([*RUN, *args, "--db", str(db)], capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr
        assert "new version" not in done.stdout + done.stderr
    import json

    files = json.loads(out.read_text(encoding="utf-8"))["files"]
    assert sorted((f["folder"], f["name"]) for f in files) == [("2024-01-01", "A01.txt"), ("2024-01-02", "A01.txt")]
    # the next delivery of day 2's page is a new version of that page only
    (days / "2024-01-02" / "A01.txt").write_text((SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
                                                 + "\n补充。\n", encoding="utf-8")
    done = subprocess.run([*RUN, "import", str(days / "2024-01-02"), "--db", str(db)], capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0 and "new version" in done.stdout + done.stderr, done.stdout + done.stderr
    with Store(db):
        current = SourceFile.select().where(SourceFile.replaced_by.is_null())
        assert sorted(f.folder for f in current) == ["2024-01-01", "2024-01-02"]
