"""A Word document printed to text by antiword: paragraphs wrapped at the page's width, a table drawn with
bars and padded with spaces (``|指标          |完成          |增长      |``), the item's sign-off pushed right
under it.  The padded cells are no side-by-side columns to read one after another, the rows are no wrapped
lines to join, and the sign-off under the table closes its item: it is not the next item's kicker."""

from reader.importer import parse_text

ROW = "|{:<20}|{:<20}|{:<20}|"
TABLE = "\n".join(
    ROW.format(*cells)
    for cells in (
        ("指标", "一季度完成", "同比增长"),
        ("地区生产总值", "48.6亿元", "6.1%"),
        ("规上工业增加值", "15.2亿元", "7.3%"),
        ("固定资产投资", "21.4亿元", "9.8%"),
    )
)
BRIEF = f"""                              云岭工作简报

                               2025年第3期

        云岭县委办公室　　　　　　　　　　　　　　　　2025年3月10日


全县一季度经济运行稳中有进

一季度，全县上下聚焦稳增长、促转型、惠民生，主要经济指标保持稳中有进。据县
统计局初步测算，全县实现地区生产总值48.6亿元，同比增长6.1%，增速高于全市平均
水平0.4个百分点。

分行业看，规模以上工业增加值增长7.3%，固定资产投资增长9.8%，社会消费品零售总
额增长5.2%。主要指标完成情况见下表。

{TABLE}


                                                    （县统计局　钟明远）


县林业局完成春季植树造林任务

县林业局组织干部群众在荒山荒坡植树造林，共完成人工造林1.8万亩，栽植苗木86万株，
成活率达到92%以上，新建林下经济示范基地三个，带动周边农户增收。

                                                    （县林业局　孙海波）


白沙乡建成农产品冷链仓储中心

白沙乡投资320万元建成农产品冷链仓储中心，可储存果蔬600吨，延长了本地柑橘的销
售周期，带动周边四个村的果农增收，今年已储存柑橘一百二十吨。

                                                    （白沙乡　钱文亮）
"""


def test_the_sign_off_under_a_drawn_table_closes_its_item():
    issue = parse_text(BRIEF, "brief.txt")
    first, second, third = issue.articles
    assert first.title == "全县一季度经济运行稳中有进"
    assert [entry.name for entry in first.byline] == ["钟明远"]
    assert second.title == "县林业局完成春季植树造林任务"
    assert second.kicker is None
    assert [entry.name for entry in second.byline] == ["孙海波"]
    assert third.title == "白沙乡建成农产品冷链仓储中心"


def test_the_table_keeps_its_rows_in_order():
    text = parse_text(BRIEF, "brief.txt").articles[0].text
    row = text.index("|地区生产总值")
    assert row < text.index("48.6亿元              |6.1%") < text.index("|规上工业增加值")
