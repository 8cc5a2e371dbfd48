"""A notice's heading word alone on its line (``公示``, ``公告``: a page's box of public notices) is no
person's name, though ``公`` is a surname: it titles the box's text after the story above has ended (session
40, ``leftovers26``; before, the line read as a writer's name and the box ran on inside the story above).
Text written for the test (invented county, towns, people and committee)."""

from reader.importer import parse_text
from reader.importer.linekinds import Kind, kind_of

_PAGE = (
    "青川日报 2025年9月12日 星期五\n\n"
    "第3版 综合新闻\n\n"
    "石门镇秋茶开采\n\n"
    "本报讯 (记者 方雨晴) 9月10日，石门镇秋茶开采，全镇八千亩茶园进入采摘期。\n\n"
    "镇农业服务中心组织技术人员下村指导，帮助茶农提高采摘质量。\n\n"
    "白马镇新建两座便民桥\n\n"
    "近日，白马镇两座便民桥建成通行，方便了沿河三个村的群众出行。 (宋佳)\n\n"
    "公示\n\n"
    "根据县评选表彰工作有关规定，现将拟推荐的县级文明单位名单予以公示，公示期为七天。\n\n"
    "联系电话 : 0000-1234567\n\n"
    "青川县精神文明建设委员会办公室\n"
)


def test_a_notice_word_alone_titles_the_box():
    issue = parse_text(_PAGE, "qcrb_20250912_p3_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("石门镇秋茶开采", ["方雨晴"]),
        ("白马镇新建两座便民桥", ["宋佳"]),
        ("公示", []),
    ]


def test_the_kind_of_such_lines():
    assert kind_of("公示") is not Kind.NAME
    assert kind_of("公告") is not Kind.NAME
    assert kind_of("公明") is Kind.NAME  # a surname and a given name
    assert kind_of("公明 宋佳") is Kind.NAME
