"""Shapes found on held-out half O (``benchmarks/score_entities.py --half O``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.  The model's reading is stated (the reading
LAC gave such text), so the rules are what is tested.
"""

from __future__ import annotations

from reader.entities.lac import Word
from reader.entities.recogniser import Recogniser
from tests.entities.shapes import found_in_reading as found
from tests.helpers.model_words import model_reading


def test_a_members_row_opens_with_the_name_before_its_post(recogniser: Recogniser) -> None:
    """A list of members by sector, one a line: 「name　post chain」 or 「name（女）　post」 — the line's
    start, the note and the space bound the name whatever the model makes of it (it read none here)."""
    text = "　　车立新　县实验小学校长\n　　孟凡（女）　县人民医院副院长\n"
    model: list[Word] = model_reading(text, ("ORG", "县实验小学", 0), ("ORG", "县人民医院", 0))
    assert found(recogniser, text, model, "person") == ["车立新", "孟凡"]


def test_a_tables_name_cell_before_the_sex_cell(recogniser: Recogniser) -> None:
    """A 公示's table rows (「no.　item　kind　name　男　born　unit」): a name-shaped cell right before a cell
    that is only 男 or 女 is a person's name."""
    text = (
        "序号　项目名称　类别　姓名　性别\n2　　花鼓戏　　传统戏剧　　符大旺　　男　　1966.11　县花鼓戏剧团\n"
    )
    model = model_reading(text, ("ORG", "县花鼓戏剧团", 0))
    assert found(recogniser, text, model, "person") == ["符大旺"]


def test_a_post_and_a_name_after_a_colon_or_a_semicolon(recogniser: Recogniser) -> None:
    """「label：post　name；post　name」 and 「label：post　name」: the post before, the space, and the
    semicolon or the line's end after bound the name, though the model cut it (杭德|林)."""
    text = "村级河长：青松村党支部书记　杭德林；白石村村委会主任　汪国平\n总河长：县委书记　阙永山\n"
    model = model_reading(text, ("PER", "杭德", 0), ("PER", "汪国平", 0))
    assert found(recogniser, text, model, "person") == ["杭德林", "汪国平", "阙永山"]


def test_the_names_of_an_attendance_line(recogniser: Recogniser) -> None:
    """A 纪要's 「出席：name　name　name」 and 「请假：name（why）」: after the roster's label every word a
    space apart is a name, when each is shaped like one."""
    text = "出席：万立新　邹翰文　费立明\n请假：蒙晓春（在市委党校学习）\n"
    model = model_reading(text, ("PER", "万立新", 0), ("PER", "费立明", 0))
    assert found(recogniser, text, model, "person") == ["万立新", "邹翰文", "费立明", "蒙晓春"]


def test_a_bare_zone_named_in_passing_is_no_place(recogniser: Recogniser) -> None:
    """「…项目和开发区标准化厂房」: the bare 开发区 refers back to a zone named before (a generic reference,
    as the seeds' 示范区); a zone written right after its city (某市高新区) is still a place."""
    text = "考察了新材料项目和开发区标准化厂房三期工程，落户青川市高新区。"
    model = model_reading(text, ("LOC", "开发区", 0), ("LOC", "青川市", 0), ("LOC", "高新区", 0))
    assert found(recogniser, text, model, "place") == ["青川市", "高新区"]


def test_an_offices_section_ending_in_gu(recogniser: Recogniser) -> None:
    """「记录：某办公室秘书股　某某」: a 股 right after an office, ending its phrase, is the office's section,
    as its 科 is."""
    text = "记录：县政府办公室秘书股　孟佳\n"
    model = model_reading(text, ("ORG", "县政府办公室", 0), ("PER", "孟佳", 0))
    assert found(recogniser, text, model, "organization") == ["县政府办公室秘书股"]


def test_an_address_number_ends_the_road_before_a_body(recogniser: Recogniser) -> None:
    """「地址：某县某镇某路18号县某馆二楼」: the model reads the road, the number and the body as one place;
    the house number ends the road, and the body after it is a body."""
    text = "通讯地址：青川县柳港镇滨江东路18号县图书馆二楼\n"
    model = model_reading(
        text, ("LOC", "青川县", 0), ("LOC", "柳港镇", 0), ("LOC", "滨江东路18号县图书馆", 0)
    )
    assert found(recogniser, text, model, "place") == ["青川县", "柳港镇", "滨江东路"]
    assert found(recogniser, text, model, "organization") == ["县图书馆"]


def test_a_townships_station_named_by_its_town(recogniser: Recogniser) -> None:
    """「某乡文化站」, 「某乡农技站」: a township's cultural or farming station, named by its town and nothing
    else, is a body (as a 卫生院 or a 派出所 is), not the town alone."""
    text = "6　　板凳龙　　传统舞蹈　　龚德生　　男　　1955.12　石门乡文化站\n由柳港镇农技站负责技术指导。"
    model = model_reading(text, ("PER", "龚德生", 0), ("LOC", "石门乡", 0), ("LOC", "柳港镇", 0))
    assert found(recogniser, text, model, "organization") == ["石门乡文化站", "柳港镇农技站"]
