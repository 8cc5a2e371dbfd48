"""A report pasted paragraph by paragraph (a blank line after every line, so broken lines of a paragraph
are joined back): its counted headings — 一、…, （一）…, and 1.… items — stay blocks of their own, never
glued to the front of the paragraph under them."""

from reader.importer import parse_text
from reader.importer.model import BlockKind

REPORT = """柳溪县2026年一季度经济运行情况

一、总体情况

一季度，全县经济运行总体平稳，主要指标好于预期。

（一）农业生产稳中有进

全县粮食播种面积稳定，春耕备耕有序推进，生猪存栏保持稳定。

（二）工业生产较快增长

规模以上工业增加值同比增长8.2%，其中制造业增长9.1%，

前十位企业产值占全县规模以上工业的六成以上。

1.重点企业带动明显

2.5亿元以上项目开工12个。

二、存在问题

部分企业订单不足，用工成本上升。
"""


def _blocks() -> list[tuple[BlockKind, str]]:
    (article,) = parse_text(REPORT, "report.txt").articles
    return [(block.kind, block.text) for block in article.blocks]


def test_counted_headings_stand_apart():
    blocks = _blocks()
    for heading in ["一、总体情况", "（一）农业生产稳中有进", "（二）工业生产较快增长", "二、存在问题"]:
        assert (BlockKind.HEADING, heading) in blocks
    assert (BlockKind.LIST_ITEM, "1.重点企业带动明显") in blocks


def test_broken_lines_of_a_paragraph_still_join():
    blocks = _blocks()
    joined = (
        "规模以上工业增加值同比增长8.2%，其中制造业增长9.1%，前十位企业产值占全县规模以上工业的六成以上。"
    )
    assert (BlockKind.PARAGRAPH, joined) in blocks
    assert (BlockKind.PARAGRAPH, "2.5亿元以上项目开工12个。") in blocks  # a figure, not an item's number
