"""Learned patterns: editors' decisions teach the shapes of names, so a name nobody decided about is found."""
from __future__ import annotations

from pathlib import Path

from jmreview.store.changes import undo
from jmreview.store.database import Store
from jmreview.store.entity_edits import add_entity, update_entity
from jmreview.store.lexicon import lexicon_rows
from jmreview.store.models import Article, Entity, SourceFile
from jmreview.workflows.automation import rerun_files
from jmreview.workflows.importer import import_paths
from jmreview.workflows.learning import apply_learned, plan_learned

# three bodies of one kind automation does not know (…侨青), then another of that kind, never seen, in Traditional
TAUGHT = "# 侨乡新闻{n}\n\n江门日报讯 昨日，蓬江区侨青、开平市侨青与台山市侨青在江门举办联谊活动。\n"
ONE = "# 侨乡新闻{n}\n\n江门日报讯 昨日，蓬江区侨青在江门举办联谊活动。\n"
UNSEEN = "# 僑鄉新聞{n}\n\n江門日報訊 昨日，鶴山市僑青在恩平舉辦聯誼活動，新會區僑青派員出席。\n"
BODIES = ("蓬江区侨青", "开平市侨青", "台山市侨青")


def _page(folder: Path, day: int, text: str) -> Path:
    path = folder / f"2024-02-0{day}" / "A01.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.format(n=day), encoding="utf-8")
    return path


def _file(day: int) -> SourceFile:
    return SourceFile.get(SourceFile.folder.endswith(f"2024-02-0{day}"))


def _entities(day: int) -> dict[tuple[str, str], str]:
    """(text, label) → cue of a page's entities."""
    return {(e.text, e.label): e.cue for e in Entity.select().where(Entity.file == _file(day))}


def _add(store: Store, day: int, names: tuple[str, ...], who: str = "李明") -> list[int]:
    """An editor labels bodies automation missed as organisations, by hand."""
    source = _file(day)
    art = Article.get(Article.file == source)
    return [add_entity(store, who, art.id, source.text.index(n), source.text.index(n) + len(n), "ORG") for n in names]


def _patterns() -> dict[tuple[str, str], object]:
    return {(r.text, r.label): r for r in lexicon_rows() if r.origin == "pattern"}


def test_a_pattern_learned_from_several_decisions_finds_a_name_never_seen_and_undo_unteaches_it(
        store: Store, tmp_path: Path) -> None:
    import_paths(store, [_page(tmp_path, 1, TAUGHT)], workers=1)
    assert not any(label == "ORG" and "侨青" in text for text, label in _entities(1))  # automation alone
    logs = _add(store, 1, BODIES)
    row = _patterns()[("*侨青", "ORG")]
    assert row.positive and row.count == 3 and row.editors == ("李明",) and set(row.logs) == set(logs)  # type: ignore

    import_paths(store, [_page(tmp_path, 2, UNSEEN)], workers=1)
    found = _entities(2)
    for name in ("鶴山市僑青", "新會區僑青"):  # never decided about, in the other script
        cue = found[(name, "ORG")]
        assert cue.startswith("entity.pattern") and "…侨青" in cue and '"n": "3"' in cue and "李明" in cue
    assert ("鶴山市", "LOC") not in found  # the place is the head of the body, not a suggestion of its own

    undo(store, logs[-1], "李明")  # two decisions are not enough: the pattern is un-taught
    assert ("*侨青", "ORG") not in _patterns()
    import_paths(store, [_page(tmp_path, 3, UNSEEN)], workers=1)
    assert ("鶴山市僑青", "ORG") not in _entities(3)


def test_one_decision_teaches_no_pattern(store: Store, tmp_path: Path) -> None:
    import_paths(store, [_page(tmp_path, 1, ONE), _page(tmp_path, 2, ONE), _page(tmp_path, 3, ONE)], workers=1)
    _add(store, 1, ("蓬江区侨青",))
    assert not _patterns()
    _add(store, 2, ("蓬江区侨青",), "王芳")
    _add(store, 3, ("蓬江区侨青",))
    assert not _patterns()  # three decisions, but about one name: a string, not a shape
    import_paths(store, [_page(tmp_path, 4, UNSEEN)], workers=1)
    assert not any(cue.startswith("entity.pattern") for cue in _entities(4).values())


def test_a_shape_editors_keep_rejecting_is_not_suggested_again(store: Store, tmp_path: Path) -> None:
    wrong = "# 新闻{n}\n\n江门日报讯 昨日，{a}片区、{b}片区和{c}片区的居民参加活动。\n"
    pages = [_page(tmp_path, d, wrong.replace("{a}", a).replace("{b}", b).replace("{c}", c))
             for d, (a, b, c) in enumerate((("蓬江", "江海", "新会"), ("台山", "开平", "鹤山")), start=1)]
    import_paths(store, pages, workers=1)
    rejected = [e for e in Entity.select() if e.label == "LOC" and e.simplified.endswith("片区")]
    assert len(rejected) == 6  # automation suggests these; editors reject every one
    logs = [update_entity(store, "李明", e.id, status="rejected") for e in rejected]
    shapes = [r for r in lexicon_rows() if r.origin == "pattern" and not r.positive]
    assert any(r.text.startswith("*片区@") for r in shapes)
    import_paths(store, [_page(tmp_path, 3, wrong.replace("{a}", "恩平").replace("{b}", "江门").replace("{c}", "端芬"))],
                 workers=1)
    assert not any(label == "LOC" and text.endswith("片区") for text, label in _entities(3))
    for log in logs:
        undo(store, log, "李明")
    assert not any(r.text.startswith("*片区@") for r in lexicon_rows())


def test_applying_and_rerunning_with_patterns_never_change_a_persons_decision(store: Store, tmp_path: Path) -> None:
    import_paths(store, [_page(tmp_path, 1, TAUGHT), _page(tmp_path, 2, UNSEEN), _page(tmp_path, 3, UNSEEN)],
                 workers=1)
    _add(store, 1, BODIES)
    decided = Entity.get((Entity.file == _file(3)) & (Entity.text == "鶴山市"))
    update_entity(store, "王芳", decided.id, status="accepted")  # on page 3 a person keeps the place
    before = sorted((e.id, e.start, e.end, e.label, e.status) for e in Entity.select() if e.status != "suggested")
    plan, log = apply_learned(store, "李明", plan_learned())
    assert log and plan.added
    assert _entities(2)[("鶴山市僑青", "ORG")].startswith("entity.pattern")  # page 2: nobody decided, so it is taught
    assert ("鶴山市僑青", "ORG") not in _entities(3)  # page 3: a person decided, so it is left as they left it
    rerun_files(store)
    after = sorted((e.id, e.start, e.end, e.label, e.status) for e in Entity.select() if e.status != "suggested")
    assert after == before
    assert _entities(2)[("鶴山市僑青", "ORG")].startswith("entity.pattern")
