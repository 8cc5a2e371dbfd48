"""Rules for the shape of national and international news (issue 10's People's Daily bars).

Every sentence here was written for the test to show one shape of Chinese news text; none is taken from
the People's Daily set the rules are measured on.  The expected spans were written from the sentences.
"""

from __future__ import annotations

import pytest

from reader.entities import rules
from reader.entities.dictionaries import dictionaries
from reader.entities.lac import Word
from reader.entities.recogniser import Recogniser


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


def reading(text: str, *pieces: tuple[str, str]) -> Tagged:
    """The model's reading of ``text``: the pieces given, every other character a plain noun."""
    words, pos = [], 0
    for piece, tag in pieces:
        at = text.index(piece, pos)
        words.extend((char, "n") for char in text[pos:at])
        words.append((piece, tag))
        pos = at + len(piece)
    words.extend((char, "n") for char in text[pos:])
    return Tagged({text: words})


def people(text: str, *pieces: tuple[str, str]) -> list[str]:
    model = reading(text, *pieces)
    return [m.text for m in Recogniser(model=model).recognise(text) if m.kind == "person"]  # type: ignore[arg-type]


def test_reporters_listed_with_a_comma_before_bao_dao() -> None:
    text = "本报广州3月2日电记者赵明远、孙丽娟报道："
    assert [text[s:e] for s, e in rules.byline_names(text)] == ["赵明远", "孙丽娟"]
    recogniser = Recogniser()
    found = recogniser.recognise("新华社记者林海涛、本报记者钱文斌报道：")
    assert [m.text for m in found if m.kind == "person"] == ["林海涛", "钱文斌"]  # 本报 is the paper
    assert not [m for m in recogniser.recognise("本报讯记者今天报道，") if m.kind == "person"]


def test_the_model_s_name_before_a_title_is_a_person_not_part_of_a_post() -> None:
    assert people("钱学敏院士表示，", ("钱学敏", "PER")) == ["钱学敏"]


def test_a_person_s_office_is_no_organisation() -> None:
    text = "李国栋办公室的灯还亮着。"
    mentions = Recogniser(model=reading(text, ("李国栋", "PER"))).recognise(text)  # type: ignore[arg-type]
    assert [(m.kind, m.text) for m in mentions] == [("person", "李国栋")]


def test_a_name_ends_before_de() -> None:
    assert people("他写了《张秀英的故事》。", ("张秀英的故事", "PER")) == ["张秀英"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("俄军撤出了阵地。", "俄军"), ("双方会谈时，美方表示同意。", "美方"), ("中蒙两国签署协定。", "中蒙")],
)
def test_one_character_country_names_are_no_person(text: str, name: str) -> None:
    assert people(text, (name, "PER")) == []


def test_a_transliterated_name_is_not_cut_by_its_first_word() -> None:
    text = "会见了前商务部长芭芭拉·克兰斯顿。"
    assert people(text, ("芭芭拉·克兰斯顿", "PER")) == ["芭芭拉·克兰斯顿"]


def test_a_surname_with_a_title_is_no_person_whoever_proposes_it() -> None:
    assert people("王老说，年轻人要多读书。") == []  # the speaker rule would take 王老
    assert people("王总表示同意。", ("王总", "PER")) == []


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [("美国总统希拉克派代表出席。", "希拉克派", "希拉克"), ("议员张国华也表示反对。", "张国华也", "张国华")],
)
def test_a_verb_or_adverb_the_model_glued_to_a_name_is_cut_off(text: str, name: str, person: str) -> None:
    assert people(text, (name, "PER")) == [person]


def test_a_name_before_a_form_of_address_is_a_person_though_the_model_calls_it_a_body() -> None:
    text = "为此，柯德宁先生撰写了专著。"
    assert people(text, ("柯德宁", "ORG")) == ["柯德宁"]


def test_a_doctrine_names_its_author_when_the_model_reads_them_apart() -> None:
    assert people("学习毛泽东思想。", ("毛泽东", "nz"), ("思想", "n")) == ["毛泽东"]


def organisations(text: str, *pieces: tuple[str, str]) -> list[str]:
    model = reading(text, *pieces)
    return [m.text for m in Recogniser(model=model).recognise(text) if m.kind == "organization"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("武汉队主场战胜了对手，国家体委表示祝贺。", ["武汉队", "国家体委"]),
        ("党组织要关心群众，通讯社记者报道。", []),
        ("中南部地区有雨。", []),
    ],
)
def test_bodies_jieba_s_dictionary_lists_by_a_telling_head(text: str, orgs: list[str]) -> None:
    assert organisations(text) == orgs


@pytest.mark.parametrize(
    ("text", "place", "org"),
    [
        ("湖北省宜昌市委召开全会。", "湖北省", "宜昌市委"),
        ("他在信阳市平桥区人民法院工作。", "信阳市", "平桥区人民法院"),
        ("固始县陈集镇中心小学开学了。", "固始县", "陈集镇中心小学"),
    ],
)
def test_a_higher_place_before_an_organisation_named_after_a_lower_one_is_a_place(
    recogniser: Recogniser, text: str, place: str, org: str
) -> None:
    assert place in found(recogniser, text, "place")
    assert found(recogniser, text, "organization") == [org]


def test_an_organisation_named_after_one_place_keeps_it(recogniser: Recogniser) -> None:
    assert found(recogniser, "湖北省人民政府办公厅发文。", "organization") == ["湖北省人民政府办公厅"]


def test_a_kind_of_body_is_no_named_body(recogniser: Recogniser) -> None:
    text = "保险公司和航空公司都要加强监管，职业中学要办好。"
    assert found(recogniser, text, "organization") == []
    assert organisations("保险公司要加强监管。", ("保险公司", "ORG")) == []
    assert found(recogniser, "平安保险公司理赔了。", "organization") == ["平安保险公司"]


@pytest.mark.parametrize(
    ("text", "piece", "org"),
    [
        ("市五届人大常委会召开会议。", "人大常委会", "市五届人大常委会"),
        ("市委直属机关工委召开会议。", "直属机关工委", "市委直属机关工委"),
        ("市委人才工作领导小组召开会议。", "市委", "市委人才工作领导小组"),
    ],
)
def test_the_ending_rule_keeps_the_level_before_a_piece_the_model_reads(
    text: str, piece: str, org: str
) -> None:
    assert organisations(text, (piece, "ORG")) == [org]
