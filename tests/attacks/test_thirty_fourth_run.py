"""Rows of the thirty-fourth adversarial run (issue 10), and rows earlier runs left open, each failing before its fix."""
from __future__ import annotations

from pathlib import Path

from jmreview.store.database import Store


def test_r33a_15_a_page_with_a_variation_selector_inside_a_word_is_found(tmp_path: Path) -> None:
    """Run 33 A15's rest: a page whose word holds a variation selector or a zero-width joiner (text pasted from a
    PDF) was not found by a search for the word without it; the hit spans the mark, in the page's own offsets."""
    from jmreview.store.search import search
    from jmreview.workflows.importer import import_paths

    page = tmp_path / "page.txt"
    page.write_text("本报讯 江\ufe0f门市\u200d政府召开会议。\n会议由市长主持，江门市民代表参加。\n", encoding="utf-8")
    with Store(tmp_path / "db.sqlite3") as store:
        import_paths(store, [page], workers=1)
        hits = search(store, "江门市")
        assert len(hits) == 2, hits
        text = page.read_text(encoding="utf-8")
        first = min(hits, key=lambda h: h.line)
        assert text[first.start:first.end] == "江\ufe0f门市", (first.start, first.end)
        assert len(search(store, "门市政府")) == 1


def test_r33b_39_agreement_over_a_damaged_review_says_so(db: Path) -> None:
    """Run 33 B39's rest: an article moved between the review copies by another program; `agreement` scored the
    page without a word. It now warns, naming the page and doctor, and still gives the figures."""
    from .test_database_safety import run_cli
    from .test_thirty_first_run import _an_article_moved_between_the_copies

    _an_article_moved_between_the_copies(db)
    out = run_cli("agreement", "--db", str(db))
    assert out.returncode == 0 and "F1" in out.stdout, (out.stdout, out.stderr)
    assert "another file" in out.stderr and "doctor" in out.stderr, out.stderr
    quiet = run_cli("agreement", "--json", "--db", str(db))
    assert "doctor" in quiet.stderr and quiet.stdout.startswith("{"), quiet.stderr
