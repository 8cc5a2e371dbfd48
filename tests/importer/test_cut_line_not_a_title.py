"""A bulletin's PDF read by ``mutool draw -F txt``: every printed line is a paragraph of its own (a blank
line after each, a form feed after each page), the first-line indents are gone, and the column's width
may not be read from the lines (a short issue, its first lines two characters short of the rest, lines
with ASCII digits narrower still): the file is read as paragraphs broken across blank lines.  A
paragraph's first line after a finished paragraph — ``1至9月，全县58个重点项目完成投资31.2亿元，占年度计划
的百分`` — then stands alone between blank lines like an item's title.  It holds as many characters as the
lines around it that the width cut mid-sentence: a line of the text, not a title."""

from reader.importer.lines import split_lines
from reader.importer.paragraphs import Flow
from reader.importer.segment import by_anchors

ITEMS = """县政府召开重点项目建设推进会

10月16日，县政府召开重点项目建设推进会，通报1至9月全县重

点项目建设情况，分析存在的问题，部署第四季度工作。

1至9月，全县58个重点项目完成投资31.2亿元，占年度计划的百分

之八十二。会议要求，各项目责任单位要倒排工期、挂图作战，确保全

年完成投资计划，对进度滞后的项目实行挂牌督办。（县发展和改革局

韩立新）

县人社局举办金秋招聘会

10月12日，县人力资源和社会保障局在县城广场举办金秋招聘会，五

十二家企业提供就业岗位一千六百余个，现场达成就业意向三百八十人

。（县人力资源和社会保障局 林晓）
"""

BROKEN = Flow(wrap=None, rejoin=True, gap=1, items=True)


def test_a_cut_line_after_a_finished_paragraph_is_no_title():
    spans = by_anchors(split_lines(ITEMS), BROKEN)
    assert spans is not None
    titles = ["".join(line.text for line in span.header) for span in spans]
    assert titles == ["县政府召开重点项目建设推进会", "县人社局举办金秋招聘会"]
    assert any(line.text.startswith("1至9月") for line in spans[0].body)
