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


def test_r32a_30_a_real_refusal_is_not_buried_among_articles_made_anew(db: Path, tmp_path: Path) -> None:
    """Run 32 A30: a corpus file of before a re-run applied: one line per article made anew ("made anew by
    re-running automation"), the one article really changed here on both sides somewhere among them. The real
    refusal comes first, and the articles made anew are said in one line naming them."""
    import json

    from jmreview.exchange.export_json import export_json
    from jmreview.exchange.import_json import import_json
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, SourceFile
    from jmreview.workflows.automation import rerun_file

    target = tmp_path / "c.json"
    with Store(db) as store:
        export_json(target)
        kept = int(Article.select(Article.id).order_by(Article.id.desc()).first().id)
        set_article_field(store, "乙", kept, "title", "这里改的标题")
        for page in SourceFile.select().where(SourceFile.review_of.is_null()):
            rerun_file(store, page)
        doc = json.loads(target.read_text(encoding="utf-8"))
        doc["files"][0]["articles"][-1]["title"] = "同事改的标题"
        target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        report = import_json(store, target, "甲")
    assert len(report.conflicts) == 2, report.conflicts
    assert str(kept) in report.conflicts[0] and "changed here after the export" in report.conflicts[0]
    assert "articles of" in report.conflicts[1] and "made anew by re-running" in report.conflicts[1]


def _two_desks(tmp_path: Path, ours: list[str], theirs: list[str]) -> tuple[Path, Path]:
    """Our database and another desk's, each importing these seed pages in its own order; the other's workbook, one
    title changed in it."""
    from openpyxl import load_workbook

    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    made = []
    for name, pages in (("ours", ours), ("theirs", theirs)):
        db = tmp_path / f"{name}.sqlite3"
        for page in pages:
            assert run_cli("import", str(SEEDS / page), "--db", str(db), "--workers", "1").returncode == 0
        made.append(db)
    book = tmp_path / "theirs.xlsx"
    assert run_cli("export", "--format", "xlsx", "-o", str(book), "--db", str(made[1])).returncode == 0
    wb = load_workbook(book)
    wb.worksheets[0].cell(row=2, column=4).value = "另一个编辑部改的标题"
    wb.worksheets[1].delete_rows(2, wb.worksheets[1].max_row)   # (entity rows deleted: "not entities")
    wb.save(book)
    return made[0], book


def test_r34_a_workbook_of_another_database_numbering_the_same_pages_otherwise_is_refused(tmp_path: Path) -> None:
    """Found while fixing run 32 A11: two desks imported the same two pages in another order, so each article id
    names another article on each side; the other desk's workbook applied its titles, reporters and entity
    rejections to the wrong articles here. Its rows are now checked against the page and text they were written
    for, and the workbook is refused in one line."""
    from .test_database_safety import run_cli

    ours, book = _two_desks(tmp_path, ["003_4221d1719c757f4b.txt", "001_69ca20e02664ffc6.txt"],
                            ["001_69ca20e02664ffc6.txt", "003_4221d1719c757f4b.txt"])
    out = run_cli("import-xlsx", str(book), "--db", str(ours))
    assert out.returncode == 2 and "another database" in out.stderr, out.stderr
    assert out.stderr.count("sheet") == 1, out.stderr
    with Store(ours):
        from jmreview.store.models import Article, EditLog

        assert not Article.select().where(Article.title == "另一个编辑部改的标题").exists()
        assert not EditLog.select().where(EditLog.action == "import_xlsx").exists()


def test_r32a_11_a_workbook_sharing_one_page_with_this_database_is_said_in_one_line(tmp_path: Path) -> None:
    """Run 32 A11: the workbook of another database holding one page of this one: many "was this column sorted"
    lines. It names the pages that are not here, in one line."""
    from .test_database_safety import run_cli

    ours, book = _two_desks(tmp_path, ["003_4221d1719c757f4b.txt"],
                            ["003_4221d1719c757f4b.txt", "001_69ca20e02664ffc6.txt"])
    out = run_cli("import-xlsx", str(book), "--db", str(ours))
    assert out.returncode == 2 and "001_69ca20e02664ffc6.txt" in out.stderr and "sorted" not in out.stderr, out.stderr
    assert "not in this database" in out.stderr and out.stderr.count("sheet") == 0, out.stderr
