"""Issue 10, run 55: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ..conftest import SEEDS
from .test_database_safety import run_cli

ONE = SEEDS / "001_69ca20e02664ffc6.txt"


def _current(db: Path) -> list[tuple[str, str, str]]:
    """The current pages: name, issue date, page label."""
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT name, COALESCE(issue_date, ''), COALESCE(page_label, '') FROM sourcefile WHERE "
                           "replaced_by IS NULL AND review_of IS NULL ORDER BY name").fetchall()
    con.close()
    return [(str(a), str(b), str(c)) for a, b, c in rows]


def _delivered_renamed(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """A01.txt imported, then its new delivery (one word mended) put in its folder under `name`, A01.txt gone."""
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "A01.txt").write_bytes(ONE.read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    (folder / "A01.txt").unlink()
    (folder / name).write_text(ONE.read_text(encoding="utf-8").replace("当前，江门", "目前，江门"), encoding="utf-8")
    return folder, db


def test_r55a_6_pages_a_batch_rename_numbered_are_different_pages(tmp_path: Path) -> None:
    """Run 55 A6: five different pages named by Windows' batch rename, 江门日报 (1).txt … (5).txt, were read as one
    page with copies' marks: refused, and with --replace each made a new version of the one before — one page left.
    A mark is a copy's only where the page without it exists: five pages, with and without --replace."""
    folder = tmp_path / "issue"
    folder.mkdir()
    for n, seed in enumerate(sorted(SEEDS.glob("*.txt")), 1):
        (folder / f"江门日报 ({n}).txt").write_bytes(seed.read_bytes())
    db = tmp_path / "db.sqlite3"
    for extra in ([], ["--replace"]):
        out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", *extra)
        assert out.returncode == 0 and "has the name of page" not in out.stderr, out.stderr
        assert [name for name, _, _ in _current(db)] == [f"江门日报 ({n}).txt" for n in range(1, 6)], out.stderr


@pytest.mark.parametrize("name", ["A01 copy 2.txt", "Copy of A01.txt", "A01 - Copy (2).txt", "A01 拷贝.txt",
                                  "A01 (副本).txt", "A01 (1) (1).txt",
                                  "A01.sync-conflict-20260101-120000-ABCDEFG.txt",   # (A37: a sync tool's
                                  "A01 (李明's conflicted copy 2026-01-01).txt"])    # conflicting copies)
def test_r55a_3_a_delivery_named_as_finder_or_drive_names_a_copy_is_the_page(tmp_path: Path, name: str) -> None:
    """Run 55 A3: a new delivery named `A01 copy 2.txt` (Finder's second copy) or `Copy of A01.txt` (Google Drive)
    became a second page beside A01.txt, every article doubled; A37: a sync tool's conflicting copy the same.
    Refused without --replace; the page's new version with it."""
    folder, db = _delivered_renamed(tmp_path, name)
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1")
    assert "has the name of page A01.txt" in out.stderr, out.stderr
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and [n for n, _, _ in _current(db)] == [name], out.stderr


def test_r55a_9_18_a_page_and_its_later_deliveries_in_one_folder_leave_the_newest_current_in_its_issue(
        tmp_path: Path) -> None:
    """Run 55 A9: a browser saved the page's second delivery as `… (1).txt` beside the first; imported into a new
    database with --replace, the copy (sorted first) went in, then the older file replaced it. A18: the renamed
    delivery's version lost the issue date and page its name gives. The page goes in before its copies, each copy
    its next version in the order of their numbers; the name's date and page are read without the mark. A third
    delivery, `… (2).txt`, is the same page's too."""
    folder = tmp_path / "p"
    folder.mkdir()
    text = ONE.read_text(encoding="utf-8")
    (folder / "2026-01-01_A01.txt").write_text(text, encoding="utf-8")
    (folder / "2026-01-01_A01 (1).txt").write_text(text.replace("当前，江门", "目前，江门"), encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1")
    assert "2026-01-01_A01 (1).txt: has the name of page 2026-01-01_A01.txt" in out.stderr, out.stderr
    assert _current(db) == [("2026-01-01_A01.txt", "2026-01-01", "A01")]
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and _current(db) == [("2026-01-01_A01 (1).txt", "2026-01-01", "A01")], out.stderr
    fresh = tmp_path / "fresh.sqlite3"
    out = run_cli("import", str(folder), "--db", str(fresh), "--workers", "1", "--replace")
    assert out.returncode == 0 and _current(fresh) == [("2026-01-01_A01 (1).txt", "2026-01-01", "A01")], out.stderr
    (folder / "2026-01-01_A01 (2).txt").write_text(text.replace("当前，江门", "此刻，江门"), encoding="utf-8")
    out = run_cli("import", str(folder / "2026-01-01_A01 (2).txt"), "--db", str(db), "--workers", "1", "--replace")
    assert out.returncode == 0 and _current(db) == [("2026-01-01_A01 (2).txt", "2026-01-01", "A01")], out.stderr


@pytest.mark.parametrize(("rest", "said"), [
    ("江门日报\n本报讯 市政府召开会议，研究部署工作。\n".encode("utf-16-le") * 20, "its text behind it is UTF-16"),
    (("한국 신문 기사\n서울시청에서 회의가 열렸다. 시장은 경제 정책에 대해 발표했다.\n" * 10).encode("euc-kr"),
     "is Korean text (EUC-KR)")])
def test_r55a_14_15_a_page_behind_a_utf8_mark_is_named_for_what_it_is(rest: bytes, said: str) -> None:
    """Run 55 A14: UTF-16 text behind a UTF-8 mark was "a damaged character … mend that place"; A15: a Korean page
    behind one was "its text is GB18030 … save it as UTF-8", which keeps the nonsense. Each is said as it is."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    with pytest.raises(RefusedInput) as refused:
        decode_bytes("A01.txt", b"\xef\xbb\xbf" + rest)
    assert said in str(refused.value) and "damaged" not in str(refused.value), str(refused.value)


KOREAN_HANJA = "韓國 經濟 新聞 / 서울市廳에서 經濟 政策 會議가 열렸다. 市長은 經濟 政策에 對해 發表했다.\n" * 10
JAPANESE_HEADLINES = "東京都知事選挙 結果発表 新聞記事 大阪府議会 予算審議\n" * 10
QUOTING_JAPANESE = ("宫崎骏动画电影展在江门市博物馆开幕，展出《となりのトトロ》（龙猫）、《千と千尋の神隠し》（千与千寻）等作品的原画"
                    "和手稿，吸引了大批市民前来参观。\n") * 3


@pytest.mark.parametrize(("data", "said"), [(KOREAN_HANJA.encode("euc-kr"), "is Korean text"),
                                            (JAPANESE_HEADLINES.encode("euc_jp"), "is Japanese text"),
                                            (QUOTING_JAPANESE.encode("gb18030"), None)])
def test_r55a_23_32_a_page_is_refused_as_korean_or_japanese_only_when_it_does_not_read_as_chinese(
        data: bytes, said: str | None) -> None:
    """Run 55 A23: a Korean page printing half its words in Hanja, and Japanese headlines without kana, were stored
    as GB18030 nonsense; A32: a Chinese page quoting Japanese titles was refused as Japanese. A page is told by
    whether it reads as Chinese words, then by what it holds in its own encoding."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    if said is None:
        assert decode_bytes("A01.txt", data) == (data.decode("gb18030"), "gb18030")
        return
    with pytest.raises(RefusedInput) as refused:
        decode_bytes("A01.txt", data)
    assert said in str(refused.value), str(refused.value)


def test_r55a_31_doctor_names_a_replaced_version_made_current_again(tmp_path: Path) -> None:
    """Run 55 A31: another program cleared a replaced version's replaced_by (sqlite3), A01.txt current again beside
    its delivery A01 (1).txt: 14 articles for a page of 7, every one exported twice; doctor said "ok"."""
    folder, db = _delivered_renamed(tmp_path, "A01 (1).txt")
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace").returncode == 0
    assert run_cli("doctor", "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE sourcefile SET replaced_by = NULL WHERE name = 'A01.txt'")
    con.close()
    out = run_cli("doctor", "--db", str(db))
    assert out.returncode != 0 and "A01.txt (file 1) is current again beside its new version A01 (1).txt" in \
        out.stdout + out.stderr, out.stdout + out.stderr


def test_r55b_11_copies_nobody_reviewed_are_not_said_to_agree(tmp_path: Path) -> None:
    """Run 55 B11: a page marked for double review that neither reviewer touched: agreement scored it 1.0, curate
    said "the two reviewers agree on everything" and `--all a` closed it. Each now says neither has decided anything
    yet; once one has, they are said to agree."""
    from jmreview.store.database import Store
    from jmreview.store.edits import set_status
    from jmreview.store.models import Article
    from jmreview.store.team import review_copy

    db = tmp_path / "db.sqlite3"
    page = SEEDS / "003_4221d1719c757f4b.txt"
    assert run_cli("import", str(page), "--db", str(db), "--workers", "1").returncode == 0
    assert run_cli("double-review", page.name, "--editors", "wang", "li", "--db", str(db)).returncode == 0
    listed = run_cli("curate", page.name, "--db", str(db))
    assert "neither wang nor li had decided anything" in listed.stderr and "agree on everything" not in \
        listed.stdout, listed.stdout + listed.stderr
    agreement = run_cli("agreement", "--db", str(db))
    assert "neither reviewer has decided anything" in agreement.stdout, agreement.stdout
    with Store(db) as store:
        for who in ("wang", "li"):
            copy = review_copy(1, who)
            assert copy is not None
            for art in Article.select().where(Article.file == copy.id):
                set_status(store, who, art.id, "reviewed")
    listed = run_cli("curate", page.name, "--db", str(db))
    assert "agree on everything" in listed.stdout and "neither" not in listed.stderr, listed.stdout + listed.stderr


def test_r55b_5_an_undo_of_a_take_one_changed_oneself_elsewhere_says_so(db: Path) -> None:
    """Run 55 B5: zhu's take, which zhu then changed from the command line (`--again`): Ctrl+Z said "zhu settled it
    anew; that decision is theirs (对方的)". It says he did, elsewhere, and how to change it."""
    from jmreview.store.changes import EditConflict, undo
    from jmreview.store.curation import take
    from jmreview.store.database import Store

    from .test_twelfth_run import two_differences

    with Store(db) as store:
        page, (first_diff, _second) = two_differences(store)
        first_take = take(store, "zhu", page, first_diff.key, "a")
        take(store, "zhu", page, first_diff.key, "b", seen="a")   # the command line's `--again`
        with pytest.raises(EditConflict) as refused:
            undo(store, first_take, "zhu")
    said = str(refused.value)
    assert refused.value.code == "replaced_since" and "you settled" in said and "theirs" not in said, said


def test_r55b_10_an_undo_of_a_take_a_new_round_set_aside_says_so(db: Path) -> None:
    """Run 55 B10: a curated page sent to a new round of double review; Ctrl+Z of one of the first round's takes got
    the general "changed since in another window". It names the new round and how to bring the decisions back."""
    from jmreview.store.changes import EditConflict, undo
    from jmreview.store.curation import take
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review

    from .test_twelfth_run import two_differences

    with Store(db) as store:
        page, diffs = two_differences(store)
        first_take = take(store, "zhu", page, diffs[0].key, "a")
        for diff in diffs[1:]:
            take(store, "zhu", page, diff.key, "b")
        assert SourceFile.get_by_id(page).review_state == "curated"
        mark_double_review(store, "主编", page, ["wang", "li"])   # a new round
        with pytest.raises(EditConflict) as refused:
            undo(store, first_take, "zhu")
    said = str(refused.value)
    assert "was sent to a new round of double review since" in said and "undoing that marking" in said, said


@pytest.mark.parametrize("shape", ["gb18030_behind_mark", "utf16_tabs", "semicolons"])
def test_r55a_28_a_lexicon_saved_in_excels_shapes_is_read(tmp_path: Path, shape: str) -> None:
    """Run 55 A28: a lexicon CSV saved by Excel as "Unicode 文本" (UTF-16, tabs), with semicolons, or as GB18030
    behind a UTF-8 mark was refused as "the first row is not the header", the header there. Each is read."""
    from jmreview.exchange.lexicon_io import read_lexicon

    rows = [["text", "label", "positive"], ["江门日报社", "ORG", "yes"], ["蓬江区", "LOC", "yes"]]
    path = tmp_path / "lexicon.csv"
    if shape == "gb18030_behind_mark":
        path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(",".join(r) for r in rows).encode("gb18030"))
    elif shape == "utf16_tabs":
        path.write_bytes("\ufeff".encode("utf-16-le") + "\r\n".join("\t".join(r) for r in rows).encode("utf-16-le"))
    else:
        path.write_text("\n".join(";".join(r) for r in rows), encoding="utf-8")
    assert sorted(e.text for e in read_lexicon(path)) == ["江门日报社", "蓬江区"]
