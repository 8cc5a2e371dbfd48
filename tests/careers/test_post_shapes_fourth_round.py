"""Post shapes found on the fourth held-out round (``benchmarks/score_entities.py``, halves A, C, D and E).

Each test is one shape of text whose (person, post) pair the careers ledger missed; the sentences are
written here and name nobody from the gold files.
"""

from __future__ import annotations

from .mentions import pairs as _pairs


def test_an_appointment_of_several_names_gives_the_post_to_each() -> None:
    """任命张三、李四为…: the names listed with 、 before 为 all get the post, in a first and a later
    clause; a clause opening with 任命 is a notice of its own (任命|宁远 is no name)."""
    text = (
        "会议任命周海波为市文化委员会主任，林小雨、何振东为市文化委员会副主任；"
        "任命宁远、罗明为市审计局副局长。"
    )
    assert set(_pairs(text)) == {
        ("周海波", "市文化委员会主任"),
        ("林小雨", "市文化委员会副主任"),
        ("何振东", "市文化委员会副主任"),
        ("宁远", "市审计局副局长"),
        ("罗明", "市审计局副局长"),
    }


def test_words_before_a_listed_name_that_are_no_names_give_no_claim() -> None:
    """决定春耕、夏种为…: the list must be names (a known surname, two to four characters)."""
    assert _pairs("会议决定春耕、夏种为今年重点工作。") == []


def test_the_term_an_appointment_is_of_is_not_part_of_the_post() -> None:
    """任命某某为第三任…主任: 第三任 / 第十届 say which term; the post is the body's title, and a long body
    with its term no longer runs past the longest post the ledger reads."""
    text = (
        "会议任命邓文涛为第三任省人大常委会民族宗教侨务外事委员会主任，"
        "谢冰、邵阳为第三任省人大常委会民族宗教侨务外事委员会副主任。"
    )
    assert set(_pairs(text)) == {
        ("邓文涛", "省人大常委会民族宗教侨务外事委员会主任"),
        ("谢冰", "省人大常委会民族宗教侨务外事委员会副主任"),
        ("邵阳", "省人大常委会民族宗教侨务外事委员会副主任"),
    }
