"""Issue 10, run 62: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import json
from pathlib import Path

from .test_database_safety import run_cli
from .test_fifty_ninth_run import _one_page, _statuses


def _ls(tmp_path: Path, db: Path) -> list[dict]:
    ls = tmp_path / "ls.json"
    assert run_cli("export", "--format", "labelstudio", "-o", str(ls), "--db", str(db)).returncode == 0
    return json.loads(ls.read_text(encoding="utf-8"))


def test_r62a_3_one_region_drawn_by_hand_on_a_suggestion_rejects_nothing_else(tmp_path: Path) -> None:
    """Run 62 A3 (CORRUPT): an annotator drew one region by hand (origin manual) exactly on a suggestion's span:
    read back --as accepted, every other suggestion of the article was rejected (run 61 A7's fix took a shared span
    for an annotation begun from the predictions). A region's origin says who drew it."""
    db = _one_page(tmp_path)
    tasks = _ls(tmp_path, db)
    task = max(tasks, key=lambda t: len(t["predictions"][0]["result"]) if t.get("predictions") else 0)
    first = dict(task["predictions"][0]["result"][0], origin="manual", id="m1")
    task["annotations"] = [{"id": 1, "result": [first], "was_cancelled": False, "parent_prediction": None}]
    (tmp_path / "on.json").write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    before = _statuses(db)
    out = run_cli("import-annotations", str(tmp_path / "on.json"), "--as", "accepted", "--db", str(db))
    assert out.returncode == 0 and "0 rejected" in out.stdout, out.stdout + out.stderr
    assert _statuses(db).get("rejected", 0) == before.get("rejected", 0)
    assert _statuses(db).get("accepted", 0) == before.get("accepted", 0) + 1


def test_r62a_30_label_studio_json_min_is_read_not_a_rejection_of_everything(tmp_path: Path) -> None:
    """Run 62 A30 (CORRUPT): Label Studio's JSON-MIN export (a flat task, `"label": [{start, end, text, labels}]`),
    read back --as accepted: every span "None–None does not fit", then every suggestion rejected. Its spans are read;
    a document whose spans cannot be read rejects nothing."""
    db = _one_page(tmp_path)
    flat = []
    for k, task in enumerate(_ls(tmp_path, db)):
        predicted = task["predictions"][0]["result"] if task.get("predictions") else []
        row = dict(task["data"], id=k + 1, annotator=1, annotation_id=k + 1, lead_time=3.2)
        row["label"] = [{"start": r["value"]["start"], "end": r["value"]["end"], "text": r["value"]["text"],
                         "labels": r["value"]["labels"]} for r in predicted[1:]]   # all kept but the first
        flat.append(row)
    (tmp_path / "min.json").write_text(json.dumps(flat, ensure_ascii=False), encoding="utf-8")
    dropped = sum(1 for t in _ls(tmp_path, db) if t.get("predictions") and t["predictions"][0]["result"])
    before = _statuses(db)
    out = run_cli("import-annotations", str(tmp_path / "min.json"), "--as", "accepted", "--db", str(db))
    assert out.returncode == 0 and "does not fit" not in out.stdout + out.stderr, out.stdout + out.stderr
    after = _statuses(db)
    assert after.get("rejected", 0) == before.get("rejected", 0) + dropped, (before, after, dropped)
    assert after.get("accepted", 0) > before.get("accepted", 0)

    broken = [dict(row, label=[{"begin": 0, "stop": 2, "labels": ["PER"]}]) for row in flat]
    (tmp_path / "broken.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "again").mkdir()
    db2 = _one_page(tmp_path / "again")
    before = _statuses(db2)
    out = run_cli("import-annotations", str(tmp_path / "broken.json"), "--as", "accepted", "--db", str(db2))
    assert "none of the suggestions it lacks is rejected" in out.stdout + out.stderr, out.stdout + out.stderr
    assert _statuses(db2) == before


def test_r62a_31_spacy_entities_written_as_objects_are_read(tmp_path: Path) -> None:
    """Run 62 A31 (CORRUPT): spaCy-style JSONL whose entities are {start, end, label} objects: every suggestion
    rejected though the file held them all. They are read as spans."""
    db = _one_page(tmp_path)
    spacy = tmp_path / "sp.jsonl"
    assert run_cli("export", "--format", "spacy", "-o", str(spacy), "--db", str(db)).returncode == 0
    lines = []
    for line in spacy.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["entities"] = [{"start": s, "end": e, "label": lab} for s, e, lab in record["entities"]]
        lines.append(json.dumps(record, ensure_ascii=False))
    spacy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _statuses(db)
    out = run_cli("import-annotations", str(spacy), "--as", "accepted", "--db", str(db))
    assert out.returncode == 0 and "0 rejected" in out.stdout, out.stdout + out.stderr
    assert _statuses(db).get("rejected", 0) == before.get("rejected", 0)


def test_r62a_6_to_8_documents_of_other_programs_are_named_not_imported(tmp_path: Path) -> None:
    """Run 62 A6, A7, A8 (minor): a page saved from WordPad (.rtf) or as a web page (.html) was imported as a page of
    its codes; an OpenDocument text was told "unzip it"; an old Word .doc was "binary". Each is named, with the way
    to a page: save it as text."""
    import zipfile

    text = "江门日报讯 记者李明报道：今天江门市举行了新闻发布会。\n江门市政府表示将继续推进大湾区建设。\n"
    (tmp_path / "A01.rtf").write_text("{\\rtf1\\ansi\\ansicpg936 " + "".join(
        f"\\'{b:02x}" for b in text.encode("gbk")) + "}\n", encoding="ascii")
    (tmp_path / "A02.html").write_text("<!DOCTYPE html>\n<html><body><p>" + text + "</p></body></html>",
                                       encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "A03.odt", "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", "<x/>")
    (tmp_path / "A04.doc").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4000)
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", *(str(tmp_path / n) for n in ("A01.rtf", "A02.html", "A03.odt", "A04.doc")),
                  "--db", str(db))
    said = out.stdout + out.stderr
    for name, words in (("A01.rtf", "RTF document"), ("A02.html", "web page (HTML)"),
                        ("A03.odt", "OpenDocument file"), ("A04.doc", "old Office document")):
        assert f"{name}: is an {words}" in said or f"{name}: is a {words}" in said, said
    if db.exists():
        import sqlite3

        con = sqlite3.connect(db)
        try:
            assert con.execute("SELECT COUNT(*) FROM sourcefile").fetchone() == (0,)
        finally:
            con.close()


def test_r62a_15_a_workbook_saved_as_csv_given_to_import_xlsx_names_the_way_on(tmp_path: Path) -> None:
    """Run 62 A15 (minor): a workbook saved as CSV given to import-xlsx: "not a workbook (not a zip archive)", no
    way forward. A text file is said to be one, with what to do."""
    db = _one_page(tmp_path)
    csv = tmp_path / "corpus.csv"
    csv.write_text("编号,标题,类别\n1,江门新闻,消息\n", encoding="utf-8-sig")
    out = run_cli("import-xlsx", str(csv), "--db", str(db))
    assert out.returncode != 0 and "is text (a workbook saved as CSV" in out.stderr and ".xlsx" in out.stderr, \
        out.stdout + out.stderr


def test_r62b_9_a_curated_agreement_is_not_said_to_hold_nobodys_decision(tmp_path: Path) -> None:
    """Run 62 B9: both reviewers set the same title on their copies; after `curate --all a` the page holds their
    answer, so each copy looked "as given": `curate` said "neither a nor b had decided anything … ended with nobody's
    decision in it", and `agreement` the same. A page whose curation wrote an answer is not said idle."""
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, SourceFile
    from jmreview.store.team import mark_double_review, review_copy
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    db = tmp_path / "team.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "000_fe75734c17ad953c.txt"], workers=1)
        page = SourceFile.get()
        mark_double_review(store, "主编", page.id, ["a", "b"])
        for who in ("a", "b"):
            first = Article.select().where(Article.file == review_copy(page.id, who).id).order_by(
                Article.reading_order).first()
            set_article_field(store, who, first.id, "title", "两位一致")
    name = page.name
    out = run_cli("curate", name, "--all", "a", "--db", str(db), "--editor", "主编")
    assert out.returncode == 0, out.stderr
    for args in (("curate", name), ("agreement",)):
        out = run_cli(*args, "--db", str(db))
        assert out.returncode == 0 and "neither" not in out.stdout + out.stderr, out.stdout + out.stderr
