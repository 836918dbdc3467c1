"""Re-running automation never overwrites what a person decided."""
from __future__ import annotations

from pathlib import Path

from jmreview.store.models import Article, Block, EditLog, Entity, SourceFile
from jmreview.workflows.automation import rerun_file
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS


def snapshot(article: Article) -> tuple:
    blocks = [(b.line, b.role, b.joins_previous, b.duplicate_of) for b in
              Block.select().where(Block.article == article).order_by(Block.position)]
    ents = sorted((e.start, e.end, e.label, e.status) for e in Entity.select().where(Entity.article == article))
    fresh = Article.get_by_id(article.id)
    return (fresh.title, fresh.status, fresh.category, blocks, ents)


def test_rerun_keeps_reviewed_and_hand_edited_articles(store, tmp_path: Path) -> None:
    import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    source = SourceFile.get()
    arts = list(Article.select().where(Article.file == source).order_by(Article.reading_order))
    reviewed, edited, plain = arts[0], arts[2], arts[3]
    Article.update(status="reviewed", title="编辑改过的标题").where(Article.id == reviewed.id).execute()
    Entity.update(status="accepted").where(Entity.article == reviewed).execute()
    Article.update(manual=["title"], title="手改标题").where(Article.id == edited.id).execute()
    first_block = Block.select().where(Block.article == plain).order_by(Block.position).first()
    Article.update(title="机器标题被改").where(Article.id == plain.id).execute()
    before = {a.id: snapshot(a) for a in (reviewed, edited)}
    total_blocks = Block.select().where(Block.file == source).count()

    report = rerun_file(store, source)

    assert report.kept == 2 and report.redone >= 5
    assert {a.id: snapshot(a) for a in (reviewed, edited)} == before
    # the untouched article was redone from the source: its title is automation's again
    redone = Block.get_by_id(first_block.id).article
    assert redone.title.startswith("江海区委十届五次全会召开")
    # every block is still in at most one article, and reading order follows the page
    owned = [b.article_id for b in Block.select().where(Block.file == source)]
    assert len(owned) == total_blocks
    orders = [a.reading_order for a in Article.select().where(Article.file == source).order_by(Article.reading_order)]
    assert orders == list(range(len(orders)))
    assert EditLog.select().where(EditLog.action == "rerun_automation").count() == 1


def test_rerun_respects_a_block_moved_by_hand(store) -> None:
    import_paths(store, [SEEDS / "004_8fe30a7831068c4f.txt"], workers=1)
    source = SourceFile.get()
    block = Block.get((Block.file == source) & (Block.line == 166))
    Block.update(role="body", manual=["role"]).where(Block.id == block.id).execute()
    rerun_file(store, source)
    again = Block.get_by_id(block.id)
    assert again.role == "body" and again.manual == ["role"]
