"""Third adversarial run: exports never overwrite a database, corpus files are read safely, names stay one-to-one."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.store.database import Store
from jmreview.store.doctor import examine
from jmreview.store.models import SourceFile
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]
PAGE = SEEDS / "001_69ca20e02664ffc6.txt"


def cli(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=120, **kw)  # type: ignore[call-overload]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        import_paths(store, [PAGE], workers=1)
        store.backup("manual")
    return path


@pytest.mark.parametrize("target", ["db.sqlite3", "db.sqlite3-wal", "db.sqlite3-shm", "backup"])
def test_23_24_an_export_never_overwrites_the_database_its_journal_or_a_backup(db: Path, target: str) -> None:
    """#23, #24: `export -o` the live database, its -wal/-shm or one of its backups is refused; nothing changes."""
    with Store(db):
        pass
    path = next((db.parent / "db.sqlite3.backups").iterdir()) if target == "backup" else db.parent / target
    before = path.read_bytes() if path.exists() else None
    out = cli("export", "--format", "json", "-o", str(path), "--db", str(db))
    assert out.returncode != 0 and "never overwrites" in out.stderr, out.stderr
    if before is not None and path.exists():
        assert path.read_bytes() == before
    assert not path.exists() or not path.read_bytes().startswith(b"{")
    with Store(db) as store:
        assert not examine(store).problems


@pytest.mark.parametrize("kind", ["fifo", "device", "bom", "utf16"])
def test_35_36_34_corpus_files_are_read_safely(db: Path, tmp_path: Path, kind: str) -> None:
    """#35/#36 (a FIFO, a device: refused at once, never read), #34 (a BOM or UTF-16: read)."""
    corpus = tmp_path / "corpus.json"
    assert cli("export", "--format", "json", "--with-source", "-o", str(corpus), "--db", str(db)).returncode == 0
    target = tmp_path / f"{kind}.json"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(target, 0o666 | 0o020000, os.makedev(1, 5))  # a /dev/zero of our own
    elif kind == "bom":
        target.write_bytes(b"\xef\xbb\xbf" + corpus.read_bytes())
    else:
        target.write_text(corpus.read_text(encoding="utf-8"), encoding="utf-16")
    out = cli("import-json", str(target), "--db", str(tmp_path / "new.sqlite3"))
    if kind in ("fifo", "device"):
        assert out.returncode != 0 and "not a regular file" in out.stderr, out.stderr
    else:
        assert out.returncode == 0, out.stderr


def test_29_30_two_files_of_one_name_and_folder_are_refused_by_name(db: Path, tmp_path: Path) -> None:
    """#29, #30: a corpus holding the same page twice (or two without folders) is refused, no traceback."""
    corpus = tmp_path / "corpus.json"
    cli("export", "--format", "json", "--with-source", "-o", str(corpus), "--db", str(db))
    doc = json.loads(corpus.read_text(encoding="utf-8"))
    twin = json.loads(json.dumps(doc["files"][0]))
    twin["sha256"] = "0" * 64
    doc["files"].append(twin)
    for f in doc["files"]:
        f.pop("folder", None)
    corpus.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = cli("import-json", str(corpus), "--db", str(tmp_path / "new.sqlite3"))
    assert out.returncode == 2 and "appears once" in out.stderr and "unexpected" not in out.stderr, out.stderr


def test_60_export_to_a_closed_standard_output_says_so(db: Path) -> None:
    """#60: `export -o -` with standard output closed: one line, no traceback."""
    out = subprocess.run(" ".join([*RUN, "export", "--format", "json", "-o", "-", "--db", str(db)]) + " >&-",
                         shell=True, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "standard output is closed" in out.stderr, out.stderr


def test_61_escaped_names_never_collide_with_literal_ones(tmp_path: Path) -> None:
    """#61: a file named with byte 0xFF and one literally named '\\xff…' are two pages."""
    folder = tmp_path / "pages"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"\xffA.txt"), "wb") as fh:
        fh.write(PAGE.read_bytes())
    (folder / "\\xffA.txt").write_bytes((SEEDS / "003_4221d1719c757f4b.txt").read_bytes())
    with Store(tmp_path / "n.sqlite3") as store:
        report = import_paths(store, [folder], workers=1)
        assert len(report.imported) == 2 and not report.new_versions
        assert SourceFile.select().where(SourceFile.replaced_by.is_null()).count() == 2


def test_31_doctor_accepts_one_name_in_two_folders(tmp_path: Path) -> None:
    """#31: A01.txt of two days is no doctor problem."""
    for day in ("d1", "d2"):
        (tmp_path / day).mkdir()
    (tmp_path / "d1" / "A01.txt").write_bytes(PAGE.read_bytes())
    (tmp_path / "d2" / "A01.txt").write_bytes((SEEDS / "003_4221d1719c757f4b.txt").read_bytes())
    with Store(tmp_path / "f.sqlite3") as store:
        import_paths(store, [tmp_path / "d1", tmp_path / "d2"], workers=1)
        assert not examine(store).problems


def test_64_a_backup_from_a_newer_jmreview_is_never_offered(db: Path) -> None:
    """#64: a complete backup this jmreview could not open after a restore is not listed as usable."""
    import sqlite3

    from jmreview.store.backup import list_backups

    backups = list_backups(db)
    assert backups
    newest = backups[0].path
    con = sqlite3.connect(newest)
    con.execute("UPDATE schemainfo SET version = 99")
    con.commit()
    con.close()
    assert newest not in [b.path for b in list_backups(db)]


def test_51_importing_an_earlier_version_again_says_so(tmp_path: Path) -> None:
    """#51: v1, v2 (--replace), then v1 again: not 'already imported' — it says v1 is an earlier, replaced version."""
    page = tmp_path / "pages" / "p.txt"
    page.parent.mkdir()
    v1 = PAGE.read_text(encoding="utf-8")
    db = tmp_path / "v.sqlite3"
    for text in (v1, v1 + "\n第二版。\n"):
        page.write_text(text, encoding="utf-8")
        assert cli("import", str(page), "--db", str(db), "--replace").returncode == 0
    page.write_text(v1, encoding="utf-8")
    out = cli("import", str(page), "--db", str(db), "--replace")
    assert out.returncode == 1 and "earlier version" in out.stdout + out.stderr, out.stdout + out.stderr
    with Store(db):
        current = SourceFile.get(SourceFile.replaced_by.is_null())
        assert current.text.endswith("第二版。\n")


@pytest.mark.parametrize("content", [b"", b'{"format": "jmreview-corpus"}'])
def test_25_a_database_overwritten_or_emptied_names_its_backup_and_the_window_restores_it(
        db: Path, content: bytes) -> None:
    """#25: a database overwritten by a JSON export (or emptied to 0 bytes) that has backups is called damaged,
    its newest backup is named on the command line, and nothing is written over it."""
    with Store(db):
        pass
    db.write_bytes(content)
    for command in ("stats", "doctor"):
        out = cli(command, "--db", str(db))
        assert out.returncode != 0
        text = out.stdout + out.stderr
        assert "db.sqlite3.backups" in text and "damaged" in text, text
        assert "Traceback" not in text
    assert db.read_bytes() == content


def test_25_the_window_offers_the_backup_of_an_overwritten_database(qtbot, db: Path,  # type: ignore[no-untyped-def]
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """#25 in the window: the damaged-database dialog (in Chinese) offers the backup; taking it brings the pages back,
    and the overwritten bytes are kept beside the backups."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jmreview.gui import app as gui_app

    with Store(db):
        pass
    db.write_bytes(b'{"format": "jmreview-corpus"}')
    seen: list[str] = []

    def choose(box: QMessageBox) -> int:
        seen.append(box.text())
        restore = next((b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole), None)
        if restore is None:   # the note that follows the restore: where the damaged file is kept
            return 0
        box.setProperty("clicked", True)
        monkeypatch.setattr(box, "clickedButton", lambda: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)
    monkeypatch.setenv("JMREVIEW_EDITOR", "甲")
    monkeypatch.setenv("JMREVIEW_SAMPLES", "no")
    app = QApplication.instance()
    translators = gui_app.install_translations(app, "zh_CN")  # type: ignore[arg-type]
    settings = QSettings(str(db.parent / "s.ini"), QSettings.Format.IniFormat)
    try:
        window = gui_app.open_window(db, app, settings)  # type: ignore[arg-type]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert window is not None
    qtbot.addWidget(window)
    assert seen and "已损坏" in seen[0] and "SQLite" in seen[0], seen
    assert window.files.ids()   # type: ignore[attr-defined]
    kept = [p for p in (db.parent / "db.sqlite3.backups").iterdir() if p.name.endswith(".bad")]
    assert kept and kept[0].read_bytes().startswith(b"{")
    window.session.store.close()  # type: ignore[attr-defined]
