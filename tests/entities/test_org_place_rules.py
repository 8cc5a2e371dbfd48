"""The organisation and place rules on sentences that are not in the seeds.

Each case is a general pattern of bulletin prose (issue 3's misses on the
seeds, rewritten with other names), so a rule that merely memorised the gold
strings would fail here.
"""

from __future__ import annotations

import pytest

from reader.entities.recogniser import Recogniser


def found(recogniser: Recogniser, text: str, kind: str) -> list[str]:
    return [m.text for m in recogniser.recognise(text) if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("由中共湖南省委、湖南省人民政府主办", ["中共湖南省委", "湖南省人民政府"]),
        ("国家食品与药品检验中心湖北分中心", ["国家食品与药品检验中心湖北分中心"]),
        ("省自然资源和规划厅、省商务厅", ["省自然资源和规划厅", "省商务厅"]),
        ("市委网络安全和信息化委员会办公室", ["市委网络安全和信息化委员会办公室"]),
        ("市政府与黄淮学院签约", ["市政府", "黄淮学院"]),
        ("市委组织部和市委政法委联合发文", ["市委组织部", "市委政法委"]),
        ("去年,华信集团每天加工3000吨玉米。", ["华信集团"]),
        ("城关小学附属幼儿园、实验小学附属幼儿园已开园。", ["城关小学附属幼儿园", "实验小学附属幼儿园"]),
        ("今年计划新建、续建城东实验小学、滨河路小学2所学校。", ["城东实验小学", "滨河路小学"]),
        ("近日,高新区顺河办事处组织开展义诊活动。", ["高新区顺河办事处"]),
        ("推动省中医药研究院、岐黄中医研究院建成", ["省中医药研究院", "岐黄中医研究院"]),
        ("分别到市中心城区和遂平县部分学校", []),
        ("李明表示，将推动合作项目结出更多硕果，不断开创互惠共赢、合作发展新局面。", []),  # no body's ending
    ],
)
def test_organisations(recogniser: Recogniser, text: str, orgs: list[str]) -> None:
    assert found(recogniser, text, "organization") == orgs


def test_a_post_chain_stops_at_a_named_organisation(recogniser: Recogniser) -> None:
    text = "兰州大学教授、中国科学院化学研究所研究员王建国主持。"
    mentions = [(m.kind, m.text) for m in recogniser.recognise(text)]
    assert ("organization", "中国科学院化学研究所") in mentions
    assert ("position", "研究员") in mentions
    assert ("person", "王建国") in mentions


def test_a_chain_of_posts_in_one_body_stays_whole(recogniser: Recogniser) -> None:
    assert found(recogniser, "省委常委、宣传部部长赵建军出席。", "position") == ["省委常委、宣传部部长"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("他们先后赴晋江、温州考察。", ["晋江", "温州"]),
        ("在大柳树村,村民们说,大柳树东侧的荷塘很美。", ["大柳树村", "大柳树"]),
        ("调研了万科集团翠湖花园小区、老旧小区改造项目。", ["翠湖花园小区"]),
        ("已经落地的华瑞大健康产业园项目", ["华瑞大健康产业园"]),
    ],
)
def test_places(recogniser: Recogniser, text: str, places: list[str]) -> None:
    assert found(recogniser, text, "place") == places


def test_a_county_name_that_is_also_a_word_is_no_place_when_used_as_the_word(recogniser: Recogniser) -> None:
    """合作 (合作市), 新建 (新建区), 惠民 (惠民县): ordinary words first."""
    text = "双方将加强合作,新建一批惠民项目。"
    assert found(recogniser, text, "place") == []
