"""Second adversarial run, #1–#3: a person's entity decisions survive re-runs, new versions and restores."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from jmreview.store import entity_edits
from jmreview.store.database import Store
from jmreview.store.models import Article, Entity, SourceFile
from jmreview.workflows.automation import rerun_file
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]
PAGE = SEEDS / "001_69ca20e02664ffc6.txt"


def decide(store: Store) -> tuple[int, dict[str, tuple[str, str]]]:
    """Accept one entity, reject one, relabel one and add one in the first article; returns what was decided."""
    art = Article.select().order_by(Article.reading_order).first()
    ents = list(Entity.select().where(Entity.article == art).order_by(Entity.start))
    assert len(ents) >= 3
    entity_edits.update_entity(store, "甲", ents[0].id, status="accepted")
    entity_edits.update_entity(store, "甲", ents[1].id, status="rejected")
    entity_edits.update_entity(store, "甲", ents[2].id, label="ORG" if ents[2].label != "ORG" else "LOC",
                               status="accepted")
    block_start = min(e.start for e in ents)
    entity_edits.add_entity(store, "甲", art.id, block_start, block_start + 2, "PER")
    decided = {f"{e.start}:{e.end}": (e.label, e.status) for e in Entity.select().where(
        (Entity.article == art) & ((Entity.status != "suggested") | (Entity.origin == "manual")))}
    return art.id, decided


def decisions(file_id: int) -> dict[str, tuple[str, str]]:
    return {f"{e.start}:{e.end}": (e.label, e.status) for e in Entity.select().where(
        (Entity.file == file_id) & ((Entity.status != "suggested") | (Entity.origin == "manual")))}


def test_1_rerun_keeps_entity_decisions(store: Store) -> None:
    """#1: accept, reject, relabel and add in an otherwise automatic article, then re-run automation."""
    import_paths(store, [PAGE], workers=1)
    art_id, decided = decide(store)
    report = rerun_file(store, SourceFile.get())
    assert report.kept >= 1
    assert decisions(SourceFile.get().id) == decided


def test_2_a_new_version_carries_entity_decisions(store: Store, tmp_path: Path) -> None:
    """#2: a line added to the page: the new current version holds the decisions (shifted with their text)."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    import_paths(store, [page], workers=1)
    _, decided = decide(store)
    page.write_text(PAGE.read_text(encoding="utf-8") + "\n补充一行。\n", encoding="utf-8")
    out = subprocess.run([*RUN, "import", str(page), "--db", str(store.path), "--workers", "1"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    new = SourceFile.get(SourceFile.replaced_by.is_null())
    assert sorted(decisions(new.id).values()) == sorted(decided.values())


def test_3_restore_then_rerun_keeps_entity_decisions(store: Store, tmp_path: Path) -> None:
    """#3: export --with-source, import-json into an empty database, re-run: the decisions are all there."""
    import_paths(store, [PAGE], workers=1)
    _, decided = decide(store)
    corpus = tmp_path / "backup.json"
    out = subprocess.run([*RUN, "export", "--format", "json", "--with-source", "-o", str(corpus),
                          "--db", str(store.path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    other = tmp_path / "restored.sqlite3"
    out = subprocess.run([*RUN, "import-json", str(corpus), "--db", str(other)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    store.close()
    with Store(other) as restored:
        rerun_file(restored, SourceFile.get())
        assert decisions(SourceFile.get().id) == decided
