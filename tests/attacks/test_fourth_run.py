"""Issue 10, fourth adversarial run: what it broke, each as a test with real processes and real files."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jmreview.store import edits
from jmreview.store.changes import EditConflict
from jmreview.store.database import Store
from jmreview.store.models import Article
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]
PAGE = SEEDS / "001_69ca20e02664ffc6.txt"


def cli(*args: str, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        import_paths(store, [PAGE], workers=1)
    return path


def _other_writer_holds_the_lock(db: Path, started: threading.Event) -> None:
    """Another program changes article 1 inside a transaction it holds for a second, then commits."""
    con = sqlite3.connect(db, timeout=10, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE article SET title = '另一程序的标题', version = version + 1 WHERE id = 1")
    started.set()
    time.sleep(1.0)
    con.execute("COMMIT")
    con.close()


@pytest.mark.parametrize("what", ["title", "status"])
def test_b1_b2_an_edit_that_waited_for_the_lock_is_checked_against_what_was_committed_meanwhile(
        db: Path, what: str) -> None:
    """B1/B2: the version an editor saw is checked once the write lock is held; the other writer's change stays."""
    with Store(db) as store:
        seen = Article.get_by_id(1).version
        started = threading.Event()
        other = threading.Thread(target=_other_writer_holds_the_lock, args=(db, started))
        other.start()
        started.wait(5)
        with pytest.raises(EditConflict):
            if what == "title":
                edits.set_article_field(store, "甲", 1, "title", "窗口里的标题", expected_version=seen)
            else:
                edits.set_status(store, "甲", 1, "reviewed", expected_version=seen)
        other.join()
        art = Article.get_by_id(1)
        assert art.title == "另一程序的标题" and art.status == "auto" and art.version == seen + 1


def test_b4_a_re_run_does_not_credit_a_byline_a_person_moved_away(db: Path) -> None:
    """B4: a byline line moved by hand to the next article; re-running automation redoes the first article from
    the lines it still has — it does not credit the moved reporters again."""
    from jmreview.store.models import Block, SourceFile
    from jmreview.workflows.automation import rerun_file

    with Store(db) as store:
        bylines = list(Block.select().where((Block.role == "byline") & (Block.article == 1)).order_by(Block.line))
        credited = Article.get_by_id(1).reporters
        assert bylines and credited
        second = Article.select().where((Article.file == Article.get_by_id(1).file_id)
                                        & (Article.reading_order == 1)).get()
        edits.move_blocks(store, "甲", [b.id for b in bylines], second.id)
        rerun_file(store, SourceFile.get_by_id(Article.get_by_id(second.id).file_id))
        holders = [a for a in Article.select() if set(credited) & set(a.reporters)]
        assert [a.id for a in holders] == [second.id], [(a.id, a.title, a.reporters) for a in holders]


def test_b11_opening_an_unchanged_database_makes_no_backup_so_the_useful_ones_are_kept(db: Path) -> None:
    """B11: ten `stats` on an unchanged database add no backup; the before-change backup of the day survives."""
    from jmreview.store.backup import list_backups

    with Store(db) as store:
        edits.set_article_field(store, "甲", 1, "title", "改过的标题")
        store.backup("before-import-json")
    for _ in range(11):
        assert cli("stats", "--db", str(db)).returncode == 0
    reasons = [b.reason for b in list_backups(db)]
    assert "before-import-json" in reasons and reasons.count("on-open") <= 1, reasons
    with Store(db) as store:
        edits.set_article_field(store, "甲", 1, "title", "又改过的标题")
    assert cli("stats", "--db", str(db)).returncode == 0   # a change since the newest backup: one more
    assert [b.reason for b in list_backups(db)].count("on-open") == reasons.count("on-open") + 1


@pytest.mark.parametrize("kind", ["fifo", "device", "loop"])
def test_b15_b16_b17_a_database_path_that_is_no_regular_file_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    """B15-B17: --db a FIFO (which blocked forever), a device (called 'an empty file') or a loop of links (a
    traceback): one clear line, at once."""
    import os

    path = tmp_path / "x.sqlite3"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/null")
    else:
        path.symlink_to(tmp_path / "y.sqlite3")
        (tmp_path / "y.sqlite3").symlink_to(path)
    out = cli("stats", "--db", str(path), timeout=20)
    assert out.returncode == 2, (out.returncode, out.stderr)
    line = out.stderr.strip()
    assert len(line.splitlines()) == 1 and "x.sqlite3" in line and "unexpected" not in line, line
    assert {"fifo": "FIFO", "device": "device", "loop": "symbolic links"}[kind] in line, line


def test_b21_a_file_where_the_backups_folder_should_be_opens_read_only_and_says_so(db: Path) -> None:
    """B21: db.sqlite3.backups is a file: stats works (read-only) and the warning names the file and what to do."""
    folder = db.with_name(db.name + ".backups")
    if folder.exists():
        import shutil
        shutil.rmtree(folder)
    folder.write_text("x", encoding="utf-8")
    out = cli("stats", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "read-only" in out.stderr and "db.sqlite3.backups" in out.stderr and "partial" not in out.stderr


def test_b24_a_number_of_thousands_of_digits_is_refused_in_one_line(tmp_path: Path) -> None:
    """B24: a corpus file with a 5,000-digit version: refused naming the file, no Python wording."""
    path = tmp_path / "huge_int.json"
    path.write_text('{"format": "jmreview-corpus", "version": ' + "9" * 5000 + ', "files": []}', encoding="utf-8")
    out = cli("import-json", str(path), "--db", str(tmp_path / "new.sqlite3"))
    assert out.returncode == 2 and "huge_int.json" in out.stderr and "unexpected" not in out.stderr, out.stderr
    assert "set_int_max_str_digits" not in out.stderr


def _running(pid: int) -> bool:
    """True while a process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_b26_kill_9_of_an_import_leaves_no_worker_process_behind(tmp_path: Path) -> None:
    """B26: the worker processes of `import --workers 2` end with their parent when it is killed with -9."""
    import os
    import signal

    folder = tmp_path / "many"
    folder.mkdir()
    text = PAGE.read_text(encoding="utf-8")
    for n in range(120):
        (folder / f"p{n:03d}.txt").write_text(text + f"\n第{n}号\n", encoding="utf-8")
    proc = subprocess.Popen([*RUN, "import", str(folder), "--workers", "2", "--db", str(tmp_path / "k.sqlite3")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def children() -> list[int]:
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == proc.pid:
                    found.append(int(entry.name))
        return found

    deadline = time.monotonic() + 60
    while len(children()) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    workers = children()
    assert len(workers) >= 2, "the import finished before its workers were seen"
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [w for w in workers if _running(w)]
    for w in alive:
        os.kill(w, signal.SIGKILL)
    assert not alive, f"{len(alive)} workers outlived their killed parent"


def test_b36_an_undo_entry_from_before_a_restore_never_undoes_another_edit(db: Path) -> None:
    """B36: after a restore the log numbers again; the window's old undo entry (log 1) must not undo the new edit 1
    made since, and 'already undone' is a coded refusal."""
    from jmreview.store.backup import list_backups, make_backup
    from jmreview.store.changes import logged_at, undo
    from jmreview.store.restore import restore_backup

    with Store(db) as store:
        make_backup(db, "manual")
        first = edits.set_article_field(store, "甲", 1, "title", "甲改的标题")
        seen_at = logged_at(first)
    restore_backup(list_backups(db)[-1].path, db)   # the backup made before the edit: the log is empty again
    with Store(db) as store:
        again = edits.set_article_field(store, "乙", 2, "title", "乙改的标题")
        assert again == first   # the same number, another edit
        with pytest.raises(EditConflict) as refused:
            undo(store, first, "甲", seen_at)
        assert refused.value.code == "undo_gone"
        assert Article.get_by_id(2).title == "乙改的标题"
        undo(store, again, "乙", logged_at(again))
        with pytest.raises(EditConflict) as twice:
            undo(store, again, "乙", logged_at(again))
        assert twice.value.code == "already_undone"


def test_b38_applying_a_file_identical_to_the_database_changes_nothing(db: Path, tmp_path: Path) -> None:
    """B38: import-json of an export of this very database: nothing applied, no version goes up, nothing logged;
    one changed article is the only one counted."""
    import json

    from jmreview.store.models import EditLog

    path = tmp_path / "same.json"
    assert cli("export", "--with-source", "-o", str(path), "--db", str(db)).returncode == 0
    out = cli("import-json", str(path), "--db", str(db))
    assert out.returncode == 0 and "applied 0 articles" in out.stdout, out.stdout + out.stderr
    with Store(db):
        assert {a.version for a in Article.select()} == {1} and EditLog.select().count() == 0
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["files"][0]["articles"][0]["title"] = "文件里的新标题"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = cli("import-json", str(path), "--db", str(db))
    assert "applied 1 articles" in out.stdout, out.stdout
    with Store(db):
        assert sorted(a.version for a in Article.select())[-2:] == [1, 2]
