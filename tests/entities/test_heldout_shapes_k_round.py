"""Shapes found on held-out half K (``benchmarks/score_entities.py --half K``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.  The model's reading is stated (the reading
LAC gave such text), so the rules are what is tested.
"""

from __future__ import annotations

import pytest

from reader.entities.recogniser import Recogniser
from tests.entities.shapes import found_in_reading as found
from tests.helpers.model_words import model_reading


def test_an_election_bounds_its_name_by_the_verb_and_wei(recogniser: Recogniser) -> None:
    """选举某某为某乡乡长: an election's verb and 为 bound the name, as an appointment's do — the model's
    name that runs on into 为 (柯明华为) is cut there.  A common word between them (选举时间为) is no name."""
    text = "会议选举柯明华为桐林乡人民政府乡长。选举时间为六月。"
    model = model_reading(text, ("PER", "柯明华为", 0), ("ORG", "桐林乡人民政府", 0))
    assert found(recogniser, text, model, "person") == ["柯明华"]


def test_names_a_space_apart_on_a_line_of_names_stay_apart(recogniser: Recogniser) -> None:
    """A 换届 notice's line of members, names a space apart and a two-character name padded to the width of
    three (程　芳): the model's names on either side of a space are two names, not one — only two single
    characters a space apart are one padded name."""
    text = "委　　员：\n程　芳　邵明远　阚立群　葛　新　贾永强"
    model = model_reading(
        text,
        ("PER", "程\u3000芳", 0),
        ("PER", "\u3000邵明远", 0),
        ("PER", "阚立群", 0),
        ("PER", "\u3000", 4),
        ("PER", "葛", 0),
        ("PER", "\u3000新", 0),
        ("PER", "贾永强", 0),
    )
    assert found(recogniser, text, model, "person") == [
        "程\u3000芳",
        "邵明远",
        "阚立群",
        "葛\u3000新",
        "贾永强",
    ]


@pytest.mark.parametrize(
    ("text", "model", "bodies"),
    [
        (  # a 督查室 of the county's party committee and of its government
            "县委督查室、县政府督查室会同县信访局组成督查组。",
            [("ORG", "县委", 0), ("ORG", "县政府督查室会同县信访局", 0)],
            ["县委督查室", "县政府督查室", "县信访局"],
        ),
        (  # overseas associations of people from one home town: a 同乡会, a 会馆
            "马来西亚桐江同乡会会长陈国栋、新加坡南洋桐江会馆秘书长林志明出席。",
            [
                ("LOC", "马来西亚", 0),
                ("LOC", "桐江同乡", 0),
                ("PER", "陈国栋", 0),
                ("LOC", "新加坡南洋桐江会馆", 0),
                ("PER", "林志明", 0),
            ],
            ["马来西亚桐江同乡会", "新加坡南洋桐江会馆"],
        ),
        (  # a department's stations
            "县水务局下属县农村供水服务站、县水土保持工作站2个事业单位。",
            [("ORG", "县水务局", 0)],
            ["县水务局", "县农村供水服务站", "县水土保持工作站"],
        ),
    ],
)
def test_inspection_offices_home_town_associations_and_stations_are_bodies(
    recogniser: Recogniser, text: str, model: list[tuple[str, str, int]], bodies: list[str]
) -> None:
    """督查室 (an inspection office), 同乡会 and 会馆 (associations of people from one home town, abroad
    too), 服务站 and 工作站 (a department's stations): their endings name a body, read whole with the
    place or country before them."""
    assert found(recogniser, text, model_reading(text, *model), "organization") == bodies


def test_a_community_is_the_place_the_model_read_without_its_ending(recogniser: Recogniser) -> None:
    """某乡某某|社区网格员: the model reads a community's name without 社区 (a word of its own); the place is
    the community, as a village group's is with its 组.  A street office's communities (某街道|社区) are no
    community's name."""
    text = "桐林乡柳岸社区网格员葛丽华发现险情。北湖街道社区开展活动。"
    model = model_reading(
        text, ("LOC", "桐林乡", 0), ("LOC", "柳岸", 0), ("PER", "葛丽华", 0), ("LOC", "北湖街道", 0)
    )
    assert found(recogniser, text, model, "place") == ["桐林乡", "柳岸社区", "北湖街道"]


def test_a_name_ending_in_a_weather_word_is_a_name_where_no_place_comes_before_it(
    recogniser: Recogniser,
) -> None:
    """雪, 晴 end given names (某雪, 某晴); a weather report's city the model read with its weather (北京晴)
    is a known place and the weather: only then is the model's "name" no name."""
    text = "审计组组长由县审计局综合科科长柏雪担任。北京晴，气温十度。"
    model = model_reading(text, ("ORG", "县审计局", 0), ("PER", "柏雪", 0), ("PER", "北京晴", 0))
    assert found(recogniser, text, model, "person") == ["柏雪"]


def test_two_bodies_a_space_apart_stay_two(recogniser: Recogniser) -> None:
    """A joint document's issuers on one line, a space apart (某县委督查室　某县人民政府督查室): the model's
    first body takes the space with it; a complete body before the space takes nothing after it."""
    text = "桐林县委督查室　桐林县人民政府督查室\n督查通报"
    model = model_reading(text, ("ORG", "桐林县委督查室\u3000", 0), ("ORG", "桐林县人民政府督查室", 0))
    assert found(recogniser, text, model, "organization") == ["桐林县委督查室", "桐林县人民政府督查室"]


def test_a_towns_peoples_congress_is_a_body(recogniser: Recogniser) -> None:
    """某镇（第十九届）人民代表大会: a congress of a place, with its term or without, is a body (the model
    reads 桐林镇人民代表大会 as a place before 主席, and nothing at all with the term)."""
    text = "桐林镇第十九届人民代表大会第一次会议召开。柯明当选为桐林镇人民代表大会主席。"
    model = model_reading(text, ("LOC", "桐林镇", 0), ("PER", "柯明", 0), ("LOC", "桐林镇人民代表大会", 0))
    bodies = ["桐林镇第十九届人民代表大会", "桐林镇人民代表大会"]
    assert found(recogniser, text, model, "organization") == bodies
    assert found(recogniser, text, model, "place") == []


def test_a_committee_of_a_party_committee_is_one_body(recogniser: Recogniser) -> None:
    """县委某某委员会（办公室）: a committee of the county's party committee, named by a sector whose word is
    a verb (审计), is one body as the model reads it, not 县委 and a 委员会办公室; 县委|县政府 stay two."""
    text = "根据县委审计委员会办公室下达的计划，县委县政府部署。"
    model = model_reading(text, ("ORG", "县委审计委员会办公室", 0), ("ORG", "县委县政府", 0))
    assert found(recogniser, text, model, "organization") == ["县委审计委员会办公室", "县委", "县政府"]


def test_a_former_post_of_a_level_body_is_the_post_after_its_yuan(recogniser: Recogniser) -> None:
    """原县某局局长某某: 原 (former) before a level body and its title marks the post as former; the body is
    the post's, as without 原, not an organisation 原县某局."""
    text = "看望了原县水利局局长柯德厚、原县武装部政委邵明远。"
    model = model_reading(text, ("PER", "柯德厚", 0), ("ORG", "原县武装部", 0), ("PER", "邵明远", 0))
    mentions = [(m.kind, m.text) for m in recogniser.analyse(text, model).mentions]
    assert mentions == [
        ("position", "县水利局局长"),
        ("person", "柯德厚"),
        ("position", "县武装部政委"),
        ("person", "邵明远"),
    ]


def test_a_level_body_after_ge_is_no_bodys_name(recogniser: Recogniser) -> None:
    """各乡镇党委、人民政府: 各 (each) before a level body says every town's — the model's 乡镇党委 without
    its 各 names no body, as 各乡镇人民政府 read with it does not."""
    text = "各乡镇党委、人民政府，县直各单位：经县政府同意。"
    model = model_reading(text, ("ORG", "乡镇党委", 0), ("ORG", "县政府", 0))
    assert found(recogniser, text, model, "organization") == ["县政府"]
