"""Window rows of the thirty-sixth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

from jmreview.store.view_rows import BlockRow


def _long_page(lines: int) -> tuple[str, list[BlockRow], list[tuple[int, int, str, str]]]:
    """A page of `lines` lines, one article per ten lines, an entity on every line (江门 at its start)."""
    text = "\n".join(f"江门第{n}行的新闻内容写在这里。" for n in range(lines))
    rows, entities, at = [], [], 0
    for n, line in enumerate(text.split("\n")):
        rows.append(BlockRow(n + 1, n + 1, at, at + len(line), n // 10 + 1, "body", False, None, ""))
        entities.append((at, at + 2, "LOC", "accepted"))
        at += len(line) + 1
    return text, rows, entities


def test_r36a_12_a_long_page_gives_qt_only_the_marks_near_the_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Run 36 A12: a page near the size limit (34,000 lines, 60,000 marks): every line tint and underline was given
    to Qt at once, each placed by a text cursor: 35 s before the page showed, the window frozen on each paint. Qt
    is given the marks near the view, and the ones further on as the view reaches them."""
    from jmreview.gui.page_view import PageView

    view = PageView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    text, rows, entities = _long_page(6000)
    view.show_page(text, rows, entities, {"LOC": "#2e7d32"}, False)
    given = view.extraSelections()
    assert 0 < len(given) < len(rows) + len(entities) // 2, len(given)
    assert min(s.cursor.blockNumber() for s in given) == 0
    view.go_to_line(5000)
    qtbot.wait(50)
    near = [s.cursor.blockNumber() for s in view.extraSelections()]
    assert any(abs(b - 4999) < 5 for b in near) and 0 not in near, (min(near), max(near))
    short, short_rows, short_entities = _long_page(40)   # an ordinary page: every mark, as ever
    view.show_page(short, short_rows, short_entities, {"LOC": "#2e7d32"}, False)
    assert len(view.extraSelections()) == len(short_rows) + len(short_entities)


def test_r37b_24_the_team_dialog_follows_other_editors_changes(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 37 B24: the assignment dialog left open while another editor marked the page for double review and gave
    it to someone: its line still said "given to nobody; not under double review" until one of its own buttons was
    pressed. It follows while shown, as the main window does, and looks no more once closed."""
    import subprocess
    import sys

    from jmreview.gui.team_dialog import TeamDialog

    from ..conftest import SEEDS
    from .conftest import open_window

    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    dialog = TeamDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "nobody" in dialog.state.text() or "无人" in dialog.state.text(), dialog.state.text()
    done = subprocess.run([sys.executable, "-m", "jmreview.cli", "assign", "003_4221d1719c757f4b.txt", "--to", "wang",
                           "--db", str(window.session.store.path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: "wang" in dialog.state.text(), timeout=8000)
    dialog.close()
    assert not dialog.watch.isActive()   # closed: no look at a database the window may close next


def _typed_and_refused(qtbot, tmp_path, monkeypatch, restore_anyway: bool):  # type: ignore[no-untyped-def]
    """A window with a title typed whose save another program's write refused, a backup, and File → Restore a
    backup answered: the first backup, and `restore_anyway` when asked about the typed text."""
    import sqlite3

    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from jmreview.store.backup import make_backup

    from ..conftest import SEEDS
    from .conftest import open_window

    asked: list[str] = []

    def question(*a, **k):  # type: ignore[no-untyped-def]
        asked.append(a[2])
        typed = "我打的标题" in a[2]
        return QMessageBox.StandardButton.Yes if restore_anyway or not typed else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    make_backup(window.session.store.path, "manual")
    window.select_article(window.articles.model.rows[0].id)
    line = window.editor.edits["title"]
    line.setText("我打的标题")
    window.editor._typed("title")
    holder = sqlite3.connect(window.session.store.path, timeout=0)   # another program's write under way
    holder.execute("BEGIN IMMEDIATE")
    try:
        line.returnPressed.emit()   # Return: refused, the text kept
    finally:
        holder.rollback()
        holder.close()
    assert window.editor.unsaved(), "the save was not refused"
    monkeypatch.setattr(window.editor, "commit_typing", lambda: None)   # as when it still cannot be saved
    window.restore_backup()
    return window, line, asked


def test_r37a_40_no_restore_beside_typing_that_cannot_be_saved(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Run 37 A40: a title typed whose save was refused, then File → Restore a backup: the old window refused to
    close (the typed text) but the restore went on and a second window opened; the old one stayed on a closed
    database. Now the typed text is named first: answered no, nothing is restored, one window, the text in its field."""
    from PySide6.QtWidgets import QApplication

    before = getattr(QApplication.instance(), "_jmreview_window", None)
    window, line, asked = _typed_and_refused(qtbot, tmp_path, monkeypatch, restore_anyway=False)
    assert any("我打的标题" in text for text in asked), asked
    assert getattr(QApplication.instance(), "_jmreview_window", None) is before and line.text() == "我打的标题"
    assert window.isVisible() and not window.session.store.db.is_closed() and window.editor.unsaved()


def test_r37a_40_a_restore_anyway_keeps_the_typing_in_the_file(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Answered yes: the typed text is kept in the unsaved-typing file, the backup restored, one new window."""
    from PySide6.QtWidgets import QApplication

    from jmreview.gui.closing import kept_file

    window, _line, _asked = _typed_and_refused(qtbot, tmp_path, monkeypatch, restore_anyway=True)
    restored = QApplication.instance()._jmreview_window
    qtbot.addWidget(restored)
    assert restored is not window and not window.isVisible() and window.session.store.db.is_closed()
    kept = kept_file().read_text(encoding="utf-8")
    assert "我打的标题" in kept
    head = next(line for line in kept.splitlines() if line.startswith("--- "))   # (run 46 A30: the field only)
    assert window.session.store.path.name in head and "《" in head and "(#" in head, head
    assert not restored.editor.unsaved()
