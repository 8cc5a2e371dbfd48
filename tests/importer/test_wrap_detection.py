"""Whether a file was hard-wrapped by a page's column (``lines.wrap_width``).

A brief bulletin's paragraphs can be alike in length by chance; read as a column 18 cells wide, a
title that happened to fill that "column" was glued to the paragraph under it.
"""

from __future__ import annotations

from reader.importer import parse_bytes
from reader.importer.lines import split_lines, wrap_width

PARAGRAPHS = [
    "11月18日，县委书记主持召开县委常委会议，传达学习上级部署。",
    "会议强调，要压紧压实各方责任。",
    "11月19日，我县举行招商引资项目集中签约仪式，现场签约项目8个。",
    "签约项目涵盖新材料、食品加工等领域。",
    "11月20日，县人大常委会组织部分组成人员视察农村饮水工程。",
    "视察组一行实地察看了水厂和管网改造现场。",
    "近日，城关镇老旧小区改造二期工程开工，涉及小区12个。",
    "改造内容包括屋面防水、管网更新等。",
    "11月21日，县人民医院组织20余名医务人员走进社区开展义诊。",
    "活动共接待群众300余人次。",
]


def _cut(text: str, width: int) -> list[str]:
    return [text[at : at + width] for at in range(0, len(text), width)]


def test_whole_paragraphs_of_like_length_are_not_a_wrapped_column() -> None:
    assert wrap_width(split_lines("\n".join(PARAGRAPHS))) is None


def test_the_same_paragraphs_cut_at_eighteen_characters_are() -> None:
    lines = [piece for paragraph in PARAGRAPHS for piece in _cut(paragraph, 18)]
    assert wrap_width(split_lines("\n".join(lines))) == 18.0


def test_a_title_over_a_short_first_paragraph_stays_a_title() -> None:
    titles = [
        "县委召开常委会议研究冬季安全生产工作",
        "全县招商引资项目集中签约",
        "县人大常委会视察农村饮水安全工程",
        "城关镇启动老旧小区改造二期工程",
        "县医院开展义诊进社区活动",
    ]
    lines = ["政务信息", "第45期", "县委办公室编印  2025年11月24日"]
    for k, title in enumerate(titles):
        lines.extend(["", title, *PARAGRAPHS[2 * k : 2 * k + 2]])
    issue = parse_bytes(("\n".join(lines) + "\n").encode("utf-8"), "zwxx45.txt")
    assert [(a.title, len(a.blocks)) for a in issue.articles] == [(title, 2) for title in titles]
