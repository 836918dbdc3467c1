"""Issue 10, fifth adversarial run: continued stories and hand-set pages survive backups, new versions and merges;
an import stopped by a lock says what it imported."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.store import edits
from jmreview.store.changes import undo
from jmreview.store.database import Store
from jmreview.store.models import Article, SourceFile, StoryLink
from jmreview.store.story_edits import set_link_status, set_page
from jmreview.workflows.importer import import_paths

RUN = [sys.executable, "-m", "jmreview.cli"]
A01 = "要闻速览\n\n侨乡新春活动举行\n　　江门日报讯 昨天，江门市举行新春活动，吸引了众多市民参加。（下转A04版）\n\n文化惠民持续推进\n　　江门日报讯 昨天，文化活动在各区展开。\n"
A04 = "（上接A01版）\n　　活动现场气氛热烈，市民纷纷表示收获满满。\n\n（记者 李明）\n"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def issue(tmp_path: Path) -> Path:
    """A two-page issue: A01's story continues on A04; the link is accepted and A04 renamed B07 by hand."""
    day = tmp_path / "2024-08-21"
    day.mkdir()
    (day / "2024-08-21_A01.txt").write_text(A01, encoding="utf-8")
    (day / "2024-08-21_A04.txt").write_text(A04, encoding="utf-8")
    db = tmp_path / "np.sqlite3"
    with Store(db) as store:
        import_paths(store, [day], workers=1)
        link = StoryLink.get()
        set_link_status(store, "甲", link.id, "accepted")
        set_page(store, "甲", SourceFile.get(SourceFile.name.endswith("A04.txt")).id, "2024-08-21", "B07")
    return db


def _state(db: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str | None, str | None, str]]]:
    with Store(db):
        links = [(Article.get_by_id(lk.first_id).title, Article.get_by_id(lk.then_id).title, lk.status)
                 for lk in StoryLink.select()]
        pages = sorted((f.issue_date, f.page_label, f.page_source) for f in
                       SourceFile.select().where(SourceFile.replaced_by.is_null()))
    return links, pages


def test_c18_a_json_backup_restores_links_and_hand_set_pages(issue: Path, tmp_path: Path) -> None:
    """C18: export --with-source → import-json into an empty database keeps the accepted link and the page B07."""
    before = _state(issue)
    backup = tmp_path / "backup.json"
    assert cli("export", "--with-source", "-o", str(backup), "--db", str(issue)).returncode == 0
    assert json.loads(backup.read_text(encoding="utf-8"))["version"] == 2
    out = cli("import-json", str(backup), "--db", str(tmp_path / "restored.sqlite3"))
    assert out.returncode == 0, out.stderr
    assert _state(tmp_path / "restored.sqlite3") == before and before[0][0][2] == "accepted"


def test_c19_a_new_version_of_a_linked_page_keeps_its_link_and_its_hand_set_page(issue: Path, tmp_path: Path) -> None:
    """C19: import --replace of a new version of A04: the accepted link follows the new version's article, the page
    keeps the label an editor gave it, and no stale link blocks a proposal."""
    new = tmp_path / "v2" / "2024-08-21"
    new.mkdir(parents=True)
    (new / "2024-08-21_A04.txt").write_text(A04.replace("收获满满", "收获满满，意犹未尽"), encoding="utf-8")
    out = cli("import", str(new / "2024-08-21_A04.txt"), "--replace", "--db", str(issue))
    assert out.returncode == 0, out.stderr
    with Store(issue):
        link = StoryLink.get(StoryLink.status == "accepted")
        then = Article.get_by_id(link.then_id)
        current = SourceFile.get_by_id(then.file_id)
        assert current.replaced_by is None and current.page_label == "B07" and current.page_source == "manual"
        replaced = [f.id for f in SourceFile.select().where(SourceFile.replaced_by.is_null(False))]
        stale = StoryLink.select().join(Article, on=(StoryLink.then == Article.id)).where(Article.file.in_(replaced))
        assert not stale.exists()


def test_c20_a_merge_keeps_the_story_link_on_the_article_that_stays(issue: Path) -> None:
    """C20: merging the continued story's first part into the article before it moves the link there; undo puts
    it back."""
    with Store(issue) as store:
        link = StoryLink.get()
        first = Article.get_by_id(link.first_id)
        other = Article.select().where((Article.file == first.file_id) & (Article.id != first.id)).get()
        log = edits.merge_articles(store, "甲", other.id, first.id)
        moved = StoryLink.get_by_id(link.id)
        assert (moved.first_id, moved.then_id, moved.status) == (other.id, link.then_id, "accepted")
        undo(store, log, "甲")
        assert StoryLink.get_by_id(link.id).first_id == first.id


def test_c36_an_import_stopped_by_a_lock_says_what_it_imported_and_where_it_stopped(tmp_path: Path) -> None:
    """C36: another program takes the write lock in the middle of an import: the files done are reported as
    imported, the one refused says the database is locked, the rest are named as not tried."""
    import sqlite3
    import threading
    import time

    from jmreview.store.opening import DatabaseLocked  # noqa: F401  (the refusal the import turns into a summary)

    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(6):
        (folder / f"p{n}.txt").write_text(f"标题{n}\n\n　　江门日报讯 第{n}篇正文。\n", encoding="utf-8")
    db = tmp_path / "lock.sqlite3"
    with Store(db, busy_ms=300) as store:
        seen: list[int] = []

        def progress(n: int, total: int, name: str) -> None:
            seen.append(n)
            if n == 2:   # another program takes the lock and holds it past the import's wait
                def hold() -> None:
                    con = sqlite3.connect(db, timeout=5, isolation_level=None)
                    con.execute("BEGIN IMMEDIATE")
                    time.sleep(2)
                    con.execute("COMMIT")
                    con.close()
                threading.Thread(target=hold, daemon=True).start()
                time.sleep(0.3)

        report = import_paths(store, [folder], progress=progress, workers=1)
    assert len(report.imported) == 2, report
    assert report.refused and "locked" in report.refused[-1][1] and report.not_tried, report
    assert len(report.imported) + 1 + len(report.not_tried) == 6


@pytest.mark.parametrize("pattern", [r"^(?P<page>(a+)+)$", r"^(?P<page>(\d+)*)$", r"(?P<page>(x{2,})+)"])
def test_n1_n2_a_page_pattern_that_can_backtrack_for_hours_is_refused(tmp_path: Path, pattern: str) -> None:
    """Sixth run N1/N2: a nested repeat in --page-pattern took exponential time (holding the write lock): refused at
    once, nothing imported."""
    page = tmp_path / ("a" * 36 + "!.txt")
    page.write_text("标题\n\n　　正文。\n", encoding="utf-8")
    out = cli("import", str(page), "--page-pattern", pattern, "--db", str(tmp_path / "p.sqlite3"))
    assert out.returncode == 2 and "repeat inside a repeat" in out.stderr, out.stderr


@pytest.mark.parametrize(("name", "pattern"), [("99999999999999999999-01-01.txt", r"^(?P<y>\d+)-(?P<m>\d+)-(?P<d>\d+)$"),
                                               ("①.txt", r"^(?P<page>.+)$")])
def test_n4_n5_a_name_a_pattern_reads_as_no_day_or_page_is_left_unidentified(tmp_path: Path, name: str,
                                                                            pattern: str) -> None:
    """Sixth run N4/N5: a twenty-digit year or a circled digit made the import end in 'unexpected error'."""
    page = tmp_path / name
    page.write_text("标题\n\n　　正文。\n", encoding="utf-8")
    out = cli("import", str(page), "--page-pattern", pattern, "--db", str(tmp_path / "p.sqlite3"))
    assert out.returncode == 0 and "unexpected" not in out.stderr, out.stderr


def test_n8_an_issue_at_the_end_of_the_calendar_leaves_tomorrow_unresolved(tmp_path: Path) -> None:
    """Sixth run N8/N9: an issue dated 9999-12-31 made 明天 overflow (a re-run ended in 'unexpected error')."""
    from datetime import date

    from jmreview.analysis.dates import resolve

    assert resolve("明天", date(9999, 12, 31)).rule == "unresolved.out_of_range"
    assert resolve("下周一", date(9999, 12, 31)).iso is None
    assert resolve("昨天", date(1, 1, 1)).iso is None
    assert resolve("12月30日", date(9999, 12, 31)).iso == "9999-12-30"


def test_a_re_run_never_proposes_a_link_that_closes_a_circle(issue: Path) -> None:
    """Sixth run (left by its fix): an editor links the continuation back to the first part; re-running automation
    must not propose first → continuation again, which would make the story a circle."""
    from jmreview.store.story_edits import link_stories, set_link_status
    from jmreview.workflows.automation import rerun_file

    with Store(issue) as store:
        link = StoryLink.get()
        set_page(store, "甲", SourceFile.get(SourceFile.name.endswith("A04.txt")).id, "2024-08-21", "A04")
        set_link_status(store, "甲", link.id, "rejected")
        link_stories(store, "甲", link.then_id, link.first_id)
        StoryLink.delete().where(StoryLink.id == link.id).execute()   # as if the rejected pair had never been made
        for sf in SourceFile.select().where(SourceFile.replaced_by.is_null()):
            rerun_file(store, sf)
        live = [(lk.first_id, lk.then_id) for lk in StoryLink.select().where(StoryLink.status != "rejected")]
        assert (link.then_id, link.first_id) in live and (link.first_id, link.then_id) not in live, live


# Seventh run P4 (the window on an unreachable server): now a Chinese dialog and one stderr line,
# tests/attacks/test_ninth_run_server.py::test_r9_56_the_window_on_a_server_it_cannot_open_says_so_in_a_dialog
