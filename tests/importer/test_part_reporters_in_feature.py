"""A feature of several parts, each under its own head with its own reporters on a line of their own
(``本报记者  柯南星``) and no name on the ``>`` line, in a Markdown file whose paragraphs are separated by
blank lines: each reporter line is a paragraph of its own, not glued to the head above it and the text
below it, and every part's reporters are the article's byline — not only the first part's (session 42,
``pdmwide``'s p21–p23; the five reporters of ``xwlbwide``'s x16).  Text written for the test (invented
places and reporters)."""

from reader.importer import parse_text

FEATURE = """---
title: "守护一方碧水（美丽中国）"
date: 2026-02-02
section: "第13版"
author: ""
---

# 守护一方碧水（美丽中国）

> 《人民日报》（2026年02月02日第 13 版）

编者按：各地持续加强河湖保护，本版记录三个地方的故事。

清淤疏浚，留住源头活水

北河上游的治理之路

本报记者  柯南星

清晨，巡河员沿着河堤查看水位，记录水质数据。

这些年，北河上游清理淤泥十余万立方米，河水重新变得清澈。

退塘还湿，呵护候鸟家园

南湾湿地的修复故事

本报记者  林  照  何远山

南湾湿地的滩涂上，成群的候鸟正在觅食。

当地退出养殖塘两千多亩，湿地面积逐年扩大。

留住乡愁，带旺文旅

西岭古村的新生

本报记者  宋  川

走进西岭古村，石板路两侧的老屋修缮一新。

村民在家门口吃上了“文旅饭”，日子越过越红火。
"""


def test_every_parts_reporters_are_the_byline():
    article = parse_text(FEATURE, "feature.md").articles[0]
    assert [person.name for person in article.byline] == ["柯南星", "林照", "何远山", "宋川"]


def test_a_part_by_four_reporters():
    four = FEATURE.replace("本报记者  宋  川", "本报记者  欧阳明远  白  露  何远洋  宋  川")
    article = parse_text(four, "feature.md").articles[0]
    assert [person.name for person in article.byline][-4:] == ["欧阳明远", "白露", "何远洋", "宋川"]


def test_a_reporter_line_is_glued_to_neither_head_nor_text():
    text = parse_text(FEATURE, "feature.md").articles[0].text
    assert "本报记者" not in text
    assert "南湾湿地的滩涂上，成群的候鸟正在觅食。" in text.split("\n")
    assert "南湾湿地的修复故事南湾湿地的滩涂上" not in text
