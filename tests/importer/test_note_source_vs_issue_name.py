"""A researcher's note of a bulletin: front matter ``source: 纸质简报`` over ``# 某某工作简报（第3期）``.

A note-taking app's note (Obsidian, Typora) keeps where the researcher got the text in its front matter
(``source: 纸质简报`` — a paper copy), and the heading names the issue with its number. The front
matter's ``source`` was taken as the publication before the heading's own name was looked at
(twentysixth's a01). A ``source`` says where a text came from; a heading ``name（第N期）`` is the
issue's own name, so it comes first — a ``publication:`` key still comes before both.
"""

from __future__ import annotations

from reader.importer import parse_text

ITEMS = [
    ("县里召开秋冬季森林防火工作会议", "会议要求各乡镇落实森林防火责任，加强重点时段巡查。"),
    ("河西乡完成危房改造验收", "河西乡今年实施的三十二户农村危房改造全部通过验收。"),
    ("县苗圃培育乡土树种苗木十万株", "县苗圃今年培育香樟、枫香等乡土树种苗木十万株，供全县绿化使用。"),
]


def _note(front: str) -> str:
    out = ["---", "tags: [简报, 摘录]", "created: 2025-12-02", front, "---", "# 林业工作简报（第3期）", ""]
    out += ["> [!info] 出处", "> 县林业局办公室编　2025年11月20日", ""]
    for title, para in ITEMS:
        out += [f"## {title}", "", para, ""]
    return "\n".join(out)


def test_the_headings_issue_name_before_a_notes_source() -> None:
    issue = parse_text(_note("source: 纸质简报"), "lyjb_3.md")
    assert [a.title for a in issue.articles] == [title for title, _ in ITEMS]
    assert issue.publication == "林业工作简报"
    assert issue.issue_date == "2025-11-20"


def test_a_publication_key_still_comes_first() -> None:
    issue = parse_text(_note("publication: 县林业局内部资料"), "lyjb_3.md")
    assert issue.publication == "县林业局内部资料"
