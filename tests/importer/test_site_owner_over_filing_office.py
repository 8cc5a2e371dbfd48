"""A government site's 信息公开 page: its catalogue table names the office that filed the
record (``发布机构：`` 某市统计局), its footer the site's owner (``主办：`` 某市人民政府).  The page's
publication is the site — as a county's site is for its statistics bureau's bulletin — so the footer's owner
comes before the catalogue's filing office; the office still names the publication when no owner is printed.

The page is written for the tests (a fictional province and city); the expected values are read off it."""

from __future__ import annotations

from reader.importer import parse_text

TITLE = "蘅溪省2024年国民经济和社会发展统计公报"


def _page(footer: list[str]) -> str:
    lines = [
        "蘅州市人民政府",
        "",
        "您当前所在位置： 首页>政务公开>信息公开>统计数据>统计公报",
        "",
        "索 引 号：",
        "",
        "0147/2025-0031",
        "",
        "发布机构：",
        "",
        "蘅州市统计局",
        "",
        "发文日期：",
        "",
        "2025-03-26",
        "",
        TITLE,
        "",
        "访问量：612",
        "",
        "2024年，全省上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，民生保障有力有效。",
        "",
        "一、综合",
        "",
        "初步核算，全年地区生产总值18236.4亿元，比上年增长5.1%。其中，第一产业增加值1523.8亿元，增长3.6%。",
        "",
        "【返回顶部】【关闭本页】",
        "",
        *footer,
    ]
    return "\n".join(lines) + "\n"


def test_the_site_s_owner_is_the_publication() -> None:
    issue = parse_text(_page(["主办：蘅州市人民政府　承办：蘅州市人民政府办公室", ""]), "page.txt")
    assert [article.title for article in issue.articles] == [TITLE]
    assert issue.publication == "蘅州市人民政府"


def test_the_filing_office_without_an_owner() -> None:
    issue = parse_text(_page(["网站地图 | 联系我们"]), "page.txt")
    assert issue.publication == "蘅州市统计局"
