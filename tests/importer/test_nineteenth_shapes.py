"""Shapes the nineteenth held-out set brought (tests/data/corpus/nineteenth/SOURCES.md).  Each test
names the shape with a small text written for it (an invented brief and invented items), not a copy
of the set's files."""

import email.policy
from email.message import EmailMessage

from reader.importer import parse_bytes, parse_text

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
