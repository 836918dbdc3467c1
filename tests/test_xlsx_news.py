"""The newspaper in the Excel export: files by issue and page, 续自 / 转至, continued stories joined, coverage."""
from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from jmreview.exchange.export_xlsx import export_xlsx
from jmreview.exchange.xlsx_changes import plan_workbook
from jmreview.store.database import Store
from jmreview.store.models import Article, SourceFile, StoryLink
from jmreview.store.story_edits import set_link_status
from jmreview.workflows.importer import import_paths

from .test_newspaper_store import write_issue


def test_the_workbook_shows_pages_links_stories_and_coverage(tmp_path: Path) -> None:
    write_issue(tmp_path / "in", "2024-08-22", 3)
    write_issue(tmp_path / "in0", "2024-08-21", 5)
    path = tmp_path / "news.xlsx"
    with Store(tmp_path / "db.sqlite3") as store:
        import_paths(store, [tmp_path / "in", tmp_path / "in0"], workers=1)
        link = StoryLink.select().order_by(StoryLink.id).first()
        set_link_status(store, "甲", link.id, "accepted")
        first, then = Article.get_by_id(link.first_id), Article.get_by_id(link.then_id)
        pages = {a.id: SourceFile.get_by_id(a.file_id).page_label for a in (first, then)}
        export_xlsx(path)
        wb = load_workbook(path)
        files = [(r[0].value, r[1].value) for r in wb["文件"].iter_rows(min_row=2)]
        assert files == sorted(files) and files[0] == ("2024-08-21", "A01") and len(files) == 16
        arts = {r[2].value: [c.value for c in r] for r in wb["文章"].iter_rows(min_row=2)}
        assert arts[first.id][19] == str(then.id) and arts[then.id][18] == str(first.id)
        suggested = StoryLink.select().where(StoryLink.status == "suggested").first()
        assert arts[suggested.first_id][19] == f"{suggested.then_id}（建议）"
        story = next(r for r in wb["续稿"].iter_rows(min_row=2, values_only=True) if f"{first.id}《" in r[2])
        assert story[2].index(pages[first.id]) < story[2].index(pages[then.id])
        assert arts[first.id][14] in story[5] and arts[then.id][14] in story[5]
        assert story[5].index(arts[first.id][14]) < story[5].index(arts[then.id][14])
        summary = [r for r in wb["概览"].iter_rows(values_only=True)]
        head = next(k for k, r in enumerate(summary) if r[0] == "按期覆盖")
        assert [r[0] for r in summary[head + 2:head + 4]] == ["2024-08-21", "2024-08-22"]
        assert summary[head + 2][1] == 8 and summary[head + 2][4] == 0


def test_a_workbook_exported_before_the_link_columns_still_comes_back(tmp_path: Path) -> None:
    write_issue(tmp_path / "in", "2024-08-22", 3)
    path = tmp_path / "news.xlsx"
    with Store(tmp_path / "db.sqlite3") as store:
        import_paths(store, [tmp_path / "in"], workers=1)
        export_xlsx(path)
        wb = load_workbook(path)
        ws = wb["文章"]
        ws.delete_cols(19, 4)   # the layout of an export from before issue 14 (and the hidden copy of the id)
        ws["D2"] = "改过的标题"
        wb.save(path)
        plan = plan_workbook(path)
        assert not plan.refused and [list(a.fields) for a in plan.articles] == [["title"]]
