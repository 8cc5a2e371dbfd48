"""A paper's later page opens with its head in two lines: the page (``第2版　综合``) over the paper's name and
day (``山溪报　2025年9月3日　星期三``), as the first page's head does at the top of the file.  Further down
the file the two lines are still that page's folio — set aside, not the last paragraph of the story above,
and the story that jumped there (``（上接第1版）``) goes back to its start (session 38, ``leftovers23``).
Text written for the test (invented paper, places and people)."""

import pytest

from reader.importer import parse_text
from reader.importer.ends import jumps_in


def _paper(gap: str, first: str) -> str:
    return (
        f"山溪报{gap}2025年9月3日{gap}星期三{gap}第1版{gap}要闻\n\n"
        "我县秋粮收购工作全面启动\n\n"
        "本报讯 (记者 王海东) 9月2日，全县秋粮收购工作全面启动，\n"
        "设立收购网点46个，预计收购粮食3.1万吨。\n"
        "(下转第2版)\n\n"
        "县医保局开展政策宣传月活动\n\n"
        "本报讯 (记者 刘敏) 9月1日，县医保局启动医保政策宣传月，\n"
        "组织工作人员进村入户讲解参保缴费和报销政策。\n\n"
        f"第2版{gap}综合\n\n"
        f"山溪报{gap}2025年9月3日{gap}星期三\n\n"
        f"(上接{first}版) 今年全县秋粮种植面积稳中有增，\n"
        "各收购网点实行敞开收购。\n\n"
        "石桥镇新建三座便民桥\n\n"
        "本报讯 (通讯员 陈光) 近日，石桥镇新建的三座便民桥通行，\n"
        "方便了两岸群众出行。\n"
    )


@pytest.mark.parametrize(("gap", "first"), [("　", "第1"), ("”", "第1"), ("”", "第]")])
def test_a_later_page_head_over_the_masthead_is_its_folio(gap, first):
    issue = parse_text(_paper(gap, first), "sxb_p1-2.txt")
    assert [(a.title, a.section) for a in issue.articles] == [
        ("我县秋粮收购工作全面启动", "第1版"),
        ("县医保局开展政策宣传月活动", "第1版"),
        ("石桥镇新建三座便民桥", "第2版"),
    ]
    lead, second = issue.articles[0].text, issue.articles[1].text
    assert "各收购网点实行敞开收购。" in lead
    assert "山溪报" not in second and "综合" not in second
    assert {f"第2版{gap}综合", f"山溪报{gap}2025年9月3日{gap}星期三"} <= {b.text for b in issue.boilerplate}


def test_a_misread_page_in_a_jump_line():
    assert jumps_in("(上接第]版) 今年全县秋粮种植面积稳中有增，")


def test_a_stray_bracket_beside_the_page_in_a_jump_line():
    assert jumps_in("(上接第1]版) 今年全县秋粮种植面积稳中有增，")
    assert not jumps_in("(上接第]]]版) 今年全县秋粮种植面积稳中有增，")
