"""Shared fixtures: the sample pages, the gold files and fresh real SQLite stores."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

from .pg_server import PgServer, started

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["JMREVIEW_QUIET_SECONDS"] = "0"   # a page just written is read at once (the wait for a quiet moment
# is tested where it matters: tests/attacks/test_sixty_first_run.py)
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="jmreview-tests-data-")   # notes kept for the user: not the real

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    """The window in its first language, Simplified Chinese (the translators taken away after the test)."""
    from jmreview.gui.app import install_translations

    translators = install_translations(qapp, "zh_CN")
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.sqlite3") as s:
        yield s


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A private PostgreSQL server for the session; a run where it cannot start fails, never skips."""
    server = started()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """The URL of a new, empty database on the test server."""
    return pg_server.new_database()


BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """A new database on each backend in turn: a SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "test.sqlite3"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_store(db_location: Path | str) -> Iterator[Store]:
    """A fresh store on each backend in turn."""
    with Store(db_location) as s:
        yield s


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the five sample pages imported once for the session."""
    path = tmp_path_factory.mktemp("seeded") / "seeds.sqlite3"
    with Store(path) as s:
        report = import_paths(s, [SEEDS], workers=1)
        assert not report.refused
    return path


@pytest.fixture
def seeded(seeded_db: Path) -> Iterator[Store]:
    with Store(seeded_db) as s:
        yield s


def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
