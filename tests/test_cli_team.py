"""The team commands: assign, work, double-review, agreement, curate (both backends)."""
from __future__ import annotations

import json
from pathlib import Path

from jmreview.cli import main
from jmreview.exchange.agreement import answer_of
from jmreview.store.database import Store
from jmreview.store.models import SourceFile
from jmreview.store.team import review_copy

from .test_team import PAGE, A, B, simulate_two_editors


def test_two_editors_review_a_page_and_a_curator_settles_it(db_location: Path | str, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(db_location)
    assert main(["import", str(PAGE), "--db", db, "--workers", "1"]) == 0
    assert main(["assign", PAGE.name, "--to", A, "--editor", "主编", "--db", db]) == 0
    assert main(["work", "--for", A, "--db", db]) == 0
    out = capsys.readouterr().out
    assert PAGE.name in out and "1 pages given to 甲编辑" in out
    assert main(["double-review", "nosuch.txt", "--editors", A, B, "--db", db]) == 2
    assert "there is no page nosuch.txt" in capsys.readouterr().err
    with Store(db_location) as store:
        page, a, b = simulate_two_editors(store)   # marks the page, and the two editors work on their copies
    assert main(["agreement", "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"{PAGE.name}  {A} / {B}  boundary F1 0.9091" in out and f"{A} / {B}  1 pages" in out
    assert main(["agreement", "--json", "--file", PAGE.name, "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)["pages"][0]["rows"]
    assert rows[0]["metric"] == "boundary"
    assert main(["curate", PAGE.name, "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "segment:5" in listed and "differences open; page double" in listed
    assert main(["curate", PAGE.name, "--take", "segment:5=b", "--db", db]) == 0
    assert "segment:5               b" in capsys.readouterr().out
    assert main(["curate", PAGE.name, "--take", "segment:5=x", "--db", db]) == 2
    assert main(["curate", PAGE.name, "--all", "a", "--editor", "主编", "--db", db]) == 0
    assert "0 of 4 differences open; page curated" in capsys.readouterr().out
    with Store(db_location):
        copy_a, copy_b = review_copy(page, A), review_copy(page, B)
        assert copy_a is not None and copy_b is not None and SourceFile.get_by_id(page).review_state == "curated"
        mine, of_a, of_b = answer_of(page), answer_of(copy_a.id), answer_of(copy_b.id)
        assert mine["articles"][0] == of_b["articles"][0] != of_a["articles"][0]   # segment 5 came from B
        assert mine["articles"][1:] == of_a["articles"][2:]                        # the rest from A
