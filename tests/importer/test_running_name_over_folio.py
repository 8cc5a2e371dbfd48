"""A brief's running head drawn with its page's foot before the page's text: an extractor without pages
(PyMuPDF's blocks joined) reads ``河西政务信息　2026年第3期`` right over ``第 2 页 共 2 页``, between the last
title of one page and the text of the next.  It is the running head there, not more of that title."""

from reader.importer import parse_text

BRIEF = """河西政务信息

2026年第3期

河西县人民政府办公室编　2026年3月2日

石桥镇开展春季植树活动

3月5日，石桥镇组织干部群众在荒山植树，共栽种树苗一万余株。

县交通局推进农村公路建设

河西政务信息　2026年第3期

第 2 页 共 2 页

今年县交通局计划完成农村公路改造120公里，目前已开工项目17个。
"""


def test_the_name_over_a_page_number_is_the_running_head():
    issue = parse_text(BRIEF, "brief.txt")
    assert [a.title for a in issue.articles] == ["石桥镇开展春季植树活动", "县交通局推进农村公路建设"]
    assert issue.articles[1].text.startswith("今年县交通局")
    assert ("河西政务信息　2026年第3期", "running head") in {(b.text, b.reason) for b in issue.boilerplate}
