"""Rows of the thirty-fourth adversarial run (issue 10), and rows earlier runs left open, each failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

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


def _repeated_line_article(tmp_path: Path) -> tuple[Path, Path, int, str]:
    """Seed page 001 imported, and the article holding the second of two equal lines (a subhead printed in two
    stories) retitled by a person: the database, the page's copy, the article's id and the repeated line."""
    from collections import Counter

    from jmreview.analysis.rules import dedupe_key
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, Block, SourceFile
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    page = tmp_path / "pages" / "001_69ca20e02664ffc6.txt"
    page.parent.mkdir()
    page.write_bytes((SEEDS / page.name).read_bytes())
    db = tmp_path / "db.sqlite3"
    with Store(db) as store:
        import_paths(store, [page], workers=1)
        source = SourceFile.get()
        blocks = list(Block.select().where(Block.file == source).order_by(Block.line))
        keys = Counter(dedupe_key(source.text[b.start:b.end]) for b in blocks)
        twice = [b for b in blocks if keys[dedupe_key(source.text[b.start:b.end])] == 2 and b.article_id]
        owners = {dedupe_key(source.text[b.start:b.end]): set() for b in twice}
        for b in twice:
            owners[dedupe_key(source.text[b.start:b.end])].add(b.article_id)
        key, arts = next((k, a) for k, a in owners.items() if len(a) == 2 and len(k) > 1)
        second = max(arts, key=lambda a: Block.select().where(Block.article == a).order_by(Block.line).first().line)
        set_article_field(store, "甲", second, "title", "编辑改的标题")
        assert Article.select().count() > 2
    return db, page, second, key


def _lines_of(store_db: Path, title: str) -> tuple[list[str], int]:
    """The texts of the current article with this title, in reading order, and the count of current articles."""
    from jmreview.store.models import Article, Block, SourceFile

    with Store(store_db):
        source = SourceFile.get(SourceFile.replaced_by.is_null())
        art = Article.get((Article.file == source) & (Article.title == title))
        texts = [source.text[b.start:b.end] for b in Block.select().where(Block.article == art).order_by(Block.line)]
        return texts, Article.select().where(Article.file == source).count()


def test_r34a_34_a_new_version_carries_a_persons_article_to_its_own_repeated_line(tmp_path: Path) -> None:
    """Run 34 A34: a page whose subhead is printed in two stories; a person retitled the second story; a new version
    with one character added at the top: the person's article was carried onto the first story's subhead (its
    line matched to the first equal line of the page), spanning the page, its own subhead left an article alone."""
    from .test_database_safety import run_cli

    db, page, _, key = _repeated_line_article(tmp_path)
    before, count = _lines_of(db, "编辑改的标题")
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("江门", "江门市", 1), encoding="utf-8")
    out = run_cli("import", str(page), "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    after, count_after = _lines_of(db, "编辑改的标题")
    assert after == before and count_after == count, (len(before), len(after), count, count_after)


def test_r34a_35_a_replaced_version_never_puts_another_story_in_a_persons_article(tmp_path: Path) -> None:
    """Run 34 A35: as A34, the new version changing one line inside the person's article, imported with --replace:
    the whole first story (37 lines) went into the person's article. Only the changed line joins it."""
    from jmreview.store.models import Article, Block, SourceFile

    from .test_database_safety import run_cli

    db, page, art_id, _ = _repeated_line_article(tmp_path)
    before, count = _lines_of(db, "编辑改的标题")
    with Store(db):
        source = SourceFile.get()
        inside = Block.select().where(Block.article == art_id).order_by(Block.line)[len(before) // 2]
        line = source.text[inside.start:inside.end]
    text = page.read_text(encoding="utf-8")
    assert text.count(line) == 1
    page.write_text(text.replace(line, line + "补", 1), encoding="utf-8")
    out = run_cli("import", str(page), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0, out.stderr
    after, count_after = _lines_of(db, "编辑改的标题")
    assert len(after) == len(before) and count_after == count, (len(before), len(after), count, count_after)
    assert line + "补" in after
    with Store(db):
        assert Article.select().where(Article.title == "编辑改的标题").count() == 2   # the old version's and the new


@pytest.mark.parametrize(("written", "kept"), [("否", False), ("N", False), ("off", False), ("是", True),
                                               ("maybe", None), ("假的", None)])
def test_r34a_31_a_no_written_another_way_is_no_or_refused(db: Path, tmp_path: Path, written: str,
                                                            kept: bool | None) -> None:
    """Run 34 A31: a colleague wrote 否 (or N, off, maybe) in a lexicon CSV's positive column: imported as yes, a
    name the desk rejected made one the lexicon suggests. The words for no are no; any other word is refused, by
    line."""
    import json

    from .test_database_safety import run_cli

    page = tmp_path / "p.csv"
    page.write_text(f"text,label,positive\n江门,LOC,{written}\n", encoding="utf-8")
    out = run_cli("lexicon", "import", str(page), "--db", str(db))
    listed = run_cli("lexicon", "list", "--json", "--db", str(db))
    entries = [e for e in json.loads(listed.stdout) if e["text"] == "江门" and e.get("origin") != "learned"]
    if kept is None:
        assert out.returncode != 0 and "line 2" in out.stderr and "neither yes nor no" in out.stderr, out.stderr
        assert not entries, entries
    else:
        assert out.returncode == 0, out.stderr
        assert entries and all(e["positive"] is kept for e in entries), entries


def test_r34a_41_a_rerun_over_a_line_another_program_moved_is_said(db: Path) -> None:
    """Run 34 A41: `UPDATE block SET line = line + 1000 WHERE id = 5` by another program, then `rerun`: "unexpected
    error: KeyError". The page is left as it is, said in words naming doctor; the rest of the run goes on."""
    import sqlite3

    from .test_database_safety import run_cli

    with sqlite3.connect(db) as con:
        con.execute("UPDATE block SET line = line + 1000 WHERE id = 5")
    con.close()
    out = run_cli("rerun", "--db", str(db))
    assert "unexpected" not in out.stderr and "doctor" in out.stdout + out.stderr, (out.stdout, out.stderr)
    assert "not the lines of its text" in out.stdout + out.stderr


@pytest.mark.parametrize("column", [3, 4])
def test_r34a_10_an_entitys_text_corrected_in_a_workbook_is_said(db: Path, tmp_path: Path, column: int) -> None:
    """Run 34 A10: a colleague corrected an entity's 文字 (or 简体) cell, 江門 → 江门市: "0 changes", the correction
    dropped without a word, where a changed 身份 cell is said. It is counted and said as a column not read back."""
    from openpyxl import load_workbook

    from .test_database_safety import run_cli

    book = tmp_path / "b.xlsx"
    assert run_cli("export", "--format", "xlsx", "-o", str(book), "--db", str(db)).returncode == 0
    wb = load_workbook(book)
    sheet = wb.worksheets[1]
    assert sheet.cell(row=1, column=3).value == "文字" and sheet.cell(row=1, column=4).value == "简体"
    sheet.cell(row=2, column=column).value = str(sheet.cell(row=2, column=column).value) + "市"
    wb.save(book)
    out = run_cli("import-xlsx", str(book), "--db", str(db))
    header = "文字" if column == 3 else "简体"
    assert f"column {header}" in out.stdout + out.stderr and "not read back" in out.stdout + out.stderr, \
        (out.stdout, out.stderr)


def test_r34a_26_27_copy_of_a_missing_source_or_to_a_refused_target_leaves_nothing(db: Path, tmp_path: Path) -> None:
    """Run 34 A26, A27: `copy nope.sqlite3 x.sqlite3` said SQLite's "unable to open database file"; a copy refused
    because its target was a folder, a FIFO or an empty file left an empty `….backups` folder beside it."""
    import os

    from .test_database_safety import run_cli

    out = run_cli("copy", str(tmp_path / "nope.sqlite3"), str(tmp_path / "x.sqlite3"))
    assert out.returncode == 2 and "does not exist: nothing was done" in out.stderr, out.stderr
    assert not (tmp_path / "x.sqlite3").exists() and not (tmp_path / "x.sqlite3.backups").exists()
    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "f.sqlite3")
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    for name in ("d", "f.sqlite3", "empty.sqlite3"):
        refused = run_cli("copy", str(db), str(tmp_path / name))
        assert refused.returncode != 0, (name, refused.stdout)
        assert not (tmp_path / f"{name}.backups").exists(), name


def test_r34a_39_case_and_full_width_forms_do_not_matter_to_a_search(tmp_path: Path) -> None:
    """Run 34 A39: `gdp` found nothing where `GDP` found 5, and `２０２５年` (a Chinese input method in full-width
    mode) nothing where `2025年` found 4. Latin case and full-width forms are folded, in the index and the query;
    an index made before is made anew, folded, at the first search."""
    import sqlite3

    from jmreview.store.search import ensure_index, marked, search
    from jmreview.workflows.importer import import_paths

    page = tmp_path / "page.txt"
    page.write_text("本报讯 今年ＧＤＰ增长，２０２５年目标明确。\n全市GDP总量2025年将再创新高。\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    with Store(db) as store:
        import_paths(store, [page], workers=1)
        assert marked(store)
        for query in ("gdp", "GDP", "ｇｄｐ", "2025年", "２０２５年", "Gdp总量"):
            hits = search(store, query)
            assert len(hits) == (1 if query == "Gdp总量" else 2), (query, hits)
        text = page.read_text(encoding="utf-8")
        first = min(search(store, "gdp"), key=lambda h: h.line)
        assert text[first.start:first.end] == "ＧＤＰ"
    with sqlite3.connect(db) as con:   # an index as an older jmreview made it: not folded, no mark
        con.execute("DELETE FROM block_fts WHERE rowid = 0")
        con.execute("UPDATE block_fts SET text = '今年ＧＤＰ增长' WHERE rowid = (SELECT MIN(rowid) FROM block_fts)")
    con.close()
    with Store(db) as store:
        ensure_index(store)
        assert marked(store) and len(search(store, "gdp")) == 2


def test_r34a_44_the_jsonl_export_given_to_import_json_is_named(db: Path, tmp_path: Path) -> None:
    """Run 34 A44: `import-json c.jsonl` (the JSON Lines export): only "not valid JSON (line 2, column 1)". It says
    what the file is and which export import-json reads."""
    from .test_database_safety import run_cli

    lines = tmp_path / "c.jsonl"
    assert run_cli("export", "--format", "jsonl", "-o", str(lines), "--db", str(db)).returncode == 0
    out = run_cli("import-json", str(lines), "--db", str(db))
    assert out.returncode == 2 and "jsonl export" in out.stderr and "--format json" in out.stderr, out.stderr


def _a_damaged_copy(db: Path, sql: str) -> None:
    """The page under double review by 甲 and 乙, and `sql` run by another program on 甲's copy (`{copy}`)."""
    import sqlite3

    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review, review_copy

    with Store(db) as store:
        page = int(SourceFile.select(SourceFile.id).where(SourceFile.review_of.is_null()).first().id)
        mark_double_review(store, "主编", page, ["甲", "乙"])
        copy = review_copy(page, "甲")
        assert copy is not None
        copy_id = copy.id
    with sqlite3.connect(db) as con:
        con.executescript(sql.replace("{copy}", str(copy_id)))
    con.close()


@pytest.mark.parametrize("value", ["[1,2]", "null", '{"a": 1}'])
def test_r34b_4_5_a_list_of_numbers_or_null_on_a_review_copy_is_said(db: Path, tmp_path: Path, value: str) -> None:
    """Run 34 B4, B5: `photographers = '[1,2]'` or `reporters = 'null'` on a review copy: curate, agreement and
    export --with-source ended in "unexpected error: TypeError". Null is read as no name and numbers as their text
    (doctor names both); curation refuses to take numbers onto the page; a value that is no list is said."""
    from .test_database_safety import run_cli

    _a_damaged_copy(db, f"UPDATE article SET photographers = '{value}' WHERE file_id = " + "{copy}")
    for argv in (["curate", "003_4221d1719c757f4b.txt"], ["agreement"],
                 ["export", "--format", "json", "--with-source", "-o", str(tmp_path / "s.json")]):
        out = run_cli(*argv, "--db", str(db))
        assert "unexpected" not in out.stderr and "Traceback" not in out.stderr, (argv, out.stderr)
        refused = value.startswith("{") or value == "[1,2]" and argv[0] == "curate"
        assert (out.returncode == 2 and "another program" in out.stderr) if refused else out.returncode == 0, \
            (argv, out.returncode, out.stderr)
    assert run_cli("doctor", "--db", str(db)).returncode == 1


def test_r34b_6_an_unknown_category_on_a_review_copy_is_not_curated_onto_the_page(db: Path) -> None:
    """Run 34 B6: `category = 'weird', status = 'gone'` on a review copy: `curate --all a` wrote them onto the page
    of record without a word; its own export then did not import. Refused, nothing taken."""
    import sqlite3

    from .test_database_safety import run_cli

    _a_damaged_copy(db, "UPDATE article SET category = 'weird', status = 'gone' WHERE file_id = {copy}")
    out = run_cli("curate", "003_4221d1719c757f4b.txt", "--all", "a", "--db", str(db))
    assert out.returncode == 2 and "weird" in out.stderr and "unexpected" not in out.stderr, out.stderr
    with sqlite3.connect(db) as con:
        assert not con.execute("SELECT 1 FROM article WHERE category = 'weird' AND file_id = 1").fetchall()
    con.close()


@pytest.mark.parametrize("sql", ["UPDATE article SET reviewed_at = '1850-01-01 00:00:00+00:00' WHERE id = 2",
                                 "UPDATE article SET reviewed_at = '3100-01-01 00:00:00+00:00' WHERE id = 2"])
def test_r34b_2_a_snapshot_its_import_would_refuse_is_said_as_it_is_written(db: Path, tmp_path: Path,
                                                                            sql: str) -> None:
    """Run 34 B2: a moment outside 1900–2999 another program wrote: `export --with-source` wrote, without a word, a
    snapshot its own import-json refuses. The export warns, naming the value and doctor."""
    import sqlite3

    from .test_database_safety import run_cli

    with sqlite3.connect(db) as con:
        con.execute(sql)
    con.close()
    out = run_cli("export", "--format", "json", "--with-source", "-o", str(tmp_path / "s.json"), "--db", str(db))
    assert out.returncode == 0 and "import-json would refuse" in out.stderr and "reviewed_at" in out.stderr, out.stderr


def test_r34b_11_an_unchanged_export_applied_over_a_page_under_review_refuses_nothing(db: Path,
                                                                                    tmp_path: Path) -> None:
    """Run 34 B11: export, then import-json of that same file, a page under double review: "1 refused … is under
    double review", exit 1, though the file changes nothing. Nothing is refused; a changed file still is."""
    import json

    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review

    from .test_database_safety import run_cli

    with Store(db) as store:
        page = int(SourceFile.select(SourceFile.id).where(SourceFile.review_of.is_null()).first().id)
        mark_double_review(store, "主编", page, ["甲", "乙"])
    same = tmp_path / "same.json"
    assert run_cli("export", "--format", "json", "-o", str(same), "--db", str(db)).returncode == 0
    out = run_cli("import-json", str(same), "--db", str(db))
    assert out.returncode == 0 and "refused" not in out.stderr, (out.stdout, out.stderr)
    doc = json.loads(same.read_text(encoding="utf-8"))
    doc["files"][0]["articles"][0]["title"] = "改过的标题"
    same.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    changed = run_cli("import-json", str(same), "--db", str(db))
    assert changed.returncode == 1 and "double review" in changed.stderr, changed.stderr


def test_r34b_46_agreement_on_a_page_not_under_review_names_it(tmp_path: Path) -> None:
    """Run 34 B46: `agreement --file 001…` (not under review, while another page is): "no page is under double
    review"."""
    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    db = tmp_path / "db.sqlite3"
    pages = [str(SEEDS / "003_4221d1719c757f4b.txt"), str(SEEDS / "001_69ca20e02664ffc6.txt")]
    assert run_cli("import", *pages, "--db", str(db), "--workers", "1").returncode == 0
    assert run_cli("double-review", "003_4221d1719c757f4b.txt", "--editors", "甲", "乙", "--db", str(db)).returncode == 0
    out = run_cli("agreement", "--file", "001_69ca20e02664ffc6.txt", "--db", str(db))
    assert "001_69ca20e02664ffc6.txt: not under double review" in out.stderr, out.stderr


def test_r34b_47_a_lost_review_copy_is_said_as_the_way_it_is_mended(db: Path) -> None:
    """Run 34 B47: one review copy deleted by another program: curate said "it cannot be marked again" — but
    marking it again by the same two editors makes the lost copy anew and keeps the other: the way it says now."""
    from .test_database_safety import run_cli

    _a_damaged_copy(db, "DELETE FROM entity WHERE file_id = {copy}; DELETE FROM block WHERE file_id = {copy}; "
                        "DELETE FROM article WHERE file_id = {copy}; DELETE FROM sourcefile WHERE id = {copy}")
    out = run_cli("curate", "003_4221d1719c757f4b.txt", "--db", str(db))
    assert "mark it for double review again" in out.stderr and "cannot be marked" not in out.stderr, out.stderr
    again = run_cli("double-review", "003_4221d1719c757f4b.txt", "--editors", "甲", "乙", "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert run_cli("curate", "003_4221d1719c757f4b.txt", "--db", str(db)).returncode == 0


def test_r34b_44_a_stop_after_the_last_take_says_the_takes_were_saved(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Run 34 B44: the server frozen just after `curate --all b`'s last take: "nothing of this change was saved; try
    again" — yet every take was saved. What follows the takes (the page marked curated, the list read again) failing
    says that the takes before it were saved."""
    from jmreview import cli
    from jmreview.errors import StoreError
    from jmreview.store import curation
    from jmreview.store.models import CurationDecision

    _a_damaged_copy(db, "UPDATE article SET title = '甲的标题' WHERE file_id = {copy}")

    taken, take, differences = [], curation.take, curation.differences

    def counted(*args: object, **kwargs: object) -> object:
        taken.append(1)
        return take(*args, **kwargs)  # type: ignore[arg-type]

    def stopped(*args: object, **kwargs: object) -> object:
        if taken:   # the server stops once the takes are made
            raise StoreError("the server stopped answering: nothing of this change was saved; try again")
        return differences(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(curation, "take", counted)
    monkeypatch.setattr(curation, "differences", stopped)
    assert cli.main(["curate", "003_4221d1719c757f4b.txt", "--all", "b", "--db", str(db)]) == 2
    said = capsys.readouterr().err
    assert "every difference this command settled before it was saved" in said, said
    with Store(db):
        assert CurationDecision.select().count() >= 1


def test_r32a_9_a_version_limit_met_by_a_new_version_names_the_article_the_editor_knows(tmp_path: Path) -> None:
    """Run 32 A9: an article at the version limit (another program's), its page delivered again: the refusal named
    the id the new version would have given it, an article no one can find."""
    import sqlite3

    from .test_database_safety import run_cli

    db, page, art_id, _ = _repeated_line_article(tmp_path)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE article SET version = 1000000000 WHERE id = ?", (art_id,))
    con.close()
    page.write_text(page.read_text(encoding="utf-8").replace("江门", "江门市", 1), encoding="utf-8")
    out = run_cli("import", str(page), "--db", str(db), "--workers", "1")
    assert f"article {art_id} has reached the limit" in out.stdout + out.stderr, (out.stdout, out.stderr)
