"""A web page whose 来源： field is empty: the text dump runs the next field into it (``来源：访问量：88``,
html2text's ``来源：****``, or ``来源：`` alone over ``访问量：``).  That is no publisher: the page's own site
names the publication, as on a page whose 来源 names nobody."""

import pytest

from reader.importer import parse_text

PAGE = """[logo]
青岩县人民政府
  • 网站首页
  • 政务公开
  • 数据开放

您当前的位置：网站首页>数据开放>统计信息>统计公报

青岩县2024年国民经济和社会发展统计公报

来源：{source} 发布日期：2025-04-18 09:30:00

2024年，全县上下坚持稳中求进工作总基调，经济运行总体平稳，地区生产总值达到128.6亿元，比上年增长5.2%。

全年粮食总产量16.3万吨，比上年增长1.8%。规模以上工业增加值比上年增长6.4%。

全年城乡居民人均可支配收入达到23840元，比上年增长5.9%。

主办：青岩县人民政府办公室　　承办：青岩县大数据中心
您访问的链接即将离开'青岩县人民政府网站'是否继续？
"""


@pytest.mark.parametrize("source", ["访问量：88", "**** 访问量：**88**", "访问量："])
def test_an_empty_source_field_names_no_publisher(source: str) -> None:
    issue = parse_text(PAGE.format(source=source), "page.txt")
    unsourced = parse_text(PAGE.replace("来源：{source} ", ""), "page.txt")
    assert unsourced.publication == "青岩县人民政府办公室"  # the page's 主办： office
    assert issue.publication == unsourced.publication


def test_a_named_source_is_still_the_publisher() -> None:
    issue = parse_text(PAGE.format(source="青岩县统计局"), "page.txt")
    assert issue.publication == "青岩县统计局"


def test_a_field_run_into_the_owner_ends_it() -> None:
    """w3m drops the spaces between Han characters: ``主办：青岩县人民政府承办：青岩县大数据中心``."""
    page = PAGE.replace("来源：{source} ", "").replace(
        "主办：青岩县人民政府办公室　　承办：", "主办：青岩县人民政府承办："
    )
    assert parse_text(page, "page.txt").publication == "青岩县人民政府"
