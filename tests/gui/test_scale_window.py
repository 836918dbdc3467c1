"""Issue 16, a million articles: the window lists pages and issues without counting every article, and the
window benchmark runs on both backends (on a small corpus: what it measures is in bench/README.md)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from jmreview.gui.main_window import MainWindow
from jmreview.gui.table_models import FileTableModel
from jmreview.store.view_rows import file_rows

from ..conftest import ROOT, SEEDS
from .conftest import open_window


def test_file_counts_are_read_for_the_rows_asked_for_and_match_the_counted_list(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FileTableModel, "BATCH", 2)
    w: MainWindow = open_window(qtbot, tmp_path, [SEEDS])
    try:
        model = w.files.model
        w.files.refresh()
        assert len(model.rows) == 5 and not model.rows[4].counted   # listed, not counted
        shown = [[model.data(model.index(r, c)) for c in range(6)] for r in range(5)]
        assert all(r.counted for r in model.rows)
        expected = FileTableModel()
        expected.set_rows(file_rows())
        assert shown == [[expected.data(expected.index(r, c)) for c in range(6)] for r in range(5)]
        assert w.files.issues.names() == [None] and w.files.issues.tip(None).count("%") == 4
    finally:
        w.session.store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_window_bench_runs_on_a_small_corpus(backend: str, tmp_path: Path, request: pytest.FixtureRequest,  # type: ignore[no-untyped-def]
                                                 qapp) -> None:
    spec = importlib.util.spec_from_file_location("gui_bench", ROOT / "bench" / "gui_bench.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    where = ["--db", request.getfixturevalue("pg_url")] if backend == "postgresql" else \
        ["--keep", str(tmp_path / "bench.sqlite3")]
    result = bench.main(["--articles", "1000", *where])
    assert set(result) == {"open", "switch", "undo", "search"} and all(v > 0 for v in result.values())
