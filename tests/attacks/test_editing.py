"""Issue 10, lost work: undo across windows, edits on a replaced version, page versions written twice."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.store import changes, edits
from jmreview.store.changes import EditConflict
from jmreview.store.database import Store
from jmreview.store.models import Article, Block, SourceFile
from jmreview.workflows.importer import import_paths

from ..conftest import ROOT, SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]
PAGE = SEEDS / "001_69ca20e02664ffc6.txt"
OTHER_WINDOW = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from jmreview.store import edits
from jmreview.store.database import Store
with Store(Path(sys.argv[2]), backups=False) as store:
    def arg(a):
        try:
            return json.loads(a)
        except ValueError:
            return a
    getattr(edits, sys.argv[3])(store, "乙", *map(arg, sys.argv[4:]))
"""


def other_window(db: Path, edit: str, *args: object) -> None:
    """An edit made by another process on the same database (window B)."""
    out = subprocess.run([sys.executable, "-c", OTHER_WINDOW, str(ROOT), str(db), edit, *map(str, args)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


def test_item4_undo_refuses_to_put_back_a_value_another_window_changed(store: Store) -> None:
    """item 4: B changes a title after A did; A's undo must not silently restore the original over B's."""
    import_paths(store, [PAGE], workers=1)
    art = Article.select().order_by(Article.id).first()
    original = art.title
    log = edits.set_article_field(store, "甲", art.id, "title", "甲的标题")
    other_window(store.path, "set_article_field", art.id, "title", "乙的标题")
    with pytest.raises(EditConflict, match="cannot be undone"):
        changes.undo(store, log, "甲")
    assert Article.get_by_id(art.id).title == "乙的标题" != original
    # the same for a block: B moves a line A had given a role; A's undo is refused
    block = Block.select().where(Block.article == art.id).order_by(Block.line).first()
    log = edits.set_block_role(store, "甲", block.id, "caption")
    other_window(store.path, "set_block_role", block.id, "note")
    with pytest.raises(EditConflict):
        changes.undo(store, log, "甲")
    assert Block.get_by_id(block.id).role == "note"


def test_item4_undo_and_redo_still_work_when_nobody_else_touched_it(store: Store) -> None:
    """item 4: the check refuses only real conflicts; an edit's own undo/redo goes through."""
    import_paths(store, [PAGE], workers=1)
    arts = list(Article.select().order_by(Article.reading_order))
    log = edits.merge_articles(store, "甲", arts[0].id, arts[1].id)
    other_window(store.path, "set_article_field", arts[2].id, "title", "别的文章")  # unrelated
    changes.undo(store, log, "甲")
    assert Article.get_or_none(Article.id == arts[1].id) is not None
    changes.redo(store, log, "甲")
    assert Article.get_or_none(Article.id == arts[1].id) is None


def test_item4_the_before_values_come_from_the_database_not_a_stale_object(store: Store) -> None:
    """item 4: an edit records what is stored when it runs, so its undo puts back what was really there."""
    import_paths(store, [PAGE], workers=1)
    art = Article.select().order_by(Article.id).first()
    stale = Article.get_by_id(art.id)
    other_window(store.path, "set_article_field", art.id, "kicker", "乙的引题")
    with changes.record(store, "甲", "set_field", "test") as ch:
        ch.set(stale, subtitle="甲的副题")
        ch.set(stale, kicker="甲的引题")
    log = int(ch.steps[-1]["log"])
    changes.undo(store, log, "甲")
    assert Article.get_by_id(art.id).kicker == "乙的引题"


def replace_from_cli(db: Path, page: Path, text: str) -> None:
    page.write_text(text, encoding="utf-8")
    out = subprocess.run([*RUN, "import", str(page), "--db", str(db), "--replace", "--workers", "1"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


def test_item2_an_edit_on_a_replaced_version_is_refused(store: Store, tmp_path: Path) -> None:
    """item 2: after `import --replace`, an edit aimed at the old version is refused, not saved where no export sees it."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    import_paths(store, [page], workers=1)
    art = Article.select().order_by(Article.reading_order).first()
    log = edits.set_status(store, "甲", art.id, "reviewed")
    replace_from_cli(store.path, page, PAGE.read_text(encoding="utf-8") + "\n补充一行。\n")
    old = SourceFile.get_by_id(art.file_id)
    assert old.replaced_by is not None
    block = Block.select().where(Block.file == old).order_by(Block.line).first()
    for attempt in (lambda: edits.set_article_field(store, "甲", art.id, "title", "改在旧版本上"),
                    lambda: edits.set_block_role(store, "甲", block.id, "note"),
                    lambda: changes.undo(store, log, "甲")):
        with pytest.raises(EditConflict, match="replaced by a newer version"):
            attempt()
    assert Article.get_by_id(art.id).title != "改在旧版本上"
    assert Block.get_by_id(block.id).role != "note"


def test_item4_block_edits_are_refused_when_the_line_changed_since_it_was_shown(store: Store) -> None:
    """item 4 (block level): a line moved or re-roled by another window is not edited on the strength of a stale view."""
    import_paths(store, [PAGE], workers=1)
    arts = list(Article.select().order_by(Article.reading_order))
    block = Block.select().where(Block.article == arts[0].id).order_by(Block.line.desc()).first()
    shown = {"article_id": block.article_id, "role": block.role, "joins_previous": block.joins_previous,
             "duplicate_of": block.duplicate_of}
    other_window(store.path, "move_blocks", f"[{block.id}]", arts[1].id)
    for attempt in (lambda: edits.set_block_role(store, "甲", block.id, "caption", seen=shown),
                    lambda: edits.split_article(store, "甲", block.id, seen=shown),
                    lambda: edits.set_noise(store, "甲", block.id, True, seen=shown),
                    lambda: edits.move_blocks(store, "甲", [block.id], arts[2].id, seen={block.id: shown})):
        with pytest.raises(EditConflict, match="changed elsewhere"):
            attempt()
    assert Block.get_by_id(block.id).article_id == arts[1].id
    version = Article.get_by_id(arts[0].id).version
    edits.set_status(store, "乙", arts[0].id, "in_review")
    with pytest.raises(EditConflict):
        edits.merge_articles(store, "甲", arts[0].id, arts[1].id, versions=[version, arts[1].version])
