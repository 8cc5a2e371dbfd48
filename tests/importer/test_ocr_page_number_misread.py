"""A scanned newspaper read back by OCR: the page number in a page's head is misread or lost.  tesseract
reads a ``1`` as a square bracket or a bar (``第]版”要闻``) and drops or garbles a digit it cannot read
(``第版”综合``, ``第)版 综合``).  The head is still the page's: the bracket or bar is read as the ``1`` it
stands for, and a page whose number was lost is the page after the one above it (session 38,
``leftovers23``).  Text written for the test (invented paper, places and people)."""

import pytest

from reader.importer import parse_text
from reader.importer.text import page_digits


def _paper(first: str, second: str) -> str:
    return (
        "2025年9月3日”星期三               "
        f"{first}”要闻  责任编辑 : 林小雨  版式 : 何青\n"
        "我县秋粮收购工作全面启动\n\n"
        "本报讯 (记者 王海东) 9月2日，全县秋粮收购工作全面启动，\n"
        "设立收购网点46个，预计收购粮食3.1万吨。\n\n"
        "县医保局开展政策宣传月活动\n\n"
        "本报讯 (记者 刘敏) 9月1日，县医保局启动医保政策宣传月，\n"
        "组织工作人员进村入户讲解参保缴费和报销政策。\n\n"
        f"{second}”综合\n\n"
        "石桥镇新建三座便民桥\n\n"
        "本报讯 (通讯员 陈光) 近日，石桥镇新建的三座便民桥通行，\n"
        "方便了两岸群众出行。\n"
    )


@pytest.mark.parametrize(("first", "second"), [("第]版", "第版"), ("第|版", "第)版"), ("第]版", "第 版")])
def test_a_misread_page_number_still_files_the_stories(first, second):
    issue = parse_text(_paper(first, second), "sxb_p1-2_scan.txt")
    assert [(a.title, a.section) for a in issue.articles] == [
        ("我县秋粮收购工作全面启动", "第1版"),
        ("县医保局开展政策宣传月活动", "第1版"),
        ("石桥镇新建三座便民桥", "第2版"),
    ]
    assert issue.issue_date == "2025-09-03"


def test_the_same_pages_with_their_numbers_read_alike():
    read, misread = (
        parse_text(_paper("第1版", "第2版"), "a.txt"),
        parse_text(_paper("第]版", "第版"), "b.txt"),
    )
    assert [(a.title, a.section) for a in read.articles] == [(a.title, a.section) for a in misread.articles]


def test_a_lost_number_with_no_page_above_names_no_page():
    text = "第版”综合\n\n石桥镇新建三座便民桥\n\n本报讯 (通讯员 陈光) 近日，石桥镇新建的便民桥通行。\n"
    assert [(a.title, a.section) for a in parse_text(text, "c.txt").articles] == [
        ("石桥镇新建三座便民桥", None)
    ]


def test_page_digits_reads_only_a_page_number():
    assert page_digits("第]版 要闻") == "第1版 要闻"
    assert page_digits("第版 综合") == "第?版 综合"
    assert page_digits("第)版") == "第?版"
    assert page_digits("第3版 要闻") == "第3版 要闻"
    assert page_digits("次第开放") == "次第开放"
