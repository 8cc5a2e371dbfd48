"""An issue's editor's note (``编者按：…``) right under a bulletin's masthead, in a copy with no blank line
anywhere (tesseract's ``--psm 6``; a script's text of a Word file): the note ends at its last sentence, and
the heading under it, over text, is the first item's title — not a line inside the note (session 40,
``leftovers26``; before, the note and the first item were read as one article titled by the note).  Text
written for the test (invented city, offices and people)."""

from reader.importer import parse_text

_TEXT = (
    "工作简报\n"
    "第6期\n"
    "青川市水利局 2025年6月3日\n"
    "编者按 : 入汛以来，市水利局把防汛备汛作为当前首要任务，各项工作有序推进。现将有\n"
    "关情况编发，供参考。\n"
    "全市水库安全度汛检查全面完成\n"
    "据统计，截至5月31日，各地已对四十二座大小塘坝逐一排查，发现隐患十一处，已整\n"
    "改九处，其余两处限期整改。\n"
    "市水利局要求各地落实水库安全度汛责任人，确保每座水库的责任落实到具体人员\n"
    "，做到不漏一库。 (运行管理科 宋佳)\n"
    "市防汛物资储备库完成补充\n"
    "近日，市防汛物资储备库完成年度补充，新增编织袋两万条、救生衣八百件、冲锋\n"
    "舟六艘，可满足全市一次较大洪水的抢险需要。\n"
    "储备库实行二十四小时值班，接到调令后一小时内即可出库。 (市防汛物资储备\n"
    "库 吴浩)\n"
    "白石县开展山洪灾害防御演练\n"
    "白石县在东坪、石门两个镇开展山洪灾害防御演练，转移群众三百余人，检验了预\n"
    "警和转移机制。 (白石县水利局 方雨晴)\n"
    "报 : 市委办，市政府分管领导。\n"
    "送 : 市直有关单位。\n"
    "发 : 各县 (区) 水利局，局机关各科室。\n"
    "(共印50份)\n"
)


def test_the_first_item_under_the_note_is_an_article():
    issue = parse_text(_TEXT, "qcgzjb_6_scan.txt")
    titles = [a.title for a in issue.articles]
    assert titles[-3:] == [
        "全市水库安全度汛检查全面完成",
        "市防汛物资储备库完成补充",
        "白石县开展山洪灾害防御演练",
    ]
    first = issue.articles[-3]
    assert [p.name for p in first.byline] == ["宋佳"]
    assert first.text.startswith("据统计，截至5月31日")
    assert all("编者按" not in a.text for a in issue.articles[-3:])
