"""A column of several short pieces under one title (``纵横``, a page of poems each with a signed
reading) whose header names no one: each piece has a head, its writer's name alone on the next line,
then its text.  The writers are the article's byline and their names leave the text; the head stays a
paragraph of its own, not glued to the text (session 42, ``pdmwide``'s p05 and p19).  Text written for
the test (invented writers and places)."""

from reader.importer import parse_text

COLUMN = """---
title: "纵横"
date: 2026-03-05
section: "第05版"
author: ""
---

# 纵横

> 《人民日报》（2026年03月05日第 05 版）

让乡村书屋亮起来

柯南星

青石村的书屋每到周末就坐满了孩子。志愿者轮流来这里讲故事，书屋成了村里最热闹的地方。

书屋里的书也在不断更新，村民们说，读书让日子更有滋味。

（摘编自《北河日报》）

别让快递包装变负担

林  照

网购越来越方便，快递包装却越积越多。不少小区的垃圾桶旁堆满了纸箱和泡沫。

减少过度包装，需要商家、平台和消费者一起努力。
"""


def test_the_writers_of_the_pieces_are_the_byline():
    article = parse_text(COLUMN, "column.md").articles[0]
    assert [person.name for person in article.byline] == ["柯南星", "林照"]


def test_the_names_leave_the_text_and_the_heads_stand_apart():
    paragraphs = parse_text(COLUMN, "column.md").articles[0].text.split("\n")
    assert paragraphs[0] == "让乡村书屋亮起来"
    assert paragraphs[1].startswith("青石村的书屋")
    assert "林  照" not in paragraphs and "别让快递包装变负担" in paragraphs


def test_a_signed_article_keeps_its_byline_alone():
    signed = COLUMN.replace("> 《人民日报》", "> 本报记者  宋川《人民日报》")
    article = parse_text(signed, "column.md").articles[0]
    assert [person.name for person in article.byline] == ["宋川"]
