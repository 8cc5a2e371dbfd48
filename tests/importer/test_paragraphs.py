"""Rejoining sentences broken across blank lines, and keeping editor codes out of the text."""

from __future__ import annotations

import re

import pytest

from reader.importer import BlockKind
from reader.importer.paragraphs import build_body, content_lines

from .conftest import SEEDS, parsed

CODE_AT_END = re.compile(r"[①-⑳]\d{1,2}\s*$")


def _blocks(key: str) -> list[str]:
    return [b.text for a in parsed(key).articles for b in a.blocks]


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_no_editor_code_left_at_any_block_end(key: str) -> None:
    for article in parsed(key).articles:
        for block in article.blocks:
            assert not CODE_AT_END.search(block.text), (article.title, block.text[-20:])


def test_editor_codes_are_kept_as_metadata() -> None:
    codes = [a.editor_codes for a in parsed("002").articles]
    assert codes == [["②5"], ["⑥7"], ["②5"], ["②5"], ["②5"], ["②5"], ["②5"], ["②5"], [], ["②5"]]
    assert (
        parsed("002")
        .articles[0]
        .text.endswith("以驿城区一域之稳定为全国全省、全市大局之稳定尽责任、作贡献。")
    )


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        ("004", "切实发挥招商一线桥头堡作用,构建合作交流平台,承接产业转移,实现驻地招商新突破。"),
        ("004", "由区主要领导带队,加大跟踪对接力度"),
        ("004", "令很多同学驻足。此次活动效果显著"),
        ("002", "深刻阐释了新时代坚持和发展中国特色社会主义的重大理论和实践问题"),
        ("002", "在随后召开的协调会上,相关部门负责人就项目建设情况作了简要汇报。"),
        ("002", "为保证此次集中整治行动取得实效,该局制订周密行动方案"),
        ("002", "全面吸取教训,深刻检视自省,慎终如始抓好常态化疫情防控措施落地见效"),
        ("003", "为了让全区170名困难青少年温暖过冬,示范区又部署启动"),
        ("003", "申报高新技术企业11家,完成规上工业企业科技研发覆盖率超72.7%。"),
        ("001", "总投资16亿元的恒都肉牛四期项目全部投产，年产值可实现120亿元"),
    ],
)
def test_sentence_broken_across_blank_lines_is_one_block(key: str, sentence: str) -> None:
    assert any(sentence in block for block in _blocks(key))


def test_paragraph_counts_after_rejoining() -> None:
    assert [len(a.blocks) for a in parsed("002").articles] == [4, 2, 5, 4, 5, 3, 4, 2, 2, 2]
    assert [len(a.blocks) for a in parsed("003").articles] == [5, 7, 6, 8, 5, 5, 4, 1]


def test_headings_captions_and_list_lines_are_never_glued() -> None:
    text = (
        "第一段说到一半\n\n聚焦组建专班团队 全方位开展招商\n\n"
        "后面的正文\n\n接着写完。\n图① 说明。⑥2\n\n——一条清单"
    )
    body = build_body(content_lines(text), rejoin=True)
    assert [(b.kind, b.text) for b in body.blocks] == [
        (BlockKind.PARAGRAPH, "第一段说到一半"),
        (BlockKind.HEADING, "聚焦组建专班团队 全方位开展招商"),
        (BlockKind.PARAGRAPH, "后面的正文接着写完。"),
        (BlockKind.CAPTION, "图① 说明。"),
        (BlockKind.LIST_ITEM, "——一条清单"),
    ]
    assert body.editor_codes == ["⑥2"]


def test_nothing_is_joined_after_an_editor_code() -> None:
    body = build_body(content_lines("没有句号的结尾②5\n\n下一段开头。"), rejoin=True)
    assert [b.text for b in body.blocks] == ["没有句号的结尾", "下一段开头。"]


def test_text_with_whole_line_paragraphs_is_not_rejoined() -> None:
    body = build_body(content_lines("短标题行\n正文第一段。\n正文第二段,没有句号"), rejoin=False)
    assert [(b.kind, b.text) for b in body.blocks] == [
        (BlockKind.HEADING, "短标题行"),
        (BlockKind.PARAGRAPH, "正文第一段。"),
        (BlockKind.PARAGRAPH, "正文第二段,没有句号"),
    ]


def test_line_opening_with_a_full_stop_belongs_to_the_line_before() -> None:
    body = build_body(content_lines("同学驻足\n\n。此次活动效果显著。"), rejoin=False)
    assert [b.text for b in body.blocks] == ["同学驻足。此次活动效果显著。"]


def test_latin_words_broken_across_lines_get_a_space() -> None:
    body = build_body(content_lines("the annual\n\nreport 2023年11\n\n家企业。"), rejoin=True)
    assert [b.text for b in body.blocks] == ["the annual report 2023年11家企业。"]


@pytest.mark.parametrize("rejoin", [True, False])
def test_a_bracket_opened_at_a_line_end_closes_on_the_next_line(rejoin: bool) -> None:
    """A narrow wrap cut a writer's sign-off after its bracket: the credit is the paragraph's end, not a
    line of its own (it would be taken for a credit line and the sign-off lost)."""
    text = "村民们纷纷表示，这样的活动办到了大家心坎上。(\n\n通讯员 李小红)\n\n下一段从这里开始。"
    body = build_body(content_lines(text), rejoin=rejoin)
    first = body.blocks[0].text
    assert first == "村民们纷纷表示，这样的活动办到了大家心坎上。(通讯员 李小红)"
