"""A digest that lists its items first (``新闻摘要``) and then gives them in full under one heading
(``详细新闻``): that heading names a part of the file, not a column of the issue, so the items have no
section — and the heading is kept with the issue's set-aside lines, not lost."""

from __future__ import annotations

from reader.importer import parse_text

_ITEMS = [
    (
        "全县春季植树活动启动",
        "3月12日，全县春季义务植树活动在城北山启动，干部和志愿者栽下树苗三千余株。",
    ),
    ("城区新增公共停车泊位", "今年以来，城区新增公共停车泊位860个，缓解了老城区停车难的问题。"),
    ("乡村医生培训班开班", "县卫生健康局举办乡村医生培训班，120名乡村医生参加为期一周的集中培训。"),
]


def _digest(part_heading: str) -> str:
    summary = "\n\n".join(f"{k}.{title}；" for k, (title, _) in enumerate(_ITEMS, 1))
    items = "\n\n".join(f"### {title}\n\n{body}" for title, body in _ITEMS)
    return f"# 《县域新闻》 (20250312)\n\n## 新闻摘要\n\n{summary}\n\n## {part_heading}\n\n{items}\n"


def test_the_heading_over_the_items_in_full_is_no_section_and_is_kept_aside() -> None:
    issue = parse_text(_digest("详细新闻"), "digest.txt")
    assert [(a.section, a.title) for a in issue.articles] == [(None, title) for title, _ in _ITEMS]
    assert [(item.text, item.reason) for item in issue.boilerplate if "详细新闻" in item.text] == [
        ("详细新闻", "heading of the full texts")
    ]


def test_a_column_heading_over_every_item_stays_their_section() -> None:
    issue = parse_text(_digest("县内要闻"), "digest.txt")
    assert [(a.section, a.title) for a in issue.articles] == [("县内要闻", title) for title, _ in _ITEMS]
