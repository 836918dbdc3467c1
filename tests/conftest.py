"""Shared fixtures: the sample pages, the gold files and fresh real SQLite stores."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.sqlite3") as s:
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
