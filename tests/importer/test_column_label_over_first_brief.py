"""A brief column's name (``乡镇短讯``) right under the last paragraph of the story above, over its first
brief's title and text: the column opens there, so its first brief is an article of its own, not a sub-head
inside the story above (session 40, ``leftovers26``; twentythird's OCR'd pages left the column's bullets as
characters or lost them, so no ◆ marks the items as ``_label_over_marked_item`` asks).  A name over a line of
running text is still a sub-head.  Text written for the test (invented county, towns and people)."""

from reader.importer import parse_text

_PAGE = (
    "青川日报 2025年9月12日 星期五\n\n"
    "第3版 综合新闻\n\n"
    "石门镇秋茶开采\n\n"
    "本报讯 (记者 方雨晴) 9月10日，石门镇秋茶开采，全镇八千亩茶园进入采摘期。\n\n"
    "镇农业服务中心组织技术人员下村指导，帮助茶农提高采摘质量。\n"
    "乡镇短讯\n\n"
    "柳溪乡举办农民运动会\n\n"
    "9月9日，柳溪乡举办第三届农民运动会，十二个村的三百余名村民参赛。 (吴浩)\n\n"
    "白马镇新建两座便民桥\n\n"
    "近日，白马镇两座便民桥建成通行，方便了沿河三个村的群众出行。 (宋佳)\n"
)


def _titles(text: str) -> list[str]:
    return [a.title for a in parse_text(text, "qcrb_20250912_p3_scan.txt").articles]


def test_a_column_name_under_a_finished_paragraph_opens_its_first_brief():
    assert _titles(_PAGE) == ["石门镇秋茶开采", "柳溪乡举办农民运动会", "白马镇新建两座便民桥"]


def test_the_name_over_running_text_stays_inside_the_story():
    text = _PAGE.replace(
        "柳溪乡举办农民运动会\n\n9月9日，",
        "今年以来，全镇各村围绕茶叶、蔬菜和中药材三大产业，共建成示范基地十二个。\n\n9月9日，",
    )
    assert "柳溪乡举办农民运动会" not in _titles(text)
    assert _titles(text)[0] == "石门镇秋茶开采"
