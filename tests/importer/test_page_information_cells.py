"""A government page's top as text browsers and converters draw it (lynx, pandoc): the tracking picture's
name or ``[]`` first, the site's name, a breadcrumb labelled ``您当前所在位置：``, and the page's
information table one cell a line — ``索 引 号：`` over its value, ``发布机构：`` over its value,
``发文日期：`` over its value, blank lines between — before the bulletin's headline.

The pages are written for the tests (a fictional county); the expected values are read off the text."""

from __future__ import annotations

from reader.importer import parse_text
from reader.importer.boilerplate import _trail_to_text

TOP = [
    "   [a1b2c3d4e5f60718293a4b5c6d7e8f90.shtml]",
    "",
    "青禾市人民政府",
    "",
    "   网站无障碍关怀版",
    "",
    "您当前所在位置： 首页>政务公开>信息公开>统计数据>统计公报",
    "",
]
TABLE = [
    "          索 引 号：",
    "",
    "          012345678X/2024-0001234",
    "          发布机构：",
    "",
    "          青禾市统计局",
    "          发文日期：",
    "",
    "          2024-04-02",
    "          公开方式：",
    "",
    "          主动公开",
    "          公开时限：",
    "",
    "          常年公开",
    "          公开范围：",
    "",
    "          面向全社会",
    "          分类：",
    "",
    "          统计公报",
    "",
]
TITLE = "青禾县2023年国民经济和社会发展统计公报"
BULLETIN = [
    TITLE,
    "",
    "   访问量：321",
    "",
    "关联稿件：",
    "",
    "         " + TITLE,
    "",
    "            青禾县统计局 国家统计局青禾调查队",
    "",
    "                              2024年3月30日",
    "",
    "   2023年，全县上下坚持稳中求进工作总基调，经济运行持续回升向好，全年地区生产总值增长5.1%，",
    "   城乡居民收入稳步提高，各项社会事业全面进步。",
    "",
    "                                 一、综合",
    "",
    "   全年地区生产总值321.5亿元，比上年增长5.1%。其中，第一产业增加值30.2亿元，增长4.0%；第二产",
    "   业增加值140.3亿元，增长5.6%；第三产业增加值151.0亿元，增长5.0%。",
    "",
    "                                 二、农业",
    "",
    "   全年粮食产量30.1万吨，比上年增长1.2%。蔬菜产量20.4万吨，增长3.3%。",
    "",
    "   扫一扫在手机打开当前页",
]


def _text(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_a_trail_labelled_you_are_now_at_is_a_trail() -> None:
    assert _trail_to_text("您当前所在位置： 首页>政务公开>信息公开>统计数据>统计公报")
    assert _trail_to_text("您现在的位置：首页 > 新闻中心")
    assert not _trail_to_text("您当前所在位置的首页上有三条新闻，一条关于农业。")


def test_the_site_name_under_the_tracking_picture_is_not_the_bulletin() -> None:
    issue = parse_text(_text(TOP, TABLE, BULLETIN), "page_lynx.txt")
    assert [article.title for article in issue.articles] == [TITLE]
    assert issue.articles[0].blocks[0].text.startswith("2023年，全县上下坚持稳中求进")
    assert any(item.text == "青禾市人民政府" for item in issue.boilerplate)


def test_the_date_and_owner_cells_of_the_table_are_set_aside_with_it() -> None:
    issue = parse_text(_text(TOP[2:], TABLE, BULLETIN), "page_pandoc.txt")
    assert [article.title for article in issue.articles] == [TITLE]
    aside = {item.text: item.reason for item in issue.boilerplate}
    for cell in ("发布机构：", "青禾市统计局", "发文日期：", "2024-04-02"):
        assert (aside.get(cell) or "").startswith("web page"), cell
    assert issue.issue_date is not None  # the table still dates the page
