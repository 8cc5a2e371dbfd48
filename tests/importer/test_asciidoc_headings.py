"""An AsciiDoc export (pandoc ``-t asciidoc``): ``== 栏目`` / ``=== item`` headings, ``*bold*``, rules.

AsciiDoc marks a heading with equals signs before it, one more than Markdown's hashes would be for the
same level (``=`` is the document title). Nothing read them: the section heads were taken for 栏目 labels
in plain text and each section became one article, its item headings left as ``=== …`` lines inside it
(twentysixth's b01).
"""

from __future__ import annotations

from reader.importer import parse_text

ITEMS = [
    (
        "专项检查",
        "关于全县校园食品安全专项检查情况的通报",
        "九月上旬，县市场监管局会同县教育局对全县四十所学校食堂进行了检查。",
    ),
    (
        "专项检查",
        "关于城区燃气安全隐患排查情况的通报",
        "排查组对城区二百家餐饮单位的燃气使用情况逐一进行了检查。",
    ),
    (
        "工作提示",
        "关于做好国庆期间值班工作的提示",
        "各单位要严格落实领导带班制度，确保节日期间信息报送及时。",
    ),
]


def _adoc() -> str:
    out = [
        "*安全监管通报*",
        "",
        "2025年第6期",
        "",
        "县安全生产委员会办公室　　2025年9月20日",
        "",
        "'''''",
        "",
    ]
    seen = None
    for section, title, para in ITEMS:
        if section != seen:
            seen = section
            out += [f"== 【{section}】", ""]
        out += [f"=== {title}", "", para, ""]
    out += ["'''''", "", "报：县委、县政府领导", "", "送：县直有关单位", "", "发：各乡镇人民政府", ""]
    return "\n".join(out)


def test_asciidoc_sections_and_items() -> None:
    issue = parse_text(_adoc(), "aqjg_6.txt")
    assert [(a.section, a.title) for a in issue.articles] == [(s, t) for s, t, _ in ITEMS]
    assert [a.text for a in issue.articles] == [p for _, _, p in ITEMS]
    assert issue.publication == "安全监管通报"
    assert issue.issue_date == "2025-09-20"
    assert not any("'''" in a.text for a in issue.articles)


def test_one_equals_line_alone_is_text() -> None:
    text = "县城区道路改造完成\n　　改造后的道路宽十二米。\n== 附注 ==\n　　以上数据截至九月底。\n"
    issue = parse_text(text, "note.txt")
    assert "== 附注 ==" in issue.articles[0].text or any("附注" in a.title for a in issue.articles)
