"""A scan's OCR reads the round bracket of a dateline as an angle bracket (``本报讯 〈记者 柯文静)``,
``本报讯 《记者 …)``: tesseract's reading of ``（``, as it reads a sign-off's): still the dateline, its people
the byline (session 36, ``twentythird``).  Text written for the test (invented county, paper and people)."""

from reader.importer import parse_text
from reader.importer.bylines import parse_dateline

PAGE = (
    "南坪县召开春季防汛工作会议\n\n"
    "本报讯 〈记者 柯文静) 4月9日，县政府召开春季防汛工作会议，部署\n"
    "汛前隐患排查和物资储备工作。\n\n"
    "北岭乡举办农民夜校\n\n"
    "本报讯 《记者 庞立业 通讯员 侯雪) 近日，北岭乡在\n"
    "各村开办农民夜校，邀请农技人员讲授果树管理技术。\n"
)


def test_an_angle_bracket_for_the_datelines_round_one_keeps_its_people():
    prefix, people = parse_dateline("本报讯 〈记者 柯文静) 4月9日，县政府召开")
    assert prefix == "本报讯 〈记者 柯文静)"
    assert [p.name for p in people] == ["柯文静"]
    first, second = parse_text(PAGE, "nprb_scan.txt").articles
    assert (first.title, [p.name for p in first.byline]) == ("南坪县召开春季防汛工作会议", ["柯文静"])
    assert (second.title, [p.name for p in second.byline]) == ("北岭乡举办农民夜校", ["庞立业", "侯雪"])
    assert second.dateline == "本报讯 《记者 庞立业 通讯员 侯雪)"


def test_a_title_in_angle_brackets_is_no_dateline():
    assert parse_dateline("本报讯《人民的名义》热播) 近日") is None
