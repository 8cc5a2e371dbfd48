"""Post shapes found on held-out half O (``benchmarks/score_entities.py --half O``).

Each test is one shape of text whose (person, post) pairs the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from .mentions import pairs


def test_a_members_row_with_a_note_on_sex_or_people_after_the_name() -> None:
    """A list of members by sector (「name（女）　post chain」, 「name（女，维吾尔族）　post」,
    「name（苗族）　post」): the note in brackets after the name is no part of it, and the space and the
    line's end bound the post as in a row without a note."""
    text = (
        "　　韩秀梅（女）　市委常委、统战部部长\n"
        "　　阿依古丽·吐尔逊（女，维吾尔族）　柳港镇中心卫生院副院长\n"
        "　　雷春生（苗族）　青石乡白沙村村委会委员\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("韩秀梅", "市委常委"),
            ("韩秀梅", "市委统战部部长"),
            ("阿依古丽·吐尔逊", "柳港镇中心卫生院副院长"),
            ("雷春生", "青石乡白沙村村委会委员"),
        ]
    )


def test_a_rank_after_the_posts_of_a_row_is_no_post() -> None:
    """「name　post、主任医师」: a professional rank ends the row's chain (as before a name in running
    text); the posts before it are the name's."""
    text = "　　杜文彬　市人民医院副院长、主任医师\n"
    assert pairs(text) == [("杜文彬", "市人民医院副院长")]


def test_the_head_of_a_factory_and_a_head_nurse_are_posts() -> None:
    """厂长 (a factory's head) and 护士长 (a ward's head nurse) are titles of the ledger."""
    text = "　　章立平　宏达五金制品厂厂长\n　　蒲晓燕　市人民医院护士长\n"
    assert sorted(pairs(text)) == sorted(
        [
            ("章立平", "宏达五金制品厂厂长"),
            ("蒲晓燕", "市人民医院护士长"),
        ]
    )


def test_a_discipline_secretary_after_a_standing_committee_member() -> None:
    """「县委常委、纪委书记、监委主任name」: 纪委书记 after a post of the county's party committee is the
    county's discipline commission's secretary; the chain is not lost for it."""
    text = "县委常委、纪委书记、监委主任孟德华主持会议。"
    got = dict.fromkeys(p for n, p in pairs(text, person=["孟德华"]) if n == "孟德华")
    assert list(got) == ["县委常委", "县纪委书记", "县监委主任"]


def test_a_post_and_a_name_after_a_colon_up_to_a_comma_or_a_semicolon() -> None:
    """A list of duties (a river's 河长, a 名单's label): 「label：post chain　name，…」 and
    「label：post　name；post　name」 — the colon or the semicolon before, the space, and the comma, the
    semicolon or the line's end after bound the post.  An office and a name
    (「记录：某办公室秘书股　某某」) hold none."""
    text = (
        "清水河（石门渡至三江口）：县委常委、常务副县长　邱明达，联系单位县水利局\n"
        "村级河长：白石村党支部书记　雷家旺；青松村村委会主任　苏永红\n"
        "记录：县政府办公室秘书股　孟佳\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("邱明达", "县委常委"),
            ("邱明达", "常务副县长"),
            ("雷家旺", "白石村党支部书记"),
            ("苏永红", "青松村村委会主任"),
        ]
    )


def test_a_secretary_general_after_a_standing_committee_member() -> None:
    """「市委常委、秘书长name」: the 秘书长 after a member of a party committee's standing committee is that
    committee's (市委秘书长), as 县委常委、宣传部部长 is the 县委's department."""
    text = "市委常委、秘书长聂永安，副市长程丽参加调研。"
    got = pairs(text, person=["聂永安", "程丽"])
    assert sorted(got) == sorted([("聂永安", "市委常委"), ("聂永安", "市委秘书长"), ("程丽", "副市长")])


def test_a_secondment_note_between_the_post_and_the_name() -> None:
    """「副县长（挂职）name」: the note in brackets ends the post, as a grade does (（正县级）)."""
    text = "副县长（挂职）程远航陪同调研。"
    assert pairs(text, person=["程远航"]) == [("程远航", "副县长")]


def test_a_name_with_the_surname_yu_of_the_hundred_family_list() -> None:
    """庾 is a surname of the 百家姓: a name with it holds the posts before it."""
    text = "开发区党工委书记、管委会主任庾志明汇报了园区建设情况。"
    assert sorted(pairs(text, person=["庾志明"])) == sorted(
        [("庾志明", "开发区党工委书记"), ("庾志明", "管委会主任")]
    )


def test_a_decision_to_appoint_names_the_person_after_both_verbs() -> None:
    """「决定任命name为post」: 决定 and 任命 are one verb, the name starts after the second (the notice did
    not read 任命某某 as a name and lose the appointment)."""
    text = "县人大常委会召开会议，决定任命邵海军为县林业局局长，免去史春林的县林业局局长职务。"
    assert sorted(pairs(text)) == sorted([("邵海军", "县林业局局长"), ("史春林", "县林业局局长")])


def test_a_banks_president_is_a_post() -> None:
    """行长 and 副行长 (a bank's or a branch's head) are titles of the ledger."""
    text = "　　苗秀英（女）　中国农业银行柳港支行行长\n　　钱立新　市农商银行副行长\n"
    assert sorted(pairs(text)) == sorted(
        [("苗秀英", "中国农业银行柳港支行行长"), ("钱立新", "市农商银行副行长")]
    )
