"""The window's round trips: an edited workbook previewed in Chinese then applied as one undo step; annotations."""
from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QMessageBox

from jmreview.errors import Coded
from jmreview.exchange.export_xlsx import export_xlsx
from jmreview.gui import round_trips
from jmreview.gui.store_messages import coded_text
from jmreview.store.models import Article, Entity


def test_every_message_of_the_round_trips_reads_in_chinese(chinese: None) -> None:
    from jmreview.exchange.annotations_in import NOTES
    from jmreview.exchange.lexicon_check import ENTRY_PROBLEMS, FILE_PROBLEMS
    from jmreview.exchange.safe_read import REFUSALS
    from jmreview.exchange.xlsx_changes import CHANGES
    from jmreview.exchange.xlsx_read import PROBLEMS

    english = re.compile(r"\b(?!BIO\b|JSONL?\b|Label\b|Studio\b|doccano\b|spaCy\b|brat\b|jmreview\b"   # formats,
                         r"|UTF\b|CSV\b|zip\b|format\b|lexicon\b|text\b|label\b|labels\b|start\b|end\b|positive\b)"
                         r"[A-Za-z]{3,}\b")   # their fields
    names = ("file", "detail", "sheet", "column", "found", "expected", "row", "header", "value", "other", "allowed",
             "id", "title", "field", "old", "new", "text", "n", "here", "here_at", "theirs", "theirs_at", "articles", "line", "doc", "start",
             "end", "label", "written", "row_file", "key", "limit", "kind", "count", "header", "n", "name", "point",
             "pages")
    lexicon = [*FILE_PROBLEMS.values(), *ENTRY_PROBLEMS["csv"].values(), *ENTRY_PROBLEMS["json"].values()]
    left = [t for t in [*PROBLEMS.values(), *CHANGES.values(), *NOTES.values(), *REFUSALS.values(), *lexicon]
            if english.search(coded_text(Coded(t, **dict.fromkeys(names, "1"))))]
    assert not left, left


def test_export_dialog_writes_annotation_formats_in_simplified(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jmreview.gui.export_dialog import ExportDialog, default_name
    from jmreview.gui.jobs import export_to

    dialog = ExportDialog("zh_CN", window)
    dialog.format.setCurrentIndex(dialog.format.findData("labelstudio"))
    assert dialog.script.isEnabled() and default_name("labelstudio").endswith(".json")
    dialog.script.setCurrentIndex(dialog.script.findData("simplified"))
    job = export_to(window, dialog.choice(tmp_path / "ls.json"))
    qtbot.waitUntil(job.isFinished, timeout=30000)
    qtbot.wait(20)
    tasks = json.loads((tmp_path / "ls.json").read_text(encoding="utf-8"))
    assert len(tasks) == Article.select().count() and "江门" in "".join(t["data"]["text"] for t in tasks)


def test_edited_workbook_previewed_applied_and_undone(window, chinese, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    art = Article.select().order_by(Article.id).first()
    old_title = art.title
    wb = load_workbook(path)
    row = next(r for r in range(2, wb["文章"].max_row + 1) if wb["文章"].cell(r, 3).value == art.id)
    wb["文章"].cell(row, 4).value = "同事改过的标题"
    wb["文章"].cell(row, 8).value = "已审"
    wb.save(path)
    shown: list[list[str]] = []

    def accept(dialog: round_trips.PreviewDialog) -> int:
        shown.append(dialog.lines())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(round_trips.PreviewDialog, "exec", accept)
    round_trips.import_xlsx_into(window, path)
    assert shown[0][:3] == [f"文章 {art.id}《{old_title}》", f"标题：“{old_title}” → “同事改过的标题”",
                            "状态：“自动” → “已审”"]
    assert Article.get_by_id(art.id).title == "同事改过的标题"
    assert window.session.undo_stack.count() == 1
    window.session.undo_stack.undo()   # one Ctrl+Z takes the whole workbook back
    assert Article.get_by_id(art.id).title == old_title and Article.get_by_id(art.id).status == "auto"


def test_a_bad_cell_is_named_in_chinese_and_nothing_changes(window, chinese, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "review.xlsx"
    export_xlsx(path)
    wb = load_workbook(path)
    wb["文章"].cell(2, 4).value = "改了标题"
    wb["实体"].cell(3, 5).value = "人物"
    wb.save(path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warned.append(text))
    monkeypatch.setattr(round_trips.PreviewDialog, "exec", lambda _d: pytest_fail())
    titles = [a.title for a in Article.select()]
    round_trips.import_xlsx_into(window, path)
    assert "没有导入" in warned[0] and "工作表“实体”第 3 行 E 列（标签）：“人物”不是标签" in warned[0]
    assert [a.title for a in Article.select()] == titles and window.session.undo_stack.count() == 0


def pytest_fail() -> int:
    raise AssertionError("no preview for a refused workbook")


def test_annotations_from_label_studio_in_the_window(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jmreview.exchange.formats_out import export_annotations

    path = tmp_path / "ls.json"
    export_annotations(path, "labelstudio")
    tasks = json.loads(path.read_text(encoding="utf-8"))
    task = tasks[0]
    region = task["predictions"][0]["result"][0]
    task["annotations"][0]["result"].append(region)   # the annotator accepted the first suggestion
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    round_trips.import_annotations_into(window, path, "accepted")
    accepted = Entity.select().where(Entity.status == "accepted")
    assert accepted.count() == 1 and accepted.first().text == region["value"]["text"]
    assert window.session.undo_stack.count() == 1
    window.session.undo_stack.undo()
    assert not Entity.select().where(Entity.status != "suggested").exists()
