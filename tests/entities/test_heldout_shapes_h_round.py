"""Shapes found on held-out half H (``benchmarks/score_entities.py --half H``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.
"""

from __future__ import annotations

import pytest

from reader.entities.lac import Word
from reader.entities.recogniser import Recogniser
from tests.helpers.model_words import model_reading


def found(recogniser: Recogniser, text: str, words: list[Word]) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in recogniser.analyse(text, words).mentions if m.kind != "date"]


@pytest.mark.parametrize(
    ("text", "place", "body", "title"),
    [
        ("金沙镇党委书记袁立文主持会议。", "金沙镇", "金沙镇党委", "书记"),
        ("下洼村党支部书记洪大海介绍情况。", "下洼村", "下洼村党支部", "书记"),
        ("上河村支部书记钟成带领村民修路。", "上河村", "上河村支部", "书记"),
        ("凤鸣公园党委副书记、管理处主任邝达受到处分。", "凤鸣公园", "凤鸣公园党委", "副书记、管理处主任"),
    ],
)
def test_a_party_unit_after_a_place_and_before_its_title_is_that_place_s_body(
    recogniser: Recogniser, text: str, place: str, body: str, title: str
) -> None:
    """某某镇|党委书记: the post word took the party unit, so the place stood alone and the body was
    lost; the place's party committee or branch is an organisation (as 「某某社区党总支」|书记), the title
    a post."""
    words = model_reading(text, ("LOC", place, 0))
    mentions = found(recogniser, text, words)
    assert ("organization", body) in mentions
    assert ("position", title) in mentions
    assert ("place", place) not in mentions


@pytest.mark.parametrize(
    ("text", "model", "bodies"),
    [
        ("经市人民政府研究，决定成立工作专班。", "经市人民政府", ["市人民政府"]),
        ("由县卫生健康局牵头组织实施。", "由县卫生健康局", ["县卫生健康局"]),
        ("各乡镇人民政府要抓好落实。", "各乡镇人民政府", []),
    ],
)
def test_a_preposition_or_each_before_a_level_body_is_no_part_of_it(
    recogniser: Recogniser, text: str, model: str, bodies: list[str]
) -> None:
    """经|县人民政府, 由|县某某局: the model reads the preposition into the body; 各乡镇人民政府 (each town's
    government) names no body."""
    words = model_reading(text, ("ORG", model, 0))
    assert [t for k, t in found(recogniser, text, words) if k == "organization"] == bodies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("任命雷振宇为市财政局副局长；", "雷振宇"),
        ("聘任欧阳晓峰为市档案馆副馆长；", "欧阳晓峰"),
        ("免去樊文静的市审计局副局长职务。", "樊文静"),
    ],
)
def test_the_name_of_an_appointment_or_removal_is_a_person(
    recogniser: Recogniser, text: str, name: str
) -> None:
    """任命某某为…, 免去某某的…职务: the notice's verb and 为 / 的 bound a name the model did not read."""
    assert ("person", name) in found(recogniser, text, [])


def test_a_notice_verb_before_no_name_gives_no_person(recogniser: Recogniser) -> None:
    """任命为…, 免去其职务: nothing name-shaped between the verb and 为 / 的."""
    assert [t for k, t in found(recogniser, "会议同意任命为期三年，免去其职务。", []) if k == "person"] == []


@pytest.mark.parametrize(
    ("text", "park"),
    [
        ("县委书记先后到青枫国家湿地公园、凤鸣公园等项目施工一线督导。", "青枫国家湿地公园"),
        ("县委书记先后到青枫国家湿地公园、凤鸣公园等项目施工一线督导。", "凤鸣公园"),
    ],
)
def test_a_named_park_is_a_place(recogniser: Recogniser, text: str, park: str) -> None:
    """某某湿地公园, 某某公园: a park is a site (the gold's convention: temples and parks, as museums), not a
    body, though the model reads it as an organisation."""
    words = model_reading(text, ("ORG", "青枫国家湿地公园", 0), ("ORG", "凤鸣公园", 0))
    mentions = found(recogniser, text, words)
    assert ("place", park) in mentions
    assert ("organization", park) not in mentions


@pytest.mark.parametrize("reading", ["秦川因", "秦川"])
def test_a_clause_word_after_a_name_after_a_post_is_cut_off(recogniser: Recogniser, reading: str) -> None:
    """管理处主任某某|因…受到处分: 因 (and 被, 把, 将) opens the clause after the name; neither the model's
    three-character reading nor the post rule's three-character name takes it."""
    text = "市园林处副主任秦川因在工作中失职受到警告处分。"
    words = model_reading(text, ("PER", reading, 0))
    assert [t for k, t in found(recogniser, text, words) if k == "person"] == ["秦川"]


@pytest.mark.parametrize(
    ("text", "village"),
    [("去年，九里桥村人均收入超过两万元。", "九里桥村"), ("五里岗镇今年种植烤烟。", "五里岗镇")],
)
def test_a_village_or_town_whose_name_opens_with_a_numeral_is_a_place(
    recogniser: Recogniser, text: str, village: str
) -> None:
    """九里桥村, 五里岗镇: the name opens with a numeral word (九里, five li), which opens no phrase of a
    verb or an adjective; with a village's or town's ending the model's place stands."""
    words = model_reading(text, ("LOC", village, 0))
    assert ("place", village) in found(recogniser, text, words)


def test_a_zone_named_in_full_elsewhere_in_the_text_keeps_its_name_before_its_body(
    recogniser: Recogniser,
) -> None:
    """某某经济开发区党工委书记: where the rules and the model leave only the bare 开发区 of the body, the
    zone's full name found elsewhere in the same text (落户某某经济开发区) is the name here too."""
    text = "项目落户青峰经济开发区。青峰经济开发区党工委书记韩立新与企业代表签约。"
    words = model_reading(text, ("LOC", "青峰经济开发区", 0), ("PER", "韩立新", 0))
    assert ("organization", "青峰经济开发区党工委") in found(recogniser, text, words)


def test_a_town_before_a_village_s_body_is_a_place_of_its_own(recogniser: Recogniser) -> None:
    """某某乡|某某村合作社: a chain of units is listed unit by unit; the town the model reads as a place
    before a village's body only locates it, even where neither is in the gazetteer."""
    text = "在平川县石岭乡青竹村合作社的茶叶工厂里，村民正在忙碌。"
    words = model_reading(text, ("LOC", "平川县", 0), ("LOC", "石岭乡", 0), ("ORG", "青竹村", 0))
    mentions = found(recogniser, text, words)
    assert ("place", "石岭乡") in mentions
    assert ("organization", "青竹村合作社") in mentions


def test_a_place_followed_by_a_site_ending_is_the_site(recogniser: Recogniser) -> None:
    """某某山|景区: the model's place (a mountain) with 景区 / 公园 / 纪念馆 written right after it names the
    site, one place, not the mountain — also where jieba's tag of the name is no proper noun's."""
    text = "副县长带队到将军山景区、鸡公山景区督导森林防火工作。"
    words = model_reading(text, ("LOC", "将军山", 0), ("LOC", "鸡公山", 0))
    places = [t for k, t in found(recogniser, text, words) if k == "place"]
    assert places == ["将军山景区", "鸡公山景区"]
