"""Automatic quality on real pages written by nobody on the project (tests/data/dev): floors that only rise."""
from __future__ import annotations

from pathlib import Path

import pytest

from jmreview.exchange.evaluate import score
from jmreview.exchange.export_json import corpus
from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

DEV = Path(__file__).resolve().parent / "data" / "dev"
FLOORS = {
    "boundary": 0.96, "grouping": 0.97, "role:caption": 0.93, "role:headline": 0.88, "role:byline": 0.95, "join": 0.90,
    "duplicate": 0.90, "reporters": 0.95, "correspondents": 0.95, "photographers": 0.95,
}


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    db = tmp_path_factory.mktemp("dev") / "dev.sqlite3"
    with Store(db) as store:
        report = import_paths(store, [DEV / "pages"], workers=1)
        assert not report.refused and len(report.imported) == 6
        return score(corpus(), DEV / "gold")


@pytest.mark.parametrize("metric,floor", FLOORS.items())
def test_dev_metric_holds_its_floor(rows: list[dict], metric: str, floor: float) -> None:
    row = next(r for r in rows if r["metric"] == metric)
    assert row["f1"] >= floor, row


def test_dev_titles(rows: list[dict]) -> None:
    row = next(r for r in rows if r["metric"] == "title")
    assert row["accuracy"] >= 0.88 and row["n"] >= 30
