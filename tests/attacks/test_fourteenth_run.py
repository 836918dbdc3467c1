"""Issue 10, fourteenth adversarial run (classic ground): stale -wal files that lose no edit-log row and lower no
article version (a restore's, an import's followed by a correction that raises none) are known by the count of
writes the file keeps, and refused; a legitimate crash recovery still replays."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from jmreview.store.backup import make_backup
from jmreview.store.database import Store
from jmreview.store.doctor import check
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article, SourceFile
from jmreview.store.opening import ForeignJournal
from jmreview.store.restore import restore_backup
from jmreview.store.story_edits import set_page
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS
from .test_eleventh_run_team import first, page_id


def _reader(db: Path) -> sqlite3.Connection:
    """Another window mid-read: no checkpoint can finish while it reads."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("BEGIN")
    con.execute("SELECT COUNT(*) FROM block").fetchone()
    return con


def _crash_copy(db: Path, tmp_path: Path) -> Path:
    """The database and its -wal as a process killed now leaves them (copied while it has them open)."""
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(db.with_name(db.name + suffix), crashed / f"c.sqlite3{suffix}")
    return crashed / "c.sqlite3"


def test_r14a_15_an_old_copy_of_a_restores_wal_is_refused(db: Path, tmp_path: Path) -> None:
    """A#15: a restore's -wal copied (a sync tool) while a reader kept the checkpoint from finishing; two hand titles
    later, the old -wal put back: replayed without a word (it rewrites every page, so it passed as a restore) —
    both corrections and the edit log gone."""
    wal = db.with_name(db.name + "-wal")
    Store(db).close()
    backup = make_backup(db, "on-open")
    reader = _reader(db)
    restore_backup(backup, db)
    old = tmp_path / "old.wal"
    shutil.copy(wal, old)
    reader.close()
    with Store(db) as store:
        arts = Article.select().where(Article.file == page_id()).order_by(Article.reading_order)[:2]
        set_article_field(store, "甲", arts[0].id, "title", "恢复之后的人工标题")
        set_article_field(store, "甲", arts[1].id, "title", "恢复之后的人工标题二")
    shutil.copy(old, wal)
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(db)
    assert "does not continue" in check(db).problems[0]
    wal.unlink()
    with Store(db):
        assert Article.get_by_id(arts[0].id).title == "恢复之后的人工标题"


def test_r14a_24_an_old_copy_of_an_imports_wal_is_refused_after_a_correction_raising_no_version(
        db: Path, tmp_path: Path) -> None:
    """A#24: an import's -wal copied; then the page's issue date and page corrected (logged, no article version
    raised), checkpointed; the old -wal put back: replayed, the page's date gone while the log lists its correction."""
    wal = db.with_name(db.name + "-wal")
    reader = _reader(db)
    with Store(db) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    old = tmp_path / "old.wal"
    shutil.copy(wal, old)
    reader.close()
    with Store(db) as store:
        page = SourceFile.get(SourceFile.name == "001_69ca20e02664ffc6.txt").id
        set_page(store, "甲", page, "2023-03-15", "A05")
    assert not wal.exists()
    shutil.copy(old, wal)
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(db)


def test_r14a_14_her_wal_with_as_many_writes_as_mine_is_refused(db: Path, tmp_path: Path) -> None:
    """A#14, in general: her copy's -wal touches none of my pages (her edits on another article), with as many writes
    as mine made since the copy: her last write is not mine."""
    mine, hers = tmp_path / "mine.sqlite3", tmp_path / "hers.sqlite3"
    shutil.copy(db, mine)
    shutil.copy(db, hers)
    arts = []
    with Store(mine) as store:
        arts = list(Article.select().order_by(Article.id))
        set_article_field(store, "我", arts[0].id, "title", "我的人工标题")
    holder = _reader(hers)
    with Store(hers) as store:
        set_article_field(store, "她", arts[-1].id, "title", "她的标题")
        shutil.copy(hers.with_name(hers.name + "-wal"), mine.with_name(mine.name + "-wal"))
    holder.close()
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(mine)


def test_the_count_of_writes_lets_every_crash_recovery_through(db: Path, tmp_path: Path) -> None:
    """The process killed after many writes and a restore (its -wal not checkpointed): everything replays."""
    holder = _reader(db)
    with Store(db) as store:
        backup = make_backup(db, "on-open")
        art = first(page_id())
        for n in range(5):
            set_article_field(store, "甲", art.id, "title", f"第{n}次")
    restore_backup(backup, db)
    with Store(db) as store:
        set_article_field(store, "甲", art.id, "title", "恢复后改的")
        crashed = _crash_copy(db, tmp_path)
    holder.close()
    with Store(crashed):
        assert Article.get_by_id(art.id).title == "恢复后改的"
    assert check(crashed).problems == []


def test_r14a_38_after_a_restore_the_newest_backup_is_what_it_put_back(db: Path) -> None:
    """A#38: File → Restore a backup (undoing a mistaken mass change), then the file damaged: the newest good backup
    offered was the before-restore copy — restoring it put the mistake back."""
    from jmreview.store.backup import newest_backup
    from jmreview.store.restore import replace_with_newest

    Store(db).close()
    good = make_backup(db, "on-open")
    with Store(db) as store:
        arts = list(Article.select().where(Article.file == page_id()).order_by(Article.reading_order)[:3])
        for n, art in enumerate(arts):
            set_article_field(store, "甲", art.id, "title", f"错误的批量修改{n}")
    restore_backup(good, db)
    newest = newest_backup(db)
    assert newest is not None and newest.path.name.endswith("-restored.sqlite3"), newest
    with db.open("r+b") as fh:   # damaged
        fh.truncate(8192)
    for side in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        side.unlink(missing_ok=True)
    replace_with_newest(db)
    with Store(db):
        assert not any(a.title.startswith("错误的批量修改") for a in Article.select())


def synced_in(db: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """x (a copy of `db`) with a backup of its own, and y's whole backups folder synced over x's, its note too, y's
    backup renamed as x's and newer: x, x's own backup, the synced one."""
    from jmreview.store.backup import backup_dir
    from jmreview.store.lineage import LINEAGE

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
    return x, own, synced


def test_r14a_4_another_databases_whole_backups_folder_with_its_note_is_not_taken_for_mine(
        db: Path, tmp_path: Path) -> None:
    """A#4: y's whole backups folder, its note too, synced over x's (files renamed as x's); x damaged: y's 200-page
    backup was offered as x's newest good one and restored in place of x."""
    from jmreview.store.backup import newest_backup
    from jmreview.store.restore import replace_with_newest

    x, own, _ = synced_in(db, tmp_path)
    newest = newest_backup(x)
    assert newest is not None and newest.path == own
    with x.open("r+b") as fh:
        fh.truncate(8192)
    replace_with_newest(x)
    with Store(x):
        assert SourceFile.select().count() == 1


def test_r15a_36_merging_two_parts_of_a_story_keeps_its_link_to_the_next(db: Path) -> None:
    """Run 15 A#36: links 1→2 and 2→6 (a person's), 2 merged into 1: no link left at all — the story broken without
    a word. Now 1→6 (the merged part goes on where 2 went on); undo gives both links back."""
    from jmreview.store.changes import undo
    from jmreview.store.edits import merge_articles
    from jmreview.store.models import StoryLink
    from jmreview.store.story_edits import link_stories

    with Store(db) as store:
        arts = [a.id for a in Article.select().where(Article.file == page_id()).order_by(Article.reading_order)]
        one, two, six = arts[0], arts[1], arts[4]
        link_stories(store, "甲", one, two)
        link_stories(store, "甲", two, six)
        merged = merge_articles(store, "甲", one, two)
        assert [(x.first_id, x.then_id) for x in StoryLink.select()] == [(one, six)]
        undo(store, merged, "甲")
        assert sorted((x.first_id, x.then_id) for x in StoryLink.select()) == sorted([(one, two), (two, six)])


def test_r15a_5_her_wal_correcting_my_article_more_often_than_i_did_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 15 A#5: her copy's -wal retitled the article I had retitled, three times (a higher version than mine):
    replayed, my title and my edit-log row gone. Her log's rows are not mine: refused."""
    mine, hers = tmp_path / "mine.sqlite3", tmp_path / "hers.sqlite3"
    shutil.copy(db, mine)
    shutil.copy(db, hers)
    with Store(mine) as store:
        art = first(page_id())
        set_article_field(store, "我", art.id, "title", "我的人工标题")
    holder = _reader(hers)
    with Store(hers) as store:
        for n in range(3):
            set_article_field(store, "她", art.id, "title", f"她的标题{n}")
        shutil.copy(hers.with_name(hers.name + "-wal"), mine.with_name(mine.name + "-wal"))
    holder.close()
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(mine)


def test_r15a_7_a_stale_wal_is_refused_when_the_file_can_only_be_opened_read_only(db: Path, tmp_path: Path) -> None:
    """Run 15 A#7: the old -wal of run 13 A#2 beside a file that opens read-only (a read-only mount, a backups folder
    that cannot be made): `stats` and `export` read it replayed — both corrections missing from the export."""
    from jmreview.store.backup import backup_dir

    wal = db.with_name(db.name + "-wal")
    with Store(db) as store:
        arts = Article.select().where(Article.file == page_id()).order_by(Article.reading_order)[:2]
        other = sqlite3.connect(db)
        other.execute("UPDATE article SET title = title || '（旧会话）' WHERE id IN (?, ?)", (arts[0].id, arts[1].id))
        other.commit()
        other.close()
        old = tmp_path / "old.wal"
        shutil.copy(wal, old)
        set_article_field(store, "甲", arts[0].id, "title", "人工改的标题一")
    shutil.copy(old, wal)
    folder = backup_dir(db)
    shutil.rmtree(folder)
    folder.write_text("a file where the backups folder should be")   # so the file opens read-only
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(db)
    wal.unlink()
    with Store(db) as store:
        assert store.readonly and Article.get_by_id(arts[0].id).title == "人工改的标题一"


def test_r15b_12_an_article_whose_every_line_is_made_noise_goes(db: Path, tmp_path: Path) -> None:
    """Run 15 B#12: every line of an article made noise (two keystrokes in the window): the article stayed with no
    line — doctor "orphan", and `export --with-source` wrote a snapshot `import-json` refuses whole."""
    from jmreview.cli import main
    from jmreview.store.changes import undo
    from jmreview.store.edits import move_blocks, set_noise
    from jmreview.store.models import Block

    with Store(db) as store:
        arts = list(Article.select().where(Article.file == page_id()).order_by(Article.reading_order))
        lines = [b.id for b in Block.select().where(Block.article == arts[0].id).order_by(Block.line)]
        logs = [set_noise(store, "甲", block, True) for block in lines]
        assert Article.get_or_none(Article.id == arts[0].id) is None
        moved = move_blocks(store, "甲", [b.id for b in Block.select().where(Block.article == arts[1].id)], arts[2].id)
        assert Article.get_or_none(Article.id == arts[1].id) is None
    assert check(db).problems == []
    assert main(["export", "--with-source", "-o", str(tmp_path / "all.json"), "--db", str(db)]) == 0
    assert main(["import-json", str(tmp_path / "all.json"), "--db", str(tmp_path / "empty.sqlite3")]) == 0
    with Store(db) as store:
        undo(store, moved, "甲")
        for log in reversed(logs):
            undo(store, log, "甲")
        assert [b.id for b in Block.select().where(Block.article == arts[0].id).order_by(Block.line)] == lines
        assert Article.get_by_id(arts[1].id).title == arts[1].title
    assert check(db).problems == []


def test_r15b_7_the_organisations_settings_file_a_fifo_does_not_hang_the_window(tmp_path: Path) -> None:
    """Run 15 B#7: `~/.config/jmreview.conf` (the organisation-wide file QSettings also reads) a FIFO: no window, no
    message, blocked for as long as nobody writes it. Only the user's own settings file is read now."""
    import os
    import subprocess
    import sys

    config = tmp_path / "config"
    (config / "jmreview").mkdir(parents=True)
    os.mkfifo(config / "jmreview.conf")
    (config / "jmreview" / "jmreview.conf").write_text("[General]\neditor=甲\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "JMREVIEW_SETTINGS"}
    env.update(XDG_CONFIG_HOME=str(config), HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    code = "from jmreview.gui.app import make_settings; print(make_settings().value('editor'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0 and out.stdout.strip() == "甲", (out.stdout, out.stderr)


def test_the_first_logged_edit_left_in_a_live_wal_is_no_stale_wal(db: Path, tmp_path: Path) -> None:
    """A file whose edit log is empty, another program reading it, a first correction (left in the -wal): the next
    opening replays it (the log's earlier rows — none — compared as none, not as all the -wal's)."""
    reader = _reader(db)
    with Store(db) as store:
        assert not store.db.execute_sql("SELECT COUNT(*) FROM editlog").fetchone()[0]
        art = first(page_id())
        set_article_field(store, "甲", art.id, "title", "第一次人工修改")
        crashed = _crash_copy(db, tmp_path)
    reader.close()
    with Store(crashed):
        assert Article.get_by_id(art.id).title == "第一次人工修改"


@pytest.mark.parametrize("absurd", ["9223372036854775807", "1e300"])
def test_r15a_16_an_edit_log_naming_absurd_ids_does_not_poison_the_next_ids(db: Path, tmp_path: Path,
                                                                           absurd: str) -> None:
    """Run 15 A#16: one edit-log row naming article and entity 2^63 (a damaged or hand-edited payload): an upgrade
    (or `copy`) set the next ids past it, and every split, new entity and import after was refused as "the disk is
    full". Ids no row can have are not ids."""
    from jmreview.cli import main
    from jmreview.store.edits import split_article
    from jmreview.store.models import Block

    con = sqlite3.connect(db)
    steps = ",".join(f'{{"op":"set","model":"{m}","id":{absurd},"before":{{}},"after":{{}}}}' for m in ("Article", "Entity"))
    con.execute("INSERT INTO editlog(at, who, action, summary, payload, inverse, undone) VALUES "
                "('2026-01-01 00:00:00+00:00', 'x', 'set_field', 'hand', ?, '{}', 0)", (f'{{"steps":[{steps}]}}',))
    con.commit()
    con.close()
    target = tmp_path / "copied.sqlite3"
    assert main(["copy", str(db), str(target)]) == 0
    with Store(target) as store:
        art = first(page_id())
        split_article(store, "甲", Block.select().where(Block.article == art.id).order_by(Block.line)[1].id)
        assert Article.select().order_by(Article.id.desc()).first().id < 2 ** 31


def test_r15b_8_an_export_whose_name_and_format_disagree_is_said_or_refused(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 15 B#8: `-o v.bio` wrote JSON into v.bio, `-o z.csv` JSON without a word, `--format json -o q.xlsx` JSON
    into a file named as a workbook."""
    from jmreview.cli import main

    assert main(["export", "-o", str(tmp_path / "v.bio"), "--db", str(db)]) == 0
    assert not (tmp_path / "v.bio").read_text(encoding="utf-8").lstrip().startswith("{")   # BIO, not JSON
    capsys.readouterr()
    assert main(["export", "-o", str(tmp_path / "z.csv"), "--db", str(db)]) == 0
    assert "written as JSON" in capsys.readouterr().err
    assert main(["export", "--format", "json", "-o", str(tmp_path / "q.xlsx"), "--db", str(db)]) == 2
    assert "does not go in a file named" in capsys.readouterr().err and not (tmp_path / "q.xlsx").exists()


def test_r15a_42_the_line_an_entity_lies_on_is_found_by_one_seek_not_a_scan(tmp_path: Path) -> None:
    """Run 15 A#42: a 60,000-line page (one article, 60,000 entities): no window after 3 minutes, export 2 minutes —
    each entity looked for its line by scanning the article's lines. Every query that asks now seeks an index;
    an older file gets the index when opened."""
    from jmreview.store.derived import on_its_lines
    from jmreview.store.models import Entity
    from jmreview.store.records import ENTITY_SQL

    page = tmp_path / "lines.txt"
    page.write_text("标题\n" + "".join(f"江门讯第{n}行。\n" for n in range(3000)), encoding="utf-8")
    db = tmp_path / "lines.sqlite3"
    with Store(db) as store:
        import_paths(store, [page], workers=1)
        store.db.execute_sql("DROP INDEX block_article_id_start")
    with Store(db) as store:   # an older file: the index made on opening
        query, params = Entity.select().where((Entity.file == 1) & on_its_lines()).sql()
        for sql, args in ((query, params), (ENTITY_SQL, [1])):
            plan = " ".join(str(row[-1]) for row in store.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", args))
            assert "block_article_id_start" in plan, plan
        assert Entity.select().where((Entity.file == 1) & on_its_lines()).count() == Entity.select().count()


def test_r15a_32_a_junk_wal_holding_nothing_sqlite_would_replay_is_no_recovery(db: Path) -> None:
    """Run 15 A#32: an 8 GB sparse (or random) -wal with no WAL header: opened read-only, "the disk is full … changes
    left in the -wal are merged only after a backup" — it holds no change; a copy of 8 GB was tried."""
    wal = db.with_name(db.name + "-wal")
    with wal.open("wb") as fh:
        fh.truncate(8 * 2**30)   # sparse: no room taken
    with Store(db) as store:
        assert not store.readonly and store.warnings == []
        art = first(page_id())
        set_article_field(store, "甲", art.id, "title", "垃圾-wal 之后")
    with Store(db):
        assert Article.get_by_id(art.id).title == "垃圾-wal 之后"


def test_r15a_48_a_wal_that_is_a_link_is_named(db: Path, tmp_path: Path) -> None:
    """Run 15 A#48: the -wal a link to another database's -wal: "unable to open database file", nothing more."""
    from jmreview.errors import StoreError

    other = tmp_path / "other.sqlite3-wal"
    other.write_bytes(b"")
    db.with_name(db.name + "-wal").symlink_to(other)
    with pytest.raises(StoreError, match="is a link to another file") as refused:
        Store(db)
    assert refused.value.args[0].template


def test_r15a_47_a_backups_folder_that_is_a_link_to_itself_is_named(db: Path) -> None:
    """Run 15 A#47: the backups folder a link to itself: every command refused with a temporary `.partial` name and
    "Too many levels of symbolic links"."""
    from jmreview.store.backup import backup_dir

    folder = backup_dir(db)
    shutil.rmtree(folder, ignore_errors=True)
    folder.symlink_to(folder.name)
    with Store(db) as store:
        assert store.readonly and "link that leads nowhere" in store.warnings[0]
        assert Article.select().count() > 0


def test_r15a_38_a_project_renamed_with_its_backups_folder_keeps_its_backups(db: Path, tmp_path: Path) -> None:
    """Run 15 A#38: `x.sqlite3` and `x.sqlite3.backups` renamed to `2024年报.sqlite3(.backups)`, then damaged: "has no
    backup", while its good backups (named x-…) lay in its folder."""
    from jmreview.store.backup import backup_dir, list_backups
    from jmreview.store.restore import replace_with_newest

    Store(db).close()
    with Store(db) as store:
        art = first(page_id())
        set_article_field(store, "甲", art.id, "title", "改名前的人工标题")
    make_backup(db, "on-open")
    renamed = db.with_name("2024年报.sqlite3")
    db.rename(renamed)
    backup_dir(db).rename(backup_dir(renamed))
    assert [b.path.name.split("-")[0] for b in list_backups(renamed)][:1] == [db.stem]
    with renamed.open("r+b") as fh:
        fh.truncate(8192)
    replace_with_newest(renamed)
    with Store(renamed):
        assert Article.get_by_id(art.id).title == "改名前的人工标题"


def test_r15a_25_a_loop_of_links_or_a_link_to_nowhere_in_a_folder_is_named_as_such(tmp_path: Path) -> None:
    """Run 15 A#25: importing a folder holding a loop of links: "无法读取：Too many levels of symbolic links" — the
    system's English, and nothing saying to remove the link."""
    from jmreview.workflows.importer import import_paths as run

    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEEDS / "001_69ca20e02664ffc6.txt", folder / "page.txt")
    (folder / "loop1.txt").symlink_to("loop2.txt")
    (folder / "loop2.txt").symlink_to("loop1.txt")
    (folder / "gone.txt").symlink_to("nowhere.txt")
    with Store(tmp_path / "x.sqlite3") as store:
        report = run(store, [folder], workers=1)
    reasons = dict(report.refused)
    assert report.imported == ["page.txt"], report
    assert all("loop of links" in reasons[n] for n in ("loop1.txt", "loop2.txt")), reasons
    assert "does not exist" in reasons["gone.txt"], reasons


def test_r15a_1_a_rerun_stopped_in_a_files_newspaper_pass_counts_that_file_as_re_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 15 A#1: the database swapped for another file while `rerun` ran: the file committed just before the swap
    was noticed (in its newspaper pass) was counted among those "not re-run"."""
    from jmreview.workflows import automation

    db = tmp_path / "x.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS], workers=1)
    count = len(list(SEEDS.glob("*.txt")))
    real, seen = automation.newspaper_pass, []

    def swapped_on_the_second(store: Store, files: list[int]) -> None:   # another program renames a file over it
        seen.append(files)
        if len(seen) == 2:
            shutil.copy(db, tmp_path / "other.sqlite3")
            (tmp_path / "other.sqlite3").replace(db)
        real(store, files)

    monkeypatch.setattr(automation, "newspaper_pass", swapped_on_the_second)
    with Store(db) as store:
        with pytest.raises(automation.RerunStopped) as stopped:
            automation.rerun_files(store)
    assert len(stopped.value.reports) == 2
    assert "2 files were re-run and saved" in str(stopped.value), str(stopped.value)
    assert f"{count - 2} were not" in str(stopped.value), str(stopped.value)


def test_r16a_14_a_backup_copied_by_hand_over_a_file_with_a_crashed_sessions_wal_is_not_mixed(
        db: Path, tmp_path: Path) -> None:
    """Run 16 A#14: a session crashed leaving its -wal; the editor copied a backup over the file by hand (no window
    open): the -wal was replayed over the backup without a word, taking the restore back. It was written on a
    file further on than the backup: refused."""
    Store(db).close()
    saved = make_backup(db, "on-open")
    with Store(db) as store:   # closed: checkpointed into the file
        arts = Article.select().where(Article.file == page_id()).order_by(Article.reading_order)[:3]
        for n, art in enumerate(arts):
            set_article_field(store, "甲", art.id, "title", f"关闭前的标题{n}")
    reader = _reader(db)
    with Store(db) as store:
        for n, art in enumerate(arts):
            set_article_field(store, "甲", art.id, "title", f"崩溃会话的标题{n}")
        crashed = _crash_copy(db, tmp_path)
    reader.close()
    shutil.copy(saved, crashed)   # `cp backup x.sqlite3`, the crashed session's -wal still beside it
    with pytest.raises(ForeignJournal, match="does not continue"):
        Store(crashed)


def test_r16a_23_a_system_file_with_nothing_to_read_yet_is_refused_not_a_crash(tmp_path: Path) -> None:
    """Run 16 A#23: a folder holding a link to /proc/kmsg (a "regular" file that has nothing to read yet): `unexpected
    error: TypeError`, the rest of the import abandoned."""
    import os

    if not os.access("/proc/kmsg", os.R_OK):
        pytest.skip("/proc/kmsg cannot be read here")
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEEDS / "001_69ca20e02664ffc6.txt", folder / "page.txt")
    (folder / "kmsg.txt").symlink_to("/proc/kmsg")
    with Store(tmp_path / "x.sqlite3") as store:
        report = import_paths(store, [folder], workers=1)
    assert "page.txt" in report.imported, report   # (kernel messages pending: read as text, or refused as such)
    assert "kmsg.txt" in report.imported or [n for n, _ in report.refused] == ["kmsg.txt"], report


def test_r16a_20_a_write_count_starting_again_past_its_end_is_no_stale_wal(db: Path, tmp_path: Path) -> None:
    """Run 16 A#20: the header's count near its end (2^31 - 3), a session writes three titles (the count starts again
    at 1): its live -wal was refused as older than the file."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 2147483645")
    con.close()
    reader = _reader(db)
    with Store(db) as store:
        art = first(page_id())
        for n in range(3):
            set_article_field(store, "甲", art.id, "title", f"第{n}次")
        crashed = _crash_copy(db, tmp_path)
    reader.close()
    with Store(crashed):
        assert Article.get_by_id(art.id).title == "第2次"


def test_r16a_35_a_new_database_is_not_made_over_an_orphan_wal(db: Path, tmp_path: Path) -> None:
    """Run 16 A#35: a crashed session's -wal left when only the database file was renamed; a new database made under
    the old name emptied that -wal, its committed titles gone."""
    from jmreview.cli import main

    reader = _reader(db)
    with Store(db) as store:
        set_article_field(store, "甲", first(page_id()).id, "title", "旧项目崩溃前的标题")
        crashed = _crash_copy(db, tmp_path)
    reader.close()
    crashed.rename(crashed.with_name("y.sqlite3"))   # the main file alone moved
    wal = crashed.with_name(crashed.name + "-wal")
    size = wal.stat().st_size
    assert main(["import", str(SEEDS / "001_69ca20e02664ffc6.txt"), "--db", str(crashed)]) == 2
    assert not crashed.exists() and wal.stat().st_size == size


def test_r16a_39_the_backup_an_import_began_from_is_kept_however_many_openings_follow(db: Path) -> None:
    """Run 16 A#39: colleagues opening the file during a 200-page import: every backup of the state before it was
    pruned, only copies of the half-imported file left."""
    from jmreview.store.backup import list_backups, prune

    Store(db).close()
    began = make_backup(db, "before-import")
    for _ in range(12):
        make_backup(db, "on-open")
    prune(db)
    assert began in [b.path for b in list_backups(db)]


def test_r16a_37_a_lexicon_entry_naming_an_editor_no_editor_may_have_is_refused(db: Path, tmp_path: Path,
                                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Run 16 A#37: a lexicon file whose editor held an escape sequence (clearing the terminal when listed) was
    accepted."""
    import json

    from jmreview.cli import main

    lexicon = tmp_path / "lex.json"
    lexicon.write_text(json.dumps({"format": "jmreview-lexicon", "entries": [
        {"text": "江门日报社", "label": "ORG", "editors": ["\x1b[2J坏人"]}]},
                                  ensure_ascii=False), encoding="utf-8")
    assert main(["lexicon", "import", str(lexicon), "--db", str(db)]) != 0
    assert "is no name an editor may have" in capsys.readouterr().err   # (named since run 27 A51)
