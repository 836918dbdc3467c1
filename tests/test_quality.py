"""Automatic quality on the seeds, as `jmreview evaluate` measures it on a fresh import."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.exchange.evaluate import format_rows, score
from jmreview.exchange.export_json import corpus

from .conftest import GOLD, SHARED

FLOORS = {
    "boundary": 0.95, "grouping": 0.90, "reporters": 0.95, "join": 0.70, "duplicate": 0.90,
    "entity:PER": 0.85, "entity:LOC:lenient": 0.75, "entity:ORG:lenient": 0.65,
}


@pytest.fixture(scope="module")
def rows(seeded_db: Path) -> list[dict]:
    from jmreview.store.database import Store

    with Store(seeded_db):
        return score(corpus(), GOLD)


@pytest.mark.parametrize("metric,floor", FLOORS.items())
def test_metric_holds_its_floor(rows: list[dict], metric: str, floor: float) -> None:
    row = next(r for r in rows if r["metric"] == metric)
    assert row["f1"] >= floor, row


def test_title_accuracy(rows: list[dict]) -> None:
    row = next(r for r in rows if r["metric"] == "title")
    assert row["accuracy"] >= 0.90 and row["n"] >= 30


def test_no_gold_file_is_missing(rows: list[dict]) -> None:
    assert not [r for r in rows if r["metric"] == "missing_files"]


def test_evaluate_command_agrees_with_the_reference_scorer(seeded_db: Path, tmp_path: Path) -> None:
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip("shared/eval/score.py is not beside the checkout")
    export = tmp_path / "corpus.json"
    run = [sys.executable, "-m", "jmreview.cli"]
    subprocess.run([*run, "export", "--format", "json", "-o", str(export), "--db", str(seeded_db)], check=True,
                   capture_output=True)
    ours = subprocess.run([*run, "evaluate", "--gold", str(GOLD), "--db", str(seeded_db)], check=True,
                          capture_output=True, text=True).stdout
    reference = subprocess.run([sys.executable, str(scorer), str(export), str(GOLD)], check=True,
                               capture_output=True, text=True).stdout
    assert ours == reference
    assert "metric=boundary" in ours


def test_format_rows_matches_reference_layout() -> None:
    assert format_rows([{"metric": "x", "p": 1.0}]) == "metric=x  p=1.0"


def test_displaced_closing_paragraphs_return_to_their_story(seeded_db: Path) -> None:
    """Seed 001: the first feature's last paragraphs and byline come after four news items."""
    from jmreview.store.database import Store

    with Store(seeded_db):
        doc = corpus()
    page = next(f for f in doc["files"] if f["name"].startswith("001"))
    first = page["articles"][0]
    lines = [b["line"] for b in first["blocks"]]
    assert lines != sorted(set(range(lines[0], lines[-1] + 1))) and lines[-1] > page["articles"][1]["blocks"][0]["line"]
    assert first["reporters"] == ["林立竣", "赵可义"]
    assert json.dumps(first["blocks"][0]["role"]) == '"kicker"'
