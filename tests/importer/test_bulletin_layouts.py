"""Bulletins laid out as county and department offices print them, around text of sample 000.

``tests/data/bulletin_variants/`` is written by ``scripts/make_bulletin_variants.py``: four items of
sample 000 word for word, in a 政务信息 issue (spaced masthead, issue number, compiling office and
day, a ``●`` contents list without page numbers, a contributor under each item, the distribution
list), the same hard-wrapped at 72 cells (36 Han characters), and a 工作简报 without contents in
GB18030 with CRLF.
The expected titles and openings below are the sample's own.
"""

from __future__ import annotations

from pathlib import Path

from reader.importer import ParsedIssue, parse_bytes, parse_text

DATA = Path(__file__).parents[1] / "data" / "bulletin_variants"
TITLES = [
    "孔昌生到驻调研",
    "市委常委会",
    "市委人才工作领导小组会议",
    "市政府召开专题会议传达学习省长王凯在驻马店调研时讲话精神",
]
OPENINGS = [
    "9月24日~26日,省政协主席孔昌生先后到驻马店市“中国药谷”超级工厂项目",
    "9月2日,市委常委会召开会议,市委书记鲍常勇主持并讲话。",
    "9月2日,市委人才工作领导小组会议召开,市委书记鲍常勇主持并讲话。",
    "9月2日,市政府召开专题会议,传达学习省长王凯在驻马店调研时的讲话精神,",
]


def parsed(name: str) -> ParsedIssue:
    path = DATA / name
    return parse_bytes(path.read_bytes(), path.name)


def aside(issue: ParsedIssue, reason: str) -> list[str]:
    return [item.text.strip() for item in issue.boilerplate if item.reason == reason]


def test_a_bulletin_with_a_masthead_and_a_bulleted_contents_list_splits_into_its_items() -> None:
    issue = parsed("masthead_bulleted_contents.txt")
    assert [a.title for a in issue.articles] == TITLES
    assert [a.text[: len(opening)] for a, opening in zip(issue.articles, OPENINGS, strict=True)] == OPENINGS
    assert (issue.title, issue.publication, issue.issue_date) == (
        "政务信息 第18期（总第236期）",
        "政务信息",
        "2024-09-30",
    )
    assert [a.source_note for a in issue.articles] == [
        "（市政协办公室供稿）",
        "（市委办公室供稿）",
        "（市委组织部供稿）",
        "（市政府办公室供稿）",
    ]
    assert aside(issue, "table of contents") == ["目  录", *(f"●{title}" for title in TITLES)]
    assert aside(issue, "distribution list") == [
        "报：省委办公厅。",
        "送：市委各位常委，市人大常委会、市政府、市政协主要领导。",
        "发：各县区委，市委各部委，市直各单位党组（党委）。",
        "（共印120份）",
    ]
    assert not any("共印" in a.text or "报：" in a.text for a in issue.articles)


def test_the_same_bulletin_cut_at_a_pdf_columns_width_imports_to_the_same_items() -> None:
    whole = parsed("masthead_bulleted_contents.txt")
    wrapped = parsed("masthead_bulleted_contents_wrapped.txt")
    assert [a.title for a in wrapped.articles] == TITLES
    # a line the column filled with a full stop at its end may end a paragraph there: only breaks differ
    assert [a.text.replace("\n", "") for a in wrapped.articles] == [a.text for a in whole.articles]
    assert (wrapped.title, wrapped.issue_date) == (whole.title, whole.issue_date)


def test_a_bulletin_without_contents_splits_at_each_item_title_after_the_masthead() -> None:
    issue = parsed("masthead_no_contents_gb18030_crlf.txt")
    assert issue.encoding == "gb18030"
    assert [a.title for a in issue.articles] == TITLES
    assert [a.text[: len(opening)] for a, opening in zip(issue.articles, OPENINGS, strict=True)] == OPENINGS
    assert (issue.title, issue.issue_date) == ("工作简报 第5期", "2024-09-03")
    assert aside(issue, "issue title")[:2] == ["工 作 简 报", "第5期"]
    assert aside(issue, "distribution list") == ["报：省政府办公厅", "发：各县区人民政府，市政府各部门"]


def test_numbered_sub_headings_of_one_item_stay_inside_it() -> None:
    text = (
        "工 作 简 报\n第2期\n\n"
        "市委人才工作领导小组会议\n"
        "9月2日,市委人才工作领导小组会议召开,市委书记鲍常勇主持并讲话。\n\n"
        "一、精准引才\n要坚持自主培养,建强载体平台,深化校企合作。\n\n"
        "二、系统育才\n要打破思维观念,精准高效配置人才资源,强化实践锻炼。\n"
    )
    issue = parse_text(text, "numbered.txt")
    assert [a.title for a in issue.articles] == ["市委人才工作领导小组会议"]
    assert "一、精准引才" in issue.articles[0].text and "二、系统育才" in issue.articles[0].text


NUMBERED_ITEMS = [
    ("我县召开安全生产工作推进会", "5月10日，全县安全生产工作推进会召开，副县长赵明出席会议并讲话。"),
    ("县人民医院成功开展首例微创心脏手术", "近日，县人民医院心内科团队成功实施首例微创心脏手术。"),
    ("我县又添一张国家级名片！", "日前，我县桃源村入选第十三批全国“一村一品”示范村镇名单。"),
    ("今年前4个月全县税收收入同比增长7.3%", "1至4月，全县累计完成税收收入5.86亿元，同比增长7.3%。"),
]


def test_items_numbered_1_to_4_are_the_issues_items_though_one_title_ends_on_an_exclamation() -> None:
    """``3.我县又添一张国家级名片！`` reads as text by its last mark; the count 1 to 4 shows it a title."""
    text = "信息快报\n第21期\n县委办公室　　2025年5月12日\n\n" + "".join(
        f"{k}.{title}\n{body}\n\n" for k, (title, body) in enumerate(NUMBERED_ITEMS, 1)
    )
    issue = parse_text(text, "xxkb21.txt")
    assert [(a.title, a.text) for a in issue.articles] == NUMBERED_ITEMS
