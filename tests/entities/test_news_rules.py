"""Rules for the shape of national and international news (issue 10's People's Daily bars).

Every sentence here was written for the test to show one shape of Chinese news text; none is taken from
the People's Daily set the rules are measured on.  The expected spans were written from the sentences.
"""

from __future__ import annotations

import pytest

from reader.entities.dictionaries import dictionaries
from reader.entities.recogniser import Recogniser


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser()


def found(recogniser: Recogniser, text: str, kind: str) -> list[str]:
    return [m.text for m in recogniser.recognise(text) if m.kind == kind]


def test_the_world_list_knows_countries_regions_and_capitals() -> None:
    places = dictionaries().places
    assert places["几内亚比绍"] == "country"
    assert places["东南亚"] == "region"
    assert places["瓦加杜古"] == "city"
    assert "金边" not in places  # a two-character city that is also an ordinary word is left to the model
    assert "印第安纳州诺克斯" not in places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("考察团访问了芬兰、爱沙尼亚，途经赫尔辛基回国。", ["芬兰", "爱沙尼亚", "赫尔辛基"]),
        ("他曾在布琼布拉和瓦加杜古工作。", ["布琼布拉", "瓦加杜古"]),
        ("货轮从印度洋驶入地中海。", ["印度洋", "地中海"]),
    ],
)
def test_places_of_the_world(recogniser: Recogniser, text: str, places: list[str]) -> None:
    assert found(recogniser, text, "place") == places
    assert found(recogniser, text, "person") == []
