"""Render the main window on the sample pages and save a PNG (run under Xvfb to see real fonts).

    xvfb-run -a -s "-screen 0 1600x1000x24" python resources/tools/screenshot.py OUT.png [--language en]

Imports the sample pages into a temporary database, opens the window in the chosen
interface language (Simplified Chinese by default), selects the second page and saves a
grab of the whole window.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", type=Path)
    ap.add_argument("--language", default="zh_CN")
    ap.add_argument("--page", type=int, default=1, help="which sample page to show (0-based)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jmreview-shot-"))
    os.environ["JMREVIEW_SETTINGS"] = str(tmp / "settings.ini")
    os.environ["JMREVIEW_SAMPLES"] = "no"
    os.environ.setdefault("JMREVIEW_EDITOR", "截图")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jmreview.gui.app import install_translations, make_settings, open_window
    from jmreview.resources import seeds_dir
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    db = tmp / "shot.sqlite3"
    with Store(db) as store:
        import_paths(store, [seeds_dir()], workers=1)
    app = QApplication(sys.argv[:1])
    install_translations(app, args.language)
    window = open_window(db, app, make_settings(), ask=False)
    assert window is not None
    window.resize(1500, 900)  # type: ignore[attr-defined]

    def shoot() -> None:
        ids = window.files.ids()  # type: ignore[attr-defined]
        window.select_file(ids[min(args.page, len(ids) - 1)])  # type: ignore[attr-defined]
        app.processEvents()
        ok = window.grab().save(str(args.output))  # type: ignore[attr-defined]
        print(f"{'wrote' if ok else 'could not write'} {args.output}")
        app.exit(0 if ok else 1)

    QTimer.singleShot(800, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
