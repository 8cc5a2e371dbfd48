"""Furniture the third corpus showed: run-on pages, bare page numbers, pictures left out, browser notices,
dated source lines, glued byline names, and signing off at the end of the text."""

from __future__ import annotations

import pytest

from reader.importer import parse_text
from reader.importer.bylines import parse_dateline, parse_people, split_glued_names
from reader.importer.linekinds import label_of, labels_in
from reader.importer.runons import split_run_ons

PARAGRAPH = (
    "9月26日，陕西省系统推进西安市全面创新改革试验工作领导小组召开第一次会议，"
    "贯彻落实党中央、国务院决策部署。"
)


def test_a_page_scraped_onto_one_line_is_cut_at_its_space_runs_and_paragraph_indents() -> None:
    page = (
        "领导小组第一次会议召开      浏览器不支持嵌入式框架。   2016年09月27日 07:02 来源：省政府办公厅"
        + "     \u3000\u3000"
        + PARAGRAPH * 3
        + "\u3000\u3000"
        + PARAGRAPH * 2
        + "    责任编辑：殷誉玮"
    )
    assert split_run_ons(page).split("\n") == [
        "领导小组第一次会议召开",
        "浏览器不支持嵌入式框架。",
        "2016年09月27日 07:02 来源：省政府办公厅",
        "\u3000\u3000" + PARAGRAPH * 3,
        "\u3000\u3000" + PARAGRAPH * 2,
        "责任编辑：殷誉玮",
    ]


def test_a_long_paragraph_without_block_breaks_is_left_as_it_is() -> None:
    assert split_run_ons(PARAGRAPH * 10) == PARAGRAPH * 10


def test_numbers_counting_up_on_lines_of_their_own_are_page_numbers_and_others_stay() -> None:
    title, body = "市委常委会", "9月2日，市委常委会召开会议，市委书记鲍常勇主持并讲话。"
    issue = parse_text(f"1\n{title}\n{body}\n2\n{body}\n3\n{body}\n", "pages.txt")
    assert [(item.text, item.reason) for item in issue.boilerplate] == [
        ("1", "page number"), ("2", "page number"), ("3", "page number")
    ]  # fmt: skip
    table = parse_text(f"{title}\n{body}\n12\n{body}\n7\n{body}\n", "table.txt")
    assert "12" in table.articles[0].text and "7" in table.articles[0].text


@pytest.mark.parametrize("line", ["[W020190918]", "[5c7f7d82bd]", "【图片】"])
def test_where_a_picture_was_left_out_the_placeholder_is_set_aside(line: str) -> None:
    text = f"市委常委会\n9月2日，市委常委会召开会议。\n{line}\n会议指出，要强化党的创新理论武装。\n"
    issue = parse_text(text, "p.txt")
    assert [(item.text, item.reason) for item in issue.boilerplate] == [(line, "picture left out")]
    assert line not in issue.articles[0].text


def test_a_line_opening_with_the_date_before_its_source_label_gives_both() -> None:
    line = "2010年09月10日09:14来源:大河网-河南日报"
    assert labels_in(line) == [("时间", "date", "2010年09月10日09:14"), ("来源", "source", "大河网-河南日报")]
    assert label_of(line) == ("来源", "source", "大河网-河南日报")


@pytest.mark.parametrize(
    ("glued", "names"),
    [("王飞李永", ["王飞", "李永"]), ("张宗桥贾胜波", ["张宗桥", "贾胜波"]), ("欧阳修", ["欧阳修"]),
     ("李永", ["李永"]), ("王小明", ["王小明"])],
)  # fmt: skip
def test_names_a_byline_ran_together_are_cut_where_a_surname_starts(glued: str, names: list[str]) -> None:
    assert split_glued_names(glued) == names


def test_roles_and_names_run_together_in_a_dateline_are_read_apart() -> None:
    people = parse_people("记者李铮通讯员王飞李永")
    expected = [("记者", "李铮"), ("通讯员", "王飞"), ("通讯员", "李永")]
    assert [(p.role, p.name) for p in people or []] == expected
    found = parse_dateline("（记者冯芸）百年大计，教育为本。")
    assert found is not None and found[0] == "（记者冯芸）" and [p.name for p in found[1]] == ["冯芸"]
    assert parse_dateline("（2023年5月）全县经济运行稳中有进。") is None


def test_a_name_in_brackets_at_the_end_of_the_text_is_its_writer() -> None:
    text = (
        "山西品牌丝路行（南美站）正式启动\n时间：2019-09-18 06:23 来源： 山西日报\n"
        "当地时间9月16日下午，2019年山西品牌丝路行（南美站）活动在巴西圣保罗正式启动。\n"
        "南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）\n"
    )
    article = parse_text(text, "signed.txt").articles[0]
    assert [(p.role, p.name) for p in article.byline] == [("", "张巨峰")]
    assert article.text.endswith("（张巨峰）")  # the text keeps it as printed


@pytest.mark.parametrize("ending", ["（全文完）", "（县应急管理局供稿）", "（2023年5月）", "（刘通摄）"])
def test_other_brackets_at_the_end_name_no_writer(ending: str) -> None:
    text = f"市委常委会\n9月2日，市委常委会召开会议。\n会议指出，要强化党的创新理论武装。{ending}\n"
    assert parse_text(text, "unsigned.txt").articles[0].byline == []


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("◎记者 唐 翀 通讯员 武 强", [("记者", "唐翀"), ("通讯员", "武强")]),
        ("■本报记者 张靖 本报通讯员 郜敏", [("本报记者", "张靖"), ("本报通讯员", "郜敏")]),
        ("文/图 记者 孙伟", [("记者", "孙伟")]),
        ("县融媒体中心记者 王磊", [("县融媒体中心记者", "王磊")]),
    ],
)
def test_bylines_under_a_mark_or_after_words_and_pictures_are_read(line: str, people: list) -> None:
    text = f"开发区线上培训党员发展对象\n{line}\n为认真做好党员发展工作，严守发展党员程序。\n"
    article = parse_text(text, "byline.txt").articles[0]
    assert [(p.role, p.name) for p in article.byline] == people
    assert article.text.startswith("为认真做好")


def test_a_gazette_finds_its_documents_by_a_contents_list_of_two_and_keeps_their_numbers() -> None:
    text = (
        "驻马店市人民政府公报\n2024年第5期（总第125期）\n\n目  录\n\n【市政府文件】\n"
        "驻马店市人民政府关于做好防汛工作的通知 ………………… 2\n【市政府办公室文件】\n"
        "驻马店市人民政府办公室关于开展安全生产检查的通知 ……………… 8\n\n"
        "驻马店市人民政府关于做好防汛工作的通知\n驻政〔2024〕12号\n\n各县区人民政府，市人民政府各部门：\n"
        "为切实做好防汛工作，现就有关事项通知如下。\n\n驻马店市人民政府\n2024年5月6日\n\n"
        "驻马店市人民政府办公室关于开展安全生产检查的通知\n驻政办〔2024〕20号\n\n各县区人民政府：\n"
        "为深入开展安全生产检查，现就有关事项通知如下。\n"
    )
    issue = parse_text(text, "gazette.txt")
    assert issue.title == "驻马店市人民政府公报 2024年第5期（总第125期）"
    assert [(a.title, a.section, a.source_note) for a in issue.articles] == [
        ("驻马店市人民政府关于做好防汛工作的通知", "市政府文件", "驻政〔2024〕12号"),
        ("驻马店市人民政府办公室关于开展安全生产检查的通知", "市政府办公室文件", "驻政办〔2024〕20号"),
    ]
    assert [a.text.split("\n")[0] for a in issue.articles] == [
        "各县区人民政府，市人民政府各部门：",
        "各县区人民政府：",
    ]


def test_an_interviewers_questions_stay_in_the_text() -> None:
    text = (
        "让学前教育“上得起”又“学得好”\n本报记者 王浩骅 周欢\n"
        "记  者：免费学前教育的逐步推行，将对家庭和社会整体产生什么影响？\n"
        "庹庆明：学前教育是终身学习的开端，是国民教育体系的重要组成部分。\n"
    )
    article = parse_text(text, "interview.txt").articles[0]
    assert article.text.startswith("记  者：免费学前教育的逐步推行")
    assert [p.name for p in article.byline] == ["王浩骅", "周欢"]


@pytest.mark.parametrize(
    ("opening", "people"),
    [
        ("本站讯（职工通讯员李琴雯刘会）", [("职工通讯员", "李琴雯"), ("职工通讯员", "刘会")]),
        ("长江网10月4日讯（记者陈智 整合）", [("记者", "陈智")]),
    ],
)
def test_datelines_of_sites_and_of_compilers_name_their_people(opening: str, people: list) -> None:
    text = f"我院举办技能大赛\n{opening}为深入推进党建与业务工作紧密结合，我院举办技能大赛。\n"
    article = parse_text(text, "dateline.txt").articles[0]
    assert [(p.role, p.name) for p in article.byline] == people


def test_labels_run_together_on_a_page_line_are_read_apart() -> None:
    assert labels_in("2019-09-26 12:11来源：证券时报网作者：李在山") == [
        ("时间", "date", "2019-09-26 12:11"),
        ("来源", "source", "证券时报网"),
        ("作者", "author", "李在山"),
    ]
    assert labels_in("来源： 访问量：199 发布日期：2017-05-15")[-1] == ("发布日期", "date", "2017-05-15")


def test_a_bulletins_masthead_names_it_and_a_contributor_or_本站原创_never_does() -> None:
    text = (
        "党建工作简报\n2025年第3期（总第21期）\n\n"
        "宿舍搬迁一线党旗飘扬\n为充分发挥党员先锋模范作用，切实解决学生宿舍翻修搬迁困难，志愿者们迅速集结。\n"
        "（来源：公共管理学院本科生党建工作中心宣传部　供稿：朱姝璟）\n"
    )
    assert parse_text(text, "bulletin.txt").publication == "党建工作简报"
    page = "我院举办技能大赛\n来源：本站原创\n为深入推进党建与业务工作紧密结合，我院举办技能大赛。\n"
    assert parse_text(page, "page.txt").publication is None
    paper = "南沙邮轮母港即将开通\n来源：南方网\n广州南沙邮轮母港即将开通，地铁直达。\n"
    assert parse_text(paper, "paper.txt").publication == "南方网"


def test_a_rule_of_dashes_or_stars_between_items_is_set_aside() -> None:
    """Word draws a rule between a bulletin's items; its text is a line of em dashes or of stars.  Two
    dashes alone (``——``) still open a speaker's or a source's line and stay."""
    items = [
        ("县委组织部开展走访慰问活动", "“七一”前夕，县委组织部班子成员分组走访慰问生活困难党员。"),
        ("城关镇党委举办新任村干部培训班", "8月5日，城关镇党委举办新任村干部培训班，42人参加培训。"),
        ("县直机关工委开展党建知识测试", "县直机关工委近日组织党建业务知识测试，128人参加。"),
    ]
    rules = ["————————————————", "＊＊＊", "※ ※ ※"]
    text = "党建动态\n第9期\n县委组织部　　2025年8月8日\n"
    for (title, body), rule in zip(items, rules, strict=True):
        text += f"{rule}\n{title}\n{body}\n"
    issue = parse_text(text + "——据县委组织部\n", "djdt9.txt")
    assert [(a.title, a.text) for a in issue.articles[:2]] == items[:2]
    assert issue.articles[2].title == items[2][0]
    assert issue.articles[2].text.startswith(items[2][1])
    assert [s.text for s in issue.boilerplate if s.reason == "rule or table border"] == rules
