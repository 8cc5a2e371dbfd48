"""A site reposting a document labels its page with its own day (``发文日期：2024-04-02``); the document
prints the day its issuer dated it on a line of its own under its title (``2024年3月30日``).  The issue's
date is the document's own day; the page's label dates the issue only when the document prints none.

The pages are written for the tests (a fictional county); the expected values are read off the text."""

from __future__ import annotations

from reader.importer import parse_text

TITLE = "青禾县2023年国民经济和社会发展统计公报"
TEXT = [
    "2023年，全县上下坚持稳中求进工作总基调，经济运行持续回升向好，全年地区生产总值增长5.1%，城乡居民"
    "收入稳步提高，各项社会事业全面进步。",
    "一、综合",
    "全年地区生产总值321.5亿元，比上年增长5.1%。其中，第一产业增加值30.2亿元，增长4.0%。",
]


def _page(date_line: str | None) -> str:
    lines = [
        "青禾市人民政府",
        "您当前所在位置：首页>政务公开>统计数据>统计公报",
        "发布机构：",
        "青禾市统计局",
        "发文日期：",
        "2024-04-02",
        TITLE,
        "青禾县统计局 国家统计局青禾调查队",
        *([date_line] if date_line else []),
        *TEXT,
        "扫一扫在手机打开当前页",
    ]
    return "\n".join(lines) + "\n"


def test_the_documents_own_day_dates_the_issue() -> None:
    issue = parse_text(_page("2024年3月30日"), "page.txt")
    assert [article.title for article in issue.articles] == [TITLE]
    assert issue.issue_date == "2024-03-30"


def test_a_bracketed_day_under_the_title_too() -> None:
    assert parse_text(_page("（2024年3月30日）"), "page.txt").issue_date == "2024-03-30"


def test_without_a_day_of_its_own_the_page_dates_it() -> None:
    assert parse_text(_page(None), "page.txt").issue_date == "2024-04-02"
    assert parse_text(_page("（2024年3月）"), "page.txt").issue_date == "2024-04-02"
