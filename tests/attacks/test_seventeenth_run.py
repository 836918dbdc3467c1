"""Issue 10, what run 16 left open and what run 17 found (classic ground): a page in UTF-16 without its mark,
`--replace` of a page kept in another folder, read-only writes that say why."""
from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
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
    from jmreview.store.backup import backup_dir, list_backups, make_backup, newest_backup
    from jmreview.store.database import DamagedDatabase
    from jmreview.store.lineage import LINEAGE
    from jmreview.store.restore import replace_with_newest

    x, y = tmp_path / "x" / "x.sqlite3", tmp_path / "y" / "y.sqlite3"
    x.parent.mkdir()
    y.parent.mkdir()
    shutil.copy(db, x)
    Store(x).close()
    own = make_backup(x, "on-open")
    with Store(y) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt", SEEDS / "004_8fe30a7831068c4f.txt"], workers=1)
    theirs = make_backup(y, "on-open")
    shutil.copy(backup_dir(y) / LINEAGE, backup_dir(x) / LINEAGE)
    synced = backup_dir(x) / ("x-2099" + theirs.name.split("-", 1)[1][4:])   # renamed: newer than mine
    shutil.copy(theirs, synced)
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
