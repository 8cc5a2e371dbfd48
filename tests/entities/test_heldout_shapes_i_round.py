"""Shapes found on held-out half I (``benchmarks/score_entities.py --half I``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.  The model's reading is stated (the reading
LAC gave such text), so the rules are what is tested.
"""

from __future__ import annotations

import pytest

from reader.entities.lac import Word
from reader.entities.recogniser import Recogniser
from tests.entities.shapes import found_in_reading as found
from tests.helpers.model_words import model_reading


def people(recogniser: Recogniser, text: str, words: list[Word]) -> list[str]:
    return [m.text for m in recogniser.analyse(text, words).mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        # the model cut the first part at a word inside it (阿|不都·…): the part runs to the line's start
        (
            "阿不都·热合曼，男，维吾尔族，1980年3月生。",
            [("PER", "不都", 0), ("PER", "热合曼", 0)],
            "阿不都·热合曼",
        ),
        # the model found the first part only: the last runs to the line's end
        ("县统计局副局长　古丽娜·艾山", [("PER", "古丽娜", 0)], "古丽娜·艾山"),
        # …or to the comma; the words before the name (辅警) are not taken with it
        ("城东派出所辅警热依拉·吐尔洪，受到表彰。", [("PER", "热依拉", 0)], "热依拉·吐尔洪"),
    ],
)
def test_a_name_transliterated_in_parts_is_read_whole(
    recogniser: Recogniser, text: str, model: list[tuple[str, str, int]], name: str
) -> None:
    """某某·某某 written alone (a résumé's head, an attendance line, a list): the model's name cut inside a
    part or short of its last part is the whole name."""
    assert people(recogniser, text, model_reading(text, *model)) == [name]


def test_a_transliterated_name_inside_a_sentence_keeps_the_model_s_edges(recogniser: Recogniser) -> None:
    """Where the part after the joiner runs on into the sentence (…·吐尔洪带领…), where it ends is not
    known: the model's name is kept as it read it."""
    text = "热依拉·吐尔洪带领群众种植核桃。"
    assert people(recogniser, text, model_reading(text, ("PER", "热依拉·吐尔洪", 0))) == ["热依拉·吐尔洪"]
    text = "辅警热依拉·吐尔洪带领群众种植核桃。"
    assert people(recogniser, text, model_reading(text, ("PER", "热依拉", 0))) == ["热依拉"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("欧阳晓岚，女，汉族，1988年6月生。", "欧阳晓岚"),
        ("镇卫生院驻石门村第一书记欧阳雪梅组织义诊。", "欧阳雪梅"),
    ],
)
def test_a_name_with_a_compound_surname_jieba_tags_a_place_is_a_name(
    recogniser: Recogniser, text: str, name: str
) -> None:
    """欧阳|某某: jieba tags 欧阳 a place (ns), which made the model's name look like one opening with a
    word no name opens with; a compound surname opens a name."""
    assert name in people(recogniser, text, model_reading(text, ("PER", name, 0)))


def test_a_one_character_part_before_a_joiner_is_no_name_s_part(recogniser: Recogniser) -> None:
    """“…碧水蓝·同筑…”: a slogan's two halves joined by ·; the model's one character before the joiner does
    not take the other half as a name's last part."""
    text = "举办“共护碧水蓝·同筑乡村梦”主题活动。"
    assert people(recogniser, text, model_reading(text, ("PER", "蓝", 0))) == []


def test_a_resume_s_verb_and_nationality_are_no_organisation(recogniser: Recogniser) -> None:
    """现任|县某某局副局长: the résumé's verb is no part of the body (the model read 现任 or, as 任县 is a
    county's name, 任 into it); 汉族 and 维吾尔族 are peoples, not bodies."""
    text = "许志红，女，汉族，现任县档案馆副馆长，拟任县档案馆馆长。"
    words = model_reading(text, ("ORG", "汉族", 0), ("ORG", "县档案馆", 0), ("ORG", "任县档案馆", 0))
    bodies = found(recogniser, text, words, "organization")
    assert "汉族" not in bodies
    assert not [b for b in bodies if b.startswith(("现", "任"))]
    text = "吐尔逊·买买提，男，维吾尔族，1979年11月生。"
    assert found(recogniser, text, model_reading(text, ("ORG", "维吾尔族", 0)), "organization") == []


@pytest.mark.parametrize(
    ("text", "model", "places"),
    [
        ("上坪组至石槽组通组公路已硬化。", [("LOC", "上坪", 0), ("LOC", "石槽", 0)], ["上坪组", "石槽组"]),
        ("来信请寄东风路18号。", [("LOC", "东风路18号", 0)], ["东风路"]),
        # the road is a place too, by its letter, number and 线 (88e4326)
        (
            "S218线河口至石坝段改建完成。",
            [("LOC", "河口", 0), ("LOC", "石坝段", 0)],
            ["S218线", "河口", "石坝"],
        ),
    ],
)
def test_a_village_group_keeps_its_zu_and_a_road_loses_its_house_number_and_section(
    recogniser: Recogniser, text: str, model: list[tuple[str, str, int]], places: list[str]
) -> None:
    """某某|组: a 村民小组's name with its 组 (the model leaves 组 out, a word of its own); 某某路|18号: the
    road is the place, not the house on it; 甲地至乙地|段: the section's end is the place."""
    assert found(recogniser, text, model_reading(text, *model), "place") == places
