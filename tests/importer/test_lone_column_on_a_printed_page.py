"""On a printed page (``第2版　乡村振兴`` over its stories), one column name further down (``农事快讯`` over
two ◆ briefs, ``图片新闻`` over a photo story) heads the story right under it only — the briefs after it
are filed under the page.  Every story of the page is the page's: the first brief too is filed under the
page, the column's name kept as its kicker (no word of the page is lost).  A file naming no page keeps the
lone column as that story's section (``test_page_columns``)."""

from __future__ import annotations

from reader.importer import parse_text

PAGE = """第2版　乡村振兴

河口镇柑橘喜获丰收

本报讯（记者　戴明远）9月10日，河口镇万亩柑橘基地迎来采摘季，果农们忙着采摘、分拣、装箱。

镇农业站负责人介绍，今年全镇柑橘总产量预计达到三万吨。

青石乡建成村级养老服务站

本报讯（通讯员　孔秋云）日前，青石乡六个村级养老服务站全部建成投用，可为老人提供助餐、助浴服务。

农事快讯

◆东坡乡建成高标准农田两千亩

今年以来，东坡乡新建高标准农田两千亩，配套建设灌溉渠道八公里。（尹春）

◆县农机站开展秋收机具检修

9月以来，县农机站组织技术人员下乡检修秋收机具三百余台。（邵玲）
"""


def test_the_first_brief_under_a_lone_column_is_on_the_page():
    issue = parse_text(PAGE, "page.txt")
    got = [(article.section, article.title) for article in issue.articles]
    assert got == [
        ("第2版", "河口镇柑橘喜获丰收"),
        ("第2版", "青石乡建成村级养老服务站"),
        ("第2版", "东坡乡建成高标准农田两千亩"),
        ("第2版", "县农机站开展秋收机具检修"),
    ]
    assert issue.articles[2].kicker == "农事快讯"


def test_a_lone_column_without_printed_pages_stays_the_section():
    text = PAGE.split("\n", 2)[2]  # the same stories, the page's head line left out
    sections = [article.section for article in parse_text(text, "page.txt").articles]
    assert sections == [None, None, "农事快讯", None]
