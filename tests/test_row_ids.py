"""Row ids are never given twice (SQLite AUTOINCREMENT), so a redo finds its rows' ids still free (run 11 #14)."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from jmreview.store.changes import last_log_id, redo, undo
from jmreview.store.database import Store
from jmreview.store.models import ALL_MODELS, Article, SourceFile
from jmreview.store.team import mark_double_review, review_copies
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS

FIXTURE = Path(__file__).parent / "data" / "schema1.sqlite3"


def current_pages() -> list[int]:
    return [f.id for f in SourceFile.select().where(SourceFile.replaced_by.is_null() & SourceFile.review_of.is_null())
            .order_by(SourceFile.id)]


def undo_then_another_makes_rows_then_redo(db: Path | str) -> None:
    """Mark a page for double review, undo it, let another process mark another page, redo the first marking."""
    with Store(db) as store:
        first, second = current_pages()[:2]
        mark_double_review(store, "主编", first, ["a", "b"])
        marking = last_log_id()
        assert marking is not None
        undo(store, marking, "主编")
    with Store(db) as other:   # another process: its new copies would take the undone copies' ids
        mark_double_review(other, "丙", second, ["c", "d"])
    with Store(db) as store:
        redo(store, marking, "主编")
        assert sorted(c.review_editor for c in review_copies(first)) == ["a", "b"]
        assert sorted(c.review_editor for c in review_copies(second)) == ["c", "d"]


def test_a_redo_after_another_process_made_rows_is_not_refused(db_location: Path | str) -> None:
    with Store(db_location) as store:
        import_paths(store, sorted(SEEDS.glob("*.txt"))[:2], workers=1)
    undo_then_another_makes_rows_then_redo(db_location)


def test_an_older_database_is_rebuilt_with_ids_never_reused_and_keeps_everything(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, db)
    before = sqlite3.connect(db)
    counts = {m._meta.table_name: before.execute(f'SELECT COUNT(*), SUM(id) FROM "{m._meta.table_name}"').fetchone()
              for m in ALL_MODELS if m._meta.table_name in {"sourcefile", "article", "block", "entity", "editlog"}}
    before.close()
    with Store(db):
        assert Article.select().count() == counts["article"][0]
    after = sqlite3.connect(db)
    for table, (count, total) in counts.items():
        assert after.execute(f'SELECT COUNT(*), SUM(id) FROM "{table}"').fetchone() == (count, total)
        sql = after.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        assert "AUTOINCREMENT" in sql
    assert after.execute("PRAGMA foreign_key_check").fetchall() == []
    assert after.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    after.close()
    undo_then_another_makes_rows_then_redo(db)


def test_an_upgrade_keeps_ids_the_edit_log_gave_even_if_their_rows_are_gone(tmp_path: Path) -> None:
    """Run 13 A#10: the rebuild set each table's next id after the highest row left: an article of an undone split
    (deleted, named by the log) got its number given again, and the split's redo was refused."""
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, db)
    con = sqlite3.connect(db)
    (top,) = con.execute("SELECT MAX(id) FROM article").fetchone()
    con.execute("INSERT INTO editlog (at, who, action, summary, payload, inverse, undone) VALUES "
                "('2026-11-22 10:00:00', '老编辑', 'split_article', 'split', ?, '{}', 1)",
                (f'{{"steps": [{{"op": "create", "model": "Article", "id": {top + 5}, "after": {{}}}}]}}',))
    con.commit()
    con.close()
    with Store(db):
        pass
    con = sqlite3.connect(db)
    assert con.execute("SELECT seq FROM sqlite_sequence WHERE name = 'article'").fetchone() == (top + 5,)
    con.close()


def test_a_copy_keeps_the_ids_its_source_gave(db_location: Path | str, tmp_path: Path) -> None:
    """Run 13 B#12: an undone split, then `copy` (either way): the copy's next article took the undone one's
    number, and redoing the split there was refused as changed since."""
    from jmreview.store.copy import copy_corpus
    from jmreview.store.edits import split_article
    from jmreview.store.models import Block

    source = tmp_path / "source.sqlite3"
    with Store(source) as store:
        import_paths(store, sorted(SEEDS.glob("*.txt"))[:1], workers=1)
        art = Article.select().order_by(Article.id).first()
        split_article(store, "甲", Block.select().where(Block.article == art.id).order_by(Block.line)[1].id)
        split = last_log_id()
        assert split is not None
        undo(store, split, "甲")
    copy_corpus(source, db_location)
    with Store(db_location) as store:
        other = Article.select().order_by(Article.id.desc()).first()
        split_article(store, "乙", Block.select().where(Block.article == other.id).order_by(Block.line)[1].id)
        redo(store, split, "甲")   # the source's undone split, redone in the copy
