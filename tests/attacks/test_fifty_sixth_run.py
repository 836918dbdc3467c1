"""Issue 10, run 56: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ..conftest import SEEDS
from .test_database_safety import run_cli

ONE = SEEDS / "001_69ca20e02664ffc6.txt"


def test_r56a_23_a_title_applied_from_a_corpus_file_survives_a_delivery_that_changes_its_article(
        tmp_path: Path) -> None:
    """Run 56 A23 (LOST): a colleague's title applied with `import-json`, then the page's next delivery mended one
    line of that article's body: the automatic title came back, the person's on no current article. An article a
    corpus file set keeps every field, as its mark says (what people decided there is unknown)."""
    folder = tmp_path / "p"
    folder.mkdir()
    page = folder / "A01.txt"
    page.write_bytes(ONE.read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    exported = tmp_path / "t.json"
    assert run_cli("export", "--format", "json", "--output", str(exported), "--db", str(db)).returncode == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    article = next(a for f in doc["files"] for a in f["articles"] if a["id"] == 1)
    article["title"], article["status"] = "李明审过的标题", "reviewed"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert run_cli("import-json", str(exported), "--db", str(db)).returncode == 0
    page.write_text(page.read_text(encoding="utf-8").replace("当前，江门正全面落实", "目前，江门正全面落实"),
                    encoding="utf-8")
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1", "--replace").returncode == 0
    with sqlite3.connect(db) as con:
        titles = [t for (t,) in con.execute("SELECT a.title FROM article a JOIN sourcefile f ON f.id = a.file_id "
                                            "WHERE f.replaced_by IS NULL")]
    con.close()
    assert "李明审过的标题" in titles, titles
