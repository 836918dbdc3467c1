"""Issue 12, friction 4–6: Ctrl+T converts everything shown, zoom keys and a remembered size, Ctrl+E at the caret."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QSpinBox

from jmreview.analysis.script import to_simplified
from jmreview.store.models import Article, EditLog, Entity

from ..conftest import SEEDS
from .conftest import open_window
from .test_corrections import CTRL, key

TRADITIONAL = SEEDS / "000_fe75734c17ad953c.txt"


def test_ctrl_t_shows_fields_lists_and_entities_in_simplified_without_storing_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, [TRADITIONAL])
    art = next(a for a in Article.select().order_by(Article.reading_order)
               if a.title != to_simplified(a.title) and Entity.select().where(
                   (Entity.article == a) & (Entity.text != Entity.simplified)).exists())
    window.select_article(art.id)
    edits_before = EditLog.select().count()
    key(window, Qt.Key.Key_T, CTRL)
    assert window.actions_by_name["simplified"].isChecked()
    title = window.editor.edits["title"]
    assert title.text() == to_simplified(art.title)
    assert window.editor.text.toPlainText() == to_simplified(window.editor.text.toPlainText())
    row = window.articles.model.row_of_id(art.id)
    assert window.articles.model.data(window.articles.model.index(row, 1)) == to_simplified(art.title)
    shown = [window.entities.model.data(window.entities.model.index(r, 0))
             for r in range(window.entities.model.rowCount())]
    assert shown and all(s == to_simplified(s) for s in shown), shown
    # leaving a converted field untouched writes nothing: the conversion is for the eyes only
    title.setFocus()
    title.editingFinished.emit()
    window.editor.edits["kicker"].editingFinished.emit()
    assert EditLog.select().count() == edits_before
    assert Article.get_by_id(art.id).title == art.title
    key(window, Qt.Key.Key_T, CTRL)
    assert title.text() == art.title
    assert window.articles.model.data(window.articles.model.index(row, 1)) == art.title
    window.session.store.close()


def test_zoom_keys_settings_dialog_and_the_size_survives_a_restart(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    base = window.page.font().pointSize()
    key(window, Qt.Key.Key_Equal, CTRL)
    assert window.page.font().pointSize() == base + 1
    key(window, Qt.Key.Key_Plus, CTRL)
    assert window.page.font().pointSize() == base + 2
    key(window, Qt.Key.Key_Minus, CTRL)
    assert window.page.font().pointSize() == base + 1
    key(window, Qt.Key.Key_0, CTRL)
    assert window.page.font().pointSize() == 12
    seen: list[int] = []

    def set_size() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, set_size)
            return
        spin = dialog.findChild(QSpinBox, "font_size")
        seen.append(spin.value())
        spin.setValue(16)
        dialog.accept()

    QTimer.singleShot(50, set_size)
    window.actions_by_name["settings"].trigger()
    assert seen == [12] and window.page.font().pointSize() == 16
    assert window.editor.text.font().pointSize() == 16
    window.close()
    window.session.store.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert int(settings.value("font_size")) == 16  # written to the real file
    again = open_window(qtbot, tmp_path, [])
    assert again.page.font().pointSize() == 16
    again.session.store.close()


def test_ctrl_e_and_relabel_act_on_the_entity_under_the_caret(window) -> None:  # type: ignore[no-untyped-def]
    ent = Entity.select().where((Entity.status == "suggested") & (Entity.end - Entity.start >= 2)) \
        .order_by(Entity.start).first()
    window.select_article(ent.article_id)
    window.entities.view.selectionModel().clear()
    cursor = window.page.textCursor()
    cursor.setPosition(window.page.to_qt(ent.start + 1))
    window.page.setTextCursor(cursor)  # the caret inside the name, nothing chosen in the table
    key(window, Qt.Key.Key_E, CTRL)
    assert Entity.get_by_id(ent.id).status == "accepted"
    other = "LOC" if ent.label != "LOC" else "ORG"
    key(window, Qt.Key.Key_2 if other == "LOC" else Qt.Key.Key_3, CTRL)
    on_span = list(Entity.select().where((Entity.start == ent.start) & (Entity.end == ent.end)))
    assert [(e.id, e.label) for e in on_span] == [(ent.id, other)]
