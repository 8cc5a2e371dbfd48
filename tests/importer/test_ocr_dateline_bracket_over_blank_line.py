"""A story's dateline whose bracket a column's width left open at the line's end, the writers' names going
on after a blank line an OCR set between the column's lines (``本报白石9月10日电 (记者方`` / blank /
``雨晴 通讯员 吴浩) 眼下正是…``): the line under it goes on the paragraph, however short and free of
clause marks it is, so the writers are named (session 40, ``leftovers26``; a converter's wrap with no
blank line is ``paragraphs._continues``' first case).  Text written for the test (invented county, towns
and people)."""

from reader.importer import parse_text

_PAGE = (
    "青川日报 2025年9月12日 星期五\n\n"
    "第3版 综合新闻\n\n"
    "白石县秋茶开采带动茶农增收\n"
    "本报白石9月10日电 (记者方\n\n"
    "雨晴 通讯员 吴浩) 眼下正是秋\n\n"
    "茶采摘的好时节，白石县各乡镇\n\n"
    "的茶园里一派忙碌。\n\n"
    "今年以来，该县新建标准化茶园\n\n"
    "三千亩，带动八百余户茶农增收。\n\n"
    "白马镇新建两座便民桥\n\n"
    "本报讯 (记者 宋佳) 近日，白马镇两座便民桥建成通行，方便了沿河三个村的群众出行。\n"
)


def test_the_dateline_goes_on_after_the_blank_line_and_names_its_writers():
    issue = parse_text(_PAGE, "qcrb_20250912_p3_scan.txt")
    first = issue.articles[0]
    assert first.title == "白石县秋茶开采带动茶农增收"
    assert [(p.role, p.name) for p in first.byline] == [("记者", "方雨晴"), ("通讯员", "吴浩")]
    assert first.text.startswith("本报白石9月10日电 (记者方雨晴 通讯员 吴浩) 眼下正是秋茶采摘的好时节")
    assert [a.title for a in issue.articles][1:] == ["白马镇新建两座便民桥"]
