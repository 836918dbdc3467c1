"""Any text goes through analysis without a crash, and every offset stays true."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmreview.analysis.pipeline import analyse_text
from jmreview.analysis.script import converter

from .conftest import seed_texts

PIECES = st.sampled_from([
    "江门日报讯（记者/胡晴晴 通讯员/周斯佳）8月21日，", "## ", "# ", "### ", "**", "□江门日报记者 唐达", "(黎勇君 江軒)",
    "上接 A01 版", "下转A03版", "（相关新闻见A03）", "郭永乐 摄", "服務(wù)", "市委书记陈岸明", "。", "，", "：", "”", "“",
    "\n", "\n\n", "\r\n", "\r", "  ", "一 ", "(二)", "1 ", "𠮷", "\u200b", "\ufeff", "电话: 12315", "报告摘要",
    "江海区外海街道麻三村", "中科院（江门）中微子实验站", "2021年11月2日", "昨日", "投诉举报", "全力推动高质量发展",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)


def check_invariants(text: str) -> None:
    page = analyse_text(text)
    seen: set[int] = set()
    for art in page.articles:
        assert art.members and art.fields.title is not None
        for m in art.members:
            assert m not in seen
            seen.add(m)
            b = page.blocks[m]
            assert text[b.start:b.end] == b.source and b.source.strip()
            assert art.roles[m] in {"kicker", "headline", "subheadline", "byline", "subhead", "caption", "note", "body"}
        for e in art.entities:
            assert text[e.start:e.end] == e.text and e.start < e.end
    assert seen.isdisjoint(page.noise)
    assert seen | set(page.noise) == set(range(len(page.blocks)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_keeps_the_invariants(text: str) -> None:
    check_invariants(text)


def _shape(text: str) -> list[tuple[int, list[tuple[int, str]]]]:
    page = analyse_text(text, with_entities=False)
    return [(len(a.members), [(page.blocks[m].line, a.roles[m]) for m in a.members]) for a in page.articles]


def test_segmentation_does_not_depend_on_script() -> None:
    """The same page in Traditional characters splits exactly like the Simplified one."""
    to_trad = converter("s2t")
    for name in ("001_69ca20e02664ffc6.txt", "004_8fe30a7831068c4f.txt", "002_4a1bb4f78707ee57.txt"):
        text = seed_texts()[name]
        assert _shape(to_trad(text)) == _shape(text), name


def test_segmentation_does_not_depend_on_line_ends() -> None:
    for text in seed_texts().values():
        assert _shape(text.replace("\n", "\r\n")) == _shape(text)


def test_a_page_of_plain_news_items() -> None:
    items = []
    for n, (head, who) in enumerate([("市图书馆举办读书月活动", "黎禹君"), ("台山推进海上风电项目", "李雨溪"),
                                     ("鹤山新增两所公办幼儿园", "湛磊")]):
        items.append(f"{head}\n\n江门日报讯（记者/{who}）{n + 3}月2日，{head[:4]}相关活动举行。\n\n"
                     "活动现场气氛热烈，参与群众纷纷表示收获满满。\n\n"
                     "据介绍，下一步将继续加大工作力度。\n")
    page = analyse_text("\n".join(items))
    assert [a.fields.title for a in page.articles] == ["市图书馆举办读书月活动", "台山推进海上风电项目", "鹤山新增两所公办幼儿园"]
    assert [a.fields.credits.names["reporters"] for a in page.articles] == [["黎禹君"], ["李雨溪"], ["湛磊"]]
    assert all(a.fields.category == "news" for a in page.articles)
    assert all(a.start_cue.startswith("start.") for a in page.articles)  # every article says why it starts


def test_furniture_is_noise_a_late_caption_stays_and_a_byline_opens_a_feature() -> None:
    text = ("## 甲新闻标题\n\n江门日报讯（记者/张三）8月1日，某活动举行。\n\n活动很成功。(张三)\n\n图为活动现场。李四 摄\n\n"
            "责任编辑：王五\n\n## 乙新闻标题\n\n□江门日报记者 赵六\n\n开篇段落。\n\n### 小标题\n\n正文段落。\n")
    page = analyse_text(text)
    shape = [[(page.blocks[m].line, a.roles[m]) for m in a.members] for a in page.articles]
    assert shape == [[(1, "headline"), (3, "body"), (5, "body"), (7, "caption")],
                     [(11, "headline"), (13, "byline"), (15, "body"), (17, "subhead"), (19, "body")]]
    assert [page.blocks[m].line for m in page.noise] == [9]
    assert page.articles[0].fields.credits.names["photographers"] == ["李四"]
