"""Who wrote a community newsletter's items: ``□ 居民　王德厚`` under a title, ``（网格员　许思远）`` below.

A 社区报 prints a resident's piece with a marked line under its title saying who the writer is and then
the name (``□ 退休教师　刘玉兰``), and closes staff reports with a sign-off naming the writer's role
(``（网格员　许思远）``, ``（社区信息员　陈美玲）``). The marked line was taken for the title (or left in
the text) because no 记者-like role opened it, and a sign-off's role ending in 员 other than 通讯员 was
read as a name, so neither gave a byline (twentysixth's d01, d02).
"""

from __future__ import annotations

import pytest

from reader.importer import parse_text


def _issue(under_title: str, sign_off: str) -> str:
    return f"""东湖社区通讯
2025年第5期　　2025年11月15日

【邻里心声】

楼下的修车摊又开张了
{under_title}
　　老李的修车摊在小区门口摆了十多年，街坊们都离不开它。
　　今年春天他生了一场病，摊子停了三个月。

小区新添了休闲座椅
　　社区在小区中心花园新添了二十张休闲座椅，方便老人休息。
{sign_off}
"""


@pytest.mark.parametrize(
    ("under_title", "writer"),
    [
        ("□ 桂园小区居民　王德厚", "王德厚"),
        ("□ 退休教师　刘玉兰", "刘玉兰"),
        ("■ 枫林苑5栋楼栋长　赵玉芬", "赵玉芬"),
    ],
)
def test_a_marked_writer_line_under_a_title(under_title: str, writer: str) -> None:
    issue = parse_text(_issue(under_title, "（社区居委会　林晓雯）"), "dhtx_5.txt")
    first = issue.articles[0]
    assert first.title == "楼下的修车摊又开张了"
    assert [entry.name for entry in first.byline] == [writer]
    assert first.text.startswith("老李的修车摊")


@pytest.mark.parametrize(
    ("sign_off", "writer"), [("（网格员　许思远）", "许思远"), ("（社区信息员　陈美玲）", "陈美玲")]
)
def test_a_sign_off_under_a_role_ending_in_yuan(sign_off: str, writer: str) -> None:
    issue = parse_text(_issue("□ 退休教师　刘玉兰", sign_off), "dhtx_5.txt")
    assert [entry.name for entry in issue.articles[1].byline] == [writer]


def test_a_marked_line_that_is_no_writer_stays_text() -> None:
    issue = parse_text(_issue("□ 城区道路改造工程进展顺利", "（社区居委会　林晓雯）"), "dhtx_5.txt")
    assert issue.articles[0].byline == []
