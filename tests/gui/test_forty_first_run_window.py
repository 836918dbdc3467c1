"""Window rows of the forty-first adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox


def test_r41a_14_the_windows_export_says_what_doctor_finds(chinese, window, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    """Run 41 A14: a line pushed past its page with sqlite3, then File → Export (xlsx): the rest of the page in
    article 1's 正文 and only "已写入 7 篇文章" said; the command line warned. The window says it too."""
    from jmreview.gui.export_dialog import ExportChoice
    from jmreview.gui.jobs import export_to

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    job = export_to(window, ExportChoice(tmp_path / "clean.xlsx", "xlsx", None, "original", "zh_CN", False))
    qtbot.waitUntil(job.isFinished, timeout=30000)
    qtbot.wait(50)
    assert told == []
    with sqlite3.connect(window.session.store.path) as con:
        con.execute('UPDATE block SET "end" = start + 100000 WHERE id = (SELECT MIN(id) FROM block)')
    con.close()
    job = export_to(window, ExportChoice(tmp_path / "out.xlsx", "xlsx", None, "original", "zh_CN", False))
    qtbot.waitUntil(lambda: job.isFinished() and bool(told), timeout=30000)
    assert "数据库检查发现这个数据库中有本程序不会写出的内容（共 " in told[0], told
    assert "jmreview doctor" in told[0]
