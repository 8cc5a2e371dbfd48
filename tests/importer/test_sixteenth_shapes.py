"""Shapes the sixteenth held-out set brought (tests/data/corpus/sixteenth/SOURCES.md).  Each test names the
shape with a small text written for it (invented offices and events), not a copy of the set's files."""

import json
from pathlib import Path

from reader.importer import parse_bytes, parse_text

ITEMS = [  # (section, title, text)
    ("工作动态", "镇人大主席团召开第三次会议", "3月4日，镇人大主席团召开第三次会议，听取了代表小组的汇报。"),
    ("工作动态", "代表小组开展集中视察活动", "3月8日，第二代表小组集中视察了镇区道路改造工程。"),
    ("代表风采", "村民代表王明：把群众的事放在心上", "王明当选代表以来，每月在联络站接待群众。"),
]  # fmt: skip


def _headed(section_mark: str, item_mark: str) -> list[str]:
    """The items under their sections, each a Markdown heading of the given marks."""
    lines: list[str] = []
    section = None
    for name, title, text in ITEMS:
        if name != section:
            lines += [f"{section_mark} {name}", ""]
            section = name
        lines += [f"{item_mark} {title}", "", text, ""]
    return lines


def _word_bulletin_gfm() -> str:
    """A Word bulletin by pandoc GFM: the masthead in plain lines, sections as Heading 1, items as
    Heading 2."""
    lines = ["镇人大工作简讯", "", "2025年第2期", "", "镇人大主席团办公室　　　　2025年3月20日", ""]
    return "\n".join(lines + _headed("#", "##"))


def _web_page_html2text() -> str:
    """A web page by html2text: a trail, the bulletin's name with its number as the page's only ``##``,
    ``###`` sections and ``####`` items."""
    lines = ["镇人民政府 | 首页 > 政务公开 > 工作简讯", "", "## 镇人大工作简讯(第2期)", ""]
    lines += ["发布时间:2025-03-20", ""]
    return "\n".join(lines + _headed("###", "####"))


def test_a_markdown_bulletin_with_sections_as_top_headings_is_an_issue_of_items() -> None:
    """Headings one level over the items name sections (not articles) when a masthead with an issue number
    stands over them — in plain lines above the first heading, or as the page's only top heading."""
    for text in (_word_bulletin_gfm(), _web_page_html2text()):
        issue = parse_text(text, "bulletin.md")
        assert [a.title for a in issue.articles] == [title for _, title, _ in ITEMS]
        assert [a.section for a in issue.articles] == [name for name, _, _ in ITEMS]
        assert issue.issue_date == "2025-03-20"
        assert issue.articles[0].text.startswith("3月4日")


def test_a_feature_with_sub_headings_under_its_title_stays_one_article() -> None:
    """No issue number over them: ``#`` title and ``##`` parts are one article, as before."""
    parts = ["## 一、工程概况", "全长三公里。", "## 二、施工进度", "已完成路基。"]
    parts += ["## 三、下步安排", "月底完工。"]
    text = "\n\n".join(["# 镇区道路改造工程进展顺利", *parts]) + "\n"
    issue = parse_text(text, "feature.md")
    assert [a.title for a in issue.articles] == ["镇区道路改造工程进展顺利"]


CASES = [  # (title, sub-heads with their paragraphs)
    ("张某诉某物业公司物业服务合同纠纷案", ["【基本案情】", "张某以电梯停运为由拒交物业费，物业公司起诉。"]),
    ("承租人擅自转租，出租人可以解除合同", ["【裁判要点】", "承租人未经同意转租的，出租人可以解除合同。"]),
]  # fmt: skip


def _case_bulletin(number_alone: bool) -> str:
    """A court bulletin's cases: ``案例一`` alone on its line over the title (a PDF's text), or before the
    title on the same line (a web page); 【基本案情】-like sub-heads inside each case."""
    lines = ["审判工作简报", "第3期", "县人民法院办公室　　　2025年4月2日", "", "【以案说法】", ""]
    for n, (title, body) in zip("一二", CASES, strict=True):
        lines += [f"案例{n}", title] if number_alone else [f"案例{n}　{title}"]
        lines += ["", *body, ""]
    return "\n".join(lines)


def test_a_cases_number_is_neither_its_title_nor_an_item_of_its_own() -> None:
    for number_alone in (True, False):
        issue = parse_text(_case_bulletin(number_alone), "cases.txt")
        assert [a.title for a in issue.articles] == [title for title, _ in CASES], number_alone
        assert [a.kicker for a in issue.articles] == [None, None]
        numbers = [s.text for s in issue.boilerplate if s.reason == "item number"]
        assert numbers == ["案例一", "案例二"]
        assert issue.articles[0].text.startswith("【基本案情】")


def _appointments(title_lines: list[str]) -> str:
    """A 人大 bulletin's last item: a 任免名单 (or a decision) whose title stands over the line saying when
    the standing committee adopted it, then one line per appointment."""
    lines = ["县人大工作通讯", "第4期", "县人大常委会办公室　　　2025年5月6日", "", "【会议动态】", ""]
    lines += [
        "县人大常委会召开第二十次会议",
        "",
        "　　4月28日，县人大常委会召开第二十次会议，审议了三项报告。",
        "",
    ]
    lines += ["【人事任免】", "", *title_lines]
    lines += ["（2025年4月28日县第十八届人民代表大会常务委员会第二十次会议通过）", ""]
    lines += ["　　任命李文为县农业农村局局长。", "　　免去赵刚的县农业农村局局长职务。", ""]
    return "\n".join(lines)


def test_the_line_saying_when_a_list_or_decision_was_adopted_is_its_date_line_not_its_title() -> None:
    for title_lines in (
        ["县人民代表大会常务委员会任免名单"],
        ["县人民代表大会常务委员会", "关于批准县本级财政预算调整方案及", "调整政府债务限额的决议"],
    ):
        issue = parse_text(_appointments(title_lines), "rd.txt")
        last = issue.articles[-1]
        assert last.title == "".join(title_lines)
        assert last.date_line == "（2025年4月28日县第十八届人民代表大会常务委员会第二十次会议通过）"
        assert last.text.startswith("任命李文为")
        assert [a.section for a in issue.articles] == ["会议动态", "人事任免"]
        assert issue.issue_date == "2025-05-06"  # the masthead's day, not the day the list was adopted


SPEECHES = [  # (main title or None, the 在…讲话 line, speaker line, name, opening paragraph)
    ("抓实抓细 全力做好春季防火工作", "在全镇春季防火工作会议上的讲话", "镇长　刘海峰", "刘海峰",
     "今天召开全镇春季防火工作会议，主要任务是分析当前形势，部署下一阶段的防火工作，确保不发生较大火情。"),
    (None, "在全镇农村人居环境整治推进会上的讲话", "镇党委书记　孙立平", "孙立平",
     "刚才，各村汇报了整治工作进展情况，总体上看，大家思想重视、行动迅速，取得了阶段性成效，值得肯定。"),
]  # fmt: skip


def _speech_collection(ocr: bool) -> str:
    """A 讲话选编: per speech a main title over 「——在…上的讲话」 (or that line alone as the title), the
    speaker's office and name, the day in brackets, 「同志们：」, the text wrapped at the page's width, and
    「（根据录音整理）」 under the last line.  Read back by OCR the dash is 「一一」 and a speck in the gap
    between office and name a quotation mark."""
    dash, gap = ("一一", " ”") if ocr else ("——", "　")
    lines = ["领导讲话选编", "2025年第1期", "镇党政办编　　　　2025年3月3日", ""]
    for main, occasion, speaker, _, text in SPEECHES:
        lines += [main, dash + occasion] if main else [occasion]
        lines += [speaker.replace("　", gap), "（2025年2月26日）", "同志们：", ""]
        lines += [text[:30], text[30:], "", "（根据录音整理）", ""]
    return "\n".join(lines)


def test_a_speech_collection_gives_each_speech_its_title_speaker_and_transcript_note() -> None:
    for ocr in (False, True):
        issue = parse_text(_speech_collection(ocr), "speeches.txt")
        assert [a.title for a in issue.articles] == [main or occasion for main, occasion, *_ in SPEECHES], ocr
        assert [[b.name for b in a.byline] for a in issue.articles] == [[s[3]] for s in SPEECHES]
        assert issue.articles[0].subtitle == ("一一" if ocr else "——") + SPEECHES[0][1]
        assert [a.kicker for a in issue.articles] == [None, None]  # the note closes a speech, heads none
        assert [a.source_note for a in issue.articles] == ["（根据录音整理）"] * 2
        assert [a.text[:4] for a in issue.articles] == ["同志们：", "同志们："]
        assert issue.issue_date == "2025-03-03"


def test_a_bulletin_saved_from_a_web_page_under_a_named_trail_is_an_issue_of_items() -> None:
    """``某某法院　|　首页 > 审务公开 > 审判动态``: the site's name before the trail from the home page; the
    trail is the page's, and the bulletin's name with its number under it is the issue's masthead."""
    lines = ["镇人民政府　|　首页 > 政务公开 > 工作简讯", "", "镇人大工作简讯(第2期)", ""]
    lines += ["发布时间:2025-03-20 10:00　来源:镇党政办", "", "【打印本页】　【关闭窗口】", ""]
    for _, title, text in ITEMS:
        lines += [title, "", text, ""]
    issue = parse_text("\n".join(lines), "page.txt")
    assert [a.title for a in issue.articles] == [title for _, title, _ in ITEMS]
    assert issue.issue_date == "2025-03-20"
    aside = {s.text: s.reason for s in issue.boilerplate}
    assert aside["镇人民政府　|　首页 > 政务公开 > 工作简讯"] == "web page header"
    assert aside["镇人大工作简讯(第2期)"] == "issue title"


def test_a_dateline_naming_its_writer_without_a_role_gives_the_byline() -> None:
    text = "县融媒体中心　2025年3月1日\n\n乡村公路提档升级工程开工\n\n"
    text += "本网讯(周立新) 3月1日，县乡村公路提档升级工程开工。\n"
    article = parse_text(text, "news.txt").articles[0]
    assert article.dateline == "本网讯(周立新)"
    assert [(b.role, b.name) for b in article.byline] == [("", "周立新")]
    unit = parse_text(text.replace("周立新", "县交通局"), "news.txt").articles[0]
    assert unit.byline == []  # a unit in the brackets is no writer


def test_a_sign_off_an_extractor_broke_onto_its_own_line_closes_the_story_above() -> None:
    """``…职责。`` / ``(周立新)``: the writer's sign-off under the last sentence, then the next item's
    title over its dateline — the sign-off is the story's writer, not the next title's kicker."""
    lines = ["法院工作简报", "第2期", "县人民法院办公室　　　2025年3月5日", "", "【法院动态】", ""]
    lines += [
        "县法院召开执行工作推进会",
        "3月3日，县法院召开执行工作推进会，部署下一阶段攻坚任务。",
        "(周立新)",
        "",
    ]
    lines += ["县法院开展送法进校园活动", "本网讯(李晓红) 3月4日，县法院干警走进县第一中学开展法治宣传。", ""]
    issue = parse_text("\n".join(lines), "court.txt")
    assert [a.title for a in issue.articles] == ["县法院召开执行工作推进会", "县法院开展送法进校园活动"]
    assert [a.kicker for a in issue.articles] == [None, None]
    assert [[b.name for b in a.byline] for a in issue.articles] == [["周立新"], ["李晓红"]]


def test_a_long_dash_subtitle_opening_the_text_is_the_subtitle() -> None:
    """A case's holding as its subtitle (``——…``, too long for a heading line) over the text: the
    subtitle, not the text's first paragraph; a dash line with a full stop is text and stays."""
    holding = "——业主以物业服务存在瑕疵为由拒交物业费的，应当举证证明瑕疵的存在及其程度，否则不予支持"
    for line, subtitle in ((holding, holding), (holding + "。", None)):
        body = "【基本案情】\n\n张某拒交物业费，物业公司诉至法院。\n"
        text = f"## 张某诉某物业公司物业服务合同纠纷案\n\n{line}\n\n{body}"
        article = parse_text(text, "case.md").articles[0]
        assert article.subtitle == subtitle
        assert article.text.startswith("【基本案情】" if subtitle else "——业主")


def test_a_wrapped_web_copys_second_case_is_an_article_of_its_own() -> None:
    """The set's w3m copy (its lines cut at the browser's width, joined back before the layout is read):
    the second case's title, a holding with a comma, stands over 【裁判要义】 after the first case's last
    paragraph — its own article, as the gold written from the text lists it."""
    folder = Path(__file__).parents[1] / "data" / "corpus" / "sixteenth"
    name = "a03_spdt_5_web_w3m.txt"
    gold = json.loads((folder / "GOLD.json").read_text(encoding="utf-8"))[name]
    issue = parse_bytes((folder / name).read_bytes(), name)
    assert [a.title for a in issue.articles] == [a["title"] for a in gold["articles"]]


def test_the_ocr_copys_cases_follow_the_section_label_after_the_news() -> None:
    """The set's tesseract copy, whose paragraphs (cut by the page) are joined back and set apart by as many
    blank lines as its items: 【以案释法】 after the last news item's finished paragraph opens the cases, and
    both cases are articles (two news titles the OCR ran into stray marks stay wrong: see SOURCES.md)."""
    folder = Path(__file__).parents[1] / "data" / "corpus" / "sixteenth"
    name = "a01_spdt_5_scan_tesseract.txt"
    titles = [a.title for a in parse_bytes((folder / name).read_bytes(), name).articles]
    assert titles[-2:] == ["冯某慧诉李某赠与合同纠纷案", "劳动关系的建立与否,应考量双方间有无用工合意"]
