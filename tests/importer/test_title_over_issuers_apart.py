"""A bulletin's title, then its issuing offices one a line, then its day, each block set apart by the page's
white space (BeautifulSoup's ``get_text("\\n")`` of an article block whose title and offices stand in
``<font>``s of their own: the title cut at its two fonts, a space-only text node between the offices).  The
offices over the day are no headline: the title above them, past the wider gap, heads the bulletin.

The text is written for the tests (a fictional province); the expected values are read off it."""

from __future__ import annotations

from reader.importer import parse_text

BLOCK = [
    "",
    "",
    "蘅溪省",
    "2024年国民经济和社会发展统计公报[1]",
    "",
    "",
    " ",
    "",
    "",
    "蘅溪省统计局",
    " ",
    " 国家统计局蘅溪调查总队",
    "",
    "",
    "2025年3月20日",
    "",
    "",
    " ",
    "",
    "",
    "2024年，全省上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，民生保障有力有效。",
    "",
    "",
    "一、综合",
    "",
    "",
    "初步核算，全年地区生产总值",
    "[2]18236.4亿元，比上年增长5.1%。其中，第一产业增加值1523.8亿元，增长3.6%。",
    "",
    "",
    "年末全省常住人口",
    "2741.6万人，比上年末减少3.2万人。全年出生人口18.7万人，出生率为6.81‰。",
    "",
    "",
    "二、农业",
    "",
    "",
    "全年粮食种植面积",
    "2875.3万亩，粮食总产量",
    "1102.6万吨，比上年增长0.8%。",
    "",
    "",
    "三、工业和建筑业",
    "",
    "",
    "全年规模以上工业增加值比上年增长",
    "6.2%。其中，高技术制造业增加值增长9.4%，装备制造业增加值增长8.1%。",
    "",
    "",
    "全年建筑业增加值",
    "1286.5亿元，比上年增长3.3%。具有资质等级的总承包和专业承包建筑业企业",
    "4125家。",
    "",
    "",
    "四、人民生活",
    "",
    "",
    "全年全省居民人均可支配收入",
    "30217元，比上年增长5.6%。",
    "",
    "",
    "注释：",
    "",
    "[1]本公报中数据均为初步统计数。",
    "",
    "[2]地区生产总值按现价计算，增长速度按不变价格计算。",
]


def test_the_title_over_the_offices_heads_the_bulletin() -> None:
    issue = parse_text("\n".join(BLOCK) + "\n", "block.txt")
    assert len(issue.articles) == 1
    article = issue.articles[0]
    assert article.title.startswith("蘅溪省2024年国民经济和社会发展统计公报")
    assert article.text.startswith("2024年，全省上下坚持稳中求进工作总基调")
    assert issue.issue_date == "2025-03-20"
