"""Every item model passes Qt's model tester with real rows."""
from __future__ import annotations


def test_models_pass_the_model_tester(window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert window.files.model.rowCount() == 1
    qtmodeltester.check(window.files.model)
    assert window.articles.model.rowCount() == 7
    qtmodeltester.check(window.articles.model)
    assert window.entities.model.rowCount() > 5
    qtmodeltester.check(window.entities.model)
    qtmodeltester.check(window.search.model)


def test_entity_rows_group_occurrences(window) -> None:  # type: ignore[no-untyped-def]
    rows = window.entities.model.rows
    keys = [(r.simplified, r.label, r.status) for r in rows]
    assert len(keys) == len(set(keys))
    assert sum(r.count for r in rows) == sum(len(r.ids) for r in rows)
    assert any(r.count > 1 for r in rows)
