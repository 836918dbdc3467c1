"""Tenth adversarial run, the server findings (issue 10): a reconnect into a server still down or shutting down
(#16, #33), what an import or a re-run stopped by the server says it did (#33, #34), a frozen server (#19), libpq
service and password files that are not files (#27), and key=value / upper-case server addresses (#46).

These tests stop, restart and freeze a server of their own (the session's server is shared by every test)."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest

from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS
from ..pg_server import PgServer, sql
from ..server_window import launched, show
from .conftest import one_page_server

RUN = [sys.executable, "-m", "jmreview.cli"]
CJK = re.compile(r"[\u4e00-\u9fff]")
GONE_ZH = "没有响应"   # the Chinese of the store's "stopped answering" sentence


def cli(*args: str, timeout: float = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def pages(folder: Path, count: int) -> Path:
    """`count` pages with bytes of their own (the sample pages, numbered)."""
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(count):
        src = seeds[i % len(seeds)]
        (folder / f"{i:03d}_{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n　　第{i}号附记。\n",
                                                    encoding="utf-8")
    return folder


def wait_for(url: str, query: str, at_least: int, proc: subprocess.Popen[str], seconds: float = 60) -> None:
    """Poll the server until `query` counts `at_least` (the command still running)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        if sql(url, query)[0][0] >= at_least:
            return
        time.sleep(0.05)
    pytest.fail(f"{query} never reached {at_least}")


# #16, #33: a reconnect that fails is the store's "stopped answering" sentence ------------------------------------


def test_r10_16_a_reconnect_into_a_server_down_or_shutting_down_is_the_stopped_answering_sentence(
        server: PgServer) -> None:
    """#16: once the server dropped the store's connection, the next statement's reconnect failed with a raw
    OperationalError ('connection to server … failed: No such file or directory', 'the database system is
    shutting down'), which reached the crash dialog and the CLI's 'unexpected error'. It is the store's
    ServerGone now, for a read and for a write, and the store works again once the server is back."""
    from jmreview.store import edits
    from jmreview.store.models import Article
    from jmreview.store.server_errors import ServerGone

    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
        art = Article.select().first().id
        held = psycopg2.connect(url)   # a session that keeps a smart shutdown waiting
        held.autocommit = True
        server.halt(signal.SIGTERM)   # smart: no new sessions, the old ones go on
        time.sleep(0.5)
        held.cursor().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> "
                              "pg_backend_pid() AND datname = current_database()")
        for attempt in (lambda: Article.get_by_id(art),
                        lambda: edits.set_article_field(store, "甲", art, "title", "停机时")):
            with pytest.raises(ServerGone):   # "the database system is shutting down"
                attempt()
        held.close()
        server.process.wait(30)  # type: ignore[union-attr]
        for attempt in (lambda: Article.get_by_id(art),
                        lambda: edits.set_article_field(store, "甲", art, "title", "停机时")):
            with pytest.raises(ServerGone):   # "No such file or directory": the socket is gone
                attempt()
        server.restart()
        edits.set_article_field(store, "甲", art, "title", "恢复后")
        assert Article.get_by_id(art).title == "恢复后"


def test_r10_16_an_edit_in_the_window_while_the_server_is_down_says_so_and_keeps_the_text(  # type: ignore[no-untyped-def]
        qtbot, server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None, dialogs) -> None:
    """#16: the server stopped under the window; a title typed 3 s later and Return showed the crash dialog
    (出错了：connection to server … failed) and the typed title was then replaced. Now the Chinese 'stopped
    answering' sentence, the title stays in the field, and Return after the restart saves it."""
    said, errors = dialogs
    url = one_page_server(server)
    window = show(qtbot, tmp_path, url, monkeypatch)
    try:
        art = sql(url, "SELECT id FROM article ORDER BY file_id, reading_order LIMIT 1")[0][0]
        window.select_article(art)
        qtbot.wait(200)
        server.halt(signal.SIGINT)
        qtbot.wait(2500)   # the watch's ticks meet the stopped server meanwhile
        window.editor.edits["title"].setText("停机时打的")
        window.editor._commit("title")
        qtbot.wait(1500)
        assert not errors, errors
        assert said and all(GONE_ZH in text for text in said), said
        assert window.editor.edits["title"].text() == "停机时打的"
        server.restart()
        qtbot.wait(2500)   # reconnected; the watch's refresh must not take the typing back
        assert window.editor.edits["title"].text() == "停机时打的"
        window.editor._commit("title")
        qtbot.wait(200)
        assert not errors, errors
        assert sql(url, "SELECT title FROM article WHERE id = %s", art) == [("停机时打的",)], said
    finally:
        window.session.store.close()


# #33, #34: what was done before the server stopped is said ---------------------------------------------------------


def stopped_midway(server: PgServer, url: str, args: list[str],
                   counted: str) -> tuple[subprocess.Popen[str], str, str, int]:
    """Run a command, stop the server once `counted` reaches 8, start it again: the process, its output, and the
    count then."""
    proc = subprocess.Popen([*RUN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(url, counted, 8, proc)
        server.halt(signal.SIGINT)   # fast (immediate loses the test server's last commits: synchronous_commit=off)
        out, err = proc.communicate(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
    server.restart()
    return proc, out, err, sql(url, counted)[0][0]


def test_r10_33_an_import_stopped_by_the_server_says_what_it_imported_then_the_stop(
        server: PgServer, tmp_path: Path) -> None:
    """#33: `import` of 200 pages, the server stopped 3 s in: `unexpected error: OperationalError:
    … the database system is shutting down`, rc 3, no summary, though 96 files were committed. Now the usual
    summary (the files committed), the stop said, rc 1, no traceback."""
    url = server.new_database()
    Store(url).close()
    folder = pages(tmp_path / "pages", 150)
    proc, out, err, committed = stopped_midway(server, url, ["import", str(folder), "--db", url, "--workers", "1"],
                                               "SELECT count(*) FROM sourcefile")
    assert "unexpected" not in err and "Traceback" not in err, err[-2000:]
    assert proc.returncode == 1, (proc.returncode, err[-2000:])
    assert re.search(rf"\b{committed} imported\b", out), (committed, out, err[-2000:])
    assert "stopped answering" in err and "the import stopped here" in err, err[-2000:]


def test_r10_34_a_rerun_stopped_by_the_server_says_what_it_re_ran_then_the_stop(
        server: PgServer, tmp_path: Path) -> None:
    """#34: `rerun` on a server stopped 3 s in said 'nothing of this change was saved', though 32 files had been
    re-run and committed. Now the files re-run before the stop and their summary, then the stop, rc 2."""
    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [pages(tmp_path / "pages", 40)], workers=2)   # (stopped at 8: 40 is plenty)
    proc, out, err, done = stopped_midway(server, url, ["rerun", "--db", url],
                                          "SELECT count(*) FROM editlog WHERE action = 'rerun_automation'")
    assert "unexpected" not in err and "Traceback" not in err, err[-2000:]
    assert proc.returncode == 2, (proc.returncode, out[-500:], err[-2000:])
    assert "nothing of this change was saved" not in err, err
    assert re.search(rf"^{done} files re-run: kept", out, re.M), (done, out[-1000:], err)
    assert len([line for line in out.splitlines() if ": kept " in line and "files re-run" not in line]) == done
    assert "stopped answering" in err and f"{done} files were re-run and saved" in err, err


# #19: a frozen server ------------------------------------------------------------------------------------------------


def test_r10_19_a_frozen_server_is_given_up_after_a_bounded_wait_and_the_window_stays_usable(  # type: ignore[no-untyped-def]
        qtbot, server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None, dialogs) -> None:
    """#19: every postgres process SIGSTOPped for 45 s froze the window for the whole 45 s (no repaint, no word).
    A statement that gets no answer is now given up after a bounded wait (the bound made short here) with the
    Chinese 'stopped answering' sentence, the typed text kept; the watch's re-LISTEN never blocks a tick; after
    the server resumes, Return saves and other editors' changes are shown again."""
    from jmreview.store import server_wait

    assert server_wait.ANSWER_SECONDS + server_wait.PROBE_SECONDS <= 20   # the real bound
    monkeypatch.setattr(server_wait, "ANSWER_SECONDS", 2)
    monkeypatch.setattr(server_wait, "PROBE_SECONDS", 1)
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "2")   # connecting again to the frozen server: given up after this
    said, errors = dialogs
    url = one_page_server(server)
    window = show(qtbot, tmp_path, url, monkeypatch)
    try:
        art = sql(url, "SELECT id FROM article ORDER BY file_id, reading_order LIMIT 1")[0][0]
        window.select_article(art)
        qtbot.wait(200)
        server.freeze()
        window.editor.edits["title"].setText("冻结时打的")
        started = time.monotonic()
        window.editor._commit("title")
        assert time.monotonic() - started < 8
        qtbot.wait(100)
        assert not errors, errors
        assert said and GONE_ZH in said[-1], said
        assert window.editor.edits["title"].text() == "冻结时打的"
        started = time.monotonic()
        window.editor._commit("title")   # Return again: connecting anew is bounded too
        assert time.monotonic() - started < 6
        qtbot.wait(100)
        assert not errors and len(said) == 2 and GONE_ZH in said[-1], (errors, said)
        assert window.editor.edits["title"].text() == "冻结时打的"
        window.watch.listener.conn.close()   # the LISTEN session lost too: listening anew must not block a tick
        for _ in range(3):
            started = time.monotonic()
            window.watch.check()
            assert time.monotonic() - started < 1
            qtbot.wait(300)
        assert not errors, errors
        server.freeze(False)
        qtbot.wait(1500)
        window.editor._commit("title")
        qtbot.wait(200)
        assert not errors, errors
        assert sql(url, "SELECT title FROM article WHERE id = %s", art) == [("冻结时打的",)], said
        other = subprocess.run([*RUN, "link", str(art), str(art + 1), "--db", url], capture_output=True, text=True,
                               timeout=60)
        assert other.returncode == 0, other.stderr
        qtbot.waitUntil(lambda: window.watch.listener is not None and not window.watch.lost, timeout=8000)
    finally:
        server.freeze(False)
        window.session.store.close()


def test_r10_19_a_statement_that_waits_long_on_a_live_server_is_not_given_up(
        server: PgServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bound gives up on a server that does not answer at all, never on a slow statement of a live one."""
    from jmreview.store import server_wait

    monkeypatch.setattr(server_wait, "ANSWER_SECONDS", 1)
    monkeypatch.setattr(server_wait, "PROBE_SECONDS", 1)
    with Store(server.new_database()) as store:
        assert store.db.execute_sql("SELECT 7 FROM pg_sleep(3)").fetchone() == (7,)


# #27: service and password files that are not files ------------------------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A FIFO nobody writes to (opened for writing after 20 s, so that a test that fails does not hang)."""
    path = tmp_path / "svc.fifo"
    os.mkfifo(path)
    done = threading.Event()

    def release() -> None:
        if not done.wait(20):
            with open(path, "w"):
                pass

    thread = threading.Thread(target=release, daemon=True)
    thread.start()
    yield path
    done.set()


def test_r10_27_a_service_or_password_file_that_is_not_a_file_is_refused_by_name(
        server: PgServer, tmp_path: Path, fifo: Path) -> None:
    """#27: PGSERVICEFILE a FIFO or /dev/zero hung the CLI (and the window) before connect_timeout applied. Every
    libpq file that is not a regular file is refused at once, by name, in one line, rc 2."""
    url = server.new_database()
    Store(url).close()
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "sysconf").mkdir()
    os.mkfifo(home / ".pg_service.conf")
    os.mkfifo(tmp_path / "sysconf" / "pg_service.conf")
    os.mkfifo(tmp_path / "pgpass.fifo")
    cases = [({"PGSERVICEFILE": str(fifo)}, "postgresql://?service=nd", str(fifo)),
             ({"PGSERVICEFILE": "/dev/zero"}, "postgresql://?service=nd", "/dev/zero"),
             ({"PGSERVICEFILE": "/dev/zero", "PGSERVICE": "nd"}, url, "/dev/zero"),
             ({"HOME": str(home)}, "service=nd", str(home / ".pg_service.conf")),
             ({"HOME": str(tmp_path), "PGSYSCONFDIR": str(tmp_path / "sysconf")}, "postgresql://?service=nd",
              str(tmp_path / "sysconf" / "pg_service.conf")),
             ({"PGPASSFILE": str(tmp_path / "pgpass.fifo")}, url, str(tmp_path / "pgpass.fifo")),
             ({"PGPASSFILE": "/dev/zero"}, url, "/dev/zero")]
    for env, location, named in cases:
        started = time.monotonic()
        out = cli("stats", "--db", location, env=env, timeout=60)
        assert time.monotonic() - started < 10, (env, location)
        assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1, (env, out.stderr)
        assert named in out.stderr and "not a regular file" in out.stderr and "Traceback" not in out.stderr, \
            (env, out.stderr)


def test_r10_27_the_window_refuses_a_service_file_that_is_a_fifo_in_a_chinese_dialog(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fifo: Path) -> None:
    """#27: the window never appeared (a blank screen) with PGSERVICEFILE a FIFO; it shows the Chinese dialog."""
    monkeypatch.setenv("PGSERVICEFILE", str(fifo))
    began = time.monotonic()
    code, shown = launched(monkeypatch, tmp_path, ["--db", "postgresql://?service=nd"])
    assert code == 2
    assert time.monotonic() - began < 10
    assert len(shown) == 1 and CJK.search(shown[0]) and str(fifo) in shown[0] and "不是普通文件" in shown[0], shown


# #46: key=value strings and upper-case schemes connect where they say -----------------------------------------------


def test_r10_46_key_value_strings_and_upper_case_schemes_connect_where_they_say(
        server: PgServer, tmp_path: Path) -> None:
    """#46: `dbname=… host=…` and `POSTGRESQL://…` were taken as server addresses and then connected to the default
    socket (another server's database of that name, if there was one). They connect where they say now; a
    password in them is never shown."""
    from ..pg_server import make_role

    url = one_page_server(server)
    database = url.split("@/", 1)[1].split("?", 1)[0]
    name, _role_url = make_role(server, url, "editor", password="kvpw_r10")
    env = {"PGHOST": str(tmp_path / "nowhere")}   # the default socket: a server that is not there
    for location in (f"dbname={database} user=jmreview host={server.socket}",
                     f"  host='{server.socket}' dbname={database} user = jmreview",
                     f"dbname={database} user={name} password=kvpw_r10 host={server.socket}",
                     url.replace("postgresql://", "POSTGRESQL://"), url.replace("postgresql://", "Postgres://"),
                     url.replace("postgresql://", "PostgreSQL://")):
        out = cli("stats", "--db", location, env=env)
        assert out.returncode == 0 and "files 1 " in out.stdout, (location, out.stderr)
        assert "kvpw_r10" not in out.stdout + out.stderr
    out = cli("stats", "--db", f"dbname={database} user={name} password=wrong_r10 host={server.socket}", env=env)
    assert out.returncode == 2 and "wrong_r10" not in out.stdout + out.stderr and str(server.socket) in out.stderr, \
        out.stderr
