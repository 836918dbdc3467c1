"""The window on a PostgreSQL server: the same panels, edits, undo and conflicts; another editor's commit shows
within a second; a read-only role gets a read-only window; server messages in Chinese; no password kept."""
from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jmreview.gui.databases import recent_databases
from jmreview.store.database import Store
from jmreview.store.server import SERVER_MESSAGES
from jmreview.workflows.importer import import_paths

from ..conftest import ROOT, SEEDS
from ..pg_server import SUPERUSER, PgServer, make_role, sql
from ..server_window import show

CJK = re.compile(r"[\u4e00-\u9fff]")
WRITER = r"""
import sys
sys.path.insert(0, sys.argv[1])
from jmreview.store import edits
from jmreview.store.database import Store
with Store(sys.argv[2]) as store:
    edits.set_article_field(store, "乙", int(sys.argv[3]), "kicker", sys.argv[4])
"""




@pytest.fixture
def corpus(pg_url: str) -> str:
    """A server database holding one page."""
    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    return pg_url


def first_article(url: str) -> int:
    return sql(url, "SELECT id FROM article ORDER BY file_id, reading_order LIMIT 1")[0][0]


def test_the_window_opens_a_server_database_edits_and_undoes(qtbot, corpus: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(qtbot, tmp_path, corpus, monkeypatch)
    try:
        database = corpus.split("@/", 1)[1].split("?", 1)[0]
        assert database in window.windowTitle() and "read-only" not in window.windowTitle()
        assert window.files.ids() and window.session.editor == SUPERUSER   # the editor is the database role
        assert not window.actions_by_name["restore"].isEnabled()   # backups are the server's job
        art = first_article(corpus)
        window.select_article(art)
        window.actions_by_name["in_review"].trigger()
        assert sql(corpus, "SELECT status, version FROM article WHERE id = %s", art) == [("in_review", 2)]
        assert sql(corpus, "SELECT who, action FROM editlog") == [(SUPERUSER, "set_status")]
        window.actions_by_name["undo"].trigger()
        assert sql(corpus, "SELECT status FROM article WHERE id = %s", art) == [("auto",)]
        window.actions_by_name["redo"].trigger()
        assert sql(corpus, "SELECT status FROM article WHERE id = %s", art) == [("in_review",)]
        assert "another window" not in window.statusBar().currentMessage()   # our own edits are no news
    finally:
        window.session.store.close()


def test_another_editors_commit_shows_within_a_second_and_a_stale_edit_is_refused(  # type: ignore[no-untyped-def]
        qtbot, corpus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    window = show(qtbot, tmp_path, corpus, monkeypatch)
    try:
        art = first_article(corpus)
        window.select_article(art)
        qtbot.wait(200)
        other = subprocess.run([sys.executable, "-c", WRITER, str(ROOT), corpus, str(art), "乙的眉题"],
                               capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr
        committed = time.monotonic()
        qtbot.waitUntil(lambda: window.editor.edits["kicker"].text() == "乙的眉题", timeout=1000)
        assert time.monotonic() - committed < 1.0
        assert window.statusBar().currentMessage() == "已更新其他窗口所做的修改" or CJK.search(
            window.statusBar().currentMessage())
        # the window's view goes stale while it is busy; its edit is then refused, in Chinese, and nothing is lost
        other = subprocess.run([sys.executable, "-c", WRITER, str(ROOT), corpus, str(art), "乙的第二次修改"],
                               capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warned.append(text))
        window.editor.edits["kicker"].setText("甲的眉题")
        window.editor._commit("kicker")
        assert len(warned) == 1 and CJK.search(warned[0]) and "changed elsewhere" not in warned[0], warned
        assert sql(corpus, "SELECT kicker FROM article WHERE id = %s", art) == [("乙的第二次修改",)]
    finally:
        window.session.store.close()


def test_a_read_only_role_gets_a_read_only_window_that_refuses_edits_cleanly(  # type: ignore[no-untyped-def]
        qtbot, pg_server: PgServer, corpus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        chinese: None) -> None:
    name, url = make_role(pg_server, corpus, "reader")
    before = sql(corpus, "SELECT id, version, status, kicker FROM article ORDER BY id")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: warned.append(text))
    window = show(qtbot, tmp_path, url, monkeypatch)
    try:
        banner = window.read_only_banner
        assert banner.isVisible() and name in banner.text() and CJK.search(banner.text())
        assert name in window.statusBar().currentMessage()
        art = first_article(corpus)
        window.select_article(art)
        window.refresh()
        for action in ("in_review", "rejected", "reviewed_next", "split", "merge_next", "accept", "noise",
                       "import_files", "import_json", "rerun", "label_all_corpus", "apply_lexicon", "curate"):
            assert not window.actions_by_name[action].isEnabled(), action
        for action in ("export", "find", "next_article", "open_database", "simplified"):
            assert window.actions_by_name[action].isEnabled(), action
        assert window.editor.edits["kicker"].isReadOnly()
        assert not window.story.buttons["link"].isEnabled() and not window.editor.status.isEnabled()
        assert warned == []   # opening said nothing alarming: no error storm
        window.actions_by_name["in_review"].trigger()   # a disabled command does nothing
        window.fix.set_status("rejected")   # and a command reached anyway is refused in one sentence
        assert len(warned) == 1 and name in warned[0] and CJK.search(warned[0]), warned
        assert sql(corpus, "SELECT id, version, status, kicker FROM article ORDER BY id") == before
        assert sql(corpus, "SELECT count(*) FROM editlog") == [(0,)]
    finally:
        window.session.store.close()


def test_every_server_message_reads_in_chinese(chinese: None) -> None:
    from jmreview.errors import Coded
    from jmreview.gui.store_messages import coded_text

    for template in SERVER_MESSAGES.values():
        text = coded_text(Coded(template, path="postgresql://ed@db/news", detail="x", version=9, role="ed",
                                what="service file", file="/x/svc", kind="a FIFO", variable="PGSERVICEFILE",
                                schemas="public、jm", table="block", first="jm", rest="public", encoding="LATIN1",
                                tables="block", column="title", source="PGPASSWORD", ours="localhost:5432/news",
                                theirs="127.0.0.1:5432/news", n=2, char="?", code="%3F", service="desk", name="flip",
                                drop="DROP RULE flip ON block"))
        assert CJK.search(text) and not re.search(r"\b(the|is|was|nothing|database)\b", text), text


def test_a_password_in_the_url_stays_out_of_settings_and_logs(qtbot, pg_server: PgServer, corpus: str,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from jmreview.gui.crash import log_path

    name, url = make_role(pg_server, corpus, "editor", password="s3cret-pw")
    home = tmp_path / "home"
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_STATE_HOME", ".local/state"), ("XDG_CACHE_HOME", ".cache")):
        monkeypatch.setenv(var, str(home / sub))
    handler = logging.FileHandler(log_path(), encoding="utf-8")   # the window's log, as setup_logging makes it
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)   # every query peewee logs, too
    window = show(qtbot, home, url.replace(f"{name}@", f"{name}:s3cret-pw@", 1), monkeypatch)
    try:
        window.select_article(first_article(corpus))
        window.actions_by_name["in_review"].trigger()
        window.actions_by_name["undo"].trigger()
        window.settings.sync()
        assert recent_databases(window.settings)[0] == url   # remembered without its password
        assert window.session.editor == name and "s3cret" not in window.windowTitle()
    finally:
        window.session.store.close()
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(logging.WARNING)
        handler.close()
    assert {who for (who,) in sql(corpus, "SELECT who FROM editlog")} == {name}
    leaked = [p for p in home.rglob("*") if p.is_file() and b"s3cret" in p.read_bytes()]
    assert not leaked and list(home.rglob("*.ini")) and list(home.rglob("jmreview.log"))


def test_r18b_17_at_a_connection_limit_of_one_the_window_opens_and_says_it_hears_no_changes(  # type: ignore[no-untyped-def]
        qtbot, pg_server: PgServer, corpus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        chinese: None) -> None:
    """Run 18 B17: `ALTER ROLE … CONNECTION LIMIT 1`: the window never appeared — its change listener's second
    session failed (`too many connections for role`) with `unexpected error` on stderr only."""
    name, url = make_role(pg_server, corpus, "editor")
    pg_server.admin(f'ALTER ROLE "{name}" CONNECTION LIMIT 1')
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: warned.append(text))
    window = show(qtbot, tmp_path, url, monkeypatch)
    try:
        assert window.isVisible() and not warned, warned
        assert window.watch.lost   # other editors' changes: said not shown, listened for again at each tick
        assert window.watch.note.isVisible() and window.watch.note.text() == "不显示其他编辑的修改"   # run 19 B28
        assert "连接数上限" in window.watch.note.toolTip(), window.watch.note.toolTip()   # run 22 B64: the limit named
    finally:
        window.session.store.close()


@pytest.mark.qt_no_exception_capture
def test_r22b_25_a_page_that_cannot_be_read_now_leaves_the_list_on_the_page_shown(  # type: ignore[no-untyped-def]
        qtbot, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 22 B25: another session held `LOCK TABLE article`; a click on another file was said busy, but the file list
    stayed on the file clicked while the page and its articles showed the one before (edits go to the page shown)."""
    import psycopg2
    from PySide6.QtCore import QTimer

    with Store(pg_url) as store:
        import_paths(store, sorted(SEEDS.glob("*.txt"))[:2], workers=1)
    monkeypatch.setattr(sys, "excepthook", lambda *a: None)   # the busy note is the crash hook's: not this test's
    window = show(qtbot, tmp_path, pg_url, monkeypatch)
    holder = psycopg2.connect(pg_url)
    try:
        first, other = window.current_file, next(i for i in window.files.ids() if i != window.current_file)
        page = window.page.toPlainText()
        holder.cursor().execute("LOCK TABLE article IN ACCESS EXCLUSIVE MODE")   # held in the holder's transaction
        QTimer.singleShot(0, lambda: window.select_file(other))   # as a click does
        qtbot.wait(2500)
        assert window.current_file == first and window.files.current_id() == first
        assert window.page.toPlainText() == page
    finally:
        holder.close()
        window.session.store.close()


def test_r21b_46_a_frozen_listening_session_is_noticed_and_listened_anew(  # type: ignore[no-untyped-def]
        qtbot, corpus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 21 B46: the window's LISTEN backend frozen (`kill -STOP`), another editor's change: 72 s of the old title and
    nothing said. The window's own session pings the channel; a ping not heard means a deaf listener: listened anew,
    and the change shown."""
    import os
    import signal

    from jmreview.gui import watch

    monkeypatch.setattr(watch, "PING_TICKS", 2)   # (15 looks in use: a test need not wait that long)
    window = show(qtbot, tmp_path, corpus, monkeypatch)
    frozen = window.watch.listener.conn.get_backend_pid()
    try:
        art = first_article(corpus)
        window.select_article(art)
        qtbot.wait(200)
        os.kill(frozen, signal.SIGSTOP)
        other = subprocess.run([sys.executable, "-c", WRITER, str(ROOT), corpus, str(art), "乙的眉题"],
                               capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr
        qtbot.waitUntil(lambda: window.editor.edits["kicker"].text() == "乙的眉题", timeout=15000)
        assert window.watch.listener.conn.get_backend_pid() != frozen
    finally:
        os.kill(frozen, signal.SIGCONT)
        window.session.store.close()
