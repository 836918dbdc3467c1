"""Issue 10, second adversarial run, the exchange side: stale applies, id limits, far-future moments,
special files as export targets, `-o -`, and what the window says when an export fails.

Real processes (the `jmreview` command), real files and FIFOs, sockets and device nodes made in the
test's own folder (never the real /dev), real SQLite databases.
"""
from __future__ import annotations

import copy
import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from jmreview.store import edits
from jmreview.store.changes import EditConflict
from jmreview.store.database import Store
from jmreview.store.models import Article, Block

from ..conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]
PAGE = SEEDS / "003_4221d1719c757f4b.txt"   # 37 lines, 8 articles
MAX_ID = 2 ** 31 - 1                         # the highest article id or version a corpus file holds
FAR = "9999-12-31T23:59:59.999999-23:59"
Doc = dict[str, Any]


def run(*args: str, **kwargs: Any) -> subprocess.CompletedProcess:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=120, **kwargs)


def one_line_refusal(out: subprocess.CompletedProcess, name: str) -> str:
    """The one line a refusal prints, naming the file; no traceback."""
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr[-2000:])
    assert len(lines) == 1 and name in lines[0], out.stderr[-2000:]
    assert "unexpected error" not in out.stderr and "Traceback" not in out.stderr
    return lines[0]


@pytest.fixture(scope="module")
def full_export(page_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Doc:
    path = tmp_path_factory.mktemp("exp") / "full.json"
    out = run("export", "-o", str(path), "--db", str(page_db), "--with-source")
    assert out.returncode == 0, out.stderr
    return dict(json.loads(path.read_text(encoding="utf-8")))


def restore(doc: Doc, folder: Path, name: str) -> tuple[subprocess.CompletedProcess, Path]:
    """Write doc as NAME.json and import-json it into a new empty database NAME.sqlite3."""
    path = folder / f"{name}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    target = folder / f"{name}.sqlite3"
    return run("import-json", str(path), "--db", str(target)), target


def reading_orders(db: Path) -> list[tuple[int, int, int]]:
    """(reading_order, first line, article id) of every article, in reading order."""
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT a.reading_order, MIN(b.line), a.id FROM article a LEFT JOIN block b "
                           "ON b.article_id = a.id GROUP BY a.id ORDER BY a.reading_order, a.id").fetchall()
    finally:
        con.close()


# -- #5: a stale apply leaves the reading order whole ------------------------------------------------------
def test_a_stale_apply_with_refused_merges_and_splits_keeps_one_article_per_reading_order(
        db: Path, tmp_path: Path) -> None:
    """#5: after a merge and a split here, applying an earlier export numbers the file's articles 0..n-1 by line."""
    earlier = tmp_path / "earlier.json"
    assert run("export", "-o", str(earlier), "--db", str(db)).returncode == 0
    with Store(db) as store:
        arts = list(Article.select().order_by(Article.reading_order))
        edits.merge_articles(store, "甲", arts[1].id, arts[2].id)
        splittable = next(a for a in arts[4:] if Block.select().where(Block.article == a).count() >= 3)
        third = Block.select().where(Block.article == splittable).order_by(Block.line)[2]
        edits.split_article(store, "甲", third.id)

    out = run("import-json", str(earlier), "--db", str(db))

    assert out.returncode == 1 and "left as it is" in out.stderr and "Traceback" not in out.stderr
    orders = reading_orders(db)
    assert [o for o, _, _ in orders] == list(range(len(orders))), orders        # no two share an order
    assert [line for _, line, _ in orders] == sorted(line for _, line, _ in orders), orders   # by first line
    assert run("doctor", "--db", str(db)).returncode == 0


# -- #6: ids and versions stay within what an export and its import agree on ----------------------------------
def _article_with_lines(doc: Doc, lines: int = 3) -> dict[str, Any]:
    return next(a for a in doc["files"][0]["articles"] if len(a["blocks"]) >= lines)


@pytest.mark.parametrize("key", ["id", "version"])
def test_ids_and_versions_over_the_limit_are_refused_in_one_line(full_export: Doc, tmp_path: Path, key: str) -> None:
    """#6: an article id or version above 2^31-1 is refused on import, naming the file; nothing is restored."""
    doc = copy.deepcopy(full_export)
    _article_with_lines(doc)[key] = MAX_ID + 1
    out, target = restore(doc, tmp_path, "over")
    line = one_line_refusal(out, "over.json")
    assert key in line, line
    with Store(target):
        assert Article.select().count() == 0


def test_an_export_of_a_database_at_the_id_limit_after_a_split_restores(full_export: Doc, tmp_path: Path) -> None:
    """#6: restore an id just under the limit, split it (the new article takes the limit), export, restore again."""
    doc = copy.deepcopy(full_export)
    _article_with_lines(doc)["id"] = MAX_ID - 1
    out, db = restore(doc, tmp_path, "near")
    assert out.returncode == 0, out.stderr
    with Store(db) as store:
        second = Block.select().where(Block.article == MAX_ID - 1).order_by(Block.line)[1]
        edits.split_article(store, "甲", second.id)
        assert Article.select().where(Article.id == MAX_ID).exists()
    backup = tmp_path / "backup.json"
    assert run("export", "--with-source", "-o", str(backup), "--db", str(db)).returncode == 0

    again = run("import-json", str(backup), "--db", str(tmp_path / "again.sqlite3"))

    assert again.returncode == 0, again.stderr
    assert reading_orders(tmp_path / "again.sqlite3") == reading_orders(db)


def _set_version(db: Path, article_id: int, version: int) -> None:
    """An article's version set by hand, the change checkpointed into the file as a closing writer leaves it."""
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE article SET version = ? WHERE id = ?", (version, article_id))
    con.close()


def test_at_the_limit_a_split_and_a_new_page_still_work_an_edit_of_the_capped_version_is_refused(
        full_export: Doc, tmp_path: Path) -> None:
    """#6 / run 3 #21: with an id and a version at the limit, a split and a new page take free numbers (the
    database is never stuck), only a change of the capped version is refused; the export still restores."""
    doc = copy.deepcopy(full_export)
    at_limit = _article_with_lines(doc)
    at_limit["id"] = MAX_ID
    capped = next(a for a in doc["files"][0]["articles"] if a is not at_limit)
    out, db = restore(doc, tmp_path, "limit")
    assert out.returncode == 0, out.stderr
    _set_version(db, capped["id"], MAX_ID)   # a corpus file cannot bring a version this high (run 16 A18)
    with Store(db) as store:
        count = Article.select().count()
        second = Block.select().where(Block.article == MAX_ID).order_by(Block.line)[1]
        edits.split_article(store, "甲", second.id)
        assert Article.select().count() == count + 1
        assert Article.select().where(Article.id > MAX_ID).count() == 0
        with pytest.raises(EditConflict, match="limit"):
            edits.set_article_field(store, "甲", capped["id"], "title", "新标题")
        assert Article.get_by_id(capped["id"]).version == MAX_ID
    page = tmp_path / "new_page.txt"
    page.write_text("新的一版\n江门日报讯 今天，江门市举行活动。\n", encoding="utf-8")
    imported = run("import", str(page), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    with Store(db):
        assert Article.select().count() > count + 1
        assert Article.select().where(Article.id > MAX_ID).count() == 0
    doctor = run("doctor", "--db", str(db))   # a version above what a snapshot restores: named (run 30 A3)
    assert doctor.returncode == 1 and "version" in doctor.stdout and "not a count" in doctor.stdout, doctor.stdout
    backup = tmp_path / "backup.json"
    assert run("export", "--with-source", "-o", str(backup), "--db", str(db)).returncode == 0
    again = run("import-json", str(backup), "--db", str(tmp_path / "again.sqlite3"))
    assert "version must be a whole number from 1 to 1,000,000,000" in again.stdout + again.stderr
    _set_version(db, capped["id"], 1_000_000_000)
    assert run("export", "--with-source", "-o", str(backup), "--db", str(db)).returncode == 0
    again = run("import-json", str(backup), "--db", str(tmp_path / "again.sqlite3"))
    assert again.returncode == 0, again.stderr
    assert reading_orders(tmp_path / "again.sqlite3") == reading_orders(db)


def test_r16a_18_a_corpus_version_no_editing_reaches_is_refused_not_restored_frozen(
        full_export: Doc, tmp_path: Path) -> None:
    """Run 16 A18: a restored article at version 2^31-1 could never be changed again; such a version is refused by
    name, one just inside the bound is restored and still editable."""
    doc = copy.deepcopy(full_export)
    _article_with_lines(doc)["version"] = MAX_ID
    out, target = restore(doc, tmp_path, "frozen")
    line = one_line_refusal(out, "frozen.json")
    assert "version must be a whole number from 1 to 1,000,000,000" in line, line
    doc = copy.deepcopy(full_export)
    high = _article_with_lines(doc)
    high["version"] = 999_999_999
    out, db = restore(doc, tmp_path, "high")
    assert out.returncode == 0, out.stderr
    with Store(db) as store:   # (run 31 A48: an edit stops at the bound a corpus file may carry, no further)
        edits.set_article_field(store, "甲", high["id"], "title", "新标题")
        assert Article.get_by_id(high["id"]).version == 1_000_000_000


# -- #32 / #53: moments far in the future ------------------------------------------------------------------------
@pytest.mark.parametrize("moment", [FAR, "1899-12-31T23:59:59", "3000-01-01T00:00:00+08:00"])
def test_a_reviewed_at_outside_the_sane_years_is_refused(full_export: Doc, tmp_path: Path, moment: str) -> None:
    """#32: reviewed_at outside 1900-2999 is refused on import in one line; nothing is restored."""
    doc = copy.deepcopy(full_export)
    _article_with_lines(doc)["reviewed_at"] = moment
    out, _ = restore(doc, tmp_path, "far")
    assert "reviewed_at" in one_line_refusal(out, "far.json")


def test_the_xlsx_export_never_fails_on_a_stored_far_future_moment(db: Path, tmp_path: Path) -> None:
    """#32: a database already holding a far-future reviewed_at (an earlier restore) still exports to Excel."""
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE article SET reviewer = '甲', reviewed_at = ? WHERE id = (SELECT MIN(id) FROM article)",
                    [FAR])
        con.execute("UPDATE article SET reviewer = '乙', reviewed_at = '0001-01-01T00:00:00+23:59' "
                    "WHERE id = (SELECT MAX(id) FROM article)")
    con.close()
    out = run("export", "--format", "xlsx", "-o", str(tmp_path / "far.xlsx"), "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "far.xlsx").stat().st_size > 1000


# -- #45 / #46: special files as targets --------------------------------------------------------------------------
@pytest.fixture
def specials(tmp_path: Path) -> Iterator[dict[str, tuple[Path, Callable[[int], bool]]]]:
    """A FIFO, a listening socket's file, a character device (made with mknod here) and a symlink to the FIFO."""
    folder = tmp_path / "targets"
    folder.mkdir()
    made = {"fifo": (folder / "fifo.json", stat.S_ISFIFO), "socket": (folder / "sock.json", stat.S_ISSOCK),
            "link to a FIFO": (folder / "link.json", stat.S_ISFIFO)}
    os.mkfifo(made["fifo"][0])
    os.symlink(made["fifo"][0], made["link to a FIFO"][0])
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(made["socket"][0]))
    if hasattr(os, "mknod") and os.geteuid() == 0:
        made["device"] = (folder / "null.json", stat.S_ISCHR)
        os.mknod(made["device"][0], 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    try:
        yield made
    finally:
        sock.close()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "xlsx"])
def test_an_export_onto_a_fifo_a_socket_or_a_device_is_refused_and_leaves_it(
        specials: dict[str, tuple[Path, Callable[[int], bool]]], page_db: Path, fmt: str) -> None:
    """#45/#46: an existing target that is not a regular file is refused by name; the special file stays."""
    for what, (target, kind) in specials.items():
        mode = os.stat(target).st_mode
        out = run("export", "--format", fmt, "-o", str(target), "--db", str(page_db))
        line = one_line_refusal(out, target.name)
        assert "not a regular file" in line, (what, line)
        assert kind(os.stat(target).st_mode) and os.stat(target).st_mode == mode, what
        assert sorted(p.name for p in target.parent.iterdir()) == sorted(t.name for t, _ in specials.values())


# -- #48: `-o -` --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_dash_writes_to_standard_output(page_db: Path, tmp_path: Path, fmt: str) -> None:
    """#48: `-o -` writes the corpus on standard output (and the count on stderr), no file named '-'."""
    out = run("export", "--format", fmt, "-o", "-", "--db", str(page_db), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert list(tmp_path.iterdir()) == []
    if fmt == "json":
        doc = json.loads(out.stdout)
        assert doc["format"] == "jmreview-corpus" and len(doc["files"][0]["articles"]) == 8
    else:
        assert len([json.loads(line) for line in out.stdout.splitlines()]) == 8
    assert "8 articles written to standard output" in out.stderr


def test_dash_is_refused_for_a_workbook(page_db: Path, tmp_path: Path) -> None:
    """#48: an Excel workbook cannot go to standard output: refused clearly, nothing written."""
    out = run("export", "--format", "xlsx", "-o", "-", "--db", str(page_db), cwd=tmp_path)
    line = one_line_refusal(out, "standard output")
    assert "xlsx" in line.lower() or "workbook" in line.lower(), line
    assert out.stdout == "" and list(tmp_path.iterdir()) == []


# -- #53: the window's export ----------------------------------------------------------------------------------
def test_the_window_exports_a_far_future_moment_and_a_failed_export_says_nothing_was_written(
        window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """#53: the window exports such a database; an export that fails never claims that finished work was kept."""
    from PySide6.QtWidgets import QMessageBox

    from jmreview.exchange import export_xlsx
    from jmreview.gui.export_dialog import ExportDialog
    from jmreview.gui.jobs import export_to

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    con = sqlite3.connect(window.session.store.path)
    with con:
        con.execute("UPDATE article SET reviewer = '甲', reviewed_at = ?", [FAR])
    con.close()
    dialog = ExportDialog("zh_CN", window)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    target = tmp_path / "out.xlsx"
    job = export_to(window, dialog.choice(target))
    qtbot.waitUntil(job.isFinished, timeout=60000)
    qtbot.wait(50)
    assert shown == [] and target.stat().st_size > 1000

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in the export")

    monkeypatch.setattr(export_xlsx, "export_xlsx", broken)
    job = export_to(window, dialog.choice(target))
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    assert "RuntimeError" in shown[0] and "finished is kept" not in shown[0], shown
    assert "nothing was exported" in shown[0].lower(), shown
