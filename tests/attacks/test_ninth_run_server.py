"""Ninth adversarial run, the server findings: a server that never answers, a connection lost under the window
and found again, passwords in unusual URLs, the window on a server it cannot open, the LISTEN session lost, an
empty database opened by a role that may not create tables."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS
from ..pg_server import sql
from ..server_window import launched, show

RUN = [sys.executable, "-m", "jmreview.cli"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def cli(*args: str, timeout: float = 60, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A TCP port that accepts connections and never says a word (a frozen server, a half-open firewall)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def test_r9_42_a_server_that_never_answers_is_refused_after_a_timeout(silent_port: int, tmp_path: Path) -> None:
    """#42: `stats` and `copy` on a server that accepts and never answers waited forever; they are refused after
    the connect timeout with the 'cannot be opened' sentence."""
    url = f"postgresql://u@127.0.0.1:{silent_port}/db?sslmode=disable"
    env = {k: v for k, v in os.environ.items() if k != "PGCONNECT_TIMEOUT"}
    Store(tmp_path / "src.sqlite3").close()
    started = time.monotonic()
    procs = [subprocess.Popen([*RUN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for args in (["stats", "--db", url], ["copy", str(tmp_path / "src.sqlite3"), url])]
    outs = []
    for proc in procs:
        try:
            outs.append(proc.communicate(timeout=40))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            pytest.fail("still waiting for a server that never answers after 40 s")
    assert time.monotonic() - started < 30
    for proc, (_out, err) in zip(procs, outs):
        assert proc.returncode != 0 and "Traceback" not in err, err
    assert "cannot be opened" in outs[0][1] and "did not answer" in outs[0][1], outs[0][1]


@pytest.fixture
def corpus(pg_url: str) -> str:
    """A server database holding one page."""
    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    return pg_url


def drop_window_sessions(url: str) -> None:
    """What a server restart does to the window: every session of its database ends."""
    database = url.split("@/", 1)[1].split("?", 1)[0]
    sql(url.replace(f"/{database}?", "/postgres?"), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()", database)


def test_r9_25_26_the_connection_lost_under_the_window_is_said_and_found_again(  # type: ignore[no-untyped-def]
        qtbot, corpus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """#25/#26: the server went away under the window: the edit's first read raised a raw OperationalError (the
    crash dialog, 'your work is saved' — false), and every later edit said 'connection already closed'. Now the
    'stopped answering, nothing saved' sentence, the typed text kept, and the next Return saves it."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: said.append(text))
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: errors.append(error))
    window = show(qtbot, tmp_path, corpus, monkeypatch)
    try:
        art = sql(corpus, "SELECT id FROM article ORDER BY file_id, reading_order LIMIT 1")[0][0]
        window.select_article(art)
        qtbot.wait(200)
        window.watch.timer.stop()   # the edit meets the lost connection first (the watch would find it again)
        window.watch.notifier.setEnabled(False)
        drop_window_sessions(corpus)
        qtbot.wait(300)
        window.editor.edits["title"].setText("断线时的标题")
        window.editor._commit("title")
        qtbot.wait(100)
        assert not errors, errors
        assert len(said) == 1 and CJK.search(said[0]) and "您的工作都已保存" not in said[0], said
        assert window.editor.edits["title"].text() == "断线时的标题"   # what was typed is kept
        window.editor._commit("title")   # the server is back: Return again saves it
        qtbot.wait(100)
        assert not errors, errors
        assert sql(corpus, "SELECT title FROM article WHERE id = %s", art) == [("断线时的标题",)], said
    finally:
        window.session.store.close()


def test_r9_25_the_crash_dialog_never_claims_the_change_was_saved(  # type: ignore[no-untyped-def]
        qtbot, chinese: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """#25: the unexpected-error dialog said 您的工作都已保存 after an error during a save that saved nothing."""
    from jmreview.gui import crash

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "jmreview.log")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: shown.append(text))
    saved = sys.excepthook, __import__("threading").excepthook
    try:
        crash.install_excepthook()
        sys.excepthook(RuntimeError, RuntimeError("during a save"), None)
        qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    finally:
        sys.excepthook, threading.excepthook = saved
    assert "during a save" in shown[0] and CJK.search(shown[0])
    assert "您的工作都已保存" not in shown[0] and "可能没有保存" in shown[0], shown


def test_r9_21_a_raw_at_in_a_password_and_a_key_value_string_never_show_the_password(pg_url: str) -> None:
    """#21: `postgresql://zhao:ab@TOPSECRET@/…` printed `TOPSECRET` (the regex stopped at the first @, libpq takes
    the last); `dbname=… password=KVSECRET …` was taken for a file path and echoed whole. Neither shows it now."""
    database, query = pg_url.split("@/", 1)[1].split("?", 1)
    raw_at = f"postgresql://zhao:ab@TOPSECRET@/{database}?{query}"
    socket_dir = query.split("host=", 1)[1].split("&", 1)[0]
    key_value = f"dbname={database} user=nobody_r9 password=KVSECRET host={socket_dir}"
    for location, secret in ((raw_at, "TOPSECRET"), (key_value, "KVSECRET")):
        for args in (["stats", "--db", location], ["doctor", "--db", location]):
            out = cli(*args)
            assert out.returncode != 0 and secret not in out.stdout + out.stderr, out.stdout + out.stderr
            refused = "cannot be opened" in out.stderr or "must write as %40" in out.stderr   # (run 43 B16: an `@`
            assert refused and "Traceback" not in out.stderr, out.stderr                 # refused before libpq)
    from jmreview.store.server import secrets_of, shown, without_passwords

    assert "TOPSECRET" not in shown(raw_at) and "KVSECRET" not in shown(key_value)
    assert "ab@TOPSECRET" in secrets_of(raw_at) and "KVSECRET" in secrets_of(key_value)
    assert "KVSECRET" not in without_passwords(f"failed: {key_value}")


def test_r9_56_the_window_on_a_server_it_cannot_open_says_so_in_a_dialog(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """#56: `jmreview --db postgresql://…` on a server it cannot open printed one English line on stderr (hidden by
    a desktop launcher) and showed nothing; it now shows the Chinese dialog, as for a file it cannot open."""
    database, query = pg_url.split("@/", 1)[1].split("?", 1)
    url = f"postgresql://nobody_r9:pw@/{database}?{query}"
    code, shown = launched(monkeypatch, tmp_path, ["--db", url])
    assert code == 2
    assert len(shown) == 1 and CJK.search(shown[0]) and database in shown[0] and ":pw@" not in shown[0], shown
    err = capsys.readouterr().err   # and one line for a terminal (seventh run P4: never a traceback)
    assert len(err.strip().splitlines()) == 1 and "cannot be opened" in err and ":pw@" not in err, err
    assert "unexpected" not in err


WRITER = r"""
import sys
from jmreview.store import edits
from jmreview.store.database import Store
with Store(sys.argv[1]) as store:
    edits.set_article_field(store, "乙", int(sys.argv[2]), "kicker", sys.argv[3])
"""


def test_r9_24_the_window_follows_other_editors_again_after_its_listen_session_drops(  # type: ignore[no-untyped-def]
        qtbot, corpus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """#24: once its LISTEN session was ended (a restart, a pooler, idle_session_timeout) the window never showed
    another editor's change again, without a word. It listens again (polling meanwhile) and shows it."""
    window = show(qtbot, tmp_path, corpus, monkeypatch)
    try:
        art = sql(corpus, "SELECT id FROM article ORDER BY file_id, reading_order LIMIT 1")[0][0]
        window.select_article(art)
        qtbot.wait(200)
        sql(corpus, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%%' "
            "AND datname = current_database()")
        qtbot.wait(1500)
        other = subprocess.run([sys.executable, "-c", WRITER, corpus, str(art), "乙在断开后的眉题"],
                               capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr
        qtbot.waitUntil(lambda: window.editor.edits["kicker"].text() == "乙在断开后的眉题", timeout=5000)
    finally:
        window.session.store.close()


def test_r9_60_an_empty_database_opened_by_a_role_without_create_says_which_grant(pg_server, pg_url: str,  # type: ignore[no-untyped-def]
                                                                                  tmp_path: Path, chinese: None) -> None:
    """#60: `… cannot be opened: permission denied for schema public` named neither that the database is empty
    nor what to ask the administrator for."""
    from jmreview.errors import Coded
    from jmreview.gui.store_messages import coded_text
    from jmreview.store.server import SERVER_MESSAGES

    database = pg_url.split("@/", 1)[1].split("?", 1)[0]
    name = f"r9reader_{os.getpid()}"
    pg_server.admin(f'CREATE ROLE "{name}" LOGIN')
    pg_server.admin("REVOKE CREATE ON SCHEMA public FROM PUBLIC", database)
    url = pg_url.replace("jmreview@", f"{name}@", 1)
    for args in (["stats", "--db", url], ["import", str(SEEDS / "001_69ca20e02664ffc6.txt"), "--db", url]):
        out = cli(*args)
        assert out.returncode != 0 and "Traceback" not in out.stderr, out.stderr
        assert "no jmreview database yet" in out.stderr and f"GRANT CREATE ON SCHEMA public TO {name}" in out.stderr, \
            out.stderr
    assert CJK.search(coded_text(Coded(SERVER_MESSAGES["empty_denied"], path="p", role="r")))
