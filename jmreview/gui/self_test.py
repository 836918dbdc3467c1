"""`jmreview --self-test`: prove, offscreen, that an install or a bundle really works.

Creates a temporary database, imports one bundled sample page, makes one correction
through the real window and undoes it, exports xlsx and JSON, reads both back, prints one
line and returns 0 — or a non-zero code with the reason.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def run_self_test() -> int:
    """Run every check; print one line; return the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="jmreview-self-test-"))
    os.environ["JMREVIEW_SETTINGS"] = str(tmp / "settings.ini")
    start = time.perf_counter()
    try:
        detail = _checks(tmp)
    except Exception as exc:  # the one line must say what failed, whatever it is
        print(f"jmreview self-test: FAILED: {exc.__class__.__name__}: {exc}")
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"jmreview self-test: ok ({detail}, {time.perf_counter() - start:.1f} s)")
    return 0


def _checks(tmp: Path) -> str:
    from openpyxl import load_workbook
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from jmreview.exchange.export_json import export_json
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.gui.app import reopen
    from jmreview.gui.main_window import MainWindow
    from jmreview.gui.session import Session
    from jmreview.resources import seeds_dir
    from jmreview.store.database import Store
    from jmreview.store.models import Block, Entity
    from jmreview.workflows.importer import import_paths

    qInstallMessageHandler(lambda _kind, _context, message: None if "propagateSizeHints" in message
                           else print(f"qt: {message}", file=sys.stderr))
    page = sorted(seeds_dir().glob("*.txt"))[0]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with Store(tmp / "self-test.sqlite3") as store:
        report = import_paths(store, [page], workers=1)
        if report.refused or not report.articles:
            raise RuntimeError(f"importing {page.name} failed: {report.refused}")
        people = Entity.select().where(Entity.label == "PER").count()
        if not people:
            raise RuntimeError(f"no person was found in {page.name}: jieba's tagger is missing")
        window = MainWindow(Session(store, "self-test"), QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                            reopen)
        window.show()
        app.processEvents()
        target = Block.select().where(Block.role == "headline").order_by(Block.line).first()
        window.page.go_to_line(target.line)
        window.actions_by_name["role_body"].trigger()
        if Block.get_by_id(target.id).role != "body":
            raise RuntimeError("the correction did not reach the database")
        window.actions_by_name["undo"].trigger()
        if Block.get_by_id(target.id).role != "headline":
            raise RuntimeError("undo did not restore the database")
        window.close()
        workbook, corpus = tmp / "self-test.xlsx", tmp / "self-test.json"
        xlsx = export_xlsx(workbook)
        n_json = export_json(corpus, with_source=True)
        sheets = load_workbook(workbook, read_only=True).sheetnames
        doc = json.loads(corpus.read_text(encoding="utf-8"))
        if len(sheets) != 5 or xlsx.articles != report.articles or n_json != report.articles:
            raise RuntimeError(f"exports do not match the import: {sheets}, {xlsx.articles}, {n_json}")
        if doc["files"][0]["sha256"] != store.db.execute_sql("SELECT sha256 FROM sourcefile").fetchone()[0]:
            raise RuntimeError("the JSON export does not name the imported file")
    return (f"{page.name}: {report.articles} articles, {people} people, one correction made and undone, "
            "xlsx and JSON read back")
