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
