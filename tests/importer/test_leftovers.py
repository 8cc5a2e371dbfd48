"""Shapes the held-out sets showed after the importer had learnt the rest: a web article printed to PDF
with a two-line headline and captions above its text, ...  Each text here is written for its test
(not copied from the sets) and the expected values are read off the text."""

from __future__ import annotations

from reader.importer import parse_text

WRAPPED_BODY = (
    "本市今年新建的三百间乡村图书室已全部开放，每间图书室配有图书两千余册、报刊二十\n"
    "余种，并安排专人每天开放八小时。市文化部门介绍，图书室优先建在学校和村委会附近，\n"
    "方便孩子放学后和村民农闲时阅读。\n"
    "据统计，开放首月各图书室共接待读者四万余人次，借出图书一万二千余册。不少村民说，\n"
    "过去买书要进城，现在出门几步就能借到想看的书。下一步，市里还将为图书室配备电脑\n"
    "和电子阅读设备，并组织志愿者定期开展读书分享活动，让书香走进更多百姓家中。\n"
    "市文化部门负责人表示，将建立图书室考核制度，按照读者人数和借阅数量评定等级，对\n"
    "管理好的图书室给予奖励，对长期不开放的图书室督促整改，确保图书室真正用起来。\n"
    "一些村还结合本地实际，把图书室和农家课堂结合起来，请农技人员讲种植养殖技术，\n"
    "请退休教师辅导孩子作业，图书室成了村里最热闹的地方之一。\n"
)
"""Running text cut by a PDF page's column, so the file reads as hard-wrapped."""

DATE_SOURCE = "2021年04月23日08:30来源:城南网-城南日报\n"


def test_a_printed_web_article_headline_over_two_lines_with_a_blank_between_is_one_title() -> None:
    text = "全市新建乡村图书室三百间\n\n乡村的书香飘进了千家万户\n\n" + DATE_SOURCE + WRAPPED_BODY
    article = parse_text(text, "page.txt").articles[0]
    assert article.title == "全市新建乡村图书室三百间 乡村的书香飘进了千家万户"
    assert article.subtitle is None


def test_a_printed_web_article_keeps_a_wider_second_line_as_its_subtitle() -> None:
    text = "全市新建乡村图书室三百间\n\n三百个村的孩子放学后有了读书的地方\n\n" + DATE_SOURCE + WRAPPED_BODY
    article = parse_text(text, "page.txt").articles[0]
    assert article.title == "全市新建乡村图书室三百间"
    assert article.subtitle == "三百个村的孩子放学后有了读书的地方"


def test_captions_whose_photographers_stand_apart_below_them_are_credits_not_the_text() -> None:
    text = (
        "全市新建乡村图书室三百间\n\n"
        + DATE_SOURCE
        + "4月22日，孩子们在新开放的乡村图书室里读书。\n\n李明\n\n张华\n\n摄\n\n"
        + "4月21日，志愿者为村民讲解借书的办法。\n\n王芳\n\n摄\n\n"
        + WRAPPED_BODY
    )
    article = parse_text(text, "page.txt").articles[0]
    assert article.text.startswith("本市今年新建的三百间乡村图书室已全部开放")
    assert article.credit is not None
    assert "4月22日，孩子们在新开放的乡村图书室里读书。" in article.credit
    assert "4月21日，志愿者为村民讲解借书的办法。" in article.credit
    assert article.byline == []  # photographers credit the photos, not the text
