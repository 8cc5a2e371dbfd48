"""How an item closes: an editor's line (``编辑 冯文美`` under its source line) names who laid the item
out, not who wrote it: it is no byline; a writer's line is still one.  A writer's sign-off (``(宁艳)``)
is one even with a scan's stray mark after it (``(宁艳) '``).

The first text is the opening of tests/data/corpus/tenth/z01_zxxx_2023n3_wechat.txt (see its
SOURCES.md; the texts there are invented), cut after its second item's first paragraph; the expected
values are read off it.  The others are written for these tests, the last in the shape of the simulated
OCR text tests/data/corpus/tenth/r03_rdgzxx_2026n2_ocr_gbk.txt (its lines cut at 23–26 characters).
"""

from __future__ import annotations

from reader.importer import parse_text

WECHAT = """政协信息丨2023年第3期

原创 政协信息 2023-02-10 18:30 广东

【工作动态】

▍图解|东莞政协这5年:提交提案1987件,立案率达92%

今天(1月9日),东莞市政协十三届一次会议正式开幕。

五年来,东莞市政协第十二届委员会积极组织政协委员和各参加单位通过提案参政议政、建言献策、共提交提案1987件,比上届增加485件。经过严格审查,立案1828件,立案率达92%。

提案涉及哪些领域,办理实效如何?一张图告诉你!

【来源】南方日报

编辑 冯文美

▍东莞连续7年圆满完成十件民生实事(建言献策助发展)

2月8日,政协第十四届东莞市委员会第二次会议在市会议大厦召开。市政协委员、虎门镇党委副书记莫国庆率虎门镇政协小组一行15名委员参会。
"""


def test_an_editors_line_closing_an_item_is_not_its_byline() -> None:
    issue = parse_text(WECHAT, "zxxx_3.txt")
    first = issue.articles[0]
    assert first.title == "图解|东莞政协这5年:提交提案1987件,立案率达92%"
    assert first.byline == []
    assert first.byline_text is None
    assert "编辑 冯文美" in first.text  # kept where it was printed


def test_a_writers_line_closing_an_item_is_still_its_byline() -> None:
    text = "城关镇开展春季植树活动\n\n城关镇组织干部群众开展春季植树活动，新植苗木两万余株。\n\n作者 李明\n"
    issue = parse_text(text, "zhishu.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("城关镇开展春季植树活动", ["李明"])
    ]


def test_a_sign_off_with_a_stray_scan_mark_after_it_names_the_writer() -> None:
    text = (
        "人大工作信息\n第2期\n\n"
        "一、县人大常委会举行主任会议\n"
        "　　3月4日上午,县人大常委会举行主任会议,研究\n"
        "讨论有关事项。会议审议通过了视察方案。　　(宁艳) '\n\n"
        "二、县人大常委会召开党组会议\n"
        "　　3月5日,县人大常委会召开党组会议,传达学习\n"
        "上级会议精神。\n\n"
        "三、区人大代表开展集中视察\n"
        "　　3月6日,区人大代表分三组开展集中视察,实地\n"
        "察看了重点项目建设情况。\n"
    )
    issue = parse_text(text, "rdgzxx_2.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("县人大常委会举行主任会议", ["宁艳"]),
        ("县人大常委会召开党组会议", []),
        ("区人大代表开展集中视察", []),
    ]
