"""A meeting's bulletin is named by the meeting: ``市十五届人大常委会第八次会议简报``.

A 人大常委会 or 政协 session prints its own 简报, headed by the meeting's full name — often 16 to 24
characters, longer than the twelve a bulletin's name was allowed before its ``简报`` — then ``第N期`` and
``会议秘书处编`` with the day. The name was not read as a masthead, so the issue had no publication and
no date, and in Markdown its masthead was set aside as a web page's header (twentysixth's a02, a03).
"""

from __future__ import annotations

import pytest

from reader.importer import parse_text
from reader.importer.linekinds import masthead_name, name_with_number

NAME = "市十五届人大常委会第八次会议简报"
ITEMS = [
    ("第一组：加快老旧小区改造进度", "第一小组审议了市人民政府关于城镇老旧小区改造工作情况的报告。"),
    ("第二组：职业教育要对接产业需求", "第二小组审议了市人民政府关于职业教育工作情况的报告。"),
]


def _plain() -> str:
    out = [NAME, "第3期", "会议秘书处编　　2025年6月26日", ""]
    for title, para in ITEMS:
        out += [title, f"　　{para}", "　　王立新委员说：建议加大投入，明确时间表。", ""]
    return "\n".join(out)


def _rst() -> str:
    out = [f"**{NAME}**", "", "第3期", "", "会议秘书处编　　2025年6月26日", "", "--------------", ""]
    for title, para in ITEMS:
        out += [
            title,
            "=" * (2 * len(title)),
            "",
            para,
            "",
            "**王立新委员**\\ 说：建议加大投入，明确时间表。",
            "",
        ]
    return "\n".join(out)


@pytest.mark.parametrize("make", [_plain, _rst])
def test_a_meeting_bulletin_names_its_issue(make) -> None:
    issue = parse_text(make(), "hyjb_3.txt")
    assert [a.title for a in issue.articles] == [title for title, _ in ITEMS]
    assert issue.publication == NAME
    assert issue.issue_date == "2025-06-26"


def test_meeting_names() -> None:
    assert masthead_name("县政协十一届五次会议简报") == "县政协十一届五次会议简报"
    assert masthead_name("市第十六届人民代表大会第四次会议简报") == "市第十六届人民代表大会第四次会议简报"
    assert name_with_number(f"{NAME}（第3期）") == NAME
    assert masthead_name("会议简报") == "会议简报"
