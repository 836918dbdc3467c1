"""Rows of the fiftieth adversarial run's half A (issue 10), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

from .test_database_safety import run_cli
from .test_thirty_eighth_run import _seed_001_imported


def test_r50a_16_17_an_article_merged_away_keeps_its_number_and_its_merge_can_be_undone(tmp_path: Path) -> None:
    """Run 50 A16, A17: the page's last article merged into the one before; the next page imported took its number
    (numbered from the highest id still in use): undoing the merge was refused as "changed again since", and a
    workbook exported before was refused as another database's. A number once given is never given again."""
    from jmreview.store import changes, edits
    from jmreview.store.database import Store
    from jmreview.store.models import Article

    from ..conftest import SEEDS

    _page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        last, before = (a.id for a in Article.select().where(Article.file == 1).order_by(Article.id.desc()).limit(2))
        merged = edits.merge_articles(store, "王五", before, last)
    assert run_cli("import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", str(db), "--workers", "1"
                   ).returncode == 0
    with Store(db) as store:
        assert min(a.id for a in Article.select().where(Article.file == 2)) > last
        changes.undo(store, merged, "王五")
        assert Article.get_by_id(last).file_id == 1


def test_r50a_14_paragraphs_swapped_and_mended_keep_a_persons_entities(tmp_path: Path) -> None:
    """Run 50 A14: a new delivery swapped two paragraphs of a person's article and set their commas anew: each
    took the other's place one for one, and 9 of the 17 names the person accepted went back to suggestions, the
    report naming five. Each changed line now stands for the most alike line of the stretch."""
    from jmreview.store import edits, entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, Entity, SourceFile

    from .test_forty_fifth_run import _deliver_again

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        art = Block.get((Block.file == 1) & (Block.line == 93)).article_id
        for e in Entity.select().where(Entity.article == art):
            entity_edits.update_entity(store, "王五", e.id, status="accepted")
        edits.set_article_field(store, "王五", art, "title", "王五的标题")
        before = sorted(e.text for e in Entity.select().where((Entity.file == 1) & (Entity.status == "accepted")))

    def swap_and_mend(text: list[str]) -> None:
        for i in (92, 94, 96):
            text[i] = text[i].replace("，", ",")
        text[94], text[96] = text[96], text[94]

    said = _deliver_again(page, db, swap_and_mend)
    assert "not carried" not in said, said
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null()).id
        after = sorted(e.text for e in Entity.select().where((Entity.file == new) & (Entity.status == "accepted")))
    assert after == before


def test_r50a_14_more_than_five_names_not_carried_are_counted() -> None:
    """The report names five names not carried, and says how many more there are."""
    from jmreview.workflows.carry_notes import not_carried

    assert not_carried(list("甲乙丙丁戊己庚")) == "entities not carried over: 甲、乙、丙、丁、戊 and 2 more"
    assert not_carried(["江门"]) == "entities not carried over: 江门"


def test_r50a_4_a_snapshot_counts_every_mark_of_an_article_a_delivery_did_not_carry(tmp_path: Path) -> None:
    """Run 50 A4 (run 49 A24 in another shape): the article a new delivery did not carry held a person's reporters,
    category, a line's role, its reviewed status and an accepted name also accepted elsewhere on the page: the
    snapshot said nothing of them. Each is counted."""
    from jmreview.store import edits, entity_edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, Entity

    from ..conftest import SEEDS
    from .test_forty_fifth_run import _deliver_again

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        art = Block.get((Block.file == 1) & (Block.line == 93)).article_id
        edits.set_article_field(store, "王五", art, "reporters", ["王五写的记者"])
        edits.set_article_field(store, "王五", art, "category", "feature")
        edits.set_block_role(store, "王五", Block.get((Block.file == 1) & (Block.line == 91)).id, "kicker")
        edits.set_status(store, "王五", art, "reviewed")
        for a_id in (1, art):   # the same name accepted in an article that is carried too
            e = Entity.select().where((Entity.article == a_id) & (Entity.text == "江门")).first()
            entity_edits.update_entity(store, "王五", e.id, status="accepted")
        lines = [b.line for b in Block.select().where(Block.article == art)]
    other = [x for x in sorted(SEEDS.glob("*.txt"))[2].read_text(encoding="utf-8").split("\n") if len(x) > 30]

    def swap(text: list[str]) -> None:
        for k, n in enumerate(lines):
            text[n - 1] = other[k]

    assert "another story" in _deliver_again(page, db, swap)
    out = run_cli("export", "--format", "json", "--with-source", "-o", str(tmp_path / "s.json"), "--db", str(db))
    assert "5 decisions a new delivery did not carry" in out.stderr, out.stderr


def test_r50a_10_each_export_given_to_the_wrong_reader_names_the_right_one(tmp_path: Path) -> None:
    """Run 50 A10 (run 49 A12 in other shapes): the JSON Lines export of one article, one line, was taken for a
    corpus JSON ("read it back with import-json", which refused it: "format: must be 'jmreview-corpus'"); the corpus
    JSON given to import-annotations was called "line 1 is not JSON"."""
    _page, db = _seed_001_imported(tmp_path)
    one = tmp_path / "one.jsonl"
    assert run_cli("export", "--format", "jsonl", "--status", "auto", "-o", str(one), "--db", str(db)).returncode == 0
    one.write_text(one.read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    q = tmp_path / "q"
    q.mkdir()
    (q / "A02.txt").write_bytes(one.read_bytes())
    said = run_cli("import", str(q / "A02.txt"), "--db", str(db))
    assert "made for other programs" in said.stdout + said.stderr, said.stdout + said.stderr
    said = run_cli("import-json", str(one), "--db", str(tmp_path / "r.sqlite3"))
    assert "JSON Lines export" in said.stderr and "jmreview-corpus" not in said.stderr, said.stderr
    corpus = tmp_path / "all.json"
    assert run_cli("export", "--format", "json", "-o", str(corpus), "--db", str(db)).returncode == 0
    said = run_cli("import-annotations", str(corpus), "--db", str(db))
    assert "corpus JSON" in said.stderr + said.stdout and "import-json" in said.stderr + said.stdout, said.stderr
    assert "is not JSON" not in said.stderr + said.stdout


def test_r50a_35_a_utf16_page_with_a_damaged_character_says_what_to_do(tmp_path: Path) -> None:
    """Run 50 A35: a UTF-16 page with its mark and one lone surrogate was refused as only "does not decode (at byte
    2,002)": no cause, no way forward. It names the damaged character and what to do."""
    page = tmp_path / "A01.txt"
    body = "江门日报讯 今天天气很好。\n".encode("utf-16-le") * 40
    page.write_bytes(b"\xff\xfe" + body[:400] + b"\x00\xd8" + body[400:])
    out = run_cli("import", str(page), "--db", str(tmp_path / "n.sqlite3"))
    said = out.stdout + out.stderr
    assert "damaged character" in said and "ask for the file again" in said, said
