"""An official document under its masthead (红头: ``某县人民政府文件``) and its number.

What a user would notice if this broke: the document imported as an article titled by the masthead,
its real title run into the addressees' line as the first paragraph (``…的通知各乡镇人民政府，…：``).
"""

from __future__ import annotations

from reader.importer import parse_text

DOCUMENT = """青川县人民政府文件

青政发〔2025〕12号

青川县人民政府关于印发春耕生产工作方案的通知

各乡镇人民政府，县政府各部门：

现将《春耕生产工作方案》印发给你们，请认真贯彻执行。

青川县人民政府

2025年3月5日
"""


def test_the_masthead_goes_with_the_issue_and_the_document_keeps_its_title() -> None:
    issue = parse_text(DOCUMENT, "qingchuan.txt")
    [article] = issue.articles
    assert article.title == "青川县人民政府关于印发春耕生产工作方案的通知"
    assert article.source_note == "青政发〔2025〕12号"
    assert article.text.startswith("各乡镇人民政府，县政府各部门：\n")
    assert issue.title == "青川县人民政府文件"
    assert [line.text for line in issue.boilerplate][:1] == ["青川县人民政府文件"]


SECOND = """
青政发〔2025〕13号

青川县人民政府关于印发防汛抗旱工作方案的通知

各乡镇人民政府，县政府各部门：

现将《防汛抗旱工作方案》印发给你们，请抓好落实。

青川县人民政府

2025年3月6日
"""


def test_a_masthead_over_two_documents_heads_both() -> None:
    issue = parse_text(DOCUMENT + SECOND, "two.txt")
    assert [(a.title, a.source_note) for a in issue.articles] == [
        ("青川县人民政府关于印发春耕生产工作方案的通知", "青政发〔2025〕12号"),
        ("青川县人民政府关于印发防汛抗旱工作方案的通知", "青政发〔2025〕13号"),
    ]
