"""Issue 10, run 24 (both halves, on run 23's fixes): what it found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

from ..conftest import SEEDS
from .test_database_safety import run_cli


def test_r24a_14_a_database_named_memory_is_a_file_not_sqlites_memory(tmp_path: Path) -> None:
    """Run 24 A14: `import PAGE --db :memory:` said "1 imported" — into SQLite's database in memory (`file::memory:`):
    nothing kept anywhere, and the next command said the database does not exist."""
    import os
    import subprocess
    import sys

    from ..conftest import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(SEEDS / "003_4221d1719c757f4b.txt"),
                          "--db", ":memory:"], cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / ":memory:").stat().st_size > 0
    again = subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db", ":memory:"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120, env=env)
    assert again.returncode == 0 and "files 1" in again.stdout, again.stdout + again.stderr


def test_r24a_15_a_full_standard_output_is_named_not_the_database(db: Path) -> None:
    """Run 24 A15: `stats --db b.sqlite3 > /dev/full`: "jmreview: b.sqlite3: No space left on device" — the database
    named as full, where the output was."""
    import subprocess
    import sys

    from ..conftest import ROOT

    with open("/dev/full", "w") as full:
        out = subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db", str(db)], cwd=ROOT, stdout=full,
                             stderr=subprocess.PIPE, text=True, timeout=120)
    assert out.returncode == 2 and "standard output" in out.stderr and str(db) not in out.stderr, out.stderr
    assert run_cli("stats", "--db", str(db)).returncode == 0


def test_r24a_22_a_refused_page_of_a_name_found_in_several_folders_is_named_with_its_folder(tmp_path: Path) -> None:
    """Run 24 A22: 30 issue folders, each with a `dev4.txt` that is no text: 30 identical lines "refused: dev4.txt: …"
    — the editor could not tell which file to fix (`pages` names them by folder)."""
    import shutil

    pages = tmp_path / "pages"
    for day in ("2024-01-01", "2024-01-02"):
        (pages / day).mkdir(parents=True)
        (pages / day / "dev4.txt").write_bytes(b"\x00\x01binary" * 200)
    shutil.copy(SEEDS / "000_fe75734c17ad953c.txt", pages / "2024-01-01")
    out = run_cli("import", str(pages), "--db", str(tmp_path / "d.sqlite3"), timeout=300)
    assert "refused: 2024-01-01/dev4.txt:" in out.stdout + out.stderr, out.stdout + out.stderr
    assert "refused: 2024-01-02/dev4.txt:" in out.stdout + out.stderr
    assert "refused: 000_fe75734c17ad953c.txt" not in out.stdout + out.stderr


def test_r24a_27_a_decided_article_with_no_line_in_the_new_version_is_not_called_flagged(tmp_path: Path) -> None:
    """Run 24 A27: 甲 set article 3's title; a new version of the page without its lines, `import --replace`: "flagged
    for review: p.txt: 甲定的标题 (no line of it is left …)" — but no article carried a flag: the message promised a
    review item that did not exist."""
    from jmreview.analysis.rules import dedupe_key
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, Block, SourceFile

    first, second = tmp_path / "v1", tmp_path / "v2" / "v1"
    first.mkdir()
    second.mkdir(parents=True)
    page = first / "p.txt"
    page.write_bytes((SEEDS / "003_4221d1719c757f4b.txt").read_bytes())
    db = tmp_path / "d.sqlite3"
    assert run_cli("import", str(page), "--db", str(db)).returncode == 0
    with Store(db) as store:
        art = Article.select().order_by(Article.reading_order).offset(2).first()
        set_article_field(store, "甲", art.id, "title", "甲定的标题")
        text = SourceFile.get_by_id(art.file_id).text
        gone = {dedupe_key(text[b.start:b.end]) for b in Block.select().where(Block.article == art)}
        lines = text.split("\n")   # (every line alike goes too: none of its lines is left)
    (second / "p.txt").write_text("\n".join(x for x in lines if dedupe_key(x) not in gone), encoding="utf-8")
    out = run_cli("import", str(second / "p.txt"), "--replace", "--db", str(db), timeout=120)
    assert out.returncode == 0, out.stderr
    assert "not carried over" in out.stderr and "甲定的标题" in out.stderr, out.stderr
    assert not any("甲定的标题" in line and line.startswith("flagged") for line in out.stderr.splitlines()), out.stderr


def test_r24b_5_an_import_that_meets_the_servers_full_disk_says_so() -> None:
    """Run 24 B5: an import filling the server's tablespace: "did not finish this file (the server was busy, a time
    limit … ran out, or another session cancelled it) … import again" — the disk never named, and importing again
    failed the same way."""
    from jmreview.store.server_errors import ServerRefused, read_failure
    from jmreview.workflows.importer import _full_reason

    class Full(Exception):
        pgcode = "53100"

    class Limit(Exception):
        pgcode = "53400"

    full, limit = read_failure(Full("could not extend file"), "postgresql://ed@/news"), \
        read_failure(Limit("temporary file size exceeds temp_file_limit"), "postgresql://ed@/news")
    assert isinstance(full, ServerRefused) and isinstance(limit, ServerRefused)
    assert "disk of the server" in _full_reason(full, 3) and "3 more files" in _full_reason(full, 3)
    assert "disk of the server" in _full_reason(full, 0) and "busy" not in _full_reason(full, 0)
    assert "temp_file_limit" in _full_reason(limit, 0) and "busy" not in _full_reason(limit, 2)


def test_r24b_10_11_a_reviewer_never_curates_her_own_page_however_her_name_is_dotted(db: Path) -> None:
    """Run 24 B10: reviewer 买买提·艾力 curated her own page as 买买提・艾力 (the dot of a Japanese input method; • ‧ ．
    too), and `double-review --editors 阿·王 阿・王` made one person two reviewers. B11: a reviewer curated her own
    page right after it was marked, before anyone had reviewed (`curate --all a`: the copies agree)."""
    import pytest

    from jmreview.errors import JmreviewError
    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import finish
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review

    with Store(db) as store:
        pages = [p.id for p in SourceFile.select().where(SourceFile.review_of.is_null()).order_by(SourceFile.id)]
        with pytest.raises(JmreviewError):   # one person, two names: no pair of reviewers
            mark_double_review(store, "主编", pages[0], ["阿·王", "阿・王"])
        mark_double_review(store, "主编", pages[0], ["买买提·艾力", "乙"])
        for name in ("买买提・艾力", "买买提•艾力", "买买提．艾力", "买买提艾力", "买买提-艾力", "乙"):   # (r25 B6: none)
            with pytest.raises(EditConflict) as refused:
                finish(store, name, pages[0])
            assert refused.value.code == "own_review", name
        assert SourceFile.get_by_id(pages[0]).review_state == "double"
        finish(store, "主编", pages[0])   # the copies agree: another editor curates it
        assert SourceFile.get_by_id(pages[0]).review_state == "curated"


def test_r24b_35_36_a_review_copy_changed_by_another_program_is_named_not_curated(db: Path, tmp_path: Path) -> None:
    """Run 24 B35/B36: another tool deleted a line of 乙's review copy (`curate`: "unexpected error: KeyError: 11"),
    or rewrote the text of 甲's, or shifted one of its lines by a character (doctor ok, curation went on)."""
    import shutil
    import sqlite3

    import pytest

    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.team import mark_double_review, review_copy

    with Store(db) as store:
        page = SourceFile.select().where(SourceFile.review_of.is_null()).order_by(SourceFile.id).first().id
        mark_double_review(store, "主编", page, ["甲", "乙"])
        copies = {name: review_copy(page, name).id for name in ("甲", "乙")}  # type: ignore[union-attr]
    forged = {"blockdel": f"DELETE FROM block WHERE id = (SELECT min(id) FROM block WHERE file_id = {copies['乙']})",
              "text": f"UPDATE sourcefile SET text = replace(text, '的', '地') WHERE id = {copies['甲']}",
              "blockshift": f"UPDATE block SET start = start + 1 WHERE id = (SELECT max(id) FROM block WHERE file_id "
                            f"= {copies['甲']})"}
    for case, statement in forged.items():
        copy = tmp_path / f"{case}.sqlite3"
        shutil.copy(db, copy)
        con = sqlite3.connect(copy)
        con.execute(statement)
        con.commit()
        con.close()
        with Store(copy):
            with pytest.raises(EditConflict) as refused:
                differences(page)
            assert refused.value.code == "copy_changed", case
        out = run_cli("doctor", "--db", str(copy))
        assert out.returncode == 1 and "no longer holds the page's text" in out.stdout, (case, out.stdout)


def test_r24b_52_a_snapshot_counting_its_numbers_near_the_ceiling_is_refused(db: Path, tmp_path: Path) -> None:
    """Run 24 B52: a snapshot whose `ids_given` were forged near 2,147,483,647 restored into an empty server database;
    `double-review` then ended in "unexpected error" (the entity numbers ran out)."""
    import json

    import pytest

    from jmreview.exchange.export_json import export_json
    from jmreview.exchange.import_json import InvalidCorpus, import_json
    from jmreview.store.database import Store

    target = tmp_path / "s.json"
    with Store(db):
        export_json(target, with_source=True)
    doc = json.loads(target.read_text(encoding="utf-8"))
    doc["ids_given"] = {"article": 2_147_483_000, "entity": 2_147_483_600}
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "new.sqlite3") as store, pytest.raises(InvalidCorpus) as refused:
        import_json(store, target, "甲")
    assert "ids_given" in str(refused.value), refused.value


def test_r24b_45_a_page_named_with_decomposed_accents_is_found_by_its_name_typed_plainly(tmp_path: Path) -> None:
    """Run 24 B45: a page imported under a Mac's (NFD) file name, `assign café_A01.txt` typed as usual: "there is no
    page café_A01.txt", a name that looks the same as the one listed."""
    import shutil
    import unicodedata

    name = unicodedata.normalize("NFD", "café_A01.txt")
    shutil.copy(SEEDS / "003_4221d1719c757f4b.txt", tmp_path / name)
    db = tmp_path / "d.sqlite3"
    assert run_cli("import", str(tmp_path / name), "--db", str(db)).returncode == 0
    out = run_cli("assign", unicodedata.normalize("NFC", "café_A01.txt"), "--to", "甲", "--db", str(db))
    assert out.returncode == 0 and "no page" not in out.stderr, out.stdout + out.stderr


def test_r24a_11_a_file_of_many_long_lines_under_both_limits_is_refused_before_its_analysis() -> None:
    """Run 24 A11: 99,990 lines of 320 characters (54 MB of GB18030, under the line count and line length limits):
    imported after 213 s at 2.3 GB — the limits capped lines and their length, not their product."""
    import pytest

    from jmreview.errors import RefusedInput
    from jmreview.exchange.ingest import MAX_CHARS, MAX_LINE, MAX_LINES, decode_source

    line = "江门日报讯" * 64   # 320 characters
    lines = MAX_CHARS // len(line) + 10
    assert lines < MAX_LINES and len(line) < MAX_LINE
    with pytest.raises(RefusedInput) as refused:
        decode_source("wide.txt", "\n".join([line] * lines).encode("gb18030"))
    assert refused.value.code == "many_chars", refused.value


def test_r24a_12_a_workbook_of_before_a_rerun_names_the_articles_made_anew_and_applies_the_rest(
        db: Path, tmp_path: Path) -> None:
    """Run 24 A12: a workbook exported, automation re-run here (every article made anew), the workbook imported:
    refused whole, "“1” is not an id of this database" — false: 1 was this database's."""
    from openpyxl import load_workbook

    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.xlsx_changes import plan_workbook
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.workflows.automation import rerun_file

    book = tmp_path / "b.xlsx"
    with Store(db):
        export_xlsx(book)
    wb = load_workbook(book)
    wb.worksheets[0].cell(row=2, column=4).value = "同事改的标题"
    wb.save(book)
    with Store(db) as store:
        for page in SourceFile.select().where(SourceFile.review_of.is_null()):
            rerun_file(store, page)
        plan = plan_workbook(book)   # raised "not an id of this database" before
        assert plan.refused and all("made anew by re-running automation" in str(r) for r in plan.refused), plan.refused
        assert all("export a new workbook" in str(r) for r in plan.refused)   # the way forward (run 25 A4)


def test_r24a_36_an_import_of_nothing_into_a_new_database_leaves_no_database(tmp_path: Path) -> None:
    """Run 24 A36: `import missing.txt --db new.sqlite3` (or a folder whose only page is refused) left an empty
    database and its backups folder; later commands took it for a corpus."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 100)
    for paths in ([str(tmp_path / "missing.txt")], [str(bad)]):
        db = tmp_path / "new.sqlite3"
        out = run_cli("import", *paths, "--db", str(db))
        assert out.returncode != 0
        assert not db.exists() and not Path(f"{db}.backups").exists(), paths
    db = tmp_path / "kept.sqlite3"
    assert run_cli("import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", str(db)).returncode == 0
    assert run_cli("import", str(bad), "--db", str(db)).returncode != 0 and db.exists()   # one of before: kept


def test_r24a_13_a_corpus_file_of_before_a_rerun_names_the_articles_made_anew(db: Path, tmp_path: Path) -> None:
    """Run 24 A13: the JSON export (one title changed) applied after a `rerun`: each article refused "its line 5 now
    belongs to article 33, which is not in the file" — true, but not what happened nor what to do."""
    import json

    from jmreview.exchange.export_json import export_json
    from jmreview.exchange.import_json import import_json
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.workflows.automation import rerun_file

    target = tmp_path / "c.json"
    with Store(db) as store:
        export_json(target)
        doc = json.loads(target.read_text(encoding="utf-8"))
        doc["files"][0]["articles"][0]["title"] = "同事改的标题"
        target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        for page in SourceFile.select().where(SourceFile.review_of.is_null()):
            rerun_file(store, page)
        report = import_json(store, target, "甲")
    said = "\n".join(report.conflicts)
    assert "made anew by re-running automation" in said, said
