"""The newspaper in the window: files by issue and page, coverage, continued stories, links decided by keys,
the story shown whole, a file's issue and page set by hand, resolved dates in the entity table."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from jmreview.gui import news
from jmreview.gui.main_window import MainWindow
from jmreview.store.models import Article, Block, SourceFile, StoryLink

from ..test_newspaper_store import write_issue
from .conftest import open_window


@pytest.fixture
def paper(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    write_issue(tmp_path / "in", "2024-08-22", 3)
    write_issue(tmp_path / "in0", "2024-08-21", 5)
    (tmp_path / "loose.txt").write_text("没有日期的稿子\n　　江门日报讯 昨日，天气晴朗。\n", encoding="utf-8")
    w = open_window(qtbot, tmp_path, [tmp_path / "in", tmp_path / "in0", tmp_path / "loose.txt"])
    yield w
    w.session.store.close()


def _first_suggested(window: MainWindow) -> StoryLink:
    link = StoryLink.select().where(StoryLink.status == "suggested").order_by(StoryLink.id).first()
    window.select_article(link.then_id)
    return link


def test_files_are_listed_by_issue_and_page_with_coverage_and_a_bar_per_issue(paper: MainWindow) -> None:
    model = paper.files.model
    shown = [(model.data(model.index(r, 0)), model.data(model.index(r, 1))) for r in range(model.rowCount())]
    assert shown[:3] == [("2024-08-21", "A01"), ("2024-08-21", "A02"), ("2024-08-21", "A03")]
    assert shown[-1] == ("", "") and shown[8] == ("2024-08-22", "A01")
    assert model.data(model.index(0, 5)) == "—"   # nothing left unassigned
    assert paper.files.issues.names() == ["2024-08-21", "2024-08-22", None]
    # a line whose article went is unassigned: the column says so and the filter finds it
    sf = SourceFile.get((SourceFile.issue_date == "2024-08-22") & (SourceFile.page_label == "A02"))
    Block.update(article=None).where(Block.id == Block.select().where(
        (Block.file == sf) & Block.article.is_null(False)).order_by(Block.line).get().id).execute()
    paper.refresh()
    box = paper.files.unassigned
    box.setCurrentIndex(box.findData("some"))
    assert paper.files.ids() == [sf.id]
    assert model.data(model.index(0, 5)).endswith("%")
    assert paper.files.issues.tip("2024-08-22").count("%") == 4
    box.setCurrentIndex(box.findData("none"))
    assert sf.id not in paper.files.ids() and len(paper.files.ids()) == 16


def test_the_article_panel_says_where_the_story_continues_and_keys_decide(paper: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    link = _first_suggested(paper)
    first = Article.get_by_id(link.first_id)
    page = SourceFile.get_by_id(first.file_id).page_label
    assert f"Continues from {page}《{first.title}》 (suggested)" in paper.story.links.text()
    assert paper.story.buttons["accept"].isVisible()
    qtbot.keyClick(paper, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert StoryLink.get_by_id(link.id).status == "accepted"
    assert "(accepted)" in paper.story.links.text() and not paper.story.buttons["accept"].isVisible()
    paper.session.undo_stack.undo()
    assert StoryLink.get_by_id(link.id).status == "suggested"
    qtbot.keyClick(paper, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert StoryLink.get_by_id(link.id).status == "rejected"
    paper.select_article(link.first_id)
    then = Article.get_by_id(link.then_id)
    assert f"Continues in {SourceFile.get_by_id(then.file_id).page_label}《{then.title}》 (rejected)" \
        in paper.story.links.text()


def test_the_panel_reads_in_chinese(chinese: None, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_issue(tmp_path / "in", "2024-08-22", 3)
    w = open_window(qtbot, tmp_path, [tmp_path / "in"])
    try:
        link = _first_suggested(w)
        first = Article.get_by_id(link.first_id)
        assert f"续自 {SourceFile.get_by_id(first.file_id).page_label}《{first.title}》（建议）" in w.story.links.text()
        assert w.files.model.headerData(0, Qt.Orientation.Horizontal) == "期"
    finally:
        w.session.store.close()


def test_link_to_the_continuation_by_hand(paper: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    linked = {lk.first_id for lk in StoryLink.select()} | {lk.then_id for lk in StoryLink.select()}
    free = [a for a in Article.select().join(SourceFile).where(SourceFile.issue_date == "2024-08-21")
            .order_by(Article.id) if a.id not in linked]
    paper.select_article(free[0].id)
    target = next(a for a in free if a.file_id != free[0].file_id)
    wanted = f"{SourceFile.get_by_id(target.file_id).page_label} · 《{target.title}》"
    seen: list[list[str]] = []

    def choose(parent, title, label, items, *a):  # type: ignore[no-untyped-def]
        seen.append(list(items))
        return wanted, True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    paper.actions_by_name["link_continuation"].trigger()
    assert all("2024-08-22" not in i for i in seen[0]) and wanted in seen[0]
    link = StoryLink.get((StoryLink.first == free[0].id) & (StoryLink.then == target.id))
    assert (link.status, link.origin) == ("accepted", "manual")
    paper.session.undo_stack.undo()
    assert StoryLink.get_or_none(StoryLink.id == link.id) is None


def test_the_story_shown_whole_lists_both_parts_in_order_and_goes_to_each(paper: MainWindow) -> None:
    link = _first_suggested(paper)
    dialog = news.show_whole(paper)
    assert dialog is not None and [p.article_id for p in dialog.parts] == [link.first_id, link.then_id]
    assert len(dialog.texts) == 2 and all(t.toPlainText() for t in dialog.texts)
    dialog.go(link.first_id)
    assert paper.current_article == link.first_id
    assert paper.current_file == Article.get_by_id(link.first_id).file_id
    dialog.close()


def test_a_files_issue_and_page_set_by_hand_and_undone(paper: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    loose = SourceFile.get(SourceFile.name == "loose.txt")
    paper.select_file(loose.id)

    def accept(self: news.PageDialog) -> int:
        self.known.setChecked(True)
        self.issue.setDate(self.issue.date().fromString("2024-08-21", "yyyy-MM-dd"))
        self.page.setText("b5")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(news.PageDialog, "exec", accept)
    paper.actions_by_name["edit_page"].trigger()
    again = SourceFile.get_by_id(loose.id)
    assert (again.issue_date, again.page_label, again.page_source) == ("2024-08-21", "B05", "manual")
    model = paper.files.model
    row = model.row_of_id(loose.id)
    assert (model.data(model.index(row, 0)), model.data(model.index(row, 1))) == ("2024-08-21", "B05")
    assert row == 8   # after A01…A08 of that issue
    paper.session.undo_stack.undo()
    assert SourceFile.get_by_id(loose.id).page_label is None


def test_dates_show_their_resolved_day_and_unresolved_ones_are_flagged(paper: MainWindow) -> None:
    loose = SourceFile.get(SourceFile.name == "loose.txt")
    paper.select_file(loose.id)
    model = paper.entities.model
    col = len(model.columns) - 1
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    assert "昨日" in rows
    assert model.data(model.index(rows["昨日"], col)) == "⚠ unresolved"   # no issue date: left, and said
    assert model.data(model.index(rows["昨日"], col), Qt.ItemDataRole.ForegroundRole) is not None
    dated = Article.select().join(SourceFile).where(SourceFile.issue_date == "2024-08-21").first()
    from jmreview.store.models import Entity
    Entity.create(article=dated, file=dated.file_id, start=0, end=2, text="昨日", simplified="昨日", label="DATE",
                  resolved="2024-08-20", resolved_rule="relative_day")
    paper.select_article(dated.id)
    paper.entities.refresh()
    found = [model.data(model.index(r, col)) for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "DATE"]
    assert "2024-08-20" in found
