"""A brief's sign-off whose opening bracket a scan's OCR read twice, as an angle bracket and a round
one (``…出行。 〈(宋佳)``): the brief still ends there, its writer named, and the next brief's title is
a title (session 40, ``leftovers26``; one angle bracket alone, ``〈宋佳)``, is ``text.SIGN_OFF_OPEN``'s).
Text written for the test (invented county, towns and people)."""

from reader.importer import parse_text
from reader.importer.ends import signed_off

_PAGE = (
    "青川日报 2025年9月12日 星期五\n\n"
    "第3版 综合新闻\n\n"
    "石门镇秋茶开采\n\n"
    "本报讯 (记者 方雨晴) 9月10日，石门镇秋茶开采，全镇八千亩茶园进入采摘期。\n\n"
    "镇农业服务中心组织技术人员下村指导，帮助茶农提高采摘质量。\n\n"
    "柳溪乡举办农民运动会\n\n"
    "9月9日，柳溪乡举办第三届农民运动会，十二个村的三百余名村民参赛。 〈(吴浩)\n"
    "白马镇新建两座便民桥\n\n"
    "近日，白马镇两座便民桥建成通行，方便了沿河三个村的群众出行。 (宋佳)\n"
)


def test_a_sign_off_opened_twice_ends_the_brief_and_names_its_writer():
    issue = parse_text(_PAGE, "qcrb_20250912_p3_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("石门镇秋茶开采", ["方雨晴"]),
        ("柳溪乡举办农民运动会", ["吴浩"]),
        ("白马镇新建两座便民桥", ["宋佳"]),
    ]


def test_what_reads_as_signed_off():
    assert signed_off("十二个村的三百余名村民参赛。 〈(吴浩)")
    assert signed_off("十二个村的三百余名村民参赛。 《(吴浩)")
    assert not signed_off("十二个村的三百余名村民参赛。 〈(一)")
    assert not signed_off("村民参赛 〈(吴浩)")  # no sentence ended before it
