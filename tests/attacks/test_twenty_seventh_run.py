"""Issue 10, run 26's open rows and run 27 (both halves, on run 26's fixes): each test failing before its fix."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jmreview.analysis.learned import Entry
from jmreview.store.changes import last_log_id, redo, undo
from jmreview.store.database import Store
from jmreview.store.lexicon import lexicon_rows
from jmreview.store.lexicon_edits import delete_entry, edit_entry, import_entries
from jmreview.store.models import LexiconEntry

WHO = "李明"


def _names(n: int) -> list[str]:
    """n different texts of two to four characters."""
    chars = "江门日报新会台山开平恩平鹤山蓬江区市委书记王李张陈刘杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢"
    chars = "".join(dict.fromkeys(chars))   # each character once
    m = len(chars)
    return [chars[k % m] + chars[k // m % m] + chars[k // m // m % m] for k in range(n)]


def test_r26a_37_a_large_lexicon_is_imported_in_a_few_statements_and_undone_whole(tmp_path: Path) -> None:
    """Run 26 A37: a lexicon of 100,000 entries imported in the window held it some 50 s — three statements per
    entry. The import writes in batches now; what it replaces (an edited entry, a deleted one) goes with it and
    comes back on undo."""
    store = Store(tmp_path / "lx.sqlite3")
    texts = _names(3000)
    edit_entry(store, WHO, (texts[0], "PER"), Entry(texts[0], "PER", False, 7, ()))   # edited by hand: replaced
    delete_entry(store, WHO, texts[1], "PER")   # a hidden row: replaced, the import shows it again
    edit_entry(store, WHO, ("别的", "ORG"), Entry("别的", "ORG", True, 2, ()))   # another entry: untouched
    before = {(r.text, r.label, r.positive, r.count, r.origin) for r in lexicon_rows()}
    statements: list[str] = []
    store.db.connection().set_trace_callback(statements.append)
    n, log_id = import_entries(store, WHO, [Entry(t, "PER") for t in texts] + [Entry(texts[5], "PER")], "desk.csv")
    store.db.connection().set_trace_callback(None)
    assert n == 3000 and log_id == last_log_id()
    assert len(statements) < 120, len(statements)   # was more than 9,000
    after = {r.text: r for r in lexicon_rows() if r.label == "PER"}
    assert len(after) == 3000 and after[texts[0]].origin == "imported" and after[texts[0]].count == 1
    assert texts[1] in after and LexiconEntry.select().where(LexiconEntry.hidden).count() == 0
    assert [r.count for r in lexicon_rows() if r.text == "别的"] == [2]
    undo(store, log_id, WHO)
    assert {(r.text, r.label, r.positive, r.count, r.origin) for r in lexicon_rows()} == before
    assert LexiconEntry.select().where(LexiconEntry.hidden & (LexiconEntry.text == texts[1])).count() == 1
    redo(store, log_id, WHO)
    assert len([r for r in lexicon_rows() if r.label == "PER"]) == 3000
    store.close()


def test_r26a_26_a_title_holding_terminal_escapes_is_written_escaped_into_a_pipe_too(db: Path, tmp_path: Path) -> None:
    """Run 26 A26: a corpus file's title `\\x1b[2J\\x1b]0;x\\x07`, met again by `import-json` after a `rerun`: the refusal
    written into a pipe (a log a terminal shows later) held the escapes raw — clearing the screen, retitling it."""
    import json

    from jmreview.store.models import Article

    from .test_database_safety import run_cli

    with Store(db) as store:
        store.db.execute_sql("UPDATE article SET title = ? WHERE id = (SELECT min(id) FROM article)",
                             ["\x1b[2J\x1b]0;x\x07标题\r\x1b[2K"])
        first = Article.select().order_by(Article.id).first().id
    exported = tmp_path / "e.json"
    assert run_cli("export", "--format", "json", "-o", str(exported), "--db", str(db)).returncode == 0
    assert "\\u001b[2J" in exported.read_text(encoding="utf-8") or "\x1b[2J" in json.loads(
        exported.read_text(encoding="utf-8"))["files"][0]["articles"][0]["title"]   # the data itself kept whole
    assert run_cli("rerun", "--db", str(db)).returncode == 0
    again = run_cli("import-json", str(exported), "--db", str(db))
    said = again.stdout + again.stderr
    assert f"{first}" in said and "标题" in said, said
    assert "\x1b" not in said and "\x07" not in said and "\r" not in said, repr(said)
    assert "\\x1b[2J" in said, said


def test_r26b_12_a_page_being_curated_sends_a_workbook_to_its_curator_not_to_the_frozen_copies(db: Path) -> None:
    """Run 26 B12: a page in curation (one take made), the curator's workbook with a title changed: "it is corrected on
    their review copies; left as it is" — but the copies are frozen by the take; only the curator decides now."""
    from jmreview.exchange.json_apply import under_review
    from jmreview.store.curation import differences, take

    from .test_fourteenth_run_team import marked_twice

    with Store(db) as store:
        page = marked_twice(store)
        assert "review copies" in under_review()[page]
        take(store, "主编", page, differences(page)[0].key, "a")
        said = str(under_review()[page])
        assert "being curated" in said and "curator decides it" in said and "corrected on their" not in said, said


@pytest.mark.parametrize("broken", ["done", "", "one_person"])
def test_r26b_17_a_review_another_program_broke_is_not_curated(db: Path, broken: str, chinese: None) -> None:
    """Run 26 B17: team data changed by another tool (a state 'done', copies of one person in two forms): doctor named
    it, "nothing can curate it" — yet `curate --take` saved its decision and moved the page on."""
    from jmreview.gui.store_messages import user_message
    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences, take
    from jmreview.store.models import CurationDecision, SourceFile

    from .test_fourteenth_run_team import marked_twice

    with Store(db) as store:
        page = marked_twice(store)
        key = differences(page)[0].key
        if broken == "one_person":   # Zhang Wei and zhang wei: one person (doctor: "it needs two, of two editors")
            first, second = SourceFile.select().where(SourceFile.review_of == page).order_by(SourceFile.id)[:2]
            SourceFile.update(review_editor="Zhang Wei").where(SourceFile.id == first.id).execute()
            SourceFile.update(review_editor="zhang  wei").where(SourceFile.id == second.id).execute()
        else:
            SourceFile.update(review_state=broken).where(SourceFile.id == page).execute()
        with pytest.raises(EditConflict) as refused:
            take(store, "主编", page, key, "a")
        assert refused.value.code == "broken_review"
        assert CurationDecision.select().count() == 0
        said = user_message(refused.value)
        assert "无法裁定" in said and "审校数据有误（" in said and "review copies" not in said, said
        assert "under double" not in said and "review state" not in said and "one person" not in said, said


@pytest.mark.parametrize("pair", [("高明", "髙明"), ("吴明", "呉明"), ("户田", "戸田"), ("王明", "⺩明"), ("长江", "⻑江")])
def test_r25b_34_a_name_typed_with_a_variant_character_is_one_reviewer(db: Path, pair: tuple[str, str]) -> None:
    """Run 25 B34: 高明 and 髙明 (the "ladder" 高), 吴/呉, 户/戸 (Japanese input methods' forms), 王明/⺩明 (a radical):
    "1 pages marked for double review by 高明 and 髙明" — one person as both reviewers."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review

    with Store(db) as store:
        page = SourceFile.select().first().id
        with pytest.raises(EditConflict) as refused:
            mark_double_review(store, "主编", page, list(pair))
        assert refused.value.code == "two_reviewers"


def test_r25a_32_an_undo_is_refused_only_for_the_field_another_editor_changed(db: Path) -> None:
    """Run 25 A32: 甲 set article 1's title, then its kicker; 乙 changed the kicker in another process. Ctrl+Z twice:
    the kicker's undo refused (right) — and the title's too, with the same words, though nobody touched the title
    (the marks of fields set by hand were compared whole)."""
    import pytest as _pytest

    from jmreview.store.changes import EditConflict
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    with Store(db) as store:
        art = Article.select().first()
        title_edit = set_article_field(store, "甲", art.id, "title", "甲的标题")
        kicker_edit = set_article_field(store, "甲", art.id, "kicker", "甲的引题")
        set_article_field(store, "乙", art.id, "kicker", "乙的引题")
        with _pytest.raises(EditConflict):
            undo(store, kicker_edit, "甲")
        undo(store, title_edit, "甲")
        now = Article.get_by_id(art.id)
        assert now.title == art.title and now.kicker == "乙的引题"
        assert now.manual == ["kicker"]   # 乙's kicker stays set by hand; the title is automation's again
        redo(store, title_edit, "甲")
        now = Article.get_by_id(art.id)
        assert now.title == "甲的标题" and sorted(now.manual) == ["kicker", "title"]


def test_r27b_4_40_49_an_insert_a_trigger_skips_is_refused_even_when_sqlite_names_an_earlier_row(db: Path) -> None:
    """Run 27 B4: on SQLite, a trigger skipping edit-log inserts (`RAISE(IGNORE)`) once the log held an entry: edits
    said saved with no log entry of their own (SQLite's last rowid named the earlier one). B40: the same on
    `assignment`: "1 pages → 戊" logged with 丁's assignment as its step, and its undo deleted 丁's. B49: the undo of a
    deletion said done and marked undone, the row not back."""
    import sqlite3

    from jmreview.store.changes import EditConflict
    from jmreview.store.edits import set_article_field
    from jmreview.store.entity_edits import delete_entity
    from jmreview.store.models import Article, Assignment, EditLog, Entity, SourceFile
    from jmreview.store.team import assign

    def trigger(sql: str) -> None:   # another program's, added while the store is open
        con = sqlite3.connect(db)
        con.execute(sql)
        con.commit()
        con.close()

    with Store(db) as store:
        art = Article.select().order_by(Article.id).first()
        set_article_field(store, "甲", art.id, "title", "第一次改")
        page = SourceFile.select().first().id
        assign(store, "主编", [page], "丁")
        entity = Entity.select().order_by(Entity.id).first()
        deleted = delete_entity(store, "甲", entity.id)
        trigger("CREATE TRIGGER na BEFORE INSERT ON assignment BEGIN SELECT RAISE(IGNORE); END")
        with pytest.raises(EditConflict) as skipped:
            assign(store, "主编", [page], "戊")
        assert skipped.value.code == "not_written"
        assert [a.editor for a in Assignment.select()] == ["丁"]
        trigger("CREATE TRIGGER ne BEFORE INSERT ON entity BEGIN SELECT RAISE(IGNORE); END")
        with pytest.raises(EditConflict) as back:
            undo(store, deleted, "甲")
        assert back.value.code == "not_written" and not EditLog.get_by_id(deleted).undone
        logged = EditLog.select().count()
        trigger("CREATE TRIGGER nl BEFORE INSERT ON editlog BEGIN SELECT RAISE(IGNORE); END")
        with pytest.raises(EditConflict) as unlogged:
            set_article_field(store, "甲", art.id, "title", "不进日志的标题")
        assert unlogged.value.code == "not_written"
        assert Article.get_by_id(art.id).title == "第一次改" and EditLog.select().count() == logged


@pytest.mark.parametrize("typed,kept", [("2024/1/5", "2024-01-05"), ("2024年1月5日", "2024-01-05"),
                                        ("２０２４.１.５", "2024-01-05"), ("2024-02-30", None), ("明天", None)])
def test_r27b_13_21_a_date_typed_in_another_form_is_kept_and_no_day_is_said(db: Path, typed: str, kept: str | None,
                                                                            chinese: None) -> None:
    """Run 27 B13, B21: 2024/1/5 typed in 日期: "Invalid isoformat string: '2024/1/5'"; 2024-02-30: "day is out of
    range for month" — Python's English in the window."""
    from jmreview.gui.store_messages import user_message
    from jmreview.store.changes import EditConflict
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    with Store(db) as store:
        art = Article.select().first()
        if kept is not None:
            set_article_field(store, "甲", art.id, "date", typed)
            assert Article.get_by_id(art.id).date == kept
            return
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, "甲", art.id, "date", typed)
        said = user_message(refused.value)
        assert refused.value.code == "bad_date" and "不是日历上的日期" in said and typed in said, said


def test_r27b_34_41_a_name_with_no_pages_is_said_and_a_restored_reviewer_is_kept_as_names_are(
        db: Path, tmp_path: Path) -> None:
    """Run 27 B34: `work --for` a mistyped name printed nothing, exit 0. B41: a corpus file's article reviewer ＺＨＡＮＧ
    (full width) restored as it was — a form the team section refuses and `--editor` keeps as ZHANG."""
    import json

    from jmreview.store.models import Article

    from .test_database_safety import run_cli

    assert run_cli("assign", "003_4221d1719c757f4b.txt", "--to", "王", "--db", str(db)).returncode == 0
    said = run_cli("work", "--for", "不存在的人", "--db", str(db))
    assert said.returncode == 0 and "不存在的人 has no pages" in said.stdout and "王" in said.stdout, said.stdout
    exported = tmp_path / "e.json"
    assert run_cli("export", "--format", "json", "--with-source", "-o", str(exported), "--db", str(db)).returncode == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    doc["files"][0]["articles"][0]["reviewer"] = "ＺＨＡＮＧ"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    fresh = tmp_path / "fresh.sqlite3"
    done = run_cli("import-json", str(exported), "--db", str(fresh))
    assert done.returncode == 0, done.stdout + done.stderr
    with Store(fresh):
        assert {a.reviewer for a in Article.select() if a.reviewer} == {"ZHANG"}


def test_r27b_63_a_curated_page_marked_again_says_the_last_round_is_set_aside(db: Path) -> None:
    """Run 27 B63: `double-review` of a curated page deleted the last round's two copies and its decisions, unsaid."""
    from jmreview.store.curation import differences, take

    from .test_database_safety import run_cli
    from .test_fourteenth_run_team import marked_twice

    with Store(db) as store:
        page = marked_twice(store)
        for diff in differences(page):
            take(store, "主编", page, diff.key, "a")
        from jmreview.store.models import SourceFile

        name = SourceFile.get_by_id(page).name
    again = run_cli("double-review", name, "--editors", "丙", "丁", "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "1 of them were curated" in again.stdout and "undo brings them back" in again.stdout, again.stdout


def test_r27a_11_evaluate_on_a_corpus_scores_a_copy_and_leaves_the_corpus_as_it_is(db: Path, tmp_path: Path) -> None:
    """Run 27 A11: `evaluate --bio x.bio --db corpus.sqlite3` imported the BIO file's nine sentence pages into the
    editors' corpus (then in every export), unsaid."""
    from jmreview.store.models import SourceFile

    from .test_database_safety import run_cli

    bio = tmp_path / "x.bio"
    assert run_cli("export", "--format", "bio", "-o", str(bio), "--db", str(db)).returncode == 0
    with Store(db):
        before = SourceFile.select().count()
    scored = run_cli("evaluate", "--bio", str(bio), "--db", str(db), timeout=300)
    assert scored.returncode == 0, scored.stderr
    assert "PER" in scored.stdout and "copy" in scored.stderr, scored.stdout + scored.stderr
    with Store(db):
        assert SourceFile.select().count() == before


def test_r27a_57_a_workbook_with_a_password_is_named_as_such(db: Path, tmp_path: Path) -> None:
    """Run 27 A57: a password-protected workbook (an OLE2 container): "not a workbook (not a zip archive)"; a zip of
    other parts: "(KeyError)", Python's name for it."""
    import zipfile

    from .test_database_safety import run_cli

    sealed = tmp_path / "加密.xlsx"
    sealed.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    said = run_cli("import-xlsx", str(sealed), "--db", str(db))
    assert said.returncode != 0 and "password" in said.stderr and "not a zip" not in said.stderr, said.stderr
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("ann/a.txt", "x")
    said = run_cli("import-xlsx", str(other), "--db", str(db))
    assert said.returncode != 0 and "Error" not in said.stderr and "not a workbook" in said.stderr, said.stderr


def test_r27a_60_42_a_long_legal_name_is_written_and_a_copy_to_a_full_disk_leaves_no_corpus(
        db: Path, tmp_path: Path) -> None:
    """Run 27 A60: `export -o` a legal name of 245 bytes: "File name too long" — its temporary file's name, 14 bytes
    longer. A42: `copy` refused by a full disk left an empty corpus (stats then showed it)."""
    from .test_database_safety import run_cli

    target = tmp_path / ("长" * 80 + ".json")
    done = run_cli("export", "--format", "json", "-o", str(target), "--db", str(db))
    assert done.returncode == 0 and target.stat().st_size > 0, done.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    import resource
    import signal
    import subprocess
    import sys

    from ..conftest import ROOT

    def small_disk() -> None:   # files of at most 64 KB: the disk fills up during the copy
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    copied = tmp_path / "c.sqlite3"
    refused = subprocess.run([sys.executable, "-m", "jmreview.cli", "copy", str(db), str(copied)], cwd=ROOT,
                             capture_output=True, text=True, timeout=120, preexec_fn=small_disk)
    assert refused.returncode != 0, refused.stdout
    assert not copied.exists() and not Path(f"{copied}-wal").exists(), refused.stderr


DAMAGE = {   # another SQLite tool's change of one value (run 27 A46-A50): doctor said ok for each
    "editlog payload cut": ("UPDATE editlog SET payload = '{\"steps\": [{\"op\": \"se' WHERE id = (SELECT max(id) "
                            "FROM editlog)", "editlog"),
    "reporters cut": ("UPDATE article SET reporters = '[\"张' WHERE id = (SELECT min(id) FROM article)", "reporters"),
    "block end a word": ("UPDATE block SET \"end\" = 'abc' WHERE id = (SELECT min(id) FROM block)", "end"),
    "reviewed_at a word": ("UPDATE article SET reviewed_at = 'yesterday' WHERE id = (SELECT min(id) FROM article)",
                           "reviewed_at"),
    "label undefined": ("UPDATE entity SET label = 'WEAPON' WHERE id = (SELECT min(id) FROM entity)", "label"),
    "status bogus": ("UPDATE article SET status = 'done' WHERE id = (SELECT min(id) FROM article)", "status"),
    "issue date": ("UPDATE sourcefile SET issue_date = '2024-13-45'", "issue_date"),
    "article date a word": ("UPDATE article SET date = '明天' WHERE id = (SELECT min(id) FROM article)", "date"),   # r28
    "replaced by itself": ("UPDATE sourcefile SET replaced_by = id", "replaced_by"),   # run 28 A11
    "a line past the last": ("UPDATE block SET line = 99999999 WHERE id = (SELECT min(id) FROM block)", "line"),
    "lexicon label": ("INSERT INTO lexiconentry (text, label, positive, count, editors, origin, hidden) "
                      "VALUES ('江门', 'XYZ', 1, 1, '[]', 'imported', 0)", "label"),
    "label colour": ("UPDATE label SET color = 'rot' WHERE name = 'PER'", "color"),   # run 28 A12's rest
    "label hotkey": ("UPDATE label SET hotkey = 'Ctrl+Alt+Del+Q' WHERE name = 'PER'", "hotkey"),
    "two schema rows": ("INSERT INTO schemainfo (version, created_at) VALUES (3, '2020-01-01')", "schemainfo"),
    "replaced by nothing": ("UPDATE sourcefile SET replaced_by = 999 WHERE id = (SELECT min(id) FROM sourcefile)",
                            "replaced_by"),   # run 29 A11-A20, A59
    "reporters numbers": ("UPDATE article SET reporters = '[1, 2]' WHERE id = (SELECT min(id) FROM article)",
                          "reporters"),
    "reporters an object": ("UPDATE article SET reporters = '{\"a\": 1}' WHERE id = (SELECT min(id) FROM article)",
                            "reporters"),
    "manual null": ("UPDATE article SET manual = 'null' WHERE id = (SELECT min(id) FROM article)", "manual"),
    "lexicon count": ("INSERT INTO lexiconentry (text, label, positive, count, editors, origin, hidden) "
                      "VALUES ('江门', 'LOC', 1, -5, '[]', 'imported', 0)", "count"),
    "duplicate of no line": ("UPDATE block SET duplicate_of = line WHERE id = (SELECT min(id) FROM block)",
                             "duplicate_of"),
    "line count": ("UPDATE sourcefile SET line_count = -3", "line_count"),
    "a line before the first": ("UPDATE block SET line = -1 WHERE id = (SELECT min(id) FROM block)", "before the first"),
    "version 0": ("UPDATE article SET version = 0 WHERE id = (SELECT min(id) FROM article)", "version"),   # r30 A3
    "version 3e9": ("UPDATE article SET version = 3000000000 WHERE id = (SELECT min(id) FROM article)", "version"),
    "entity origin": ("UPDATE entity SET origin = 'zzz' WHERE id = (SELECT min(id) FROM entity)", "origin"),   # A4
    "encoding": ("UPDATE sourcefile SET encoding = 'rot13'", "encoding"),
    "script": ("UPDATE sourcefile SET script = 'klingon'", "script"),
    "sha256": ("UPDATE sourcefile SET sha256 = 'abc'", "sha256"),
    "lexicon text blank": ("INSERT INTO lexiconentry (text, label, positive, count, editors, origin, hidden) "
                           "VALUES ('', 'LOC', 1, 1, '[]', 'imported', 0)", "text"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_r27a_46_50_a_value_another_program_damaged_is_named_by_doctor(db: Path, damage: str) -> None:
    """Run 27 A46-A50: an edit-log entry cut short, a list of names cut, a word in `block.end` or `reviewed_at`, a
    label no one defined: doctor said ok (or itself ended in "unexpected error"), while exports, `rerun` and the
    window ended in "unexpected error"."""
    import sqlite3

    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    from .test_database_safety import run_cli

    with Store(db) as store:
        set_article_field(store, "甲", Article.select().first().id, "title", "改过")
    sql, column = DAMAGE[damage]
    con = sqlite3.connect(db)
    con.execute(sql)
    con.commit()
    con.close()
    said = run_cli("doctor", "--db", str(db))
    assert said.returncode == 1 and "unexpected" not in said.stdout + said.stderr, said.stdout + said.stderr
    assert any(line.startswith("problem: value:") and column in line for line in said.stdout.splitlines()), \
        said.stdout


def test_r27a_46_an_edit_log_entry_another_program_damaged_keeps_no_window_closed_and_is_not_replayed(
        db: Path) -> None:
    """Run 27 A46: the newest edit-log entry cut short: the window never opened ("unexpected error: JSONDecodeError",
    its history read at start); one of a wrong shape: Ctrl+Z said "出错了: … QUndoCommand::undo(): …"."""
    import sqlite3

    from jmreview.store.changes import EditConflict, recent_edits
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    with Store(db) as store:
        art = Article.select().first().id
        first = set_article_field(store, "甲", art, "title", "第一次改")
        second = set_article_field(store, "甲", art, "title", "第二次改")
        third = set_article_field(store, "甲", art, "kicker", "引题")
    con = sqlite3.connect(db)
    con.execute("UPDATE editlog SET payload = ? WHERE id = ?", ['{"steps": [{"op": "se', second])
    con.execute("UPDATE editlog SET payload = ? WHERE id = ?", ['{"steps": [{"op": "set", "model": "Nope"}]}', third])
    con.commit()
    con.close()
    with Store(db) as store:
        assert [log.id for log in recent_edits("甲")] == [first, third]   # the damaged one left out, no error
        with pytest.raises(EditConflict) as refused:
            undo(store, third, "甲")
        assert refused.value.code == "log_damaged"


@pytest.mark.parametrize("joined", [True, False])
def test_r27a_20_a_page_mixing_two_encodings_is_said_so_with_the_line(joined: bool) -> None:
    """Run 27 A20: a GB18030 page with one UTF-8 line appended (pasted from another file) was refused as "is not text in
    UTF-8, UTF-16, GB18030 or Big5" — nothing said it mixes encodings, nor where."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    from ..conftest import SEEDS

    text = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8").rstrip("\n")
    lines = text.count("\n") + 1
    data = text.encode("gb18030") + ("" if joined else "\n").encode() + "本报讯 这是一行用 UTF-8 写的文字。\n".encode()
    with pytest.raises(RefusedInput) as refused:
        decode_bytes("混合.txt", data)
    assert refused.value.code == "mixed"
    assert refused.value.arguments == {"encoding": "GB18030", "other": "UTF-8",
                                       "line": str(lines if joined else lines + 1)}


def test_r27a_51_a_lexicon_line_whose_editor_holds_a_control_character_names_it(tmp_path: Path) -> None:
    """Run 27 A51: a lexicon CSV line whose editor's name holds ESC: "not a lexicon entry (an object with a text and a
    label; editors a list of names)" — JSON's words, the control character not named."""
    from jmreview.exchange.lexicon_check import InvalidLexicon
    from jmreview.exchange.lexicon_io import read_lexicon

    path = tmp_path / "lex.csv"
    path.write_text("text,label,editors\n江门,LOC,王\x1b[2J\n", encoding="utf-8")
    with pytest.raises(InvalidLexicon) as refused:
        read_lexicon(path)
    said = str(refused.value)
    assert "line 2" in said and "editor's name" in said and "\\x1b" in said and "object" not in said, said


def test_r25a_37_a_page_another_program_is_still_writing_is_not_imported_as_a_page(tmp_path: Path) -> None:
    """Run 25 A37: a page still being written (a copy half done, its writer still open) imported from its folder: half
    the page imported silently as a page; the complete page later came in as a new version."""
    import subprocess
    import sys

    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import read_source
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    whole = (SEEDS / "003_4221d1719c757f4b.txt").read_bytes()
    page = tmp_path / "copying.txt"
    writer = subprocess.Popen([sys.executable, "-c", "import sys, time\nf = open(sys.argv[1], 'wb')\n"
                               "f.write(sys.stdin.buffer.read()); f.flush(); print('half', flush=True)\ntime.sleep(60)",
                               str(page)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=False)
    try:
        assert writer.stdin is not None and writer.stdout is not None
        writer.stdin.write(whole[:len(whole) // 2])
        writer.stdin.close()
        assert writer.stdout.readline().strip() == b"half"
        with pytest.raises(RefusedInput) as refused:
            read_source(page)
        assert refused.value.code == "being_written" and "python" in refused.value.arguments["program"]
        with Store(tmp_path / "c.sqlite3") as store:
            report = import_paths(store, [page], workers=1)
        assert not report.imported and "still being written" in report.refused[0][1]
    finally:
        writer.kill()
        writer.wait()
    assert read_source(page).name == "copying.txt"   # the writer gone: the file is read


def test_r28b_36_56_an_invisible_mark_in_a_refused_name_is_shown(db: Path) -> None:
    """Run 28 B36: `assign … --to 张\\u034f三`: "'张͏三' is not an editor's name", the mark shown raw — it read as if 张三
    were refused. B56: doctor's "names 张三 / 李四, not the copies' 张三 / 李四 " — a trailing space unseen."""
    import sqlite3

    from jmreview.store.editor_names import bad_name
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review

    from .test_database_safety import run_cli

    for name in ("张\u034f三", "\u3164", "张三\ufe0f", "\u2800"):
        said = str(bad_name(name))
        assert "\\u" in said and name not in said, said
    refused = run_cli("assign", "003_4221d1719c757f4b.txt", "--to", "张\u034f三", "--db", str(db))
    assert refused.returncode != 0 and "张\\u034f三" in refused.stderr, refused.stderr
    with Store(db) as store:
        page = SourceFile.select().first().id
        mark_double_review(store, "主编", page, ["张三", "李四"])
        from jmreview.store.curation import differences, take
        from jmreview.store.edits import set_article_field
        from jmreview.store.models import Article
        from jmreview.store.team import review_copy

        copy = review_copy(page, "李四")
        assert copy is not None
        set_article_field(store, "李四", Article.select().where(Article.file == copy.id).first().id, "title", "李")
        take(store, "主编", page, differences(page)[0].key, "a")
    con = sqlite3.connect(db)
    con.execute("UPDATE sourcefile SET review_editor = '李四 ' WHERE review_editor = '李四'")
    con.commit()
    con.close()
    said = run_cli("doctor", "--db", str(db)).stdout
    assert "“李四 ”" in said, said


def test_r28a_42_a_backups_folder_that_is_a_file_is_named_by_doctor(db: Path) -> None:
    """Run 28 A42: the backups folder made a file: every change refused ("should be its backups folder but is a file"),
    while doctor said "backups: 0 … ok"."""
    from .test_database_safety import run_cli

    Path(f"{db}.backups").write_text("x", encoding="utf-8")
    said = run_cli("doctor", "--db", str(db))
    assert said.returncode == 1 and "is a file, not the backups folder" in said.stdout, said.stdout


def test_r28a_3_a_big5_line_in_a_utf8_page_is_named_big5() -> None:
    """Run 28 A3: a UTF-8 page with one Big5 line: "line 21 is GB18030" — it is Big5 (read as GB18030, mojibake)."""
    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import decode_bytes

    from ..conftest import SEEDS

    text = (SEEDS / "000_fe75734c17ad953c.txt").read_text(encoding="utf-8").rstrip("\n")   # a Traditional page
    data = (text + "\n").encode() + "市委書記陳岸明代表市委常務委員會作工作報告".encode("big5") + b"\n"
    with pytest.raises(RefusedInput) as refused:
        decode_bytes("混合.txt", data)
    assert refused.value.arguments["other"] == "Big5" and refused.value.arguments["encoding"] == "UTF-8"


def test_r28b_44_an_import_whose_server_database_was_dropped_says_so() -> None:
    """Run 28 B44: `DROP DATABASE … WITH (FORCE)` during an import: "ended this session though the server is running …
    import again" — the database was gone, and importing again could not help."""
    from jmreview.store.server_errors import ServerGone
    from jmreview.workflows.importer import _full_reason

    said = _full_reason(ServerGone("postgresql://jm@/t10", why="dropped"), 3)
    assert "no longer exists" in said and "3 more files" in said and "import again" not in said, said


def test_r28b_60_a_take_redone_after_the_chiefs_new_round_was_undone(db: Path) -> None:
    """Run 28 B60: a take settled a difference; the page was marked for a new round; the chief undid the new round,
    then the take; the take's redo was refused as "the reviewers changed their copies" — nobody had: the new round and
    its own undo were what touched them (a copy a reviewer did change: test_thirteenth_run_team)."""
    from jmreview.store.curation import differences, take
    from jmreview.store.models import CurationDecision
    from jmreview.store.team import mark_double_review

    from .test_thirteenth_run_team import marked_twice

    with Store(db) as store:
        page = marked_twice(store)
        for diff in differences(page):   # the last take settles the page
            key = diff.key
            take(store, "主编", page, key, "a")
        taken = last_log_id()
        mark_double_review(store, "主编", page, ["a", "b"])
        assert last_log_id() != taken
        undo(store, last_log_id(), "主编")
        undo(store, taken, "主编")
        redo(store, taken, "主编")
        assert CurationDecision.get_or_none((CurationDecision.file == page) & (CurationDecision.key == key))


def _copy_editor_written(db: Path, name: str | None) -> tuple[int, int]:
    """The small page under double review by a and b, b's copy's editor then written as `name` by another program;
    the page's and the copy's ids."""
    import sqlite3

    from jmreview.store.team import review_copy

    from .test_thirteenth_run_team import marked_twice

    with Store(db) as store:
        page = marked_twice(store)
        copy = review_copy(page, "b")
        assert copy is not None
    with sqlite3.connect(db) as other:
        other.execute("UPDATE sourcefile SET review_editor = ? WHERE id = ?", (name, copy.id))
    other.close()
    return page, copy.id


def test_r28b_42_a_snapshot_of_damaged_team_work_says_it_will_not_restore(db: Path, tmp_path: Path) -> None:
    """Run 28 B42: another program blanked a review copy's editor; `export --format json --with-source` said only "N
    articles written" — and import-json of that snapshot was refused whole, the editors' backup unrestorable unsaid."""
    from .test_database_safety import run_cli

    _copy_editor_written(db, "")
    out = run_cli("export", "--format", "json", "--with-source", "-o", str(tmp_path / "s.json"), "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "import-json refuses it" in out.stderr and "doctor" in out.stderr, out.stderr
    assert run_cli("import-json", str(tmp_path / "s.json"), "--db", str(tmp_path / "back.sqlite3")).returncode != 0
    clean = run_cli("export", "--format", "json", "--with-source", "-o", str(tmp_path / "t.json"), "--db",
                    str(tmp_path / "new.sqlite3"))
    assert "refuses" not in clean.stderr, clean.stderr


def test_r28a_48_one_page_under_three_names_and_a_day_that_does_not_exist_are_said(tmp_path: Path) -> None:
    """Run 28 A48: pages named 2024-01-05_A03, 20240105_A03 and 江门日报2024年1月5日第A03版 were imported unsaid as
    three pages of one issue page (`stats`: "2024-01-05 3 pages"); 2024-02-30_A03 got page A03 and no issue date,
    unsaid. Both kept, both said."""
    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    text = (SEEDS / "003_4221d1719c757f4b.txt").read_text(encoding="utf-8")
    folder = tmp_path / "pages"
    folder.mkdir()
    names = ["2024-01-05_A03", "20240105_A03", "江门日报2024年1月5日第A03版", "2024-02-30_A04", "2024-01-06_A03"]
    for k, name in enumerate(names):
        (folder / f"{name}.txt").write_text(f"{text}\n第{k}则。\n", encoding="utf-8")
    out = run_cli("import", str(folder), "--db", str(tmp_path / "c.sqlite3"), timeout=300)
    assert out.returncode == 0, out.stderr
    said = out.stderr
    assert said.count("the same page (2024-01-05 A03)") == 2, said
    assert "2024-02-30 is no day of the calendar" in said, said
    assert "2024-01-06_A03.txt: the same" not in said and "2024-01-05_A03.txt: the same" not in said, said
    again = run_cli("import", str(folder), "--db", str(tmp_path / "c.sqlite3"))
    assert "the same page" not in again.stderr, again.stderr   # said once, when they come in


def test_r28a_12_a_label_hotkey_that_is_no_digit_is_refused_in_the_editors_language(db: Path) -> None:
    """Run 28 A12's rest: a label's hotkey could be typed as anything (Ctrl+Alt+Del+Q), kept unsaid and never working;
    a label's refusals reached the window in English."""
    from jmreview.errors import Coded
    from jmreview.store.entity_edits import edit_label
    from jmreview.store.models import Label

    with Store(db) as store:
        per = Label.get(Label.name == "PER")
        for key in ("Ctrl+Alt+Del+Q", "0", "12"):
            with pytest.raises(ValueError, match="one digit") as refused:
                edit_label(store, "甲", per.id, hotkey=key)
            assert isinstance(refused.value.args[0], Coded)
        edit_label(store, "甲", per.id, hotkey="7")
        assert Label.get_by_id(per.id).hotkey == "7"


def test_r28a_28_a_database_file_bind_mounted_under_a_second_path_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 28 A28: one database file under two paths by a bind mount of the file (one link, so the hard-link check
    passed): an import under one path and a link under the other each wrote their own -wal; the link was lost. The
    mount table names the other path (read here from a table written as the kernel writes it)."""
    import os

    from jmreview.store.mounts import other_paths

    info = os.stat(db)
    device = f"{os.major(info.st_dev)}:{os.minor(info.st_dev)}"
    alias = tmp_path / "other place.sqlite3"
    alias.symlink_to(db)   # stands for the second path: the same file
    point = str(alias).replace(" ", "\\040")
    table = (f"1 0 {device} / / rw - ext4 /dev/x rw\n"
             f"2 1 {device} {db} {point} rw - ext4 /dev/x rw\n"
             f"3 1 9:99 / /mnt/elsewhere rw - nfs far:/ rw\n")   # another device: never looked at
    assert other_paths(db, info, table) == [str(alias)]
    bound = f"4 1 {device} /srv/x.sqlite3 {os.path.realpath(db)} rw - ext4 /dev/x rw\n"   # opened at the mount point
    assert other_paths(db, info, bound) == ["/srv/x.sqlite3 (inside its file system)"]   # reached nowhere else
    second = tmp_path / "second name.sqlite3"
    os.link(db, second)   # (the file is reached at `db` through its file system mounted at /: run 30 A10)
    point = str(second).replace(" ", "\\040")   # as the kernel writes a space
    whole = f"1 0 {device} / / rw - ext4 /dev/x rw\n4 1 {device} {os.path.realpath(db)} {point} rw - ext4 /dev/x rw\n"
    assert other_paths(second, os.stat(second), whole) == [os.path.realpath(db)]
    assert other_paths(db, info, table.splitlines()[0]) == []


def test_r28a_28_a_real_bind_mount_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 28 A28 with a real bind mount (where this machine allows mounting)."""
    import subprocess

    from .test_database_safety import run_cli

    second = tmp_path / "y.sqlite3"
    second.touch()
    if subprocess.run(["mount", "--bind", str(db), str(second)], capture_output=True).returncode != 0:
        pytest.skip("mounting is not allowed here")
    try:
        for path in (db, second):
            said = run_cli("stats", "--db", str(path))
            assert said.returncode != 0 and "bind mount" in said.stderr, said.stdout + said.stderr
    finally:
        subprocess.run(["umount", str(second)], check=True)
    assert run_cli("stats", "--db", str(db)).returncode == 0


def test_r27a_26_a_merge_on_a_page_of_many_articles_reads_their_order_in_one_query(tmp_path: Path) -> None:
    """Run 27 A26: a merge on a page of 28,000 articles took some 15 s to commit: every article's first line was read
    by its own query and every number read again before it was written (three statements an article). Now one query
    reads them and only the numbers that change are written; the order stays dense and an undo puts it back."""
    from peewee import Database

    from jmreview.store.edits import merge_articles
    from jmreview.store.models import Article
    from jmreview.workflows.importer import import_paths

    lines: list[str] = []
    for k in range(300):
        lines += [f"第{k}号新闻标题在这里", f"本报讯（记者 张三{k % 10}）今天下午，江门市举行第{k}次会议，会议研究了有关工作。", ""]
    page = tmp_path / "p.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    with Store(tmp_path / "x.sqlite3") as store:
        import_paths(store, [page], workers=1)
        arts = list(Article.select().order_by(Article.reading_order))
        assert len(arts) == 300
        before = [(a.id, a.reading_order) for a in arts]
        statements: list[str] = []
        real = Database.execute_sql

        def counted(self, sql, params=None, *a, **k):  # type: ignore[no-untyped-def]
            statements.append(sql)
            return real(self, sql, params, *a, **k)

        Database.execute_sql = counted   # type: ignore[method-assign]
        try:
            merge_articles(store, "甲", arts[-3].id, arts[-2].id)   # near the end: two numbers change
        finally:
            Database.execute_sql = real   # type: ignore[method-assign]
        assert len(statements) < 60, len(statements)
        after = [a.reading_order for a in Article.select().order_by(Article.reading_order)]
        assert after == list(range(299))
        undo(store, last_log_id(), "甲")
        assert [(a.id, a.reading_order) for a in Article.select().order_by(Article.reading_order)] == before


def test_r29b_19_54_an_invisible_mark_in_a_copys_editor_is_shown_and_a_copy_without_one_is_named(db: Path) -> None:
    """Run 29 B19: a snapshot's copy editor 甲编辑\\u034f: "'甲编辑͏' is not an editor's name", the mark raw (a \\u200b
    in the same message was escaped). B54: a copy's editor blanked by another program: doctor said "team: '' is not an
    editor's name" — no copy, no page named."""

    from jmreview.exchange.json_team_checks import editor
    from jmreview.exchange.json_validate import InvalidCorpus

    from .test_database_safety import run_cli

    with pytest.raises(InvalidCorpus) as refused:
        editor("甲编辑\u034f", "team, review")
    assert "甲编辑\\u034f" in str(refused.value), str(refused.value)
    page, copy = _copy_editor_written(db, None)
    said = run_cli("doctor", "--db", str(db)).stdout
    assert f"review copy {copy} of file {page}" in said and "no name" in said, said
    from jmreview.store.editor_names import pair_text

    assert pair_text(["甲编辑", ""]) == "甲编辑 / (no name)"   # `agreement` printed "甲编辑 /   0 pages"


def test_r29b_42_curate_all_again_on_a_curated_page_retakes_or_says_why_not(db: Path) -> None:
    """Run 29 B42: on a page curated with A's answers, `curate F --all b --again` listed every difference still "a",
    exit 0, nothing changed and nothing said. With --again each is taken B's way; without it, it is said why not."""
    from jmreview.store.curation import differences, take
    from jmreview.store.models import SourceFile

    from .test_database_safety import run_cli
    from .test_thirteenth_run_team import marked_twice

    with Store(db) as store:
        page = marked_twice(store)
        for diff in differences(page):
            take(store, "主编", page, diff.key, "a")
        name = SourceFile.get_by_id(page).name
    plain = run_cli("curate", name, "--all", "b", "--editor", "主编", "--db", str(db))
    assert plain.returncode == 0 and "add --again" in plain.stderr, plain.stdout + plain.stderr
    again = run_cli("curate", name, "--all", "b", "--again", "--editor", "主编", "--db", str(db))
    assert again.returncode == 0, again.stderr
    with Store(db):
        assert {d.settled for d in differences(page)} == {"b"}


def test_r29a_46_a_journal_another_program_made_immutable_is_said_in_words(db: Path) -> None:
    """Run 29 A46: the window's `-wal` made immutable (`chattr +i`, as a backup or security tool may lock a file),
    then a reporter saved: "出错了：cannot rollback - no transaction is active" — SQLite's English, the cause unsaid."""
    import subprocess

    from jmreview.errors import StoreError
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    with Store(db) as store:
        art = Article.select().first().id
        set_article_field(store, "甲", art, "title", "先写一次")   # the -wal is there
        wal = Path(f"{db}-wal")
        if subprocess.run(["chattr", "+i", str(wal)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not allowed here")
        try:
            with pytest.raises(StoreError) as refused:
                set_article_field(store, "甲", art, "reporters", ["王五"])
        finally:
            subprocess.run(["chattr", "-i", str(wal)], check=True)
    said = str(refused.value)
    assert "could not be written" in said and "rollback" not in said, said


def test_r29b_20_decisions_naming_the_copies_editors_in_the_other_order_say_so() -> None:
    """Run 29 B20: a forged snapshot whose decisions name editor_a and editor_b swapped: "'乙编辑' and '甲编辑' are not
    the copies' editors" — they are, in the other order."""
    from jmreview.exchange.json_team_checks import _check_review
    from jmreview.exchange.json_validate import InvalidCorpus

    review = {"state": "curating", "copies": [{"editor": "甲编辑", "articles": []}, {"editor": "乙编辑", "articles": []}],
              "decisions": [{"key": "fields:1", "taken": "a", "editor_a": "乙编辑", "editor_b": "甲编辑", "who": "主编",
                             "at": "2024-01-01T00:00:00+00:00"}]}
    with pytest.raises(InvalidCorpus) as refused:
        _check_review(review, "team, review of p.txt", set())
    assert "in the other order" in str(refused.value), str(refused.value)


def test_r29b_32_the_surnames_yu_and_qian_of_their_own_are_not_folded(db: Path) -> None:
    """Run 29 B32: `double-review F --editors 于明 於明` said "needs two different editors": 於 and 于 are two
    surnames, folded into one by the Traditional-to-Simplified reading of names; `work --for 于明` listed 於明's page."""
    from jmreview.store.editor_names import person
    from jmreview.store.team import mark_double_review, review_copy

    assert person("於明") != person("于明") and person("乾坤") != person("干坤")
    assert person("王編輯") == person("王编辑") and person("鍾明") == person("钟明")   # one person still
    with Store(db) as store:
        from .test_eleventh_run_team import page_id

        page = page_id()
        mark_double_review(store, "主编", page, ["于明", "於明"])
        assert review_copy(page, "于明") is not None and review_copy(page, "於明") is not None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs, unmounted whatever the test did."""
    from .test_database_safety import tmpfs

    yield from tmpfs(tmp_path, "3m")


def test_r29a_28_the_window_opens_a_database_on_a_full_disk_read_only(small_disk: Path) -> None:
    """Run 29 A28: the window opened on a database whose disk is full said only "cannot be opened: disk I/O error":
    its upgrade check (a read) left a 3-byte -shm and an empty -wal, and the read-only opening then failed on them —
    as did every command after. It opens read-only, saying the disk is full; the stubs are taken away."""
    import shutil

    from jmreview.store.open_check import schema_behind

    from .test_database_safety import make_db, run_cli

    disk = small_disk
    db = make_db(disk / "full.sqlite3")
    (disk / "full.sqlite3-shm").write_bytes(b"\0\0\0")   # as an earlier read left them
    (disk / "full.sqlite3-wal").write_bytes(b"")
    with (disk / "filler").open("wb") as fh:
        fh.write(b"\0" * shutil.disk_usage(disk).free)
    assert not schema_behind(db)
    with Store(db, busy_ms=1500) as store:
        assert store.readonly and any("disk holding it is full" in w for w in store.warnings), store.warnings
    out = run_cli("stats", "--db", str(db))
    assert out.returncode == 0 and "full" in out.stderr, out.stderr


def test_r30a_14_an_export_named_as_a_databases_journal_is_refused_before_it_exists(db: Path, tmp_path: Path) -> None:
    """Run 30 A14: `export -o DB.sqlite3-journal` (no journal there yet) was written — and every later command on DB
    refused it as "left from an older copy of the file … move it out": the database locked out by its own export."""
    from .test_database_safety import run_cli

    for suffix in ("-journal", "-wal", "-shm"):
        target = Path(f"{db}{suffix}")
        if target.exists():
            continue
        out = run_cli("export", "--format", "json", "-o", str(target), "--db", str(db))
        assert out.returncode != 0 and "is a database" in out.stderr and not target.exists(), out.stderr
    assert run_cli("stats", "--db", str(db)).returncode == 0
    plain = tmp_path / "notes-journal"   # a name like it, beside no file of that name: an export as any other
    assert run_cli("export", "--format", "json", "-o", str(plain), "--db", str(db)).returncode == 0


def test_r30b_7_a_page_given_twice_to_one_editor_in_two_forms_is_refused_and_named(db: Path) -> None:
    """Run 30 B7: a forged snapshot gave a page to 甲编辑 and to 甲編輯 (one editor): restored as two assignments,
    doctor ok — a state the store never makes (it says "already theirs")."""
    import sqlite3

    from jmreview.exchange.json_team_checks import check_team
    from jmreview.exchange.json_validate import InvalidCorpus

    from .test_database_safety import run_cli

    doc = {"files": [{"name": "p.txt", "folder": "", "articles": []}],
           "team": {"assignments": [{"name": "p.txt", "editor": who, "assigned_by": "主编",
                                     "assigned_at": "2024-01-01T00:00:00+00:00"} for who in ("甲编辑", "甲編輯")]}}
    with pytest.raises(InvalidCorpus, match="given the page twice"):
        check_team(doc)
    with sqlite3.connect(db) as other:
        page = other.execute("SELECT min(id) FROM sourcefile").fetchone()[0]
        for who in ("甲编辑", "甲編輯"):
            other.execute("INSERT INTO assignment (file_id, editor, assigned_by, assigned_at) VALUES (?, ?, '主编', "
                          "'2024-01-01 00:00:00')", (page, who))
    other.close()
    said = run_cli("doctor", "--db", str(db)).stdout
    assert f"(file {page}) is given twice to one editor" in said, said


def test_r30b_8_work_names_no_editor_without_pages_among_those_with_pages(db: Path) -> None:
    """Run 30 B8: a page curated, its reviewer's assignment taken back; `work --for` her: "甲编辑 has no pages …;
    editors with pages: 乙编辑, 甲编辑" — herself among them, in the same line."""
    from jmreview.store.curation import differences, take
    from jmreview.store.team import unassign

    from .test_database_safety import run_cli
    from .test_thirteenth_run_team import marked_twice

    with Store(db) as store:
        page = marked_twice(store)
        for diff in differences(page):
            take(store, "主编", page, diff.key, "a")
        unassign(store, "主编", [page], "a")
    said = run_cli("work", "--for", "a", "--db", str(db)).stdout
    assert "a has no pages" in said and "with pages: a" not in said and ", a" not in said.split("with pages")[-1], said


def test_r30a_40_a_name_holding_a_comma_reads_back_from_its_own_cell_unchanged(db: Path, tmp_path: Path) -> None:
    """Run 30 A40: reporters `Smith, John` and `张三/李四` (from a corpus file) exported to a workbook; the untouched
    workbook imported: "“Smith, John” → “Smith、John”" — one name made two by its own cell."""
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import plan_workbook
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    with Store(db) as store:
        art = Article.select().first().id
        set_article_field(store, "甲", art, "reporters", ["Smith, John", "张三/李四"])
        book = tmp_path / "w.xlsx"
        export_xlsx(book)
        plan = plan_workbook(book)
    changed = [str(line) for _heading, lines in plan.preview() for line in lines]
    assert not any("Smith" in line or "张三" in line for line in changed), changed


def test_r30a_44_a_command_with_standard_output_closed_does_its_work_and_says_no_error(db: Path) -> None:
    """Run 30 A44: a command run with standard output closed (`>&-`, as some launchers leave it): the work done and
    committed, then "unexpected error: AttributeError: 'NoneType' object has no attribute 'flush'", exit 3."""
    import subprocess
    import sys

    from ..conftest import SEEDS

    for argv in (["stats"], ["import", str(SEEDS / "004_8fe30a7831068c4f.txt")]):
        line = " ".join(f"'{a}'" for a in [sys.executable, "-m", "jmreview.cli", *argv, "--db", str(db)])
        out = subprocess.run(["bash", "-c", f"{line} >&-"], capture_output=True, text=True, timeout=120)
        assert out.returncode == 0 and "unexpected" not in out.stderr, out.stderr


def test_r30a_48_a_search_index_another_program_cut_short_is_named_and_made_whole(db: Path) -> None:
    """Run 30 A48: another tool dropped the search table (or deleted rows of it), then an import: the table came back
    holding only the new page's lines, and the first pages were never searchable again; doctor said ok."""
    import sqlite3

    from jmreview.store.search import ensure_index, search

    from ..conftest import SEEDS
    from .test_database_safety import run_cli

    with Store(db) as store:
        ensure_index(store)
        before = {h.block_id for h in search(store, "江门")}
    assert before
    with sqlite3.connect(db) as other:
        other.execute("DROP TABLE block_fts")
    other.close()
    assert run_cli("import", str(SEEDS / "004_8fe30a7831068c4f.txt"), "--db", str(db)).returncode == 0
    said = run_cli("doctor", "--db", str(db)).stdout
    assert "search index:" in said and "not in it" in said, said
    with Store(db) as store:
        ensure_index(store)
        assert before <= {h.block_id for h in search(store, "江门")}
    assert "search index" not in run_cli("doctor", "--db", str(db)).stdout


def test_r30b_40_a_blank_name_another_program_wrote_is_named_with_its_page(db: Path) -> None:
    """Run 30 B40: another program gave a page to "   ": doctor said "“   ” is not an editor's name …" without the
    page, and `work` listed "editors with pages:    , 乙编辑" with the blank name raw."""
    import sqlite3

    from .test_database_safety import run_cli

    with sqlite3.connect(db) as other:
        page = other.execute("SELECT min(id) FROM sourcefile").fetchone()[0]
        other.execute("INSERT INTO assignment (file_id, editor, assigned_by, assigned_at) VALUES (?, '   ', '主编', "
                      "'2024-01-01 00:00:00')", (page,))
    other.close()
    said = run_cli("doctor", "--db", str(db)).stdout
    assert f"(file {page}) is given to a blank name" in said and ".txt (file" in said, said   # (run 31 B4: named)
    listed = run_cli("work", "--for", "丁", "--db", str(db)).stdout
    assert "“   ”" in listed, listed
