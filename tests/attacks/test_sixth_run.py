"""Issue 10, sixth adversarial run: one rule for continued stories (a story is a chain: one live link out of an article
and one into it, no circle, each link said once) kept by every path; hand-set pages kept by an apply; a page moved to
another issue never makes a backup unrestorable; huge ids and missing folders refused in one line."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jmreview.store import edits
from jmreview.store.changes import EditConflict, undo
from jmreview.store.database import Store
from jmreview.store.models import SourceFile, StoryLink
from jmreview.store.story_edits import set_link_status, set_page

RUN = [sys.executable, "-m", "jmreview.cli"]
A01 = "要闻速览\n\n侨乡新春活动举行\n　　江门日报讯 昨天，江门市举行新春活动，吸引了众多市民参加。（下转A04版）\n\n文化惠民持续推进\n　　江门日报讯 昨天，文化活动在各区展开。\n"
A04 = "（上接A01版）\n　　活动现场气氛热烈，市民纷纷表示收获满满。\n\n（记者 李明）\n"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=120)


def one_line(out: subprocess.CompletedProcess[str]) -> str:
    """The refusal: one line on stderr, no traceback."""
    lines = [line for line in out.stderr.splitlines() if not line.startswith("[")]
    assert len(lines) == 1 and "Traceback" not in out.stderr and "unexpected error" not in out.stderr, out.stderr
    return lines[0]


@pytest.fixture
def issue(tmp_path: Path) -> Path:
    """A two-page issue imported by the command line: articles 1 and 2 on A01, 3 on A04, a suggested link 1 → 3."""
    day = tmp_path / "2024-08-21"
    day.mkdir()
    (day / "2024-08-21_A01.txt").write_text(A01, encoding="utf-8")
    (day / "2024-08-21_A04.txt").write_text(A04, encoding="utf-8")
    db = tmp_path / "np.sqlite3"
    out = cli("import", str(day), "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    assert _links(db) == [(1, 3, "suggested")]
    return db


def _links(db: Path) -> list[tuple[int, int, str]]:
    con = sqlite3.connect(db)
    try:
        return [tuple(r) for r in con.execute("SELECT first_id, then_id, status FROM storylink ORDER BY id")]
    finally:
        con.close()


def _backup(db: Path, path: Path) -> dict[str, Any]:
    out = cli("export", "--format", "json", "--with-source", "-o", str(path), "--db", str(db))
    assert out.returncode == 0, out.stderr
    return json.loads(path.read_text(encoding="utf-8"))


def _articles(doc: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {a["id"]: a for f in doc["files"] for a in f["articles"]}


def _say(doc: dict[str, Any], first: int, then: int, status: str = "accepted") -> None:
    """Add a link to a corpus file, said alike on both of its articles."""
    arts = _articles(doc)
    arts[first]["continued_in"].append({"id": then, "status": status, "origin": "manual", "cue": "link.manual"})
    arts[then]["continues"].append({"id": first, "status": status, "origin": "manual", "cue": "link.manual"})


def _story_rows(db: Path, tmp_path: Path) -> list[str]:
    book = tmp_path / "out.xlsx"
    out = cli("export", "--format", "xlsx", "-o", str(book), "--db", str(db))
    assert out.returncode == 0, out.stderr
    rows = list(openpyxl.load_workbook(book)["续稿"].iter_rows(min_row=2, values_only=True))
    return [str(r[2]) for r in rows]


def test_n19_linking_back_would_close_a_circle_and_is_refused(issue: Path, tmp_path: Path) -> None:
    """N19: `link 1 3` then `link 3 1`: the second is refused in one line naming both articles; the story stays."""
    assert cli("link", "1", "3", "--db", str(issue)).returncode == 0
    out = cli("link", "3", "1", "--db", str(issue))
    line = one_line(out)
    assert out.returncode == 2 and "article 3" in line and "article 1" in line and "circle" in line
    assert _links(issue) == [(1, 3, "accepted")]
    assert len(_story_rows(issue, tmp_path)) == 1


@pytest.mark.parametrize("case", ["cycle", "fan_out", "fan_in", "twice"])
def test_n10_n11_a_corpus_file_whose_links_are_no_chain_is_refused(issue: Path, tmp_path: Path, case: str) -> None:
    """N10, N11: a file with a circle (1 → 3 → 1), one article going on in two, two going on in one, or one link
    given twice with contradictory statuses is refused in one line naming the articles; nothing is restored."""
    doc = _backup(issue, tmp_path / "b.json")
    if case == "cycle":
        _say(doc, 3, 1)
    elif case == "fan_out":
        _say(doc, 1, 2)
    elif case == "fan_in":
        _say(doc, 2, 3)
    else:
        _say(doc, 1, 3, "rejected")
    bad = tmp_path / f"{case}.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "restored.sqlite3"
    out = cli("import-json", str(bad), "--db", str(target))
    line = one_line(out)
    assert out.returncode == 2 and "article" in line and "1" in line, line
    with Store(target):
        assert not SourceFile.select().exists() and not StoryLink.select().exists()


def test_n11_an_apply_that_would_give_an_article_two_parts_before_it_is_refused(issue: Path, tmp_path: Path) -> None:
    """N11 by apply: the database has 1 → 3; a file says 2 → 3 (and nothing of 1 → 3): refused, nothing changed."""
    doc = _backup(issue, tmp_path / "b.json")
    for a in _articles(doc).values():
        a["continues"], a["continued_in"] = [], []
    _say(doc, 2, 3)
    bad = tmp_path / "fan.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = cli("import-json", str(bad), "--db", str(issue))
    line = one_line(out)
    assert out.returncode == 2 and "article 3" in line, line
    assert _links(issue) == [(1, 3, "suggested")]


def test_n19_accepting_a_rejected_link_again_may_not_break_the_chain(issue: Path) -> None:
    """Putting a rejected link back is refused while another link now takes its place (named)."""
    assert cli("link", "1", "3", "--db", str(issue)).returncode == 0
    with sqlite3.connect(issue) as con:
        con.execute("UPDATE storylink SET status = 'rejected'")
    assert cli("link", "2", "3", "--db", str(issue)).returncode == 0
    with Store(issue) as store:
        first = StoryLink.get((StoryLink.first == 1) & (StoryLink.then == 3))
        with pytest.raises(EditConflict) as caught:
            set_link_status(store, "甲", first.id, "accepted")
    assert "article 2" in str(caught.value) and "article 3" in str(caught.value)
    assert sorted(_links(issue)) == [(1, 3, "rejected"), (2, 3, "accepted")]


def test_doctor_and_the_workbook_on_a_database_that_holds_a_circle(issue: Path, tmp_path: Path) -> None:
    """A database an older jmreview let hold a circle: doctor names it, and the 续稿 sheet loses no part."""
    con = sqlite3.connect(issue)   # the older jmreview's write, closed: in the file, not left in a -wal
    with con:
        con.execute("UPDATE storylink SET status = 'accepted'")
        con.execute("INSERT INTO storylink (first_id, then_id, cue, origin, status, created_at) "
                    "VALUES (3, 1, 'link.manual', 'manual', 'accepted', '2024-08-21 00:00:00')")
    con.close()
    out = cli("doctor", "--db", str(issue))
    assert out.returncode != 0 and "circle" in out.stdout + out.stderr, out.stdout + out.stderr
    rows = _story_rows(issue, tmp_path)
    assert any(" 1《" in r and " 3《" in r for r in rows), rows


def test_n21_an_old_export_leaves_a_page_set_by_hand_and_says_so(issue: Path, tmp_path: Path) -> None:
    """N21: export, set A04 to 2024-08-22 B07 by hand, apply the old export: the page stays, the output names it."""
    old = tmp_path / "old.json"
    _backup(issue, old)
    with Store(issue) as store:
        set_page(store, "甲", SourceFile.get(SourceFile.name.endswith("A04.txt")).id, "2024-08-21", "B07")
    out = cli("import-json", str(old), "--db", str(issue))
    assert "2024-08-21_A04.txt" in out.stdout + out.stderr and "B07" in out.stdout + out.stderr, out
    assert "set by hand" in out.stdout + out.stderr
    with Store(issue):
        a04 = SourceFile.get(SourceFile.name.endswith("A04.txt"))
        assert (a04.issue_date, a04.page_label, a04.page_source) == ("2024-08-21", "B07", "manual")


def test_n21_a_page_nobody_set_by_hand_is_taken_from_the_file(issue: Path, tmp_path: Path) -> None:
    """An apply still takes a file's page where no person decided one here."""
    doc = _backup(issue, tmp_path / "b.json")
    doc["files"][1]["page"], doc["files"][1]["page_source"] = "B07", "manual"
    new = tmp_path / "new.json"
    new.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli("import-json", str(new), "--db", str(issue)).returncode == 0
    with Store(issue):
        assert SourceFile.get(SourceFile.name.endswith("A04.txt")).page_label == "B07"


def test_n22_a_linked_page_moved_to_another_issue_keeps_the_backup_restorable(issue: Path, tmp_path: Path) -> None:
    """N22: accept 1 → 3, then set A04's issue to 2024-08-22: refused in one line naming the link; after the link is
    rejected the move is allowed; the complete backup of what the editor made restores."""
    a04 = 0
    with Store(issue) as store:
        a04 = SourceFile.get(SourceFile.name.endswith("A04.txt")).id
        set_link_status(store, "甲", StoryLink.get().id, "accepted")
        with pytest.raises(EditConflict) as caught:
            set_page(store, "甲", a04, "2024-08-22", "A04")
        assert "article 1" in str(caught.value) and "article 3" in str(caught.value)
        assert SourceFile.get_by_id(a04).issue_date == "2024-08-21"
    doc = _backup(issue, tmp_path / "first.json")
    assert cli("import-json", str(tmp_path / "first.json"), "--db", str(tmp_path / "r1.sqlite3")).returncode == 0
    with Store(issue) as store:
        set_link_status(store, "甲", StoryLink.get().id, "rejected")
        set_page(store, "甲", a04, "2024-08-22", "A04")
    doc = _backup(issue, tmp_path / "second.json")
    assert doc["files"][1]["issue"] == "2024-08-22"
    out = cli("import-json", str(tmp_path / "second.json"), "--db", str(tmp_path / "r2.sqlite3"))
    assert out.returncode == 0, out.stderr
    assert _links(tmp_path / "r2.sqlite3") == [(1, 3, "rejected")]


def test_n17_a_huge_article_number_is_no_article(issue: Path) -> None:
    """N17: `link 1 99999999999999999999`: "there is no article …", no traceback."""
    out = cli("link", "1", "99999999999999999999", "--db", str(issue))
    assert out.returncode == 2 and "there is no article 99999999999999999999" in one_line(out)


def test_n26_a_database_in_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    """N26: `--db nothere/x.sqlite3`: the folder does not exist, said so; nothing is made."""
    out = cli("pages", "--db", str(tmp_path / "nothere" / "x.sqlite3"))
    line = one_line(out)
    assert out.returncode == 2 and "nothere" in line and "does not exist" in line, line
    assert not (tmp_path / "nothere").exists()


def test_an_undo_may_not_give_a_part_a_second_link(issue: Path) -> None:
    """Reject 1 → 3, link 2 → 3 (another window), then undo the rejection: refused, the story stays 2 → 3."""
    with Store(issue) as store:
        rejected = set_link_status(store, "甲", StoryLink.get().id, "rejected")
    assert cli("link", "2", "3", "--db", str(issue)).returncode == 0
    with Store(issue) as store:
        with pytest.raises(EditConflict) as caught:
            undo(store, rejected, "甲")
    assert "article 2" in str(caught.value) and "article 3" in str(caught.value)
    assert sorted(_links(issue)) == [(1, 3, "rejected"), (2, 3, "accepted")]


def test_a_merge_never_closes_a_circle(tmp_path: Path) -> None:
    """Articles 1 and 2 on A01, 3 on A04: links 1 → 3 and 3 → 2 by hand, then merge 2 into 1: the link 3 → 2 would
    become 3 → 1, a circle with 1 → 3; it goes with article 2 instead, and the story stays 1 → 3."""
    day = tmp_path / "2024-08-21"
    day.mkdir()
    (day / "2024-08-21_A01.txt").write_text(A01, encoding="utf-8")
    (day / "2024-08-21_A04.txt").write_text(A04, encoding="utf-8")
    db = tmp_path / "np.sqlite3"
    assert cli("import", str(day), "--db", str(db), "--workers", "1").returncode == 0
    assert cli("link", "1", "3", "--db", str(db)).returncode == 0
    assert cli("link", "3", "2", "--db", str(db)).returncode == 0
    with Store(db) as store:
        edits.merge_articles(store, "甲", 1, 2)
    assert [(f, t, s) for f, t, s in _links(db) if s != "rejected"] == [(1, 3, "accepted")]
    out = cli("doctor", "--db", str(db))
    assert "stories:" not in out.stdout + out.stderr, out.stdout
