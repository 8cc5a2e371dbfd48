"""A 合刊 (two issues printed as one) numbers itself ``2025年第7—8期合刊（总第51—52期）``.

The masthead's number line was read only as ``第N期`` (with ``（总第N期）``): a 合刊's range
``第7—8期`` (a dash, a hyphen, 「、」 or 「至」 between the two numbers, 「合刊」 after) was no issue
number, so the office line under it became the first item's title and the day was lost
(twentysixth's 督查通报 合刊).
"""

from __future__ import annotations

import pytest

from reader.importer import parse_text
from reader.importer.linekinds import ISSUE_NUMBER

ITEMS = """关于全县秋粮收购工作的情况通报
　　今年秋粮收购工作启动以来，各收购网点累计收购稻谷三万余吨，收购进度快于去年同期。
　　各乡镇要加强政策宣传，引导农民错峰售粮。

县城区老旧管网改造完成过半
　　截至8月中旬，县城区老旧供水管网改造完成十二公里，占计划的百分之五十六。
　　改造工作将于年底前全部完成。

报：县委、县政府领导
"""


@pytest.mark.parametrize(
    "number",
    [
        "2025年第7—8期合刊",
        "2025年第7-8期合刊（总第51-52期）",
        "第7、8期合刊",
        "2025年第7至8期（总第51至52期）",
    ],
)
def test_a_combined_issue_heads_its_bulletin(number: str) -> None:
    text = f"工作动态\n{number}\n县政府办公室编　　　　2025年8月20日\n\n{ITEMS}"
    issue = parse_text(text, "gzdt.txt")
    assert [a.title for a in issue.articles] == [
        "关于全县秋粮收购工作的情况通报",
        "县城区老旧管网改造完成过半",
    ]
    assert issue.publication == "工作动态"
    assert issue.issue_date == "2025-08-20"
    assert issue.title == f"工作动态 {''.join(number.split())}"


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("2026年第3—4期合刊（总第41—42期）", "2026年第3—4期合刊（总第41—42期）"),
        ("第11－12期", "第11－12期"),
        ("第3期（总第41期）", "第3期（总第41期）"),
        ("第3—4个项目", None),
    ],
)
def test_the_issue_number_pattern_reads_a_range(text: str, matched: str | None) -> None:
    found = ISSUE_NUMBER.match(text)
    assert (found.group() if found else None) == matched
