"""Issue 10, run 61: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import json
from pathlib import Path

from .test_database_safety import run_cli
from .test_fifty_ninth_run import _one_page, _statuses


def test_r61a_7_regions_deleted_from_a_pre_labelled_task_are_rejected(tmp_path: Path) -> None:
    """Run 61 A7 (LOST, minor): Label Studio's own export keeps each task's predictions; an annotator who began
    from them deleted 3 regions: read back --as accepted, the 3 were left suggested ("0 rejected"). An annotation
    begun from the predictions is the whole answer."""
    db = _one_page(tmp_path)
    ls = tmp_path / "ls.json"
    assert run_cli("export", "--format", "labelstudio", "-o", str(ls), "--db", str(db)).returncode == 0
    tasks = json.loads(ls.read_text(encoding="utf-8"))
    task = max(tasks, key=lambda t: len(t["predictions"][0]["result"]) if t.get("predictions") else 0)
    predicted = task["predictions"][0]["result"]
    assert len(predicted) >= 4
    task["annotations"] = [{"result": [dict(r, origin="prediction-changed") for r in predicted[3:]],
                            "was_cancelled": False, "ground_truth": False}]
    ls.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    before = _statuses(db)
    out = run_cli("import-annotations", str(ls), "--as", "accepted", "--db", str(db))
    assert out.returncode == 0 and "3 rejected" in out.stdout, out.stdout + out.stderr
    after = _statuses(db)
    assert after.get("rejected", 0) == before.get("rejected", 0) + 3, (before, after)


def test_r61a_7_our_own_export_read_back_rejects_nothing(tmp_path: Path) -> None:
    """The other side of A7: jmreview's export read back as it is (accepted spans as the annotation, suggestions
    as predictions, never overlapping) leaves every suggestion suggested."""
    db = _one_page(tmp_path)
    ls = tmp_path / "ls.json"
    assert run_cli("export", "--format", "labelstudio", "-o", str(ls), "--db", str(db)).returncode == 0
    before = _statuses(db)
    out = run_cli("import-annotations", str(ls), "--as", "accepted", "--db", str(db))
    assert out.returncode == 0 and "0 rejected" in out.stdout, out.stdout + out.stderr
    assert _statuses(db).get("rejected", 0) == before.get("rejected", 0)


def test_r61b_3_rows_written_while_doctor_reads_are_no_damage(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Run 61 B3 (unclear): `export --with-source` while a curator worked warned of damage doctor did not find,
    once naming KeyError: the export's check of the rows read the live file statement by statement. A page imported
    between two of its statements is now no damage: the check reads one snapshot."""
    from jmreview.store import doctor
    from jmreview.store.database import Store

    from ..conftest import SEEDS

    db = _one_page(tmp_path)
    other = tmp_path / "later"
    other.mkdir()
    (other / "002.txt").write_bytes(sorted(SEEDS.glob("*.txt"))[2].read_bytes())
    seen = doctor.line_breaks
    imported: list[int] = []

    def meanwhile(text: str):  # type: ignore[no-untyped-def]
        if not imported:   # another process imports a page after the texts were read, before the lines are
            imported.append(run_cli("import", str(other), "--db", str(db), "--workers", "1").returncode)
        return seen(text)

    monkeypatch.setattr(doctor, "line_breaks", meanwhile)
    with Store(db) as store:
        found = doctor.content_problems(store)
    assert imported == [0]
    assert found == [], found


APPENDER = """
import sys, time
path, lines = sys.argv[1], sys.argv[2:]
for line in lines:
    with open(path, "a", encoding="utf-8") as fh:   # open, append, close: nothing held open between lines
        fh.write(line + "\\n")
    time.sleep(0.25)
"""


def test_r61a_38_a_page_still_appended_to_is_not_imported_half_written(tmp_path: Path) -> None:
    """Run 61 A38 (CORRUPT, minor): a page imported while another program was still appending lines to it,
    opening and closing it each time (or over a share): imported after 24 of 36 lines, unsaid. A page changed moments
    ago is read once it has been left unchanged a moment; one still changing is refused as being written."""
    import os
    import subprocess
    import sys
    import time

    from ..conftest import SEEDS

    lines = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8").splitlines()[:24]
    folder = tmp_path / "in"
    folder.mkdir()
    page = folder / "A01.txt"
    page.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    env = dict(os.environ, JMREVIEW_QUIET_SECONDS="1.5")
    writer = subprocess.Popen([sys.executable, "-c", APPENDER, str(page), *lines[4:]])
    try:
        time.sleep(0.6)
        out = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(folder), "--db", str(db),
                              "--workers", "1"], capture_output=True, text=True, timeout=120, env=env)
        assert "still being written" in out.stderr, out.stdout + out.stderr
    finally:
        writer.wait(timeout=60)
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "import", str(folder), "--db", str(db),
                          "--workers", "1"], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    import sqlite3

    con = sqlite3.connect(db)
    try:
        texts = [row[0] for row in con.execute("SELECT text FROM sourcefile")]
    finally:
        con.close()
    assert texts == [page.read_text(encoding="utf-8")] and texts[0].count("\n") == len(lines)


def test_r61a_8_a_workbook_or_a_zip_given_to_import_names_the_way_on(tmp_path: Path) -> None:
    """Run 61 A8 (minor): jmreview's own workbook, or its brat zip, given to `import` was refused as "binary"
    with no word of `import-xlsx`. A workbook, a Word document and a zip are each named, with what to do."""
    db = _one_page(tmp_path)
    shown = {}
    for fmt, name in (("xlsx", "corpus.xlsx"), ("brat", "corpus.zip")):
        out = run_cli("export", "--format", fmt, "-o", str(tmp_path / name), "--db", str(db))
        assert out.returncode == 0, out.stderr
        out = run_cli("import", str(tmp_path / name), "--db", str(db))
        shown[fmt] = out.stderr
    assert "Excel workbook" in shown["xlsx"] and "import-xlsx" in shown["xlsx"], shown
    assert "zip archive" in shown["brat"] and "unzip" in shown["brat"], shown


def test_r61a_34_a_short_hz_page_is_refused_not_imported_as_escape_codes(tmp_path: Path) -> None:
    """Run 61 A34 (minor): an HZ page of one short line (fewer than ten Chinese characters) was imported as its
    escape codes. HZ's and ISO-2022's escapes mark Chinese however short the page."""
    page = tmp_path / "A01.txt"
    page.write_bytes("江门日报讯\n".encode("hz"))
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", str(page), "--db", str(db))
    assert "7-bit encoding" in out.stderr and "HZ" in out.stderr, out.stdout + out.stderr


def test_r61a_30_a_backup_a_disk_fault_zeroed_is_named_damaged_not_hidden(tmp_path: Path) -> None:
    """Run 61 A30 (minor): a backup whose first 4 KB a disk fault zeroed was neither listed nor named damaged by
    doctor (and after an hour deleted unsaid, as if a backup never finished). Doctor names it; it is kept."""
    import os

    from jmreview.store.backup import list_backups, make_backup

    db = _one_page(tmp_path)
    made = make_backup(db, "manual")
    with made.open("r+b") as fh:
        fh.write(b"\0" * 4096)
    hours_ago = made.stat().st_mtime - 7200
    os.utime(made, (hours_ago, hours_ago))
    out = run_cli("doctor", "--db", str(db))
    assert f"backup {made.name} is damaged" in out.stdout + out.stderr, out.stdout + out.stderr
    assert made.exists() and made not in [b.path for b in list_backups(db)]
    assert run_cli("import", str(tmp_path / "in"), "--db", str(db), "--workers", "1").returncode == 0
    assert made.exists()


def test_r61b_16_an_old_reviewer_is_told_the_new_round_is_others(tmp_path: Path) -> None:
    """Run 61 B16 (minor): a page curated, then given to two other reviewers: `work --for` its first reviewer listed
    it as "double review (no copy)", as if her copy had been lost. It now names the round's reviewers."""
    from jmreview.store import curation
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, SourceFile
    from jmreview.store.team import mark_double_review, review_copy
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    db = tmp_path / "team.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "000_fe75734c17ad953c.txt"], workers=1)
        page = SourceFile.get().id
        mark_double_review(store, "主编", page, ["a", "b"])
        for who in ("a", "b"):
            first = Article.select().where(Article.file == review_copy(page, who).id).order_by(
                Article.reading_order).first()
            set_article_field(store, who, first.id, "title", "两位审校一致改成的标题")
        curation.finish(store, "主编", page)
        mark_double_review(store, "主编", page, ["c", "d"])
    out = run_cli("work", "--for", "a", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "no copy" not in out.stdout and "by c / d" in out.stdout, out.stdout


def test_r61a_22_a_nul_another_program_wrote_into_a_title_is_named(tmp_path: Path) -> None:
    """Run 61 A22 (minor): a NUL another program wrote into a title: doctor said nothing, the plain exports wrote it
    unwarned, and import-json then refused the snapshot. Doctor names the row, and an export warns."""
    import sqlite3

    db = _one_page(tmp_path)
    con = sqlite3.connect(db)
    with con:
        (aid,) = con.execute("SELECT id FROM article ORDER BY id LIMIT 1").fetchone()
        con.execute("UPDATE article SET title = ? WHERE id = ?", ("标题\x00尾", aid))
    con.close()
    out = run_cli("doctor", "--db", str(db))
    assert f"article {aid}, title holds a NUL character" in out.stdout + out.stderr, out.stdout + out.stderr
    out = run_cli("export", "--format", "jsonl", "-o", str(tmp_path / "c.jsonl"), "--db", str(db))
    assert out.returncode == 0 and "warning" in out.stderr and "NUL" in out.stderr, out.stderr
