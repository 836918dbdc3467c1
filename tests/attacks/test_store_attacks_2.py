"""Issue 10, second adversarial run, store side: a file replaced under a window, odd characters in a path,
a foreign -wal in doctor, a disk filling during an import, truncated backups, duplicate reading orders.

Real files and real processes throughout: `mv` is `os.replace`, a full disk a small tmpfs (root and mount
needed; skipped otherwise), the command line a fresh `python -m jmreview.cli`.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jmreview.store import edits
from jmreview.store.backup import backup_dir, list_backups, make_backup, newest_backup_time
from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS
from .test_database_safety import OTHER_PAGE, PAGE, make_db, run_cli, tmpfs

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def titles(path: Path) -> list[str]:
    """The article titles of a database file, read with plain sqlite3 (any character in its name)."""
    con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT title FROM article ORDER BY id")]
    finally:
        con.close()


def replace_on_disk(target: Path, other: Path) -> None:
    """`mv other target` while target is open elsewhere; its old companions go too, as in the report."""
    os.replace(other, target)
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)


# ---- #17: a database file replaced (or removed) under a running store refuses every write ----

def test_row17_a_database_replaced_on_disk_refuses_the_write_and_names_the_file(tmp_path: Path) -> None:
    """#17: after `mv other.sqlite3 db.sqlite3`, an edit is refused by name instead of going to the lost inode."""
    from jmreview.store.opening import DatabaseReplaced

    db = make_db(tmp_path / "db.sqlite3")
    other = make_db(tmp_path / "other.sqlite3", OTHER_PAGE)
    swapped_in = titles(other)
    with Store(db) as store:
        art = edits_first_article(store)
        edits.set_article_field(store, "甲", art, "title", "替换前编辑")  # writes work before the swap
        replace_on_disk(db, other)
        with pytest.raises(DatabaseReplaced, match=re.escape(str(db))) as caught:
            edits.set_article_field(store, "甲", art, "title", "替换后编辑")
        assert caught.value.path == db
    assert titles(db) == swapped_in  # the file now on disk is the other one, untouched


def test_row17_a_database_removed_on_disk_refuses_the_write(tmp_path: Path) -> None:
    """#17: the file deleted under the store: the write is refused, nothing is created at its name."""
    from jmreview.store.opening import DatabaseReplaced

    db = make_db(tmp_path / "gone.sqlite3")
    with Store(db) as store:
        art = edits_first_article(store)
        db.rename(tmp_path / "moved.sqlite3")
        with pytest.raises(DatabaseReplaced):
            edits.set_article_field(store, "甲", art, "title", "删除后编辑")
    assert not db.exists()
    assert "删除后编辑" not in titles(tmp_path / "moved.sqlite3")


def edits_first_article(store: Store) -> int:
    """The id of the first article of the database."""
    return int(store.db.execute_sql("SELECT MIN(id) FROM article").fetchone()[0])


def test_row17_the_window_says_in_chinese_that_its_file_was_replaced(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                      monkeypatch) -> None:
    """#17 in the window: a title typed after the swap is refused with a Chinese message naming the file."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmreview.gui.app import install_translations

    from ..gui.conftest import open_window

    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    try:
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
        other = make_db(tmp_path / "other.sqlite3", OTHER_PAGE)
        window = open_window(qtbot, tmp_path, [PAGE])
        db = window.session.store.path
        replace_on_disk(db, other)
        art = window.articles.ids()[0]
        window.session.apply("title", edits.set_article_field, art, "title", "替换后编辑")
        assert len(warned) == 1 and str(db) in warned[0] and CHINESE.search(warned[0].replace(str(db), "")), warned
        assert "替换后编辑" not in titles(db)
        window.session.store.close()
    finally:
        for t in translators:
            app.removeTranslator(t)


# ---- #36 / #37: '#', '?' and '%' in a database path ----

ODD_NAMES = ["a#b.sqlite3", "c?mode=rw.sqlite3", "d%41.sqlite3", "e[1]*.sqlite3"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_rows36_37_odd_characters_in_the_path_open_check_and_back_up(tmp_path: Path, name: str) -> None:
    """#36/#37: doctor checks the file itself, opening makes a real backup, nothing stray appears beside it."""
    db = make_db(tmp_path / name)
    doctor = run_cli("doctor", "--db", str(db))
    assert doctor.returncode == 0 and doctor.stdout.strip().endswith(f"{db}: ok"), doctor.stdout + doctor.stderr
    assert "files 1," in doctor.stdout
    stats = run_cli("stats", "--db", str(db))
    assert stats.returncode == 0 and stats.stderr == "", stats.stderr
    assert [b.reason for b in list_backups(db)] == ["on-open"]
    assert titles(list_backups(db)[0].path) == titles(db)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(name)) == []
    with Store(db, readonly=True) as store:
        assert store.db.execute_sql("SELECT COUNT(*) FROM sourcefile").fetchone()[0] == 1


# ---- #40: doctor on a database with a foreign -wal ----

def test_row40_doctor_names_a_foreign_wal_and_leaves_both_files_alone(tmp_path: Path) -> None:
    """#40: the -wal of another database beside ours: doctor blames the -wal, not the healthy main file."""
    mine = make_db(tmp_path / "mine.sqlite3")
    other = make_db(tmp_path / "other.sqlite3", OTHER_PAGE)
    with Store(other, backups=False) as store:
        import_paths(store, [SEEDS / "002_4a1bb4f78707ee57.txt", SEEDS / "000_fe75734c17ad953c.txt"], workers=1)
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    writer = ("import sqlite3, shutil, sys, os\n"
              "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=wal')\n"
              "c.execute('PRAGMA wal_autocheckpoint=0'); c.execute(\"UPDATE article SET title='OTHER'\")\n"
              "c.commit(); shutil.copy(sys.argv[1] + '-wal', sys.argv[2] + '-wal'); os._exit(0)\n")
    subprocess.run([sys.executable, "-c", writer, str(other), str(mine)], check=True)
    wal = tmp_path / "mine.sqlite3-wal"
    before = (hashlib.sha256(mine.read_bytes()).hexdigest(), hashlib.sha256(wal.read_bytes()).hexdigest())
    out = run_cli("doctor", "--db", str(mine))
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert "mine.sqlite3-wal" in text and "does not belong" in text and "move" in text, text
    assert "mine.sqlite3 is damaged" not in text and "integrity" not in text, text
    assert "files 1," in out.stdout, text  # the main file itself was checked, as it is without the -wal
    assert (hashlib.sha256(mine.read_bytes()).hexdigest(), hashlib.sha256(wal.read_bytes()).hexdigest()) == before
    assert list_backups(mine) == []  # doctor writes nothing


# ---- #42: the disk fills up in the middle of a folder import ----

@pytest.fixture
def disk_4m(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs: a disk an import can really fill."""
    yield from tmpfs(tmp_path, "4m")


def test_row42_a_disk_filling_during_an_import_says_what_was_imported_and_what_not(tmp_path: Path,
                                                                                  disk_4m: Path) -> None:
    """#42: the import stops at the first file it cannot write, names it and why, and prints the summary."""
    db = make_db(disk_4m / "db.sqlite3")
    pages = tmp_path / "pages"
    pages.mkdir()
    text = OTHER_PAGE.read_text(encoding="utf-8")
    for k in range(40):
        (pages / f"page-{k:02d}.txt").write_text(f"第{k}号测试版面。\n\n" + text * 3, encoding="utf-8")
    out = run_cli("import", str(pages), "--db", str(db), "--workers", "2", timeout=300)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "nothing of this change was saved" not in out.stderr
    refused = [line for line in out.stderr.splitlines() if line.startswith("refused: ")]
    assert len(refused) == 1 and "full" in refused[0] and str(db) in refused[0], out.stderr
    name = refused[0].split(": ")[1]
    summary = re.match(r"(\d+) imported \(\d+ articles\), 0 already there, 1 refused, (\d+) not tried",
                       out.stdout.strip())
    assert summary, out.stdout
    imported, not_tried = int(summary[1]), int(summary[2])
    assert imported >= 1 and imported + 1 + not_tried == 40
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sourcefile")}
    finally:
        con.close()
    assert len(names) == 1 + imported and name not in names


# ---- #50 / #51 / #52: a truncated backup is never trusted ----

def plant_truncated_backup(db: Path) -> tuple[Path, Path]:
    """A complete backup, and a newer one cut to 60 % (its header intact); returns (good, truncated)."""
    good = make_backup(db, "manual")
    cut = backup_dir(db) / f"{db.stem}-20991231-235959-000000-on-open.sqlite3"
    data = good.read_bytes()
    cut.write_bytes(data[: len(data) * 6 // 10])
    return good, cut


def test_rows50_51_a_truncated_backup_is_not_listed_named_nor_trusted(tmp_path: Path) -> None:
    """#50/#51: doctor lists it as damaged, the damaged-database message names the complete one."""
    db = make_db(tmp_path / "bk.sqlite3")
    good, cut = plant_truncated_backup(db)
    assert [b.path for b in list_backups(db)] == [good]
    assert newest_backup_time(db) == good.stat().st_mtime
    doctor = run_cli("doctor", "--db", str(db))
    assert good.name in doctor.stdout, doctor.stdout
    listed = [line for line in doctor.stdout.splitlines() if line.startswith("  ")]
    assert all(cut.name not in line for line in listed), doctor.stdout
    assert doctor.returncode == 1 and re.search(rf"problem: .*{re.escape(cut.name)}.*damaged", doctor.stdout)
    db.write_bytes(db.read_bytes()[:10000])  # now the database itself is cut short
    out = run_cli("stats", "--db", str(db))
    assert out.returncode == 2 and good.name in out.stderr and cut.name not in out.stderr, out.stderr


def test_row52_restoring_the_newest_falls_back_to_the_next_complete_backup(tmp_path: Path) -> None:
    """#52: of two complete backups the newer is cut short before the restore: the older one is put in place."""
    from jmreview.store.restore import replace_with_newest

    db = make_db(tmp_path / "two.sqlite3")
    older = make_backup(db, "manual")
    newer = make_backup(db, "before-import")
    assert [b.path for b in list_backups(db)] == [newer, older]
    newer.write_bytes(newer.read_bytes()[:30000])
    db.write_bytes(db.read_bytes()[:10000])
    assert replace_with_newest(db) == older
    assert titles(db) == titles(older) and len(titles(db)) == 7


def test_row52_the_window_restores_the_newest_complete_backup(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """#52: "restore the newest backup" skips the truncated one and the window opens on the complete one."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmreview.gui.app import open_window

    db = make_db(tmp_path / "hurt.sqlite3")
    good, cut = plant_truncated_backup(db)
    db.write_bytes(db.read_bytes()[:10000])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda self: next(b for b in self.buttons() if b.text() == "Restore the newest backup"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window = open_window(db, QApplication.instance(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                         ask=False)
    assert window is not None, shown
    qtbot.addWidget(window)
    assert len(shown) == 2 and good.name in shown[0] and cut.name not in shown[0], shown
    assert good.name in shown[1] and ".bad" in shown[1], shown   # what it was put back from, where the rest is
    assert len(window.files.ids()) == 1 and titles(db) == titles(good)
    window.session.store.close()


def test_row52_a_failed_restore_in_the_window_keeps_it_open_with_a_chinese_message(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                                  monkeypatch) -> None:
    """#52: File → Restore a backup on a backup that is cut short meanwhile: a Chinese message, window kept."""
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from jmreview.gui.app import install_translations

    from ..gui.conftest import open_window

    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    try:
        window = open_window(qtbot, tmp_path, [PAGE])
        db = window.session.store.path
        backup = make_backup(db, "manual")
        before = titles(db)

        def choose(*args, **kwargs):  # type: ignore[no-untyped-def]
            backup.write_bytes(backup.read_bytes()[:20000])  # damaged between the list and the restore
            return args[3][0], True

        monkeypatch.setattr(QInputDialog, "getItem", choose)
        said: list[str] = []
        monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
        window.restore_backup()
        assert len(said) == 1 and backup.name in said[0] and CHINESE.search(said[0].replace(str(db), "")), said
        assert window.isVisible() and not window.session.store.db.is_closed()
        assert titles(db) == before
        window.session.store.close()
    finally:
        for t in translators:
            app.removeTranslator(t)


# ---- report row #5: two articles of one file at the same reading order ----

def test_row5_doctor_reports_two_articles_at_one_reading_order(tmp_path: Path) -> None:
    """Row #5: a stale apply left two articles at reading order 5; doctor must say so."""
    db = make_db(tmp_path / "order.sqlite3")
    con = sqlite3.connect(db)
    with con:
        ids = [r[0] for r in con.execute("SELECT id FROM article ORDER BY reading_order")]
        con.execute("UPDATE article SET reading_order = (SELECT reading_order FROM article WHERE id = ?) "
                    "WHERE id = ?", (ids[4], ids[1]))
    con.close()
    out = run_cli("doctor", "--db", str(db))
    assert out.returncode == 1, out.stdout
    assert re.search(rf"problem: .*{re.escape(PAGE.name)}.*reading order", out.stdout), out.stdout


def test_a_healthy_database_still_passes_doctor(tmp_path: Path) -> None:
    """The new checks do not flag a freshly imported database."""
    db = make_db(tmp_path / "fine.sqlite3")
    shutil.copy(db, tmp_path / "copy.sqlite3")
    out = run_cli("doctor", "--db", str(db))
    assert out.returncode == 0, out.stdout
