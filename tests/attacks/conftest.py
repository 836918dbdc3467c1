"""Shared fixtures of the attacks: the window of tests/gui, and a small imported page to attack."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import SEEDS
from ..gui.conftest import window  # noqa: F401
from ..pg_server import PgServer, started

SMALL_PAGE = SEEDS / "003_4221d1719c757f4b.txt"   # 37 lines, 8 articles: small and quick


def imported_with_cli(folder: Path, *pages: Path) -> Path:
    """A database in `folder` holding these pages, imported with the command line."""
    db = folder / "page.sqlite3"
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", *map(str, pages), "--db", str(db),
                          "--workers", "1"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return db


@pytest.fixture(scope="module")
def page_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding one imported page, made with the command line."""
    return imported_with_cli(tmp_path_factory.mktemp("page"), SMALL_PAGE)


@pytest.fixture
def db(page_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of that database for one test."""
    copy_ = tmp_path / "work.sqlite3"
    shutil.copy(page_db, copy_)
    return copy_


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    """A server the tests of one module may stop, restart and freeze."""
    server = started()
    yield server
    server.stop()


@pytest.fixture
def server(own_server: PgServer) -> Iterator[PgServer]:
    """The module's own server, running and answering at the start and the end of each test."""
    yield own_server
    own_server.freeze(False)
    if own_server.process is not None and own_server.process.poll() is None and not own_server.ready():
        own_server.halt(signal.SIGINT)   # left shutting down by a test that failed
    if own_server.process is None or own_server.process.poll() is not None:
        own_server.restart()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[BaseException]]:
    """What the window said in dialogs, and the errors that reached the crash hook."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, _t, text, *a: said.append(text))
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: errors.append(error))
    return said, errors


def one_page_server(server: PgServer) -> str:
    """A new database on the server holding one sample page; its URL."""
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    return url


def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bounded waits on a server that does not answer, made short for a test (the real bound is checked apart)."""
    from jmreview.store import server_wait

    monkeypatch.setattr(server_wait, "ANSWER_SECONDS", 2)
    monkeypatch.setattr(server_wait, "PROBE_SECONDS", 1)
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "2")
