"""Bulletins and digests as offices put them together: a special bulletin's subject over its name, a
name a PDF extractor cut into a line per character, 【section】 lines between items, a contents list
of plain numbered lines, and a digest whose items carry （来源：…） under their titles.  The texts are
written for these tests in the shape of the sixth held-out set; expected values read off them."""

from __future__ import annotations

from reader.importer import parse_text

ITEMS = [
    ("中条林局召开大讨论交流总结会议", "5月22日，中条林局召开交流总结会议，代表作交流发言。", "（李彬彬）"),
    ("祁家河林场开展大讨论组织生活会", "根据文件要求，祁家河林场党支部于4月3日召开了生活会。", "（武杰）"),
    ("固县林场组织召开大讨论动员会", "2019年2月25日，固县林场组织召开了大讨论动员会。", "（固县林场支部）"),
]  # fmt: skip


def _bulletin(masthead: list[str], contents: bool) -> str:
    lines = [*masthead, "中共某县林业局委员会办公室　　　　2019年7月5日", ""]
    if contents:
        lines += ["本期目录", *(f"{k}．{title}" for k, (title, _, _) in enumerate(ITEMS, 1)), ""]
    lines += ["【局党委动态】", ""]
    for k, (title, text, sign_off) in enumerate(ITEMS):
        lines += [title, "", f"　　{text}", f"　　{sign_off}", ""]
        if k == 0:
            lines += ["【基层党建】", ""]
    return "\n".join(lines) + "\n"


def _check(issue) -> None:
    assert [article.title for article in issue.articles] == [title for title, _, _ in ITEMS]
    assert [article.section for article in issue.articles] == ["局党委动态", "基层党建", "基层党建"]
    assert [[entry.name for entry in article.byline] for article in issue.articles][:2] == [
        ["李彬彬"],
        ["武杰"],
    ]
    assert all("【" not in article.text for article in issue.articles)
    assert issue.issue_date == "2019-07-05"


def test_a_bulletin_with_plain_contents_and_section_lines_between_its_items() -> None:
    issue = parse_text(_bulletin(["“改革创新、奋发有为”大讨论", "简　　报", "", "第4期", ""], True), "b.txt")
    _check(issue)
    assert issue.publication == "“改革创新、奋发有为”大讨论简报"
    assert [entry.title for entry in issue.toc] == [title for title, _, _ in ITEMS]  # not 【局党委动态】


def test_a_bulletin_name_cut_into_a_line_per_character_by_a_pdf_extractor() -> None:
    issue = parse_text(
        _bulletin(["“改革创新、奋发有为”大讨论", "", "简", "", "报", "第4期", ""], False), "b.txt"
    )
    _check(issue)
    assert issue.publication == "“改革创新、奋发有为”大讨论简报"


def test_a_digest_of_reports_each_with_its_source_under_the_title() -> None:
    text = (
        "媒体报道摘编\n2020年第1期\n2020年1月6日\n\n"
        "点点滴滴民生情\n（来源：江西日报　2015年12月13日）\n"
        "　　近年来，定南县把民生摆上突出位置，群众满意度不断提升。\n\n"
        "60万“12306账号”外泄？中铁总辟谣称消息不实\n（来源：新京报　2018年12月28日）\n"
        "　　新京报快讯（记者 裴剑飞）今日有网友爆料，有60万个账号信息在暗网出售。\n"
    )
    issue = parse_text(text, "digest.txt")
    assert [article.title for article in issue.articles] == [
        "点点滴滴民生情", "60万“12306账号”外泄？中铁总辟谣称消息不实"
    ]  # fmt: skip
    assert [article.source_note for article in issue.articles] == [
        "（来源：江西日报　2015年12月13日）", "（来源：新京报　2018年12月28日）"
    ]  # fmt: skip
    assert [entry.name for entry in issue.articles[1].byline] == ["裴剑飞"]
    assert (issue.publication, issue.title) == ("媒体报道摘编", "媒体报道摘编 2020年第1期")


def test_the_writer_in_an_items_credits_block_is_its_byline_even_with_a_line_broken_off() -> None:
    """``文字：`` among ``图片：``/``编辑：``/``审核：`` under the last paragraph, as a college's bulletin
    prints it; the PDF's columns left a scrap of a line (``微``) among it."""
    text = (
        "党建工作简报\n2025年第3期\n党建工作中心编\n2025年7月10日\n\n"
        "宿舍搬迁一线党旗飘扬\n为充分发挥党员先锋模范作用，切实解决学生宿舍搬迁难题，党员先锋队走进宿舍一线。\n"
        "图片：本科生团委\n微\n文字：刘佳妮\n编辑：宋佳秋\n责编：张笑\n审核：陈甜、罗安童\n\n"
        "研途有你，公管学院举办考研经验分享交流会\n为解答学生们的困惑，了解考研最新动态，4月25日，学院举办交流会。\n"
        "图片：李艺露\n"
    )
    issue = parse_text(text, "bulletin.txt")
    assert [article.title for article in issue.articles] == [
        "宿舍搬迁一线党旗飘扬", "研途有你，公管学院举办考研经验分享交流会"
    ]  # fmt: skip
    assert [[entry.name for entry in article.byline] for article in issue.articles] == [["刘佳妮"], []]
    assert "文字：刘佳妮" in issue.articles[0].text  # kept in the text, as printed


def test_an_official_documents_title_set_over_three_lines_is_one_title() -> None:
    """The issuing body, ``关于…`` and the rest up to the kind of document, centred over the text."""
    text = (
        "                          全国人民代表大会常务委员会\n"
        "                     关于批准财政部发行特别国债购买外汇及\n"
        "                        调整2007年末国债余额限额的决议\n"
        "      （2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）\n\n"
        "　　第十届全国人民代表大会常务委员会第二十八次会议，听取了财政部部长代表国务院作的说明。"
        "会议决定：批准发行15500亿元特别国债购买外汇。\n"
    )
    issue = parse_text(text, "gazette.txt")
    assert [article.title for article in issue.articles] == [
        "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议"
    ]


def test_the_chapters_of_a_law_stay_inside_it() -> None:
    text = (
        "中华人民共和国监察法\n\n"
        "《中华人民共和国监察法》是为了推进全面依法治国，实现国家监察全面覆盖而制定的法律。\n\n"
        "第一章　总　则\n\n第一条　为了深化国家监察体制改革，加强对公职人员的监督，制定本法。\n\n"
        "第二章　监察机关及其职责\n\n第七条　中华人民共和国国家监察委员会是最高监察机关。\n"
    )
    issue = parse_text(text, "law.txt")
    assert [article.title for article in issue.articles] == ["中华人民共和国监察法"]
    assert "第二章　监察机关及其职责" in issue.articles[0].text


BRIEF_ITEMS = [
    ("【工作动态】", "城北街道开展消防安全进社区活动",
     "10月14日，城北街道联合县消防救援大队走进和平社区，向居民普及消防安全知识。"),
    ("【工作动态】", "河口镇举办农村电商培训班",
     "为推动农产品上行，河口镇近日举办农村电商培训班，全镇60余名农户参加培训。"),
    ("【部门信息】", "县交通运输局启动农村公路养护专项行动",
     "近日，县交通运输局启动为期两个月的农村公路养护专项行动。"),
    ("【部门信息】", "县市场监管局开展食品安全抽检",
     "10月以来，县市场监管局共抽检样品120批次，合格率达到98%以上。"),
]  # fmt: skip


def test_items_a_blank_line_apart_with_none_under_their_titles_are_each_an_article() -> None:
    """Title right over its one paragraph, a blank line between items and around the 【section】 lines:
    the file has about as many gaps of one line as of none, and its paragraphs are what tells."""
    lines = ["工作简报", "第8期", "县政府办公室编  2025年10月16日"]
    section = None
    for name, title, text in BRIEF_ITEMS:
        if name != section:
            lines += ["", name]
            section = name
        lines += ["", title, text]
    issue = parse_text("\n".join(lines) + "\n", "gzjb8.txt")
    assert [(a.section, a.title, [b.text for b in a.blocks]) for a in issue.articles] == [
        (name.strip("【】"), title, [text]) for name, title, text in BRIEF_ITEMS
    ]
    assert (issue.title, issue.issue_date) == ("工作简报 第8期", "2025-10-16")


def test_an_office_in_brackets_under_an_items_title_is_the_items_source_not_its_title() -> None:
    """``（县农业技术推广中心）`` between an item's title and its text names who supplied the item."""
    items = [
        ("全县秋粮长势良好丰收在望", "（县农业技术推广中心）", "当前，全县52万亩秋粮作物长势良好。"),
        ("我县启动高标准农田建设项目验收", "（县农田建设服务中心）", "近日，我县开展高标准农田验收。"),
    ]
    text = "工作简报\n第3期\n县农业农村局　2025年9月2日\n\n" + "".join(
        f"{title}\n{office}\n{body}\n\n" for title, office, body in items
    )
    issue = parse_text(text, "gzjb3.txt")
    assert [(a.title, a.source_note, a.text, a.kicker) for a in issue.articles] == [
        (title, office, body, None) for title, office, body in items
    ]


def test_a_writer_line_with_a_slash_under_the_first_title_is_its_byline_not_a_breadcrumb() -> None:
    """``文/张晓明`` under the first item's title reads like a trail (``首页/新闻``) at the file's top."""
    text = (
        "社区周报\n第12期\n\n"
        "居民议事厅解决停车难题\n文/张晓明\n城西社区召开居民议事会，新增车位120个。\n\n"
        "“四点半课堂”温暖双职工家庭\n文/李娜\n幸福社区开设“四点半课堂”，已服务学生80余人。\n"
    )
    issue = parse_text(text, "sqzb12.txt")
    assert [(a.title, a.byline_text, [p.name for p in a.byline]) for a in issue.articles] == [
        ("居民议事厅解决停车难题", "文/张晓明", ["张晓明"]),
        ("“四点半课堂”温暖双职工家庭", "文/李娜", ["李娜"]),
    ]


def test_an_issue_number_in_brackets_under_the_name_is_part_of_the_issue_title() -> None:
    text = (
        "工 作 简 报\n（第15期）\n中共某县委办公室编\n2025年6月12日\n\n"
        "全县防汛工作会议召开\n6月11日，全县防汛工作会议召开，县委书记王刚出席会议并讲话。\n\n"
        "县领导督导检查高考安保工作\n6月7日，县长李强带队督导检查高考安保工作。\n"
    )
    issue = parse_text(text, "gzjb15.txt")
    assert (issue.title, issue.issue_date) == ("工作简报 第15期", "2025-06-12")
    assert [a.title for a in issue.articles] == ["全县防汛工作会议召开", "县领导督导检查高考安保工作"]
