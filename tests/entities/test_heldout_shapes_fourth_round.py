"""Shapes found on the fourth held-out round (``benchmarks/score_entities.py``, halves A, C, D and E).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.
"""

from __future__ import annotations

import pytest

from reader.entities.recogniser import Recogniser

from .shapes import found, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省人大常委会副委员长孔令达主持会议。", ("孔令达", "省人大常委会副委员长")),
        ("大会由常委会委员长欧阳明辉主持。", ("欧阳明辉", "常委会委员长")),
    ],
)
def test_the_chair_of_a_standing_committee_is_a_post(
    recogniser: Recogniser, text: str, expected: tuple[str, str]
) -> None:
    """委员长 / 副委员长 (a standing committee's chair) are titles like 主任委员."""
    assert expected in pairs(recogniser, text)


def test_committee_members_over_a_long_time_are_no_chair(recogniser: Recogniser) -> None:
    """委员|长期: the title does not cut the members and the adverb after them into a post."""
    assert found(recogniser, "各位委员长期关注民生，提出建议。", "position") == []


def test_a_holders_term_of_office_is_no_part_of_the_body(recogniser: Recogniser) -> None:
    """为第三任某委员会主任: 第三任 numbers the holder's term, not the body; the body starts after it."""
    text = "会议任命林立为第三任省人大常委会财政经济委员会主任。"
    assert found(recogniser, text, "organization") == [("organization", "省人大常委会财政经济委员会")]


def test_a_named_residence_hall_is_a_place(recogniser: Recogniser) -> None:
    """某某学生公寓 (a campus's residence hall, named) is a site like 某某小区; a bare 公寓 is none."""
    assert ("place", "桂园学生公寓") in found(recogniser, "新生入住桂园学生公寓3栋。", "place")
    assert found(recogniser, "这套公寓采光很好。", "place") == []
