"""A report's head — its title, its occasion line, its speaker's line — set apart by wider white space than
its paragraphs (a page's content copied with blank lines and lines of one space between the head's lines,
one blank line between paragraphs): the occasion and the speaker still stand under the title, so the
occasion is the subtitle and dates the report, the speaker is the byline and the text opens at 各位代表.

The report is written for the tests (a fictional county and person); the expected values are read off it."""

from __future__ import annotations

from reader.importer import parse_text

REPORT = [
    "政 府 工 作 报 告",
    "",
    " ",
    "",
    "——2024年1月10日在芸川县第十八届人民代表大会第三次会议上",
    "",
    " ",
    "",
    "芸川县人民政府代县长  林岫",
    "",
    " ",
    "",
    "各位代表：",
    "",
    "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席会议的同志提出意见。",
    "",
    "一、过去一年工作回顾",
    "",
    "过去的一年，全县地区生产总值完成186.2亿元，同比增长5.8%；一般公共预算收入完成9.6亿元。",
    "",
    "二、今年工作安排",
    "",
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城乡居民人均可支配收入同步增长。",
]


def test_the_head_stays_together() -> None:
    issue = parse_text("\n".join(REPORT), "report.txt")
    assert len(issue.articles) == 1
    article = issue.articles[0]
    assert article.title.replace(" ", "") == "政府工作报告"
    assert article.subtitle == "——2024年1月10日在芸川县第十八届人民代表大会第三次会议上"
    assert [entry.name for entry in article.byline] == ["林岫"]
    assert article.text.startswith("各位代表：")
    assert issue.issue_date == "2024-01-10"
