"""Issue 10: the rows run 23 left open, fixed in the session of run 24 (each test failed before its fix)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from jmreview.store.database import Store

from .test_database_safety import run_cli


def test_r23a_13_a_dropped_part_of_the_search_index_is_named_by_doctor(db: Path) -> None:
    """Run 23 A13: another tool dropped the search index's config table: doctor said ok, every search failed
    ("vtable constructor failed")."""
    from jmreview.store.search import ensure_index

    with Store(db) as store:
        ensure_index(store)
    con = sqlite3.connect(db)
    try:
        con.execute("DROP TABLE block_fts_config")
        con.commit()
    finally:
        con.close()
    out = run_cli("doctor", "--db", str(db))
    assert out.returncode == 1 and "search index" in out.stdout and "block_fts_config" in out.stdout, out.stdout


def test_r23a_39_a_link_to_the_live_database_in_its_backups_folder_is_no_backup(db: Path) -> None:
    """Run 23 A39: a symlink in the backups folder, named like a backup, to the database itself: listed (and by
    doctor) as a good backup, and restoring it copied the database onto itself."""
    from jmreview.store.backup import backup_dir, list_backups, make_backup, named_backups

    make_backup(db, "manual")
    folder = backup_dir(db)
    link = folder / f"{db.stem}-20991201-000000-000000-before-import.sqlite3"
    link.symlink_to(Path("..") / db.name)
    hard = folder / f"{db.stem}-20991202-000000-000000-before-import.sqlite3"
    hard.hardlink_to(db)
    assert link.exists() and hard.exists()
    assert {b.path for b in named_backups(db)}.isdisjoint({link, hard})
    assert {b.path for b in list_backups(db)}.isdisjoint({link, hard}) and list_backups(db)   # the real one stays


def test_r23b_51_two_reviewers_who_put_no_line_in_an_article_alike_have_no_role_agreement(db: Path) -> None:
    """Run 23 B51: A marked every line of her copy noise, B changed nothing: `agreement` said role F1 1.0000 and
    kappa 1.0000 — perfect agreement on roles by two reviewers who agreed on no line."""
    from jmreview.exchange.agreement import page_agreement
    from jmreview.store.edits import set_noise
    from jmreview.store.models import Block, SourceFile
    from jmreview.store.team import mark_double_review, review_copy

    with Store(db) as store:
        page = SourceFile.select().where(SourceFile.review_of.is_null()).order_by(SourceFile.id).first().id
        mark_double_review(store, "主编", page, ["甲", "乙"])
        copy = review_copy(page, "甲")
        assert copy is not None
        for block in Block.select().where(Block.file == copy.id):
            set_noise(store, "甲", block.id, True)
        found = page_agreement(page)
        assert found.role_f1 is None and found.role_kappa is None
    out = run_cli("agreement", "--db", str(db))
    assert out.returncode == 0 and "role F1 -" in out.stdout and "role F1 1.0000" not in out.stdout, out.stdout


def test_r23b_54_a_review_copy_is_marked_and_corrected_only_by_its_own_editor(db: Path, tmp_path: Path) -> None:
    """Run 23 B54: a snapshot forged so that an article of 甲's review copy is "reviewed by 丙" (no reviewer of the
    page) was restored, doctor ok; and the store let 乙 (the other reviewer) correct 甲's copy."""
    import json

    import pytest

    from jmreview.exchange.export_json import export_json
    from jmreview.exchange.import_json import InvalidCorpus, import_json
    from jmreview.store.changes import EditConflict
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, SourceFile
    from jmreview.store.team import mark_double_review, review_copy

    with Store(db) as store:
        page = SourceFile.select().where(SourceFile.review_of.is_null()).order_by(SourceFile.id).first().id
        mark_double_review(store, "主编", page, ["甲", "乙"])
        copy = review_copy(page, "甲")
        assert copy is not None
        art = Article.select().where(Article.file == copy.id).first()
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, "乙", art.id, "title", "乙改了甲的副本")
        assert refused.value.code == "not_your_copy"
        set_article_field(store, "甲", art.id, "title", "甲改自己的副本")   # her own: saved
        target = tmp_path / "snap.json"
        export_json(target, with_source=True)
    doc = json.loads(target.read_text(encoding="utf-8"))
    doc["team"]["reviews"][0]["copies"][0]["articles"][0].update(
        status="reviewed", reviewer="丙", reviewed_at="2026-12-01T00:00:00+00:00")
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "new.sqlite3") as store, pytest.raises(InvalidCorpus) as bad:
        import_json(store, forged, "甲")
    assert "丙" in str(bad.value) and "own editor" in str(bad.value), bad.value


def test_r23a_46_a_corpus_file_of_millions_of_empty_records_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """Run 23 A46: 120 MB of `{"junk": [{}, {}, …]}` (40 M objects, no version): refused as "only versions 1 and 2
    are understood" — after 110 s at 9.7 GB, the whole file parsed first (the window: out of memory)."""
    import pytest

    from jmreview.exchange.import_json import InvalidCorpus, import_json
    from jmreview.exchange.json_validate import MAX_RECORDS

    target = tmp_path / "junk.json"
    target.write_bytes(b'{"junk": [' + b"{}," * MAX_RECORDS + b'{}]}')
    with Store(tmp_path / "new.sqlite3") as store, pytest.raises(InvalidCorpus) as refused:
        import_json(store, target, "甲")
    assert "records" in str(refused.value) and "version" not in str(refused.value), refused.value


def test_r23a_19_a_workbook_of_endless_bad_rows_is_refused_without_reading_them_all(db: Path, tmp_path: Path) -> None:
    """Run 23 A19: 3,000,000 rows without ids appended to the entity sheet: refused only after 106 s and 4.1 GB (every
    row's problem collected first). Reading stops at a thousand problems, and says so."""
    import pytest
    from openpyxl import load_workbook

    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_read import MAX_PROBLEMS, XlsxRefused, read_workbook

    book = tmp_path / "b.xlsx"
    with Store(db):
        export_xlsx(book)
    wb = load_workbook(book)
    sheet = wb.worksheets[1]
    for n in range(MAX_PROBLEMS + 500):
        sheet.append(["", 1, "X", "PER", "accepted", f"名{n}"])
    wb.save(book)
    with Store(db), pytest.raises(XlsxRefused) as refused:
        read_workbook(book)
    problems = refused.value.problems
    assert len(problems) <= MAX_PROBLEMS + 1 and "not read from row" in problems[-1], problems[-1]


def test_r23a_54_a_backup_of_before_another_tool_changed_the_page_size_restores(db: Path) -> None:
    """Run 23 A54: another SQLite tool set page_size 65536 and vacuumed; every older backup was then refused: "没有从
    …恢复（attempt to write a readonly database）" — SQLite's English, and no way to put back work from before."""
    from jmreview.store.backup import make_backup
    from jmreview.store.models import SourceFile
    from jmreview.store.restore import restore_backup

    with Store(db):
        before = SourceFile.select().count()
    older = make_backup(db, "manual")
    con = sqlite3.connect(db)
    try:
        for sql in ("PRAGMA journal_mode = DELETE", "PRAGMA page_size = 65536", "VACUUM", "PRAGMA journal_mode = WAL",
                    "DELETE FROM block_fts"):
            con.execute(sql).fetchall()
        con.commit()
        assert con.execute("PRAGMA page_size").fetchone()[0] == 65536
    finally:
        con.close()
    restore_backup(older, db)
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()
    with Store(db):
        assert SourceFile.select().count() == before


def test_r23a_43_doctor_names_a_database_with_a_line_break_in_its_name_on_one_line(db: Path, tmp_path: Path) -> None:
    """Run 23 A43: a database named `a<LF>b<FF>.sqlite3`: doctor printed its path with a raw line break (an import shows
    such a name escaped, `\\x0a`)."""
    import shutil

    odd = tmp_path / "a\nb\f.sqlite3"
    shutil.copy(db, odd)
    out = run_cli("doctor", "--db", str(odd))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "a\\nb\\x0c.sqlite3: ok" in out.stdout and "\f" not in out.stdout, out.stdout


def test_r22a_59_a_colleagues_copy_with_as_many_edits_as_mine_gets_its_own_backup_when_opened(db: Path,
                                                                                             tmp_path: Path) -> None:
    """Run 22 A59: her copy of my database, one edit of another article on each side, copied back over mine: its
    content stamp equalled my newest backup's, so no on-open backup was made of what was opened (a damage then, and
    "restore the newest" put mine back: hers only in the damaged file)."""
    import shutil

    from jmreview.store.backup import list_backups
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    hers = tmp_path / "hers" / db.name
    hers.parent.mkdir()
    shutil.copy(db, hers)
    with Store(db) as store:
        ids = [a.id for a in Article.select().order_by(Article.id)]
        set_article_field(store, "我", ids[0], "title", "我的标题")
    with Store(hers) as store:
        set_article_field(store, "她", ids[2], "title", "她的标题")
    with Store(db):
        pass   # an on-open backup of mine (its newest)
    shutil.copy(hers, db)
    for companion in (f"{db}-wal", f"{db}-shm"):
        Path(companion).unlink(missing_ok=True)
    with Store(db):
        assert Article.get_by_id(ids[2]).title == "她的标题"
    newest = list_backups(db)[0].path
    con = sqlite3.connect(newest)
    try:
        assert con.execute("SELECT title FROM article WHERE id = ?", (ids[2],)).fetchone()[0] == "她的标题"
    finally:
        con.close()


def test_r21a_42_doctor_names_a_backups_folder_shared_through_a_link(db: Path, tmp_path: Path) -> None:
    """Run 21 A42: x/a.sqlite3 and y/a.sqlite3 (other corpora, one name), y's backups folder a link to x's: doctor of
    each said the other's backup "is a backup of another database … move it away" — following it took y's only
    backup from y's folder; neither said that the folder itself is shared."""
    import shutil

    from jmreview.store.backup import backup_dir
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    x, y = tmp_path / "x" / "a.sqlite3", tmp_path / "y" / "a.sqlite3"
    x.parent.mkdir()
    y.parent.mkdir()
    shutil.copy(db, x)
    with Store(x) as store:
        store.backup("manual")
    backup_dir(y).symlink_to(backup_dir(x))
    with Store(y) as store:
        import_paths(store, [SEEDS / "004_8fe30a7831068c4f.txt"], workers=1)
        store.backup("manual")
    out = run_cli("doctor", "--db", str(y))
    assert "link" in out.stdout and "a backups folder of its own" in out.stdout, out.stdout
    assert "move it away" not in out.stdout, out.stdout
