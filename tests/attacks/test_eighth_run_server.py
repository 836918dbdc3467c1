"""Eighth adversarial run, the server findings: commands that failed on PostgreSQL, a copy taken while the
source is written, a NUL character a server cannot store."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.cli import main
from jmreview.errors import StoreError
from jmreview.store import copy as copy_module
from jmreview.store.copy import copy_corpus
from jmreview.store.database import Store
from jmreview.store.edits import set_block_role
from jmreview.store.models import Article, Block, SourceFile

from ..conftest import ROOT, SEEDS

SEED = SEEDS / "001_69ca20e02664ffc6.txt"


def test_r8_52_rerun_replace_and_lexicon_apply_work_on_a_server(pg_url: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`rerun`, `import --replace` and `lexicon apply` ended in 'unexpected error: function json_array_length(text)
    does not exist' on every server corpus; they work, and keep what a person set."""
    page = tmp_path / "pages" / SEED.name
    page.parent.mkdir()
    page.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["import", str(page), "--db", pg_url, "--workers", "1"]) == 0
    with Store(pg_url) as store:
        line = Block.select().where(Block.article.is_null(False)).order_by(Block.line).first()
        set_block_role(store, "编辑甲", line.id, "kicker")
    capsys.readouterr()
    assert main(["rerun", "--db", pg_url]) == 0, capsys.readouterr().err
    page.write_text(SEED.read_text(encoding="utf-8") + "\n\n补充的一段正文。\n", encoding="utf-8")
    assert main(["import", str(page), "--replace", "--db", pg_url, "--workers", "1"]) == 0, capsys.readouterr().err
    assert main(["lexicon", "apply", "--db", pg_url]) == 0, capsys.readouterr().err
    err = capsys.readouterr().err
    assert "unexpected" not in err
    with Store(pg_url):
        current = SourceFile.get(SourceFile.replaced_by.is_null())
        kept = Block.get((Block.file == current) & (Block.line == line.line))
        assert kept.role == "kicker" and "补充的一段正文" in current.text


WRITER = r"""
import sys
sys.path.insert(0, sys.argv[1])
from jmreview.cli import main
sys.exit(main(["import", sys.argv[2], "--db", sys.argv[3], "--workers", "1"]))
"""


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_r8_46_a_copy_taken_while_the_source_is_written_is_one_snapshot(backend: str, tmp_path: Path,
                                                                        request: pytest.FixtureRequest,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`copy` of a server corpus 1.5 s into a 200-page import: 'unexpected error: IntegrityError: FOREIGN KEY
    constraint failed' — it read the files, then articles of a file imported since. It now reads one snapshot."""
    source = tmp_path / "src.sqlite3" if backend == "sqlite" else request.getfixturevalue("pg_url")
    assert main(["import", str(SEED), "--db", str(source), "--workers", "1"]) == 0
    other = tmp_path / "other.txt"
    other.write_text("另一篇标题\n\n　　江门日报讯 另一篇正文，写于复制之时。\n", encoding="utf-8")
    original = copy_module._copy_table

    def copy_then_write(src: Store, dst: Store, model: type) -> int:
        copied = original(src, dst, model)
        if model is SourceFile:   # another program imports a page between the files and their articles
            done = subprocess.run([sys.executable, "-c", WRITER, str(ROOT), str(other), str(source)],
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
        return copied

    monkeypatch.setattr(copy_module, "_copy_table", copy_then_write)
    counts = copy_corpus(source, tmp_path / "snap.sqlite3")
    assert counts["SourceFile"] == 1
    with Store(tmp_path / "snap.sqlite3"):
        assert {a.file_id for a in Article.select()} == {SourceFile.get().id}
    with Store(source):
        assert SourceFile.select().count() == 2   # the writer's page is in the source, not in the snapshot


def test_r8_49_a_nul_character_is_refused_by_import_json_and_named_by_copy(pg_url: str, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A title holding U+0000 was restored into SQLite, then `copy` and `import-json` into a server ended in
    'unexpected error: ValueError: A string literal cannot contain NUL'."""
    db = tmp_path / "a.sqlite3"
    assert main(["import", str(SEED), "--db", str(db), "--workers", "1"]) == 0
    assert main(["export", "--format", "json", "--with-source", "-o", str(tmp_path / "c.json"), "--db", str(db)]) == 0
    doc = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    doc["files"][0]["articles"][0]["title"] = "标题\x00尾巴"
    (tmp_path / "nul.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    for target in (str(tmp_path / "b.sqlite3"), pg_url):
        assert main(["import-json", str(tmp_path / "nul.json"), "--db", target]) == 2
        err = capsys.readouterr().err
        assert "NUL" in err and "unexpected" not in err, err
    with Store(db):   # a corpus an older jmreview accepted the NUL into
        Article.update(title="标题\x00尾巴").where(Article.id == 1).execute()
    with pytest.raises(StoreError) as refused:
        copy_corpus(db, pg_url)
    assert "NUL" in str(refused.value) and "article 1" in str(refused.value) and "title" in str(refused.value)
    assert main(["copy", str(db), pg_url]) == 2
    assert "unexpected" not in capsys.readouterr().err
