"""A brief column's bare name (``简讯``, ``短讯``, ``快讯``) alone on its line, under the story above's last
paragraph or its picture's credit (``…摄``), over its first brief's title and text: the column opens there
(session 40, ``leftovers26``; before, ``简讯`` read as a person's name — 简 is a surname — and the first
brief ran on inside the story above).  Text written for the test (invented county, towns and people)."""

from reader.importer import parse_text
from reader.importer.linekinds import Kind, kind_of
from reader.importer.text import is_column_label

_PAGE = (
    "青川日报 2025年9月12日 星期五\n"
    "第1版 要闻\n\n"
    "石门镇秋茶开采\n"
    "本报讯 (记者 方雨晴) 9月10日，石门镇秋茶开采，全镇八千\n"
    "亩茶园进入采摘期，镇农业服务中心组织技术人员下村\n"
    "指导，帮助茶农提高采摘质量。\n\n"
    "9月9日，石门镇茶农在茶园采摘秋茶。 记者\n"
    "方雨晴 摄\n\n"
    "简讯\n"
    "柳溪乡举办农民运动会\n"
    "9月9日，柳溪乡举办第三届农民运动会，十二个村\n"
    "的三百余名村民参赛。 (吴浩)\n\n"
    "白马镇新建两座便民桥\n"
    "近日，白马镇两座便民桥建成通行，方便了沿河三\n"
    "个村的群众出行。 (宋佳)\n"
)


def test_a_bare_column_name_under_a_credit_opens_its_first_brief():
    issue = parse_text(_PAGE, "qcrb_20250912_p1_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("石门镇秋茶开采", ["方雨晴"]),
        ("柳溪乡举办农民运动会", ["吴浩"]),
        ("白马镇新建两座便民桥", ["宋佳"]),
    ]


def test_such_names_are_column_labels_not_people():
    for name in ("简讯", "短讯", "快讯"):
        assert is_column_label(name)
        assert kind_of(name) is not Kind.NAME
    assert kind_of("简明") is Kind.NAME  # a surname and a given name
    assert not is_column_label("新闻")  # bare, too common a word to name a column by itself
