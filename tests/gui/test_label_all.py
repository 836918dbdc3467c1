"""Label-all and relabelling in the window, in Chinese (issue 12, item 7).

The dialog offers the chosen entity's label; a span keeps one entity, relabelled and accepted;
every run says in the status bar how many it added, relabelled and accepted (0 too).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from jmreview.gui.app import install_translations
from jmreview.store.models import Entity, SourceFile

from ..conftest import SEEDS
from .conftest import open_window
from .test_corrections import CTRL, correct, key

PAGE = "002_4a1bb4f78707ee57.txt"


@pytest.fixture
def zh_window(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    translators = install_translations(app, "zh_CN")
    w = open_window(qtbot, tmp_path, [SEEDS / PAGE, SEEDS / "004_8fe30a7831068c4f.txt"])
    w.select_file(SourceFile.get(SourceFile.name == PAGE).id)
    yield w
    w.session.store.close()
    for t in translators:
        app.removeTranslator(t)


def choose(window, entity: Entity) -> None:  # type: ignore[no-untyped-def]
    """Go to the entity's article and pick it in the entity list, as an editor clicks it."""
    window.select_article(entity.article_id)
    row = next(r for r in window.entities.model.rows if entity.id in r.ids)
    window.entities.select_id(row.id)


def answer(monkeypatch, label: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the label dialog with a label (None: take what it offers); returns what it offered."""
    offered: list[str] = []

    def get_item(parent, title, prompt, items, current=0, editable=True):  # type: ignore[no-untyped-def]
        offered.append(items[current])
        return (label or items[current]), True
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    return offered


def spans(text: str) -> list[tuple[int, int, str, str]]:
    """The entities of a text on the page of the tests, as (start, end, label, status)."""
    page = SourceFile.get(SourceFile.name == PAGE).id
    return sorted((e.start, e.end, e.label, e.status)
                  for e in Entity.select().where((Entity.simplified == text) & (Entity.file == page)))


def test_the_dialog_offers_the_chosen_entitys_label(zh_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    entity = Entity.get((Entity.simplified == "江海区") & (Entity.label == "LOC"))
    suggested = sum(1 for *_, st in spans("江海区") if st == "suggested")
    choose(zh_window, entity)
    offered = answer(monkeypatch, None)
    zh_window.actions_by_name["label_all_file"].trigger()
    assert offered == ["LOC"]
    assert {(lab, st) for *_, lab, st in spans("江海区")} == {("LOC", "accepted")}  # suggestions accepted
    message = zh_window.statusBar().currentMessage()
    assert f"接受 {suggested} 处" in message and "改标 0 处" in message, message


def test_another_label_relabels_the_span_and_says_so(zh_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    entity = Entity.get((Entity.simplified == "江海区") & (Entity.label == "LOC"))
    before = len(spans("江海区"))
    choose(zh_window, entity)
    answer(monkeypatch, "ORG")
    correct(zh_window, lambda: zh_window.actions_by_name["label_all_file"].trigger(),
            lambda: {(lab, st) for *_, lab, st in spans("江海区")} == {("ORG", "accepted")})
    assert len({(s, e) for s, e, *_ in spans("江海区")}) == len(spans("江海区")) >= before  # one entity a span
    message = zh_window.statusBar().currentMessage()  # after correct()'s redo: what was redone
    assert message.startswith("已重做") and "ORG" in message, message
    answer(monkeypatch, "LOC")
    choose(zh_window, Entity.get((Entity.simplified == "江海区") & (Entity.label == "ORG")))
    zh_window.actions_by_name["label_all_file"].trigger()
    assert "改标" in zh_window.statusBar().currentMessage()


def test_a_run_that_changes_nothing_says_zero(zh_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    entity = Entity.get((Entity.simplified == "江海区") & (Entity.label == "LOC"))
    choose(zh_window, entity)
    answer(monkeypatch, "LOC")
    zh_window.actions_by_name["label_all_file"].trigger()
    choose(zh_window, entity)
    zh_window.actions_by_name["label_all_file"].trigger()
    message = zh_window.statusBar().currentMessage()
    assert "新增 0" in message and "改标 0" in message and "接受 0" in message, message


def test_the_corpus_run_counts_and_accepts_suggestions(zh_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    entity = Entity.get((Entity.simplified == "江门") & (Entity.status == "suggested"))
    files = {e.file_id for e in Entity.select().where(Entity.simplified == "江门")}
    assert len(files) == 2
    choose(zh_window, entity)
    answer(monkeypatch, None)
    zh_window.actions_by_name["label_all_corpus"].trigger()
    statuses = {e.status for e in Entity.select().where((Entity.simplified == "江门")
                                                         & (Entity.label == entity.label))}
    assert statuses == {"accepted"}
    message = zh_window.statusBar().currentMessage()
    assert "全部标注" in message or "接受" in message, message
    assert any(ch.isdigit() and ch != "0" for ch in message), message


def test_a_relabel_by_key_accepts_the_entity(zh_window) -> None:  # type: ignore[no-untyped-def]
    entity = Entity.get((Entity.label == "LOC") & (Entity.status == "suggested")
                        & (Entity.file == SourceFile.get(SourceFile.name == PAGE).id))
    choose(zh_window, entity)
    key(zh_window, Qt.Key.Key_3, CTRL)  # ORG
    fresh = Entity.get_by_id(entity.id)
    assert (fresh.label, fresh.status) == ("ORG", "accepted")
    assert Entity.select().where((Entity.file == entity.file_id) & (Entity.start == entity.start)
                                 & (Entity.end == entity.end)).count() == 1
