"""A Markdown article whose ``## ——副题`` stands between its ``# title`` and its source line
(``> 《人民日报》（…第 04 版）``, with or without a byline before it): the subtitle is the header's, and
so is the source line under it — the section comes from it and it is no part of the text (session 42,
``pdmwide``'s p01 and p19).  Text written for the test (an invented editorial and reporter)."""

from reader.importer import parse_text

EDITORIAL = """---
title: "迎着春光  奋楫前行（社论）"
date: 2026-02-17
section: "第04版"
section_name: "要闻"
author: ""
---

# 迎着春光  奋楫前行（社论）

## ——新春献词

> {byline}《人民日报》（2026年02月17日第 04 版）

春回大地，万象更新。新的一年，我们满怀信心踏上新征程。

奋斗的脚步从不停歇，每一份努力都在汇聚前进的力量。
"""


def test_the_source_under_a_deck_gives_the_section_and_leaves_the_text():
    article = parse_text(EDITORIAL.format(byline=""), "editorial.md").articles[0]
    assert article.title == "迎着春光  奋楫前行（社论）"
    assert article.subtitle == "——新春献词"
    assert article.section == "第04版"
    assert article.text.startswith("春回大地，万象更新。")
    assert "《人民日报》" not in article.text


def test_a_byline_on_the_source_line_under_a_deck_is_read():
    article = parse_text(EDITORIAL.format(byline="本报记者  闻石"), "editorial.md").articles[0]
    assert [person.name for person in article.byline] == ["闻石"]
    assert article.section == "第04版"


def test_a_part_head_over_the_text_stays_in_the_text():
    deck_and_source = "## ——新春献词\n\n> 闻石《人民日报》（2026年02月17日第 04 版）\n\n"
    text = EDITORIAL.format(byline="闻石").replace(deck_and_source, "")
    text = text.replace("春回大地", "## 一、春回大地\n\n春回大地")
    article = parse_text(text, "editorial.md").articles[0]
    assert article.subtitle is None
