"""The forty-eighth adversarial run's minor UNCLEAR rows (issue 10), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

from .test_forty_fifth_run import _deliver_again
from .test_thirty_eighth_run import _seed_001_imported


def test_r48a_17_the_lexicon_credits_the_person_for_a_decision_a_new_delivery_carried(tmp_path: Path) -> None:
    """Run 48 A17: a person accepted one name and rejected another; two new deliveries later the lexicon said
    "import" had taught both, because the carried entities have no edit of their own."""
    from jmreview.store import entity_edits
    from jmreview.store.database import Store
    from jmreview.store.lexicon import lexicon_rows
    from jmreview.store.models import Entity

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        taught = list(Entity.select().where((Entity.file == 1) & (Entity.status == "suggested") & (Entity.label == "PER"))
                      .order_by(Entity.start).limit(2))
        entity_edits.update_entity(store, "王五", taught[0].id, status="accepted")
        entity_edits.update_entity(store, "李四", taught[1].id, status="rejected")
        before = {(r.text, r.positive): r.editors for r in lexicon_rows()}
    keys = [(taught[0].simplified, True), (taught[1].simplified, False)]
    assert [before[k] for k in keys] == [("王五",), ("李四",)]
    for mark in ("▲", "△"):
        said = _deliver_again(page, db, lambda lines, m=mark: lines.__setitem__(94, lines[94] + m))
        assert "1 imported" in said, said
        with Store(db):
            after = {(r.text, r.positive): r.editors for r in lexicon_rows()}
        assert [after.get(k) for k in keys] == [("王五",), ("李四",)], mark


def test_r48b_18_a_renamed_column_gets_one_advice_that_keeps_what_it_holds(tmp_path: Path) -> None:
    """Run 48 B18: an administrator renamed `assignment.editor` to `reviewer`; doctor gave two problems, the first
    "ask for it [reviewer] to be dropped" — that would throw away every assignment's editor — the second "put
    editor back". One problem now, which says to rename it back and never to drop it."""
    import sqlite3

    from jmreview.store.doctor import check

    _page, db = _seed_001_imported(tmp_path)
    with sqlite3.connect(db) as con:
        con.execute("ALTER TABLE assignment RENAME COLUMN editor TO reviewer")
    said = [p for p in check(str(db)).problems if "assignment" in p]
    assert len(said) == 1, said
    assert "RENAME COLUMN reviewer TO editor" in said[0] and "do not drop it" in said[0], said
    assert "be dropped" not in said[0], said


def test_r48b_13_ctrl_c_while_the_first_file_is_saved_does_not_say_none_went_in(
        tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Run 48 B13: Ctrl+C while the first file's commit waited (for a synchronous standby): "stopped before the first
    file: each file is imported whole or not at all", though the file was in. The moment of a Ctrl+C cannot be
    arranged against a real commit, so the interrupt is raised where the write is."""
    import sys

    from jmreview import cli
    from jmreview.workflows import importer

    from ..conftest import SEEDS

    def interrupted(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(importer, "_stored_once_more", interrupted)
    monkeypatch.setattr(sys, "stdout", sys.stdout)   # (the command wraps both streams: put back after)
    monkeypatch.setattr(sys, "stderr", sys.stderr)
    assert cli.main(["import", str(SEEDS / "001_69ca20e02664ffc6.txt"), "--db", str(tmp_path / "n.sqlite3"),
                     "--workers", "1"]) == 130
    said = capsys.readouterr().err
    assert "while the first file was being saved (it may be in)" in said and "before the first file" not in said, \
        said
    assert "run the same import again" in said
