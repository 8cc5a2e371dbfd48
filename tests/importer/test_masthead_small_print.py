"""A county paper's masthead prints, beside or under the paper's name, who runs it and its running number
(``中共山溪县委机关报　　山溪县融媒体中心主办　　总第2045期``).  That line is the page's furniture, set aside
with the folio — not the kicker of the first story under it (session 38, ``leftovers23``).  Text written for
the test (invented paper, places and people)."""

import pytest

from reader.importer import parse_text
from reader.importer.ends import masthead_print

_PAGE = (
    "山溪报\n\n"
    "{print}\n"
    "2025年9月3日　星期三　　第1版　要闻　　责任编辑：林小雨\n"
    "我县秋粮收购工作全面启动\n\n"
    "本报讯 (记者 王海东) 9月2日，全县秋粮收购工作全面启动，\n"
    "设立收购网点46个，预计收购粮食3.1万吨。\n\n"
    "县医保局开展政策宣传月活动\n\n"
    "本报讯 (记者 刘敏) 9月1日，县医保局启动医保政策宣传月，\n"
    "组织工作人员进村入户讲解参保缴费和报销政策。\n"
)


@pytest.mark.parametrize(
    "small_print",
    [
        "中共山溪县委机关报                    山溪县融媒体中心主办  总第2045期",
        "中共山溪县委机关报　　总第2045期",
        "山溪县融媒体中心主办　总第2045期",
    ],
)
def test_the_masthead_small_print_is_no_kicker(small_print):
    issue = parse_text(_PAGE.format(print=small_print), "sxb_p1_scan.txt")
    assert [(a.kicker, a.title, a.section) for a in issue.articles] == [
        (None, "我县秋粮收购工作全面启动", "第1版"),
        (None, "县医保局开展政策宣传月活动", "第1版"),
    ]
    assert {small_print, "山溪报"} <= {b.text for b in issue.boilerplate}
    assert (issue.publication, issue.issue_date) == ("山溪报", "2025-09-03")


def test_what_the_small_print_is():
    assert masthead_print("中共山溪县委机关报　山溪县融媒体中心主办　总第2045期")
    assert masthead_print("總第2045期")
    assert not masthead_print("山溪县融媒体中心主办")  # who runs it alone: a site's footer says as much
    assert not masthead_print("县委机关报道组深入基层")
    assert not masthead_print("我县召开总第3期工作例会")


def test_a_folio_names_the_paper_before_the_masthead_does():
    """The masthead's name is set in large, drawn type, which a scan's OCR misreads (``汕溪报``); the
    folio of a later page prints it in body type: where both name a paper, the folio's is the issue's."""
    page = _PAGE.format(print="中共山溪县委机关报　　总第2045期").replace("山溪报\n", "汕溪报\n", 1)
    page += (
        "\n第2版　综合\n\n山溪报　2025年9月3日　星期三\n\n石桥镇新建三座便民桥\n\n"
        "本报讯 (通讯员 陈光) 近日，石桥镇新建的三座便民桥通行，方便了两岸群众出行。\n"
    )
    issue = parse_text(page, "sxb_p1-2_scan.txt")
    assert issue.publication == "山溪报"
    assert [(a.title, a.section) for a in issue.articles][-1] == ("石桥镇新建三座便民桥", "第2版")
