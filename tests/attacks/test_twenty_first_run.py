"""Issue 10: the rows run 21 left open, fixed in the session of run 22 (each test failed before its fix)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from jmreview.store.database import Store


def _snapshot(db: Path, tmp_path: Path) -> tuple[Path, dict]:  # type: ignore[type-arg]
    from jmreview.exchange.export_json import export_json

    target = tmp_path / "all.json"
    with Store(db):
        export_json(target, with_source=True)
    return target, json.loads(target.read_text(encoding="utf-8"))


def test_r21a_22_a_nul_in_a_snapshot_is_refused_naming_its_file_article_and_field(db: Path, tmp_path: Path) -> None:
    """Run 21 A22: a NUL in a reporter of one article of a 10 MB snapshot: refused as "the text '\\x00' holds a NUL
    character" — naming neither the file, the article nor the field, so the editor could not find it."""
    from jmreview.exchange.import_json import InvalidCorpus, import_json

    target, doc = _snapshot(db, tmp_path)
    page = doc["files"][-1]
    article = page["articles"][-1]
    article["reporters"] = ["王五", "\x00"]
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "new.sqlite3") as store, pytest.raises(InvalidCorpus) as refused:
        import_json(store, target, "甲")
    said = str(refused.value)
    assert f"file {page['name']}, article {article['id']}, reporters" in said, said
    assert "NUL" in said


def test_r21a_51_an_untouched_workbook_of_an_entity_found_thousands_of_times_reads_back(tmp_path: Path) -> None:
    """Run 21 A51: a page naming 江门 on thousands of lines: the export cut the 实体编号 cell of its entity row at Excel's
    limit, and the untouched workbook was refused whole ("… is not an id of this database"), for ever."""
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import plan_workbook
    from jmreview.store.models import Entity
    from jmreview.workflows.importer import import_paths

    page = tmp_path / "20240101_A01.txt"
    page.write_text("江门新闻\n" + "\n".join(f"第{n}天，江门市民在江门游玩。" for n in range(7000)) + "\n", encoding="utf-8")
    db = tmp_path / "big.sqlite3"
    with Store(db) as store:
        import_paths(store, [page], workers=1)
        assert Entity.select().count() > 7000
        book = tmp_path / "review.xlsx"
        report = export_xlsx(book)
        assert all(cut.endswith(" text") for cut in report.truncated), report.truncated   # only the article's text
        plan = plan_workbook(book)   # raised "not an id of this database" before
        assert not plan.articles and not plan.refused, plan.preview()


def test_r21a_51_ids_that_cannot_share_one_cell_are_written_on_several_rows() -> None:
    """The same, for ids that no run shortens: as many rows as keep each cell whole; every id on exactly one."""
    from jmreview.exchange.xlsx_read import _ids
    from jmreview.exchange.xlsx_text import id_cells

    ids = list(range(1, 40_000, 2)) + [50_000, 50_001, 50_002, 50_003]
    cells = id_cells(ids, limit=1_000)
    assert len(cells) > 1 and all(len(text) <= 1_000 for text, _ in cells)
    assert sorted(i for text, _ in cells for i in _ids(text)) == ids
    assert [held for _, held in cells] == [_ids(text) for text, _ in cells]
    assert cells[-1][0].endswith("50000-50003")
    assert _ids("3-1") == [] and _ids("1-99999999999") == [] and _ids("1,x") == []


def test_r21a_72_a_snapshot_restored_never_gives_again_the_number_of_an_article_merged_away(db: Path,
                                                                                             tmp_path: Path) -> None:
    """Run 21 A72: a split (article 33) exported, merged back; the snapshot restored into an empty database; another
    split there got number 33 again — a number an older export named for another article."""
    from jmreview.exchange.import_json import import_json
    from jmreview.store.edits import merge_articles
    from jmreview.store.models import Article

    from .test_twentieth_run import _split_first

    split = _split_first(db)
    with Store(db) as store:
        kept = Article.select().where(Article.id < split).order_by(Article.id).first().id
        merge_articles(store, "甲", kept, split)
        assert not Article.select().where(Article.id == split).exists()
    target, doc = _snapshot(db, tmp_path)
    assert doc["ids_given"]["article"] >= split
    fresh = tmp_path / "restored.sqlite3"
    with Store(fresh) as store:
        import_json(store, target, "甲")
    assert _split_first(fresh) > split


def test_r21a_72_a_forged_count_of_ids_given_is_refused(db: Path, tmp_path: Path) -> None:
    """The snapshot's `ids_given` is checked as every other field: known tables, whole numbers a database holds."""
    from jmreview.exchange.import_json import InvalidCorpus, import_json

    target, doc = _snapshot(db, tmp_path)
    for forged in ({"article": 2 ** 40}, {"editlog": 3}, {"article": "9"}, [1]):
        doc["ids_given"] = forged
        target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        with Store(tmp_path / "new.sqlite3") as store, pytest.raises(InvalidCorpus, match="ids_given"):
            import_json(store, target, "甲")


@pytest.mark.parametrize("since", ["merge", "split"])
def test_r22a_66_a_colleagues_workbook_applies_after_a_merge_or_split_made_here_since(db: Path, tmp_path: Path,
                                                                                    since: str) -> None:
    """Run 22 A66: a workbook exported, then here a merge (and a line made noise), or a split; the colleague's workbook,
    with one title changed in another article, refused whole: "row 144, column J (实体编号（勿改）): “348” is not an id
    of this database … Nothing was imported" (a split: the advice meant for a sorted column)."""
    import openpyxl

    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import apply_plan, plan_workbook
    from jmreview.store.edits import merge_articles, set_noise, split_article
    from jmreview.store.models import Article, Block, Entity

    book = tmp_path / "review.xlsx"
    with Store(db) as store:
        export_xlsx(book)
        with_entities = [a.id for a in Article.select().order_by(Article.reading_order)
                         if Entity.select().where(Entity.article == a.id).exists()]
        changed_here, other = with_entities[0], with_entities[-1]
        if since == "merge":
            nxt = Article.select().where(Article.reading_order > Article.get_by_id(changed_here).reading_order) \
                .order_by(Article.reading_order).first().id
            merge_articles(store, "甲", changed_here, nxt)
            named = Entity.select().where(Entity.article == changed_here).order_by(Entity.start).first()
            line = Block.get((Block.article == changed_here) & (Block.start <= named.start) & (Block.end > named.start))
            set_noise(store, "甲", line.id, True)   # its entities there gone with it
        else:
            lines = list(Block.select().where(Block.article == changed_here).order_by(Block.line))
            split_article(store, "甲", lines[1].id)
    wb = openpyxl.load_workbook(book)
    ws = wb.worksheets[0]
    heads = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[heads.index("编号")].value == other:
            row[heads.index("标题")].value = "同事改的标题"
    wb.save(book)
    with Store(db) as store:
        plan = plan_workbook(book)   # raised XlsxRefused before
        assert [a.id for a in plan.articles] == [other], plan.preview()
        assert any(str(changed_here) in str(r) for r in plan.refused), plan.refused
        apply_plan(store, plan, "乙")
        assert Article.get_by_id(other).title == "同事改的标题"


def test_r22b_22_67_a_name_with_a_variation_selector_of_the_supplement_is_no_second_person() -> None:
    """Run 22 B22/B67: `--editors 甲 "甲\\U000E0100"` accepted as two reviewers ("甲 / 甲"), and 甲\\U000E0100 let
    curate a page 甲 reviewed: the invisible marks of U+E0100–E01EF (and U+16FE4) were not known as such."""
    from jmreview.store.editor_names import bad_name, person

    for hidden in ("\U000e0100", "\U000e01ef", "\U000e0020", "\U00016fe4", "\U0009ffff"):   # (the last: no character)
        assert bad_name(f"甲{hidden}") is not None, hex(ord(hidden))
        assert person(f"甲{hidden}") == person("甲") or ord(hidden) == 0x9FFFF
    assert bad_name("甲编辑") is None and bad_name("王\U00020000") is None   # (a rare ideograph is a name)


def test_r22a_75_a_mistyped_database_is_never_made_by_a_command_that_does_not_import(db: Path, tmp_path: Path) -> None:
    """Run 22 A75: `import-xlsx book.xlsx --db typo.sqlite3` made an empty database and listed 504 rows "not an id of
    this database", never pointing at the typo (import-annotations, assign, link alike)."""
    from .test_database_safety import run_cli

    book = tmp_path / "review.xlsx"
    assert run_cli("export", "--format", "xlsx", "-o", str(book), "--db", str(db)).returncode == 0
    typo = tmp_path / "typo.sqlite3"
    for argv in (["import-xlsx", str(book)], ["import-annotations", str(book)], ["assign", "x.txt", "--to", "丙"],
                 ["rerun"]):
        out = run_cli(*argv, "--db", str(typo))
        assert out.returncode != 0 and "does not exist" in out.stderr, (argv, out.stderr)
        assert not typo.exists(), argv


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_r22a_16_a_gb18030_or_big5_page_cut_in_its_last_character_is_said_cut_short(encoding: str) -> None:
    """Run 22 A16: a GB18030 page cut inside its last character was "not text in UTF-8, UTF-16, GB18030 or Big5"."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    from ..conftest import SEEDS

    data = ((SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8").rstrip() + "中").encode(encoding, "ignore")
    assert decode_bytes("p.txt", data)[1] == encoding
    with pytest.raises(RefusedInput) as refused:
        decode_bytes("p.txt", data[:-1])
    assert refused.value.code == "cut_short"


@pytest.mark.parametrize("separator", ["\x0c", "\x0b", "\x1e"])
def test_r22a_18_a_page_whose_lines_are_parted_by_form_feeds_is_read_as_lines(tmp_path: Path, separator: str) -> None:
    """Run 22 A18: a page whose lines were parted by VT or FF (no CR, no LF) was imported as one line, one article."""
    from jmreview.store.models import Block
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    lines = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8").splitlines()
    page = tmp_path / "p.txt"
    page.write_text(separator.join(lines), encoding="utf-8")
    with Store(tmp_path / "c.sqlite3") as store:
        import_paths(store, [page], workers=1)
        assert Block.select().count() == sum(1 for line in lines if line.strip())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_r22a_81_text_that_looks_like_a_spreadsheet_escape_survives_libreoffice(db: Path, tmp_path: Path) -> None:
    """Run 22 A81: a 副题 of `a_x000D_b` and a 引题 of `代号_x0041_` exported as they are; LibreOffice opened and saved
    the workbook untouched, and import-xlsx then applied 2 changes (a line break, an "A")."""
    import os
    import subprocess

    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import plan_workbook
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    book = tmp_path / "review.xlsx"
    with Store(db) as store:
        first = Article.select().order_by(Article.id).first().id
        set_article_field(store, "甲", first, "subtitle", "a_x000D_b")
        set_article_field(store, "甲", first, "kicker", "代号_x0041_")
        export_xlsx(book)
        assert not plan_workbook(book).articles   # as openpyxl reads it
        out = tmp_path / "lo"
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(book)], check=True,
                       capture_output=True, timeout=240, env=dict(os.environ, HOME=str(tmp_path / "home")))
        plan = plan_workbook(out / "review.xlsx")
        assert not plan.articles, plan.preview()


def test_r22b_63_the_command_line_records_and_lists_under_the_name_set_for_the_computer(db: Path,
                                                                                     monkeypatch: pytest.MonkeyPatch
                                                                                     ) -> None:
    """Run 22 B63: `JMREVIEW_EDITOR=Xu jmreview work` printed nothing (the login name was used), while the window on
    the same computer records Xu's edits."""
    from .test_database_safety import run_cli

    monkeypatch.setenv("JMREVIEW_EDITOR", "Xu")
    assert run_cli("assign", "003_4221d1719c757f4b.txt", "--to", "Xu", "--db", str(db)).returncode == 0
    listed = run_cli("work", "--db", str(db))
    assert "003_4221d1719c757f4b.txt" in listed.stdout, (listed.stdout, listed.stderr)
    monkeypatch.setenv("JMREVIEW_EDITOR", "坏\n名")   # no editor's name: the login, as before
    assert "003_4221d1719c757f4b.txt" not in run_cli("work", "--db", str(db)).stdout


def test_r22a_71_a_snapshot_applied_to_a_corpus_without_its_pages_gives_advice_not_yet_followed(
        db: Path, tmp_path: Path) -> None:
    """Run 22 A71: a snapshot (written with --with-source) applied to a database holding other pages: "not in this
    database (export it with --with-source to add it)" — advice already followed."""
    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    snapshot = tmp_path / "snap.json"
    assert run_cli("export", "--format", "json", "--with-source", "-o", str(snapshot), "--db", str(db)).returncode == 0
    other = tmp_path / "other.sqlite3"
    assert run_cli("import", str(SEEDS / "001_69ca20e02664ffc6.txt"), "--db", str(other)).returncode == 0
    out = run_cli("import-json", str(snapshot), "--db", str(other))
    assert "import the page itself, or restore the snapshot into a new database" in out.stderr, out.stderr
    assert "export it with --with-source" not in out.stderr


def test_r22b_51_an_assignment_undone_under_a_double_review_leaves_the_reviewers_copy_in_her_work(db: Path) -> None:
    """Run 22 B51/B52: 主编 gave 003 to X; 副主编 marked it for double review by X and Y; 主编's Ctrl+Z of the
    assignment emptied X's work list while she still held her review copy (doctor: ok)."""
    from jmreview.store.changes import undo
    from jmreview.store.models import SourceFile
    from jmreview.store.team import assign, mark_double_review, my_pages

    with Store(db) as store:
        page = SourceFile.select().where(SourceFile.review_of.is_null()).first().id
        given = assign(store, "主编", [page], "X")
        mark_double_review(store, "副主编", page, ["X", "Y"])
        undo(store, given, "主编")
        listed = my_pages("x")   # (however her name is written)
        assert [(p.id, c is not None and c.review_editor) for p, c in listed] == [(page, "X")], listed


def test_r22a_4_a_damaged_record_of_numbers_given_is_read_from_the_articles_left(db: Path) -> None:
    """Run 22 A4: run 21 A15 with the damage on the page of SQLite's AUTOINCREMENT record: the newest backup put in
    place, and the next split was article 33 again, though the damaged file's articles still showed 33."""
    import sqlite3

    from jmreview.store.backup import make_backup
    from jmreview.store.restore import replace_with_newest

    from .test_twentieth_run import _split_first

    Store(db).close()
    make_backup(db, "manual")
    first = _split_first(db)
    con = sqlite3.connect(db)
    page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with db.open("r+b") as fh:   # that page, and the header, destroyed
        fh.seek((page - 1) * size)
        fh.write(b"\xff" * size)
        fh.seek(0)
        fh.write(b"\0" * 100)
    replace_with_newest(db)
    assert _split_first(db) > first


def test_r22a_51_an_error_or_truth_value_in_a_text_cell_is_refused_not_stored(db: Path, tmp_path: Path) -> None:
    """Run 22 A51: a 标题 cell showing #REF! (a formula gone wrong) or TRUE was applied as the title "#REF!" / "True"."""
    import openpyxl

    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import plan_workbook
    from jmreview.exchange.xlsx_read import XlsxRefused

    book = tmp_path / "review.xlsx"
    with Store(db):
        export_xlsx(book)
    for value in ("#REF!", True):
        wb = openpyxl.load_workbook(book)
        ws = wb.worksheets[0]
        heads = [c.value for c in ws[1]]
        ws.cell(2, heads.index("标题") + 1).value = value
        edited = tmp_path / "edited.xlsx"
        wb.save(edited)
        with Store(db), pytest.raises(XlsxRefused) as refused:
            plan_workbook(edited)
        assert "error or truth value" in str(refused.value), refused.value


def test_r22a_55_a_utf16_mark_in_front_of_utf8_text_is_refused_not_imported_garbled() -> None:
    """Run 22 A55: `\\xff\\xfe` followed by a UTF-8 page was imported as UTF-16: garbled text, doctor ok."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    from ..conftest import SEEDS

    page = (SEEDS / "003_4221d1719c757f4b.txt").read_bytes()
    with pytest.raises(RefusedInput) as refused:
        decode_bytes("p.txt", b"\xff\xfe" + page)
    assert refused.value.code == "wrong_mark" and "UTF-8" in str(refused.value)
    text = page.decode("utf-8")
    assert decode_bytes("p.txt", b"\xff\xfe" + text.encode("utf-16-le"))[0] == text   # a true UTF-16 page: read


def test_r23b_11_33_spaces_and_traditional_characters_do_not_make_a_second_person(db: Path) -> None:
    """Run 23 B11/B33: `--editors "王 明" "王  明"` and `--editors 王编辑 王編輯` were two reviewers; `curate --editor
    "甲 编辑"` (or 甲編輯) let reviewer 甲编辑 settle her own page."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review

    with Store(db) as store:
        page = SourceFile.select().where(SourceFile.review_of.is_null()).first().id
        for pair in (["王 明", "王  明"], ["王编辑", "王編輯"], ["甲 编辑", "甲编辑"]):
            with pytest.raises(EditConflict):
                mark_double_review(store, "主编", page, pair)


def test_r23b_37_a_database_whose_version_record_was_emptied_is_said_not_a_traceback(db: Path) -> None:
    """Run 23 B37: `DELETE FROM schemainfo` (another tool, a restore cut short): `stats` ended in "unexpected error:
    TypeError: 'NoneType' object is not subscriptable", and the window showed nothing."""
    import sqlite3

    from .test_database_safety import run_cli

    con = sqlite3.connect(db)
    con.execute("DELETE FROM schemainfo")
    con.commit()
    con.close()
    out = run_cli("stats", "--db", str(db))
    assert out.returncode != 0 and "lost the record of its version" in out.stderr, out.stderr
    assert "unexpected error" not in out.stderr
    doctor = run_cli("doctor", "--db", str(db))
    assert "unexpected error" not in doctor.stderr, doctor.stderr


@pytest.mark.parametrize("filler", ["\n", "好\n"])
def test_r23a_31_32_a_file_of_millions_of_lines_is_refused_at_once(filler: str) -> None:
    """Run 23 A31/A32: a page followed by 60 M empty lines imported in 71 s at 8.2 GB; one followed by `好\\n` × 3 M
    would have taken some 45 minutes."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_source

    from ..conftest import SEEDS

    data = (SEEDS / "003_4221d1719c757f4b.txt").read_bytes() + (filler * 3_000_000).encode("utf-8")
    with pytest.raises(RefusedInput) as refused:   # before any line is split into blocks
        decode_source("p.txt", data)
    assert refused.value.code == "many_lines" and "3,000," in str(refused.value)


def test_r23a_4_47_52_a_refused_command_leaves_no_empty_database_behind(tmp_path: Path) -> None:
    """Run 23 A4, A47, A52: `lexicon import missing.csv`, `import-json bad.json` and `import --page-pattern '('`, each
    refused, left an empty database at a new --db (which a later command then took for a corpus)."""
    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "jmreview-corpus", "version": 9, "files": []}', encoding="utf-8")
    for n, argv in enumerate((["lexicon", "import", str(tmp_path / "missing.csv")], ["import-json", str(bad)],
                              ["import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--page-pattern", "(?P<y>"])):
        new = tmp_path / f"new{n}.sqlite3"
        out = run_cli(*argv, "--db", str(new))
        assert out.returncode != 0, (argv, out.stdout)
        assert "unexpected error" not in out.stderr, out.stderr
        assert not new.exists() and not Path(f"{new}.backups").exists(), (argv, list(tmp_path.iterdir()))
    kept = tmp_path / "kept.sqlite3"   # an import that worked keeps its database, of course
    assert run_cli("import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", str(kept)).returncode == 0
    assert kept.exists()


def test_r23b_45_an_issue_without_pages_is_said_so_not_asked_for(db: Path) -> None:
    """Run 23 B45: `assign --issue 2024-08-22 --to 王` for an issue with no pages: "no pages named (give file names or
    --issue DATE)", though --issue was given."""
    from .test_database_safety import run_cli

    out = run_cli("assign", "--issue", "1999-01-01", "--to", "王", "--db", str(db))
    assert out.returncode != 0 and "no current page is of the issue 1999-01-01" in out.stderr, out.stderr


def test_r23a_60_a_link_that_rejects_an_accepted_one_says_so(db: Path) -> None:
    """Run 23 A60: `link 1 3; link 1 2` set the accepted link 1 → 3 to rejected, saying only "article 1 continues in
    2"."""
    from jmreview.store.models import Article, StoryLink

    from .test_database_safety import run_cli

    with Store(db):
        a, b, c = [x.id for x in Article.select().order_by(Article.id)[:3]]
    assert run_cli("link", str(a), str(c), "--db", str(db)).returncode == 0
    out = run_cli("link", str(a), str(b), "--db", str(db))
    assert f"the link of article {a} to {c} is rejected" in out.stdout, out.stdout
    with Store(db):
        assert StoryLink.get((StoryLink.first == a) & (StoryLink.then == c)).status == "rejected"
