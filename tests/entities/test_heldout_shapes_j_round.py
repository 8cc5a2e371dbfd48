"""Shapes found on held-out half J (``benchmarks/score_entities.py --half J``).

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the sentences
are made up for the test and name nobody from those files.  The model's reading is stated (the reading
LAC gave such text), so the rules are what is tested.
"""

from __future__ import annotations

import pytest

from reader.entities.recogniser import Recogniser
from tests.entities.shapes import found_in_reading as found
from tests.helpers.model_words import model_reading


def test_a_township_health_centre_and_a_headquarters_are_bodies(recogniser: Recogniser) -> None:
    """某某镇中心卫生院, 某某乡卫生院 (a township's health centre), 县某某指挥部 (a project's or a flood
    control headquarters): their endings name a body, so the body is read whole, not cut at 中心."""
    text = "与柳河镇中心卫生院、石桥乡卫生院组建医共体。送：县重点工程建设指挥部成员单位"
    model = model_reading(text, ("ORG", "柳河镇中心卫生院", 0), ("ORG", "石桥乡卫生院", 0))
    assert found(recogniser, text, model, "organization") == [
        "柳河镇中心卫生院",
        "石桥乡卫生院",
        "县重点工程建设指挥部",
    ]


@pytest.mark.parametrize(
    ("text", "model", "bodies"),
    [
        # jieba reads 会同县 (a county's name) across the verb, so the walk from 教育局 ran over both bodies
        (
            "县财政局会同县教育局开展专项检查。",
            [("ORG", "县财政局会同县教育局", 0)],
            ["县财政局", "县教育局"],
        ),
        (
            "县政府办公室会同县政协提案委员会召开交办会。",
            [("ORG", "县政府办公室会同县政协提案委员会", 0)],
            ["县政府办公室", "县政协提案委员会"],
        ),
    ],
)
def test_a_verb_joining_two_bodies_is_in_neither(
    recogniser: Recogniser, text: str, model: list[tuple[str, str, int]], bodies: list[str]
) -> None:
    """某局会同某局: the verb between two bodies (会同, 联合) is no part of either, however jieba cut it."""
    assert found(recogniser, text, model_reading(text, *model), "organization") == bodies


def test_two_places_joined_by_a_middle_dot_are_no_name(recogniser: Recogniser) -> None:
    """某市·某县（某地）推介会: the host city and county joined by ·, which the model reads as a
    transliterated name; each part is written elsewhere with its level character (某市, 某县), as a
    name's part never is.  A Uyghur's name in the same text stays a name."""
    text = "柘川·梅岗（杭州）推介会举行。柘川市副市长谷雨农出席，梅岗县辅警阿依古丽·吐尔洪参加。"
    model = model_reading(text, ("PER", "柘川", 0), ("PER", "梅岗", 0), ("PER", "阿依古丽·吐尔洪", 0))
    assert "柘川·梅岗" not in found(recogniser, text, model, "person")
    assert "阿依古丽·吐尔洪" in found(recogniser, text, model, "person")


def test_a_road_named_by_its_letter_number_and_line_is_a_place(recogniser: Recogniser) -> None:
    """S227线, X012线: a provincial or county road named by its letter, its number and 线 is a place, as
    482省道 is."""
    text = "S231线梅岗至石桥段改扩建工程已开工，沿X015线新建港湾式停靠站。"
    places = found(recogniser, text, model_reading(text), "place")
    assert "S231线" in places
    assert "X015线" in places


def test_a_reservoir_s_area_is_the_reservoir(recogniser: Recogniser) -> None:
    """某某水库库区移民: the model's place with the reservoir's 库区 is the reservoir."""
    text = "石门坎水库库区移民安置涉及石门坎村18户。"
    model = model_reading(text, ("LOC", "石门坎水库库区", 0), ("LOC", "石门坎村", 0))
    assert found(recogniser, text, model, "place") == ["石门坎水库", "石门坎村"]


def test_a_democratic_party_s_unit_of_a_place_is_one_body(recogniser: Recogniser) -> None:
    """民盟某某县支部, 民建某某县支部: the party's short name, the county and its 支部 are one body (the model
    read the party alone and the county apart, and the ending rule took 某某县支部 without the party)."""
    text = "县工商联、民建梅岗县支部联名提出建议，民盟梅岗县支部主委邵南山作了发言。"
    model = model_reading(
        text,
        ("ORG", "县工商联", 0),
        ("ORG", "民建", 0),
        ("LOC", "梅岗县", 0),
        ("ORG", "民盟", 0),
        ("LOC", "梅岗县", 1),
    )
    bodies = found(recogniser, text, model, "organization")
    assert bodies == ["县工商联", "民建梅岗县支部", "民盟梅岗县支部"]


def test_a_tibetan_name_is_a_name(recogniser: Recogniser) -> None:
    """德吉卓玛委员（…）, 扎西次仁: a Tibetan name has no surname, and jieba tags its first element a place
    (德吉, 扎西: ns), which made the model's name look like one opening with a word no name opens with."""
    text = "第12号提案：德吉卓玛委员提出的建议，由县教育局主办，扎西次仁参加。"
    model = model_reading(text, ("PER", "德吉卓玛", 0), ("ORG", "县教育局", 0), ("PER", "扎西次仁", 0))
    assert found(recogniser, text, model, "person") == ["德吉卓玛", "扎西次仁"]


def test_two_bodies_joined_by_yu_are_two(recogniser: Recogniser) -> None:
    """某某县人民医院与县某某中学共建: the model read the hospital with 与 and the school as adjacent names,
    which were joined into one; 与 after a body's ending and before a level opens a second body."""
    text = "梅岗县人民医院与县第二中学共建健康校园。"
    model = model_reading(text, ("ORG", "梅岗县人民医院与", 0), ("ORG", "县第二中学", 0))
    assert found(recogniser, text, model, "organization") == ["梅岗县人民医院", "县第二中学"]


def test_a_level_body_with_a_verb_in_its_name_is_read_whole(recogniser: Recogniser) -> None:
    """县行政审批服务局: the ending walk stops at the verb 审批 and took 服务局 alone; the model read the body
    whole from its level, and the free words between are the body's."""
    text = "县行政审批服务局推行一窗通办。"
    model = model_reading(text, ("ORG", "县行政审批服务局", 0))
    assert found(recogniser, text, model, "organization") == ["县行政审批服务局"]


def test_a_town_s_former_party_post_names_no_body(recogniser: Recogniser) -> None:
    """某某镇原党委副书记: 原 says the post is a former one; jieba reads 镇原 (a county's name) as a word, and
    the ending walk took 某某镇原党委 for a body."""
    text = "石桥镇原党委副书记、镇长雷志刚违规收受礼金。"
    model = model_reading(text, ("ORG", "石桥镇原", 0), ("PER", "雷志刚", 0))
    assert found(recogniser, text, model, "organization") == []
    assert found(recogniser, text, model, "person") == ["雷志刚"]


def test_a_county_school_by_its_number_is_a_body(recogniser: Recogniser) -> None:
    """县一中, 市三中: a county's or city's secondary school by its number is an organisation, read without
    the model (its reading of such a name is doubtful, with no body's ending, and is dropped); 全县一中心
    is no school."""
    text = "签约仪式在县三中举行，全县一中心两基地建设加快。"
    model = model_reading(text)
    assert found(recogniser, text, model, "organization") == ["县三中"]


def test_a_level_body_before_another_stays_apart(recogniser: Recogniser) -> None:
    """县委县政府: the model's one name over two bodies — the words before the second body are a body of
    their own, not a lead the second one's name starts with."""
    text = "在此，我代表县委县政府，向奋战在各条战线的干部群众致以问候。"
    model = model_reading(text, ("ORG", "县委县政府", 0))
    bodies = found(recogniser, text, model, "organization")
    assert "县委县政府" not in bodies
    assert "县政府" in bodies
