"""Annotations from other tools applied to matching articles: round trips through Label Studio, doccano and BIO."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.exchange.annotations_apply import import_annotations
from jmreview.exchange.formats_out import export_annotations
from jmreview.store import changes
from jmreview.store.database import Store
from jmreview.store.models import Block, Entity
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS
from .test_formats_out import decide


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An editor's database (decisions made) and a fresh copy of the same pages (automation's suggestions only)."""
    folder = tmp_path_factory.mktemp("rt")
    worked, fresh = folder / "worked.sqlite3", folder / "fresh.sqlite3"
    for path in (worked, fresh):
        with Store(path) as store:
            import_paths(store, [SEEDS], workers=1)
            if path == worked:
                decide(store)
    return worked, fresh


def entities() -> set[tuple[int, int, int, str, str]]:
    """Every entity not on a duplicate line: (article, start, end, label, status)."""
    dups = [(b.file_id, b.start, b.end) for b in Block.select().where(Block.duplicate_of.is_null(False))]
    return {(e.article_id, e.start, e.end, e.label, e.status) for e in Entity.select()
            if not any(f == e.file_id and s <= e.start < t for f, s, t in dups)}


def exported(worked: Path, fmt: str, path: Path, script: str = "original") -> set:
    with Store(worked):
        export_annotations(path, fmt, script=script)
        return entities()


@pytest.mark.parametrize("fmt,script", [("labelstudio", "original"), ("doccano", "original"),
                                        ("labelstudio", "simplified")])
def test_round_trip_gives_identical_entities(dbs, tmp_path: Path, fmt: str, script: str) -> None:  # type: ignore[no-untyped-def]
    worked, fresh = dbs
    path = tmp_path / f"file.{fmt}"
    want = exported(worked, fmt, path, script)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(fresh, copy)
    with Store(copy) as store:
        before = entities()
        assert before != want
        report = import_annotations(store, path, "乙", "accepted")
        assert report.by_id == report.documents == 32 and not report.notes
        assert entities() == want
        assert report.rejected == 1 and report.added == 1 and report.relabelled == 1
        changes.undo(store, report.log_id, "乙")   # one step takes it all back
        assert entities() == before


def test_matched_by_text_when_the_file_has_no_ids(dbs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    worked, fresh = dbs
    path = tmp_path / "d.jsonl"
    want = exported(worked, "doccano", path)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    bare = tmp_path / "bare.jsonl"   # as doccano gives it back: its own ids, the text and the labels
    bare.write_text("".join(json.dumps({"id": k, "text": r["text"], "label": r["label"],
                                        "suggestions": r["suggestions"]}, ensure_ascii=False) + "\n"
                            for k, r in enumerate(lines)), encoding="utf-8")
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(fresh, copy)
    with Store(copy) as store:
        report = import_annotations(store, bare, "乙", "accepted")
        assert report.by_text == 32 and report.by_id == 0
        assert entities() == want


def test_bio_as_suggestions_and_a_stale_document_left_out(dbs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    worked, fresh = dbs
    path = tmp_path / "c.bio"
    with Store(worked):
        export_annotations(path, "bio")
    text = path.read_text(encoding="utf-8")
    first = text.split("-DOCSTART-")[1]
    lines = first.split("\n")
    lines[2] = "某 " + lines[2].split(" ")[1]   # the first article's first character: edited since the export
    text = text.replace(first, "\n".join(lines), 1)
    path.write_text(text + "-DOCSTART-\n外 O\n来 O\n", encoding="utf-8")
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(fresh, copy)
    with Store(copy) as store:
        before = entities()
        report = import_annotations(store, path, "乙", "suggested")
        assert report.documents == 33 and report.by_id == 31
        assert any("is not the text in the file" in n for n in report.notes)
        assert any("no article of this database has this text" in n for n in report.notes)
        after = entities()
        assert before <= after and report.added == len(after - before) > 0
        assert {s for *_, s in after - before} == {"suggested"}


def test_command_line_import_annotations(dbs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    worked, fresh = dbs
    path = tmp_path / "ls.json"
    exported(worked, "labelstudio", path)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(fresh, copy)
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "import-annotations", str(path), "--as", "accepted",
                          "--db", str(copy)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "32 of 32 documents matched (32 by id, 0 by text)" in out.stdout
    bad = tmp_path / "bad.txt"
    bad.write_text("这不是 标注 文件 呀\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "import-annotations", str(bad), "--db", str(copy)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "nothing was imported" in out.stderr and "Traceback" not in out.stderr
