"""Photo captions over an article's first paragraph, in the shapes a paper's Markdown prints them
(session 42, ``pdmwide``'s p10, p11, p21, p23): each caption with its credit on a line of its own —
the agency after it (``周  亮摄（人民视觉）``) and a two-character name spaced to three characters'
width; a caption printed with its credit, then again alone over the credit; and captions, one sentence
a line, over one credit for them all (``以上图片均为…摄``).  They go with the credits; the text starts
at the first paragraph.  Text written for the test (invented places, people and photographers)."""

from reader.importer import parse_text
from reader.importer.linekinds import Kind, kind_of

HEAD = """---
title: "小巷里的暖心食堂（暖相册）"
date: 2026-01-15
section: "第13版"
author: "林照"
---

# 小巷里的暖心食堂（暖相册）

> 本报记者  林照《人民日报》（2026年01月15日第 13 版）

"""
TEXT = (
    "青石镇地处山区，60岁以上老人约占常住人口的三成。去年，镇里建起了老年食堂。\n\n"
    "食堂每天供应午餐，老人花几元钱就能吃上热乎饭菜。\n"
)


def _article(captions: str):
    return parse_text(HEAD + captions + TEXT, "feature.md").articles[0]


def test_a_spaced_two_character_name_with_its_agency_is_a_credit():
    assert kind_of("宋  川摄（人民视觉）") is Kind.CREDIT
    assert kind_of("宋  川摄") is Kind.CREDIT


def test_captions_each_over_its_credit_line():
    article = _article(
        "青石镇老年食堂，志愿者为老人盛饭。\n\n宋  川摄（人民视觉）\n\n"
        "老人们在食堂里围坐用餐。\n\n何远山摄（人民视觉）\n\n"
    )
    assert article.text.startswith("青石镇地处山区")
    assert "宋  川摄" in article.credit


def test_a_caption_with_its_credit_then_again_alone_over_the_credit():
    article = _article(
        "本报记者林照（右）在食堂帮厨。　　何远山摄\n\n本报记者林照（右）在食堂帮厨。\n\n何远山摄\n\n"
        "老人们在食堂里围坐用餐。　　受访者供图\n\n老人们在食堂里围坐用餐。\n\n受访者供图\n\n"
    )
    assert article.text.startswith("青石镇地处山区")


def test_captions_over_one_credit_for_them_all():
    article = _article(
        "志愿者为老人盛饭。\n\n老人们在食堂里围坐用餐。\n\n用餐的老人露出笑容。\n\n以上图片均为何远山摄（人民视觉）\n\n"
    )
    assert article.text.startswith("青石镇地处山区")
    assert "以上图片均为何远山摄" in article.credit


def test_a_first_paragraph_with_no_credit_under_it_stays():
    article = _article("")
    assert article.text.startswith("青石镇地处山区")
    assert article.credit is None
