"""Shapes found on the fifth held-out round (``benchmarks/score_entities.py --half F``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.
"""

from __future__ import annotations

import pytest

from reader.entities.rules import byline_names, split_byline_names


def test_two_names_a_line_break_ran_together_in_a_byline_are_two_people() -> None:
    """（记者 高帆\\n张珺） rejoined as 高帆张珺: two surnames, each with a one-character given name."""
    text = "本报讯（记者 高帆张珺）3月2日，县委召开常委会议。"
    assert [text[s:e] for s, e in byline_names(text)] == ["高帆", "张珺"]


@pytest.mark.parametrize("name", ["欧阳仪宇", "范徐丽泰", "司马光明"])
def test_a_four_character_name_stays_one_name_in_a_byline(name: str) -> None:
    """A compound surname (欧阳, 司马) or a married name with two surnames first is one person."""
    assert split_byline_names(name) == [(0, 4)]
