"""Shapes found on the sixth held-out round (``benchmarks/score_entities.py --half G``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.
"""

from __future__ import annotations

import pytest

from reader.entities.lac import Word
from reader.entities.recogniser import Recogniser
from tests.helpers.model_words import model_reading


def kinds(recogniser: Recogniser, text: str, words: list[Word], kind: str) -> list[str]:
    return [m.text for m in recogniser.analyse(text, words).mentions if m.kind == kind]


def test_a_name_after_a_post_whose_first_two_characters_are_a_place_word_is_a_person(
    recogniser: Recogniser,
) -> None:
    """副书记|蓝海涛: 蓝海 is a dictionary word (tagged as a place); the model reads a name after a post."""
    text = "市委副书记蓝海涛，市发改委主任参加会议。"
    words = model_reading(text, ("PER", "蓝海涛", 0))
    assert kinds(recogniser, text, words, "person") == ["蓝海涛"]


def test_a_place_word_without_a_post_before_it_still_opens_no_name(recogniser: Recogniser) -> None:
    """Without the post, the same model reading is not enough: 蓝海 opens no name."""
    text = "这片蓝海涛声阵阵，游客很多。"
    words = model_reading(text, ("PER", "蓝海涛", 0))
    assert kinds(recogniser, text, words, "person") == []


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("县卫生局联合县档案馆举办展览。", ["县卫生局", "县档案馆"]),
        ("市卫健委会同市医保局开展检查。", ["市卫健委", "市医保局"]),
    ],
)
def test_a_verb_joining_two_bodies_belongs_to_neither(
    recogniser: Recogniser, text: str, bodies: list[str]
) -> None:
    """县卫生局联合|县档案馆: the model reads the verb into the second body, or both bodies as one."""
    first, second = bodies
    words = model_reading(
        text, ("ORG", first, 0), ("ORG", text[len(first) : text.index(second) + len(second)], 0)
    )
    assert kinds(recogniser, text, words, "organization") == bodies


@pytest.mark.parametrize("text", ["联合乡政府召开会议。", "联合国官员出席会议。"])
def test_a_name_that_begins_with_the_verb_keeps_it(recogniser: Recogniser, text: str) -> None:
    """联合乡政府, 联合国: no body before the verb, so it is part of the name."""
    name = text[:5] if text.startswith("联合乡") else text[:3]
    words = model_reading(text, ("ORG", name, 0))
    assert kinds(recogniser, text, words, "organization") == [name]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("11月3日，枫林村股份经济合作社召开分红大会。", "枫林村股份经济合作社"),
        ("今年，石桥村土地股份合作社流转土地300亩。", "石桥村土地股份合作社"),
    ],
)
def test_a_cooperative_is_an_organisation(recogniser: Recogniser, text: str, body: str) -> None:
    """…合作社 ends an organisation's name like …协会 or …公司; the village before it is part of the name."""
    assert kinds(recogniser, text, [], "organization") == [body]


def test_a_level_character_that_closes_a_word_opens_no_body(recogniser: Recogniser) -> None:
    """产业园|区|管委会: 区 ends 园区, so the body is the park's committee, not a district's 区管委会."""
    text = "督查组对各镇、产业园区管委会开展检查。"
    assert kinds(recogniser, text, [], "organization") == ["产业园区管委会"]


def test_the_countryside_with_a_quality_is_no_place(recogniser: Recogniser) -> None:
    """美丽乡村, 和美乡村: the model reads them as places; 乡村 is the countryside, not a 乡's village."""
    text = "会议研究了美丽乡村示范点建设，要求以建设和美乡村为重点。"
    words = model_reading(text, ("LOC", "美丽乡村", 0), ("LOC", "和美乡村", 0))
    assert kinds(recogniser, text, words, "place") == []


def test_a_township_before_its_villagers_is_still_a_place(recogniser: Recogniser) -> None:
    """大坪乡|村民: a known 乡 followed by 村民 stays a place."""
    text = "大坪乡村民代表来到县城。"
    words = model_reading(text, ("LOC", "大坪乡", 0))
    assert kinds(recogniser, text, words, "place") == ["大坪乡"]


def test_a_numbered_road_is_a_place(recogniser: Recogniser) -> None:
    """517省道, X203县道, 国道G206线: roads named by their number are other places, as roads are."""
    text = "县长检查了517省道和X203县道的改造，又察看了国道G206线。"
    assert kinds(recogniser, text, [], "place") == ["517省道", "X203县道", "国道G206线"]


def test_the_country_of_an_envoy_is_a_place(recogniser: Recogniser) -> None:
    """捷克|驻华大使: the model reads the country as an organisation; it is the place the envoy is from."""
    text = "节目组邀请捷克驻华大使走进古城。"
    words = model_reading(text, ("ORG", "捷克", 0))
    mentions = recogniser.analyse(text, words).mentions
    assert [m.text for m in mentions if m.kind == "organization"] == []
    assert "捷克" in [m.text for m in mentions if m.kind == "place"]
