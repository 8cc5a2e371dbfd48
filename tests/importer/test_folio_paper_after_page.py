"""A page's folio on one line may open with the page and its name, the paper's name and day after them
(``第2版　综合　　山溪报　2025年9月3日　星期三``), as a scan's OCR reads a head set across the page.  The
paper is the word before the day, not the page's name (session 38, ``leftovers23``).  Text written for the
test (invented paper, places and people)."""

import pytest

from reader.importer import parse_text

_STORIES = (
    "石桥镇新建三座便民桥\n\n"
    "本报讯 (通讯员 陈光) 近日，石桥镇新建的三座便民桥通行，方便了两岸群众出行。\n\n"
    "县医保局开展政策宣传月活动\n\n"
    "本报讯 (记者 刘敏) 9月1日，县医保局启动医保政策宣传月，组织工作人员进村入户讲解政策。\n"
)


@pytest.mark.parametrize(
    "folio",
    [
        "第2版　综合　　山溪报　2025年9月3日　星期三",
        "第2版 ”综合                山溪报”2025年9月3日”星期三     责任编辑 : 周立",
        "山溪报　2025年9月3日　星期三　第2版　综合",
    ],
)
def test_the_paper_named_after_the_page(folio):
    issue = parse_text(folio + "\n\n" + _STORIES, "sxb_b02.txt")
    assert (issue.publication, issue.issue_date) == ("山溪报", "2025-09-03")
    assert [(a.title, a.section) for a in issue.articles] == [
        ("石桥镇新建三座便民桥", "第2版"),
        ("县医保局开展政策宣传月活动", "第2版"),
    ]


def test_a_page_name_is_no_paper():
    issue = parse_text("第2版　综合　　2025年9月3日　星期三\n\n" + _STORIES, "sxb_b02.txt")
    assert issue.publication is None
