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
