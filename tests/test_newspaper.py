"""Issue 14, the analysis half: page identity from names and furniture, continuation notes, links within an issue."""
from __future__ import annotations

import pytest

from jmreview.analysis.newspaper import StoryPart, continuation_notes, page_identity, page_label, propose_links
from jmreview.analysis.pipeline import analyse_text
from jmreview.analysis.script import to_simplified

from .newspaper_gen import make_issue


@pytest.mark.parametrize(("folder", "name", "issue", "page"), [
    ("", "2024-08-21_A03.txt", "2024-08-21", "A03"),
    ("", "20240821A03.txt", "2024-08-21", "A03"),
    ("2024-08-21", "A03.txt", "2024-08-21", "A03"),
    ("", "2024年8月21日第3版.txt", "2024-08-21", "03"),
    ("20240821", "b3.txt", "2024-08-21", "B03"),
    ("", "jmrb_20240821_A03.txt", "2024-08-21", "A03"),
    ("days", "001_69ca20e02664ffc6.txt", None, None),
    ("", "2024-02-30_A01.txt", None, "A01"),     # no such day: no issue date
])
def test_issue_and_page_from_the_file_name(folder: str, name: str, issue: str | None, page: str | None) -> None:
    found = page_identity(folder, name)
    assert (found.issue, found.page) == (issue, page)


def test_issue_and_page_from_furniture_lines_in_either_script() -> None:
    found = page_identity("", "x.txt", ["江門日報 2024年8月21日 星期三 A03 責任編輯：李明", "标题"])
    assert (found.issue, found.page, found.source) == ("2024-08-21", "A03", "furniture")
    assert page_identity("", "x.txt", ["正文", "2024年8月21日"], patterns=()).page is None


def test_a_pattern_of_the_desk_reads_its_own_names() -> None:
    pattern = r"JM(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4})-P(?P<page>\d+)"
    assert page_identity("", "JM21082024-P5.txt", patterns=[pattern]).page == "05"
    assert page_identity("", "JM21082024-P5.txt", patterns=[pattern]).issue == "2024-08-21"


@pytest.mark.parametrize(("line", "to", "came"), [
    ("……他说。（下转A04版）", ["A04"], []), ("（下轉第四版）", ["04"], []), ("（转第4版）", ["04"], []),
    ("（下接3版）", ["03"], []), ("（续见A05版）", ["A05"], []), ("（上接A01版）", [], ["A01"]),
    ("（緊接第1版）", [], ["01"]), ("（接第一版）", [], ["01"]), ("（承接A02版）", [], ["A02"]),
    ("连接江门和佛山的大桥", [], []), ("转发通知3份", [], []),
])
def test_notes(line: str, to: list[str], came: list[str]) -> None:
    assert continuation_notes([line]) == (to, came)


def test_page_labels() -> None:
    assert [page_label(t) for t in ("A3", "a03", "Ａ3", "十二", "0", "B 7")] == ["A03", "A03", "A03", "12", None, "B07"]


def _parts(issue: str, seed: int, key0: int = 0) -> tuple[list[StoryPart], list[tuple[int, int]]]:
    """Analyse a generated issue as an import would; its story parts and the true links by their keys."""
    pages, stories = make_issue(issue, seed)
    parts: list[StoryPart] = []
    key = key0
    for name, text in sorted(pages.items()):
        ident = page_identity("", name)
        result = analyse_text(text, with_entities=False)
        for order, art in enumerate(result.articles):
            to, came = continuation_notes(result.blocks[i].source for i in art.members)
            key += 1
            parts.append(StoryPart(key, ident.issue, ident.page, order, art.fields.title, to, came))
    truth = []
    used: set[int] = set()
    for st in stories:   # the generator appends each story's parts in order: the k-th 上接 on a page is the k-th story
        first = next((p.key for p in parts if p.page == f"A{st.first_page:02d}" and to_simplified(p.title) == st.title),
                     -1)
        then = next((p.key for p in parts if p.page == f"A{st.then_page:02d}" and p.key not in used
                     and any(c[-2:] == f"{st.first_page:02d}" for c in p.came)), -2)
        used.add(then)
        truth.append((first, then))
    return parts, truth


def test_links_in_generated_issues_f1_and_never_across_issues() -> None:
    tp = fp = fn = 0
    for seed in range(6):
        a_parts, a_truth = _parts("2024-08-21", seed)
        b_parts, b_truth = _parts("2024-08-22", seed, key0=10_000)   # the next day: the same page layout
        links = {(lk.first, lk.then) for lk in propose_links(a_parts + b_parts)}
        truth = set(a_truth) | set(b_truth)
        issue_of = {p.key: p.issue for p in a_parts + b_parts}
        assert all(issue_of[f] == issue_of[t] for f, t in links)
        tp += len(links & truth)
        fp += len(links - truth)
        fn += len(truth - links)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, (tp, fp, fn)
