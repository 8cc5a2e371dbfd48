"""Shapes the nineteenth held-out set brought (tests/data/corpus/nineteenth/SOURCES.md).  Each test
names the shape with a small text written for it (an invented brief and invented items), not a copy
of the set's files."""

import email.policy
from email.message import EmailMessage

from reader.importer import parse_bytes, parse_text
from reader.importer.leads import page_heading, split_bracketed_items
from reader.importer.model import Block, BlockKind, ParsedArticle

BRIEF = (
    "河东农业简报\n2025年第2期\n\n"
    "全镇完成小麦播种三万亩\n　　今年秋播，全镇完成小麦播种三万亩，比去年增加两千亩。\n"
    "　　播种质量普遍较好。\n\n"
    "农技人员下村指导秋种\n　　十月中旬，镇农技站组织技术人员分赴各村指导秋种。\n"
)


def _message(cte: str, charset: str = "utf-8", html: bool = False) -> bytes:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = "河东镇农业站 <nyz@hedong.example.cn>"
    m["To"] = "各村委会 <cwh@hedong.example.cn>"
    m["Subject"] = "河东农业简报第2期"
    m["Date"] = "Mon, 20 Oct 2025 09:00:00 +0800"
    body = BRIEF.encode(charset)
    m.set_content(body, maintype="text", subtype="plain", cte=cte, params={"charset": charset})
    if html:
        m.add_alternative("<html><body><p>河东农业简报</p></body></html>", subtype="html", cte="base64")
        m.add_attachment(b"\x00\x01\x02" * 50, maintype="application", subtype="pdf", filename="brief.pdf")
    return m.as_bytes(policy=email.policy.SMTP)


def _check_brief(issue) -> None:
    titles = [a.title for a in issue.articles]
    assert "全镇完成小麦播种三万亩" in titles
    assert "农技人员下村指导秋种" in titles
    text = "".join(a.text for a in issue.articles)
    assert "播种质量普遍较好。" in text
    assert "=E5" not in text
    asides = {b.text: b.reason for b in issue.boilerplate}
    assert asides["Subject: 河东农业简报第2期"] == "e-mail header"


def test_raw_mime_message_quoted_printable_is_read_as_its_text():
    data = _message("quoted-printable")
    assert b"=E5" in data  # the file holds the encoded bytes, not the text
    _check_brief(parse_bytes(data, "brief.eml"))


def test_raw_mime_multipart_base64_gbk_shows_the_plain_part_and_names_the_others():
    issue = parse_bytes(_message("base64", "gbk", html=True), "brief.eml")
    _check_brief(issue)
    assert "e-mail: the text/html part is not shown" in issue.warnings
    assert "e-mail: the application/pdf attachment 「brief.pdf」 is not shown" in issue.warnings


SQUARE_ITEMS = [  # (title, text)
    ("镇政府召开防汛工作会议", "6月3日，镇政府召开防汛工作会议，部署汛期各项准备工作。"),
    ("北湾村新建文化广场投用", "近日，北湾村新建的文化广场正式投入使用，村民有了休闲健身的好去处。"),
    ("镇中学举办科技节", "6月5日，镇中学举办第三届科技节，展出学生作品一百余件。"),
]


def _check_items(issue) -> None:
    assert [a.title for a in issue.articles] == [t for t, _ in SQUARE_ITEMS]
    assert [a.text[:6] for a in issue.articles] == [b[:6] for _, b in SQUARE_ITEMS]


def test_square_lead_items_in_one_paragraph_without_blank_lines():
    lines = ["南塘要闻", "第4期", *(f"　　■{t}　{b}" for t, b in SQUARE_ITEMS)]
    _check_items(parse_text("\n".join(lines) + "\n", "yaowen.txt"))


def test_square_lead_items_wrapped_by_a_pdf_extractor():
    lines = ["南塘要闻", "", "第4期", ""]
    for t, b in SQUARE_ITEMS:
        item = f"■{t} {b}"
        lines += [item[i : i + 24] for i in range(0, len(item), 24)]
    _check_items(parse_text("\n".join(lines) + "\n", "yaowen.txt"))


def test_the_senders_salutation_and_note_over_an_emailed_brief_are_set_aside():
    text = (
        "From: 河东镇农业站 <nyz@hedong.example.cn>\nTo: 各村委会\nSubject: 河东农业简报第2期\n\n"
        "各村委会：\n现将本期简报发给你们，请转发。\n\n" + BRIEF
    )
    issue = parse_text(text, "brief.txt")
    assert [a.title for a in issue.articles] == ["全镇完成小麦播种三万亩", "农技人员下村指导秋种"]
    asides = {b.text: b.reason for b in issue.boilerplate}
    assert asides["各村委会："] == "e-mail note"
    assert asides["现将本期简报发给你们，请转发。"] == "e-mail note"


PAGE = (
    "首页　新闻中心　政务公开\n"
    "当前位置：首页 > 新闻中心 > 部门动态\n"
    "部门动态\n"
    "发布时间：2025-06-12　来源：河东区政府办公室\n"
    "【区长赵明调研防汛工作】6月11日，区长赵明到沿河三个街道检查防汛物资储备和排涝泵站运行情况。\n"
    "【区民政局开展养老机构安全检查】6月10日，区民政局组织人员对辖区12家养老机构开展消防安全检查。\n"
    "【区政府召开夏季安全生产会议】6月9日，区政府召开会议，部署夏季安全生产和防溺水工作。\n"
)


def test_a_web_pages_items_led_by_bracketed_titles_are_articles_of_their_own():
    issue = parse_text(PAGE, "dongtai.txt")
    assert [a.title for a in issue.articles] == [
        "区长赵明调研防汛工作",
        "区民政局开展养老机构安全检查",
        "区政府召开夏季安全生产会议",
    ]
    assert issue.title == "部门动态"
    assert issue.articles[1].text == "6月10日，区民政局组织人员对辖区12家养老机构开展消防安全检查。"


def test_bracketed_leads_over_text_typed_with_half_width_commas_are_items_too():
    """``【title】6月11日,区长…``: a site or an editor typing half-width punctuation; the lead is cut as with
    ``，`` (conversion_probe.py, half-width-punctuation, found on nineteenth's b01)."""
    wrapped = "\n".join(  # a text browser's lines: the lead's line holds no stop, only commas
        line if not line.startswith("【") else f"{line[:30]}\n{line[30:]}" for line in PAGE.split("\n")
    )
    issue = parse_text(wrapped.replace("，", ","), "dongtai.txt")
    assert [a.title for a in issue.articles] == [
        "区长赵明调研防汛工作",
        "区民政局开展养老机构安全检查",
        "区政府召开夏季安全生产会议",
    ]
    assert issue.articles[2].text.startswith("6月9日,区政府召开会议")


def test_a_page_read_as_one_article_under_its_heading_is_split_at_its_bracketed_leads():
    """Where the page's heading titled one article and the cut leads stood in it as sub-headings."""
    heading, paragraph = BlockKind.HEADING, BlockKind.PARAGRAPH
    page = ParsedArticle(
        title="领导活动",
        date_line="2025-06-12",
        blocks=[
            Block(heading, "【区长赵明调研防汛工作】"),
            Block(paragraph, "6月11日，区长赵明到沿河三个街道检查防汛物资储备。"),
            Block(heading, "【副区长钱立检查学校食堂】"),
            Block(paragraph, "6月10日，副区长钱立到城区两所中学检查食堂。"),
            Block(paragraph, "他要求严把食材进货关。"),
        ],
    )
    items = split_bracketed_items(page)
    # the heading names the page, not a section of its items (session 34): the caller sets it aside
    assert page_heading(page, items) == "领导活动"
    assert [(a.section, a.title, a.text) for a in items] == [
        (None, "区长赵明调研防汛工作", "6月11日，区长赵明到沿河三个街道检查防汛物资储备。"),
        (
            None,
            "副区长钱立检查学校食堂",
            "6月10日，副区长钱立到城区两所中学检查食堂。\n他要求严把食材进货关。",
        ),
    ]
    assert items[0].date_line == "2025-06-12"  # the page's own fields go with its first item
    page.blocks = page.blocks[:2]
    assert split_bracketed_items(page) is None  # one lead: a sub-heading, not a list of items


def test_one_bracketed_lead_is_no_list_of_items():
    one = PAGE.split("【区民政局")[0]
    issue = parse_text(one, "dongtai.txt")
    assert len(issue.articles) == 1
    assert "【区长赵明调研防汛工作】6月11日，区长赵明" in issue.articles[0].text
