"""Issue 10, run 59: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

from pathlib import Path

from .test_database_safety import run_cli
from .test_fifty_eighth_run import _archive, _mend, _pages


def test_r59a_2_a_renamed_delivery_in_a_dated_archive_is_refused_naming_its_days_page(tmp_path: Path) -> None:
    """Run 59 A2 (minor): a day folder unzipped twice, `2026/01/01 (1)/A01.txt`, in an archive of five A01.txt:
    refused as "has the name of page A01.txt …" — which of the five was not said. The page is named with its
    day's folders."""
    pages = _archive(tmp_path / "jm", ["2026/01/01", "2026/01/02", "2026/01/03"])
    db = tmp_path / "n.sqlite3"
    assert run_cli("import", str(tmp_path / "jm"), "--db", str(db), "--workers", "1").returncode == 0
    twice = tmp_path / "jm/2026/01/01 (1)"
    twice.mkdir()
    (twice / "A01.txt").write_bytes(pages[0].read_bytes())
    _mend(twice / "A01.txt")
    out = run_cli("import", str(twice), "--db", str(db), "--workers", "1")
    assert "has the name of page 2026/01/01/A01.txt" in out.stderr and len(_pages(db)) == 3, out.stderr


def _one_page(tmp_path: Path) -> Path:
    """A database holding the first sample page."""
    from ..conftest import SEEDS

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "001_69ca20e02664ffc6.txt").write_bytes((SEEDS / "001_69ca20e02664ffc6.txt").read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    return db


def _statuses(db: Path) -> dict[str, int]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT status, count(*) FROM entity GROUP BY status").fetchall())
    finally:
        con.close()


def test_r59a_38_a_bio_file_of_other_label_names_rejects_none_of_our_suggestions_under_its_spans(
        tmp_path: Path) -> None:
    """Run 59 A38 (CORRUPT): `import-annotations --as accepted` of a BIO file whose PER and LOC spans are tagged
    PERSON and GPE (another tool's names): the spans left out, and the 219 suggestions under them marked rejected —
    answers nobody gave. A span the file labelled in words this database does not know leaves its suggestion be."""
    db = _one_page(tmp_path)
    bio = tmp_path / "x.bio"
    assert run_cli("export", "--format", "bio", "-o", str(bio), "--db", str(db)).returncode == 0
    lines = bio.read_text(encoding="utf-8").splitlines()
    renamed = [line[:-4] + "-PERSON" if line.endswith("-PER") else line[:-4] + "-GPE" if line.endswith("-LOC")
               else line for line in lines]
    bio.write_text("\n".join(renamed) + "\n", encoding="utf-8")
    before = _statuses(db)
    out = run_cli("import-annotations", str(bio), "--as", "accepted", "--db", str(db))
    assert out.returncode == 0 and "PERSON" in out.stdout + out.stderr, out.stdout + out.stderr
    assert _statuses(db).get("rejected", 0) <= before.get("rejected", 0) + before.get("suggested", 0) - sum(
        1 for line in lines if line.endswith(("B-PER", "B-LOC"))), _statuses(db)


def test_r59a_40_a_label_studio_task_nobody_annotated_rejects_nothing(tmp_path: Path) -> None:
    """Run 59 A40 (CORRUPT, minor): a Label Studio project half done, without predictions — task 1 annotated,
    the others `"annotations": []`: with --as accepted every suggestion of the tasks nobody opened was rejected. A
    task not annotated yet answers nothing."""
    import json

    db = _one_page(tmp_path)
    ls = tmp_path / "ls.json"
    assert run_cli("export", "--format", "labelstudio", "-o", str(ls), "--db", str(db)).returncode == 0
    tasks = json.loads(ls.read_text(encoding="utf-8"))
    for k, task in enumerate(tasks):
        result = task["predictions"][0]["result"] if task.get("predictions") else []
        task["annotations"] = [{"result": result}] if k == 0 else []
        task["predictions"] = []
    ls.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    out = run_cli("import-annotations", str(ls), "--as", "accepted", "--db", str(db))
    assert out.returncode == 0 and "0 rejected" in out.stdout, out.stdout + out.stderr
    assert _statuses(db).get("rejected", 0) == 0, _statuses(db)


def test_r59b_33_reviewers_agreeing_on_a_title_set_before_are_not_read_as_idle(tmp_path: Path) -> None:
    """Run 59 B33: a title an editor set before the double review, changed the same way by both reviewers: the
    counts of decisions unchanged, `agreement` and `curate` said nobody had decided anything ("wait for their
    review"). What was decided is compared, not how many."""
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, SourceFile
    from jmreview.store.review_guard import untouched
    from jmreview.store.team import mark_double_review, review_copy
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    def first(fid: int) -> Article:
        return Article.select().where(Article.file == fid).order_by(Article.reading_order).first()

    with Store(tmp_path / "team.sqlite3") as store:
        import_paths(store, [SEEDS / "000_fe75734c17ad953c.txt"], workers=1)
        page = SourceFile.get().id
        set_article_field(store, "李明", first(page).id, "title", "编辑先改的标题")
        mark_double_review(store, "主编", page, ["a", "b"])
        assert untouched(page) == ["a", "b"]   # nobody opened them: as given
        for who in ("a", "b"):
            set_article_field(store, who, first(review_copy(page, who).id).id, "title", "两位审校一致改成的标题")
        assert untouched(page) == []


def test_r59b_24_assign_of_a_file_and_an_issue_matching_nothing_is_refused(tmp_path: Path) -> None:
    """Run 59 B24 (minor): `assign FILE --issue 2099-01-01 --to 王芳` (a mistyped date beside a file): "1 pages
    given", the issue's matching nothing unsaid. Refused, naming the issue, nothing given."""
    import sqlite3

    db = _one_page(tmp_path)
    out = run_cli("assign", "001_69ca20e02664ffc6.txt", "--issue", "2099-01-01", "--to", "王芳", "--db", str(db))
    assert out.returncode != 0 and "no current page is of the issue 2099-01-01" in out.stderr, out.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM assignment").fetchone()[0] == 0
    finally:
        con.close()


def test_r59a_18_a_files_other_label_read_as_a_suggestion_is_said(tmp_path: Path) -> None:
    """Run 59 A18 (minor): a Label Studio file relabelling our PER suggestions as ORG, read with the default `--as
    suggested`: "0 added, 0 relabelled", the annotator's answers dropped unsaid. Said, with the way to take them."""
    import json

    db = _one_page(tmp_path)
    ls = tmp_path / "ls.json"
    assert run_cli("export", "--format", "labelstudio", "-o", str(ls), "--db", str(db)).returncode == 0
    tasks = json.loads(ls.read_text(encoding="utf-8"))
    changed = 0
    for task in tasks:
        result = task["predictions"][0]["result"] if task.get("predictions") else []
        for region in result:
            if region["value"]["labels"] == ["PER"]:
                region["value"]["labels"], changed = ["ORG"], changed + 1
        task["annotations"] = [{"result": result}]
    assert changed
    ls.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    out = run_cli("import-annotations", str(ls), "--db", str(db))
    said = out.stdout + out.stderr
    assert out.returncode == 0 and "otherwise" in said and "--as accepted" in said, said


def test_r59a_37_evaluate_bio_names_the_labels_it_does_not_score(tmp_path: Path) -> None:
    """Run 59 A37 (minor): `evaluate --bio` on a file tagged PERSON/GPE scored PER and LOC 0.0 and said nothing of
    the labels it does not know. A row names them, with their counts."""
    db = _one_page(tmp_path)
    bio = tmp_path / "x.bio"
    assert run_cli("export", "--format", "bio", "-o", str(bio), "--db", str(db)).returncode == 0
    text = bio.read_text(encoding="utf-8").replace("-PER\n", "-PERSON\n").replace("-LOC\n", "-GPE\n")
    bio.write_text(text, encoding="utf-8")
    out = run_cli("evaluate", "--bio", str(bio), "--db", str(db))
    assert out.returncode == 0 and "metric=bio:not_scored" in out.stdout and "GPE (" in out.stdout, out.stdout
