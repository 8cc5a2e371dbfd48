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


@pytest.mark.parametrize(
    ("text", "orgs", "places"),
    [
        ("芬兰政府宣布削减预算。", [], ["芬兰"]),
        ("组阁后，新政府公布了施政纲领。", [], []),
        ("泌阳县政府和驻马店市人民政府联合发文。", ["泌阳县政府", "驻马店市人民政府"], []),
    ],
)
def test_a_national_government_is_its_country_a_local_one_a_body(
    recogniser: Recogniser, text: str, orgs: list[str], places: list[str]
) -> None:
    assert found(recogniser, text, "organization") == orgs
    assert found(recogniser, text, "place") == places


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("深入学习贯彻党的二十大精神。", ["二十大"]),
        ("中共十九大以来，全县干部群众……", ["中共十九大"]),
        ("学习十九大报告。", ["十九大"]),
        ("全球第三大银行和五大洲的客户。", []),
        ("评出年度十大新闻。", []),
    ],
)
def test_a_numbered_party_congress_is_an_organisation(
    recogniser: Recogniser, text: str, orgs: list[str]
) -> None:
    assert found(recogniser, text, "organization") == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("据《多伦多星报》报道，", ["多伦多星报"]),
        ("他在《读卖新闻》上撰文。", ["读卖新闻"]),
        ("文章刊于美国《自然》杂志。", ["《自然》杂志"]),
        ("县政府印发了《关于春耕生产的通报》。", ["县政府"]),
    ],
)
def test_a_newspaper_by_its_title_is_an_organisation(
    recogniser: Recogniser, text: str, orgs: list[str]
) -> None:
    assert found(recogniser, text, "organization") == orgs
