"""A newspaper page extracted from its PDF: credits broken into one line per name, the rest of an
editor's code in front of a credit, a wire attribution cut by the column, and a title printed at the
foot of a page whose text starts on the next.  Written in the shape of the third set's extractions
(``tests/data/corpus/third``); expected values read off the text."""

from __future__ import annotations

from reader.importer import parse_text
from reader.importer.credits import rejoin
from reader.importer.linekinds import Kind, kind_of
from reader.importer.lines import Document, split_lines

REPORT = (
    "王生英是河南省林州市横水镇卸甲平小学的一名普通的山村教师，二十年以校为家，十余年以家为校，\n"
    "数名学生升入了大学，她无怨无悔，数百名毕业生在改变着家乡贫穷落后的面貌。（据新华社郑\n"
    "州9月9日电）\n"
)


def test_a_credit_broken_into_a_line_per_name_is_joined_back_into_one_line() -> None:
    document = Document(split_lines("节日快乐。\n\n王铮\n\n杨东辉\n\n摄\n\n9月10日是教师节。\n"))
    rejoin(document)
    assert [line.text for line in document.lines] == ["节日快乐。", "王铮 杨东辉 摄", "9月10日是教师节。"]


def test_photographers_without_a_role_and_behind_an_editor_code_are_a_credit() -> None:
    assert kind_of("王铮 杨东辉 摄") is Kind.CREDIT
    assert kind_of("3高超 秦林林 摄") is Kind.CREDIT  # ⑧3 cut in two by the column
    assert kind_of("市委 书记 摄") is not Kind.CREDIT


def test_a_title_after_an_attribution_the_column_cut_starts_the_next_article() -> None:
    text = (
        "王生英：以校为家以家为校\n"
        + REPORT
        + "蒋二军：用生命坚守讲台\n"
        + "9月9日，温县赵堡镇北平皋村小学教师蒋二军在校园里给学生讲解爱护环境的知识。\n"
    )
    issue = parse_text(text, "page.txt")
    assert [article.title for article in issue.articles] == [
        "王生英：以校为家以家为校",
        "蒋二军：用生命坚守讲台",
    ]
    assert issue.articles[0].text.replace("\n", "").endswith("（据新华社郑州9月9日电）")


def test_a_title_at_the_foot_of_a_page_heads_the_text_on_the_next() -> None:
    text = (
        "王生英：以校为家以家为校\n"
        + REPORT
        + "清丰开展“党员谢师恩”活动\n"
        + "\f本报讯（记者李铮 通讯员王飞）教师节来临之际，清丰县组织开展主题活动。\n"
    )
    issue = parse_text(text, "page.txt")
    assert [article.title for article in issue.articles] == [
        "王生英：以校为家以家为校",
        "清丰开展“党员谢师恩”活动",
    ]
    assert [entry.name for entry in issue.articles[1].byline] == ["李铮", "王飞"]


def test_a_credits_line_the_page_width_cut_is_joined_back() -> None:
    """``pdftotext -layout`` of a bulletin: the credits under an item run over the line's end, cutting a
    label (审 / 核：) or a name (马 / 怿玮); a button's scrap (微) may stand before the rest."""
    document = Document(
        split_lines(
            "文字：陈梓童   图片：刘佳妮       编辑：赵涵越    责编：高婉婷   审\n核：陈甜、马怿玮\n"
            "文字：沈玥儒   图片：刘佳妮   编辑：王靖雯   责编：杜微   审核：陈甜、马\n怿玮\n"
            "时间：2019-09-18 06:23 来源： 山西日报\n打印 字体： 放大 正常 缩小 分享\n"
        )
    )
    rejoin(document)
    assert [line.text for line in document.lines] == [
        "文字：陈梓童   图片：刘佳妮       编辑：赵涵越    责编：高婉婷   审核：陈甜、马怿玮",
        "文字：沈玥儒   图片：刘佳妮   编辑：王靖雯   责编：杜微   审核：陈甜、马怿玮",
        "时间：2019-09-18 06:23 来源： 山西日报",  # a page's information and its toolbar stay apart
        "打印 字体： 放大 正常 缩小 分享",
    ]


def test_a_credits_line_with_ascii_colons_is_joined_back_at_a_cut_label() -> None:
    """The same cut with the half-width colons many web and Word texts use (文字: / 审 / 核:)."""
    document = Document(split_lines("文字:张小明   图片:李华   编辑:王芳   责编:赵强   审\n核:刘洋、陈静\n"))
    rejoin(document)
    assert [line.text for line in document.lines] == [
        "文字:张小明   图片:李华   编辑:王芳   责编:赵强   审核:刘洋、陈静"
    ]
