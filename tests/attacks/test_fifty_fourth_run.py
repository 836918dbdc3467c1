"""Issue 10, run 54: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import SEEDS
from .test_database_safety import run_cli


def test_r54a_25_hidden_and_system_folders_of_a_pages_folder_are_passed_over_and_named(tmp_path: Path) -> None:
    """Run 54 A25: a pages folder on a stick held, beside A01 and A02, a trashed older delivery of A01
    (`.Trash-1000/files/A01.txt`), a sync tool's old version (`.stversions/A01~….txt`) and a copy of A02 in `.git`:
    four pages imported, A01 three times, every article doubled. Hidden and system folders are passed over, each
    named with why; a file in one named on its own is imported."""
    stick = tmp_path / "stick"
    one = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")
    two = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    for name, text in (("A01.txt", one), ("A02.txt", two), (".Trash-1000/files/A01.txt", one.replace("江门", "江海", 1)),
                       (".stversions/A01~20260101-120000.txt", one.replace("江门", "鹤山", 1)),
                       (".git/lost-found/A02.txt", two), ("$RECYCLE.BIN/S-1-5-21/A03.txt", two + "\n补"),
                       ("#recycle/A01.txt", one + "\n旧"), ("@Recycle/A01.txt", one + "\n旧旧"),   # (run 55 A34: a
                       ("RECYCLER/S-1-5/A01.txt", one + "\n三"), ("~snapshot/hourly.0/A01.txt", one + "\n四"),   # NAS)
                       (".cache/icon.png", "")):
        (stick / name).parent.mkdir(parents=True, exist_ok=True)
        (stick / name).write_text(text, encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", str(stick), "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    assert "2 imported" in out.stdout + out.stderr, out.stdout + out.stderr
    for folder in (".Trash-1000/", ".stversions/", ".git/", "$RECYCLE.BIN/", "#recycle/", "@Recycle/", "RECYCLER/",
                   "~snapshot/"):
        assert f"{folder}: a hidden or system folder" in out.stderr, (folder, out.stderr)
    assert ".cache/" not in out.stdout + out.stderr   # (no page file in it: nothing to say)
    import sqlite3

    with sqlite3.connect(db) as con:
        assert sorted(n for (n,) in con.execute("SELECT name FROM sourcefile")) == ["A01.txt", "A02.txt"]
    con.close()
    named = run_cli("import", str(stick / ".stversions" / "A01~20260101-120000.txt"), "--db", str(db))
    assert named.returncode == 0 and "1 imported" in named.stdout + named.stderr, named.stderr



KOREAN = "한국 신문 기사\n서울시청에서 회의가 열렸다. 시장은 경제 정책에 대해 발표했다.\n기자 김철수\n" * 10
JAPANESE = "新聞記事\n東京都庁で会議が開かれた。知事は経済政策について発表した。\n" * 5


@pytest.mark.parametrize(("text", "encoding", "said"), [(KOREAN, "euc-kr", "is Korean text (EUC-KR)"),
                                                         (KOREAN, "cp949", "is Korean text (EUC-KR)"),
                                                         (JAPANESE, "euc_jp", "is Japanese text (EUC-JP)")])
def test_r54a_8_a_korean_or_japanese_page_is_refused_not_stored_as_chinese_nonsense(text: str, encoding: str,
                                                                                      said: str) -> None:
    """Run 54 A8: a Korean (EUC-KR) and a Japanese (EUC-JP) page were imported, stored as GB18030 nonsense
    ("茄惫 脚巩 扁荤"), nothing said. Each is refused, naming its language and encoding."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    with pytest.raises(RefusedInput) as refused:
        decode_bytes("A05.txt", text.encode(encoding))
    assert said in str(refused.value), str(refused.value)


DEV = SEEDS.parent / "tests" / "data" / "dev" / "pages"


@pytest.mark.parametrize("seed", sorted([*SEEDS.glob("*.txt"), *DEV.glob("*.txt")]), ids=lambda p: p.name[:8])
@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_r54a_8_chinese_pages_in_gb18030_and_big5_still_read(seed: Path, encoding: str) -> None:
    """The sample and real pages, saved in GB18030 and in Big5 (Traditional, as far as Big5 holds their
    characters), still read as they are: none is taken for Korean or Japanese."""
    from jmreview.analysis.script import converter
    from jmreview.exchange.ingest import decode_bytes

    text = decode_bytes(seed.name, seed.read_bytes())[0]   # (real pages come in GB18030 and Big5 too)
    data = (converter("s2t")(text) if encoding == "big5" else text).encode(encoding, errors="ignore")
    assert decode_bytes(seed.name, data)[0] == data.decode("big5hkscs" if encoding == "big5" else encoding)


def test_r54a_9_a_gb18030_page_behind_a_utf8_mark_names_both(tmp_path: Path) -> None:
    """Run 54 A9: a GB18030 page with a UTF-8 mark in front was "does not decode at byte 0 (a damaged character
    there) … mend that place": the mark is byte 0, nothing is damaged. The mark and the text's encoding are named."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    page = ("江门日报\n" + "本报讯 市政府召开会议，研究部署工作。\n" * 20).encode("gb18030")
    with pytest.raises(RefusedInput) as refused:
        decode_bytes("A01.txt", b"\xef\xbb\xbf" + page)
    said = str(refused.value)
    assert "utf-8-sig mark but its text behind it is GB18030" in said and "damaged" not in said, said
    with pytest.raises(RefusedInput) as refused:   # a UTF-8 page damaged after its mark: the byte counted from 0
        decode_bytes("A01.txt", b"\xef\xbb\xbf" + "江门日报\n".encode() + b"\xff" + "本报讯".encode())
    assert "at byte 16" in str(refused.value), str(refused.value)


def test_r54a_29_a_delivery_after_a_merge_counts_the_articles_of_the_new_version(tmp_path: Path) -> None:
    """Run 54 A29: a person merged article 2 into 1 (7 → 6); a delivery mending one word said "1 imported (7
    articles)", automation's count before the merge was carried. It says the new version's 6."""
    import sqlite3

    from jmreview.store import edits
    from jmreview.store.database import Store

    from .test_forty_fifth_run import _deliver_again
    from .test_thirty_eighth_run import _seed_001_imported

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        edits.merge_articles(store, "王五", 1, 2)

    def mend(text: list[str]) -> None:
        text[26] = text[26].replace("江门", "江门市", 1)

    said = _deliver_again(page, db, mend)
    with sqlite3.connect(db) as con:
        now = con.execute("SELECT count(*) FROM article a JOIN sourcefile f ON f.id = a.file_id "
                          "WHERE f.replaced_by IS NULL").fetchone()[0]
    con.close()
    assert now == 6 and "1 imported (6 articles)" in said, said


def test_r54a_11_a_span_over_two_lines_the_export_joined_is_said_so(tmp_path: Path) -> None:
    """Run 54 A11: a doccano span over two lines of the page that the export shows joined (總 / 書記 as 總書記) was
    "does not fit its text; left out", though it fits the text jmreview wrote. It is said to run over two joined
    lines, quoted, with what to do; the spans on one line beside it are added."""
    import json

    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(SEEDS), "--db", str(db), "--workers", "1").returncode == 0
    exported, edited = tmp_path / "d.jsonl", tmp_path / "e.jsonl"
    assert run_cli("export", "--format", "doccano", "-o", str(exported), "--db", str(db)).returncode == 0
    rows = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    row = next(r for r in rows if "總書記、黨中央" in r["text"])
    at = row["text"].find("總書記、黨中央")
    row["label"] += [[at, at + 3, "PER"], [at + 1, at + 3, "PER"]]
    edited.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = run_cli("import-annotations", str(edited), "--db", str(db))
    said = out.stdout + out.stderr
    assert f"the span {at}–{at + 3} (“總書記”) runs over two lines of the page that the export shows joined" in said, said
    assert "does not fit its text" not in said, said


def test_r54b_24_work_for_a_colleague_calls_the_copy_theirs(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 54 B24: `work --for wang` run by zhu said "double review (your copy)" of wang's copy. It says wang's; an
    editor's own listing still says "your copy"."""
    from jmreview.cli import main

    db = str(tmp_path / "t.sqlite3")
    page = SEEDS / "003_4221d1719c757f4b.txt"
    assert main(["import", str(page), "--db", db, "--workers", "1"]) == 0
    assert main(["double-review", page.name, "--editors", "wang", "li", "--db", db]) == 0
    capsys.readouterr()
    assert main(["work", "--for", "wang", "--db", db]) == 0
    assert "double review (wang's copy)" in capsys.readouterr().out
    monkeypatch.setenv("JMREVIEW_EDITOR", "li")
    assert main(["work", "--db", db]) == 0
    assert "double review (your copy)" in capsys.readouterr().out


def test_r54b_18_an_undo_refused_for_a_colleagues_later_decisions_names_them_and_a_way(db: Path) -> None:
    """Run 54 B18: zhu's first take, then qian settled the rest from the command line; zhu's Ctrl+Z was told "undo
    those first" — decisions that are qian's, in no history of zhu's window. It names qian and says how zhu changes
    his own decision; when the later decisions are zhu's own, "undo those first" stands."""
    from jmreview.store.changes import EditConflict, undo
    from jmreview.store.curation import take
    from jmreview.store.database import Store

    from .test_twelfth_run import two_differences

    with Store(db) as store:
        page, (first_diff, second_diff) = two_differences(store)
        first_take = take(store, "zhu", page, first_diff.key, "a")
        later = take(store, "qian", page, second_diff.key, "b")
        with pytest.raises(EditConflict) as refused:
            undo(store, first_take, "zhu")
        said = str(refused.value)
        assert refused.value.code == "decided_since" and "by qian" in said and "--again" in said, said
        assert "undo those first" not in said
        undo(store, later, "qian")
        take(store, "zhu", page, second_diff.key, "b")
        with pytest.raises(EditConflict) as refused:
            undo(store, first_take, "zhu")
        assert "undo those first" in str(refused.value)


def test_a_stopped_server_under_a_chinese_locale_is_said_as_no_server_answering(tmp_path: Path) -> None:
    """Found walking through run 54 B4: the window (whose Qt sets the locale) on a stopped server said only "无法打开
    …：拒绝连接": libpq gave the system's words in Chinese, without the English this read. It is said as the command
    line says it: no server answers there, start it or check the address."""
    import os
    import subprocess
    import sys

    from ..pg_server import has_locale

    if not has_locale("zh_CN.UTF-8"):
        pytest.skip("no zh_CN.UTF-8 locale (localedef -i zh_CN -f UTF-8 zh_CN.UTF-8 makes it)")
    probe = ("import locale, sys; locale.setlocale(locale.LC_ALL, '')\n"
             "from jmreview.store.database import Store\n"
             "try:\n    Store(sys.argv[1], busy_ms=2000)\nexcept Exception as exc:\n    print(exc)\n")
    for url in (f"postgresql://jm@/news?host={tmp_path}", "postgresql://jm@127.0.0.1:9/news"):   # (port 9: closed)
        out = subprocess.run([sys.executable, "-c", probe, url], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"})
        assert "no server answers at that address" in out.stdout, (url, out.stdout, out.stderr)
