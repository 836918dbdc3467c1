"""The newspaper from the command line: --page-pattern, pages, link."""
from __future__ import annotations

from pathlib import Path

from jmreview.cli import main
from jmreview.store.database import Store
from jmreview.store.models import Article, SourceFile, StoryLink

from .test_newspaper_store import write_issue


def test_a_page_pattern_reads_names_the_built_in_ones_do_not(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "jmrb-p3-d20240821.txt"
    page.write_text("侨乡新春活动举行\n　　江门日报讯（记者/李明）昨日，江门市举行新春活动。\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    pattern = r"p(?P<page>\d+)-d(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)"
    assert main(["import", str(page), "--db", str(db), "--page-pattern", pattern]) == 0
    with Store(db):
        sf = SourceFile.get()
        assert (sf.issue_date, sf.page_label, sf.page_source) == ("2024-08-21", "03", "name")
    capsys.readouterr()
    assert main(["pages", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2024-08-21  03") and "jmrb-p3-d20240821.txt" in out


def test_a_bad_page_pattern_is_refused_before_anything_is_imported(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "a.txt"
    page.write_text("标题\n　　江门日报讯 正文。\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    assert main(["import", str(page), "--db", str(db), "--page-pattern", r"(?P<y>\d{4})(?P<page>\d)"]) == 2
    assert "(?P<y>" in capsys.readouterr().err
    assert main(["import", str(page), "--db", str(db), "--page-pattern", "(unclosed"]) == 2
    with Store(db):
        assert not SourceFile.select().exists()


def test_link_and_unlink_from_the_command_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write_issue(tmp_path / "in", "2024-08-21", 3)
    db = tmp_path / "db.sqlite3"
    assert main(["import", str(tmp_path / "in"), "--db", str(db)]) == 0
    with Store(db):
        linked = {lk.first_id for lk in StoryLink.select()} | {lk.then_id for lk in StoryLink.select()}
        free = [a.id for a in Article.select().order_by(Article.id) if a.id not in linked][:2]
    assert main(["link", str(free[0]), str(free[1]), "--db", str(db)]) == 0
    with Store(db):
        link = StoryLink.get((StoryLink.first == free[0]) & (StoryLink.then == free[1]))
        assert (link.status, link.origin) == ("accepted", "manual")
    assert main(["link", str(free[0]), str(free[1]), "--unlink", "--db", str(db)]) == 0
    with Store(db):
        assert StoryLink.get_or_none((StoryLink.first == free[0]) & (StoryLink.then == free[1])) is None
    assert main(["link", str(free[0]), "99999", "--db", str(db)]) == 2
    assert "no article 99999" in capsys.readouterr().err
