"""A report's occasion line opened by its dash typed as ASCII hyphens — ``----`` (four, the width of
``——``) as well as ``--`` — under the title: the occasion is the subtitle and dates the report, and the
speaker's line under it is the byline, as with ``——``.

The report is written for the tests (a fictional county and person); the expected values are read off it."""

from __future__ import annotations

import pytest

from reader.importer import parse_text
from reader.importer.linekinds import Kind, kind_of

OCCASION = "2024年1月10日在芸川县第十八届人民代表大会第三次会议上"


def _report(dash: str) -> str:
    lines = [
        "政 府 工 作 报 告",
        "",
        f"{dash}{OCCASION}",
        "",
        "芸川县人民政府县长　　林岫",
        "",
        "　　各位代表：",
        "",
        "　　现在，我代表县人民政府向大会作工作报告，请予审议，并请县政协委员和列席会议的同志提出意见。",
        "",
        "　　一、过去一年工作回顾",
        "",
        "　　过去的一年，全县地区生产总值完成186.2亿元，同比增长5.8%；一般公共预算收入完成9.6亿元。",
        "",
        "　　二、今年工作安排",
        "",
        "　　今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城乡居民人均可支配收入同步增长。",
    ]
    return "\r\n".join(lines)


@pytest.mark.parametrize("dash", ["----", "--", "——"])
def test_the_occasion_under_the_title(dash: str) -> None:
    assert kind_of(f"{dash}{OCCASION}") is Kind.OCCASION
    issue = parse_text(_report(dash), "report.txt")
    assert len(issue.articles) == 1
    article = issue.articles[0]
    assert article.title.replace(" ", "") == "政府工作报告"
    assert article.subtitle == f"{dash}{OCCASION}"
    assert [entry.name for entry in article.byline] == ["林岫"]
    assert article.text.startswith("各位代表：")
    assert issue.issue_date == "2024-01-10"
