"""Reading people out of bylines, datelines and credits."""

from __future__ import annotations

import pytest

from reader.importer import BylineEntry
from reader.importer.bylines import parse_byline_line, parse_credit_line, parse_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("记者 唐 翀 通讯员 武 强 夏慧锋", [("记者", "唐翀"), ("通讯员", "武强"), ("通讯员", "夏慧锋")]),
        ("本报记者 滑清泉 杨森", [("本报记者", "滑清泉"), ("本报记者", "杨森")]),
        ("驻马店日报记者 王家恒", [("驻马店日报记者", "王家恒")]),
        ("记者张亚丹", [("记者", "张亚丹")]),
        ("见习记者 张 楠", [("见习记者", "张楠")]),
    ],
)
def test_byline_lines(line: str, expected: list[tuple[str, str]]) -> None:
    assert parse_byline_line(line) == [BylineEntry(role, name) for role, name in expected]


@pytest.mark.parametrize(
    "line",
    ["驿城区", "凝心聚力 真抓实干", "记者节座谈会召开", "记者", "通讯员 武强 说,工作很忙。", "城区时讯"],
)
def test_lines_that_are_not_bylines(line: str) -> None:
    assert parse_byline_line(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("本报记者 王尧 摄", ["王尧"]),
        ("记者 吴勇峰 见习记者 张楠 摄影报道", ["吴勇峰", "张楠"]),
        ("记者 唐 翀 通讯员 宣茂松 文/图", ["唐翀", "宣茂松"]),
    ],
)
def test_credits(line: str, names: list[str]) -> None:
    people = parse_credit_line(line)
    assert people is not None and [p.name for p in people] == names


def test_a_title_ending_in_a_credit_word_is_not_a_credit() -> None:
    assert parse_credit_line("强化宣传 促文明") is None
    assert parse_credit_line("全市摄影报道") is None


def test_datelines() -> None:
    assert parse_dateline("本报讯(记者 吴勇峰)8月1日,驿城区") == (
        "本报讯(记者 吴勇峰)",
        [BylineEntry("记者", "吴勇峰")],
    )
    assert parse_dateline("本报讯（通讯员 臧舒婷 田子玉）为认真") == (
        "本报讯（通讯员 臧舒婷 田子玉）",
        [BylineEntry("通讯员", "臧舒婷"), BylineEntry("通讯员", "田子玉")],
    )
    assert parse_dateline("8月1日,驿城区组织12家省、市级文明单位") is None
