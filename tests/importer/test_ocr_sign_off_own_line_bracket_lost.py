"""A bulletin item's sign-off on a line of its own whose opening bracket a scan's OCR lost, or read
as ``人`` at the end of the line above (``…八公里。 人`` / ``石桥镇 孙丽)``; ``…八公里。`` /
``石桥镇 孙丽)``): the item ends there, and the next line is the next item's title, not a paragraph of
this one (session 39, ``ocrbulletins``).  Text written for the test (invented county, offices and
people)."""

import pytest

from reader.importer import parse_text

_TEXT = (
    "工作简报\n\n"
    "第9期\n"
    "山溪县人民政府办公室编 2025年11月6日\n\n"
    "县财政局开展惠民资金专项检查\n"
    "11月以来，县财政局对全县惠民惠农补贴资金发放情况开展专项检查，抽查农户三百余户。\n"
    "(县财政局 赵明)\n\n"
    "石桥镇开展河道整治行动\n"
    "10月以来，石桥镇组织干部群众清理河道垃圾，疏浚河道八公里，拆除违建六处。{mark}\n"
    "石桥镇 孙丽)\n\n"
    "县图书馆开展全民阅读进乡村活动\n"
    "近日，县图书馆组织志愿者走进五个村开展阅读推广，赠送图书一千二百册。\n"
    "(县图书馆 周杰)\n"
)


@pytest.mark.parametrize("mark", ["", " 人"])
def test_a_sign_off_on_its_own_line_without_its_opening_bracket_ends_the_item(mark):
    issue = parse_text(_TEXT.format(mark=mark), "sxgzjb_9_scan.txt")
    assert [(a.title, [p.name for p in a.byline][-1:]) for a in issue.articles] == [
        ("县财政局开展惠民资金专项检查", ["赵明"]),
        ("石桥镇开展河道整治行动", ["孙丽"]),
        ("县图书馆开展全民阅读进乡村活动", ["周杰"]),
    ]
