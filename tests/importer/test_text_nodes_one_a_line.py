"""A page's text as BeautifulSoup's ``get_text("\\n")`` writes it: every text node on a line of its own, so
a sentence whose figures stand in ``<span>``s (or a Word page's two fonts) is cut at each of them —
``2023`` / ``年，全县实现生产总值`` / ``(GDP)321.5`` / ``亿元，…`` — while the white space between the
page's elements leaves blank lines between its blocks.

The page is written for the tests (a fictional county); the expected values are read off the text."""

from __future__ import annotations

from reader.importer import parse_text
from reader.importer.lines import Document, split_lines
from reader.importer.narrow import join_text_nodes

TITLE = "青禾县2023年国民经济和社会发展统计公报"


def _paragraph(*pieces: str) -> list[str]:
    return [*pieces, " ", ""]


PAGE = [
    TITLE,
    " ",
    "",
    *_paragraph("2023", "年，全县上下坚持稳中求进工作总基调，经济运行持续回升向好，城乡居民收入稳步提高。"),
    "一、综合",
    " ",
    "",
    *_paragraph(
        "经济平稳增长。",
        "2023",
        "年，全县实现生产总值",
        "(GDP)321.5",
        "亿元，按可比价格计算，比上年增长",
        "5.1",
        "％，其中第一产业增加值",
        "30.2",
        "亿元，第二产业增加值",
        "140.3",
        "亿元。",
    ),
    "二、农业",
    " ",
    "",
    *_paragraph(
        "全年粮食播种面积",
        "66.5",
        "万亩，粮食产量",
        "25.9",
        "万吨，比上年增长",
        "1.2%",
        "。",
    ),
    *_paragraph("（青禾县统计局）"),
]


def test_the_pieces_of_each_sentence_are_joined() -> None:
    document = Document(split_lines("\n".join(PAGE) + "\n"))
    join_text_nodes(document)
    texts = [line.text for line in document.lines]
    assert "经济平稳增长。" in texts  # a sentence's end closes its line
    assert (
        "2023年，全县实现生产总值(GDP)321.5亿元，按可比价格计算，比上年增长5.1％，其中第一产业增加值30.2亿元，"
        "第二产业增加值140.3亿元。" in texts
    )
    assert "全年粮食播种面积66.5万亩，粮食产量25.9万吨，比上年增长1.2%。" in texts
    assert "一、综合" in texts and "二、农业" in texts  # a heading stands apart: never joined


def test_the_bulletin_reads_as_one_article() -> None:
    issue = parse_text("\n".join(PAGE) + "\n", "bulletin_bs4.txt")
    assert [article.title for article in issue.articles] == [TITLE]
    assert issue.articles[0].blocks[0].text.startswith("2023年，全县上下坚持稳中求进")


def test_one_block_a_line_is_left_alone() -> None:
    """A page's text one block a line (no blank lines): a table's cells stay their own lines."""
    lines = [TITLE, "产品名称", "计量单位", "产量", "饮料酒", "千升", "15767", "塑料制品", "吨", "183946"] * 3
    document = Document(split_lines("\n".join(lines) + "\n"))
    join_text_nodes(document)
    assert [line.text for line in document.lines] == lines
