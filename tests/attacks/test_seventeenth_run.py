"""Issue 10, what run 16 left open and what run 17 found (classic ground): a page in UTF-16 without its mark,
`--replace` of a page kept in another folder, read-only writes that say why."""
from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from jmreview.exchange.ingest import decode_bytes
from jmreview.store.database import Store
from jmreview.store.models import SourceFile
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS
from .test_database_safety import make_db, mount, run_cli, tmpfs

PAGE = SEEDS / "001_69ca20e02664ffc6.txt"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (root and mount needed: skipped otherwise)."""
    yield from tmpfs(tmp_path, "3m")


def test_r16a_44_a_short_utf16_page_without_its_mark_holding_rare_characters_is_read(tmp_path: Path) -> None:
    """Run 16 A44: a short UTF-16LE page without a byte-order mark whose characters beyond U+FFFF put a NUL on the
    "wrong" side (𠀀 is D840 DC00) was called a binary file."""
    text = "江门日报讯（记者 陈岸明）\n第一段正文，内容很长。\n𠀀𪚥 四字节字\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_bytes("p.txt", text.encode(encoding)) == (text, encoding)
    page = tmp_path / "pages" / "u16.txt"
    page.parent.mkdir()
    page.write_bytes(text.encode("utf-16-le"))
    out = run_cli("import", str(page.parent), "--db", str(tmp_path / "x.sqlite3"))
    assert "1 imported" in out.stdout, out.stdout + out.stderr


def test_r16a_46_replace_of_a_page_kept_in_another_folder_says_so_and_adds_no_second_page(tmp_path: Path) -> None:
    """Run 16 A46: `import --replace corrected/P.txt` when P.txt was imported from seeds/: "1 imported", nothing
    replaced, the page twice in every export. --replace asks to replace a page: none of that folder exists, said."""
    db = tmp_path / "x.sqlite3"
    first = tmp_path / "seeds"
    first.mkdir()
    shutil.copy(PAGE, first / PAGE.name)
    with Store(db) as store:
        import_paths(store, [first / PAGE.name], workers=1)
    corrected = tmp_path / "corrected" / PAGE.name
    corrected.parent.mkdir()
    corrected.write_text(PAGE.read_text(encoding="utf-8") + "\n补充一行。\n", encoding="utf-8")

    out = run_cli("import", "--replace", str(corrected), "--db", str(db))

    said = out.stdout + out.stderr
    assert "0 imported" in said and "1 refused" in said, said
    assert "no page of its name comes from corrected/" in said and "come from seeds/" in said, said
    with Store(db):
        assert SourceFile.select().where(SourceFile.replaced_by.is_null()).count() == 1
    moved = first / PAGE.name   # put where the page came from, it replaces it
    shutil.copy(corrected, moved)
    out = run_cli("import", "--replace", str(moved), "--db", str(db))
    assert "1 imported" in out.stdout, out.stdout + out.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM sourcefile WHERE replaced_by IS NULL").fetchone() == (1,)
    corrected.write_text(PAGE.read_text(encoding="utf-8") + "\n次日的版面。\n", encoding="utf-8")
    plain = run_cli("import", str(corrected), "--db", str(db))   # without --replace: another page, as asked
    assert "1 imported" in plain.stdout, plain.stdout + plain.stderr


def test_r16a_43_a_write_on_a_read_only_disk_says_why_and_what_to_do(small_disk: Path) -> None:
    """Run 16 A43: every writing command on a database on a read-only mount said only "x.sqlite3 is open read-only:
    nothing can be changed" — not the reason (a read-only disk) nor what to do (copy it where it can be written)."""
    db = make_db(small_disk / "ro.sqlite3")
    if not mount("-o", "remount,ro", str(small_disk)):
        pytest.skip("this kernel does not let a tmpfs be remounted read-only")
    out = run_cli("link", "1", "2", "--db", str(db), "--editor", "甲")
    said = out.stdout + out.stderr
    assert out.returncode != 0 and "Traceback" not in said, said
    assert f"{db} is open read-only: the file cannot be written (a read-only file or disk)" in said, said
    assert "copy it to a folder you can write to" in said, said
    read = run_cli("stats", "--db", str(db))   # reading says nothing of it: only a refused change does
    assert read.returncode == 0 and read.stderr == "", read.stderr


def test_r16a_13_a_synced_in_backups_folder_of_another_database_on_a_machine_that_never_saw_mine(
        db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 16 A13: y's whole backups folder, its note too, synced over x's; on a machine (user) that never opened x,
    with no copy of the note in its data folder, y's backups were offered as x's and `replace_with_newest` put y's
    200 pages in place of x. The database itself says which backups are its own while it can be read; damaged, with
    backups of two databases beside it, none is offered."""
    from jmreview.errors import StoreError
    from jmreview.store.backup import list_backups, newest_backup
    from jmreview.store.database import DamagedDatabase
    from jmreview.store.restore import replace_with_newest

    from .test_fourteenth_run import synced_in

    x, own, synced = synced_in(db, tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "machine_b"))   # no copy of x's note here

    listed = [b.path for b in list_backups(x)]   # x can be read: it says which backups are its own
    assert own in listed and synced not in listed
    newest = newest_backup(x)
    assert newest is not None and newest.path == own
    with x.open("r+b") as fh:
        fh.truncate(8192)
    assert newest_backup(x) is None and list_backups(x) == []
    assert "holds backups of more than one database" in str(DamagedDatabase(x, "malformed"))
    with pytest.raises(StoreError):
        replace_with_newest(x)
    assert x.stat().st_size == 8192   # not replaced by y's corpus


def test_r17a_10_two_databases_sharing_one_backups_folder_each_keep_their_own_backups(
        db: Path, tmp_path: Path) -> None:
    """Run 17 A10: y.sqlite3.backups a link to x.sqlite3.backups (space saved, folders folded by a sync tool); both
    opened and corrected, x damaged: y's backup was offered as x's newest and restored over it (the user's copy of
    the note was kept per folder, so y's overwrote x's)."""
    from jmreview.store.backup import backup_dir, list_backups, newest_backup
    from jmreview.store.restore import replace_with_newest

    x, y = tmp_path / "x.sqlite3", tmp_path / "y.sqlite3"
    shutil.copy(db, x)
    with Store(x) as store:
        store.backup("manual")
    backup_dir(y).symlink_to(backup_dir(x).name)
    with Store(y) as store:
        import_paths(store, [SEEDS / "004_8fe30a7831068c4f.txt"], workers=1)
        store.backup("manual")
    assert {b.path.name[0] for b in list_backups(y)} == {"y"}
    with x.open("r+b") as fh:
        fh.truncate(8192)
    newest = newest_backup(x)
    assert newest is not None and newest.path.name.startswith("x-"), newest
    assert {b.path.name[0] for b in list_backups(x)} == {"x"}
    replace_with_newest(x)
    with Store(x):
        assert [f.name for f in SourceFile.select()] == ["003_4221d1719c757f4b.txt"]   # x's page, not y's


COLLEAGUE = """
import sys, time
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article
store = Store(sys.argv[1])
art = Article.select().order_by(Article.id).first()
set_article_field(store, "甲", art.id, "title", "同事会话中的标题")
print("saved", flush=True)
time.sleep(120)
"""


@contextmanager
def colleague_writing(db: Path) -> Iterator[None]:
    """A colleague's jmreview session, open after saving a title (its -wal live), for the block."""
    import subprocess
    import sys

    colleague = subprocess.Popen([sys.executable, "-c", COLLEAGUE, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert colleague.stdout is not None and colleague.stdout.readline().strip() == "saved"
        yield
    finally:
        colleague.kill()
        colleague.wait()


def test_r17a_11_a_colleagues_live_session_is_no_crash_to_back_up_or_refuse_over(db: Path) -> None:
    """Run 17 A11: while a colleague's window had the file open (its -wal live, not a crash), every opening wrote a
    full "before-recovery" copy (1.5 GB after three openings of a 300 MB file); on a disk without room for one more
    copy every correction was refused as "the disk is full" until the colleague closed."""
    from jmreview.store.backup import backup_dir
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    Store(db).close()
    with colleague_writing(db):
        for _ in range(3):
            with Store(db) as store:
                assert not store.readonly and not store.warnings
                last = Article.select().order_by(Article.id.desc()).first()
                set_article_field(store, "乙", last.id, "title", "我的标题")
        assert not any("before-recovery" in p.name for p in backup_dir(db).iterdir())   # a live -wal: no copy of it
    with Store(db):   # the colleague's window killed: its -wal is a crash's now, and replays with a backup first
        titles = [a.title for a in Article.select().order_by(Article.id)]
        assert titles[0] == "同事会话中的标题" and titles[-1] == "我的标题"
    assert any("before-recovery" in p.name for p in backup_dir(db).iterdir())


def test_r17a_19_a_backup_pruned_by_another_opening_while_doctor_runs_is_no_problem(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 17 A19: `doctor` under ordinary team use failed 10 runs of 12: "backup …-before-recovery.sqlite3 is damaged
    (No such file or directory): … delete it" — a backup another process's opening pruned between doctor's listing
    and its check. The listing is real; the other process's prune comes between, as it did."""
    from jmreview.store import doctor
    from jmreview.store.backup import make_backup, named_backups

    Store(db).close()
    for kind in ("manual", "before-import"):
        make_backup(db, kind)

    def listed_then_pruned(path: Path) -> list:  # type: ignore[type-arg]
        found = named_backups(path)
        found[-1].path.unlink()
        return found

    monkeypatch.setattr(doctor, "named_backups", listed_then_pruned)
    findings = doctor.check(db)
    assert findings.problems == [], findings.problems


CRASHING = """
import os, sys
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article
store = Store(sys.argv[1])
set_article_field(store, "甲", Article.select().first().id, "title", "崩溃前的标题")
os._exit(0)
"""


def test_r17a_2_doctor_without_room_for_its_copies_names_the_folder_and_what_to_do(
        tmp_path: Path, small_disk: Path) -> None:
    """Run 17 A2: doctor of a file with a pending -wal, TMPDIR too small for its copies: "jmreview: s.sqlite3: No space
    left on device" — neither the -wal, nor the folder without room, nor what to do."""
    import os
    import subprocess
    import sys

    db = make_db(tmp_path / "s.sqlite3")
    subprocess.run([sys.executable, "-c", CRASHING, str(db)], check=True, timeout=60)
    assert db.with_name("s.sqlite3-wal").stat().st_size > 0
    (small_disk / "filler").write_bytes(b"\0" * (shutil.disk_usage(small_disk).free - 20_000))
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "doctor", "--db", str(db)], capture_output=True,
                         text=True, timeout=60, env={**os.environ, "TMPDIR": str(small_disk)})
    said = out.stdout + out.stderr
    assert out.returncode != 0 and "Traceback" not in said, said
    assert f"s.sqlite3-wal could not be checked on a copy in {small_disk}" in said, said
    assert f"itself could not be checked without it: no copy could be made in {small_disk}" in said, said
    assert "set TMPDIR to a folder with room" in said, said


SCRIPT_WAL = """
import os, shutil, sqlite3, sys
db = sys.argv[1]
c = sqlite3.connect(db, isolation_level=None)
c.execute("PRAGMA wal_autocheckpoint=0")
r = sqlite3.connect(db)
r.execute("BEGIN")
r.execute("SELECT 1 FROM article").fetchone()
c.execute("INSERT INTO assignment (file_id, editor, assigned_by, assigned_at) "
          "VALUES ((SELECT MIN(id) FROM sourcefile), '脚本编辑', 'script', '2026-12-01 05:00:00')")
shutil.copy(db + "-wal", db + ".saved-wal")
os._exit(0)
"""


def test_r17a_26_a_stale_wal_of_another_programs_write_is_not_replayed_over_later_decisions(
        db: Path, tmp_path: Path) -> None:
    """Run 17 A26: a user's script (plain SQLite: it counts no write, its -wal holds no page 1) added an assignment;
    its -wal, saved aside, was put back after an editor assigned the page by hand: replayed without a word, the
    editor's assignment gone. A -wal none of whose changes counted itself is not replayed unseen."""
    import subprocess
    import sys

    from jmreview.store.opening import ForeignJournal

    Store(db).close()
    subprocess.run([sys.executable, "-c", SCRIPT_WAL, str(db)], check=True, timeout=60)
    saved = db.with_name(db.name + ".saved-wal")
    refused = run_cli("stats", "--db", str(db))   # the script's own crash: its changes are of no known moment either
    assert refused.returncode != 0 and "holds changes another program made" in refused.stderr, refused.stderr
    assert "open the database with it once to keep its changes" in refused.stderr
    plain = sqlite3.connect(db)   # …which the user does (the script's program: plain SQLite): its -wal replayed
    plain.execute("PRAGMA quick_check").fetchone()
    plain.close()
    assert run_cli("stats", "--db", str(db)).returncode == 0
    out = run_cli("assign", "003_4221d1719c757f4b.txt", "--to", "王编辑", "--db", str(db))
    assert out.returncode == 0, out.stderr
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)
    shutil.copy(saved, db.with_name(db.name + "-wal"))
    with pytest.raises(ForeignJournal, match="holds changes another program made"):
        Store(db)
    with sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True) as con:
        assert ("王编辑",) in con.execute("SELECT editor FROM assignment").fetchall()


def test_r17a_32_a_second_restore_does_not_cost_the_first_restores_safety_copy(db: Path) -> None:
    """Run 17 A32: three titles made, a wrong backup restored (its before-restore copy R1 holds the titles), colleagues
    open the file a dozen times, a second wrong restore: R1 pruned — the newest before-restore was the second's, a
    copy of the wrong state; nothing held the titles any more."""
    from jmreview.store.backup import list_backups, make_backup, prune

    Store(db).close()
    first = make_backup(db, "before-restore")
    make_backup(db, "restored")
    for _ in range(12):
        make_backup(db, "on-open")
    make_backup(db, "before-restore")
    make_backup(db, "restored")
    prune(db)
    assert first in [b.path for b in list_backups(db)]


def test_r17b_40_doctor_on_a_file_of_an_older_schema_checks_an_upgraded_copy(tmp_path: Path) -> None:
    """Run 17 B40: `doctor` on a database of schema 1 nothing had upgraded yet: `unexpected error: OperationalError: no
    such column: replaced_by` — the checking tool the one to crash on an old file. Checked on an upgraded copy now;
    the file itself left as it is."""
    from ..conftest import ROOT

    old = tmp_path / "old.sqlite3"
    shutil.copy(ROOT / "tests" / "data" / "schema1.sqlite3", old)
    before = old.read_bytes()
    out = run_cli("doctor", "--db", str(old))
    assert out.returncode == 0 and "unexpected" not in out.stderr, out.stdout + out.stderr
    assert "schema version 1, older than this jmreview's" in out.stdout and "ok" in out.stdout, out.stdout
    assert old.read_bytes() == before


def test_r17b_32_a_title_with_escape_sequences_never_reaches_the_terminal_raw(db: Path) -> None:
    """Run 17 B32: a reviewer's title `ESC[2J ESC[31mEVIL ESC]0;pwned BEL` printed raw by `jmreview curate`: the
    curator's screen cleared and the terminal retitled. Written to a terminal, control characters are shown, not
    obeyed; written to a pipe (a script's), the text is left as it is."""
    import os
    import pty
    import subprocess
    import sys

    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.team import review_copy

    from ..conftest import ROOT
    from .test_thirteenth_run_team import marked_twice

    evil = "\x1b[2J\x1b[31mEVIL\x1b]0;pwned\x07"
    with Store(db) as store:
        page = marked_twice(store)
        b_copy = review_copy(page, "b")
        first = Article.select().where(Article.file == b_copy.id).order_by(Article.reading_order).first()
        set_article_field(store, "b", first.id, "title", evil)
        name = SourceFile.get_by_id(page).name
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "jmreview.cli", "curate", name, "--db", str(db)], cwd=ROOT,
                            stdout=follower, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=60)
    os.close(leader)
    assert b"EVIL" in seen and b"\x1b" not in seen and b"\x07" not in seen, seen[-600:]
    assert b"\\x1b[2J" in seen, seen[-600:]
    piped = run_cli("curate", name, "--db", str(db))   # a pipe, a log a terminal shows later: escaped too (r26 A26)
    assert "\x1b" not in piped.stdout and "\\x1b[2J\\x1b[31mEVIL" in piped.stdout


def test_r17a_47_a_new_database_under_a_deleted_ones_name_is_not_restored_to_the_old_project(
        db: Path, tmp_path: Path) -> None:
    """Run 17 A47: x.sqlite3 deleted (its backups folder left, as a file manager leaves it), a new project made under
    the same name, damaged before its first backup: the deleted project's backup was offered and restored over it."""
    from jmreview.store.backup import backup_dir, list_backups, make_backup, newest_backup

    x = tmp_path / "np" / "x.sqlite3"
    x.parent.mkdir()
    shutil.copy(db, x)
    Store(x).close()
    make_backup(x, "manual")
    for extra in ("", "-wal", "-shm"):
        x.with_name(x.name + extra).unlink(missing_ok=True)
    assert list(backup_dir(x).glob("x-*.sqlite3"))
    with Store(x) as store:   # the new project
        import_paths(store, [SEEDS / "004_8fe30a7831068c4f.txt"], workers=1)
    with x.open("r+b") as fh:
        fh.truncate(8192)
    assert newest_backup(x) is None and list_backups(x) == []


def _many_pages_damaged(db: Path) -> None:
    """Pages 3 to 6 of a database overwritten: SQLite's integrity check then reports many lines."""
    with db.open("r+b") as fh:
        for page in range(3, 7):
            fh.seek(4096 * page)
            fh.write(b"\xde\xad" * 2048)


def test_r17a_48_a_damaged_database_is_said_in_one_short_line_not_sqlites_whole_report(tmp_path: Path) -> None:
    """Run 17 A48: the damaged-database message held every line of SQLite's integrity report (a dialog 1,518 px tall,
    its buttons below the screen). SQLite's report as it gave it there: one row of many lines."""
    from jmreview.store.database import DamagedDatabase

    report = "*** in database main ***\nPage 6: btreeInitPage() returns error code 11\n" + "".join(
        f"Page {n} is never used\n" for n in range(100, 400))
    said = str(DamagedDatabase(tmp_path / "x.sqlite3", report))
    assert len(said) < 700 and "\n" not in said, said
    assert "Page 6: btreeInitPage() returns error code 11 (and 300 more)" in said, said


def test_r17a_42_pages_deeper_than_a_path_can_reach_are_refused_by_name_not_left_out(tmp_path: Path) -> None:
    """Run 17 A42: a page 80 folders of 20 characters down (a path over PATH_MAX): "0 imported, 0 already there, 0
    refused" — left out without a word."""
    import os

    top = tmp_path / "pages"
    top.mkdir()
    shutil.copy(PAGE, top / PAGE.name)
    fd = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(80):
            os.mkdir("层" * 20, dir_fd=fd)
            inner = os.open("层" * 20, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
        page = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(page, (SEEDS / "003_4221d1719c757f4b.txt").read_bytes())
        os.close(page)
    finally:
        os.close(fd)
    with Store(tmp_path / "x.sqlite3") as store:
        report = import_paths(store, [top], workers=1)
    assert report.imported == [PAGE.name], report
    assert [(name[-3:], "File name too long" in why) for name, why in report.refused] == [("层层/", True)], report


def test_r17b_43_a_reviewer_may_not_curate_the_page_she_reviewed(db: Path) -> None:
    """Run 17 B43: reviewer b opened the curation view of her own page and took her own answer (two keys): the page
    curating, reviewer a's copy frozen mid-review, neither told a reviewer had begun the curation."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences, take
    from jmreview.store.models import SourceFile as Page

    from .test_thirteenth_run_team import marked_twice

    with Store(db) as store:
        page = marked_twice(store)
        key = differences(page)[0].key
        for reviewer in ("a", "b", "ａ", "a ", " B", "a\u00a0"):   # run 18 B9: her name written another way
            with pytest.raises(EditConflict):
                take(store, reviewer + "\ufe0f", page, key, "b")   # run 19 B29: a blank mark NFKC keeps
            with pytest.raises(EditConflict, match="is one of the two reviewers") as refused:
                take(store, reviewer, page, key, "b")
            assert refused.value.code == "own_review"
        assert Page.get_by_id(page).review_state == "double"
        take(store, "主编", page, key, "b")   # a third editor curates it
        assert Page.get_by_id(page).review_state == "curating"


HOLDER = """
import fcntl, sqlite3, sys, time
db, how = sys.argv[1], sys.argv[2]
if how == "sqlite":
    con = sqlite3.connect(db)
    con.execute("SELECT COUNT(*) FROM article").fetchone()
else:
    fh = open(db + "-shm", "rb")
    if how == "flock":
        fcntl.flock(fh, fcntl.LOCK_SH)   # what flock(1), backup and sync clients take
    else:
        fcntl.lockf(fh, fcntl.LOCK_SH)   # a POSIX lock on the whole file
print("held", flush=True)
time.sleep(60)
"""


def test_r18a_8_only_an_open_sqlite_connection_makes_a_wal_a_live_sessions(db: Path) -> None:
    """Run 18 A8: a stale -wal put back while a backup client held a flock on the -shm: the flock, listed over byte
    128 in /proc/locks, was taken for a live session, and the stale -wal replayed unchecked over later corrections."""
    import subprocess
    import sys

    from jmreview.store.live_session import open_elsewhere

    Store(db).close()
    with sqlite3.connect(db) as con:   # a -shm to lock
        con.execute("SELECT COUNT(*) FROM article").fetchone()
        for how, live in (("flock", False), ("lockf", False), ("sqlite", True)):
            holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), how], stdout=subprocess.PIPE, text=True)
            try:
                assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
                assert open_elsewhere(db) is live, how
            finally:
                holder.kill()
                holder.wait()


def test_r18a_10_a_stale_wal_beside_the_file_a_link_leads_to_is_checked_too(db: Path, tmp_path: Path) -> None:
    """Run 18 A10: `--db link.sqlite3 -> real/x.sqlite3`: SQLite replays the -wal beside the file the link leads to,
    jmreview looked beside the link: a stale -wal replayed over later corrections without a check."""
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.opening import ForeignJournal

    real = tmp_path / "real" / "x.sqlite3"
    real.parent.mkdir()
    shutil.copy(db, real)
    Store(real).close()
    reader = sqlite3.connect(real)   # another window mid-read: the -wal stays
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM article").fetchone()
    with Store(real) as store:
        first = Article.select().order_by(Article.id).first().id
        set_article_field(store, "甲", first, "title", "旧会话的标题")
        stale = real.read_bytes(), real.with_name("x.sqlite3-wal").read_bytes()
    reader.close()
    with Store(real) as store:
        set_article_field(store, "甲", first, "title", "后来的人工标题")
    for extra in ("-wal", "-shm"):
        real.with_name("x.sqlite3" + extra).unlink(missing_ok=True)
    real.with_name("x.sqlite3-wal").write_bytes(stale[1])
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    with pytest.raises(ForeignJournal):
        Store(link)


def test_r18a_19_restores_tried_one_after_another_keep_the_state_before_the_first(db: Path) -> None:
    """Run 18 A19: titles made, then a backup restored seven times in a row (trying backups): each restore's
    before-restore copy held the same restored state, and the copy that held the day's work was pruned."""
    from jmreview.store.backup import list_backups, make_backup
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.restore import restore_backup

    Store(db).close()
    old = make_backup(db, "manual")
    with Store(db) as store:
        first = Article.select().order_by(Article.id).first().id
        set_article_field(store, "甲", first, "title", "今天的工作")
    day = restore_backup(old, db)   # the copy of the day's work
    for _ in range(8):
        restore_backup(old, db)
    assert day in [b.path for b in list_backups(db)]
    with sqlite3.connect(f"file:{day}?mode=ro", uri=True) as con:
        assert con.execute("SELECT title FROM article WHERE id = ?", (first,)).fetchone() == ("今天的工作",)


def test_r18b_9_a_name_given_on_the_command_line_is_kept_in_one_form(db: Path) -> None:
    """Run 18 B9: `--editor 'a '` (a space after), `ａ` (fullwidth) were stored as typed: one person, two names."""
    for typed in ("乙 ", "ａ"):
        out = run_cli("link", "1", "2", "--db", str(db), "--editor", typed)
        assert out.returncode == 0, out.stderr
        run_cli("link", "1", "2", "--unlink", "--db", str(db), "--editor", typed)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert {r[0] for r in con.execute("SELECT who FROM editlog")} == {"乙", "a"}
    finally:
        con.close()


def test_r18a_35_a_damaged_database_restored_through_a_link_is_the_file_it_leads_to(db: Path, tmp_path: Path) -> None:
    """Run 18 A35: 恢复最新的备份 on a database opened through a link (a desktop shortcut) replaced the link with a
    regular file; the real database stayed damaged and the two names went their own ways."""
    from jmreview.store.backup import make_backup
    from jmreview.store.restore import replace_with_newest

    real = tmp_path / "real" / "x.sqlite3"
    real.parent.mkdir()
    shutil.copy(db, real)
    Store(real).close()
    make_backup(real, "manual")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    with real.open("r+b") as fh:
        fh.truncate(8192)
    replace_with_newest(link)
    assert link.is_symlink() and link.resolve() == real.resolve()
    with Store(real):
        assert SourceFile.select().count() == 1


def test_r18a_39_opening_beside_a_live_session_whose_shm_was_deleted_is_refused(db: Path) -> None:
    """Run 18 A39: a cleanup tool deleted x.sqlite3-shm while a colleague's session wrote; my process opened, saved ten
    titles without an error — and none of them was in the file afterwards (two indexes of one -wal)."""

    from jmreview.errors import StoreError

    Store(db).close()
    with colleague_writing(db):
        db.with_name(db.name + "-shm").unlink()
        with pytest.raises(StoreError, match="-shm is gone while another program has"):
            Store(db)


def test_r19a_7_a_restores_safety_copy_is_one_pruning_keeps(db: Path) -> None:
    """Run 19 A7: the day's work, an opening (its on-open copy), one wrong restore — which took that on-open copy as
    its safety copy — then a dozen ordinary openings: the on-open copy pruned, the day's work nowhere."""
    from jmreview.store.backup import list_backups, make_backup
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.restore import restore_backup

    Store(db).close()
    old = make_backup(db, "manual")
    with Store(db) as store:
        first = Article.select().order_by(Article.id).first().id
        set_article_field(store, "甲", first, "title", "今天的工作")
    make_backup(db, "on-open")
    safety = restore_backup(old, db)
    assert "before-restore" in safety.name
    for n in range(12):
        with Store(db) as store:
            set_article_field(store, "甲", first, "title", f"后来的标题{n}")
        make_backup(db, "on-open")
    assert safety in [b.path for b in list_backups(db)]


def test_r19a_10_a_wal_that_is_another_files_wal_under_a_second_name_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 19 A10: x's -wal and -shm made hard links of twin y's (as `cp -al` snapshot trees do) while y's session was
    live: x took y's live session for its own and y's edit was written into x."""
    import os

    from jmreview.errors import StoreError

    x, y = tmp_path / "x.sqlite3", tmp_path / "y.sqlite3"
    shutil.copy(db, x)
    shutil.copy(db, y)
    reader = sqlite3.connect(y)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM article").fetchone()
    try:
        with Store(y, backups=False) as store:
            from jmreview.store.edits import set_article_field
            from jmreview.store.models import Article

            set_article_field(store, "乙", Article.select().first().id, "title", "y的标题")
        for extra in ("-wal", "-shm"):
            os.link(y.with_name("y.sqlite3" + extra), x.with_name("x.sqlite3" + extra))
        with pytest.raises(StoreError, match="link to another file"):
            Store(x)
    finally:
        reader.close()


def test_r19a_11_a_live_session_whose_shm_was_replaced_is_refused_too(db: Path) -> None:
    """Run 19 A11: as run 18 A39 but from the window, whose first look at the file made a new -shm before the store
    opened it: the check saw a -shm and let it through; 20 of the colleague's saved edits were lost."""

    from jmreview.errors import StoreError

    Store(db).close()
    with colleague_writing(db):
        db.with_name(db.name + "-shm").unlink()
        peek = sqlite3.connect(db)   # a first look at the file: SQLite makes a new -shm
        peek.execute("SELECT COUNT(*) FROM article").fetchone()
        peek.close()
        with pytest.raises(StoreError, match="-shm is gone while another program has"):
            Store(db)


def test_r19a_13_a_backup_opened_itself_is_read_only_and_says_why(db: Path) -> None:
    """Run 19 A13: a backup opened itself (double-clicked in the backups folder) opened writable; the edit made in it
    was pruned with it later."""
    from jmreview.store.backup import make_backup
    from jmreview.store.opening import ReadOnlyDatabase

    Store(db).close()
    backup = make_backup(db, "manual")
    with Store(backup) as store:
        assert store.readonly
        with pytest.raises(ReadOnlyDatabase, match="is a backup"):
            store.check_writable()


def test_r19a_24_another_programs_lock_on_other_bytes_is_no_live_session(db: Path) -> None:
    """Run 19 A24: a tool's POSIX read lock on bytes 0-100 of the file, a crash's -wal whose -shm was deleted: refused
    as "another program has it open" though no session was live."""
    import subprocess
    import sys

    holder_code = ("import fcntl, sys, time\nfh = open(sys.argv[1], 'rb')\nfcntl.lockf(fh, fcntl.LOCK_SH, 100, 0)\n"
                   "print('held', flush=True)\ntime.sleep(60)\n")
    Store(db).close()
    subprocess.run([sys.executable, "-c", CRASHING, str(db)], check=True, timeout=60)
    db.with_name(db.name + "-shm").unlink(missing_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", holder_code, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with Store(db) as store:
            assert not store.readonly
    finally:
        holder.kill()
        holder.wait()


def test_r19a_27_a_second_restore_of_a_file_already_restored_leaves_it_as_it_is(db: Path) -> None:
    """Run 19 A27: three colleagues pressed 恢复最新的备份 at once: the others were told "the disk is full". The restore
    takes the job lock, and one finding the file restored meanwhile leaves it."""
    from jmreview.store.backup import make_backup
    from jmreview.store.restore import replace_with_newest

    Store(db).close()
    make_backup(db, "manual")
    with db.open("r+b") as fh:
        fh.truncate(8192)
    replace_with_newest(db)
    before = db.stat().st_ino
    replace_with_newest(db)   # a second window, a moment later
    assert db.stat().st_ino == before
