"""Issue 10, twelfth adversarial run: what it found, each as a test that failed before the fix."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jmreview.cli import main
from jmreview.errors import StoreError
from jmreview.store.changes import EditConflict
from jmreview.store.curation import differences, take
from jmreview.store.curation_diff import Difference
from jmreview.store.database import Store
from jmreview.store.doctor import check
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article, SourceFile
from jmreview.store.opening import ForeignJournal
from jmreview.store.team import mark_double_review, review_copies, review_copy

from ..conftest import SEEDS
from .conftest import SMALL_PAGE
from .test_eleventh_run_doctor import marked
from .test_eleventh_run_team import first, page_id


def test_r12b_8_a_database_another_process_is_creating_this_instant_is_not_called_empty(tmp_path: Path) -> None:
    """B#8: two restores into one new file: the loser met the file between its creation and its first page
    (0 bytes) and was told it is an empty file to delete — the database the other was filling."""
    db = tmp_path / "rr.sqlite3"
    db.touch()   # the other process has just created it

    made = tmp_path / "made.sqlite3"
    con = sqlite3.connect(made)
    con.execute("PRAGMA journal_mode = wal")
    con.close()

    def first_page() -> None:
        time.sleep(0.3)
        db.write_bytes(made.read_bytes())   # …and writes its first page a moment later

    threading.Thread(target=first_page, daemon=True).start()
    with Store(db):
        assert SourceFile.select().count() == 0


def test_r12b_8_an_empty_file_left_alone_is_still_refused(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    db.touch()
    with pytest.raises(StoreError, match="empty file"):
        Store(db)


def test_r12b_10_a_copy_is_not_corrected_once_its_curation_has_begun(db: Path) -> None:
    """B#10: b corrected her copy after the curator had taken her answer there: accepted, the difference still
    shown settled on what it said before, and the next take ended the review without her correction, unsaid."""
    with Store(db) as store:
        page = page_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        copies = {who: review_copy(page, who) for who in ("a", "b")}
        for (who, copy), title in zip(copies.items(), ("甲的标题", "乙的标题"), strict=True):
            assert copy is not None
            set_article_field(store, who, first(copy.id).id, "title", title)
            art = Article.select().where(Article.file == copy.id).order_by(Article.reading_order)[1]
            set_article_field(store, who, art.id, "kicker", f"{who}的引题")
        one, _ = differences(page)
        take(store, "主编", page, one.key, "b")
        assert SourceFile.get_by_id(page).review_state == "curating"
        b = copies["b"]
        assert b is not None
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, "b", first(b.id).id, "title", "乙在裁定后又改的")
        assert refused.value.code == "curation_begun" and "tell the curator" in str(refused.value)
        assert first(b.id).title == "乙的标题"


def test_r12b_12_a_curators_own_answer_that_is_none_says_what_would_be(db: Path) -> None:
    """B#12: `--take fields:5=own:新标题` said only '“新标题” is not an answer for fields:5' (a NUL dropped from the
    echo, 40,000 characters echoed whole); now it says what this kind of difference takes, the value shown short."""
    with Store(db) as store:
        page = marked(store, ("甲", "乙"))
        (diff,) = differences(page)
        for value, shown in (("新\x00标题", "“新\\u0000标题”"), ("长" * 40_000, "“" + "长" * 40 + "…”")):
            with pytest.raises(EditConflict) as refused:
                take(store, "主编", page, diff.key, "own", value)
            said = str(refused.value)
            assert shown in said and "takes a, b, or own with no value" in said and len(said) < 400


def test_r12b_14_double_review_of_several_pages_marks_all_but_the_refused_one_and_says_so(
        seeded_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """B#14: four pages named, the third under review by c and d: 'nothing was changed', rc 2, though the first
    two were marked and the fourth never tried. Now each page is tried; the refused one is said and left."""
    db = tmp_path / "four.sqlite3"
    shutil.copy(seeded_db, db)
    with Store(db) as store:
        names = [f.name for f in SourceFile.select().where(SourceFile.replaced_by.is_null()).order_by(SourceFile.name)]
        third = SourceFile.get(SourceFile.name == names[2]).id
        mark_double_review(store, "主编", third, ["c", "d"])
    assert main(["double-review", *names[:4], "--editors", "a", "b", "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert "3 pages marked for double review by a and b; 1 left as they are" in out
    assert names[2] in err and "nothing was changed" in err
    with Store(db):
        states = {f.name: f.review_state for f in SourceFile.select().where(SourceFile.name.in_(names[:4])
                                                                          & SourceFile.review_of.is_null())}
        assert set(states.values()) == {"double"}
        assert sorted(c.review_editor for c in review_copies(third)) == ["c", "d"]
    assert main(["double-review", *names[:2], "--editors", "a", "b", "--db", str(db)]) == 0
    assert "0 pages marked for double review by a and b, 2 already were" in capsys.readouterr().out


HOT_JOURNAL = r"""
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA journal_mode = delete")
con.execute("PRAGMA cache_size = 1")   # pages spill into the file mid-transaction: the journal is hot
con.execute("BEGIN")
con.execute("UPDATE article SET title = title || '·'")
con.execute("UPDATE block SET role = role || ''")
os._exit(0)   # killed mid-transaction
"""


def test_r12a_16_a_stale_journal_beside_a_wal_database_is_refused_not_replayed(db: Path, tmp_path: Path) -> None:
    """A#16: a -journal of an older copy of the database put beside it (a sync tool, a restored folder): `stats`
    replayed it silently — two hand-corrected titles back to their originals, the edit log still listing them —
    and `doctor` said only 'attempt to write a readonly database'."""
    older = tmp_path / "older.sqlite3"
    shutil.copy(db, older)
    subprocess.run([sys.executable, "-c", HOT_JOURNAL, str(older)], check=True, timeout=60)
    stale = older.with_name(older.name + "-journal")
    assert stale.stat().st_size > 0
    with Store(db) as store:
        art = first(page_id())
        set_article_field(store, "甲", art.id, "title", "人工改过的标题")
    shutil.move(stale, db.with_name(db.name + "-journal"))
    with pytest.raises(ForeignJournal, match="never writes a -journal"):
        Store(db)
    found = check(db)
    assert found.problems and "never writes a -journal" in found.problems[0], found.problems
    con = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    assert con.execute("SELECT title FROM article WHERE id = ?", (art.id,)).fetchone() == ("人工改过的标题",)
    con.close()
    assert main(["stats", "--db", str(db)]) == 2
    db.with_name(db.name + "-journal").unlink()   # moved away, as the sentence says
    with Store(db):
        assert Article.get_by_id(art.id).title == "人工改过的标题"


def test_r12a_36_an_import_whose_database_was_swapped_away_says_what_it_saved(tmp_path: Path) -> None:
    """A#36: the folder of the database (a link) pointed elsewhere 1.5 s into a 200-page import: it stopped
    rightly, but said only '… was replaced … nothing was saved', no summary, while 18 pages had been saved."""
    from jmreview.workflows.importer import import_paths

    first_folder, second_folder, link = tmp_path / "ps1", tmp_path / "ps2", tmp_path / "psd"
    first_folder.mkdir()
    second_folder.mkdir()
    link.symlink_to(first_folder)
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, src in enumerate(sorted(SEEDS.glob("*.txt")) * 3):
        (folder / f"{i:02d}_{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n第{i}号附记。\n",
                                                   encoding="utf-8")

    def swap(n: int, _total: int, _name: str) -> None:
        if n == 4:   # another folder of the same name put in its place
            link.unlink()
            link.symlink_to(second_folder)

    with Store(link / "x.sqlite3") as store:
        report = import_paths(store, [folder], swap, workers=1)
    assert len(report.imported) == 4 and len(report.not_tried) == 10
    assert any("was replaced, moved or deleted on disk since the import began" in why and "10 more files" in why
               for _, why in report.refused), report.refused
    assert "4 imported" in report.summary()
    assert not (second_folder / "x.sqlite3").exists()
    link.unlink()
    link.symlink_to(first_folder)
    with Store(link / "x.sqlite3"):
        assert SourceFile.select().count() == 4


def test_r12a_45_another_databases_backup_in_the_folder_is_never_offered(tmp_path: Path) -> None:
    """A#45: a good backup of another database (200 pages) copied into x's backups folder under x's name, dated
    2099; x damaged: the newest 'backup' offered — and restored — was the other database."""
    from jmreview.store.backup import backup_dir, list_backups, make_backup
    from jmreview.store.database import DamagedDatabase
    from jmreview.store.restore import replace_with_newest
    from jmreview.workflows.importer import import_paths

    x, other = tmp_path / "x.sqlite3", tmp_path / "other.sqlite3"
    for db, pages in ((x, sorted(SEEDS.glob("*.txt"))[:1]), (other, sorted(SEEDS.glob("*.txt")))):
        with Store(db) as store:
            import_paths(store, pages, workers=1)
    own = make_backup(x, "on-open")
    theirs = make_backup(other, "on-open")
    planted = backup_dir(x) / "x-20991130-000000-000000-on-open.sqlite3"
    shutil.copy(theirs, planted)
    assert [b.path for b in list_backups(x)] == [own]
    with x.open("r+b") as fh:   # x damaged
        fh.seek(4096)
        fh.write(b"\x00" * 8192)
    with pytest.raises(DamagedDatabase) as damaged:
        Store(x)
    assert damaged.value.backup == own
    replace_with_newest(x)
    with Store(x):
        assert SourceFile.select().count() == 1


def test_r12a_54_an_older_copy_of_the_wal_put_back_is_refused_not_replayed(db: Path, tmp_path: Path) -> None:
    """A#54: an old copy of the database's -wal came back beside it (a sync tool, a restored folder): `stats`
    replayed it silently, article 1's hand title went back to the original while the edit log still listed the
    correction; doctor said ok."""
    wal = db.with_name(db.name + "-wal")
    with Store(db) as store:
        arts = Article.select().where(Article.file == page_id()).order_by(Article.reading_order)[:2]
        set_article_field(store, "甲", arts[1].id, "title", "先改的标题")
        old_wal = tmp_path / "old.wal"
        shutil.copy(wal, old_wal)   # taken while the window had it open
        set_article_field(store, "甲", arts[0].id, "title", "后来人工改的标题")
    assert not wal.exists()   # closed: checkpointed into the file
    shutil.copy(old_wal, wal)
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(db)
    assert wal.exists()   # left where it was, for the editor to move
    found = check(db)
    assert found.problems and "does not continue" in found.problems[0], found.problems
    wal.unlink()
    with Store(db):
        assert Article.get_by_id(arts[0].id).title == "后来人工改的标题"


def test_r12a_54_a_restore_left_in_the_wal_by_a_crash_is_still_replayed(db: Path, tmp_path: Path) -> None:
    """The one replay that shortens the edit log on purpose: a backup restored (every page written anew), the
    process gone before the checkpoint. It is replayed, not refused as an older -wal."""
    from jmreview.store.backup import make_backup
    from jmreview.store.restore import restore_backup

    with Store(db) as store:
        older = make_backup(db, "on-open")
        art = first(page_id())
        set_article_field(store, "甲", art.id, "title", "备份之后改的标题")
    holder = sqlite3.connect(db)   # another window keeps it open: no checkpoint when the restore's connection closes
    holder.execute("SELECT COUNT(*) FROM article").fetchone()
    restore_backup(older, db)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(db.with_name(db.name + suffix), crashed / f"work.sqlite3{suffix}")
    holder.close()
    with Store(crashed / "work.sqlite3"):
        assert Article.get_by_id(art.id).title != "备份之后改的标题"


def test_r13a_2_an_older_wal_without_edit_log_pages_is_refused_too(db: Path, tmp_path: Path) -> None:
    """Run 13 A#2: the older -wal held only article pages (another program's writes, no edit-log row): the replay
    lost no edit-log row, so it was let through — and took article 1's hand title back."""
    wal = db.with_name(db.name + "-wal")
    with Store(db) as store:
        arts = Article.select().where(Article.file == page_id()).order_by(Article.reading_order)[:4]
        other = sqlite3.connect(db)   # another program's write, no edit-log row
        other.execute("UPDATE article SET title = title || '·' WHERE id IN (?, ?)", (arts[2].id, arts[3].id))
        other.commit()
        other.close()
        old_wal = tmp_path / "old.wal"
        shutil.copy(wal, old_wal)
        set_article_field(store, "甲", arts[0].id, "title", "人工改的标题一")
    shutil.copy(old_wal, wal)
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(db)
    wal.unlink()
    with Store(db):
        assert Article.get_by_id(arts[0].id).title == "人工改的标题一"


def test_r13a_8_the_wal_of_another_file_of_that_name_is_refused(seeded_db: Path, tmp_path: Path) -> None:
    """Run 13 A#8: another database renamed over one a process was writing: that process's -wal stayed beside the
    new file, and the replay mixed the two (a hand title of the new file back to its automatic text)."""
    first, second = tmp_path / "a.sqlite3", tmp_path / "other.sqlite3"
    shutil.copy(seeded_db, first)
    shutil.copy(seeded_db, second)
    with Store(second) as store:
        art = Article.select().order_by(Article.id).first()
        set_article_field(store, "她", art.id, "title", "她的人工标题")
    holder = sqlite3.connect(first)   # a process writing the first file: its -wal
    holder.execute("UPDATE article SET title = title || '·' WHERE id = ?", (art.id,))
    holder.commit()
    left = tmp_path / "left.wal"
    shutil.copy(first.with_name(first.name + "-wal"), left)
    holder.close()
    shutil.move(second, first)   # her copy put in place
    shutil.copy(left, first.with_name(first.name + "-wal"))
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(first)


def test_r13a_4_backups_of_two_databases_copied_from_one_template_are_told_apart(tmp_path: Path) -> None:
    """Run 13 A#4: an empty database made once and copied to two editors: their creation time is one, so a
    colleague's backup copied into x's folder was offered as x's newest."""
    from jmreview.store.backup import backup_dir, list_backups, make_backup
    from jmreview.workflows.importer import import_paths

    template = tmp_path / "tpl.sqlite3"
    Store(template).close()
    x, y = tmp_path / "x" / "x.sqlite3", tmp_path / "y" / "y.sqlite3"
    for db, pages in ((x, sorted(SEEDS.glob("*.txt"))[:1]), (y, sorted(SEEDS.glob("*.txt"))[1:])):
        db.parent.mkdir()
        shutil.copy(template, db)
        with Store(db) as store:
            import_paths(store, pages, workers=1)
    own = make_backup(x, "on-open")
    theirs = make_backup(y, "on-open")
    shutil.copy(theirs, backup_dir(x) / "x-20991130-000000-000000-on-open.sqlite3")
    assert [b.path for b in list_backups(x)] == [own]


@pytest.mark.parametrize("kind", ["fifo", "device", "link"])
def test_r13a_27_28_the_backups_folders_note_is_never_a_way_to_hang_or_write_elsewhere(
        kind: str, db: Path, tmp_path: Path) -> None:
    """Run 13 A#27, A#28: the folder's note (which database its backups are of) replaced by a FIFO or a link to
    /dev/zero hung every opening (or read without end); as a link to a file elsewhere it was written through."""
    from jmreview.store.backup import backup_dir, list_backups, make_backup
    from jmreview.store.lineage import LINEAGE

    make_backup(db, "on-open")
    note = backup_dir(db) / LINEAGE
    note.unlink()
    precious = tmp_path / "precious.txt"
    precious.write_text("不可改", encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(note)
    else:
        note.symlink_to("/dev/zero" if kind == "device" else precious)
    done: list[object] = []

    def work() -> None:
        make_backup(db, "before-import")
        done.append(list_backups(db))

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(30)
    assert done and len(done[0]) == 2, "the backup and the listing finished"
    assert precious.read_text(encoding="utf-8") == "不可改"
    assert note.is_file() and not note.is_symlink()   # replaced by a note of its own


def test_r13b_34_a_story_link_survives_a_curation_take_that_merges_its_article(seeded_db: Path, tmp_path: Path) -> None:
    """Run 13 B#34: a person's link from page 000's fifth article to page 001's first; reviewer b merged her fourth
    and fifth articles; the curator took b's side there: the link was gone, nobody told. Now it goes with the merged
    article, as an ordinary merge takes it."""
    from jmreview.store.edits import merge_articles
    from jmreview.store.models import StoryLink
    from jmreview.store.story_edits import link_stories

    db = tmp_path / "links.sqlite3"
    shutil.copy(seeded_db, db)
    with Store(db) as store:
        pages = [f.id for f in SourceFile.select().where(SourceFile.replaced_by.is_null()).order_by(SourceFile.name)]

        def article(file_id: int, order: int) -> Article:
            return Article.select().where(Article.file == file_id).order_by(Article.reading_order)[order]

        target = article(pages[1], 0).id
        link_stories(store, "甲", article(pages[0], 4).id, target)
        mark_double_review(store, "主编", pages[0], ["a", "b"])
        b = review_copy(pages[0], "b")
        assert b is not None
        merge_articles(store, "b", article(b.id, 3).id, article(b.id, 4).id)
        (diff,) = [d for d in differences(pages[0]) if d.key.startswith("segment")]
        take(store, "主编", pages[0], diff.key, "b")
        links = [(x.first_id, x.then_id) for x in StoryLink.select()]
        assert links == [(article(pages[0], 3).id, target)], links


def test_r13b_30_a_hostile_difference_key_is_echoed_short_and_visible(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 13 B#30: a 40,000-character key gave a 40,115-byte error line; a right-to-left mark inside it reversed the
    rest of the terminal line."""
    with Store(db) as store:
        mark_double_review(store, "主编", page_id(), ["a", "b"])
    for key in ("fields:" + "9" * 40_000, "fields:5\u202e", "fields:5\x1b[2J"):
        assert main(["curate", SMALL_PAGE.name, "--take", f"{key}=a", "--db", str(db)]) == 2
        err = capsys.readouterr().err
        assert len(err) < 400 and "\u202e" not in err and "\x1b" not in err, err[:500]


def test_r13a_32_special_files_inside_an_imported_folder_are_refused_by_name(tmp_path: Path) -> None:
    """Run 13 A#32: a FIFO and a link to /dev/zero among a folder's pages were skipped without a word (named
    files were refused by name; files turning special mid-import too)."""
    from jmreview.workflows.importer import import_paths

    folder = tmp_path / "odd"
    folder.mkdir()
    shutil.copy(SEEDS / "003_4221d1719c757f4b.txt", folder / "page.txt")
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(import_paths(Store(tmp_path / "odd.sqlite3"), [folder],
                                                                      workers=1)), daemon=True)
    worker.start()
    worker.join(60)
    assert done, "the import finished (no FIFO waited on, no device read without end)"
    report = done[0]
    assert [name for name, _ in report.refused] == ["fifo.txt", "zero.txt"], report.refused   # type: ignore[attr-defined]
    assert report.imported == ["page.txt"]   # type: ignore[attr-defined]


def test_r13b_35_the_first_take_is_not_undone_while_later_decisions_stand(db: Path) -> None:
    """Run 13 B#35: c1's first take undone after c2 had settled another difference: the page went back under double
    review with c2's decision standing, the copies opened again, and the curation ended on an answer b had since
    corrected. Now that undo is refused until the later decisions are undone."""
    from jmreview.store.changes import EditConflict, undo

    with Store(db) as store:
        page, (first_diff, second_diff) = two_differences(store)
        first_take = take(store, "c1", page, first_diff.key, "a")
        second_take = take(store, "c2", page, second_diff.key, "b")
        with pytest.raises(EditConflict) as refused:
            undo(store, first_take, "c1")
        assert refused.value.code == "decided_since" and "by c2" in str(refused.value)   # (run 54 B18: named)
        assert SourceFile.get_by_id(page).review_state == "curated"
        undo(store, second_take, "c2")
        undo(store, first_take, "c1")   # in order: allowed
        assert SourceFile.get_by_id(page).review_state == "double"


def test_r13a_38_an_older_database_on_a_read_only_medium_can_be_copied(tmp_path: Path) -> None:
    """Run 13 A#38: `copy` of a schema-8 file on a read-only mount was refused with advice that cannot be followed
    there ("open it once … which upgrades it"). Now it is copied from an upgraded copy; the file is untouched."""
    import hashlib
    import stat as st

    from jmreview.store.copy import copy_corpus

    folder = tmp_path / "ro"
    folder.mkdir()
    old = folder / "old.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "data" / "schema1.sqlite3", old)
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    old.chmod(st.S_IRUSR)
    folder.chmod(st.S_IRUSR | st.S_IXUSR)
    try:
        counts = copy_corpus(old, tmp_path / "new.sqlite3")
    finally:
        folder.chmod(st.S_IRWXU)
    assert counts["Article"] == 15
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before and sorted(p.name for p in folder.iterdir()) == \
        ["old.sqlite3"]
    with Store(tmp_path / "new.sqlite3"):
        assert Article.select().count() == 15


def test_r14_a_settings_file_that_is_a_fifo_or_a_device_is_never_read_or_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 14: JMREVIEW_SETTINGS (or the user's settings file) a link to /dev/zero: Qt saved the settings by
    replacing the device node with a file (as root, /dev/zero itself); a FIFO there hangs the reading."""
    import stat as st

    from jmreview.gui.app import make_settings

    fifo = tmp_path / "settings.fifo"
    os.mkfifo(fifo)
    link = tmp_path / "settings.conf"
    link.symlink_to(fifo)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("JMREVIEW_SETTINGS", str(link))
    settings = make_settings()
    assert Path(settings.fileName()) != link
    settings.setValue("editor", "甲")
    settings.sync()
    assert st.S_ISFIFO(os.stat(fifo).st_mode) and link.is_symlink()


def test_r14a_13_a_crash_after_undoing_and_redoing_a_split_is_recovered_not_refused(db: Path, tmp_path: Path) -> None:
    """Run 14 A#13: the -wal of a session that undid a split and redid it (its article back at version 1, as the
    log recorded it) and corrected a title, then crashed: refused as 'does not continue' — the advice, followed,
    threw the session's work away. Articles an edit of the -wal names are not counted as taken back."""
    from jmreview.store.changes import last_log_id, redo, undo
    from jmreview.store.edits import split_article
    from jmreview.store.models import Block

    with Store(db) as store:
        art = first(page_id())
        split_article(store, "甲", Block.select().where(Block.article == art.id).order_by(Block.line)[1].id)
        split = last_log_id()
        made = Article.select().order_by(Article.id.desc()).first().id
        titles = []
        for n in range(4):
            set_article_field(store, "甲", made, "title", f"第{n}次")
            titles.append(last_log_id())
    holder = sqlite3.connect(db)   # a window keeps it open: the session's -wal is not checkpointed
    holder.execute("SELECT COUNT(*) FROM article").fetchone()
    with Store(db) as store:
        for log in reversed([split, *titles]):
            assert log is not None
            undo(store, log, "甲")
        assert split is not None
        redo(store, split, "甲")
        set_article_field(store, "甲", art.id, "title", "崩溃前的人工标题")
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        for suffix in ("", "-wal"):
            shutil.copy(db.with_name(db.name + suffix), crashed / f"c.sqlite3{suffix}")
    holder.close()
    with Store(crashed / "c.sqlite3"):
        assert Article.get_by_id(art.id).title == "崩溃前的人工标题"


def test_r14a_14_another_editors_wal_of_her_copy_of_the_database_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 14 A#14: the database copied to two editors; her -wal put beside my file by a sync tool: replayed, her
    edits in my database and my edit-log row replaced by hers (my correction no longer undoable)."""
    mine, hers = tmp_path / "mine.sqlite3", tmp_path / "hers.sqlite3"
    shutil.copy(db, mine)
    shutil.copy(db, hers)
    with Store(mine) as store:
        set_article_field(store, "我", first(page_id()).id, "title", "我的人工标题")
    holder = sqlite3.connect(hers)
    holder.execute("SELECT COUNT(*) FROM article").fetchone()
    with Store(hers) as store:
        other = Article.select().order_by(Article.id.desc()).first().id
        for n in range(3):
            set_article_field(store, "她", other, "title", f"她的标题{n}")
        shutil.copy(hers.with_name(hers.name + "-wal"), mine.with_name(mine.name + "-wal"))
    holder.close()
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(mine)


def test_r14b_12_a_later_take_is_not_redone_while_the_first_is_undone(db: Path) -> None:
    """Run 14 B#12: both takes undone (in order), then the second redone alone: the page under double review
    holding a decision, the reviewer's later correction lost at the end. That redo is refused now."""
    from jmreview.store.changes import EditConflict, redo, undo

    with Store(db) as store:
        page, (first_diff, second_diff) = two_differences(store)
        t1 = take(store, "c1", page, first_diff.key, "a")
        t2 = take(store, "c2", page, second_diff.key, "b")
        undo(store, t2, "c2")
        undo(store, t1, "c1")
        with pytest.raises(EditConflict) as refused:
            redo(store, t2, "c2")
        assert refused.value.code == "first_undone"
        assert SourceFile.get_by_id(page).review_state == "double"
        redo(store, t1, "c1")
        redo(store, t2, "c2")   # in order: allowed
        assert SourceFile.get_by_id(page).review_state == "curated"


def test_r14b_11_doctor_names_copies_too_broken_to_compare_instead_of_failing(db: Path) -> None:
    """Run 14 B#11: a review copy's article moved onto the page by hand while the page had a decision: doctor
    itself ended in 'unexpected error: KeyError'."""
    from jmreview.store.doctor import examine

    with Store(db) as store:
        page = marked(store, ("甲", "乙"), )
        (diff,) = differences(page)
        take(store, "主编", page, diff.key, "a")
        copy = review_copy(page, "b")
        assert copy is not None
        with store.write():
            Article.update(file=page).where(Article.id == first(copy.id).id).execute()
        problems = [p for p in examine(store).problems if p.startswith("team:")]
        assert problems, examine(store).problems


def test_r14b_28_export_to_a_file_named_xlsx_writes_a_workbook(db: Path, tmp_path: Path) -> None:
    """Run 14 B#28: `export -o plain.xlsx` (no --format) wrote JSON text into plain.xlsx, which nothing opens."""
    import zipfile

    out = tmp_path / "plain.xlsx"
    assert main(["export", "-o", str(out), "--db", str(db)]) == 0
    assert zipfile.is_zipfile(out)
    lines = tmp_path / "plain.jsonl"
    assert main(["export", "-o", str(lines), "--db", str(db)]) == 0
    assert lines.read_text(encoding="utf-8").lstrip().startswith("{") and "\n{" in lines.read_text(encoding="utf-8")


def test_r14a_37_a_rerun_of_the_corpus_backs_it_up_once_not_once_per_page(seeded_db: Path, tmp_path: Path) -> None:
    """Run 14 A#37: `rerun` made a full verified backup before every file: 2,000 pages of a 220 MB corpus copied
    2,000 times (26 minutes; days at a million articles). One backup before the run; each file stays undoable."""
    from jmreview.store.backup import list_backups
    from jmreview.workflows.automation import rerun_files

    db = tmp_path / "rerun.sqlite3"
    shutil.copy(seeded_db, db)
    with Store(db) as store:
        reports = rerun_files(store)
    assert len(reports) == 5
    assert [b.reason for b in list_backups(db)].count("before-rerun") == 1


def two_differences(store: Store) -> tuple[int, list[Difference]]:
    """The small page under double review by a and b, who titled its first two articles differently."""
    page = page_id()
    mark_double_review(store, "主编", page, ["a", "b"])
    for who, (one, two) in (("a", ("甲一", "甲二")), ("b", ("乙一", "乙二"))):
        copy = review_copy(page, who)
        assert copy is not None
        arts = Article.select().where(Article.file == copy.id).order_by(Article.reading_order)[:2]
        set_article_field(store, who, arts[0].id, "title", one)
        set_article_field(store, who, arts[1].id, "title", two)
    return page, list(differences(page))
