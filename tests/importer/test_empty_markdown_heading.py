"""html2text writes an empty ``<h2></h2>`` (a page's blank subtitle slot) as ``##`` alone on a line.  An
empty heading holds nothing: set aside, never glued onto the line under it as the text's first words.

The page is written for the tests (a fictional county); the expected values are read off the text."""

from __future__ import annotations

from reader.importer import parse_text

TITLE = "青禾县2023年国民经济和社会发展统计公报"
PAGE = "\n".join(
    [
        f"# {TITLE}",
        "",
        "##",
        "",
        "来源：**** 访问量：**321** 发布日期：**2024-03-30 10:00:00**",
        "",
        "2023年，全县上下坚持稳中求进工作总基调，经济运行持续回升向好，城乡居民收入稳步提高，各项社会事业"
        "全面进步。",
        "",
        "**一、综合**",
        "",
        "全年地区生产总值321.5亿元，比上年增长5.1%。其中，第一产业增加值30.2亿元，增长4.0%。",
        "",
    ]
)


def test_an_empty_heading_is_set_aside() -> None:
    issue = parse_text(PAGE, "page_html2text.md.txt")
    assert [article.title for article in issue.articles] == [TITLE]
    first = issue.articles[0].blocks[0].text
    assert not first.startswith("#")
    assert "2023年，全县上下坚持稳中求进" in "".join(block.text for block in issue.articles[0].blocks)
    assert any(item.text == "##" for item in issue.boilerplate)
