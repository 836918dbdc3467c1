"""Issue 10, eleventh run #8: `doctor` names review states the store never makes (a snapshot or a hand-edited
database can hold them: a page locked under double review with no copies, one called curated with differences open)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jmreview.store.curation import differences, take
from jmreview.store.database import Store
from jmreview.store.doctor import examine
from jmreview.store.edits import set_article_field
from jmreview.store.models import Article, Assignment, CurationDecision, SourceFile
from jmreview.store.team import assign, mark_double_review, review_copies, review_copy

from .test_eleventh_run_team import first, page_id


def marked(store: Store, titles: tuple[str, str] = ("甲的标题", "乙的标题")) -> int:
    """The small page under double review by a and b, who titled its first article differently."""
    page = page_id()
    mark_double_review(store, "主编", page, ["a", "b"])
    for who, title in zip(("a", "b"), titles, strict=True):
        copy = review_copy(page, who)
        assert copy is not None
        set_article_field(store, who, first(copy.id).id, "title", title)
    return page


def team_problems(store: Store) -> list[str]:
    return [p for p in examine(store).problems if p.startswith("team:")]


def test_the_team_life_the_store_makes_is_clean(db: Path) -> None:
    with Store(db) as store:
        page = marked(store)
        assign(store, "主编", [page], "丙")
        assert team_problems(store) == []
        (diff,) = differences(page)
        take(store, "主编", page, diff.key, "a")
        assert SourceFile.get_by_id(page).review_state == "curated"
        assert team_problems(store) == []
        mark_double_review(store, "主编", page, ["c", "d"])   # a second round
        assert team_problems(store) == []


def drop_a_copy(page: int) -> None:
    copy = review_copies(page)[1]
    for model in (Article,):
        for row in model.select().where(model.file == copy.id):
            row.delete_instance(recursive=True)
    copy.delete_instance(recursive=True)


BROKEN: dict[str, tuple[Callable[[int], None], str]] = {
    "double with one copy": (drop_a_copy, "it needs two, of two editors"),
    "copies without a state": (lambda p: SourceFile.update(review_state="").where(SourceFile.id == p).execute(),
                               "review copies but is not under double review"),
    "an unknown state": (lambda p: SourceFile.update(review_state="done").where(SourceFile.id == p).execute(),
                         "which the store never sets"),
    "curated with a difference open": (
        lambda p: SourceFile.update(review_state="curated").where(SourceFile.id == p).execute(),
        "is curated but 1 of its differences are not settled"),
    "curating without a decision": (
        lambda p: SourceFile.update(review_state="curating").where(SourceFile.id == p).execute(),
        "is curating but has no curation decision"),
    "a decision of another pair": (
        lambda p: CurationDecision.create(file=p, key="fields:1", taken="a", editor_a="x", editor_b="y"),
        "names “x” / “y”, not the copies' “a” / “b”"),
    "a copy of no page": (lambda p: SourceFile.update(review_of=999999).where(SourceFile.review_of == p).execute(),
                          "belongs to no page"),
    "a hidden name": (lambda p: Assignment.create(file=p, editor="\u202egnaw"), "is not an editor's name"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_doctor_names_a_review_state_the_store_never_makes(db: Path, case: str) -> None:
    breaks, said = BROKEN[case]
    with Store(db) as store:
        page = marked(store)
        with store.write():
            breaks(page)
        problems = team_problems(store)
        assert any(said in p for p in problems), problems
