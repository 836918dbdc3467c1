"""Issue 16: the portable snapshot (`export --with-source` → `import-json`) keeps the team's work in progress:
assignments, review copies with each editor's edits, each page's review state and the curator's decisions."""
from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jmreview.cli import main
from jmreview.store.curation import differences, take
from jmreview.store.database import Store
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article, Assignment, CurationDecision, SourceFile
from jmreview.store.team import assign
from jmreview.workflows.importer import import_paths

from .conftest import SEEDS
from .test_team import PAGE, A, B, simulate_two_editors

OTHER = SEEDS / "003_4221d1719c757f4b.txt"
Capsys = pytest.CaptureFixture[str]


def said(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    """Run a command; its exit code, standard output and error."""
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def build_team_corpus(location: Path | str) -> None:
    """Two pages; page 000 double-reviewed by A and B (who disagree), one difference settled, page 003 given to 丙."""
    with Store(location) as store:
        assert not import_paths(store, [PAGE, OTHER], workers=1).refused
        page, a, b = simulate_two_editors(store)
        first_a = Article.select().where(Article.file == a).order_by(Article.reading_order).first()
        set_article_field(store, A, first_a.id, "title", "甲改的标题")
        role = next(d for d in differences(page) if d.kind == "role")
        take(store, "主编", page, role.key, "b")
        other = SourceFile.get((SourceFile.name == OTHER.name) & SourceFile.replaced_by.is_null()).id
        assign(store, "主编", [other], "丙编辑")


def without_moment(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return doc


def team_views(capsys: Capsys, location: Path | str) -> list[str]:
    """What editors see of the team's work: agreement, the curation listing, each editor's work."""
    views = []
    for argv in (["agreement"], ["agreement", "--json"], ["curate", PAGE.name], ["work", "--for", A],
                 ["work", "--for", "丙编辑"]):
        code, out, err = said(capsys, *argv, "--db", str(location))
        assert code == 0, err
        views.append(out)
    return views


def snapshot(capsys: Capsys, location: Path | str, out: Path) -> str:
    code, _, err = said(capsys, "export", "--format", "json", "--with-source", "-o", str(out), "--db", str(location))
    assert code == 0, err
    return err


def test_a_snapshot_restores_the_teams_work_in_progress(db_location: Path | str, tmp_path: Path,
                                                       capsys: Capsys) -> None:
    build_team_corpus(db_location)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    err = snapshot(capsys, db_location, first)
    assert "not in this file" not in err, err                       # nothing of the team's work is left out
    team = json.loads(first.read_text(encoding="utf-8"))["team"]
    assert {r["editor"] for r in team["reviews"][0]["copies"]} == {A, B} and team["reviews"][0]["state"] == "curating"
    before = team_views(capsys, db_location)
    restored = tmp_path / "restored.sqlite3"
    code, out, err = said(capsys, "import-json", str(first), "--db", str(restored))
    assert code == 0 and "restored" in out, err
    snapshot(capsys, restored, second)
    assert without_moment(second) == without_moment(first)
    assert team_views(capsys, restored) == before
    assert said(capsys, "doctor", "--db", str(restored))[0] == 0
    with Store(restored) as store:   # the restored copies are worked on as before: an edit, then a take
        page = SourceFile.get((SourceFile.name == PAGE.name) & SourceFile.replaced_by.is_null()).id
        open_ones = [d for d in differences(page) if d.settled is None]
        take(store, "主编", page, open_ones[0].key, "a")
        assert len([d for d in differences(page) if d.settled is None]) == len(open_ones) - 1


def test_sqlite_to_postgresql_and_back_gives_the_same_snapshot(tmp_path: Path, pg_url: str, capsys: Capsys) -> None:
    source = tmp_path / "source.sqlite3"
    build_team_corpus(source)
    first, second, third = tmp_path / "1.json", tmp_path / "2.json", tmp_path / "3.json"
    snapshot(capsys, source, first)
    before = team_views(capsys, source)
    code, _, err = said(capsys, "import-json", str(first), "--db", pg_url)
    assert code == 0, err
    snapshot(capsys, pg_url, second)
    assert without_moment(second) == without_moment(first)
    assert team_views(capsys, pg_url) == before
    back = tmp_path / "back.sqlite3"
    assert said(capsys, "import-json", str(second), "--db", str(back))[0] == 0
    snapshot(capsys, back, third)
    assert without_moment(third) == without_moment(first)


def test_exports_without_source_never_show_the_teams_work(tmp_path: Path, capsys: Capsys) -> None:
    """Review copies are never part of the corpus a colleague reads: every other export is the same bytes."""
    db = tmp_path / "t.sqlite3"
    with Store(db) as store:
        assert not import_paths(store, [PAGE, OTHER], workers=1).refused

    def exports() -> dict[str, bytes]:
        found = {}
        for fmt in ("json", "jsonl", "bio", "spacy", "doccano"):
            out = tmp_path / f"x.{fmt}"
            assert said(capsys, "export", "--format", fmt, "-o", str(out), "--db", str(db))[0] == 0
            data = out.read_bytes()
            found[fmt] = json.dumps({**json.loads(data), "exported_at": ""}).encode() if fmt == "json" else data
        return found

    before = exports()
    with Store(db) as store:
        simulate_two_editors(store)
        assign(store, "主编", [SourceFile.get(SourceFile.name == OTHER.name).id], "丙编辑")
    assert exports() == before


@pytest.fixture(scope="module")
def team_file(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The snapshot of a SQLite corpus with team work, parsed."""
    folder = tmp_path_factory.mktemp("team")
    build_team_corpus(folder / "t.sqlite3")
    with Store(folder / "t.sqlite3"):
        from jmreview.exchange.export_json import export_json
        export_json(folder / "t.json", with_source=True)
    return json.loads((folder / "t.json").read_text(encoding="utf-8"))


def _review(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["team"]["reviews"][0]


def _copy_entity(doc: dict[str, Any]) -> dict[str, Any]:
    return next(e for a in _review(doc)["copies"][0]["articles"] for e in a["entities"])


def _stranger_page(doc: dict[str, Any]) -> None:
    _review(doc)["name"] = "nowhere.txt"


def _decision_not_under_review(doc: dict[str, Any]) -> None:
    review = _review(doc)
    review["state"], review["copies"] = "", []


def _editor_line_break(doc: dict[str, Any]) -> None:
    _review(doc)["copies"][1]["editor"] = "乙\n编辑"


def _editor_too_long(doc: dict[str, Any]) -> None:
    doc["team"]["assignments"][0]["editor"] = "编" * 101


def _entity_outside_text(doc: dict[str, Any]) -> None:
    _copy_entity(doc)["end"] = 10 ** 7


def _entity_not_the_text(doc: dict[str, Any]) -> None:
    _copy_entity(doc)["text"] = "不是原文"


def _article_id_of_the_page(doc: dict[str, Any]) -> None:
    _review(doc)["copies"][0]["articles"][0]["id"] = doc["files"][0]["articles"][0]["id"]


def _two_copies_of_one_editor(doc: dict[str, Any]) -> None:
    _review(doc)["copies"][1]["editor"] = _review(doc)["copies"][0]["editor"]


def _unknown_side(doc: dict[str, Any]) -> None:
    _review(doc)["decisions"][0]["taken"] = "c"


def _unknown_state(doc: dict[str, Any]) -> None:
    _review(doc)["state"] = "finished"


def _a_page_reviewed_twice(doc: dict[str, Any]) -> None:
    doc["team"]["reviews"].append(copy.deepcopy(_review(doc)))


def _double_with_a_decision(doc: dict[str, Any]) -> None:
    _review(doc)["state"] = "double"   # run 17 B35: its copies could be changed under the standing decision


def _assigned_by_escape(doc: dict[str, Any]) -> None:
    doc["team"]["assignments"][0]["assigned_by"] = "\x1b[31mred"   # run 17 B20


def _decided_by_a_line_break(doc: dict[str, Any]) -> None:
    _review(doc)["decisions"][0]["who"] = "x\ny"   # run 17 B20


def _decided_by_a_reviewer(doc: dict[str, Any]) -> None:
    _review(doc)["decisions"][0]["who"] = _review(doc)["copies"][0]["editor"]   # run 20 B5


HOSTILE: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "decided by a reviewer": (_decided_by_a_reviewer, "reviewed the page and may not curate it"),
    "double with a decision": (_double_with_a_decision, "(double) has no decision"),
    "assigned by an escape": (_assigned_by_escape, "assigned_by"),
    "decided by a line break": (_decided_by_a_line_break, "is not an editor's name"),
    "stranger page": (_stranger_page, "nowhere.txt, which is not in the file"),
    "decision off review": (_decision_not_under_review, "not under double review"),
    "line break in a name": (_editor_line_break, "is not an editor's name"),
    "a name too long": (_editor_too_long, "is not an editor's name"),
    "entity outside": (_entity_outside_text, "points outside the source"),
    "entity not the text": (_entity_not_the_text, "does not match the source"),
    "article id twice": (_article_id_of_the_page, "the id appears twice"),
    "two copies of one editor": (_two_copies_of_one_editor, "two review copies"),
    "unknown side": (_unknown_side, "taken must be a, b or own"),
    "unknown state": (_unknown_state, "state must be"),
    "a page reviewed twice": (_a_page_reviewed_twice, "more than once"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_team_section_is_refused_before_any_write(case: str, team_file: dict[str, Any], tmp_path: Path,
                                                            capsys: Capsys) -> None:
    spoil, why = HOSTILE[case]
    doc = copy.deepcopy(team_file)
    spoil(doc)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "empty.sqlite3"
    code, _, err = said(capsys, "import-json", str(path), "--db", str(db))
    assert code == 2 and "hostile.json" in err and why in err and "Traceback" not in err, err
    with Store(db):
        assert not SourceFile.select().exists() and not Assignment.select().exists()


def test_applied_to_a_live_database_the_team_section_is_left_alone_and_said(db_location: Path | str, tmp_path: Path,
                                                                           capsys: Capsys) -> None:
    db = db_location
    build_team_corpus(db)
    path = tmp_path / "t.json"
    snapshot(capsys, db, path)
    with Store(db) as store:   # after the snapshot the team moves on: another take, another assignment
        page = SourceFile.get((SourceFile.name == PAGE.name) & SourceFile.replaced_by.is_null()).id
        take(store, "主编", page, next(d for d in differences(page) if d.settled is None).key, "a")
        assign(store, "主编", [page], "丁编辑")
        team = (list(Assignment.select().tuples()), list(CurationDecision.select().tuples()))
    code, out, err = said(capsys, "import-json", str(path), "--db", str(db))
    assert "team work" in err and "only into an empty database" in err and "left as it is" in err, err
    assert code == 1 and "applied" in out
    with Store(db):
        assert (list(Assignment.select().tuples()), list(CurationDecision.select().tuples())) == team


def test_a_snapshot_says_what_it_still_leaves_out(tmp_path: Path, capsys: Capsys) -> None:
    """The review copies of an earlier version of a page (curated, then replaced by a new version) are not in it."""
    db = tmp_path / "t.sqlite3"
    build_team_corpus(db)
    with Store(db) as store:
        page = SourceFile.get((SourceFile.name == PAGE.name) & SourceFile.replaced_by.is_null()).id
        for diff in differences(page):
            if diff.settled is None:
                take(store, "主编", page, diff.key, "a")
    newer = tmp_path / SEEDS.name / PAGE.name   # the same folder: a new version of the page
    newer.parent.mkdir()
    newer.write_bytes(PAGE.read_bytes() + "\n补记一行。\n".encode())
    assert said(capsys, "import", str(newer), "--db", str(db), "--workers", "1")[0] == 0
    err = snapshot(capsys, db, tmp_path / "s.json")
    assert "not in this file: 2 review copies" in err and "earlier versions" in err and "jmreview copy" in err, err


def test_r19b_15_a_snapshot_naming_an_editor_in_another_form_is_refused(team_file: dict[str, Any], tmp_path: Path,
                                                                         capsys: Capsys) -> None:
    """Run 19 B15: a reviewer written ａ (fullwidth: the same person as a) restored as a second reviewer of a page."""
    doc = copy.deepcopy(team_file)
    _review(doc)["copies"][1]["editor"] = "ａ"
    path = tmp_path / "forms.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, _, err = said(capsys, "import-json", str(path), "--db", str(tmp_path / "empty.sqlite3"))
    assert code == 2 and "is not written in the one form" in err and "write 'a'" in err, err   # run 20 B6: why
