"""Shapes found on the third held-out round (``benchmarks/score_entities.py``, halves A, C and D).

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
        ("军分区副参谋长孟建业上校出席。", ("孟建业", "副参谋长")),
        ("駐軍副參謀長孟建業上校出席。", ("孟建業", "副參謀長")),
        ("镇三防指挥部指挥长蒋文斌主持会议。", ("蒋文斌", "镇三防指挥部指挥长")),
    ],
)
def test_chiefs_of_staff_and_headquarters_commanders_are_posts(
    recogniser: Recogniser, text: str, expected: tuple[str, str]
) -> None:
    """参谋长 and 指挥长 (an emergency headquarters' commander) are titles like 司令员."""
    assert expected in pairs(recogniser, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("省科学技术协会副巡视员邹明先生，市作家协会主席罗兰研究员参加开幕式。", ["邹明", "罗兰"]),
        ("县侨联主席孔武先生致辞。", ["孔武"]),
    ],
)
def test_an_address_after_a_name_is_no_part_of_the_name(
    recogniser: Recogniser, text: str, name: list[str]
) -> None:
    """某某某先生, 某某女士: the name ends before the address."""
    assert [t for _k, t in found(recogniser, text, "person")] == name


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("鹤岭新闻网讯 3月2日上午，该镇召开会议。", "鹤岭新闻网"),
        ("来源：青峰新闻网", "青峰新闻网"),
        ("2019年3月1日，黑松岭林场召开职工大会。", "黑松岭林场"),
    ],
)
def test_news_sites_and_forest_farms_are_organisations(recogniser: Recogniser, text: str, org: str) -> None:
    """某某新闻网 (a news site, also before 讯) and 某某林场 (a state forest farm) are bodies."""
    assert ("organization", org) in found(recogniser, text, "organization", "place")


def test_an_expressway_named_by_two_places_is_one_road(recogniser: Recogniser) -> None:
    """京津高速, 机场高速 in a list of roads: one road each, not the places 京 and 津."""
    text = "明日上午，东四环、滨河路、京津高速、机场高速将实行临时交通管制。"
    places = [t for _k, t in found(recogniser, text, "place")]
    assert "京津高速" in places and "机场高速" in places and "京" not in places and "津" not in places


def test_high_speed_growth_is_no_road(recogniser: Recogniser) -> None:
    text = "新区，苏北高速发展的一年。"
    assert "苏北高速" not in [t for _k, t in found(recogniser, text, "place")]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("要贯彻县委县政府的部署。", ["县委", "县政府"]),
        ("会议传达了省委省政府、省农业厅的要求。", ["省委", "省政府", "省农业厅"]),
        ("清河市委市政府高度重视。", ["清河市委", "市政府"]),
    ],
)
def test_a_party_committee_and_government_written_together_are_two_bodies(
    recogniser: Recogniser, text: str, orgs: list[str]
) -> None:
    """县委县政府 is 县委 and 县政府, as 县委、县政府 is."""
    assert [t for _k, t in found(recogniser, text, "organization")] == orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("　　今日鹤城网讯记者王某报道：近日，该县召开会议。", "今日鹤城网"),
        ("　　黔南在线消息(记者)：3日，该县召开会议。", "黔南在线"),
        ("据百花网消息，3日该县召开会议。", "百花网"),
        ("会议要求落实责任。\n来源:青川社区观察网\n", "青川社区观察网"),
    ],
)
def test_a_news_site_in_its_dateline_or_source_line_is_an_organisation(
    recogniser: Recogniser, text: str, org: str
) -> None:
    """某某网讯, 某某在线消息, 据某某网消息, 来源：某某网."""
    assert ("organization", org) in found(recogniser, text, "organization")


def test_a_net_at_the_end_of_a_headline_is_no_news_site(recogniser: Recogniser) -> None:
    assert found(recogniser, "筑牢“扫黄打非”防护网\n本报讯 近日。", "organization") == []


def test_a_list_of_names_goes_on_with_a_post_not_a_name(recogniser: Recogniser) -> None:
    """``某某、国务委员某某``: after the 、 comes a post whose first characters look like a name (国 is a
    surname); it is the next person's post, never a person 「国务」."""
    text = "全国政协副主席周海平、国务委员林振华等参观了展览。"
    people = [t for kind, t in found(recogniser, text, "person")]
    assert people == ["周海平", "林振华"]
    assert ("林振华", "国务委员") in pairs(recogniser, text)
