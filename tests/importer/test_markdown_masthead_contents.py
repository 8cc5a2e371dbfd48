"""A Markdown issue whose plain masthead is followed by a 目录 before its first heading.

A bulletin converted to Markdown (html2text of its web copy, pandoc rst of its .docx) keeps the masthead —
name, ``第N期``, office and day — as plain lines, then the contents (``**目　录**``, section lines, entries
with leaders and page numbers), then ``## 【栏目】`` heads over ``### item`` headings. The masthead was
recognised only when it stood alone above the first heading (three short lines), so with a contents list
under it the issue was no issue: each section head became one article holding its items, and the
contents list an article of its own (twentysixth's b02, d01).
"""

from __future__ import annotations

from reader.importer import parse_text

ITEMS = [
    (
        "工作推进",
        "南河镇完成高标准农田建设三千亩",
        "今年以来，南河镇统筹项目资金，新建高标准农田三千亩，配套沟渠十二公里。",
    ),
    (
        "工作推进",
        "县医保局推行门诊费用跨省直接结算",
        "县医保局在全县二十家定点医疗机构开通门诊费用跨省直接结算服务。",
    ),
    ("工作推进", "北山林场完成秋季造林任务", "北山林场组织职工和护林员补植苗木四万株，完成秋季造林任务。"),
    ("基层声音", "村里的路灯亮了", "过去一到晚上，村道黑漆漆的，老人不敢出门。今年村里装上了太阳能路灯。"),
]


def _issue() -> str:
    out = [
        "**工作简讯**",
        "",
        "2025年第9期",
        "",
        "县政府办公室编 2025年9月30日",
        "",
        "* * *",
        "",
        "**目 录**",
        "",
    ]
    seen = None
    for n, (section, title, _) in enumerate(ITEMS, 1):
        if section != seen:
            seen = section
            out += [f"【{section}】", ""]
        out += [f"{title}……………………{n}", ""]
    seen = None
    for section, title, para in ITEMS:
        if section != seen:
            seen = section
            out += [f"## 【{section}】", ""]
        out += [f"### {title}", "", para, ""]
    return "\n".join(out)


def test_masthead_and_contents_over_sectioned_items() -> None:
    issue = parse_text(_issue(), "gzjx_9.md")
    assert [(a.section, a.title) for a in issue.articles] == [(s, t) for s, t, _ in ITEMS]
    assert [a.text for a in issue.articles] == [p for _, _, p in ITEMS]
    assert issue.publication == "工作简讯"
    assert issue.issue_date == "2025-09-30"
    contents = [item.text for item in issue.boilerplate if item.reason == "table of contents"]
    assert "目 录" in contents and "北山林场完成秋季造林任务……………………3" in contents
