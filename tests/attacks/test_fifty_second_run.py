"""Rows of the fifty-second adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from .test_database_safety import run_cli
from .test_forty_fifth_run import _deliver_again
from .test_thirty_eighth_run import _seed_001_imported


def _all_accepted(db: Path) -> None:
    from jmreview.store import entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Entity

    with Store(db) as store:
        for e in Entity.select().where(Entity.article == 1):
            entity_edits.update_entity(store, "王五", e.id, status="accepted")


def _stacked(db: Path) -> list[tuple[int, int, str]]:
    """Spans of the current version that hold one label more than once."""
    with sqlite3.connect(db) as con:
        return con.execute("SELECT e.start, e.end, e.label FROM entity e JOIN sourcefile f ON f.id = e.file_id WHERE "
                           "f.replaced_by IS NULL GROUP BY e.start, e.end, e.label HAVING count(*) > 1").fetchall()


def _on_own_characters(db: Path) -> None:
    """Every entity of the current version holds the characters its text says."""
    from jmreview.store.database import Store
    from jmreview.store.models import Entity, SourceFile

    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        for e in Entity.select().where(Entity.file == new):
            assert new.text[e.start:e.end] == e.text, e.text


def _mend_every_but_first(word: str, into: str) -> Callable[[list[str]], None]:
    def change(text: list[str]) -> None:
        i = text[26].find(word) + len(word)
        text[26] = text[26][:i] + text[26][i:].replace(word, into)
    return change


@pytest.mark.parametrize("into", ["该市市", "该市"], ids=["longer", "same_length"])
def test_r52a_8_9_names_rewritten_away_are_said_never_stacked_or_put_on_other_words(tmp_path: Path, into: str) -> None:
    """Run 52 A8, A9: the copy desk rewrote every 江门 of a paragraph but the first: the six accepted 江门 whose
    characters were gone were all put on the one 江门 left (inside an accepted organisation's name), stacked, or — a
    word of the same length — on 该市, as accepted names nobody accepted. They are said not carried."""
    page, db = _seed_001_imported(tmp_path)
    _all_accepted(db)
    said = _deliver_again(page, db, _mend_every_but_first("江门", into))
    assert "entities not carried over: 江门、江门" in said, said
    assert _stacked(db) == []
    _on_own_characters(db)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM entity WHERE text LIKE '该市%' AND status = 'accepted'").fetchone() \
            == (0,)


def test_r52a_2_two_paragraphs_swapped_with_commas_reset_keep_their_names(tmp_path: Path) -> None:
    """Run 52 A2: two paragraphs of a person's article swapped (lines 23 and 27, an unchanged one between them) and
    their commas made half-width: each took the other's place one for one, seven accepted 江门 were stacked on the
    江门 inside 江门双碳实验室 and that organisation was said not carried. A line unlike the one in its place stands
    for none: the names are placed by their text."""
    from collections import Counter

    page, db = _seed_001_imported(tmp_path)
    _all_accepted(db)
    with sqlite3.connect(db) as con:
        before = Counter(con.execute("SELECT text, label FROM entity WHERE status = 'accepted'").fetchall())

    def swap(text: list[str]) -> None:
        text[22], text[26] = text[26].replace("，", ","), text[22].replace("，", ",")

    said = _deliver_again(page, db, swap)
    assert "not carried" not in said, said
    assert _stacked(db) == []
    _on_own_characters(db)
    with sqlite3.connect(db) as con:
        after = Counter(con.execute("SELECT e.text, e.label FROM entity e JOIN sourcefile f ON f.id = e.file_id "
                                    "WHERE f.replaced_by IS NULL AND e.status = 'accepted'").fetchall())
    assert after == before


def test_r52a_18_a_persons_line_marks_never_go_to_the_paragraph_swapped_into_their_place(tmp_path: Path) -> None:
    """Run 52 A18: line 27 taken out as noise and line 23 made a caption; a delivery swapped the two paragraphs
    (commas reset): the removed paragraph came back as a caption and the kept one went out, the report saying line
    27 "stays out". Neither mark goes to the other paragraph: each is said."""
    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        def block(n: int) -> int:
            return Block.get((Block.file == 1) & (Block.line == n)).id

        edits.set_block_role(store, "王五", block(23), "caption")
        edits.set_noise(store, "王五", block(27), True)
        old = SourceFile.get_by_id(1).text
        removed = old[Block.get_by_id(block(27)).start:Block.get_by_id(block(27)).end][:12]
        captioned = old[Block.get_by_id(block(23)).start:Block.get_by_id(block(23)).end][:12]

    def swap(text: list[str]) -> None:
        text[22], text[26] = text[26].replace("，", ","), text[22].replace("，", ",")

    said = _deliver_again(page, db, swap)
    assert "the role a person set on line 23 is not carried" in said, said
    assert "line 23 (taken out as noise by a person on line 27 of the old version, moved here" in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        for b in Block.select().where(Block.file == new):
            text = new.text[b.start:b.end]
            if text.startswith(captioned[:6]):   # the paragraph that was kept: not taken out
                assert b.article_id is not None
            if text.startswith(removed[:6]):     # the removed one: never a caption
                assert b.role != "caption"


@pytest.mark.parametrize("name", ["A01.TXT", "a01.txt", "Ａ01.txt", "A01.text",
                                  "A01", "A01 (1).txt", "A01.txt.txt", "A01 - 副本.txt"])   # (run 54 A35: the last 4)
def test_r52a_19_a_page_delivered_under_its_name_in_another_form_is_never_a_second_page(tmp_path: Path,
                                                                                        name: str) -> None:
    """Run 52 A19: a new delivery named A01.TXT, a01.txt, Ａ01.txt or A01.text, one line mended, was imported as a
    second page: every article doubled, nothing said. Without --replace it is refused, naming the page; with it, it
    is the page's new version, what people did carried."""
    page, db = _seed_001_imported(tmp_path)
    _all_accepted(db)
    renamed = page.with_name(name)
    text = page.read_text(encoding="utf-8").replace("当前，江门正全面落实", "目前，江门正全面落实")
    page.unlink()
    renamed.write_text(text, encoding="utf-8")
    out = run_cli("import", str(renamed.parent), "--db", str(db), "--workers", "1")
    assert f"has the name of page {page.name} but for case, width, its ending or a copy's mark" in out.stderr, out
    out = run_cli("import", str(renamed.parent), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and "new version imported" in out.stdout + out.stderr, out.stdout + out.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT name FROM sourcefile WHERE replaced_by IS NULL").fetchall() == [(name,)]
        assert con.execute("SELECT count(*) FROM entity e JOIN sourcefile f ON f.id = e.file_id WHERE "
                           "f.replaced_by IS NULL AND e.status = 'accepted'").fetchone()[0] > 100


def test_r52a_24_an_entity_moved_by_hand_to_another_article_than_its_lines_is_named(tmp_path: Path) -> None:
    """Run 52 A24 (minor, a hand edit with sqlite3): an entity's article set to one other than its line's: doctor
    said ok, and the JSON export left it out without a word. Doctor names it, and so the export warns."""
    _page, db = _seed_001_imported(tmp_path)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE entity SET article_id = 2 WHERE id = 1")
    out = run_cli("doctor", "--db", str(db))
    assert out.returncode != 0 and "orphan: entity 1 " in out.stdout + out.stderr and "belongs to article 2, but " \
        "its line to article 1" in out.stdout + out.stderr, out.stdout + out.stderr
    out = run_cli("export", "--format", "json", "-o", str(tmp_path / "x.json"), "--db", str(db))
    assert "doctor finds what jmreview would not have written" in out.stdout + out.stderr, out.stdout + out.stderr


def test_r52b_17_an_address_asking_for_ssl_of_a_server_without_it_says_what_to_do(tmp_path: Path) -> None:
    """Run 52 B17: `?sslmode=require` on a server without SSL: "cannot be opened: server does not support SSL, but SSL
    was required", libpq's words alone. The way forward is said. (The server here answers libpq's SSL request "N",
    as a PostgreSQL server with ssl=off does, and nothing more.)"""
    import socket
    import threading

    from jmreview.errors import StoreError
    from jmreview.store.database import Store

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def answer_no() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(8)   # the SSLRequest packet
            conn.sendall(b"N")

    threading.Thread(target=answer_no, daemon=True).start()
    port = listener.getsockname()[1]
    try:
        with pytest.raises(StoreError) as refused:
            Store(f"postgresql://desk@127.0.0.1:{port}/news?sslmode=require&connect_timeout=5")
    finally:
        listener.close()
    said = str(refused.value)
    assert "asks for an encrypted connection (sslmode), and this server offers none" in said, said


def test_r52b_11_a_page_replaced_between_its_lookup_and_its_assignment_is_said_as_replaced(tmp_path: Path) -> None:
    """Run 52 B11: a colleague's new delivery committed between `double-review`'s (or `assign`'s) lookup of the page
    by its name and its marking: "file 1 is not a current page of the corpus", an id the editor never typed, no word
    of the new version or of doing it again. The page is named, and what to do."""
    from jmreview.store import team
    from jmreview.store.changes import EditConflict
    from jmreview.store.database import Store

    page, db = _seed_001_imported(tmp_path)
    _deliver_again(page, db, lambda text: text.__setitem__(2, text[2] + "▲"))
    with Store(db) as store, pytest.raises(EditConflict) as refused:
        team.assign(store, "王五", [1], "wang")   # the id found before the new version came in
    said = str(refused.value)
    assert f"{page.name} was replaced by a new version a moment ago" in said and "do it again" in said, said


def test_r52b_12_an_undo_of_a_take_a_colleague_replaced_says_so(db: Path) -> None:
    """Run 52 B12: zhu's take (fields:1 = A) was taken again by qian (B), who also settled another difference; zhu's
    Ctrl+Z was told "1 other difference was settled after it; undo those first" — a colleague's decision his window
    cannot undo — and not that his own decision was replaced. That is said; nothing changes."""
    from jmreview.store.changes import EditConflict, undo
    from jmreview.store.curation import take
    from jmreview.store.database import Store
    from jmreview.store.models import CurationDecision

    from .test_twelfth_run import two_differences

    with Store(db) as store:
        page, (first_diff, second_diff) = two_differences(store)
        first_take = take(store, "zhu", page, first_diff.key, "a")
        take(store, "qian", page, second_diff.key, "b")
        take(store, "qian", page, first_diff.key, "b", seen="a")   # `curate --again`
        with pytest.raises(EditConflict) as refused:
            undo(store, first_take, "zhu")
        said = str(refused.value)
        assert refused.value.code == "replaced_since" and f"qian settled {first_diff.key}" in said, said
        assert "undo those first" not in said
        assert CurationDecision.get((CurationDecision.file == page) & (CurationDecision.key == first_diff.key)).who \
            == "qian"
