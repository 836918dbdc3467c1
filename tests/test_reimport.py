"""A new version of an imported file keeps people's work; changes to it need a confirmation."""
from __future__ import annotations

from pathlib import Path

from jmreview.store import edits
from jmreview.store.doctor import examine
from jmreview.store.models import Article, Block, Entity, SourceFile
from jmreview.store.queries import files
from jmreview.workflows.importer import import_paths
from jmreview.workflows.reimport import CHANGED

from .conftest import SEEDS

ORIGINAL = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")


def setup(store, tmp_path: Path) -> tuple[Path, Article, Article]:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.txt"
    page.write_text(ORIGINAL, encoding="utf-8")
    import_paths(store, [page], workers=1)
    arts = list(Article.select().order_by(Article.reading_order))
    feature, news = arts[0], arts[1]
    edits.set_status(store, "甲", feature.id, "reviewed")
    edits.set_article_field(store, "甲", news.id, "title", "小林粉丝见面会（编辑改）")
    Entity.update(status="accepted").where(Entity.article == news).execute()
    return page, feature, news


def test_unchanged_articles_keep_every_correction(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, feature, news = setup(store, tmp_path)
    accepted = sorted((e.text, e.label) for e in Entity.select().where(Entity.article == news))
    # the new version: one line of an untouched news item changed, a line added at the end
    lines = ORIGINAL.split("\n")
    lines[84] = lines[84].replace("江门海关", "江门海关（更正）")
    page.write_text("\n".join(lines) + "\n\n补充说明一则。\n", encoding="utf-8")
    report = import_paths(store, [page], workers=1)
    assert report.new_versions == ["page.txt"] and not report.refused and not report.flagged
    current = files()
    assert [f.name for f in current] == ["page.txt"] and SourceFile.select().count() == 2  # old one kept
    new = current[0]
    kept = Article.get((Article.file == new) & (Article.status == "reviewed"))
    assert kept.title == feature.title and kept.version > feature.version
    assert Block.select().where(Block.article == kept).count() == Block.select().where(
        Block.article == feature).count()
    edited = Article.get((Article.file == new) & (Article.title == "小林粉丝见面会（编辑改）"))
    assert sorted((e.text, e.label) for e in Entity.select().where(Entity.article == edited)) == accepted
    assert all(new.text[e.start:e.end] == e.text for e in Entity.select().where(Entity.file == new))
    assert not examine(store).problems


def test_changed_lines_in_reviewed_work_need_replace_and_are_flagged(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, feature, _ = setup(store, tmp_path)
    lines = ORIGINAL.split("\n")
    lines[18] = lines[18] + "（新版本改写）"  # a paragraph of the reviewed feature
    page.write_text("\n".join(lines), encoding="utf-8")
    refused = import_paths(store, [page], workers=1)
    assert refused.refused and "--replace" in refused.refused[0][1] and feature.title in refused.refused[0][1]
    assert SourceFile.select().count() == 1
    report = import_paths(store, [page], workers=1, replace=True)
    assert report.new_versions == ["page.txt"] and len(report.flagged) == 1
    moved = Article.get((Article.file == files()[0]) & (Article.title == feature.title))
    assert moved.status == "in_review" and moved.flag == CHANGED
    assert SourceFile.get_by_id(feature.file_id).replaced_by == files()[0].id
    assert not examine(store).problems
