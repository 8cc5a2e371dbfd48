"""A brief's title whose last character a narrow column left on a line of its own, set apart by the blank
lines an OCR puts between a column's lines (``柳溪乡举办第三届农民运动`` / blank / ``会`` / blank / text),
under the column's name: the character ends the title — not a writer's name, not a line that stops the brief
from being found (session 40, ``leftovers26``; a wrapped file's tail is ``headers._title_tail``'s, a tail
over a dateline ``narrow.join_title_tails``').  Text written for the test (invented county, towns, people)."""

from reader.importer import parse_text

_PAGE = (
    "青川日报 2025年9月12日 星期五\n\n"
    "第3版 综合新闻\n\n"
    "石门镇秋茶开采\n\n"
    "本报讯 (记者 方雨晴) 9月10日，石门镇秋茶开采，全镇八千亩茶园进入采摘期。\n\n"
    "镇农业服务中心组织技术人员下村指导，帮助茶农提高采摘质量。\n"
    "乡镇短讯\n\n"
    "柳溪乡举办第三届农民运动\n\n"
    "会\n\n"
    "9月9日，柳溪乡举办第三届农民运动会，十二个村的三百余名村民参赛。 (吴浩)\n\n"
    "白马镇新建两座便民桥\n\n"
    "近日，白马镇两座便民桥建成通行，方便了沿河三个村的群众出行。 (宋佳)\n"
)


def test_the_last_character_ends_the_title():
    issue = parse_text(_PAGE, "qcrb_20250912_p3_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("石门镇秋茶开采", ["方雨晴"]),
        ("柳溪乡举办第三届农民运动会", ["吴浩"]),
        ("白马镇新建两座便民桥", ["宋佳"]),
    ]


def test_a_short_heading_over_a_lone_character_is_left_as_it_was():
    text = _PAGE.replace("柳溪乡举办第三届农民运动\n\n会\n\n", "柳溪乡简讯\n\n会\n\n")
    assert "柳溪乡简讯会" not in [a.title for a in parse_text(text, "qcrb_20250912_p3_scan.txt").articles]
