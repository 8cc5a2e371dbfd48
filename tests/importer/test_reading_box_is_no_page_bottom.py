"""A ``延伸阅读`` (or ``相关链接``) box inside an article — a heading, then running paragraphs that end
sentences — is part of the text, not a web page's footer: the footer rule, which sets aside everything
from such a marker in a page's last half, must not eat the box, nor (in a day's Markdown files joined
with ``cat *.md``) every article after it (session 42, ``pdmwide``'s p23).  Text written for the test
(invented reporters and figures)."""

from reader.importer import parse_text

FEATURE = """---
title: "冬日的站台  温暖的归途（走基层）"
date: 2026-01-20
section: "第12版"
section_name: "社会"
author: ""
---

# 冬日的站台  温暖的归途（走基层）

> 《人民日报》（2026年01月20日第 12 版）

1月19日，北河站迎来寒假客流高峰。本报记者来到站台，体验客运员一天的工作。

清晨5点，客运员已在站台清点物资，为首趟列车做准备。

本报记者  柯南星

延伸阅读

寒假客流将呈现三个特点

据北河铁路部门预计，今年寒假期间客流将明显增长——

一是学生返乡客流集中在假期前三天，日均发送旅客将超过12万人次。

二是探亲客流与旅游客流叠加，热门线路车票紧张。

（本报记者  柯南星整理）
"""

SECOND = """---
title: "让每一次出发都安心（编辑手记）"
date: 2026-01-20
section: "第12版"
section_name: "社会"
author: "林照"
---

# 让每一次出发都安心（编辑手记）

> 林照《人民日报》（2026年01月20日第 12 版）

一趟趟列车准点出发，背后是许多人的默默坚守。他们的付出，让旅途多了一份安心。
"""


def test_the_box_stays_in_its_article():
    issue = parse_text(FEATURE, "feature.md")
    assert [a.title for a in issue.articles] == ["冬日的站台  温暖的归途（走基层）"]
    text = issue.articles[0].text
    assert "一是学生返乡客流集中在假期前三天" in text
    assert "二是探亲客流与旅游客流叠加" in text


def test_the_articles_after_the_box_in_a_joined_day_are_found():
    issue = parse_text(FEATURE + SECOND, "day.md")
    titles = [a.title for a in issue.articles]
    assert titles == ["冬日的站台  温暖的归途（走基层）", "让每一次出发都安心（编辑手记）"]
    assert issue.articles[1].text.startswith("一趟趟列车准点出发")


def test_a_page_bottom_of_link_titles_is_still_the_pages():
    page = (
        "北河区召开冬季安全生产工作会议\n\n发布时间：2026-01-20\n\n"
        + "1月19日，北河区召开冬季安全生产工作会议，部署下一阶段重点工作，要求各部门压实责任。\n\n" * 3
        + "相关链接\n\n北河区开展消防安全检查\n\n北河区部署春运安全工作\n\n版权所有：北河区人民政府\n"
    )
    issue = parse_text(page, "page.txt")
    assert "北河区开展消防安全检查" not in issue.articles[0].text
