"""Credits, datelines and layout cues in the forms newspapers print them (issue 11): no page's strings, just the forms."""
from __future__ import annotations

import pytest

from jmreview.analysis.bylines import dateline_credit, parse_credit
from jmreview.analysis.cues import DATELINE, START_BYLINE, is_end_byline
from jmreview.analysis.pipeline import analyse_text
from jmreview.analysis.rules import closes_sentence, starts_fresh


@pytest.mark.parametrize(("credit", "reporters", "correspondents", "photographers"), [
    ("文/图 记者/甲一二 乙三四 通讯员/丙五六", ["甲一二", "乙三四"], ["丙五六"], ["甲一二", "乙三四"]),
    ("某某日报记者王小明通讯员李大同", ["王小明"], ["李大同"], []),
    ("文/某某晚报全媒体记者 张小云", ["张小云"], [], []),
    ("图/某某晚报全媒体记者 刘小雨", [], [], ["刘小雨"]),
    ("□统筹/陈甲 周乙", [], [], []),
    ("记者王甲、李乙报道", ["王甲", "李乙"], [], []),
    ("□文/张三丰李四光", ["张三丰", "李四光"], [], []),
    ("记者/王甲乙通讯员/赵丙丁", ["王甲乙"], ["赵丙丁"], []),
    ("文/图 某某日报记者 黄小林(除署名外)", ["黄小林"], [], ["黄小林"]),
    ("台记者周甲 编辑吴乙", ["周甲"], [], []),
])
def test_credit_forms(credit: str, reporters: list[str], correspondents: list[str], photographers: list[str]) -> None:
    names = parse_credit(credit, credit).names
    assert (names["reporters"], names["correspondents"], names["photographers"]) == \
        (reporters, correspondents, photographers)


@pytest.mark.parametrize(("line", "reporters", "correspondents"), [
    ("【某某时报广州4月5日讯】(记者陈甲 林乙 摄影报道) 正文", ["陈甲", "林乙"], []),
    ("某都讯 记者罗甲乙 通讯员何丙 12月20日,正文", ["罗甲乙"], ["何丙"]),
    ("新华社北京3月5日电（记者 孙甲乙）正文", ["孙甲乙"], []),
])
def test_agency_datelines_give_their_credits(line: str, reporters: list[str], correspondents: list[str]) -> None:
    assert DATELINE.match(line)
    names = dateline_credit(line, line).names
    assert (names["reporters"], names["correspondents"]) == (reporters, correspondents)


def test_a_sentence_that_mentions_news_is_no_dateline() -> None:
    assert not DATELINE.match("他说这个消息 很好")
    assert not START_BYLINE.match("记者是如何工作的这个问题")


def test_results_lines_are_neither_cut_nor_continued() -> None:
    assert closes_sentence("甲队 3:2 乙队") and starts_fresh("丙队 1：0 丁队")
    assert not closes_sentence("比赛进行到第二节时，双方")


def test_editor_lines_close_an_article() -> None:
    assert is_end_byline("（台记者周甲 编辑吴乙）")


def test_a_page_that_sets_stories_apart_with_blank_lines() -> None:
    """Unmarked headlines after extra blank lines open stories; subheads after a single blank line do not."""
    page = ("\n\n第一条新闻标题在这里\n\n某某日报讯 (记者/王甲) 昨日，活动在市区举行，吸引了许多市民。\n\n"
            "一个小标题\n\n活动内容丰富多彩，参加者纷纷表示收获很大，希望明年再来参加。\n\n\n"
            "第二条新闻的标题\n\n记者 李乙\n\n今年以来，全市各部门认真落实各项工作，取得了明显的成效。\n\n"
            "另一个小标题\n\n下一步，有关部门将继续推进相关工作，确保各项任务落到实处。\n\n\n"
            "第三条新闻的标题\n\n本月初，有关方面召开专题会议，研究部署下一阶段的重点工作。\n")
    page_analysis = analyse_text(page, with_entities=False)
    titles = [a.fields.title for a in page_analysis.articles]
    assert titles == ["第一条新闻标题在这里", "第二条新闻的标题", "第三条新闻的标题"]
    second = page_analysis.articles[1]
    roles = sorted(set(second.roles.values()))
    assert roles == ["body", "byline", "headline", "subhead"]
    assert second.fields.credits.names["reporters"] == ["李乙"]
