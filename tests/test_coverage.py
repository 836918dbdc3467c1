"""Coverage: how much of each page and issue is in articles, in noise, unassigned, and reviewed."""
from __future__ import annotations

from pathlib import Path

from jmreview.cli import main
from jmreview.store import edits
from jmreview.store.coverage import issues, page_coverage, pages
from jmreview.store.database import Store
from jmreview.store.models import Article, Block, SourceFile
from jmreview.workflows.importer import import_paths

from .test_newspaper_store import write_issue


def test_every_character_of_a_page_is_in_an_article_in_noise_or_unassigned(tmp_path: Path) -> None:
    write_issue(tmp_path / "in", "2024-08-21", 3)
    with Store(tmp_path / "db.sqlite3") as store:
        import_paths(store, [tmp_path / "in"], workers=1)
        sf = SourceFile.get(SourceFile.page_label == "A01")
        before = page_coverage([sf.id])[sf.id]
        chars = sum(b.end - b.start for b in Block.select().where(Block.file == sf))
        assert before.chars == chars and before.unassigned == 0 and before.reviewed == 0
        block = Block.select().where((Block.file == sf) & Block.article.is_null(False)).order_by(Block.line.desc()).get()
        edits.set_noise(store, "甲", block.id, True)   # a person takes a line out: noise, not unassigned
        after = page_coverage([sf.id])[sf.id]
        assert after.noise == before.noise + block.end - block.start and after.unassigned == 0
        art = Article.select().where(Article.file == sf).order_by(Article.reading_order).first()
        mine = sum(b.end - b.start for b in Block.select().where(Block.article == art))
        edits.set_status(store, "甲", art.id, "reviewed")
        assert page_coverage([sf.id])[sf.id].reviewed == mine
        other = Block.select().where((Block.file == sf) & Block.article.is_null(False)).order_by(Block.line).get()
        Block.update(article=None).where(Block.id == other.id).execute()   # its article went: nobody decided
        left = page_coverage([sf.id])[sf.id]
        assert left.unassigned == other.end - other.start
        assert left.in_articles + left.noise + left.unassigned == left.chars


def test_issues_add_up_their_pages_and_stats_prints_them(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write_issue(tmp_path / "in", "2024-08-21", 3)
    write_issue(tmp_path / "in2", "2024-08-22", 4)
    (tmp_path / "loose.txt").write_text("一篇没有日期的稿子\n　　江门日报讯 今日天气晴朗。\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    with Store(db) as store:
        import_paths(store, [tmp_path / "in", tmp_path / "in2", tmp_path / "loose.txt"], workers=1)
        found = issues()
        assert [issue for issue, _, _ in found] == ["2024-08-21", "2024-08-22", None]
        assert [len(members) for _, members, _ in found] == [8, 8, 1]
        assert found[0][2].chars == sum(p.coverage.chars for p in pages() if p.issue == "2024-08-21")
        art = Article.select().join(SourceFile).where(SourceFile.issue_date == "2024-08-22").first()
        edits.set_status(store, "甲", art.id, "reviewed")
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    lines = [ln for ln in out.splitlines() if ln.startswith(("2024-", "(no issue)"))]
    assert len(lines) == 3 and lines[0].startswith("2024-08-21") and "8 pages" in lines[0]
    assert "unassigned 0.0%" in lines[0] and "reviewed 0.0%" in lines[0]
    assert "reviewed 0.0%" not in lines[1]
