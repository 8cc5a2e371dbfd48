"""A digest issue of several items under 【section】 heads as different converters give it: Markdown with
``## 【栏目】`` over ``### title``, PDF text hard-wrapped at the page's width with page numbers, a mail
copy wrapped at a fixed width.  The texts are written for these tests in the shape of the seventh
held-out set (not copied from it); expected values read off the texts."""

from __future__ import annotations

from reader.importer import parse_text


def test_a_markdown_digest_whose_issue_number_is_under_its_name_and_sections_are_headings() -> None:
    text = (
        "# 社情动态简报\n\n**2021年第7期（总第95期）**\n\n县委办信息科　编　2021年6月8日\n\n---\n\n"
        "## 【经济运行】\n\n### 全县一季度工业产值稳步增长\n\n"
        "一季度，全县规模以上工业产值同比增长百分之八，增速居全市前列。\n\n"
        "> （网址：http://example.org/a/1　发布时间：2021-06-07 09:30）\n\n"
        "## 【社会民生】\n\n### 城区新增三处便民停车场\n\n"
        "近日，城区新增三处便民停车场，共提供车位四百个。\n\n"
        "### 县医院开通夜间门诊\n\n自6月1日起，县医院开通夜间门诊，方便上班族就医。\n"
    )
    issue = parse_text(text, "digest.md")
    assert [a.title for a in issue.articles] == [
        "全县一季度工业产值稳步增长",
        "城区新增三处便民停车场",
        "县医院开通夜间门诊",
    ]
    assert [a.section for a in issue.articles] == ["经济运行", "社会民生", "社会民生"]
    assert issue.title == "社情动态简报"
    assert issue.issue_date == "2021-06-08"
    assert issue.articles[1].text.startswith("近日，城区新增")
