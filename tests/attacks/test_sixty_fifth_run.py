"""Issue 10, run 65: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ..conftest import SEEDS
from .test_database_safety import run_cli


def _pages(con: sqlite3.Connection) -> list[tuple[str, str | None, str | None]]:
    return sorted(con.execute("SELECT name, issue_date, page_label FROM sourcefile"))


def test_r65a_5_a11_a_pages_name_read_around_the_papers_name_and_dots(tmp_path: Path) -> None:
    """Run 65 A5: `江门日报第A02版.txt` was imported with no page label (the paper's name before 第A02版); A11: pages
    named `A01.20240105`, `A01.20240106` and `2024.01.07` were imported without their dates, two days' A01 left as
    two pages of no issue. Each name's issue and page are read."""
    seeds = sorted(SEEDS.glob("*.txt"))
    folder = tmp_path / "in"
    folder.mkdir()
    for name, seed in zip(("江门日报第A02版.txt", "A01.20240105", "A01.20240106", "2024.01.07"), seeds):
        (folder / name).write_bytes(seed.read_bytes())
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    con = sqlite3.connect(db)
    try:
        assert _pages(con) == [("2024.01.07", "2024-01-07", None), ("A01.20240105", "2024-01-05", "A01"),
                               ("A01.20240106", "2024-01-06", "A01"), ("江门日报第A02版.txt", None, "A02")]
    finally:
        con.close()


def test_r65a_7_lexicon_export_takes_search_and_origin(tmp_path: Path) -> None:
    """Run 65 A7: `lexicon export FILE --search 江门` and `--origin learned` wrote every entry, the options taken
    without a word. Export writes only the entries they name, as list shows them."""
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(SEEDS / "000_fe75734c17ad953c.txt"), "--db", str(db)).returncode == 0
    (tmp_path / "l.csv").write_text("text,label\n江门市,LOC\n李明,PER\n新会区,LOC\n", encoding="utf-8")
    assert run_cli("lexicon", "import", str(tmp_path / "l.csv"), "--db", str(db)).returncode == 0
    out = run_cli("lexicon", "export", str(tmp_path / "s.csv"), "--search", "江门", "--db", str(db))
    assert out.returncode == 0 and "1 entries written" in out.stdout, out.stdout + out.stderr
    written = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert "江门市" in written and "新会区" not in written and "李明" not in written, written
    out = run_cli("lexicon", "export", str(tmp_path / "o.csv"), "--origin", "learned", "--db", str(db))
    assert out.returncode == 0 and "0 entries written" in out.stdout, out.stdout + out.stderr


def test_r65b_11_b27_b41_two_folders_pages_are_named_with_their_folder(tmp_path: Path) -> None:
    """Run 65 B27: two folders holding A01.txt imported again: "A01.txt: already imported (same bytes)" twice, no
    folder said; B11: `curate 2024-01-02/A01.txt --take nosuch=a` said "A01.txt: there is no difference", and
    `curate 2024-01-02/A01.txt` named no page; B41: a reviewer's `curate … --all a` on her own review said both
    "nothing was changed" and "every difference this command settled before it was saved". Each names the page
    with its folder, and says only what happened."""
    from .test_sixty_fourth_run import _pages_imported

    db = _pages_imported(tmp_path, 2)
    again = run_cli("import", str(tmp_path / "pages"), "--db", str(db), "--workers", "1", timeout=300)
    assert "2024-01-01/A01.txt: already imported (same bytes)" in again.stderr \
        and "2024-01-02/A01.txt: already imported (same bytes)" in again.stderr, again.stderr
    for page in ("2024-01-01/A01.txt", "2024-01-02/A01.txt"):
        assert run_cli("double-review", page, "--editors", "李明", "王芳", "--db", str(db)).returncode == 0
    out = run_cli("curate", "2024-01-02/A01.txt", "--take", "nosuch=a", "--db", str(db), "--editor", "张伟")
    assert "2024-01-02/A01.txt: there is no difference" in out.stderr, out.stderr
    out = run_cli("curate", "2024-01-02/A01.txt", "--db", str(db))
    assert "2024-01-02/A01.txt: 0 of 0 differences open" in out.stdout, out.stdout + out.stderr
    out = run_cli("curate", "2024-01-01/A01.txt", "--all", "a", "--db", str(db), "--editor", "李明")
    assert out.returncode == 2 and "李明 is one of the two reviewers of 2024-01-01/A01.txt" in out.stderr, out.stderr
    assert "settled before it was saved" not in out.stderr, out.stderr


def test_r65b_5_a_lexicon_file_named_after_the_options_is_taken(tmp_path: Path) -> None:
    """Run 65 B5 (minor): `lexicon import --dry-run l.csv` and `lexicon export --label PER out.csv` answered
    "unrecognized arguments: l.csv", the file the command needs. It is taken, as before the options; an argument
    truly unknown is still refused."""
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(SEEDS / "000_fe75734c17ad953c.txt"), "--db", str(db)).returncode == 0
    (tmp_path / "l.csv").write_text("text,label\n江门市,LOC\n李明,PER\n", encoding="utf-8")
    out = run_cli("lexicon", "import", "--dry-run", str(tmp_path / "l.csv"), "--db", str(db))
    assert out.returncode == 0 and "2 entries would be imported" in out.stdout, out.stdout + out.stderr
    assert run_cli("lexicon", "import", "--db", str(db), str(tmp_path / "l.csv")).returncode == 0
    out = run_cli("lexicon", "export", "--label", "PER", str(tmp_path / "out.csv"), "--db", str(db))
    assert out.returncode == 0 and "1 entries written" in out.stdout, out.stdout + out.stderr
    out = run_cli("lexicon", "export", "--label", "PER", str(tmp_path / "o2.csv"), "extra", "--db", str(db))
    assert out.returncode == 2 and "unrecognized arguments: extra" in out.stderr, out.stderr


def test_r65b_27_a_pages_row_read_alone_keeps_its_folder(tmp_path: Path) -> None:
    """Run 65 B27's rest: after a new version of 2024-01-01/A01.txt, the window's file list showed it as "A01.txt"
    beside the "2024-01-02/…" rows (its row, read again alone, lost the folder). A row read alone keeps it."""
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.view_rows import file_rows

    from .test_sixty_fourth_run import _pages_imported

    db = _pages_imported(tmp_path, 2)
    with Store(db):
        page = SourceFile.get((SourceFile.name == "A01.txt") & (SourceFile.folder == "2024-01-01"))
        assert [r.folder for r in file_rows(file_id=page.id)] == ["2024-01-01"]
        lone = SourceFile.get((SourceFile.name == "A05.txt") & (SourceFile.folder == "2024-01-01"))
        SourceFile.update(name="A09.txt").where(SourceFile.id == lone.id).execute()
        assert [r.folder for r in file_rows(file_id=lone.id)] == [""]


def test_r60a_19_a20_a_lexicon_behind_two_marks_or_saved_as_unicode_text_is_read(tmp_path: Path) -> None:
    """Run 60 A19 (minor): a lexicon CSV behind two byte-order marks was refused, "the first row is not the header";
    A20: Excel's "Unicode text" save of a lexicon (UTF-16, tabs, .txt) was read as JSON and refused. Both are read."""
    from jmreview.exchange.lexicon_io import read_lexicon

    (tmp_path / "two.csv").write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + "text,label\n江门市,LOC\n".encode())
    (tmp_path / "excel.txt").write_bytes("text\tlabel\r\n李明\tPER\r\n".encode("utf-16"))
    assert [(e.text, e.label) for e in read_lexicon(tmp_path / "two.csv")] == [("江门市", "LOC")]
    assert [(e.text, e.label) for e in read_lexicon(tmp_path / "excel.txt")] == [("李明", "PER")]


def test_r60b_22_curate_again_settled_meanwhile_does_not_ask_for_again(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Run 60 B22 (minor): `curate --take KEY=a --again`, the difference settled by a colleague while it ran, was
    refused with "add --again to change that decision" — given already. It says to run the command again."""
    from jmreview import cli
    from jmreview.store import curation
    from jmreview.store.changes import EditConflict

    from .test_sixty_fourth_run import _pages_imported

    db = _pages_imported(tmp_path, 1)
    assert run_cli("double-review", "2024-01-01/A01.txt", "--editors", "李明", "王芳", "--db", str(db)).returncode == 0

    def settled_meanwhile(*_a, **_k):  # type: ignore[no-untyped-def]
        raise EditConflict("settled", "settled_since", who="张伟", key="role:1", whose="王芳")

    monkeypatch.setattr(curation, "take", settled_meanwhile)
    code = cli.main(["curate", "2024-01-01/A01.txt", "--take", "role:1=a", "--again", "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2 and "run the command again to change that decision" in err and "add --again" not in err, err
