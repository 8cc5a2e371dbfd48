"""A county paper's page: a story opened by its dateline naming its reporters (``本报讯 (记者 …)``), then a
short story with no dateline, its headline standing between blank lines and its text signed off at the end
(``…节省了往返时间。 (覃小薇)``).  The headline is no sub-heading of the story above — that story named its
writers already: a second sign-off below it marks a story of its own (session 38, ``leftovers23``).  Text
written for the test (invented paper, places and people)."""

from reader.importer import parse_text

_PAGE = (
    "山溪报　2025年9月3日　星期三　第2版　综合\n\n"
    "山溪中学举办秋季运动会\n\n"
    "本报讯 (记者 蒙海 实习生 卢一) 9月1日至2日\n"
    "山溪中学第十届秋季运动会举行。全校40个班级的1200余名学生参加了比赛。\n\n"
    "{head}\n\n"
    "近日，县人民医院远程会诊中心正式投入使用，与市第一人民医院等3家医院\n"
    "实现视频联通，群众在家门口就能享受到上级医院专家的诊疗服务。\n\n"
    "中心开通以来，已完成远程会诊40例，为患者节省了往返时间。 (覃小薇)\n"
)


def test_a_signed_story_under_a_dated_one_is_its_own():
    issue = parse_text(_PAGE.format(head="县人民医院开通远程会诊中心"), "sxb_b02.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("山溪中学举办秋季运动会", ["蒙海", "卢一"]),
        ("县人民医院开通远程会诊中心", ["覃小薇"]),
    ]


def test_a_sub_heading_in_a_story_without_a_second_writer_stays_one():
    text = _PAGE.format(head="远程会诊惠及群众").replace(" (覃小薇)", "")
    issue = parse_text(text, "sxb_b02.txt")
    assert [a.title for a in issue.articles] == ["山溪中学举办秋季运动会"]
