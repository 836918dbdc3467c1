"""Rows of the fortieth and forty-first adversarial runs (issue 10), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from .test_database_safety import run_cli
from .test_thirty_eighth_run import _seed_001_imported


def _move_li_copy(db: Path, to_first: bool) -> None:
    """Another program (sqlite3) moves li's review copy of one of the database's two pages under the other."""
    import sqlite3

    with sqlite3.connect(db) as con:
        first, second = (r[0] for r in con.execute("SELECT id FROM sourcefile WHERE review_of IS NULL ORDER BY name"))
        to, now = (first, second) if to_first else (second, first)
        con.execute("UPDATE sourcefile SET review_of = ? WHERE review_of = ? AND review_editor = 'li'", (to, now))
    con.close()


def test_r40a_25_a_workbook_of_a_replaced_page_says_where_its_articles_are_now(tmp_path: Path) -> None:
    """Run 40 A25: a workbook exported, edited, then read back after `import --replace` of a new delivery: every
    row refused as "its page was replaced", an unchanged article too, and no way forward said. Each row now names
    the article of the newer version that holds its text, and says to export a new workbook."""
    import openpyxl

    page, db = _seed_001_imported(tmp_path)
    book = tmp_path / "book.xlsx"
    assert run_cli("export", "--format", "xlsx", "-o", str(book), "--db", str(db)).returncode == 0
    wb = openpyxl.load_workbook(book)
    row = next(wb["文章"].iter_rows(min_row=2))
    row[3].value = "编辑改过的标题"
    wb.save(book)
    lines = page.read_text(encoding="utf-8").split("\n")
    page.write_text("\n".join([*lines, "", "新送来的一段话。"]), encoding="utf-8")
    assert run_cli("import", str(page.parent), "--replace", "--db", str(db), "--workers", "1").returncode == 0
    out = run_cli("import-xlsx", str(book), "--db", str(db))
    said = out.stdout + out.stderr
    assert "its page was replaced by a newer version" in said, said
    assert "export a new workbook" in said and "of the newer version" in said, said


def test_r40b_20_a_review_copy_moved_under_another_page_is_said_by_agreement(tmp_path: Path) -> None:
    """Run 40 B20: an administrator moved a review copy under another page; agreement said nothing, its page line
    contradicting its pair line (curate and doctor named it). Agreement now warns of that page."""

    from ..conftest import SEEDS

    db = tmp_path / "team.sqlite3"
    pages = [str(SEEDS / "002_4a1bb4f78707ee57.txt"), str(SEEDS / "003_4221d1719c757f4b.txt")]
    assert run_cli("import", *pages, "--db", str(db), "--workers", "1").returncode == 0
    for name in ("002_4a1bb4f78707ee57.txt", "003_4221d1719c757f4b.txt"):
        out = run_cli("double-review", name, "--editors", "wang", "li", "--db", str(db))
        assert out.returncode == 0, out.stderr
    _move_li_copy(db, to_first=False)   # the first page's copy under the second
    out = run_cli("agreement", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "003_4221d1719c757f4b.txt: a review copy does not hold this page's text" in out.stderr, out.stderr
    assert "jmreview doctor" in out.stderr


def test_r40b_7_an_import_stopped_says_how_many_files_are_in_and_that_one_more_may_be(tmp_path: Path) -> None:
    """Run 40 B7: Ctrl+C between a file's commit and its progress line said "stopped at file 1 of 5" with two files
    in. The stop now says how many files were imported before it, and that the one being saved may be in too."""
    import os
    import signal
    import subprocess
    import sys

    from ..conftest import SEEDS

    folder = tmp_path / "pages"
    folder.mkdir()
    for k in range(40):
        (folder / f"A{k:02d}.txt").write_bytes((SEEDS / "001_69ca20e02664ffc6.txt").read_bytes()
                                                + f"\n第{k}版\n".encode())
    db = tmp_path / "stop.sqlite3"
    proc = subprocess.Popen([sys.executable, "-m", "jmreview.cli", "import", str(folder), "--db", str(db),
                             "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    seen = ""
    while "[3/" not in seen:
        line = proc.stderr.readline()
        assert line, seen
        seen += line
    os.kill(proc.pid, signal.SIGINT)
    _, rest = proc.communicate(timeout=60)
    said = seen + rest
    assert "stopped after" in said and "the file being saved at that moment may be in too" in said, said


def test_r41a_2_24_an_export_of_rows_another_program_changed_says_so(tmp_path: Path) -> None:
    """Run 41 A2: a line's start moved 3 characters on, still inside its page; A24: a status 'reviewed ', role
    'Body', a zero-length entity, written with sqlite3. Doctor named each; every export wrote them, unsaid."""
    import sqlite3

    _, db = _seed_001_imported(tmp_path)
    damage = ['UPDATE block SET start = start + 3 WHERE line = 5',
              "UPDATE article SET status = 'reviewed ' WHERE id = 2",
              "UPDATE block SET role = 'Body' WHERE line = 9"]
    for k, change in enumerate(damage):
        with sqlite3.connect(db) as con:
            con.execute(change)
        con.close()
        out = run_cli("export", "--format", "json", "-o", str(tmp_path / f"out{k}.json"), "--db", str(db))
        assert out.returncode == 0, out.stderr
        assert "doctor finds what jmreview would not have written in this database (" in out.stderr, out.stderr
        assert ["lie on that line", "reviewed ", "Body"][k] in out.stderr or k, out.stderr


_TRIGGERS = {   # run 41 B3, B4: what an administrator's trigger did to an edit, unnoticed
    "insert": ("add", "CREATE TRIGGER t BEFORE INSERT ON entity BEGIN SELECT 1; END; "
               "CREATE TRIGGER t2 AFTER INSERT ON entity BEGIN UPDATE entity SET label = 'ORG' WHERE id = new.id; END"),
    "other column": ("title", "CREATE TRIGGER t AFTER UPDATE OF title ON article BEGIN "
                     "UPDATE article SET status = 'reviewed', reviewer = 'admin' WHERE id = new.id; END"),
    "merge roles": ("merge", "CREATE TRIGGER t AFTER UPDATE OF article_id ON block BEGIN "
                    "UPDATE block SET role = 'note' WHERE id = new.id; END"),
    "bump": ("title", "CREATE TRIGGER t AFTER UPDATE OF version ON article BEGIN "
             "UPDATE article SET status = 'rejected' WHERE id = new.id; END"),
}


@pytest.mark.parametrize("case", sorted(_TRIGGERS))
def test_r41b_3_4_a_trigger_changing_what_an_edit_adds_or_did_not_set_is_refused(tmp_path: Path, case: str) -> None:
    """Run 41 B3: a trigger on `entity` changed the label of the entity an edit added; B4: triggers changing a column
    the edit did not set (a status with a title, roles with a merge, a status with the version's bump). Each edit
    said done. Each is now refused in words, nothing of it kept."""
    import sqlite3

    from jmreview.store.database import Store
    from jmreview.store.edits import merge_articles, set_article_field
    from jmreview.store.entity_edits import add_entity
    from jmreview.store.models import Article, Block, EditLog
    from jmreview.store.server_errors import ServerRefused

    _, db = _seed_001_imported(tmp_path)
    what, sql = _TRIGGERS[case]
    with sqlite3.connect(db) as con:
        con.executescript(sql)
    con.close()
    with Store(db) as store:
        first, second = list(Article.select().order_by(Article.reading_order))[:2]
        before = {a.id: (a.title, a.status, a.version) for a in Article.select()}
        logged = EditLog.select().count()
        with pytest.raises(ServerRefused) as refused:
            if what == "add":
                line = Block.select().where(Block.article == first.id).order_by(Block.line).first()
                add_entity(store, "wang", first.id, line.start, line.start + 2, "PER")
            elif what == "title":
                set_article_field(store, "wang", first.id, "title", "新标题")
            else:
                merge_articles(store, "wang", first.id, second.id)
        assert "not stored as written" in str(refused.value), refused.value
        assert EditLog.select().count() == logged
        assert {a.id: (a.title, a.status, a.version) for a in Article.select()} == before


def test_r41a_6_new_text_after_a_persons_article_is_not_left_in_the_story_before_it(tmp_path: Path) -> None:
    """Run 41 A6: a person retitled article 91–97; the new delivery took the dateline off its first body line and
    added a closing paragraph after 97. Automation saw one story from 81 to 99: the person's article took 91–97 back,
    and the new paragraph stayed in the automatic article of the story before, which then jumped over the person's
    article; the import said nothing of the new line. It now joins the person's article, which is flagged."""
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, Block, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        art = Block.get((Block.file == 1) & (Block.line == 91)).article
        mine = sorted(b.line for b in Block.select().where(Block.article == art))
        set_article_field(store, "王五", art.id, "title", "人工标题")
    lines = page.read_text(encoding="utf-8").split("\n")
    assert "江门日报讯（记者/李雨溪）" in lines[92]
    lines[92] = lines[92].replace("江门日报讯（记者/李雨溪）", "")
    lines[mine[-1] - 1] += "\n\n全会还审议通过了有关文件。"
    page.write_text("\n".join(lines), encoding="utf-8")
    out = run_cli("import", str(page.parent), "--replace", "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    assert "new lines joined it" in out.stdout + out.stderr, out.stdout + out.stderr
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        person = Article.get((Article.file == new.id) & (Article.title == "人工标题"))
        held = sorted(b.line for b in Block.select().where(Block.article == person))
        added = next(b for b in Block.select().where(Block.file == new.id)
                     if new.text[b.start:b.end] == "全会还审议通过了有关文件。")
        assert added.article_id == person.id and person.flag, (held, added.line)
        before = Block.get((Block.file == new.id) & (Block.line == held[0] - 2)).article_id   # the story before it
        own = [b.line for b in Block.select().where(Block.article == before)]
        assert before != person.id and max(own) < held[0], (own, held)
    assert run_cli("doctor", "--db", str(db)).returncode == 0


def test_r41a_29_evaluate_that_scores_nothing_says_so(tmp_path: Path) -> None:
    """Run 41 A29: `evaluate --gold` on an empty folder, or on gold files of pages not in the database, printed
    p=1.0 r=1.0 f1=1.0 for every metric, exit 0. It now says that nothing was scored, and exits 2."""
    import shutil

    from ..conftest import ROOT

    _, db = _seed_001_imported(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    out = run_cli("evaluate", "--gold", str(empty), "--db", str(db))
    assert out.returncode == 2 and "holds no gold file" in out.stderr and "f1=1.0" not in out.stdout, out
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(next(p for p in sorted((ROOT / "tests" / "data" / "gold").glob("*.json"))
                     if not p.name.startswith("001")), other)
    out = run_cli("evaluate", "--gold", str(other), "--db", str(db))
    assert out.returncode == 2 and "nothing was scored" in out.stderr and "f1=1.0" not in out.stdout, out


def test_r41a_25_a_lexicon_in_utf16_without_a_mark_is_read(tmp_path: Path) -> None:
    """Run 41 A25: a lexicon CSV in UTF-16LE without a byte-order mark was refused as "the first row is not the
    header", though it was; page files in the same encoding are read. It is read too."""
    lexicon = tmp_path / "lex.csv"
    lexicon.write_bytes("text,label\r\n江门日报社,ORG\r\n蓬江区,LOC\r\n".encode("utf-16-le"))
    db = tmp_path / "lex.sqlite3"
    out = run_cli("lexicon", "import", str(lexicon), "--db", str(db))
    assert out.returncode == 0, out.stderr
    listed = run_cli("lexicon", "list", "--db", str(db))
    assert "江门日报社" in listed.stdout and "蓬江区" in listed.stdout, listed.stdout + listed.stderr


def test_r41a_22_an_annotation_of_an_article_merged_away_says_so(tmp_path: Path) -> None:
    """Run 41 A22: a Label Studio file exported, then article 3 merged into article 2 here; import-annotations said
    "article 3 is not in this database" (import-xlsx said it was merged, split or deleted after the export)."""
    from jmreview.store.database import Store
    from jmreview.store.edits import merge_articles
    from jmreview.store.models import Article

    _, db = _seed_001_imported(tmp_path)
    team = tmp_path / "ls.json"
    assert run_cli("export", "--format", "labelstudio", "-o", str(team), "--db", str(db)).returncode == 0
    with Store(db) as store:
        second, third = list(Article.select().order_by(Article.reading_order))[1:3]
        merge_articles(store, "wang", second.id, third.id)
    out = run_cli("import-annotations", str(team), "--db", str(db))
    said = out.stdout + out.stderr
    assert f"article {third.id} is no longer in this database: it was merged into another article" in said, said
    assert f"article {third.id} is not in this database" not in said


def test_r40a_24_annotations_of_a_text_on_two_pages_are_not_applied_to_either_unsaid(tmp_path: Path) -> None:
    """Run 40 A24: a Label Studio file of another database read by text where the same text is on two pages here (a
    reprint imported first): four of five documents applied to the reprint, nothing said. Each such document is
    left out, and said (with its pages)."""
    import json

    from ..conftest import SEEDS

    source = tmp_path / "source.sqlite3"
    seed = SEEDS / "001_69ca20e02664ffc6.txt"
    assert run_cli("import", str(seed), "--db", str(source), "--workers", "1").returncode == 0
    team = tmp_path / "ls.json"
    assert run_cli("export", "--format", "labelstudio", "-o", str(team), "--db", str(source)).returncode == 0

    def without_ids(value):  # type: ignore[no-untyped-def]
        if isinstance(value, dict):
            return {k: without_ids(v) for k, v in value.items() if k != "jmreview_id"}
        return [without_ids(v) for v in value] if isinstance(value, list) else value

    team.write_text(json.dumps(without_ids(json.loads(team.read_text(encoding="utf-8"))), ensure_ascii=False),
                    encoding="utf-8")   # another tool's file: matched by text only
    here = tmp_path / "here.sqlite3"
    for folder, tail in (("reprint", "\n\n转载自本报。\n"), ("first", "")):   # the same stories on two pages
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "A01.txt").write_bytes(seed.read_bytes() + tail.encode())
        assert run_cli("import", str(tmp_path / folder), "--db", str(here), "--workers", "1").returncode == 0
    out = run_cli("import-annotations", str(team), "--db", str(here))
    said = out.stdout + out.stderr
    assert "its text is that of articles on 2 pages here" in said, said
    assert "6 of 7" not in said and "its text is that of articles on 2 pages here (first/A01.txt, reprint" in said


@pytest.mark.parametrize("case", ["moved to the end", "untouched", "moved down", "its article retitled too"])
def test_r42a_19_a_line_a_person_took_out_as_noise_stays_out_in_a_new_delivery(tmp_path: Path, case: str) -> None:
    """Run 42 A19: a person took line 99 out as noise; a new delivery of the page (`import --replace`), the line
    unchanged or only moved: it went back into an automatic article, with no person's mark, unsaid. It stays out."""
    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, SourceFile

    page, db = _seed_001_imported(tmp_path)
    lines = page.read_text(encoding="utf-8").split("\n")
    with Store(db) as store:
        block = Block.get((Block.file == 1) & (Block.line == 99))
        text, was = lines[98], block.article_id
        edits.set_noise(store, "王五", block.id, True)
        if case == "its article retitled too":
            edits.set_article_field(store, "王五", was, "title", "人工标题")
    new = {"moved to the end": [x for i, x in enumerate(lines) if i != 98] + ["", text],
           "moved down": lines[:98] + lines[99:101] + [text] + lines[101:]}.get(case, lines + ["", "新增一行。"])
    page.write_text("\n".join(new), encoding="utf-8")
    out = run_cli("import", str(page.parent), "--replace", "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    with Store(db):
        now = SourceFile.get(SourceFile.replaced_by.is_null())
        held = [b for b in Block.select().where(Block.file == now.id) if now.text[b.start:b.end] == text]
        assert len(held) == 1 and held[0].article_id is None and "article" in held[0].manual, \
            [(b.line, b.article_id, b.manual) for b in held]
    assert run_cli("doctor", "--db", str(db)).returncode == 0


def test_r42a_12_a_lexicon_in_big5_is_read_as_big5(tmp_path: Path) -> None:
    """Run 42 A12: a lexicon CSV saved in Big5 (Excel on Traditional Chinese Windows) was read as GB18030 without a
    word: 陳岸明 and 國務院 garbled, 李明 two private-use characters. It is told apart as a page is."""
    lexicon = tmp_path / "big5.csv"
    lexicon.write_bytes("text,label,positive\n陳岸明,PER,yes\n國務院,ORG,yes\n李明,PER,yes\n".encode("big5"))
    db = tmp_path / "lex.sqlite3"
    out = run_cli("lexicon", "import", str(lexicon), "--db", str(db))
    assert out.returncode == 0, out.stderr
    listed = run_cli("lexicon", "list", "--db", str(db)).stdout
    assert all(name in listed for name in ("陈岸明", "国务院", "李明")), listed   # (kept in Simplified)


@pytest.mark.parametrize("fmt", ["doccano", "json", "jsonl"])
def test_r42a_24_an_export_never_overwrites_a_page_of_the_corpus(tmp_path: Path, fmt: str) -> None:
    """Run 42 A24: `export --format doccano -o p/A01.txt` overwrote the page file the corpus was imported from; the
    next import took jmreview's own JSONL for a new version of the page (7 articles became 1 of JSON text). An
    export never overwrites a page of the corpus."""
    page, db = _seed_001_imported(tmp_path)
    before = page.read_bytes()
    out = run_cli("export", "--format", fmt, "-o", str(page), "--db", str(db))
    assert out.returncode != 0 and "is the page pages/A01.txt this database was imported from" in out.stderr, out.stderr
    assert page.read_bytes() == before


def test_r42a_10_an_import_stopped_after_its_last_file_is_made_up_by_the_same_import(tmp_path: Path) -> None:
    """Run 42 A10: Ctrl+C right after an import's last file stopped it before it read issue dates, pages and
    continued stories; the same import again did nothing ("already there"), as the message had advised, and the
    pages kept no issue date. The same import again now reads them."""
    import pytest as _pytest

    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    folder = tmp_path / "p"
    folder.mkdir()
    for k, seed in enumerate(sorted(SEEDS.glob("*.txt"))[:3], start=1):
        (folder / f"2024-08-0{k}_A0{k}.txt").write_bytes(seed.read_bytes())
    db = tmp_path / "n.sqlite3"

    def stop_at_the_last(n: int, total: int, name: str) -> None:
        if n == total:
            raise KeyboardInterrupt

    with Store(db) as store:
        with _pytest.raises(KeyboardInterrupt):
            import_paths(store, [folder], stop_at_the_last, workers=1)
        assert SourceFile.select().count() == 3
        assert SourceFile.select().where(SourceFile.issue_date.is_null(False)).count() == 0
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1")
    assert out.returncode == 0 and "3 already there" in out.stdout, out.stdout + out.stderr
    with Store(db):
        assert SourceFile.select().where(SourceFile.issue_date.is_null(False)).count() == 3


def test_r42a_4_a_reviewer_with_a_line_break_is_said_by_doctor_and_every_export(tmp_path: Path) -> None:
    """Run 42 A4: a reviewer `王\\n五` written with sqlite3: `export --with-source` warned, doctor named it, but every
    plain export wrote it unsaid (the content check left it out). Doctor's values now name it, and so every export."""
    import sqlite3

    _, db = _seed_001_imported(tmp_path)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE article SET reviewer = '王' || char(10) || '五', status = 'reviewed' WHERE id = 1")
    con.close()
    for fmt in ("json", "doccano"):
        out = run_cli("export", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"), "--db", str(db))
        assert out.returncode == 0 and "doctor finds" in out.stderr and "reviewer" in out.stderr, out.stderr
    assert "reviewer" in run_cli("doctor", "--db", str(db)).stdout


def test_r42b_44_45_agreement_says_what_its_lines_count(tmp_path: Path) -> None:
    """Run 42 B45: a review copy moved under a page not under review: agreement said only "(one copy only)". B44:
    after a new delivery of a curated page, the pair line counted its earlier version while stderr said "no page
    is under double review", the two contradicting."""

    from ..conftest import SEEDS

    db = tmp_path / "team.sqlite3"
    (tmp_path / "seeds").mkdir()
    pages = [tmp_path / "seeds" / name for name in ("002_4a1bb4f78707ee57.txt", "003_4221d1719c757f4b.txt")]
    for page in pages:
        page.write_bytes((SEEDS / page.name).read_bytes())
    assert run_cli("import", *map(str, pages), "--db", str(db), "--workers", "1").returncode == 0
    out = run_cli("double-review", pages[1].name, "--editors", "wang", "li", "--db", str(db))
    assert out.returncode == 0, out.stderr
    _move_li_copy(db, to_first=True)
    out = run_cli("agreement", "--db", str(db))
    assert "(one copy only: another program moved or deleted the other; jmreview doctor names it)" in out.stdout, \
        out.stdout + out.stderr
    _move_li_copy(db, to_first=False)   # put back as it was, then curated and delivered anew
    out = run_cli("curate", pages[1].name, "--all", "a", "--editor", "zhu", "--db", str(db))
    assert out.returncode == 0, out.stdout + out.stderr
    pages[1].write_bytes(pages[1].read_bytes() + "\n更正。\n".encode())
    out = run_cli("import", str(pages[1]), "--replace", "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    out = run_cli("agreement", "--db", str(db))
    assert "wang / li" in out.stdout and "no current page is under double review" in out.stderr, out.stdout + out.stderr


def _split_with_duplicates(tmp_path: Path) -> tuple[Path, Path]:
    """Seed 001 imported; line 53 marked a duplicate of 33 by a person (Ctrl+D twice), the article split at 49, so
    the copies (53, 55, 57) lie in another article than their first copies (33, 37, 39): (the page, the database)."""
    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        d53 = Block.get((Block.file == 1) & (Block.line == 53))
        edits.set_duplicate(store, "王五", d53.id, None)
        edits.set_duplicate(store, "王五", d53.id, 33)
        edits.split_article(store, "王五", Block.get((Block.file == 1) & (Block.line == 49)).id)
    return page, db


def test_r43a_14_a_duplicate_whose_first_copy_is_in_another_article_keeps_its_mark(tmp_path: Path) -> None:
    """Run 43 A14: a person split an article holding both copies of a repeated paragraph (53, 55, 57 copy 33, 37,
    39), the copies going to the part split off; one mark was the person's own (Ctrl+D). After any new delivery
    (`import --replace`) every mark was gone and the paragraphs came back twice in every export, unsaid. They stay."""
    from jmreview.store.database import Store
    from jmreview.store.models import Block, SourceFile

    page, db = _split_with_duplicates(tmp_path)
    with Store(db):
        before = {b.line: b.duplicate_of for b in Block.select().where((Block.file == 1)
                                                                       & Block.duplicate_of.is_null(False))}
    assert before.get(53) == 33, before
    page.write_text(page.read_text(encoding="utf-8") + "\n\n新增一行。\n", encoding="utf-8")
    assert run_cli("import", str(page.parent), "--replace", "--db", str(db), "--workers", "1").returncode == 0
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        after = {b.line: b.duplicate_of for b in Block.select().where((Block.file == new)
                                                                      & Block.duplicate_of.is_null(False))}
    assert after == before, (before, after)


def test_r43a_27_an_export_never_overwrites_a_new_delivery_of_a_page(tmp_path: Path) -> None:
    """Run 43 A27: run 42 A24's fix knew a page by its bytes: a new delivery copied over p/A01.txt, not imported
    yet, was overwritten by a slipped `export -o p/A01.txt`, and the next import took the export for the page."""
    page, db = _seed_001_imported(tmp_path)
    page.write_text(page.read_text(encoding="utf-8") + "\n\n新送来的一段。\n", encoding="utf-8")
    before = page.read_bytes()
    out = run_cli("export", "--format", "doccano", "-o", str(page), "--db", str(db))
    assert out.returncode != 0 and "or a new delivery of it" in out.stderr, out.stderr
    assert page.read_bytes() == before


def test_r43a_20_a_persons_role_stays_on_a_line_the_delivery_corrected(tmp_path: Path) -> None:
    """Run 43 A20: a person set line 95 to caption; the new delivery corrected one character of it: the role was
    dropped, the article flagged "1 of 4 lines changed" and nothing said of the role. The role stays on the line."""
    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        edits.set_block_role(store, "王五", Block.get((Block.file == 1) & (Block.line == 95)).id, "caption")
    lines = page.read_text(encoding="utf-8").split("\n")
    corrected = lines[94].replace("，", "、", 1)
    assert corrected != lines[94]
    lines[94] = corrected
    page.write_text("\n".join(lines), encoding="utf-8")
    out = run_cli("import", str(page.parent), "--replace", "--db", str(db), "--workers", "1")
    assert out.returncode == 0 and "1 of 4 lines changed" in out.stdout + out.stderr, out.stdout + out.stderr
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        line = next(b for b in Block.select().where(Block.file == new.id) if new.text[b.start:b.end] == corrected)
        assert line.role == "caption" and "role" in line.manual and line.article_id is not None, (line.role,
                                                                                                  line.manual)


@pytest.mark.parametrize("first", ["null", "[1, 2]"])
def test_r43a_11_a_jsonl_line_that_is_no_document_is_named(tmp_path: Path, first: str) -> None:
    """Run 43 A11: a .jsonl annotation file whose first line is `null` (or a list) was read as one JSON document
    and refused with "line 2 is not JSON (Extra data)"; line 2 was fine, line 1 the one to mend."""
    _, db = _seed_001_imported(tmp_path)
    team = tmp_path / "a.jsonl"
    team.write_text(f'{first}\n{{"text": "江门", "label": []}}\n', encoding="utf-8")
    out = run_cli("import-annotations", str(team), "--db", str(db))
    assert out.returncode != 0 and "line 1 is JSON but no document" in out.stderr, out.stderr


@pytest.mark.parametrize("command", ["stats", "import", "copy"])
def test_r43b_15_a_file_of_another_program_with_an_article_table_is_refused_in_words(tmp_path: Path,
                                                                                     command: str) -> None:
    """Run 43 B15: a SQLite file of another program holding its own `article` table: `copy` into it, `import` into
    it and `stats` ended in "unexpected error: OperationalError: table article has no column named file_id", and
    jmreview's tables were left made inside it. It is refused in words, nothing changed."""
    import sqlite3

    from ..conftest import SEEDS

    theirs = tmp_path / "blog.sqlite3"
    with sqlite3.connect(theirs) as con:
        con.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, body TEXT)")
    con.close()
    args = {"stats": ["stats", "--db", str(theirs)],
            "import": ["import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", str(theirs), "--workers", "1"]}
    if command == "copy":
        _, source = _seed_001_imported(tmp_path)
        args["copy"] = ["copy", str(source), str(theirs)]
    out = run_cli(*args[command])
    assert out.returncode == 2 and "are named as jmreview's but are not jmreview's" in out.stderr, out.stderr
    with sqlite3.connect(theirs) as con:
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["article"]
    con.close()


def test_r44a_14_a_duplicates_first_copy_moved_after_it_leaves_no_mark_naming_a_later_line(tmp_path: Path) -> None:
    """Run 44 A14: line 53 marked a duplicate of 33, the article split at 49; the new delivery moved line 33's
    paragraph to the page's end: line 53 was given `duplicate_of` a later line, which doctor called another
    program's value and which made a snapshot unrestorable. No mark names a later line, and doctor is clean."""
    from jmreview.store.database import Store
    from jmreview.store.models import Block, SourceFile

    page, db = _split_with_duplicates(tmp_path)
    lines = page.read_text(encoding="utf-8").split("\n")
    first, lines[32] = lines[32], "（此段移至版末）"
    page.write_text("\n".join([*lines, "", first]), encoding="utf-8")
    assert run_cli("import", str(page.parent), "--replace", "--db", str(db), "--workers", "1").returncode == 0
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        later = [(b.line, b.duplicate_of) for b in Block.select().where((Block.file == new)
                 & Block.duplicate_of.is_null(False)) if b.duplicate_of >= b.line]
    assert later == [], later
    assert run_cli("doctor", "--db", str(db)).returncode == 0


def test_r44a_7_an_export_may_overwrite_an_earlier_export_named_like_a_page(tmp_path: Path) -> None:
    """Run 44 A7: run 43 A27's guard refused a second `export -o exports/pages/A01.txt` (the editor's own earlier
    export, named like the page), saying it was the page. An export's own file is never taken for a page."""
    _, db = _seed_001_imported(tmp_path)
    target = tmp_path / "exports" / "pages" / "A01.txt"
    target.parent.mkdir(parents=True)
    for _ in range(2):
        out = run_cli("export", "--format", "doccano", "-o", str(target), "--db", str(db))
        assert out.returncode == 0, out.stderr
