"""A dateline's writers where the space between a name and the next role was lost (``(记者 方雨晴实习生
吴浩)``, ``(记者 方雨晴通讯员 吴浩)``: a scan's OCR, or a copy that dropped the space): the name ends where
the role begins, and both writers are named (session 40, ``leftovers26``).  Text written for the test
(invented people)."""

from reader.importer.bylines import parse_dateline, parse_people


def test_the_name_ends_where_the_next_role_begins():
    assert [(p.role, p.name) for p in parse_people("记者 方雨晴实习生 吴浩")] == [
        ("记者", "方雨晴"),
        ("实习生", "吴浩"),
    ]
    people = parse_people("记者 宋佳通讯员 吴浩")
    assert [(p.role, p.name) for p in people] == [("记者", "宋佳"), ("通讯员", "吴浩")]


def test_in_a_dateline():
    found = parse_dateline("本报讯 (记者 方雨晴实习生 吴浩) 9月10日至11日，石门中学举办秋季运动会。")
    assert found is not None
    assert [(p.role, p.name) for p in found[1]] == [("记者", "方雨晴"), ("实习生", "吴浩")]


def test_a_role_alone_run_into_nothing_is_left_as_it_was():
    assert parse_people("方雨晴实习生 吴浩") is None  # no role before the first name
    people = parse_people("本报记者 方雨晴 本报通讯员 吴浩")  # 本报通讯员 is a role, not 本报 + 通讯员
    assert [(p.role, p.name) for p in people] == [("本报记者", "方雨晴"), ("本报通讯员", "吴浩")]
