"""Issue 10, store part: opening, backing up and restoring a database without ever losing it.

A full disk is a small tmpfs (root and mount needed; skipped otherwise) or, where that cannot
be had, a file-size limit (RLIMIT_FSIZE) in a subprocess; a read-only disk is a tmpfs remounted
read-only, an unwritable folder a read-only bind mount. Everything else is real files and
real processes.
"""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from jmreview.errors import StoreError
from jmreview.store import edits
from jmreview.store.backup import backup_dir, list_backups, make_backup
from jmreview.store.database import Store
from jmreview.store.lineage import LINEAGE
from jmreview.store.models import Article
from jmreview.store.replay_check import count_write
from jmreview.store.restore import restore_backup
from jmreview.workflows.importer import import_paths

from ..conftest import ROOT, SEEDS

PAGE = SEEDS / "001_69ca20e02664ffc6.txt"
OTHER_PAGE = SEEDS / "003_4221d1719c757f4b.txt"


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real `jmreview` command in a fresh process."""
    return subprocess.run([sys.executable, "-m", "jmreview.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def make_db(path: Path, page: Path = PAGE) -> Path:
    """A database with one page imported, its WAL folded into the main file."""
    with Store(path, backups=False) as store:
        import_paths(store, [page], workers=1)
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def titles(path: Path) -> list[str]:
    """The article titles of a database file, read with plain sqlite3."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT title FROM article ORDER BY id")]
    finally:
        con.close()


def mount(*args: str) -> bool:
    """Run mount; True when it worked (root and a kernel that lets us)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def tmpfs(tmp_path: Path, size: str) -> Iterator[Path]:
    """A small tmpfs mounted for one test: a disk that can really be filled up (skipped without root)."""
    where = tmp_path / "disk"
    where.mkdir()
    if not mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)):
        pytest.skip("a full disk is simulated with a small tmpfs, which needs root and mount")
    yield where
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs."""
    yield from tmpfs(tmp_path, "3m")


def fill(disk: Path, leave: int) -> None:
    """Fill the disk up, leaving about `leave` bytes free."""
    free = shutil.disk_usage(disk).free
    with (disk / "filler").open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))


def files_in(folder: Path) -> list[tuple[str, int]]:
    """Every file of a folder with its size."""
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir()) if folder.exists() else []


# ---- item 5: a 0-byte or half-written backup is never offered, and restoring one refuses ----

def test_item5_a_backup_on_a_full_disk_fails_cleanly_and_is_never_listed(small_disk: Path) -> None:
    """item 5: a backup that cannot be written leaves no file behind, and nothing is listed."""
    db = make_db(small_disk / "full.sqlite3")
    fill(small_disk, 60_000)
    with pytest.raises(StoreError, match="full.sqlite3"):
        make_backup(db, "before-restore")
    assert files_in(backup_dir(db)) == []
    assert list_backups(db) == []


def test_item5_a_zero_byte_or_half_written_backup_is_not_offered_nor_restored(tmp_path: Path) -> None:
    """item 5 (and 15, kill -9 during a backup): unusable backups are not listed; restoring one is refused."""
    db = make_db(tmp_path / "z.sqlite3")
    good = make_backup(db, "manual")
    folder = backup_dir(db)
    empty = folder / "z-29990101-000000-000000-before-restore.sqlite3"  # the newest, and 0 bytes
    empty.touch()
    half = folder / "z-29990101-000001-000000-on-open.sqlite3"  # a kill -9 during the backup API's copy
    half.write_bytes(good.read_bytes()[:8192])
    Path(str(half) + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
    assert [b.path for b in list_backups(db)] == [good]
    before = titles(db)
    for bad in (empty, half):
        with pytest.raises(StoreError, match=bad.name):
            restore_backup(bad, db)
    assert titles(db) == before and len(before) == 7


def test_item15_kill_9_during_backups_never_leaves_a_listed_unusable_one(tmp_path: Path) -> None:
    """item 15: kill -9 in the middle of backups; every backup listed afterwards is complete and restorable."""
    db = make_db(tmp_path / "k.sqlite3")
    with Store(db, backups=False) as store:
        import_paths(store, [OTHER_PAGE, SEEDS / "002_4a1bb4f78707ee57.txt"], workers=1)
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    loop = ("import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path\n"
            "from jmreview.store.backup import make_backup\n"
            "print('ready', flush=True)\n"
            "while True: make_backup(Path(sys.argv[2]), 'on-open')\n")
    for pause in (0.15, 0.3, 0.45):
        proc = subprocess.Popen([sys.executable, "-c", loop, str(ROOT), str(db)], stdout=subprocess.PIPE)
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(pause)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    listed = list_backups(db)
    assert listed
    for b in listed:
        assert not Path(str(b.path) + "-journal").exists()
        con = sqlite3.connect(f"file:{b.path}?mode=ro", uri=True)
        assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        if b.reason == "on-open":   # (the import's own backup, of the state before it, is kept too)
            assert con.execute("SELECT COUNT(*) FROM sourcefile").fetchone()[0] == 3
        con.close()
    restore_backup(listed[0].path, db)
    assert len(titles(db)) > 7


# ---- item 9: a -wal (or -journal) beside a database never rewrites it before a verified backup ----

def foreign_wal(tmp_path: Path) -> Path:
    """The -wal of another database, holding two committed transactions nobody checkpointed."""
    other = make_db(tmp_path / "other.sqlite3", OTHER_PAGE)
    con = sqlite3.connect(other)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE article SET title = title || '（外来）'")
    con.commit()
    con.execute("DELETE FROM entity")
    con.commit()
    wal = tmp_path / "other.wal"
    shutil.copy(str(other) + "-wal", wal)
    con.close()
    return wal


def test_item9_a_foreign_wal_is_refused_and_the_database_left_untouched(tmp_path: Path) -> None:
    """item 9: a -wal that belongs to another database is not merged; the file is left as it was."""
    db = make_db(tmp_path / "mine.sqlite3")
    wal = Path(str(db) + "-wal")
    shutil.copy(foreign_wal(tmp_path), wal)
    data, wal_data = db.read_bytes(), wal.read_bytes()
    with pytest.raises(StoreError, match="mine.sqlite3-wal") as caught:
        Store(db)
    assert "\n" not in str(caught.value) and "restore" in str(caught.value)
    assert db.read_bytes() == data and wal.read_bytes() == wal_data  # nothing rewritten, nothing deleted
    assert list_backups(db) == []
    out = run_cli("stats", "--db", str(db))
    assert out.returncode == 2 and "mine.sqlite3-wal" in out.stderr and "unexpected" not in out.stderr
    assert db.read_bytes() == data
    wal.rename(tmp_path / "set-aside.wal")  # the way forward the message gives
    with Store(db) as store:
        assert Article.select().count() == 7 and not any("外来" in t for t in titles(db))
        assert store.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_item9_a_wal_left_by_a_killed_window_is_backed_up_before_it_is_merged(tmp_path: Path) -> None:
    """item 9: the database's own -wal after a kill -9 is merged, but only after a verified backup of it."""
    db = make_db(tmp_path / "crash.sqlite3")
    writer = ("import sqlite3, sys, time\n"   # a window's write: counted in the header, as every jmreview write is
              "from jmreview.store.replay_check import count_write\n"
              "con = sqlite3.connect(sys.argv[1]); con.execute('PRAGMA wal_autocheckpoint = 0')\n"
              "con.execute(\"UPDATE article SET title = '杀掉之前' WHERE id = 1\"); count_write(con); con.commit()\n"
              "print('done', flush=True); time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", writer, str(db)], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"done"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert Path(str(db) + "-wal").stat().st_size > 0
    with Store(db):
        assert Article.get_by_id(1).title == "杀掉之前"
    backups = list_backups(db)
    assert [b.reason for b in backups] == ["before-recovery"]
    assert titles(backups[0].path)[0] == "杀掉之前"
    assert not Path(str(backups[0].path) + "-wal").exists()


# ---- items 14 and 15: a truncated database points at its backups, in the window and on the CLI ----

def truncated(db: Path) -> Path:
    """A database with a good backup, then cut to half its length (a copy interrupted)."""
    make_db(db)
    make_backup(db, "manual")
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    return db


def test_item15_a_truncated_database_on_the_cli_names_its_backup(tmp_path: Path) -> None:
    """item 15: the CLI on a truncated database says it is damaged and where its backup is."""
    db = truncated(tmp_path / "cut.sqlite3")
    backup = list_backups(db)[0].path
    for command in ("stats", "doctor"):
        out = run_cli(command, "--db", str(db))
        assert out.returncode == 2, out.stderr
        assert out.stderr.count("\n") == 1 and "unexpected" not in out.stderr
        assert str(db) in out.stderr and backup.name in out.stderr and "damaged" in out.stderr


def test_item14_the_window_on_a_truncated_database_offers_its_backup(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch) -> None:
    """item 14: the window on a truncated database shows the damaged-database dialog and restores."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmreview.gui.app import open_window

    db = truncated(tmp_path / "cut.sqlite3")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: self.buttons()[0])  # restore the newest
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(db, QApplication.instance(), settings, ask=False)
    assert len(shown) == 2 and "cut.sqlite3" in shown[0] and ".bad" in shown[1], shown   # then where the rest is
    assert window is not None
    qtbot.addWidget(window)
    assert len(window.files.ids()) == 1 and Article.select().count() == 7
    assert any(p.name.endswith(".bad") for p in backup_dir(db).iterdir())  # the damaged bytes are kept
    window.session.store.close()


# ---- item 15: restore on a nearly full disk keeps the window and the database ----

def test_item15_restore_on_a_nearly_full_disk_keeps_the_window(qtbot, small_disk: Path,  # type: ignore[no-untyped-def]
                                                               monkeypatch) -> None:
    """item 15: a restore that cannot back up what it replaces says so; the window and the database stay."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from jmreview.gui.app import reopen
    from jmreview.gui.main_window import MainWindow
    from jmreview.gui.session import Session

    db = make_db(small_disk / "near.sqlite3")
    make_backup(db, "manual")
    store = Store(db)
    window = MainWindow(Session(store, "测试编辑"), QSettings(str(small_disk / "s.ini"), QSettings.Format.IniFormat),
                        reopen)
    qtbot.addWidget(window)
    window.show()
    edits.set_article_field(store, "甲", 1, "title", "备份之后的修改")
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    fill(small_disk, 60_000)
    said: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    window.restore_backup()
    assert len(said) == 1 and "near.sqlite3" in said[0] and "full" in said[0]
    assert window.isVisible() and not store.db.is_closed()
    assert Article.get_by_id(1).title == "备份之后的修改"
    assert [size for name, size in files_in(backup_dir(db)) if name != LINEAGE] == \
        [list_backups(db)[0].path.stat().st_size]   # no half-written safety copy left (the folder's note aside)
    store.close()


# ---- item 16: full disk, read-only disk, unwritable backups, a lock, messages that name the file ----

def test_item16_a_database_on_a_full_disk_opens_with_a_warning(small_disk: Path, tmp_path: Path) -> None:
    """item 16: the on-open backup fails on a full disk; the database opens anyway and can be exported elsewhere."""
    from jmreview.exchange.export_json import export_json

    db = make_db(small_disk / "full.sqlite3")
    fill(small_disk, 100_000)
    for _ in range(2):
        with Store(db) as store:
            assert any("full.sqlite3" in w and "full" in w for w in store.warnings), store.warnings
            assert export_json(tmp_path / "elsewhere.json") == 7
    assert files_in(backup_dir(db)) == []  # no 0-byte backup left by either try
    out = run_cli("stats", "--db", str(db))
    assert out.returncode == 0 and "warning" in out.stderr and str(db) in out.stderr
    assert files_in(backup_dir(db)) == []


def test_item16_a_file_size_limit_is_a_full_disk_too(tmp_path: Path) -> None:
    """item 16 (without root): under RLIMIT_FSIZE the on-open backup fails, the database still opens, nothing is left."""
    db = make_db(tmp_path / "limit.sqlite3")
    script = ("import resource, sys; sys.path.insert(0, sys.argv[1])\n"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (120_000, 120_000))\n"
              "from jmreview.store.database import Store\n"
              "with Store(sys.argv[2]) as s: print(len(s.warnings), s.readonly)\n")
    out = subprocess.run([sys.executable, "-c", script, str(ROOT), str(db)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "False"]
    assert files_in(backup_dir(db)) == []


def test_item16_a_read_only_disk_opens_read_only(small_disk: Path) -> None:
    """item 16: a database on a read-only mount opens read-only, as the README promises."""
    db = make_db(small_disk / "ro.sqlite3")
    if not mount("-o", "remount,ro", str(small_disk)):
        pytest.skip("this kernel does not let a tmpfs be remounted read-only")
    with Store(db) as store:
        assert store.readonly and Article.select().count() == 7
    out = run_cli("stats", "--db", str(db))
    assert out.returncode == 0 and "files 1" in out.stdout, out.stderr


def test_item16_an_unwritable_backups_folder_opens_read_only(tmp_path: Path) -> None:
    """item 16: a database whose backups folder cannot be written opens read-only and says why."""
    db = make_db(tmp_path / "nb.sqlite3")
    folder = backup_dir(db)
    folder.mkdir(exist_ok=True)   # a long job (the import) already made it, to hold its lock on it
    if not (mount("--bind", str(folder), str(folder)) and mount("-o", "remount,ro,bind", str(folder))):
        subprocess.run(["umount", str(folder)], capture_output=True)
        pytest.skip("a read-only folder needs a read-only bind mount (root ignores chmod)")
    try:
        with Store(db) as store:
            assert store.readonly and Article.select().count() == 7
            assert any(str(folder) in w for w in store.warnings)
        out = run_cli("stats", "--db", str(db))
        assert out.returncode == 0 and str(folder) in out.stderr, out.stderr
        assert "copy the database to a folder of your own" in out.stderr   # run 22 A57: what to do, said
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


def test_item16_a_lock_held_by_another_program_is_said_in_chinese_at_once(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                           monkeypatch) -> None:
    """item 16: a database another program holds locked: the window says so in Chinese, without a 10 s freeze."""
    import re

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmreview.gui.app import install_translations, open_window

    db = make_db(tmp_path / "locked.sqlite3")
    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    holder = ("import sqlite3, sys, time\n"
              "con = sqlite3.connect(sys.argv[1], isolation_level=None); con.execute('BEGIN IMMEDIATE')\n"
              "print('locked', flush=True); time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", holder, str(db)], stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"locked"
        monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
        window = open_window(db, app, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), ask=False)
        assert window is not None
        qtbot.addWidget(window)
        said: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
        start = time.monotonic()
        window.session.apply("x", edits.set_status, 1, "reviewed")
        assert time.monotonic() - start < 4
        assert len(said) == 1 and "locked.sqlite3" in said[0]
        assert re.search(r"[\u4e00-\u9fff]", said[0]) and "locked" not in said[0].replace("locked.sqlite3", "")
        window.session.store.close()
    finally:
        proc.kill()
        proc.wait()
        for t in translators:
            app.removeTranslator(t)


def test_item16_cli_messages_name_the_file(small_disk: Path, tmp_path: Path) -> None:
    """item 16: a full disk and a closed pipe are reported with the file's name, never `jmreview: : …`."""
    db = make_db(tmp_path / "named.sqlite3")
    fill(small_disk, 20_000)
    target = small_disk / "corpus.json"
    out = run_cli("export", "--db", str(db), "--format", "json", "--with-source", "--output", str(target))
    assert out.returncode == 2 and f"jmreview: {target}: " in out.stderr and ": :" not in out.stderr
    proc = subprocess.Popen([sys.executable, "-m", "jmreview.cli", "evaluate", "--gold", str(ROOT / "tests/data/gold"),
                             "--json", "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before anything is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 2
    assert err.strip() == "jmreview: standard output: closed before everything was written (broken pipe)", err


def test_item14_a_damaged_database_without_backup_opens_read_only(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch) -> None:
    """item 14: with no backup, the dialog's other way forward (open read-only to export) really opens it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmreview.gui.app import open_window

    db = make_db(tmp_path / "hurt.sqlite3")
    con = sqlite3.connect(db)
    root, size = con.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'editlog'"
                             ).fetchone()[0], con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * size:root * size] = b"\x5a" * size  # the edit log's root page overwritten
    db.write_bytes(bytes(data))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda self: next(b for b in self.buttons() if b.text() == "Open read-only"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window = open_window(db, QApplication.instance(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                         ask=False)
    assert len(shown) == 1 and "no backup" in shown[0], shown
    assert window is not None
    qtbot.addWidget(window)
    assert window.session.store.readonly and len(window.files.ids()) == 1
    assert db.read_bytes() == bytes(data)
    window.session.store.close()


def test_a_database_too_damaged_to_read_read_only_says_so_and_opens_nothing(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                             monkeypatch) -> None:
    """Window walk-through: 'open read-only' on a file cut at 10 kB ends in a clear message, not a crash."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmreview.gui.app import open_window

    db = make_db(tmp_path / "cut.sqlite3")
    db.write_bytes(db.read_bytes()[:10000])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda self: next(b for b in self.buttons() if b.text() == "Open read-only"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window = open_window(db, QApplication.instance(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                         ask=False)
    assert window is None
    assert len(shown) == 2 and "cut.sqlite3" in shown[1] and "too damaged" in shown[1], shown
    assert db.stat().st_size == 10000


def test_run3_58_a_database_on_a_disk_with_no_byte_free_opens_read_only_and_says_the_disk_is_full(
        small_disk: Path, tmp_path: Path) -> None:
    """run 3 #58: with no -wal and not a byte free, the database opens read-only (export elsewhere works), the
    warning says the disk is full, and no companion file is left behind."""
    from jmreview.exchange.export_json import export_json

    db = make_db(small_disk / "full.sqlite3")
    fill(small_disk, 0)
    while True:   # the last few blocks too: not a byte is left
        try:
            with (small_disk / "crumbs").open("ab") as fh:
                fh.write(b"\0" * 512)
        except OSError:
            break
    before = sorted(p.name for p in small_disk.iterdir())
    with Store(db) as store:
        assert store.readonly
        assert any("full.sqlite3" in w and "full" in w for w in store.warnings), store.warnings
        assert export_json(tmp_path / "elsewhere.json") == 7
    assert sorted(p.name for p in small_disk.iterdir()) == before
    out = run_cli("doctor", "--db", str(db))
    assert "disk I/O" not in out.stdout + out.stderr and "full" in out.stdout + out.stderr, out.stdout + out.stderr


def test_r15a_9_unsaved_changes_on_a_read_only_disk_without_shm_are_named(small_disk: Path) -> None:
    """Run 15 A#9: a writer's -wal (killed before its checkpoint) on a disk remounted read-only, the -shm left
    behind by a copy tool: "unable to open database file", nothing more. Now what is wrong and what to do."""
    db = make_db(small_disk / "hot.sqlite3")
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE article SET title = title || '·' WHERE id = 1")
    count_write(con)   # a window's write, counted as every jmreview write is
    con.commit()
    held = small_disk.parent / "held.wal"
    shutil.copy(db.with_name(db.name + "-wal"), held)
    con.close()
    shutil.copy(held, db.with_name(db.name + "-wal"))
    db.with_name(db.name + "-shm").unlink(missing_ok=True)
    if not mount("-o", "remount,ro", str(small_disk)):
        pytest.skip("this kernel does not let a tmpfs be remounted read-only")
    with pytest.raises(StoreError, match="copy the whole folder to a writable disk"):
        Store(db)


def test_r16a_3_a_wal_that_cannot_be_checked_for_want_of_room_is_not_read_unchecked(
        tmp_path: Path, small_disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 16 A#3: run 15 A#7's stale -wal on a read-only file, TMPDIR too small for the check's copy: read replayed
    without a word. Now nothing is opened, and the folder without room is named."""
    import tempfile

    db = make_db(tmp_path / "s.sqlite3")
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE article SET title = title || '（旧会话）' WHERE id = 1")
    con.commit()
    shutil.copy(db.with_name(db.name + "-wal"), tmp_path / "old.wal")
    con.close()
    shutil.copy(tmp_path / "old.wal", db.with_name(db.name + "-wal"))
    folder = backup_dir(db)
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("a file where the backups folder should be")   # so the file opens read-only
    fill(small_disk, 50_000)
    monkeypatch.setattr(tempfile, "tempdir", str(small_disk))
    with pytest.raises(StoreError, match="could not be checked on a copy in") as refused:
        Store(db)
    assert str(small_disk) in str(refused.value)
