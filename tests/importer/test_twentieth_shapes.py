"""Shapes the twentieth held-out set brought (tests/data/corpus/twentieth/SOURCES.md).  Each test names the
shape with a small text written for it (an invented brief and invented items), not a copy of the set's
files."""

from reader.importer import parse_bytes, parse_text

BRIEF_TITLES = ("全镇完成小麦播种三万亩", "农技人员下村指导秋种")
BRIEF_PARAS = (
    "今年秋播，全镇完成小麦播种三万亩，比去年增加两千亩。",
    "播种质量普遍较好。",
    "十月中旬，镇农技站组织技术人员分赴各村指导秋种。",
)


def _brief_blocks() -> list[tuple[str, str]]:
    return [
        ("head", "河东农业简报"),
        ("head", "2025年第2期"),
        ("title", BRIEF_TITLES[0]),
        ("para", BRIEF_PARAS[0]),
        ("para", BRIEF_PARAS[1]),
        ("title", BRIEF_TITLES[1]),
        ("para", BRIEF_PARAS[2]),
    ]


def _check_brief(issue) -> None:
    titles = [a.title for a in issue.articles]
    assert list(BRIEF_TITLES) == titles[-2:]
    text = "\n".join(a.text for a in issue.articles)
    for para in BRIEF_PARAS:
        assert para in text
    assert "\\" not in text and "rtf" not in text


def _hex_escaped(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) for ch in text)


def _u_escaped(text: str) -> str:
    return "".join(
        ch if ord(ch) < 128 else f"\\u{ord(ch) - 65536 if ord(ch) > 32767 else ord(ch)}?" for ch in text
    )


def test_rtf_with_code_page_hex_escapes_is_read_as_its_text():
    style = {"head": "\\qc\\fs36", "title": "\\qc\\b", "para": "\\fi480"}
    lines = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + _hex_escaped("宋体") + ";}}",
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ",
    ]
    for kind, text in _brief_blocks():
        lines.append(f"\\pard{style[kind]} {_hex_escaped(text)}\\b0\\par")
    data = ("\r\n".join(lines) + "\r\n}\r\n").encode("ascii")
    issue = parse_bytes(data, "brief.txt")
    _check_brief(issue)
    assert "宋体" not in "".join(a.text for a in issue.articles)  # the font table is no text


def test_rtf_with_signed_unicode_escapes_is_read_as_its_text():
    lines = [
        "{\\rtf1\\ansi\\deff0\\uc1{\\fonttbl{\\f0\\fnil Arial;}}",
        "{\\info{\\title " + _u_escaped("简报") + "}}",
    ]
    for kind, text in _brief_blocks():
        indent = "\\fi640" if kind == "para" else "\\qc"
        lines.append("{\\pard\\plain" + indent + " " + _u_escaped(text) + "\\par}")
    data = ("\n".join(lines) + "\n}\n").encode("ascii")
    assert b"\\u-" in data  # characters past U+7FFF are negative numbers
    _check_brief(parse_bytes(data, "brief.txt"))


def test_unicode_line_and_paragraph_separators_end_lines():
    head = "\u2028".join(["河东农业简报", "2025年第2期"])
    paras = [head]
    for kind, text in _brief_blocks()[2:]:
        paras.append("　　" + text if kind == "para" else text)
    issue = parse_bytes(("\u2029".join(paras) + "\n").encode("utf-8"), "brief.txt")
    _check_brief(issue)
    assert "\u2028" not in "".join(a.text for a in issue.articles)


def test_unicode_separators_end_lines_in_decoded_text_too():
    text = "\u2029".join(
        ["河东农业简报", BRIEF_TITLES[0], "　　" + BRIEF_PARAS[0], BRIEF_TITLES[1], "　　" + BRIEF_PARAS[2]]
    )
    issue = parse_text(text, "brief.txt")
    assert [a.title for a in issue.articles][-2:] == list(BRIEF_TITLES)


OUTLINE = (
    "河东镇2025年三季度工作进展\n河东镇人民政府办公室\n2025年10月10日\n"
    "　　现将三季度工作进展通报如下：\n"
    "一、\t产业发展\n"
    "（一）\t万亩稻田完成机收\n　　九月下旬，全镇万亩稻田完成机收，亩产比去年提高五十公斤。\n"
    "1.\t机收率达到百分之九十八。\n2.\t秸秆全部还田。\n"
    "（二）\t食用菌基地扩建投产\n　　镇食用菌基地新建大棚四十座，九月起陆续出菇上市。\n"
    "二、\t社会事业\n"
    "（一）\t镇卫生院新门诊楼启用\n　　九月十五日，镇卫生院新门诊楼投入使用，设诊室十二间。\n"
)


def test_report_numbered_at_two_levels_is_read_as_parts_and_items():
    issue = parse_text(OUTLINE, "report.txt")
    got = [(a.section, a.title) for a in issue.articles if a.section]
    assert got == [
        ("产业发展", "万亩稻田完成机收"),
        ("产业发展", "食用菌基地扩建投产"),
        ("社会事业", "镇卫生院新门诊楼启用"),
    ]
    first = next(a for a in issue.articles if a.title == "万亩稻田完成机收")
    assert "秸秆全部还田。" in first.text  # the 1. points are paragraphs of the item
    asides = {b.text for b in issue.boilerplate}
    assert {"一、", "二、", "（一）", "（二）"} <= asides  # the numbers set aside, not lost


def test_report_head_over_its_parts_is_the_issue_not_an_article():
    issue = parse_text(OUTLINE, "report.txt")
    assert len(issue.articles) == 3
    assert issue.title == "河东镇2025年三季度工作进展"
    asides = {b.text: b.reason for b in issue.boilerplate}
    assert asides["现将三季度工作进展通报如下："] == "issue notes"
    assert asides["河东镇人民政府办公室"] == "issue title"


def test_one_document_with_numbered_sub_heads_stays_one_article():
    text = (
        "关于做好秋季防火工作的通知\n各村委会：\n　　为做好秋季防火工作，现将有关事项通知如下：\n"
        "一、\t总体要求\n（一）\t指导思想\n　　坚持预防为主，积极消灭。\n"
        "二、\t工作措施\n（一）\t加强巡查\n　　各村要组织巡查。\n（二）\t严格用火管理\n　　严禁野外用火。\n"
    )
    issue = parse_text(text, "notice.txt")
    assert len([a for a in issue.articles if a.section]) == 0


EPAPER = (
    "河东报\n2025年10月20日　星期一　第1086期\n\n"
    "第01版：要闻\n\n"
    "全镇完成小麦播种三万亩\n　　本报讯（记者 李青）今年秋播，全镇完成小麦播种三万亩，比去年增加两千亩。\n"
    "　　（下转第2版）\n\n"
    "河东大桥合龙\n　　本报讯（记者 张帆）十月十八日，河东大桥主桥顺利合龙，预计年底通车。\n\n"
    "第02版：综合\n\n"
    "（上接第1版）\n　　播种质量普遍较好，出苗整齐。\n\n"
    "镇卫生院新门诊楼启用\n　　本报讯（通讯员 王林）九月十五日，镇卫生院新门诊楼投入使用，设诊室十二间。\n\n"
    "农技人员下村指导秋种\n　　本报讯（记者 李青）十月中旬，镇农技站组织技术人员分赴各村指导秋种。\n"
)


def test_stories_after_a_page_line_are_filed_under_that_page():
    issue = parse_text(EPAPER, "paper.txt")
    pages = {a.title: a.section for a in issue.articles}
    assert pages["全镇完成小麦播种三万亩"] == "第01版"
    assert pages["河东大桥合龙"] == "第01版"
    assert pages["镇卫生院新门诊楼启用"] == "第02版"
    assert pages["农技人员下村指导秋种"] == "第02版"
    assert "出苗整齐" in issue.articles[0].text  # the jump's rest stays with its story


def test_markdown_report_numbered_at_two_heading_levels_is_read_as_parts_and_items():
    lines = [
        "---",
        "title: 河东镇三季度工作进展",
        "created: 2025-10-10 09:00",
        "---",
        "",
        "# 河东镇三季度工作进展",
        "",
    ]
    lines += ["现将三季度工作进展通报如下：", "", "## 一、产业发展", "", "### （一）万亩稻田完成机收", ""]
    lines += [
        "九月下旬，全镇万亩稻田完成机收，亩产比去年提高五十公斤。",
        "",
        "### （二）食用菌基地扩建投产",
        "",
    ]
    lines += ["镇食用菌基地新建大棚四十座，九月起陆续出菇上市。", "", "## 二、社会事业", ""]
    lines += [
        "### （一）镇卫生院新门诊楼启用",
        "",
        "九月十五日，镇卫生院新门诊楼投入使用，设诊室十二间。",
        "",
    ]
    issue = parse_text("\n".join(lines), "report.md.txt")
    assert [(a.section, a.title) for a in issue.articles] == [
        ("产业发展", "万亩稻田完成机收"),
        ("产业发展", "食用菌基地扩建投产"),
        ("社会事业", "镇卫生院新门诊楼启用"),
    ]


def test_sign_off_naming_a_government_office_and_its_writer():
    text = (
        "河东农业简报\n2025年第2期\n\n"
        f"{BRIEF_TITLES[0]}\n　　{BRIEF_PARAS[0]}\n（供稿：河东镇人民政府　周立新）\n\n"
        f"{BRIEF_TITLES[1]}\n　　{BRIEF_PARAS[2]}\n（供稿：县农业农村局　刘晓）\n"
    )
    issue = parse_text(text, "brief.txt")
    bylines = {a.title: [entry.name for entry in a.byline] for a in issue.articles}
    assert bylines[BRIEF_TITLES[0]] == ["周立新"]
    assert bylines[BRIEF_TITLES[1]] == ["刘晓"]


def test_markdown_office_and_day_line_under_the_title_dates_the_issue():
    lines = ["# 河东镇三季度工作进展", "", "河东镇人民政府办公室　2025年10月10日", "", "## 一、产业发展", ""]
    lines += [
        "### （一）万亩稻田完成机收",
        "",
        "九月下旬，全镇万亩稻田完成机收。",
        "",
        "### （二）食用菌基地扩建投产",
        "",
    ]
    lines += ["镇食用菌基地新建大棚四十座。", "", "## 二、社会事业", "", "### （一）镇卫生院新门诊楼启用", ""]
    lines += ["九月十五日，镇卫生院新门诊楼投入使用。", ""]
    issue = parse_text("\n".join(lines), "report.md.txt")
    assert issue.issue_date == "2025-10-10"


def test_paper_name_over_its_day_names_the_publication():
    assert parse_text(EPAPER, "paper.txt").publication == "河东报"
    notice = "情况通报\n　　十月二十日，镇政府召开会议，通报三季度安全生产检查情况。\n"
    assert parse_text(notice, "notice.txt").publication is None


def test_page_line_left_under_a_story_by_a_jump_is_set_aside():
    issue = parse_text(EPAPER, "paper.txt")
    story = next(a for a in issue.articles if a.title == "河东大桥合龙")
    assert "第02版" not in story.text
    assert {b.text: b.reason for b in issue.boilerplate}["第02版：综合"] == "page folio"
