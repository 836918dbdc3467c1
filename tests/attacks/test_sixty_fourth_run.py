"""Issue 10, run 64: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from .test_database_safety import run_cli
from .test_forty_fifth_run import _deliver_again
from .test_thirty_eighth_run import _seed_001_imported


def test_r64a_25_a_page_label_set_on_a_version_replaced_meanwhile_is_refused(tmp_path: Path) -> None:
    """Run 64 A25 (LOST): the page dialog open, a colleague imported a new delivery of the page; 版次 A05 then
    went onto the replaced old version, the history said it was set, and the current page had no label. The edit
    of a replaced version is refused, as every other edit's is."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.story_edits import set_page

    page, db = _seed_001_imported(tmp_path)
    with Store(db):
        shown = SourceFile.get().id   # what the dialog was opened on
    _deliver_again(page, db, lambda lines: lines.__setitem__(2, lines[2] + "▲"))
    with Store(db) as store:
        with pytest.raises(EditConflict, match="replaced by a newer version"):
            set_page(store, "李明", shown, None, "A05")
        assert SourceFile.get_by_id(shown).page_label != "A05"


def test_r64a_38_an_undo_of_a_page_label_on_a_replaced_version_is_refused(tmp_path: Path) -> None:
    """Run 64 A38: A05 set, a new delivery carried it, Ctrl+Z: "undone", though only the old version was reset and
    the current page kept A05. The undo is refused, naming the new version."""
    from jmreview.store import changes
    from jmreview.store.changes import EditConflict
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.story_edits import set_page

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        log = set_page(store, "李明", SourceFile.get().id, None, "A05")
    _deliver_again(page, db, lambda lines: lines.__setitem__(2, lines[2] + "▲"))
    with Store(db) as store:
        current = SourceFile.get(SourceFile.replaced_by.is_null())
        with pytest.raises(EditConflict, match="replaced by a newer version"):
            changes.undo(store, log, "李明")
        assert SourceFile.get_by_id(current.id).page_label == "A05"


def test_r64a_30_a_big5_file_name_is_read_as_big5(tmp_path: Path) -> None:
    """Run 64 A30 (CORRUPT, minor): a page file named in Big5 (江門日報第A01版.txt) was stored as "ら厨材A01.txt": run 63
    A40's fix read every undecodable name as GB18030. A name is read in the encoding that gives common Chinese."""
    import os
    import sqlite3

    from ..conftest import SEEDS

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode("江門日報第A01版.txt".encode("big5"))).write_bytes(
        (SEEDS / "000_fe75734c17ad953c.txt").read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    con = sqlite3.connect(db)
    try:
        assert [r[0] for r in con.execute("SELECT name FROM sourcefile")] == ["江門日報第A01版.txt"]
    finally:
        con.close()


def test_r64a_17_a18_lexicon_import_dry_run_writes_nothing_and_label_is_used(tmp_path: Path) -> None:
    """Run 64 A17: `lexicon import l.csv --dry-run` (an editor wanting a preview) imported the file for real, the
    option taken without a word; A18 (minor): `--label PER` on export and import was taken and not used. The dry
    run writes nothing; --label keeps to its label."""
    from .test_fifty_ninth_run import _one_page

    db = _one_page(tmp_path)
    lexicon = tmp_path / "l.csv"
    lexicon.write_text("text,label\n张三丰,PER\n李四光,PER\n五邑湾,LOC\n", encoding="utf-8")
    out = run_cli("lexicon", "import", str(lexicon), "--dry-run", "--db", str(db))
    assert out.returncode == 0 and "3 entries would be imported" in out.stdout, out.stdout + out.stderr
    assert "张三丰" not in run_cli("lexicon", "list", "--db", str(db)).stdout
    out = run_cli("lexicon", "import", str(lexicon), "--label", "PER", "--db", str(db))
    assert out.returncode == 0 and "2 entries imported" in out.stdout, out.stdout + out.stderr
    listed = run_cli("lexicon", "list", "--db", str(db)).stdout
    assert "张三丰" in listed and "五邑湾" not in listed
    out = run_cli("lexicon", "export", str(tmp_path / "per.csv"), "--label", "LOC", "--db", str(db))
    assert out.returncode == 0
    assert "张三丰" not in (tmp_path / "per.csv").read_text(encoding="utf-8-sig")
