"""Organisation names end before the title of the person after them (issue 11: '…局长 cut to …局')."""
from __future__ import annotations

import pytest

from jmreview.analysis.entities import _pattern_spans
from jmreview.analysis.org_edges import before_title


@pytest.mark.parametrize(("line", "org"), [
    ("湖南省教育厅副厅长王某出席", "湖南省教育厅"),
    ("国家商务部部长在会上说", "国家商务部"),
    ("佛山市人大常委会主任讲话", "佛山市人大常委会"),     # 常委 inside 常委会: the name goes on
    ("市委常委、宣传部部长", "市委"),
    ("中山市统计局局长", "中山市统计局"),
])
def test_an_organisation_stops_before_a_title(line: str, org: str) -> None:
    found = {line[i:j] for i, j, label, _ in _pattern_spans(line) if label == "ORG"}
    assert org in found, found
    assert not any(x.endswith(("副厅", "部部", "局局", "常委")) for x in found), found


def test_before_title_keeps_names_that_only_hold_a_title_word() -> None:
    s = "全国人大常委会委员长"
    assert before_title(s, 0, s.index("会") + 1) == s.index("会") + 1   # 常委会: 常委 ends inside the name
    s = "某某协会会长"
    assert before_title(s, 0, 5) == 4   # 协会会 → 协会: 会长 starts at the name's last character


def test_names_told_by_their_ending_take_their_name_like_head() -> None:
    from jmreview.analysis.lexicon import tokens
    from jmreview.analysis.marked import marked_spans

    def found(line: str) -> set[tuple[str, str]]:
        return {(line[i:j], label) for i, j, label, _ in marked_spans(tokens(line))}

    assert ("温哥华台山同乡会", "ORG") in found("昨天温哥华台山同乡会举行晚宴")
    assert ("白石大道", "LOC") in found("游客沿着白石大道前行")
    assert not found("他的思路很清楚") and not found("一路走来")   # common words that end in 路
    assert not {x for x, label in found("双方举行座谈联谊会") if label == "ORG"}   # a gathering, not a body


def test_a_place_is_not_its_area_and_kinds_of_places_are_not_names() -> None:
    from jmreview.analysis.pipeline import analyse_text

    text = "# 新闻\n\n江门日报讯 昨日，台山市城市建设和恩平地区的古镇、新区都在江门籍港人的关心下发展。\n"
    found = {(e.text, e.label) for a in analyse_text(text).articles for e in a.entities}
    assert ("台山市", "LOC") in found and ("恩平", "LOC") in found
    assert not {x for x, label in found if label == "LOC" and x.endswith(("城市", "地区", "港"))}, found
    assert ("古镇", "LOC") not in found and ("新区", "LOC") not in found


def test_country_forms_inside_jiebas_words_are_places_but_not_inside_foreign_names() -> None:
    from jmreview.analysis.pipeline import analyse_text

    text = "# 新闻\n\n新华社电 欧盟对华投资稳定增长，美国总统访华期间，中美关系受关注。代表胡安·拉蒙·马杜罗、中巴两国官员出席。\n"
    found = {(e.text, e.label) for a in analyse_text(text).articles for e in a.entities}
    assert {("华", "LOC"), ("中", "LOC"), ("美", "LOC")} <= found, found
    assert ("拉", "LOC") not in found and ("蒙", "LOC") not in found
