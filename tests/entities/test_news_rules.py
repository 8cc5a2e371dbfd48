"""Rules for the shape of national and international news (issue 10's People's Daily bars).

Every sentence here was written for the test to show one shape of Chinese news text; none is taken from
the People's Daily set the rules are measured on.  The expected spans were written from the sentences.
"""

from __future__ import annotations

import pytest

from reader.entities.dictionaries import dictionaries
from reader.entities.lac import Word
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


class Tagged:
    """A stand-in for the model that returns the words given for each text, to test what the rules do with
    a reading the real model gives in some contexts."""

    def __init__(self, readings: dict[str, list[tuple[str, str]]]) -> None:
        self.readings = readings

    def analyse(self, texts: list[str]) -> list[list[Word]]:
        result = []
        for text in texts:
            words, pos = [], 0
            for piece, tag in self.readings[text]:
                words.append(Word(pos, pos + len(piece), tag, 5.0))
                pos += len(piece)
            assert pos == len(text)
            result.append(words)
        return result


def test_the_dateline_is_no_part_of_a_news_agency() -> None:
    text = "本报上海3月5日讯新华社记者报道"
    reading = [("本报", "n"), ("上海", "LOC"), ("3月5日", "TIME"), ("讯", "ORG"), ("新华社", "ORG")]
    model = Tagged({text: [*reading, ("记者", "n"), ("报道", "v")]})
    mentions = Recogniser(model=model).recognise(text)  # type: ignore[arg-type]
    assert [m.text for m in mentions if m.kind == "organization"] == ["新华社"]


def test_the_model_s_whole_name_wins_over_the_ending_rule() -> None:
    text = "杭州交警交通控制指挥中心发布公告。"  # the ending rule alone stops at the verb 控制: 指挥中心
    model = Tagged({text: [("杭州交警交通控制指挥中心", "ORG"), ("发布", "v"), ("公告", "n"), ("。", "w")]})
    mentions = Recogniser(model=model).recognise(text)  # type: ignore[arg-type]
    assert [(m.kind, m.text) for m in mentions] == [("organization", "杭州交警交通控制指挥中心")]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("全国人大常委会法工委研究室发布报告。", ["全国人大常委会法工委研究室"]),
        ("芬兰议会通过了预算。", ["芬兰议会"]),
        ("黄河出版社出版了这部小说。", ["黄河出版社"]),
        ("他在青岛啤酒厂工作。", ["青岛啤酒厂"]),
        ("晨光实业联合体中标。", ["晨光实业联合体"]),
        ("西湖区公安分局和平派出所民警", ["西湖区公安分局和平派出所"]),
    ],
)
def test_organisation_heads_of_the_news(recogniser: Recogniser, text: str, orgs: list[str]) -> None:
    assert found(recogniser, text, "organization") == orgs
