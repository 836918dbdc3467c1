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
    "boundary": 0.96, "grouping": 0.97, "role:caption": 0.95, "role:headline": 0.97, "role:kicker": 0.9, "role:byline": 0.95, "join": 0.90,
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
    assert row["accuracy"] >= 0.97 and row["n"] >= 30


def test_a_headline_printed_twice_and_a_series_number_are_read_as_a_layout_grammar() -> None:
    """An unmarked heading zone: a headline repeated around a photo keeps the line between as its caption; a
    series number (第N期) above a headline is its kicker."""
    from jmreview.analysis.pipeline import analyse_text

    page = analyse_text("金牌日捷报频传\n\n选手在领奖台上合影\n\n金牌日捷报频传\n\n　　本报消息 昨日赛事产生多枚金牌。\n")
    roles = [page.articles[0].roles[m] for m in page.articles[0].members]
    assert roles[:3] == ["headline", "caption", "headline"], roles
    page = analyse_text("2024第三期\n\n侨乡青年齐聚一堂\n\n　　本报消息 昨日活动举行，气氛热烈。\n")
    roles = [page.articles[0].roles[m] for m in page.articles[0].members]
    assert roles[:2] == ["kicker", "headline"] and page.articles[0].fields.title == "侨乡青年齐聚一堂", roles


def test_one_reporters_closing_byline_printed_under_two_stories_stays_a_byline() -> None:
    """A line repeated on a page is usually furniture — but the same reporter may close two stories of one page."""
    from jmreview.analysis.pipeline import analyse_text

    story = "{t}\n　　江门日报讯 {t}的报道，这是一段足够长的正文，用来说明新闻的来龙去脉和具体情况。\n（记者 李明）\n"
    page = analyse_text("\n".join(story.format(t=t) for t in ("侨乡新春活动举行", "文化惠民持续推进")))
    assert not page.noise
    assert all(a.fields.credits.names["reporters"] == ["李明"] for a in page.articles)
