"""A contents list that sets its section names in corner brackets: 「社区动态」, 『居民说』.

A newsletter's 目录 groups its entries under 「…」 names (a community paper's 「社区动态」「居民说」);
the brackets were kept in the section's name (``「社区动态」``) where 【…】 and 〔…〕 were taken off
(twentysixth's d02). Only a pair enclosing the whole name is taken off: 「两会」专栏 keeps its quotes.
"""

from __future__ import annotations

from reader.importer import parse_text
from reader.importer.segment import section_name

ITEMS = [
    ("社区动态", "东湖社区新建口袋公园开放", "十月中旬，东湖社区利用闲置空地建成的口袋公园正式向居民开放。"),
    ("社区动态", "社区卫生服务站延长服务时间", "自十一月起，社区卫生服务站每天晚上延长服务至八点。"),
    ("邻里心声", "楼下的修车摊又开张了", "老李的修车摊在小区门口摆了十多年，街坊们都离不开它。"),
]


def _issue() -> str:
    out = ["东湖社区通讯", "2025年第5期　　2025年11月15日", "", "目　录"]
    seen = None
    for n, (section, title, _) in enumerate(ITEMS, 1):
        if section != seen:
            seen = section
            out.append(f"「{section}」")
        out.append(f"{title}……………………{n + 1}")
    out.append("")
    seen = None
    for section, title, para in ITEMS:
        if section != seen:
            seen = section
            out += [f"【{section}】", ""]
        out += [title, f"　　{para}", ""]
    return "\n".join(out)


def test_corner_brackets_come_off_a_contents_section_name() -> None:
    issue = parse_text(_issue(), "dhtx_5.txt")
    assert [(a.section, a.title) for a in issue.articles] == [(s, t) for s, t, _ in ITEMS]


def test_only_an_enclosing_pair_comes_off() -> None:
    assert section_name("「社区动态」") == "社区动态"
    assert section_name("『居民说』") == "居民说"
    assert section_name("「两会」专栏") == "「两会」专栏"
    assert section_name("【工作动态】") == "工作动态"
