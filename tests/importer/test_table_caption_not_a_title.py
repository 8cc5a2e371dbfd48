"""A statistics bulletin's table captions (``表6  2023年分行业固定资产投资增长速度``) as a text browser
prints them: centred on a line of their own between ``[]`` lines where the table's picture stood.  A
caption is the table's, inside the bulletin's text — never the headline of an article of its own.

The bulletin is written for the tests (a fictional county); the expected values are read off the text."""

from __future__ import annotations

from reader.importer import parse_text
from reader.importer.linekinds import Kind, kind_of

TITLE = "青禾县2023年国民经济和社会发展统计公报"
PARAGRAPHS = {
    "一": "全年地区生产总值321.5亿元，比上年增长5.1%。其中，第一产业增加值30.2亿元，增长4.0%；第二产业"
    "增加值140.3亿元，增长5.6%；第三产业增加值151.0亿元，增长5.0%。",
    "二": "全年固定资产投资比上年增长6.2%。第一产业投资增长12.0%，第二产业投资增长7.3%，第三产业投资"
    "增长5.1%。民间投资增长3.4%。",
    "三": "全年房地产开发投资比上年下降8.6%，其中住宅投资下降7.6%。商品房销售面积102.6万平方米，下降"
    "9.7%，其中住宅销售面积95.1万平方米，下降10.2%。",
    "四": "全年货物贸易进出口总值61.3亿元，比上年增长14.9%。其中，出口值50.4亿元，增长18.7%；进口值"
    "10.9亿元，下降1.2%。",
}


def _wrapped(paragraph: str) -> list[str]:
    return [paragraph[k : k + 38] for k in range(0, len(paragraph), 38)]


def _bulletin() -> str:
    lines = [
        " " * 16 + TITLE,
        "",
        " " * 22 + "青禾县统计局国家统计局青禾调查队",
        "",
        " " * 33 + "2024年3月30日",
        "",
        *_wrapped("2023年，全县上下坚持稳中求进工作总基调，经济运行持续回升向好，城乡居民收入稳步提高。"),
        "",
        "01综合",
        "",
        *_wrapped(PARAGRAPHS["一"]),
        "",
        "05固定资产投资",
        "",
        *_wrapped(PARAGRAPHS["二"]),
        "",
        "[]",
        "",
        "",
        " " * 18 + "表6 2023年分行业固定资产投资增长速度及构成",
        "",
        " " * 38 + "[]",
        "",
        *_wrapped(PARAGRAPHS["三"]),
        "",
        "07对外经济",
        "",
        *_wrapped(PARAGRAPHS["四"]),
        "",
        "[]",
        "",
        "",
        " " * 19 + "表7\u30002023年货物贸易进出口总值及其增长速度",
        "",
        " " * 38 + "[]",
        "",
        *_wrapped("全年新设外商直接投资企业12家，比上年增加3家。实际使用外商直接投资金额0.7亿美元。"),
        "",
    ]
    return "\n".join(lines) + "\n"


def test_a_numbered_table_caption_is_a_caption() -> None:
    assert kind_of("表6 2023年分行业固定资产投资增长速度及构成") is Kind.CAPTION
    assert kind_of("表7\u30002023年货物贸易进出口总值及其增长速度") is Kind.CAPTION
    assert kind_of("表彰先进 激励后进") is not Kind.CAPTION  # 表 opening a word, no number


def test_table_captions_stay_inside_the_bulletin() -> None:
    issue = parse_text(_bulletin(), "bulletin_w3m.txt")
    assert [article.title for article in issue.articles] == [TITLE]
    text = "".join(block.text for block in issue.articles[0].blocks)
    assert "表6" in text and "2023年货物贸易进出口总值及其增长速度" in text
    assert "全年新设外商直接投资企业12家" in text
