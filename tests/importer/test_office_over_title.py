"""A report whose office and day stand above its title (``县农业农村局`` / ``2024年3月5日`` / title /
text): the title is the title, the office the byline's line, the day the date line — before, the
office was the title and the title was glued onto the first paragraph.

The texts are written for these tests (a made-up county office's report); the expected values are
read off the text.
"""

from __future__ import annotations

import pytest

from reader.importer import parse_text

FIRST = "今年以来，我局认真贯彻落实上级部署，扎实推进春耕生产，各项工作进展顺利。"
SECOND = "截至3月5日，全县已完成春播面积5万亩，占计划的30%。"


@pytest.mark.parametrize(
    "top",
    ["县农业农村局\n2024年3月5日\n\n", "县农业农村局\n2024年3月5日\n", "县农业农村局\n\n2024年3月5日\n\n"],
    ids=["set-apart", "title-close", "all-apart"],
)
def test_the_title_under_the_office_and_day_titles_the_report(top: str) -> None:
    issue = parse_text(f"{top}全县春耕生产进展顺利\n\n{FIRST}\n\n{SECOND}\n", "baogao.txt")
    [article] = issue.articles
    assert article.title == "全县春耕生产进展顺利"
    assert article.byline_text == "县农业农村局"
    assert article.date_line == "2024年3月5日"
    assert [block.text for block in article.blocks] == [FIRST, SECOND]
    assert issue.issue_date == "2024-03-05"


def test_a_counted_head_under_the_office_and_day_is_no_title() -> None:
    issue = parse_text(f"县农业农村局\n2024年3月5日\n\n一、基本情况\n\n{FIRST}\n", "baogao.txt")
    [article] = issue.articles
    assert article.title == "县农业农村局"
    assert article.blocks[0].text.startswith("一、基本情况")
