"""The lexicon learned from editors' corrections: taught, applied, un-taught, shared; never overriding a person."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from jmreview.exchange.lexicon_io import read_lexicon, write_lexicon
from jmreview.store.changes import undo
from jmreview.store.database import Store
from jmreview.store.edits import set_block_role, set_noise, set_status, split_article
from jmreview.store.entity_edits import add_entity, update_entity
from jmreview.store.lexicon import lexicon_rows
from jmreview.store.lexicon_edits import delete_entry, import_entries
from jmreview.store.models import Article, Block, Entity, SourceFile
from jmreview.workflows.automation import rerun_files
from jmreview.workflows.importer import import_paths
from jmreview.workflows.learning import apply_learned, plan_learned

PAGE = "# 侨乡新闻速览{n}\n\n江门日报讯 昨日，欧阳娜娜与司马相如在蓬江区出席活动，全面推行林长制。\n\n本版编辑 小周\n"
TRADITIONAL = "# 僑鄉新聞{n}\n\n江門日報訊 昨日，歐陽娜娜在社區調研，推行林長制。\n\n本版编辑 小周\n"
RUN = [sys.executable, "-m", "jmreview.cli"]


def _page(folder: Path, day: int, text: str) -> Path:
    path = folder / f"2024-01-0{day}" / "A01.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.format(n=day), encoding="utf-8")
    return path


def _file(day: int) -> SourceFile:
    return SourceFile.get(SourceFile.folder.endswith(f"2024-01-0{day}"))


def _entities(day: int) -> dict[tuple[str, str], str]:
    """(text, label) → cue of the entities of a page."""
    return {(e.text, e.label): e.cue for e in Entity.select().where(Entity.file == _file(day))}


def _teach(store: Store, day: int, who: str = "李明") -> list[int]:
    """What an editor does on a page: adds the name automation missed, rejects a wrong one, takes a line out."""
    source = _file(day)
    art = Article.get(Article.file == source)
    at = source.text.index("欧阳娜娜")
    logs = [add_entity(store, who, art.id, at, at + 4, "PER")]
    wrong = Entity.get((Entity.file == source) & (Entity.text == "林长制"))
    logs.append(update_entity(store, who, wrong.id, status="rejected"))
    line = Block.get((Block.file == source) & (Block.start == source.text.index("本版编辑")))
    logs.append(set_noise(store, who, line.id, True))
    return logs


def test_a_correction_teaches_the_next_page_in_either_script_and_its_undo_un_teaches(store: Store,
                                                                                     tmp_path: Path) -> None:
    import_paths(store, [_page(tmp_path, 1, PAGE), _page(tmp_path, 2, PAGE)], workers=1)
    assert ("欧阳娜娜", "PER") not in _entities(1) and ("林长制", "PER") in _entities(1)  # automation alone
    logs = _teach(store, 1) + _teach(store, 2, "王芳")
    rows = {(r.text, r.label): r for r in lexicon_rows()}
    assert rows[("欧阳娜娜", "PER")].positive and rows[("欧阳娜娜", "PER")].count == 2
    assert set(rows[("欧阳娜娜", "PER")].editors) == {"李明", "王芳"} and rows[("欧阳娜娜", "PER")].logs
    assert not rows[("林长制", "PER")].positive
    assert rows[("本版编辑小周", "noise")].count == 2

    import_paths(store, [_page(tmp_path, 3, TRADITIONAL)], workers=1)
    third = _entities(3)
    assert third[("歐陽娜娜", "PER")].startswith("entity.learned")  # learned in Simplified, found in Traditional
    assert '"n": "2"' in third[("歐陽娜娜", "PER")] and "李明" in third[("歐陽娜娜", "PER")]
    assert ("林長制", "PER") not in third  # the rejected suggestion is not made again
    line = Block.get((Block.file == _file(3)) & (Block.start == _file(3).text.index("本版编辑")))
    assert line.article_id is None and line.cue.startswith("noise.learned")

    for log in reversed(logs[3:]):  # 王芳's corrections undone: what only they taught is gone
        undo(store, log, "王芳")
    rows = {(r.text, r.label): r for r in lexicon_rows()}
    assert rows[("欧阳娜娜", "PER")].count == 1 and rows[("欧阳娜娜", "PER")].editors == ("李明",)
    assert ("本版编辑小周", "noise") not in rows  # once is not a habit
    undo(store, logs[0], "李明")
    assert ("欧阳娜娜", "PER") not in {(r.text, r.label) for r in lexicon_rows()}


def test_a_rejection_accepted_later_is_taught_again(store: Store, tmp_path: Path) -> None:
    import_paths(store, [_page(tmp_path, 1, PAGE), _page(tmp_path, 2, PAGE)], workers=1)
    first = Entity.get((Entity.file == _file(1)) & (Entity.text == "林长制"))
    update_entity(store, "李明", first.id, status="rejected")
    assert not next(r for r in lexicon_rows() if r.text == "林长制").positive
    second = Entity.get((Entity.file == _file(2)) & (Entity.text == "林长制"))
    update_entity(store, "王芳", second.id, status="accepted")
    assert next(r for r in lexicon_rows() if r.text == "林长制").positive


def test_a_well_known_place_rejected_in_a_phrase_is_still_suggested_elsewhere(store: Store, tmp_path: Path) -> None:
    """An editor rejects 中国 inside the epithet “中国侨都”: the phrase was wrong for a place there, not the
    country. A place of the gazetteer stays a suggestion on the next page; another rejected string does not."""
    slogan = "# 侨乡新闻{n}\n\n江门日报讯 昨日，我市擦亮“中国侨都”名片，林长制全面推行。\n"
    news = "# 侨乡新闻{n}\n\n江门日报讯 昨日，中国女排在江门比赛，林长制全面推行。\n"
    import_paths(store, [_page(tmp_path, 1, slogan)], workers=1)
    for e in Entity.select().where((Entity.file == _file(1)) & (Entity.text << ["中国", "林长制"])):
        update_entity(store, "李明", e.id, status="rejected")
    import_paths(store, [_page(tmp_path, 2, news)], workers=1)
    found = _entities(2)
    assert ("中国", "LOC") in found and ("林长制", "PER") not in found


def _decisions() -> dict[str, object]:
    """Everything a person decided, as it is stored."""
    return {
        "articles": sorted((a.id, a.status, a.title, a.version) for a in Article.select()
                           if a.status != "auto" or a.manual or a.origin != "auto"),
        "blocks": sorted((b.id, b.role, b.article_id, b.joins_previous, b.duplicate_of) for b in Block.select()
                         if b.manual),
        "entities": sorted((e.id, e.start, e.end, e.label, e.status, e.article_id) for e in Entity.select()
                           if e.status != "suggested" or e.origin != "auto"),
    }


def test_rerun_and_apply_change_no_human_decision(store: Store, tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    import_paths(store, [seeds, _page(tmp_path, 1, PAGE), _page(tmp_path, 2, PAGE), _page(tmp_path, 3, PAGE)],
                 workers=1)
    _teach(store, 1)
    _teach(store, 2)
    source = SourceFile.get(SourceFile.name == "000_fe75734c17ad953c.txt")
    arts = list(Article.select().where(Article.file == source).order_by(Article.reading_order))
    set_status(store, "李明", arts[0].id, "reviewed")
    body = Block.select().where(Block.article == arts[1].id).order_by(Block.line)
    set_block_role(store, "李明", body[1].id, "kicker")
    split_article(store, "李明", body[-1].id)
    some = Entity.select().where(Entity.file == source).order_by(Entity.id)
    update_entity(store, "李明", some[-1].id, label="ORG")
    update_entity(store, "李明", some[-2].id, status="rejected")
    import_paths(store, [_page(tmp_path, 4, PAGE)], workers=1)
    before = _decisions()
    plan = plan_learned()
    assert plan.changes  # day 3 was imported before anything was taught
    _, log = apply_learned(store, "李明", plan)
    assert log and not plan_learned().changes  # applied once, nothing is left to apply
    assert _entities(3)[("欧阳娜娜", "PER")].startswith("entity.learned")
    reports = rerun_files(store)
    assert sum(r.kept for r in reports.values()) >= 5
    assert _decisions() == before
    assert _entities(3)[("欧阳娜娜", "PER")].startswith("entity.learned")  # a re-run applies the lexicon too


def test_applying_is_one_undoable_edit(store: Store, tmp_path: Path) -> None:
    import_paths(store, [_page(tmp_path, 1, PAGE), _page(tmp_path, 2, PAGE), _page(tmp_path, 3, PAGE)], workers=1)
    _teach(store, 1)
    _teach(store, 2)
    plain = _entities(3)
    plan, log = apply_learned(store, "李明")
    assert plan.summary().startswith("1 suggestions added, 1 taken away, 0 lines set to kicker, 1 lines set to noise")
    assert _entities(3) != plain
    undo(store, log, "李明")
    assert _entities(3) == plain and plan_learned().changes == plan.changes


def test_lexicon_window_edits_are_undoable_and_a_lexicon_travels_to_a_new_database(store: Store,
                                                                                   tmp_path: Path) -> None:
    import_paths(store, [_page(tmp_path, 1, PAGE), _page(tmp_path, 2, PAGE)], workers=1)
    _teach(store, 1)
    _teach(store, 2)
    log = delete_entry(store, "李明", "林长制", "PER")
    assert ("林长制", "PER") not in {(r.text, r.label) for r in lexicon_rows()}
    undo(store, log, "李明")
    rows = lexicon_rows()
    assert ("林长制", "PER") in {(r.text, r.label) for r in rows}
    for suffix in ("csv", "json"):
        path = tmp_path / f"desk.{suffix}"
        assert write_lexicon(path, rows) == len(rows)
        entries = read_lexicon(path)
        assert [(e.text, e.label, e.positive, e.count, e.editors) for e in entries] == \
            [(r.text, r.label, r.positive, r.count, r.editors) for r in rows]
        with Store(tmp_path / f"new-{suffix}.sqlite3") as fresh:
            count, _ = import_entries(fresh, "王芳", entries, path.name)
            assert count == len(rows)
            assert {(r.text, r.label, r.positive, r.origin) for r in lexicon_rows()} == \
                {(r.text, r.label, r.positive, "imported") for r in rows}
            import_paths(fresh, [_page(tmp_path / "new", 5, TRADITIONAL)], workers=1)
            assert _entities(5)[("歐陽娜娜", "PER")].startswith("entity.learned")


def test_cli_lexicon_and_rerun(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    pages = [str(_page(tmp_path, d, PAGE)) for d in (1, 2)]
    assert subprocess.run([*RUN, "import", *pages, "--db", db], capture_output=True, timeout=300).returncode == 0
    with Store(db) as store:
        _teach(store, 1)
        _teach(store, 2)
    out = subprocess.run([*RUN, "lexicon", "list", "--json", "--db", db], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    listed = {(e["text"], e["label"], e["positive"], e["count"]) for e in json.loads(out.stdout)}
    assert ("欧阳娜娜", "PER", True, 2) in listed and ("林长制", "PER", False, 2) in listed
    target = tmp_path / "lex.csv"
    out = subprocess.run([*RUN, "lexicon", "export", str(target), "--db", db], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0 and "3 entries written" in out.stdout
    other = str(tmp_path / "other.sqlite3")
    out = subprocess.run([*RUN, "lexicon", "import", str(target), "--db", other], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0 and "3 entries imported" in out.stdout, out.stderr
    out = subprocess.run([*RUN, "rerun", "--file", "2024-01-01/A01.txt", "--db", db], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert "2024-01-01/A01.txt: kept 1 articles people decided about, redid 0" in out.stdout
    out = subprocess.run([*RUN, "rerun", "--file", "nope.txt", "--db", db], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 2 and "no imported file is named nope.txt" in out.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    out = subprocess.run([*RUN, "lexicon", "import", str(bad), "--db", db], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 2 and "not a jmreview lexicon" in out.stderr


def test_a_reviewed_corpus_restored_with_import_json_teaches_the_pages_imported_next(tmp_path: Path) -> None:
    db, fresh = str(tmp_path / "desk.sqlite3"), str(tmp_path / "fresh.sqlite3")
    pages = [str(_page(tmp_path, d, PAGE)) for d in (1, 2)]
    assert subprocess.run([*RUN, "import", *pages, "--db", db], capture_output=True, timeout=300).returncode == 0
    with Store(db) as store:
        _teach(store, 1)
        _teach(store, 2)
    corpus = tmp_path / "reviewed.json"
    for command in (["export", "--format", "json", "--with-source", "-o", str(corpus), "--db", db],
                    ["import-json", str(corpus), "--db", fresh],
                    ["import", str(_page(tmp_path / "later", 3, TRADITIONAL)), "--db", fresh]):
        out = subprocess.run([*RUN, *command], capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
    with Store(fresh):
        third = _entities(3)
    assert third[("歐陽娜娜", "PER")].startswith("entity.learned") and ("林長制", "PER") not in third
