"""Rows of the fifty-first adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .test_database_safety import run_cli
from .test_forty_fifth_run import _deliver_again
from .test_forty_ninth_run import delivered_counting_steps
from .test_thirty_eighth_run import _seed_001_imported


def _join(text: list[str]) -> None:
    text[14], text[16] = text[14] + text[16], ""


def _break_later(text: list[str]) -> None:
    both = text[14] + text[16]
    text[14], text[16] = both[:len(text[14]) + 20], both[len(text[14]) + 20:]


def _rotate_and_mend(text: list[str]) -> None:
    for i in (10, 12, 14):
        text[i] = text[i].replace("，", ",").replace("、", ",")
    text[10], text[12], text[14] = text[14], text[10], text[12]


@pytest.mark.parametrize("change", [_join, _break_later, _rotate_and_mend], ids=["joined", "broken", "rotated"])
def test_r51a_1_24_35_line_breaks_moved_keep_every_name_a_person_accepted(
        tmp_path: Path, change: Callable[[list[str]], None]) -> None:
    """Run 51 A1, A24, A35: a new delivery kept an article's text and moved its line breaks (two lines joined into
    one, two lines broken 20 characters later, three paragraphs rotated with their commas reset): 2 to 8 of the
    names a person accepted went back to suggestions. Each is now found by its text on the lines that changed, on
    its own characters, in the person's article."""
    from jmreview.store import entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, Entity, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        assert {Block.get((Block.file == 1) & (Block.line == n)).article_id for n in (11, 13, 15, 17)} == {1}
        for e in Entity.select().where(Entity.article == 1):
            entity_edits.update_entity(store, "王五", e.id, status="accepted")
        before = Counter((e.text, e.label) for e in Entity.select().where(Entity.status == "accepted"))
    said = _deliver_again(page, db, change)
    assert "not carried" not in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        accepted = list(Entity.select().where((Entity.file == new) & (Entity.status == "accepted")))
        assert Counter((e.text, e.label) for e in accepted) == before
        for e in accepted:
            assert new.text[e.start:e.end] == e.text
            line = Block.get((Block.file == new) & (Block.start <= e.start) & (Block.end >= e.end))
            assert line.article_id == e.article_id
        assert len({(e.start, e.end) for e in accepted}) == len(accepted)
    assert run_cli("doctor", "--db", str(db)).returncode == 0


def test_r51a_35_a_name_on_a_line_the_delivery_dropped_is_still_said(tmp_path: Path) -> None:
    """A name on a line a delivery took away is not put on the same name elsewhere in the article: it is said."""
    from jmreview.store import entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Entity

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        for e in Entity.select().where(Entity.article == 1):
            entity_edits.update_entity(store, "王五", e.id, status="accepted")

    def drop(text: list[str]) -> None:
        del text[14]

    said = _deliver_again(page, db, drop)
    assert "entities not carried over: 粤港澳大湾区" in said, said


def _steps_of_a_swapped_list(tmp_path: Path, rows: int) -> tuple[int, str]:
    """SQLite's steps (per 1,000) to carry a person's long list over a delivery that swaps every 7th pair of lines
    and mends every 13th; what the import said."""
    import random

    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Article
    from jmreview.workflows.importer import import_paths

    rng = random.Random(2)
    schools = ["江门市第一中学", "新会区实验小学", "台山市华侨中学", "开平市第一中学"]
    lines = ["江门日报讯 全市中小学生作文比赛获奖名单", ""] + [
        f"{rng.choice('王李张刘陈杨')}{rng.choice('伟芳娜敏静丽')}{rng.choice('强磊军洋勇艳')}　{rng.choice(schools)}"
        f"　{'一二三'[i % 3]}等奖　编号{i:05d}" for i in range(rows)]
    page = tmp_path / f"p{rows}" / "A01.txt"
    page.parent.mkdir()
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(3, len(lines) - 2, 7):
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    for i in range(5, len(lines) - 1, 13):
        lines[i] = lines[i].replace("等奖", "等奖（补）")
    with Store(tmp_path / f"n{rows}.sqlite3") as store:
        import_paths(store, [page.parent], workers=1)
        edits.set_article_field(store, "王五", Article.select().first().id, "title", "王五的获奖名单")
        page.write_text("\n".join(lines[:2] + ["（名单按学校排列）"] + lines[2:]), encoding="utf-8")
        steps, report = delivered_counting_steps(store, page.parent)
    assert report.imported == ["A01.txt"]
    return steps, "\n".join(report.flagged)


def test_r50a_13_a_long_list_with_lines_swapped_costs_in_proportion_to_its_lines(tmp_path: Path) -> None:
    """Run 50 A13: a person's 8,000-line list delivered again with pairs of lines swapped and lines mended took
    228 s: each run of lines that joined the article numbered all its lines again. Three times the lines now cost
    about three times the database's work, not nine."""
    (small, _), (large, said) = _steps_of_a_swapped_list(tmp_path, 400), _steps_of_a_swapped_list(tmp_path, 1200)
    assert large < 4.5 * small, (small, large)
    assert said.count("new lines joined it") == 1, said   # one line, not one per run (67 lines at 2,000)


def test_r51a_9_an_issues_folder_linked_into_the_pages_folder_is_imported_once(tmp_path: Path) -> None:
    """Run 51 A9: the issue's folder was a link inside the pages folder (pages/2024-05 → share/2024-05): "no page
    file was found there (a page is a file ending .txt …)" while A01.txt was there. A linked folder is followed;
    a link back to a folder already walked (a loop, or a second way in) is not, and no page comes in twice."""
    from ..conftest import SEEDS

    share = tmp_path / "share" / "2024-05"
    share.mkdir(parents=True)
    (share / "A01.txt").write_bytes((SEEDS / "001_69ca20e02664ffc6.txt").read_bytes())
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "2024-05").symlink_to(share)
    (pages / "again").symlink_to(share)
    (share / "up").symlink_to(pages)   # a loop
    db = tmp_path / "n.sqlite3"
    out = run_cli("import", str(pages), "--db", str(db), "--workers", "1")
    assert out.returncode == 0 and "1 imported" in out.stdout, out.stdout + out.stderr


@pytest.mark.parametrize(("kind", "name", "said"), [
    ("labelstudio", "e.json", "is a Label Studio file"), ("doccano", "e.jsonl", "is a doccano / spaCy JSONL file"),
    ("spacy", "e.jsonl", "is a doccano / spaCy JSONL file"), ("bio", "e.txt", "is a BIO file"),
    ("brat", "e.zip", "is a zip file")])
def test_r51a_5_an_annotation_export_given_to_import_json_names_its_reader(
        tmp_path: Path, kind: str, name: str, said: str) -> None:
    """Run 51 A5: the annotation exports given to `import-json` were refused "top level: must be an object", "holds
    one JSON record per line, as the jsonl export writes", "not valid JSON", and a brat zip "is not UTF-8 text …
    save it as UTF-8": none named the reader. Each is named, and nothing is imported."""
    from jmreview.exchange.json_validate import InvalidCorpus, load_corpus

    _, db = _seed_001_imported(tmp_path)
    export = tmp_path / name
    assert run_cli("export", "--format", kind, "-o", str(export), "--db", str(db)).returncode == 0
    with pytest.raises(InvalidCorpus) as refused:
        load_corpus(export)
    text = str(refused.value)
    assert said in text, text
    assert ("import-annotations" in text) == (kind != "brat") and "UTF-8" not in text, text


@pytest.mark.parametrize(("kind", "line"), [("utf-8", "35"), ("gb18030", "35"), ("utf-16-le", "33")])
def test_r51a_7_a_page_with_one_damaged_character_says_where(kind: str, line: str) -> None:
    """Run 51 A7: one damaged byte in an otherwise good UTF-8 or GB18030 page was "not text in UTF-8, UTF-16,
    GB18030 or Big5", and a lone surrogate in a UTF-16 page without a mark "contains NUL bytes: a binary file". The
    encoding, the line and what to do are said."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    from ..conftest import SEEDS

    data = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8").encode(kind)
    at = {"utf-8": 3001, "gb18030": 2000, "utf-16-le": 2000}[kind]
    bad = {"utf-8": b"\xff", "gb18030": b"\x81\x20", "utf-16-le": b"\x00\xd8"}[kind]
    with pytest.raises(RefusedInput) as refused:
        decode_bytes("A01.txt", data[:at] + bad + data[at:])
    said = str(refused.value)
    name = {"utf-8": "UTF-8", "gb18030": "GB18030", "utf-16-le": "UTF-16"}[kind]
    assert f"{name} text but for a damaged character on line {line}" in said, said
    assert "ask for the file again" in said


def test_r51b_24_a_copy_whose_source_session_is_ended_after_its_reading_is_whole(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 51 B24: an administrator ended the session of `copy` from a server (the server up) while the copy built
    its search index, every row already read: "stopped answering (the server was stopped …); try again when the
    server is back", and nothing copied. Every row was read in one snapshot: the copy is whole."""
    import sqlite3

    from jmreview import cli
    from jmreview.store import copy
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..pg_server import sql
    from .test_tenth_run_server import pages

    with Store(pg_url) as store:
        import_paths(store, [pages(tmp_path / "pages", 3)], workers=1)
    index_blocks = copy.index_blocks

    def ended_first(*args):  # type: ignore[no-untyped-def]
        sql(pg_url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()")
        monkeypatch.setattr(copy, "index_blocks", index_blocks)
        return index_blocks(*args)

    monkeypatch.setattr(copy, "index_blocks", ended_first)
    target = tmp_path / "copy.sqlite3"
    assert cli.main(["copy", pg_url, str(target)]) == 0, capsys.readouterr().err
    lines = sql(pg_url, "SELECT count(*) FROM block")[0][0]
    with sqlite3.connect(target) as con:
        assert con.execute("SELECT count(*) FROM block").fetchone()[0] == lines > 0
    assert cli.main(["doctor", "--db", str(target)]) == 0


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs."""
    from .test_database_safety import tmpfs

    yield from tmpfs(tmp_path, "4m")


def test_r51b_5_a_copy_whose_rows_stay_in_its_wal_on_a_full_disk_says_so(tmp_path: Path, disk: Path) -> None:
    """Run 51 B5: `copy` onto a disk with about 1 MB free said its counts and nothing else, its rows left in a -wal
    the full disk kept from being folded in: the file alone, sent as a copy is, was "malformed". It is said, with
    what to do."""
    from ..conftest import SEEDS
    from .test_database_safety import fill

    source = tmp_path / "a.sqlite3"
    assert run_cli("import", str(SEEDS), "--db", str(source), "--workers", "1").returncode == 0
    fill(disk, 1_000_000)
    out = run_cli("copy", str(source), str(disk / "c.sqlite3"))
    assert out.returncode == 0, out.stderr
    wal = disk / "c.sqlite3-wal"
    assert wal.exists() and wal.stat().st_size, "the disk had room: the test tried nothing"
    assert "c.sqlite3-wal beside it" in out.stderr and "keep the two files together" in out.stderr, out.stderr


def test_r51b_16_a_service_no_service_file_defines_names_the_file(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 51 B16: an address naming a service that no service file defines (none at ~/.pg_service.conf, or one
    defining another service) was "not one the PostgreSQL driver understands …; check its spelling:
    postgresql://ROLE@HOST:PORT/DATABASE": no word of the service file. The file, or its absence, is named."""
    from jmreview.errors import StoreError
    from jmreview.store.database import Store

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("PGSERVICEFILE", raising=False)
    monkeypatch.delenv("PGSYSCONFDIR", raising=False)
    with pytest.raises(StoreError) as refused:
        Store("postgresql://?service=newsdesk")
    said = str(refused.value)
    assert "“newsdesk”" in said and ".pg_service.conf is not there" in said and "spelling" not in said, said
    services = tmp_path / "services.conf"
    services.write_text("[desk]\nhost=127.0.0.1\nport=5\ndbname=team1\nuser=zhu\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    with pytest.raises(StoreError) as refused:
        Store("postgresql://?service=newsdesk")
    said = str(refused.value)
    assert f"the service file {services} defines no service “newsdesk”" in said, said
