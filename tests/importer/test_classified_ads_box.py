"""A paper's page carries a box of classified advertisements under the heading ``分类广告`` (lost-document
notices, a hotline).  The box is the page's advertising, set aside as such — not a story titled 分类广告
(session 38, ``leftovers23``).  Text written for the test (invented paper, places, firms and people)."""

import pytest

from reader.importer import parse_text

_STORY = (
    "县医保局开展政策宣传月活动\n\n"
    "本报讯 (记者 刘敏) 9月1日，县医保局启动医保政策宣传月，\n"
    "组织工作人员进村入户讲解参保缴费和报销政策。\n\n"
)
_BOX = (
    "{heading}\n"
    "遗失声明 山溪县丰源果蔬专业合作社遗失公章一枚，声\n明作废。\n\n"
    "遗失声明 吴春燕遗失山溪县中医院住院收费票据一张\n，声明作废。\n\n"
    "广告热线 : 0000-6654321\n\n"
)
_LAST = (
    "石桥镇新建三座便民桥\n\n本报讯 (通讯员 陈光) 近日，石桥镇新建的三座便民桥通行，\n方便了两岸群众出行。\n"
)


@pytest.mark.parametrize("heading", ["分类广告", "分類廣告"])
def test_a_classified_ads_box_is_no_story(heading):
    issue = parse_text(
        "山溪报　2025年9月3日　星期三　第2版　综合\n\n" + _STORY + _BOX.format(heading=heading) + _LAST,
        "sxb_p2.txt",
    )
    assert [a.title for a in issue.articles] == ["县医保局开展政策宣传月活动", "石桥镇新建三座便民桥"]
    aside = {(b.text, b.reason) for b in issue.boilerplate}
    assert (heading, "advertisement") in aside
    assert ("广告热线 : 0000-6654321", "advertisement") in aside


def test_a_box_heading_over_no_ads_is_left():
    issue = parse_text(
        "山溪报　2025年9月3日　星期三　第2版　综合\n\n" + _STORY + "分类广告\n\n" + _LAST, "sxb_p2.txt"
    )
    assert "分类广告" not in {b.text for b in issue.boilerplate if b.reason == "advertisement"}
