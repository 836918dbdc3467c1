"""Rows of the thirty-fifth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ..conftest import SEEDS
from .test_database_safety import run_cli


def test_r35a_7_a_rerun_summary_says_no_page_is_under_review_when_none_is(db: Path) -> None:
    """Run 35 A7: a page left by `rerun` because another program moved a line: the last line said "1 under double
    review left as they are", though no page is under double review."""
    import sqlite3

    with sqlite3.connect(db) as con:
        con.execute("UPDATE block SET line = line + 1000 WHERE id = 5")
    con.close()
    out = run_cli("rerun", "--db", str(db))
    assert "double review" not in out.stdout and "left as they are, each for the reason above" in out.stdout, \
        out.stdout


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_r35a_13_a_page_with_a_mark_cut_short_is_said_cut_short(tmp_path: Path, encoding: str) -> None:
    """Run 35 A13: a UTF-16 page with its BOM, its last byte missing: "starts with a utf-16 mark but does not
    decode", where the same page without a mark is said cut short (an unfinished copy)."""
    text = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    data = text.encode(encoding) if encoding != "utf-16-be" else b"\xfe\xff" + text.encode("utf-16-be")
    page = tmp_path / "cut.txt"
    page.write_bytes(data[:-3])   # (inside the last character before the line end)
    out = run_cli("import", str(page), "--db", str(tmp_path / "db.sqlite3"), "--workers", "1")
    assert out.returncode != 0 and "cut short" in out.stdout + out.stderr, (out.stdout, out.stderr)


@pytest.mark.parametrize("name", ["江\u200b门", "\u202e江门"])
def test_r35a_37_a_lexicon_text_holding_an_invisible_character_is_refused(db: Path, tmp_path: Path,
                                                                          name: str) -> None:
    """Run 35 A37: a lexicon CSV entry with a zero-width space (a 江门 no page matches) or a right-to-left override
    (text shown reversed after it) was imported; a control character was refused. So is this, by line."""
    table = tmp_path / "l.csv"
    table.write_text(f"text,label,positive\n{name},LOC,yes\n", encoding="utf-8")
    out = run_cli("lexicon", "import", str(table), "--db", str(db))
    assert out.returncode != 0 and "line 2" in out.stderr and "invisible character" in out.stderr, out.stderr


def test_r35a_38_a_lexicon_name_said_yes_and_no_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 35 A38: one name both yes and no in a lexicon CSV: "1 entries", the later row winning unsaid."""
    table = tmp_path / "l.csv"
    table.write_text("text,label,positive\n江门,LOC,yes\n新会,LOC,yes\n江门,LOC,no\n", encoding="utf-8")
    out = run_cli("lexicon", "import", str(table), "--db", str(db))
    assert out.returncode != 0 and "line 4" in out.stderr and "yes and no" in out.stderr, out.stderr


def test_r35a_43_an_opendocument_spreadsheet_is_named_with_the_way_forward(db: Path, tmp_path: Path) -> None:
    """Run 35 A43: a workbook saved in LibreOffice's own .ods: "its parts are not a workbook's", no way forward
    (an old .xls is told to be saved as .xlsx)."""
    book = tmp_path / "c.ods"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    out = run_cli("import-xlsx", str(book), "--db", str(db))
    assert out.returncode != 0 and ".ods" in out.stderr and "(.xlsx)" in out.stderr, out.stderr


def test_r35b_25_a_review_copy_naming_no_editor_is_not_curated(db: Path) -> None:
    """Run 35 B25: a review copy's editor name emptied by another program: `curate --all b` curated the page, its
    decisions naming nobody. It is refused as a review not as jmreview makes it."""
    import sqlite3

    from .test_thirty_fourth_run import _a_damaged_copy

    _a_damaged_copy(db, "UPDATE sourcefile SET review_editor = NULL WHERE id = {copy}")
    out = run_cli("curate", "003_4221d1719c757f4b.txt", "--all", "b", "--db", str(db))
    assert out.returncode == 2 and "names no editor" in out.stderr, (out.stdout, out.stderr)
    with sqlite3.connect(db) as con:
        assert not con.execute("SELECT 1 FROM curationdecision").fetchall()
    con.close()


def test_r35b_23_a_review_copy_moved_under_another_page_is_said_with_a_way_that_works(tmp_path: Path) -> None:
    """Run 35 B23: one review copy moved under another page by psql: curate advised "mark it for double review
    again", which double-review then refused (the copy is still in the database). It says where the copy is."""
    import sqlite3

    db = tmp_path / "db.sqlite3"
    pages = [str(SEEDS / "003_4221d1719c757f4b.txt"), str(SEEDS / "001_69ca20e02664ffc6.txt")]
    assert run_cli("import", *pages, "--db", str(db), "--workers", "1").returncode == 0
    assert run_cli("double-review", "003_4221d1719c757f4b.txt", "--editors", "甲", "乙", "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as con:
        (other,) = con.execute("SELECT id FROM sourcefile WHERE name = '001_69ca20e02664ffc6.txt'").fetchone()
        con.execute("UPDATE sourcefile SET review_of = ? WHERE review_editor = '乙'", (other,))
    con.close()
    out = run_cli("curate", "003_4221d1719c757f4b.txt", "--db", str(db))
    assert out.returncode == 2 and "not under the page" in out.stderr and "mark it" not in out.stderr, out.stderr


def test_r35b_24_a_review_state_emptied_mid_curation_is_mended_by_marking_again(db: Path) -> None:
    """Run 35 B24: the review state of a page being curated emptied by psql; curate advised marking it again, and
    double-review put it back under double review with a curation decision already made (doctor: "its copies can
    still be changed under them"). Marked again, its curation goes on."""
    import sqlite3

    from .test_thirty_fourth_run import _a_damaged_copy

    _a_damaged_copy(db, "UPDATE article SET title = '甲的标题' WHERE file_id = {copy}")
    listed = run_cli("curate", "003_4221d1719c757f4b.txt", "--db", str(db))
    key = next(line.split()[0] for line in listed.stdout.splitlines() if line.strip())
    assert run_cli("curate", "003_4221d1719c757f4b.txt", "--take", f"{key}=a", "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE sourcefile SET review_state = '' WHERE review_of IS NULL")
    con.close()
    assert run_cli("double-review", "003_4221d1719c757f4b.txt", "--editors", "甲", "乙", "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT review_state FROM sourcefile WHERE review_of IS NULL").fetchone()[0] == "curating"
        assert con.execute("SELECT COUNT(*) FROM curationdecision").fetchone()[0] == 1
    con.close()
    doctor = run_cli("doctor", "--db", str(db))
    assert "changed under them" not in doctor.stdout, doctor.stdout


def test_r35a_46_47_a_shared_memory_file_made_immutable_under_an_open_store_refuses_the_write(db: Path) -> None:
    """Run 35 A46, A47: `chattr +i` on the -shm of a database a window or an import has open: the next write ended
    the process with a bus error (SQLite maps the -shm), no word, the typed text lost. The write is refused first,
    in words; the process goes on."""
    import shutil
    import subprocess

    from jmreview.errors import StoreError
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    if shutil.which("chattr") is None:
        pytest.skip("no chattr here")
    with Store(db) as store:
        art = Article.select().first().id
        set_article_field(store, "甲", art, "title", "之前")
        shm = Path(f"{db}-shm")
        if subprocess.run(["chattr", "+i", str(shm)], capture_output=True).returncode != 0:
            pytest.skip("this file system keeps no immutable attribute")
        try:
            with pytest.raises(StoreError) as refused:
                set_article_field(store, "甲", art, "title", "之后")
            assert "made unwritable by another program" in str(refused.value), str(refused.value)
        finally:
            subprocess.run(["chattr", "-i", str(shm)], check=True)


def test_r35b_28_a_login_refusal_sent_as_question_marks_is_read_by_the_name_it_quotes() -> None:
    """Run 35 B28: a Chinese-speaking server started under the C locale sends `????:  ??? "nosuch" ???` for a
    database that does not exist (and `?? "nobody"` for a role): shown as such. The name it quotes tells which."""
    from jmreview.store.libpq_files import garbled, password_said
    from jmreview.store.server_messages import SERVER_MESSAGES

    params = {"dbname": "nosuch", "user": "wang", "host": "/run/postgresql"}
    assert garbled(params, '????:  ??? "nosuch" ???') == "garbled_db"   # (or no right to it: run 37 B53)
    assert garbled({**params, "user": "nobody"}, '????:  ?? "nobody" ???') == "garbled_role"
    assert garbled(params, '????:  ?? "wang" Password ????') == "auth_failed"   # (run 37 B52)
    assert garbled(params, 'FATAL:  database "nosuch" does not exist') is None   # said in words: read as ever
    assert garbled({"dbname": "x", "user": "x"}, '????:  ?? "x" ???') is None   # either: not guessed
    why, _ = password_said(params, "cannot_open", '????:  ??? "nosuch" ???')
    assert why == "garbled_db" and "may not exist" in SERVER_MESSAGES[why]
