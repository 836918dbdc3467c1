"""Issue 14 in the store: imported issues get their pages, dates and continued stories; people's links stay."""
from __future__ import annotations

from pathlib import Path

import pytest

from jmreview.store import edits
from jmreview.store.changes import EditConflict, undo
from jmreview.store.database import Store
from jmreview.store.models import Article, Entity, SourceFile, StoryLink
from jmreview.store.story_edits import link_stories, set_link_status, set_page, story_of, unlink
from jmreview.workflows.automation import rerun_file
from jmreview.workflows.importer import import_paths

from .newspaper_gen import make_issue


def write_issue(folder: Path, issue: str, seed: int) -> list:
    pages, stories = make_issue(issue, seed)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return stories


def true_links(stories: list, issue: str) -> set[tuple[int, int]]:
    """The (first, then) article ids of the generated stories, found by their titles and notes."""
    out = set()
    for st in stories:
        first_file = SourceFile.get((SourceFile.issue_date == issue) & (SourceFile.page_label == f"A{st.first_page:02d}"))
        firsts = [a for a in Article.select().where(Article.file == first_file) if a.title_simplified == st.title]
        assert len(firsts) == 1, st
        out.add(firsts[0].id)
    return out


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "news.sqlite3"


def test_an_imported_issue_is_identified_linked_and_never_across_issues(db: Path, tmp_path: Path) -> None:
    stories_a = write_issue(tmp_path / "in", "2024-08-21", 3)
    stories_b = write_issue(tmp_path / "in", "2024-08-22", 4)   # the next day: the same page labels
    with Store(db) as store:
        import_paths(store, [tmp_path / "in"], workers=1)
        assert {(f.issue_date, f.page_label, f.page_source) for f in SourceFile.select()} == {
            (day, f"A{p:02d}", "name") for day in ("2024-08-21", "2024-08-22") for p in range(1, 9)}
        links = list(StoryLink.select())
        issue_of = {a.id: SourceFile.get_by_id(a.file_id).issue_date for a in Article.select()}
        assert all(issue_of[lk.first_id] == issue_of[lk.then_id] for lk in links)
        firsts = true_links(stories_a, "2024-08-21") | true_links(stories_b, "2024-08-22")
        found = {lk.first_id for lk in links}
        assert len(firsts & found) >= 0.95 * len(firsts) and len(found - firsts) <= 0.05 * len(firsts), \
            (len(firsts), len(found), len(firsts & found))
        assert all(lk.status == "suggested" and lk.origin == "auto" for lk in links)


def test_dates_are_resolved_against_the_issue(db: Path, tmp_path: Path) -> None:
    page = tmp_path / "2024-01-02_A01.txt"
    page.write_text("侨乡新春活动举行\n　　江门日报讯（记者/李明）昨日，江门市举行新春活动，12月30日的彩排吸引了市民。\n", encoding="utf-8")
    with Store(db) as store:
        import_paths(store, [page], workers=1)
        dates = {e.text: (e.resolved, e.resolved_rule) for e in Entity.select().where(Entity.label == "DATE")}
        assert dates["昨日"] == ("2024-01-01", "relative_day")
        assert dates["12月30日"] == ("2023-12-30", "month_day_other_year")
        assert Article.get().date == "2024-01-01"


def test_people_decide_links_undoably_and_re_runs_keep_them(db: Path, tmp_path: Path) -> None:
    write_issue(tmp_path / "in", "2024-08-21", 1)
    with Store(db) as store:
        import_paths(store, [tmp_path / "in"], workers=1)
        link = StoryLink.select().first()
        log = set_link_status(store, "甲", link.id, "rejected")
        source = SourceFile.get_by_id(Article.get_by_id(link.first_id).file_id)
        rerun_file(store, source)    # the rejected link's articles are kept, and the pair is not proposed again
        again = StoryLink.get_by_id(link.id)
        assert again.status == "rejected"
        assert StoryLink.select().where((StoryLink.first == link.first_id) & (StoryLink.status != "rejected")).count() == 0
        undo(store, log, "甲")
        assert StoryLink.get_by_id(link.id).status == "suggested"
        # by hand: the part continues in another article; the old suggestion is rejected, one undo brings it back
        other = Article.select().where((Article.id != link.then_id) & (Article.id != link.first_id)).first()
        made = link_stories(store, "甲", link.first_id, other.id)
        assert story_of(link.first_id) == [link.first_id, other.id]
        assert StoryLink.get_by_id(link.id).status == "rejected"
        undo(store, made, "甲")
        assert StoryLink.get_by_id(link.id).status == "suggested"
        assert story_of(link.first_id) == [link.first_id, link.then_id]
        manual = link_stories(store, "甲", link.first_id, other.id)
        manual_link = StoryLink.get((StoryLink.first == link.first_id) & (StoryLink.then == other.id))
        unlink(store, "甲", manual_link.id)
        assert not StoryLink.select().where(StoryLink.id == manual_link.id).exists()
        assert manual


def test_a_merge_that_removes_a_linked_article_is_undone_with_its_link(db: Path, tmp_path: Path) -> None:
    write_issue(tmp_path / "in", "2024-08-21", 2)
    with Store(db) as store:
        import_paths(store, [tmp_path / "in"], workers=1)
        link = StoryLink.select().first()
        then = Article.get_by_id(link.then_id)
        before = Article.select().where((Article.file == then.file_id) & (Article.reading_order == then.reading_order - 1)).first()
        assert before is not None
        log = edits.merge_articles(store, "甲", before.id, then.id)
        assert not StoryLink.select().where(StoryLink.id == link.id).exists()
        undo(store, log, "甲")
        assert StoryLink.get_by_id(link.id).then_id == then.id


def test_page_set_by_hand_and_refusals(db: Path, tmp_path: Path) -> None:
    page = tmp_path / "plain.txt"
    page.write_text("标题\n　　正文。\n", encoding="utf-8")
    with Store(db) as store:
        import_paths(store, [page], workers=1)
        sf = SourceFile.get()
        assert (sf.issue_date, sf.page_label, sf.page_source) == (None, None, "none")
        log = set_page(store, "甲", sf.id, "2024-08-21", "a3")
        assert (SourceFile.get().issue_date, SourceFile.get().page_label, SourceFile.get().page_source) == \
            ("2024-08-21", "A03", "manual")
        undo(store, log, "甲")
        assert SourceFile.get().page_source == "none"
        with pytest.raises(EditConflict):
            set_page(store, "甲", sf.id, "2024-02-30", "A1")
        with pytest.raises(EditConflict):
            set_page(store, "甲", sf.id, "2024-02-03", "封面")
        art = Article.get()
        with pytest.raises(EditConflict):
            link_stories(store, "甲", art.id, art.id)
