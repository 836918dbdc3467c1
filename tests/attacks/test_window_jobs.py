"""Issue 10, item 13: background jobs never crash the window — every error becomes a message on its thread."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from jmreview.gui.jobs import export_to, import_into, run_job
from jmreview.store import entity_edits
from jmreview.store.models import Article, Block, SourceFile

from ..conftest import SEEDS
from ..gui.conftest import open_window

RUN = [sys.executable, "-m", "jmreview.cli"]


def test_item13_an_unexpected_error_in_a_job_becomes_a_message_on_the_windows_thread(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """item 13: a bug inside a job (not one of ours, not an OSError) reaches `done` on the main thread."""
    seen: list[tuple[str, bool]] = []

    def work(report):  # type: ignore[no-untyped-def]
        return {}["missing"]

    job = run_job(window, "test", work, lambda result, error: seen.append(
        (error, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    error, on_main = seen[0]
    assert on_main and "KeyError" in error and "missing" in error
    assert job.wait(5000) and window.isVisible()


def test_item13_xlsx_export_from_the_window_with_a_control_character(window, qtbot, tmp_path: Path,
                                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """item 13: an entity label name or text with a control character exports; the window says what was replaced."""
    from jmreview.gui.export_dialog import ExportDialog

    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: infos.append("WARNING " + a[2]))
    art = Article.select().first()
    source = SourceFile.get_by_id(art.file_id)
    first = Block.select().where(Block.article == art).order_by(Block.line).first()  # entities lie on its lines
    entity_edits.add_entity(window.session.store, "甲", art.id, first.start, first.start + 2, "PER",
                            role="记者\x07\x1b")
    dialog = ExportDialog("zh_CN", window)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    choice = dialog.choice(tmp_path / "out.xlsx")
    job = export_to(window, choice)
    qtbot.waitUntil(lambda: job.isFinished() and bool(infos), timeout=30000)
    assert (tmp_path / "out.xlsx").stat().st_size > 1000 and source.name
    assert not any(i.startswith("WARNING") for i in infos) and "实体" in infos[0] or "Entities" in infos[0]


def test_item13_window_imports_a_folder_the_cli_imports_too_with_an_odd_file_name(qtbot, tmp_path: Path,
                                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """item 13: a non-UTF-8 file name and the CLI importing the same folder at once: every page once, no crash."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append("CRITICAL " + a[2]))
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in sorted(SEEDS.glob("*.txt")):
        shutil.copy(page, folder / page.name)
    odd = os.path.join(os.fsencode(folder), b"caf\xe9-page.txt")
    with open(odd, "wb") as fh:
        fh.write((SEEDS / "003_4221d1719c757f4b.txt").read_bytes() + "\n另一版本。\n".encode())
    window = open_window(qtbot, tmp_path, [])
    cli = subprocess.Popen([*RUN, "import", str(folder), "--db", str(window.session.store.path), "--workers", "1"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    job = import_into(window, [folder])
    qtbot.waitUntil(job.isFinished, timeout=120000)
    qtbot.wait(50)
    out, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, err
    assert "unexpected" not in err and not any(s.startswith("CRITICAL") for s in shown), (err, shown)
    names = [f.name for f in SourceFile.select()]
    assert len(names) == len(set(names)) == len(list(SEEDS.glob("*.txt"))) + 1
    assert "caf\\xe9-page.txt" in names
    assert window.isVisible()
    window.session.store.close()
