"""Issue 10, run 60: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import json
from pathlib import Path

from .test_database_safety import run_cli
from .test_fifty_ninth_run import _one_page, _statuses


def test_r60a_4_a_doccano_document_nobody_annotated_rejects_nothing(tmp_path: Path) -> None:
    """Run 60 A4 (CORRUPT, minor): a doccano project half done — the documents nobody opened written with
    `"label": []` or no label at all — read with --as accepted: every suggestion of those documents rejected (run 59
    A40 in doccano's shape). A document with no label rejects nothing."""
    for shape in ("empty", "none"):
        (tmp_path / shape).mkdir()
        db = _one_page(tmp_path / shape)
        file = tmp_path / shape / "d.jsonl"
        assert run_cli("export", "--format", "doccano", "-o", str(file), "--db", str(db)).returncode == 0
        records = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        out = []
        for k, record in enumerate(records):
            taken = record.pop("suggestions", [])
            if k == 0:
                record["label"] = record.get("label", []) + taken   # the first document annotated: all taken
            elif shape == "empty":
                record["label"] = []
            else:
                record = {"text": record["text"], "jmreview_id": record.get("jmreview_id")}
            out.append(json.dumps(record, ensure_ascii=False))
        file.write_text("\n".join(out) + "\n", encoding="utf-8")
        said = run_cli("import-annotations", str(file), "--as", "accepted", "--db", str(db))
        assert said.returncode == 0 and " 0 rejected" in said.stdout, said.stdout + said.stderr
        assert _statuses(db).get("rejected", 0) == 0, (shape, _statuses(db))


def test_r60a_36_a_lexicon_export_given_to_import_is_refused_naming_lexicon_import(tmp_path: Path) -> None:
    """Run 60 A36 (CORRUPT, minor): jmreview's own lexicon CSV export given by mistake to `import`: imported as a
    newspaper page `lexicon.csv` with one article, exit 0. Refused as the export it is, naming `lexicon import` (the
    JSON lexicon too)."""
    db = _one_page(tmp_path)
    for name, kind in (("lexicon.csv", "csv"), ("lexicon.json", "json")):
        exported = tmp_path / name
        out = run_cli("lexicon", "export", str(exported), "--db", str(db))
        assert out.returncode == 0, out.stderr
        said = run_cli("import", str(exported), "--db", str(db))
        assert "jmreview lexicon import" in said.stderr and "0 imported" in said.stdout, (kind, said.stderr)
