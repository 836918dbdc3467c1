"""Issue 12, history wording: every history entry reads in Chinese, as made and after a restart."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from jmreview.gui.history import history_title
from jmreview.store import edits
from jmreview.store.models import Block, EditLog, Entity

from ..conftest import SEEDS
from .conftest import open_window
from .test_corrections import CTRL, SHIFT, key
from .test_no_english import CJK, english_words

ALT = Qt.KeyboardModifier.AltModifier


def not_chinese(texts: list[str]) -> list[str]:
    return [t for t in texts if not CJK.search(t) or english_words(t) or "→" in t]


def test_history_entries_read_in_chinese_as_made_and_after_a_restart(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, chinese, monkeypatch) -> None:  # noqa: F811
    from PySide6.QtWidgets import QInputDialog

    from jmreview.gui.app import open_window as open_app

    monkeypatch.setenv("JMREVIEW_EDITOR", "测试编辑")
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    page = window.page
    rows = sorted(page.rows_by_line.values(), key=lambda r: r.line)
    body = [r for r in rows if r.role == "body" and r.article_id and not r.joins_previous]
    page.go_to_line(body[2].line)
    key(window, Qt.Key.Key_6, ALT)  # 图说
    key(window, Qt.Key.Key_N, CTRL | SHIFT)  # noise
    key(window, Qt.Key.Key_N, CTRL | SHIFT)  # back
    key(window, Qt.Key.Key_J, CTRL)
    key(window, Qt.Key.Key_J, CTRL)
    page.go_to_line(body[4].line)
    key(window, Qt.Key.Key_Return, CTRL)  # new article
    key(window, Qt.Key.Key_Up, CTRL | SHIFT)  # merge back
    target = window.articles.model.rows[-1]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (f"{target.order + 1}. {target.title}", True))
    page.select_span(body[5].start, body[5].end)
    key(window, Qt.Key.Key_M, CTRL)
    window.select_article(window.articles.ids()[0])
    window.editor.edits["kicker"].setText("新的引题")
    window.editor.edits["kicker"].editingFinished.emit()
    window.editor.status.setCurrentIndex(window.editor.status.findData("rejected"))
    window.editor.status.activated.emit(window.editor.status.currentIndex())
    key(window, Qt.Key.Key_F8)  # 已审, on to the next
    ent = Entity.select().where((Entity.article == window.current_article) & (Entity.status == "suggested")).first()
    window.entities.select_id(next(r.id for r in window.entities.model.rows if ent.id in r.ids))
    key(window, Qt.Key.Key_E, CTRL)
    window.entities.select_id(next(r.id for r in window.entities.model.rows if ent.id in r.ids))
    other = "ORG" if ent.label == "LOC" else "LOC"
    key(window, Qt.Key.Key_3 if other == "ORG" else Qt.Key.Key_2, CTRL)  # relabel
    window.entities.select_id(next(r.id for r in window.entities.model.rows if ent.id in r.ids))
    key(window, Qt.Key.Key_E, CTRL | SHIFT)  # reject
    window.entities.select_id(next(r.id for r in window.entities.model.rows if ent.id in r.ids))
    key(window, Qt.Key.Key_Delete, CTRL | SHIFT)
    key(window, Qt.Key.Key_A, CTRL | ALT)
    dup = next(r for r in rows if r.article_id and r.role == "body" and r.line > body[6].line)
    edits.set_duplicate(window.session.store, "测试编辑", dup.id, body[6].line)
    edits.set_duplicate(window.session.store, "测试编辑", dup.id, None)
    stack = window.session.undo_stack
    made = [stack.text(i) for i in range(stack.count())]
    assert len(made) >= 16 and not_chinese(made) == [], made
    assert any(t.endswith("标为已审") for t in made) and any(t.endswith("标为退回") for t in made), made
    assert f"第 {body[2].line} 行改为图说" in made
    assert f"“{ent.text[:20]}”：标签改为 {other}" in made, made
    logged = [history_title(log.action, log.summary) for log in EditLog.select().order_by(EditLog.id)
              if log.action not in ("undo", "redo")]
    assert not_chinese(logged) == [], logged
    assert any(t.endswith("标为已审") for t in logged) and f"第 {body[2].line} 行改为图说" in logged
    assert f"“{ent.text}”（{ent.label}）：标签改为 {other}" in logged, logged
    assert f"“{ent.text}”（{ent.label}）：已接受" in logged, logged
    assert f"第 {dup.line} 行标为第 {body[6].line} 行的重复" in logged
    db = window.session.store.path
    window.session.store.close()
    window.close()
    settings = QSettings(str(tmp_path / "again.ini"), QSettings.Format.IniFormat)
    again = open_app(db, QApplication.instance(), settings, ask=False)
    qtbot.addWidget(again)
    restored = [again.session.undo_stack.text(i) for i in range(again.session.undo_stack.count())]
    assert len(restored) >= 16 and not_chinese(restored) == [], restored
    assert Block.select().count()
    again.session.store.close()


def test_r22a_89_every_kind_of_logged_edit_is_named_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Run 22 A89: a workbook imported from the command line showed in the history, and in the refused-undo dialog,
    as "import_xlsx" (import_annotations, the lexicon's edits alike)."""
    import re

    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(__file__).parents[2].joinpath("jmreview")
                       .rglob("*.py"))
    kinds = set(re.findall(r'record\(\w+, \w+, "(\w+)"', source))
    assert {"import_xlsx", "import_annotations", "lexicon_import"} <= kinds
    for kind in sorted(kinds):
        assert CJK.search(history_title(kind, "")), kind
    assert history_title("import_xlsx", "edited workbook 审校.xlsx") == "导入改过的工作簿 审校.xlsx"
