"""A bulletin reposted on a site's information page, as html2text writes it (Markdown): the page's heading is
the bulletin's title, and the bulletin's own opening — its title again, its issuing offices, its day — stands
at the top of the text.  The offices and the day are the document's header, not its first paragraph: the
offices are kept as the byline's text and the day as the date line, and the issue is dated by that day
rather than by the reposting site's ``发文日期``.

The page is written for the tests (a fictional province and city); the expected values are read off it."""

from __future__ import annotations

from reader.importer import parse_text

TITLE = "蘅溪省2024年国民经济和社会发展统计公报"

PAGE = [
    "[蘅州市人民政府](https://www.example.gov.cn/index.shtml)",
    "",
    "##  您当前所在位置：",
    "[首页](https://www.example.gov.cn/index.shtml)>[政务公开](https://www.example.gov.cn/zwgk.shtml)",
    "",
    "     发布机构：",
    "",
    "蘅州市统计局",
    "",
    "     发文日期：",
    "",
    "2025-03-26",
    "",
    "     分类：",
    "",
    "统计公报",
    "",
    f"# {TITLE}",
    "",
    "访问量：**612** ______",
    "",
    "### 关联稿件：",
    "",
    f"{TITLE}[1]",
    "",
    "蘅溪省统计局 国家统计局蘅溪调查总队",
    "",
    "2025年3月20日",
    "",
    "2024年，全省上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，民生保障有力有效。",
    "",
    "一、综合",
    "",
    "初步核算，全年地区生产总值[2]18236.4亿元，比上年增长5.1%。其中，第一产业增加值1523.8亿元，增长3.6%。",
    "",
    "二、农业",
    "",
    "全年粮食种植面积2875.3万亩，粮食总产量1102.6万吨，比上年增长0.8%。",
    "",
    "注释：",
    "",
    "[1]本公报中数据均为初步统计数。",
    "",
    "[2]地区生产总值按现价计算，增长速度按不变价格计算。",
    "",
    "[【返回顶部】](javascript:scrollTo\\(0,0\\);)[【关闭本页】](javascript:window.close\\(\\);)",
    "",
    "主办：蘅州市人民政府 承办：蘅州市人民政府办公室",
]


def test_the_offices_and_the_day_are_the_document_s_header() -> None:
    issue = parse_text("\n".join(PAGE) + "\n", "page.md")
    assert [article.title for article in issue.articles] == [TITLE]
    article = issue.articles[0]
    assert article.text.startswith("2024年，全省上下坚持稳中求进工作总基调")
    assert article.date_line == "2025年3月20日"
    assert article.byline_text == "蘅溪省统计局 国家统计局蘅溪调查总队"
    assert issue.issue_date == "2025-03-20"
