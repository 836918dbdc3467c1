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

import psycopg2
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from jmreview.gui.app import install_translations, open_window
from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def cli(*args: str, timeout: float = 60, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def sql(url: str, query: str, *params: object) -> list[tuple]:
    con = psycopg2.connect(url)
    try:
        con.autocommit = True
        cur = con.cursor()
        cur.execute(query, params)
        return cur.fetchall() if cur.description else []
    finally:
        con.close()


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
