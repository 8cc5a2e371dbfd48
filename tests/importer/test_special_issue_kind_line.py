"""A special issue's masthead: the name, then a line saying what kind of issue it is (``…专刊``,
``增刊``, ``特刊``), then its number, compiler and day.

What a user would notice if this broke: the name imported as an article holding the rest of the
masthead, each column's head an article holding the items under it, no publication and no date.
"""

from __future__ import annotations

from reader.importer import parse_text

ISSUE = """清河风采

乡村振兴示范创建专刊

第3期

清河镇党政办编　　　　　　　　2025年9月8日

【示范创建】

清河镇启动示范村评选

9月1日，镇里启动年度示范村评选，全镇十二个村均已报名参加，评选将从产业发展、人居环境、乡风文明和基层治理四个方面打分。

评选分为初评、复评和公示三个阶段，镇评选小组将逐村实地查看，听取群众意见，十月底前公布评选结果。

【群众心声】

村道修好了，赶集方便了

“以前下雨天一脚泥，现在骑车十分钟就到集上。”下湾村村民说，今年镇里新修的村道通到了家门口，孩子上学也方便多了。
"""


def test_the_kind_line_stays_in_the_masthead_and_the_items_keep_their_titles() -> None:
    issue = parse_text(ISSUE, "qinghe.txt")
    assert [a.title for a in issue.articles] == ["清河镇启动示范村评选", "村道修好了，赶集方便了"]
    assert [a.section for a in issue.articles] == ["示范创建", "群众心声"]
    assert issue.publication == "清河风采"
    assert issue.issue_date == "2025-09-08"
    assert issue.articles[0].text.startswith("9月1日，镇里启动")


def test_a_supplement_word_alone_is_a_kind_line_too() -> None:
    issue = parse_text(ISSUE.replace("乡村振兴示范创建专刊", "增刊"), "qinghe.txt")
    assert [a.title for a in issue.articles] == ["清河镇启动示范村评选", "村道修好了，赶集方便了"]
    assert issue.publication == "清河风采"


def test_a_title_ending_in_the_word_is_not_taken_for_one_without_a_number_under_it() -> None:
    text = "文化专刊\n\n县图书馆举办读书月活动，吸引了众多市民参加。\n"
    issue = parse_text(text, "x.txt")
    assert [a.title for a in issue.articles] == ["文化专刊"]
