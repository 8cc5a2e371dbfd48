"""Shapes found on held-out bulletins (``benchmarks/score_entities.py``, half A), on sentences written here.

Each test is one shape of text the recogniser read wrongly on files nobody had tuned it on; the
sentences are made up for the test and name nobody from those files.
"""

from __future__ import annotations

import pytest

from reader.entities.recogniser import Recogniser

from .shapes import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("確山縣長李明亮出席會議。", [("place", "確山"), ("position", "縣長"), ("person", "李明亮")]),
        ("驻马店市长李明亮出席会议。", [("place", "驻马店"), ("position", "市长"), ("person", "李明亮")]),
        ("新北市长侯平安视察工地。", [("place", "新北"), ("position", "市长"), ("person", "侯平安")]),
    ],
)
def test_a_level_character_shared_by_the_place_and_the_post_introduces_the_name(
    recogniser: Recogniser, text: str, expected: list[tuple[str, str]]
) -> None:
    """确山县长 is 确山 and 县长: the post still introduces the name after it."""
    assert found(recogniser, text, "place", "position", "person") == expected


def test_a_place_followed_by_a_word_starting_with_the_same_character_stays_whole(
    recogniser: Recogniser,
) -> None:
    assert found(recogniser, "确山县长期坚持植树造林。", "place", "position") == [("place", "确山县")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明天鄉公所表揚金婚夫妻，鎮公所也舉辦健行。", ["鄉公所", "鎮公所"]),
        ("東河鄉農會辦理稻米評鑑，結果由東河鄉民代表會公布。", ["東河鄉農會", "東河鄉民代表會"]),
        ("镇公所和乡农会联合举办培训。", ["镇公所", "乡农会"]),
    ],
)
def test_township_offices_farmers_associations_and_representative_councils_are_organisations(
    recogniser: Recogniser, text: str, expected: list[str]
) -> None:
    """公所, 农会, 代表会: the local bodies of Taiwan papers (and of older mainland texts)."""
    assert [t for _k, t in found(recogniser, text, "organization")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "國民黨籍立委李大同今天出席座談。",
            [("organization", "國民黨"), ("position", "立委"), ("person", "李大同")],
        ),
        (
            "民进党籍立委王小明提出质询。",
            [("organization", "民进党"), ("position", "立委"), ("person", "王小明")],
        ),
    ],
)
def test_party_membership_ends_the_party_and_the_legislator_is_a_post(
    recogniser: Recogniser, text: str, expected: list[tuple[str, str]]
) -> None:
    """某某党籍立委: 籍 is membership of the party, 立委 (立法委员) the post that introduces the name."""
    assert found(recogniser, text, "organization", "position", "person") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("政协第九届南阳市委员会第三次会议今天开幕。", ["政协第九届南阳市委员会"]),
        ("南阳市政协第八届委员会常委会议审议报告。", ["南阳市政协第八届委员会"]),
        ("县政协第五届委员会召开全体会议。", ["县政协第五届委员会"]),
    ],
)
def test_a_political_consultative_conference_named_with_its_term_is_one_organisation(
    recogniser: Recogniser, text: str, expected: list[str]
) -> None:
    """政协第N届某市委员会 and 某市政协第N届委员会: the formal name, not 政协 and 某市委员会 apart."""
    assert [t for _k, t in found(recogniser, text, "organization")][:1] == expected


def test_names_listed_before_a_kind_of_unit_are_units_of_that_kind(recogniser: Recogniser) -> None:
    """东湖、春晖、金色家园等社区: each name is a community, also with 社区 after it elsewhere."""
    text = "西城街道东湖、春晖、金色家园等社区开展义诊。金色家园社区还组织了文艺演出。"
    assert found(recogniser, text, "place") == [
        ("place", "西城街道"),
        ("place", "东湖"),
        ("place", "春晖"),
        ("place", "金色家园"),
        ("place", "金色家园社区"),
    ]


def test_the_first_listed_name_stops_at_the_verb_before_it(recogniser: Recogniser) -> None:
    assert ("place", "召开大王") not in found(recogniser, "镇里召开大王、小李等村的座谈会。", "place")
    assert ("place", "大王") in found(recogniser, "镇里召开大王、小李等村的座谈会。", "place")


def test_a_name_run_into_the_next_post_ends_where_the_post_starts(recogniser: Recogniser) -> None:
    """市长王大明常务副市长李小强: leaders listed without punctuation; each post ends the name before it
    (the model alone reads 钱德 and leaves 全 to the post)."""
    text = "市政协主席钱德全常务副市长孙立出席会议。"
    assert found(recogniser, text, "position", "person") == [
        ("position", "市政协主席"),
        ("person", "钱德全"),
        ("position", "常务副市长"),
        ("person", "孙立"),
    ]


def test_a_deputy_post_or_a_conjunction_after_a_name_does_not_lengthen_it(recogniser: Recogniser) -> None:
    assert ("person", "王明") in found(recogniser, "副市长王明副书记李强出席。", "person")
    people = found(recogniser, "副主任张立、许文及秘书长孙平出席。", "person")
    assert ("person", "许文及") not in people and ("person", "孙平") in people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明德國小與光華國中的學生一起練習合唱。", ["明德國小", "光華國中"]),
        ("青溪街道红枫志愿服务队和蓝天救援队清理河道。", ["青溪街道红枫志愿服务队", "蓝天救援队"]),
        ("杨柳社区党支部组织党员学习。", ["杨柳社区党支部"]),
        ("近日，石桥社区党总支开展主题党日活动。", ["石桥社区党总支"]),
    ],
)
def test_schools_volunteer_teams_and_party_branches_are_organisations(
    recogniser: Recogniser, text: str, expected: list[str]
) -> None:
    """國小/國中 (Taiwan's primary and junior high schools), …服务队, …救援队, a
    community's 党支部/党总支 are bodies (the community before them is no place of its own here)."""
    assert [t for _k, t in found(recogniser, text, "organization")] == expected


def test_a_taiwan_papers_short_county_government_is_an_organisation(recogniser: Recogniser) -> None:
    """縣府 / 市府 is how a Taiwan paper writes the county or city government; 县府街 is a street."""
    assert found(recogniser, "縣府今年爭取到中央補助，市府也將配合。", "organization") == [
        ("organization", "縣府"),
        ("organization", "市府"),
    ]
    assert found(recogniser, "沿县府街向东走到市府路口。", "organization") == []
