"""Rows of the thirty-eighth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from .test_database_safety import run_cli


def _seed_001_imported(tmp_path: Path) -> tuple[Path, Path]:
    """Seed 001 as pages/A01.txt, imported into n.sqlite3: (the page file, the database)."""
    from ..conftest import SEEDS

    page = tmp_path / "pages" / "A01.txt"
    page.parent.mkdir()
    page.write_bytes((SEEDS / "001_69ca20e02664ffc6.txt").read_bytes())
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(page.parent), "--db", str(db), "--workers", "1").returncode == 0
    return page, db


def _retitled_then_delivered_again(tmp_path: Path, change) -> tuple[Path, list[int], list[str]]:  # type: ignore[no-untyped-def]
    """Seed 001 imported, an article retitled by a person, then the page delivered again with `change` made
    to its lines (0-based list, and the article's line numbers) and imported with --replace; (db, lines, stderr)."""
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Block


    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        art = Block.get((Block.file == 1) & (Block.line == 91)).article   # a story of four lines, 91-97
        lines = sorted(b.line for b in Block.select().where(Block.article == art))
        set_article_field(store, "王五", art.id, "title", "人工标题")
    text = page.read_text(encoding="utf-8").split("\n")
    change(text, lines)
    page.write_text("\n".join(text), encoding="utf-8")
    out = run_cli("import", str(page.parent), "--replace", "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    assert run_cli("doctor", "--db", str(db)).returncode == 0
    return db, lines, out.stderr.splitlines()


def _swap_last_two(text: list[str], lines: list[int]) -> None:
    a, b = lines[-2] - 1, lines[-1] - 1
    text[a], text[b] = text[b], text[a]


def _add_after(text: list[str], lines: list[int]) -> None:
    text[lines[-1] - 1] += "\n\n新增结尾段落。"


@pytest.mark.parametrize("change", [_swap_last_two, _add_after], ids=["swapped", "paragraph_added"])
def test_r38a_6_10_a_persons_article_keeps_its_moved_lines_and_takes_a_paragraph_added_to_it(
        tmp_path: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Run 38 A6: a new delivery swapping two lines of an article a person retitled: the line that only moved was
    cut out of it into a one-line automatic article titled with the person's story's headline. A10: a closing
    paragraph added right after the article became such a one-line article too, the person's article not flagged.
    The moved line stays in it, the new paragraph joins it, and it is flagged for a look; no article is left
    under another's headline."""
    from jmreview.store.database import Store
    from jmreview.store.models import Article, Block, SourceFile

    db, lines, said = _retitled_then_delivered_again(tmp_path, change)
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        mine = Article.get((Article.file == new) & (Article.title == "人工标题"))
        got = sorted(b.line for b in Block.select().where(Block.article == mine))
        assert got == (lines if change is _swap_last_two else [*lines, lines[-1] + 2])
        assert mine.flag and mine.status == "in_review"
        alone = [a.title for a in Article.select().where(Article.file == new)
                 if Block.select().where(Block.article == a).count() == 1]
        assert Block.get((Block.file == 1) & (Block.line == 91)).article.title not in alone, alone
    assert any("人工标题" in line for line in said if line.startswith("flagged")), said


@pytest.mark.parametrize("named", [".", "./", "/"])
def test_r38a_43_a_folder_named_without_a_name_is_said_to_be_a_folder(tmp_path: Path, named: str) -> None:
    """Run 38 A43: `--db .`, `--db ./`, `--db /` (and `copy SRC /`) ended in "unexpected error: ValueError: PosixPath('.')
    has an empty name"; `--db sub/` was said to be a folder. Every one is said to be a folder now, nothing done."""
    out = run_cli("doctor", "--db", named)
    assert out.returncode == 2 and "is a folder, not a jmreview database" in out.stderr, out.stderr
    assert "unexpected error" not in out.stderr
    out = run_cli("copy", str(tmp_path / "c.sqlite3"), named)
    assert out.returncode == 2 and "is a folder" in out.stderr and "unexpected" not in out.stderr, out.stderr


def test_r38a_45_an_annotation_file_from_before_a_new_version_matches_by_text(tmp_path: Path) -> None:
    """Run 38 A45: a Label Studio file exported before a new delivery of its page, read back after `import
    --replace`: every document was "not in this database" (its id is the old version's), "0 of 7 matched", though
    six had exactly the file's text on the new version. The README promises the text when the id does not hold."""
    from ..conftest import SEEDS

    page = tmp_path / "pages" / "A01.txt"
    page.parent.mkdir()
    page.write_bytes((SEEDS / "001_69ca20e02664ffc6.txt").read_bytes())
    db, team = str(tmp_path / "n.sqlite3"), str(tmp_path / "team.json")
    assert run_cli("import", str(page.parent), "--db", db, "--workers", "1").returncode == 0
    assert run_cli("export", "--format", "labelstudio", "-o", team, "--db", db).returncode == 0
    text = page.read_text(encoding="utf-8").split("\n")
    text[94] += "（更正）"   # one line of one story corrected
    page.write_text("\n".join(text), encoding="utf-8")
    assert run_cli("import", str(page.parent), "--replace", "--db", db, "--workers", "1").returncode == 0
    out = run_cli("import-annotations", team, "--as", "accepted", "--db", db)
    assert out.returncode == 0, out.stderr
    assert "6 of 7 documents matched (0 by id, 6 by text)" in out.stdout + out.stderr, out.stdout + out.stderr
    assert "not in this database" not in out.stdout + out.stderr   # (run 39 A4: its text changed, it is said so)


def test_r38b_18_agreement_over_two_copies_of_one_editor_warns_and_pairs_nobody(db: Path) -> None:
    """Run 38 B18: an administrator made both review copies of a page one editor's (乙 / 乙): agreement gave no
    warning, and a pair line "乙 / 乙 … role F1 1.0000, kappa 1.0000" (a copy scored against itself) contradicting
    the page's own line. It warns, and no editor is paired with herself."""
    from .test_thirty_fourth_run import _a_damaged_copy

    _a_damaged_copy(db, "UPDATE sourcefile SET review_editor = '乙' WHERE id = {copy}")
    out = run_cli("agreement", "--db", str(db))
    assert out.returncode == 0 and "same editor" in out.stderr and "doctor" in out.stderr, out.stderr
    assert " pages " not in out.stdout and " page " not in out.stdout, out.stdout   # no pair line


def test_r38b_40_a_page_named_by_the_path_it_was_imported_from(tmp_path: Path) -> None:
    """Run 38 B40: two pages A01.txt in two issue folders; a team command naming one by the path it was imported
    from (relative or absolute) said "there is no page …", not how to write it. The path's last folder and name
    name the page; a path naming no page says how to name one."""
    from jmreview.store.database import Store
    from jmreview.store.models import Assignment

    from ..conftest import SEEDS

    for day, seed in (("2024-01-01", "003_4221d1719c757f4b.txt"), ("2024-01-02", "001_69ca20e02664ffc6.txt")):
        (tmp_path / "dup" / day).mkdir(parents=True)
        (tmp_path / "dup" / day / "A01.txt").write_bytes((SEEDS / seed).read_bytes())
    db = str(tmp_path / "d.sqlite3")
    assert run_cli("import", str(tmp_path / "dup" / "2024-01-01"), str(tmp_path / "dup" / "2024-01-02"), "--db", db,
                   "--workers", "1").returncode == 0
    assert run_cli("assign", str(tmp_path / "dup" / "2024-01-02" / "A01.txt"), "--to", "li", "--db", db).returncode == 0
    out = run_cli("assign", "nowhere/A01.txt", "--to", "li", "--db", db)
    assert out.returncode != 0 and "folder/name" in out.stderr, out.stderr
    with Store(Path(db)):
        (given,) = list(Assignment.select())
        assert given.file.folder == "2024-01-02" and given.editor == "li"
    for day in ("2024-01-01", "2024-01-02"):   # run 39 B14: agreement named both "A01.txt"
        assert run_cli("double-review", f"{day}/A01.txt", "--editors", "wang", "li", "--db", db).returncode == 0
    said = run_cli("agreement", "--db", db).stdout
    assert "2024-01-01/A01.txt  wang / li" in said and "2024-01-02/A01.txt  wang / li" in said, said


def test_r38a_17_entities_on_duplicate_lines_left_out_are_said_by_the_import(tmp_path: Path) -> None:
    """Run 38 A17: decisions on entities of duplicate lines are not in a Label Studio file (the export says so);
    read back into a copy, they stayed "suggested" and the import's report said nothing of them. It says so."""
    from ..conftest import SEEDS

    db, team = str(tmp_path / "a.sqlite3"), str(tmp_path / "ls.json")
    assert run_cli("import", str(SEEDS / "000_fe75734c17ad953c.txt"), "--db", db, "--workers", "1").returncode == 0
    assert run_cli("export", "--format", "labelstudio", "-o", team, "--db", db).returncode == 0
    out = run_cli("import-annotations", team, "--as", "accepted", "--db", db)
    assert out.returncode == 0 and "entities on duplicate lines left as they are" in out.stdout + out.stderr, \
        out.stdout + out.stderr


def test_r39b_34_a_decision_a_trigger_rewrote_is_refused(tmp_path: Path) -> None:
    """Run 39 B34: an administrator's trigger rewrote a curation decision's `taken` from a to b; the take said
    nothing, the page held A's answer, the decision said B's, and doctor said ok. The take is refused in words and
    nothing of it is kept."""
    import sqlite3

    import pytest

    from jmreview.store.curation import differences, take
    from jmreview.store.database import Store
    from jmreview.store.models import CurationDecision
    from jmreview.store.server_errors import ServerRefused

    from .test_thirty_sixth_run import _under_review_with_differences

    db, page = _under_review_with_differences(tmp_path)
    with sqlite3.connect(db) as con:
        con.execute("CREATE TRIGGER flip AFTER INSERT ON curationdecision WHEN new.taken = 'a' "
                    "BEGIN UPDATE curationdecision SET taken = 'b' WHERE id = new.id; END")
    con.close()
    with Store(db) as store:
        key = differences(page)[0].key
        with pytest.raises(ServerRefused) as refused:
            take(store, "zhu", page, key, "a")
        assert "not stored as written" in str(refused.value)
        assert CurationDecision.select().count() == 0


def test_r39a_27_a_noise_lines_role_comes_back_with_a_snapshot(tmp_path: Path) -> None:
    """Run 39 A27: a headline taken out as noise, and a line a person set to caption and then to noise, came back
    as body from `export --with-source` then `import-json` into an empty database (the second still marked as a
    person's role). Their roles come back."""
    import sqlite3

    from jmreview.store.database import Store
    from jmreview.store.edits import set_block_role, set_noise
    from jmreview.store.models import Block

    from ..conftest import SEEDS

    db, snap, back = tmp_path / "s.sqlite3", tmp_path / "ws.json", tmp_path / "r.sqlite3"
    assert run_cli("import", str(SEEDS / "000_fe75734c17ad953c.txt"), "--db", str(db)).returncode == 0
    with Store(db) as store:
        head = Block.get((Block.file == 1) & (Block.role == "headline"))
        set_noise(store, "王五", head.id, True)
        other = Block.get((Block.file == 1) & (Block.line == 9))
        set_block_role(store, "王五", other.id, "caption")
        set_noise(store, "王五", other.id, True)
        wanted = {b.line: b.role for b in Block.select().where(Block.article.is_null())}
    assert run_cli("export", "--format", "json", "--with-source", "-o", str(snap), "--db", str(db)).returncode == 0
    out = run_cli("import-json", str(snap), "--db", str(back))
    assert out.returncode == 0, out.stderr
    with sqlite3.connect(back) as con:
        got = dict(con.execute("SELECT line, role FROM block WHERE article_id IS NULL"))
    con.close()
    assert got == wanted and got[head.line] == "headline" and got[9] == "caption", got


def test_r39a_28_a_column_another_program_dropped_is_said_at_opening(tmp_path: Path) -> None:
    """Run 39 A28: `alter table article drop column title` by another program: doctor named it, but export, import
    and rerun ended in "unexpected error: OperationalError: no such column", the window never opened, and `copy`
    copied the damaged file unsaid. Every opening says which column is missing; doctor still names it."""
    import sqlite3

    from ..conftest import SEEDS

    db = tmp_path / "c.sqlite3"
    assert run_cli("import", str(SEEDS / "000_fe75734c17ad953c.txt"), "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as con:
        con.execute("ALTER TABLE article DROP COLUMN title")
    con.close()
    for args in (["export", "--format", "json", "-o", str(tmp_path / "o.json")], ["rerun"],
                 ["import", str(SEEDS / "001_69ca20e02664ffc6.txt")]):
        out = run_cli(*args, "--db", str(db))
        assert out.returncode == 2 and "article.title" in out.stderr and "unexpected" not in out.stderr, out.stderr
    out = run_cli("copy", str(db), str(tmp_path / "copy.sqlite3"))
    assert out.returncode != 0 and "article.title" in out.stderr, out.stderr
    assert "title" in run_cli("doctor", "--db", str(db)).stdout


def test_r40a_36_a_carried_articles_automatic_title_follows_the_lines_it_keeps(tmp_path: Path) -> None:
    """Run 40 A36: a person split an article at a line, the part split off titled from that line; a new delivery
    dropped the line: the person's article kept a title that was the dropped line's text (no person set it), and
    `rerun` left it. A title no person set is read again from the lines the article keeps."""
    from jmreview.store.database import Store
    from jmreview.store.edits import split_article
    from jmreview.store.models import Article, Block, SourceFile


    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        split_article(store, "王五", Block.get((Block.file == 1) & (Block.line == 95)).id)
        part = Block.get((Block.file == 1) & (Block.line == 95)).article
        dropped = page.read_text(encoding="utf-8").split("\n")[94].strip()
        assert "title" not in part.manual
    text = page.read_text(encoding="utf-8").split("\n")
    del text[93:95]   # the line 95 and the blank line before it
    page.write_text("\n".join(text), encoding="utf-8")
    assert run_cli("import", str(page.parent), "--replace", "--db", str(db), "--workers", "1").returncode == 0
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        titles = [a.title for a in Article.select().where(Article.file == new)]
        assert not any(t and t.strip("#* ") and t.strip("#* ") in dropped for t in titles), (dropped, titles)


@pytest.mark.parametrize("table", ["block", "article"])
def test_r40b_23_a_page_answer_a_trigger_rewrote_is_refused(tmp_path: Path, table: str) -> None:
    """Run 40 B23: an administrator's trigger on the page's own rows (`block`, `article`) rewrote what a take
    wrote there; the take said done and the page held an answer neither reviewer gave. The take is refused in
    words, and nothing of it is kept."""
    import sqlite3

    from jmreview.store.curation import differences, take
    from jmreview.store.curation_diff import answer, read_side
    from jmreview.store.database import Store
    from jmreview.store.models import CurationDecision

    from .test_thirty_sixth_run import _under_review_with_differences

    db, page = _under_review_with_differences(tmp_path)
    with Store(db) as store:
        found = differences(page)
        kind = "role" if table == "block" else "fields"
        diff = next(d for d in found if d.kind == kind)
        before = answer(read_side(page), diff)
    action = ("UPDATE block SET role = 'note' WHERE id = new.id" if table == "block"
              else "UPDATE article SET title = '改写的标题' WHERE id = new.id")
    when = "new.role = 'caption'" if table == "block" else "new.title <> '改写的标题'"
    with sqlite3.connect(db) as con:
        con.execute(f"CREATE TRIGGER flip AFTER UPDATE ON {table} WHEN new.file_id = {page} AND {when} "
                    f"BEGIN {action}; END")
    con.close()
    side = "a" if "caption" in diff.a or table == "article" else "b"
    with Store(db) as store:
        from jmreview.store.server_errors import ServerRefused

        with pytest.raises(ServerRefused) as refused:
            take(store, "zhu", page, diff.key, side)
        assert "not stored as written" in str(refused.value) and table in str(refused.value)
        assert CurationDecision.select().count() == 0
        assert answer(read_side(page), diff) == before


@pytest.mark.parametrize("fmt", ["json", "jsonl", "xlsx", "labelstudio"])
def test_r40a_39_an_export_of_lines_outside_their_page_says_so(tmp_path: Path, fmt: str) -> None:
    """Run 40 A39: another program pushed a line's end 100,000 characters past its start. Doctor named it and
    `export --with-source` warned, but a plain export wrote text that no longer matched the page, unsaid. Every
    export says what doctor finds in the rows it wrote."""
    import sqlite3

    _, db = _seed_001_imported(tmp_path)
    with sqlite3.connect(db) as con:
        con.execute('UPDATE block SET "end" = start + 100000 WHERE line = 5')
    con.close()
    out = run_cli("export", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"), "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "doctor finds what jmreview would not have written in this database (" in out.stderr, out.stderr
    assert "line 5 does not lie on that line" in out.stderr and "run `jmreview doctor`" in out.stderr, out.stderr
    (tmp_path / "clean").mkdir()
    clean_db = _seed_001_imported(tmp_path / "clean")[1]
    clean = run_cli("export", "--format", fmt, "-o", str(tmp_path / f"again.{fmt}"), "--db", str(clean_db))
    assert "doctor finds" not in clean.stderr, clean.stderr
