"""Issue 10: what runs 19 and 20 left open or found, each as the attack that showed it (tests "r19…"/"r20…")."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from jmreview.store.database import Store


def _first_title(path: Path) -> tuple[int, str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT id, title FROM article ORDER BY id LIMIT 1").fetchone()
    finally:
        con.close()


def _sqlite_tool(path: Path, sql: str, *params: object) -> None:
    """A change made with another SQLite program (a DB browser): no log, no version, no stamp moved."""
    con = sqlite3.connect(path)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


def test_r19a_19_a_change_made_with_another_sqlite_tool_gets_its_copy_before_a_restore(db: Path) -> None:
    """Run 19 A19: after one restore, a title corrected with a DB browser, then a second restore: the content stamp had
    not moved, the first restore's copy was taken for a copy of it — and the correction was gone from everywhere."""
    from jmreview.store.backup import list_backups, make_backup
    from jmreview.store.restore import restore_backup

    Store(db).close()
    old = make_backup(db, "manual")
    restore_backup(old, db)
    first, _ = _first_title(db)
    _sqlite_tool(db, "UPDATE article SET title = ? WHERE id = ?", "浏览器里改的标题", first)
    safety = restore_backup(old, db)
    assert safety.exists() and safety in [b.path for b in list_backups(db)]
    assert _first_title(safety) == (first, "浏览器里改的标题")


def test_r19a_35_a_restores_copy_damaged_inside_is_not_relied_on(db: Path) -> None:
    """Run 19 A35: a second restore relied on the first restore's copy of the same content without checking it — a copy
    damaged inside since (a bad sector) was all that was left of the state before."""
    from jmreview.store.backup import named_backups, why_unusable
    from jmreview.store.restore import restore_backup

    Store(db).close()
    from jmreview.store.backup import make_backup

    old = make_backup(db, "manual")
    restore_backup(old, db)
    newest = named_backups(db)[0].path
    assert newest.name.endswith("-restored.sqlite3")
    size = newest.stat().st_size
    with newest.open("r+b") as fh:   # damage inside, past the header and the schema: the quick checks pass
        fh.seek(size - 4096)
        fh.write(b"\xff" * 4096)
    assert why_unusable(newest, deep=False) is None
    safety = restore_backup(old, db)
    assert safety != newest and why_unusable(safety) is None


def test_r19a_25_a_backup_dated_ahead_by_a_wrong_clock_is_not_the_newest(db: Path) -> None:
    """Run 19 A25: one backup made while the clock was a year ahead: for a year every later backup looked older —
    "restore the newest" put back that old state, and restores relied on it."""
    from jmreview.store.backup import list_backups, make_backup, newest_backup

    Store(db).close()
    wrong = make_backup(db, "manual")
    ahead = (datetime.now() + timedelta(days=365)).strftime("%Y%m%d-%H%M%S-%f")
    dated = wrong.with_name(wrong.name.replace(wrong.name.split("-", 1)[1][:22], ahead, 1))
    os.replace(wrong, dated)
    right = make_backup(db, "manual")
    newest = newest_backup(db)
    assert newest is not None and newest.path == right
    assert [b.path for b in list_backups(db)][-1] == dated   # still offered, last


def test_r18a_26_a_page_in_a_seven_bit_encoding_is_refused_not_imported_as_its_escape_codes(tmp_path: Path) -> None:
    """Run 18 A26: a page saved as HZ, ISO-2022 or UTF-7 was pure ASCII and imported as `~{=-C...~}`: a page of escape
    codes, its articles and entities nonsense, and nothing said."""
    from .test_database_safety import run_cli

    text = "江门日报讯 记者今天在新会区采访了市民，大家对城市的发展很满意。\n" * 4
    for codec in ("hz", "iso2022_jp_2", "utf-7"):
        page = tmp_path / f"{codec}.txt"
        page.write_bytes(text.encode(codec))
        out = run_cli("import", str(page), "--db", str(tmp_path / "x.sqlite3"))
        assert out.returncode != 0 and "7-bit encoding" in out.stderr and page.name in out.stderr, out.stderr
    plain = tmp_path / "ascii.txt"   # ASCII that only looks like it: imported as it is
    plain.write_text("C++ is +fun- and a+b=3; ~{ a tilde and a brace ~}\n" * 4, encoding="ascii")
    assert run_cli("import", str(plain), "--db", str(tmp_path / "x.sqlite3")).returncode == 0


def test_r20a_2_an_untouched_workbook_changes_no_reporter_holding_a_control_character(db: Path, tmp_path: Path) -> None:
    """Run 20 A2: reporters `["=1+2", "\\x02名"]` (a control character pasted into 记者), exported to xlsx (shown as
    U+FFFD) and the workbook imported back untouched: the name was to become `�名` (titles were already spared)."""
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import plan_workbook
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    with Store(db) as store:
        first = Article.select().order_by(Article.id).first().id
        set_article_field(store, "甲", first, "reporters", ["=1+2", "\x02名"])
        set_article_field(store, "甲", first, "title", "标\x01题")
        book = tmp_path / "review.xlsx"
        export_xlsx(book)
        plan = plan_workbook(book)
        assert not plan.articles, plan.preview()


def test_r20a_3_a_nul_pasted_into_a_field_is_not_kept_so_the_snapshot_restores(db: Path, tmp_path: Path) -> None:
    """Run 20 A3: `标\\x00题\\x02尾` pasted into 引题: stored with its NUL, exported — and the snapshot of the corpus was
    refused by import-json ("holds a NUL character") until the JSON was edited by hand."""
    from jmreview.store.edits import set_article_field
    from jmreview.store.entity_edits import add_label
    from jmreview.store.models import Article, Label

    from .test_database_safety import run_cli

    with Store(db) as store:
        first = Article.select().order_by(Article.id).first().id
        set_article_field(store, "甲", first, "kicker", "标\x00题\x02尾")
        set_article_field(store, "甲", first, "reporters", ["\x00", "王\x00五"])
        add_label(store, "甲", "EVT", "事\x00件", "#123456")
        assert Article.get_by_id(first).kicker == "标题\x02尾"
        assert Article.get_by_id(first).reporters == ["王五"]
        assert Label.get(Label.name == "EVT").title == "事件"
    snapshot = tmp_path / "all.json"
    out = run_cli("export", "--format", "json", "--with-source", "-o", str(snapshot), "--db", str(db))
    assert out.returncode == 0, out.stderr
    back = run_cli("import-json", str(snapshot), "--db", str(tmp_path / "new.sqlite3"))
    assert back.returncode == 0, back.stderr


def test_r20b_1_two_ways_of_writing_one_name_are_one_person_everywhere(db: Path) -> None:
    """Run 20 B1: `double-review --editors Wang wang` was taken as two reviewers, while curation called Wang and wang
    one person; `work --for wang` listed none of Wang's pages."""
    import pytest

    from jmreview.store.changes import EditConflict
    from jmreview.store.models import SourceFile
    from jmreview.store.team import assign, mark_double_review, my_pages

    with Store(db) as store:
        page = SourceFile.select().first().id
        for pair in (["Wang", "wang"], ["Ｗang", "wang "], ["李", "李\u3164"]):
            with pytest.raises(EditConflict) as refused:
                mark_double_review(store, "主编", page, pair)
            assert refused.value.code in ("two_reviewers", "bad_name"), refused.value
        assign(store, "主编", [page], "Wang")
        assert [p.id for p, _ in my_pages("wang")] == [page]


def test_r20b_5_doctor_names_a_decision_made_by_one_of_the_pages_reviewers(tmp_path: Path) -> None:
    """Run 20 B5: a decision whose curator is one of the page's two reviewers (a forged snapshot, another SQLite tool):
    doctor said ok."""
    from jmreview.store.doctor_team import team_problems
    from jmreview.store.models import CurationDecision

    from ..test_json_team import build_team_corpus
    from ..test_team import A

    db = tmp_path / "t.sqlite3"
    build_team_corpus(db)
    with Store(db):
        assert not team_problems()
        CurationDecision.update(who=A.upper()).execute()
        assert any("one of the page's two reviewers" in p for p in team_problems()), team_problems()


def test_r20a_9_a_corpus_file_cut_short_is_said_cut_short(db: Path, tmp_path: Path) -> None:
    """Run 20 A9: an export cut by a sync tool in the middle of a character was refused as "not UTF-8 text: save it as
    UTF-8" — sending the editor to re-save a file that is merely incomplete."""
    from .test_database_safety import run_cli

    whole = tmp_path / "all.json"
    assert run_cli("export", "--format", "json", "--with-source", "-o", str(whole), "--db", str(db)).returncode == 0
    data = whole.read_bytes()
    inside = next(n for n in range(len(data) // 2, len(data)) if data[n] >= 0xE0)   # the first byte of a character
    for end in (inside + 1, inside):   # inside a character, and between two
        cut = tmp_path / f"cut{end}.json"
        cut.write_bytes(data[:end])
        out = run_cli("import-json", str(cut), "--db", str(tmp_path / "new.sqlite3"))
        assert out.returncode == 2 and "is cut short" in out.stderr, out.stderr


def test_r20a_10_a_snapshot_naming_a_reviewer_with_an_escape_sequence_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 20 A10: an article's `"reviewer": "\\x1b[2J"` was restored as it was (the editor-name rule checked `who` and
    `assigned_by`, not the reviewer)."""
    import json

    from .test_database_safety import run_cli

    whole = tmp_path / "all.json"
    assert run_cli("export", "--format", "json", "--with-source", "-o", str(whole), "--db", str(db)).returncode == 0
    doc = json.loads(whole.read_text(encoding="utf-8"))
    doc["files"][0]["articles"][0]["reviewer"] = "\x1b[2J"
    whole.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = run_cli("import-json", str(whole), "--db", str(tmp_path / "new.sqlite3"))
    assert out.returncode == 2 and "reviewer" in out.stderr and "is not an editor's name" in out.stderr, out.stderr


def test_r20a_14_a_backups_folder_that_lets_files_be_made_but_not_renamed_stops_no_opening(db: Path) -> None:
    """Run 20 A14: the backups folder append-only (`chattr +a`, as a share whose rights allow making files but not
    deleting them): every opening — the window, `stats`, an edit — failed with "Operation not permitted" and no
    advice; the window never appeared."""
    import shutil
    import subprocess

    import pytest

    from jmreview.store.backup import backup_dir
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    from .test_database_safety import run_cli

    Store(db).close()
    folder = backup_dir(db)
    folder.mkdir(exist_ok=True)
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+a", str(folder)],
                                                        capture_output=True).returncode != 0:
        pytest.skip("chattr +a is not possible here (not root, or a file system without it)")
    try:
        with Store(db) as store:
            first = Article.select().order_by(Article.id).first().id
            set_article_field(store, "甲", first, "title", "追加模式下的标题")
        with Store(db) as store:   # changed since its newest backup: an on-open backup is tried, and fails
            assert any("lets files be made but not" in str(w) for w in store.warnings), store.warnings
            assert Article.get_by_id(first).title == "追加模式下的标题"
        out = run_cli("stats", "--db", str(db))
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    finally:
        subprocess.run(["chattr", "-a", str(folder)], check=True)


def test_r20a_21_a_page_cut_inside_its_last_character_is_said_cut_short(tmp_path: Path) -> None:
    """Run 20 A21: a UTF-8 page one byte short of its last character was "not text in UTF-8, UTF-16, GB18030 or Big5";
    a UTF-16 page without its mark cut by a byte "a binary file" — both sent the editor after the wrong problem."""
    import pytest

    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    from ..conftest import SEEDS

    text = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8").rstrip() + "完"
    for data in (text.encode("utf-8")[:-1], text.encode("utf-16-le")[:-1]):
        with pytest.raises(RefusedInput) as refused:
            decode_bytes("p.txt", data)
        assert "cut short" in str(refused.value), refused.value


def test_r20a_27_28_a_command_that_only_reads_never_makes_a_database_of_a_typo(tmp_path: Path) -> None:
    """Run 20 A27, A28: `stats --db ""` (a script's unset variable) ended in `unexpected error: ValueError`; `export
    --db c.sqllite3` (a typo) made a new empty database and sent the colleague an empty workbook, exit 0."""
    from .test_database_safety import run_cli

    typo = tmp_path / "c.sqllite3"
    for argv in (["export", "--format", "xlsx", "-o", str(tmp_path / "t.xlsx")], ["stats"], ["doctor"],
                 ["work"], ["agreement"]):
        out = run_cli(*argv, "--db", str(typo))
        assert out.returncode == 2 and "does not exist" in out.stderr, (argv, out.stderr)
    assert not typo.exists() and not (tmp_path / "t.xlsx").exists()
    empty = run_cli("stats", "--db", "")
    assert empty.returncode == 2 and "--db" in empty.stderr and "unexpected" not in empty.stderr, empty.stderr


def test_r20a_20_a_page_whose_lines_are_broken_by_unicode_separators_is_read_as_lines(tmp_path: Path) -> None:
    """Run 20 A20: a page whose lines were separated by U+2028 (or NEL), as some Word and web exports write them, was
    imported without a word as one line and one article."""
    import sqlite3

    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    text = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")
    plain = text.replace("\r\n", "\n").split("\n")
    counts = []
    for sep, name in (("\n", "lf.txt"), ("\u2028", "ls.txt"), ("\x85", "nel.txt")):
        folder = tmp_path / name.split(".")[0]
        folder.mkdir()
        (folder / name).write_text(sep.join(plain), encoding="utf-8")
        db = tmp_path / f"{name}.sqlite3"
        assert run_cli("import", str(folder / name), "--db", str(db)).returncode == 0
        con = sqlite3.connect(db)
        try:
            counts.append((con.execute("SELECT line_count FROM sourcefile").fetchone()[0],
                           con.execute("SELECT count(*) FROM article").fetchone()[0]))
        finally:
            con.close()
        assert run_cli("doctor", "--db", str(db)).returncode == 0
        back = tmp_path / f"{name}.json"
        assert run_cli("export", "--format", "json", "--with-source", "-o", str(back), "--db", str(db)).returncode == 0
        assert run_cli("import-json", str(back), "--db", str(tmp_path / f"{name}.back.sqlite3")).returncode == 0
    assert counts[0] == counts[1] == counts[2] and counts[0][0] > 100, counts


def _team(tmp_path: Path) -> tuple[Path, int]:
    from jmreview.store.models import SourceFile

    from ..test_json_team import build_team_corpus
    from ..test_team import PAGE

    db = tmp_path / "t.sqlite3"
    build_team_corpus(db)
    with Store(db):
        return db, SourceFile.get((SourceFile.name == PAGE.name) & SourceFile.replaced_by.is_null()).id


def test_r20b_21_a_take_of_answers_changed_since_shown_is_refused(tmp_path: Path) -> None:
    """Run 20 B21: the curation view showed A = "甲的标题"; the reviewer then changed her copy's title; Alt+Left put the
    new title, never seen by the curator, on the page of record."""
    import pytest

    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences, take
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, Block
    from jmreview.store.team import review_copy

    from ..test_team import A, simulate_two_editors

    db = tmp_path / "t.sqlite3"
    with Store(db) as store:
        from jmreview.workflows.importer import import_paths

        from ..test_team import PAGE

        import_paths(store, [PAGE], workers=1)
        page, a_id, _ = simulate_two_editors(store)
        role = next(d for d in differences(page) if d.kind == "role")   # a group both copies cut alike
        first = Article.get_by_id(Block.get((Block.file == a_id) & (Block.line == role.lines[0])).article_id)
        set_article_field(store, A, first.id, "title", "甲的标题")
        shown = next(d for d in differences(page) if d.kind == "fields" and "甲的标题" in d.a)
        copy = review_copy(page, A)
        assert copy is not None
        set_article_field(store, A, first.id, "title", "甲后来改的")   # after it was shown
        with pytest.raises(EditConflict) as refused:
            take(store, "主编", page, shown.key, "a", seen=shown.settled, shown=(shown.a, shown.b, shown.page))
        assert refused.value.code == "changed_since"


def test_r20b_28_taking_again_never_replaces_a_correction_made_on_the_page_since(tmp_path: Path) -> None:
    """Run 20 B28: a difference settled (B's answer), then corrected on the page of record by 丙; `curate --take KEY=a
    --again` replaced 丙's correction without a word ("0 of 1 differences open; page curated")."""
    import pytest

    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences, take
    from jmreview.store.edits import set_block_role
    from jmreview.store.models import Block

    db, page = _team(tmp_path)
    with Store(db) as store:
        diff = next(d for d in differences(page) if d.kind == "role" and d.settled == "b")
        line = Block.get((Block.file == page) & (Block.line == diff.lines[0]))
        fixed = next(r for r in ("note", "subhead", "caption") if r not in (diff.a, diff.b))
        set_block_role(store, "丙", line.id, fixed)
        with pytest.raises(EditConflict) as refused:
            take(store, "主编", page, diff.key, "a", seen="b")
        assert refused.value.code == "corrected_since" and fixed in str(refused.value)
        assert Block.get_by_id(line.id).role == fixed
        now = next(d for d in differences(page) if d.key == diff.key)   # the window shows it, and may take knowingly
        assert now.page == fixed
        take(store, "主编", page, diff.key, "a", seen="b", shown=(now.a, now.b, now.page))
        assert Block.get_by_id(line.id).role == diff.a


def test_r20a_41_a_snapshot_of_part_of_the_corpus_restores_the_rest_unassigned_not_noise(db: Path,
                                                                                        tmp_path: Path) -> None:
    """Run 20 A41: `export --with-source --status reviewed` (1 article of 32) restored into an empty database: every
    line of the 31 articles left out was stored as noise — a decision nobody made, hidden from the unassigned filter —
    and nothing said the file was a part."""
    from jmreview.store.coverage import page_coverage
    from jmreview.store.edits import set_status
    from jmreview.store.models import Article, SourceFile

    from .test_database_safety import run_cli

    with Store(db) as store:
        first = Article.select().order_by(Article.id).first().id
        set_status(store, "甲", first, "reviewed")
    part = tmp_path / "part.json"
    out = run_cli("export", "--format", "json", "--with-source", "--status", "reviewed", "-o", str(part), "--db",
                  str(db))
    assert out.returncode == 0, out.stderr
    back = tmp_path / "back.sqlite3"
    out = run_cli("import-json", str(part), "--db", str(back))
    assert out.returncode == 0 and "left unassigned" in out.stdout + out.stderr, (out.stdout, out.stderr)
    with Store(back):
        cover = page_coverage([SourceFile.select().first().id]).popitem()[1]
        assert cover.unassigned > cover.noise, cover


def test_r20a_51_a_bad_gold_file_is_refused_by_name(db: Path, tmp_path: Path) -> None:
    """Run 20 A51: `evaluate --gold DIR` with a gold file nested 100,000 deep, one without `file`, one not JSON, one
    not UTF-8: four raw "unexpected error"s (RecursionError, KeyError, JSONDecodeError, UnicodeDecodeError)."""
    from .test_database_safety import run_cli

    bad = {"deep.json": "[" * 100_000 + "]" * 100_000, "nofile.json": '{"articles": [{"lines": [1]}]}',
           "notjson.json": "{oops", "lines.json": '{"file": "x.txt", "articles": [{"lines": "1-3"}]}'}
    for name, text in {**{k: v.encode() for k, v in bad.items()}, "latin.json": b'{"file": "\xe9"}'}.items():
        folder = tmp_path / name.split(".")[0]
        folder.mkdir()
        (folder / name).write_bytes(text if isinstance(text, bytes) else text)
        out = run_cli("evaluate", "--gold", str(folder), "--db", str(db))
        assert out.returncode == 2 and name in out.stderr and "unexpected" not in out.stderr, (name, out.stderr)


def test_r20a_49_a_companion_named_as_the_database_is_never_advised_deleted(db: Path) -> None:
    """Run 20 A49: `--db c.sqlite3-wal` (0 bytes, as a live session's checkpointed -wal is): "an empty file … delete
    this one to start a new project" — the known way to lose a session's work. A46: a folder named like a companion
    was called "a link to another file"."""
    from .test_database_safety import run_cli

    Store(db).close()
    for suffix in ("-wal", "-shm", "-journal"):
        companion = db.with_name(db.name + suffix)
        companion.write_bytes(b"")
        out = run_cli("stats", "--db", str(companion))
        assert out.returncode == 2 and f"open {db.name} instead" in out.stderr and "delete this one" not in out.stderr, \
            out.stderr
        companion.unlink()
    db.with_name(db.name + "-journal").mkdir()
    out = run_cli("stats", "--db", str(db))
    assert out.returncode == 2 and "not a regular file (a folder)" in out.stderr, out.stderr


def test_r20a_50_an_ordinary_page_pattern_is_accepted_and_a_hostile_one_still_refused() -> None:
    """Run 20 A50: `(?P<y>\\d+)-(?P<m>\\d+)-(?P<d>\\d+)_(?P<page>\\w+)` for 2024-08-21_A03.txt was refused as taking
    hours: repeats of digits set apart by `-` cannot trade characters, so they add no choices."""
    from jmreview.workflows.newspaper import check_pattern

    for ordinary in (r"(?P<y>\d+)-(?P<m>\d+)-(?P<d>\d+)_(?P<page>\w+)", r"(?P<y>\d+)\.(?P<m>\d+)\.(?P<d>\d+)",
                     r"(?P<page>[A-Z]+\d+)"):
        assert check_pattern(ordinary) == "", ordinary
    for hostile in (r"(?P<page>(a+)+b)", r"(?P<page>\d+\d+\d+\d+)", r"(?P<page>.*-.*-.*-.*)",
                    r"(?P<page>\w+\w+\w+\w+_)"):
        assert check_pattern(hostile) != "", hostile


def test_r20a_32_ctrl_c_during_an_import_says_where_it_stopped_and_how_to_go_on(tmp_path: Path) -> None:
    """Run 20 A32: Ctrl+C into an import of 300 pages: "jmreview: interrupted" and nothing of what was imported, what
    was not, or how to go on."""
    import signal
    import subprocess
    import sys

    from ..conftest import ROOT, SEEDS

    pages = tmp_path / "pages"
    pages.mkdir()
    text = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8")
    for n in range(40):
        (pages / f"p{n:03}.txt").write_text(text + f"\n第{n}版补记。\n", encoding="utf-8")
    db = tmp_path / "c.sqlite3"
    proc = subprocess.Popen([sys.executable, "-m", "jmreview.cli", "import", str(pages), "--db", str(db),
                             "--workers", "1"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    seen = ""
    while "[3/" not in seen:
        seen += proc.stderr.readline()
    proc.send_signal(signal.SIGINT)
    _, rest = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "stopped after" in rest and "run the same import again" in rest, rest
    again = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(pages), "--db", str(db)], cwd=ROOT,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr


def _damage_index(path: Path, above: int = 10) -> None:
    """Bit rot in the search index's pages: its blobs above `above` overwritten (from 6: its structure record too), the
    b-trees intact."""
    import random

    con = sqlite3.connect(path)
    try:   # the same rot every run (randomblob's could now and then read as an index that holds nothing, unsaid)
        rows = con.execute("SELECT id, length(block) FROM block_fts_data WHERE id > ?", (above,)).fetchall()
        con.executemany("UPDATE block_fts_data SET block = ? WHERE id = ?",
                        [(random.Random(row_id).randbytes(size or 0), row_id) for row_id, size in rows])
        con.commit()
    finally:
        con.close()


def test_r20a_44_a_damaged_search_index_is_named_by_doctor_and_made_anew_by_a_search(db: Path) -> None:
    """Run 20 A44: the full-text index damaged: doctor said ok; the window's corpus search showed an empty list with no
    word — the editor concluded the text was nowhere in the corpus."""
    from jmreview.store.search import ensure_index, search

    from .test_database_safety import run_cli

    with Store(db) as store:
        ensure_index(store)
        assert search(store, "粤港澳大湾区")
    _damage_index(db)
    out = run_cli("doctor", "--db", str(db))
    assert out.returncode == 1 and "search index" in out.stdout, out.stdout
    with Store(db) as store:
        assert search(store, "粤港澳大湾区")   # made anew from the lines, then searched
    assert run_cli("doctor", "--db", str(db)).returncode == 0


def test_r20b_22_a_page_is_not_taken_back_from_one_of_its_reviewers_while_under_review(tmp_path: Path) -> None:
    """Run 20 B22: `assign 003 --to 甲 --remove` while 甲 reviewed it: "1 of 1 pages taken back"; her work list then
    showed nothing, though she was still reviewer A with her copy."""
    import pytest

    from jmreview.store.changes import EditConflict
    from jmreview.store.models import Assignment
    from jmreview.store.team import mark_double_review, unassign

    from ..test_team import PAGE

    db = tmp_path / "t.sqlite3"
    with Store(db) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [PAGE], workers=1)
        from jmreview.store.models import SourceFile

        page = SourceFile.select().first().id
        mark_double_review(store, "主编", page, ["甲", "乙"])
        with pytest.raises(EditConflict) as refused:
            unassign(store, "主编", [page], "甲")
        assert refused.value.code == "reviewing"
        assert Assignment.select().where(Assignment.editor == "甲").count() == 1


def test_r20a_47_a_companion_that_cannot_be_written_is_named_as_the_reason(db: Path) -> None:
    """Run 20 A47: the -shm made immutable (a backup or antivirus tool holding it): the window opened without a banner,
    then refused every edit as "c.sqlite3 不可写入（只读）", blaming the database file, which was writable."""
    import subprocess

    import pytest

    from jmreview.store.opening import ReadOnlyDatabase

    Store(db).close()
    shm = db.with_name(db.name + "-shm")
    shm.write_bytes(b"\0" * 32768)
    if subprocess.run(["chattr", "+i", str(shm)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not possible here")
    try:
        with Store(db) as store:
            assert store.readonly
            with pytest.raises(ReadOnlyDatabase) as refused:
                store.check_writable()
            assert shm.name in str(refused.value), str(refused.value)
    finally:
        subprocess.run(["chattr", "-i", str(shm)], check=True)


def test_r20b_37_pairs_whose_names_hold_a_slash_never_read_alike() -> None:
    """Run 20 B37: pairs ('A / B', C) and (A, 'B / C') both printed as "A / B / C" by `agreement` and the history."""
    from jmreview.store.editor_names import pair_text

    assert pair_text(["A / B", "C"]) != pair_text(["A", "B / C"])
    assert pair_text(["甲", "乙"]) == "甲 / 乙"


def test_r20b_29_a_review_copy_lost_is_made_again_by_marking_the_page_for_its_pair(tmp_path: Path) -> None:
    """Run 20 B29: one review copy deleted with SQL: `curate` said "mark it for double review first", and marking it
    said "already under double review … curate it first" — each sent the editor to the other."""
    import pytest

    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences
    from jmreview.store.models import Article, Block, Entity, SourceFile
    from jmreview.store.team import mark_double_review, review_copies, review_copy

    from ..test_team import PAGE

    db = tmp_path / "t.sqlite3"
    with Store(db) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [PAGE], workers=1)
        page = SourceFile.select().first().id
        mark_double_review(store, "主编", page, ["甲", "乙"])
        lost = review_copy(page, "乙")
        assert lost is not None
        for model in (Entity, Block, Article):   # another program's SQL
            model.delete().where(model.file == lost.id).execute()
        SourceFile.delete().where(SourceFile.id == lost.id).execute()
        with pytest.raises(EditConflict):
            differences(page)
        mark_double_review(store, "主编", page, ["甲", "乙"])   # the way out: the lost copy made again
        assert len(review_copies(page)) == 2 and differences(page) == []
        with pytest.raises(EditConflict):
            mark_double_review(store, "主编", page, ["甲", "丙"])   # another pair is still refused


def _split_first(db: Path) -> int:
    """Split the first article of the database in two (an editor's Ctrl+Return); the highest article number after."""
    from jmreview.store.edits import split_article
    from jmreview.store.models import Article, Block

    with Store(db) as store:
        art = Article.select().order_by(Article.id).first()
        lines = list(Block.select().where(Block.article == art.id).order_by(Block.line))
        split_article(store, "甲", lines[len(lines) // 2].id)
        return max(a.id for a in Article.select())


def test_r20a_17_an_article_number_given_before_a_restore_is_never_given_again(db: Path) -> None:
    """Run 20 A17: a split (article 33), its state exported; the backup before it restored; another editor's split got
    number 33 again — and the exports of before the restore then named her article."""
    from jmreview.store.backup import make_backup
    from jmreview.store.restore import restore_backup

    Store(db).close()
    before = make_backup(db, "manual")

    first = _split_first(db)
    restore_backup(before, db)
    assert _split_first(db) > first


def test_r21a_30_an_export_of_before_a_restore_is_never_taken_for_the_content_put_back(db: Path,
                                                                                       tmp_path: Path) -> None:
    """Run 21 A30/A31: 甲's title (version 2), a colleague's export then; the backup of before restored (version 1);
    乙 adds a reporter (version 2 again); the colleague's file applied: taken as current — 乙's reporter gone, the
    title the restore undid back."""
    import json

    from jmreview.store.backup import make_backup
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.restore import restore_backup

    from .test_database_safety import run_cli

    Store(db).close()
    before = make_backup(db, "manual")
    with Store(db) as store:
        first = Article.select().order_by(Article.id).first().id
        set_article_field(store, "甲", first, "title", "甲的标题")
    old = tmp_path / "old.json"
    assert run_cli("export", "--format", "json", "-o", str(old), "--db", str(db)).returncode == 0
    restore_backup(before, db)
    with Store(db) as store:
        set_article_field(store, "乙", first, "reporters", ["乙加的记者"])
    doc = json.loads(old.read_text(encoding="utf-8"))
    art = next(a for f in doc["files"] for a in f["articles"] if a["id"] == first)
    art["subtitle"] = "同事的副题"
    old.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = run_cli("import-json", str(old), "--db", str(db))
    assert "changed here after the export" in out.stderr + out.stdout, (out.stdout, out.stderr)
    with Store(db):
        kept = Article.get_by_id(first)
        assert kept.reporters == ["乙加的记者"] and kept.title != "甲的标题" and kept.subtitle != "同事的副题"


def test_r21a_15_a_damaged_database_put_back_from_its_backup_gives_no_number_twice(db: Path) -> None:
    """Run 21 A15: a split (article 33); the file's header destroyed; the newest backup put in its place (the window's
    "restore the newest backup"); the next split was article 33 again."""
    from jmreview.store.backup import make_backup
    from jmreview.store.restore import replace_with_newest

    Store(db).close()
    make_backup(db, "manual")

    first = _split_first(db)
    with db.open("r+b") as fh:   # the header destroyed: SQLite reads nothing of it
        fh.write(b"\0" * 100)
    replace_with_newest(db)
    assert _split_first(db) > first


def test_r21b_38_10_one_person_is_given_a_page_once_and_reviews_it_once(db: Path, tmp_path: Path) -> None:
    """Run 21 B38: `assign --to Wang`, then `--to wang`: two rows for one person; `--remove --to WANG` took nothing back.
    B10: a snapshot whose two review copies were of Wang and wang was restored, and doctor said ok."""
    import json

    from jmreview.store.models import Assignment, SourceFile
    from jmreview.store.team import assign, unassign

    from .test_database_safety import run_cli

    with Store(db) as store:
        page = SourceFile.select().first().id
        assign(store, "主编", [page], "Wang")
        assign(store, "主编", [page], "wang")
        assert Assignment.select().count() == 1
        done: list[int] = []
        unassign(store, "主编", [page], "WANG", done)
        assert done == [page] and Assignment.select().count() == 0
    from ..test_json_team import build_team_corpus

    team = tmp_path / "team.sqlite3"
    build_team_corpus(team)
    snap = tmp_path / "snap.json"
    assert run_cli("export", "--format", "json", "--with-source", "-o", str(snap), "--db", str(team)).returncode == 0
    doc = json.loads(snap.read_text(encoding="utf-8"))
    review = doc["team"]["reviews"][0]
    first = review["copies"][0]["editor"]
    review["copies"][0]["editor"], review["copies"][1]["editor"] = "Wang", "wang"
    for d in review["decisions"]:
        d["editor_a"], d["editor_b"] = "Wang", "wang"
    for a in doc["team"].get("assignments", []):
        if a["editor"] == first:
            a["editor"] = "Wang"
    snap.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = run_cli("import-json", str(snap), "--db", str(tmp_path / "new.sqlite3"))
    assert out.returncode == 2 and "two review copies" in out.stderr, out.stderr


def test_python_dash_m_jmreview_is_the_command(tmp_path: Path) -> None:
    """Run 21: `python -m jmreview …` (as the brief and a user would try) said "No module named jmreview.__main__"."""
    import subprocess
    import sys

    from ..conftest import ROOT

    out = subprocess.run([sys.executable, "-m", "jmreview", "stats", "--db", str(tmp_path / "none.sqlite3")], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "does not exist" in out.stderr, out.stderr


def test_r21a_47_the_backup_being_restored_is_never_pruned_by_the_restores_own_safety_copy(db: Path) -> None:
    """Run 21 A47: a dozen openings with edits, then "restore the oldest backup": the restore's safety copy pruned the
    very backup being restored — the restore failed ("unable to open database file") and that backup was gone."""
    from jmreview.store.backup import list_backups, make_backup
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.restore import restore_backup

    Store(db).close()
    for n in range(14):
        with Store(db) as store:
            first = Article.select().order_by(Article.id).first().id
            set_article_field(store, "甲", first, "title", f"第{n}次")
        make_backup(db, "on-open")
    oldest = list_backups(db)[-1].path
    restore_backup(oldest, db)
    with Store(db):
        assert Article.get_by_id(first).title != "第13次"


def test_r21a_66_a_search_index_damaged_past_opening_is_made_anew_by_a_search_and_by_an_import(
        db: Path, tmp_path: Path) -> None:
    """Run 21 A66: the index's structure record damaged too ("vtable constructor failed: block_fts"): every corpus
    search in the window "出错了", never made anew as doctor promised; `import --replace` of a page: "unexpected error"."""
    import shutil

    from jmreview.store.search import ensure_index, search

    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    with Store(db) as store:
        ensure_index(store)
    copy = tmp_path / "copy.sqlite3"
    _damage_index(db, above=5)
    shutil.copy(db, copy)
    with Store(db) as store:
        ensure_index(store)
        assert search(store, "粤港澳大湾区")
    page = tmp_path / "p" / "001_69ca20e02664ffc6.txt"
    page.parent.mkdir()
    page.write_text((SEEDS / page.name).read_text(encoding="utf-8") + "\n补记一段。\n", encoding="utf-8")
    out = run_cli("import", "--replace", str(page), "--db", str(copy))
    assert out.returncode == 0 and "unexpected" not in out.stderr, out.stderr
    assert run_cli("doctor", "--db", str(copy)).returncode == 0


def test_r21a_49_50_an_untouched_workbook_changes_no_field_its_cells_could_not_hold_as_it_was(db: Path,
                                                                                              tmp_path: Path) -> None:
    """Run 21 A49/A50: an untouched workbook imported back turned a 引题 of `+1\\r\\n-2` into `+1\\n-2`, and wrote a
    33,000-character 副题 back cut to the cell's 32,767 characters with its marker."""
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import plan_workbook
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    with Store(db) as store:
        first = Article.select().order_by(Article.id).first().id
        set_article_field(store, "甲", first, "kicker", "+1\r\n-2")
        set_article_field(store, "甲", first, "subtitle", "长" * 33_000)
        book = tmp_path / "review.xlsx"
        export_xlsx(book)
        plan = plan_workbook(book)
        assert not plan.articles, plan.preview()


def test_r21a_73_an_untouched_export_applied_after_a_split_changes_no_other_article(db: Path, tmp_path: Path) -> None:
    """Run 21 A73/A74: an export, then a split of article 1, then the untouched export applied: "applied 4 articles" —
    articles 2–5, moved down a place by the split, got a new version and the mark of a person's import."""
    from jmreview.store.edits import split_article
    from jmreview.store.models import Article, Block

    from .test_database_safety import run_cli

    old = tmp_path / "old.json"
    assert run_cli("export", "--format", "json", "-o", str(old), "--db", str(db)).returncode == 0
    with Store(db) as store:
        arts = list(Article.select().order_by(Article.reading_order))
        lines = list(Block.select().where(Block.article == arts[0].id).order_by(Block.line))
        split_article(store, "甲", lines[len(lines) // 2].id)
        before = {a.id: (a.version, a.manual) for a in Article.select() if a.id != arts[0].id}
    run_cli("import-json", str(old), "--db", str(db))
    with Store(db):
        after = {a.id: (a.version, a.manual) for a in Article.select() if a.id in before}
    assert after == before


def test_r21b_35_pages_of_one_name_in_many_folders_are_listed_as_commands_name_them(tmp_path: Path) -> None:
    """Run 21 B35: the same page name in 30 folders: `work --for 丙` printed the bare name of the page given to her, and
    `pages` thirty identical lines — while every command asks for folder/name."""
    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    db = tmp_path / "c.sqlite3"
    text = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    for day in ("d01", "d02"):
        (tmp_path / day).mkdir()
        (tmp_path / day / "A01.txt").write_text(text + f"\n{day}\n", encoding="utf-8")
        assert run_cli("import", str(tmp_path / day), "--db", str(db)).returncode == 0
    assert run_cli("assign", "d02/A01.txt", "--to", "丙", "--db", str(db)).returncode == 0
    work = run_cli("work", "--for", "丙", "--db", str(db))
    assert "d02/A01.txt" in work.stdout, work.stdout
    listed = run_cli("pages", "--db", str(db)).stdout
    assert "d01/A01.txt" in listed and "d02/A01.txt" in listed, listed


def test_r21b_47_doctor_names_an_assignment_of_a_review_copy(tmp_path: Path) -> None:
    """Run 21 B47: an assignment row pointing at a review copy (made with SQL): doctor ok, no work list showed it, and
    a snapshot dropped it without a word."""
    from jmreview.store.doctor_team import team_problems
    from jmreview.store.models import Assignment
    from jmreview.store.models import SourceFile as File

    from ..test_json_team import build_team_corpus

    db = tmp_path / "t.sqlite3"
    build_team_corpus(db)
    with Store(db):
        copy = File.select().where(File.review_of.is_null(False)).first()
        Assignment.insert(file=copy.id, editor="丙", assigned_by="主编", assigned_at="2026-12-01 00:00:00").execute()
        assert any("a review copy, not a page" in p for p in team_problems()), team_problems()


def test_r21a_81_a_lexicon_text_holding_an_escape_sequence_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 21 A81: `lexicon import` took a text `\\x1b[2J` (as names are refused for it), which `lexicon list` then
    printed to the terminal."""
    from .test_database_safety import run_cli

    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\n\x1b[2J,LOC\n江门,LOC\n", encoding="utf-8")
    out = run_cli("lexicon", "import", str(bad), "--db", str(db))
    assert out.returncode == 2 and "control character" in out.stderr, out.stderr


def test_r21b_59_the_curate_hint_offers_what_the_key_takes(tmp_path: Path) -> None:
    """Run 21 B59: `curate FILE --take fields:1=c` advised "KEY=own:VALUE", which a fields key refuses; plain `own` (the
    page as it is) was not offered."""
    from ..test_json_team import build_team_corpus
    from ..test_team import PAGE
    from .test_database_safety import run_cli

    db = tmp_path / "t.sqlite3"
    build_team_corpus(db)
    out = run_cli("curate", PAGE.name, "--take", "fields:1=c", "--db", str(db))
    assert out.returncode == 2 and "KEY=own (the page as it is)" in out.stderr, out.stderr


def test_r21a_76_stats_counts_the_pages_an_export_holds_not_their_replaced_versions(tmp_path: Path) -> None:
    """Run 21 A76: `import --replace` of a page's new version: `stats` said "files 6, articles 40" while the export held
    5 pages and 32 articles (the replaced version counted too)."""
    import json

    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    db = tmp_path / "c.sqlite3"
    folder = tmp_path / "p"
    folder.mkdir()
    page = folder / "001_69ca20e02664ffc6.txt"
    page.write_text((SEEDS / page.name).read_text(encoding="utf-8"), encoding="utf-8")
    assert run_cli("import", str(folder), "--db", str(db)).returncode == 0
    page.write_text(page.read_text(encoding="utf-8") + "\n补记。\n", encoding="utf-8")
    assert run_cli("import", "--replace", str(page), "--db", str(db)).returncode == 0
    out = tmp_path / "e.json"
    assert run_cli("export", "--format", "json", "-o", str(out), "--db", str(db)).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    said = run_cli("stats", "--db", str(db)).stdout
    assert f"files {len(doc['files'])}" in said.replace(":", ""), said
