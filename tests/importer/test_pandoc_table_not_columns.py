"""A Word bulletin converted to Markdown by pandoc: sections as ``#``, items as ``##``, and a table in an item
written as pandoc's multiline table (dashed rules over and under rows whose cells are padded with spaces).
The padded cells are one row's, not a page's side-by-side columns: read as columns, the table's gaps cut the
masthead's offices-and-day line in two, the masthead no longer read as the issue's, and the table's cells
were read column after column."""

from reader.importer import parse_text

BRIEF = """**云岭工作简报**

2025年第3期（总第41期）

中共云岭县委办公室　云岭县人民政府办公室　　　　2025年3月10日

# 综合信息

## 全县一季度经济运行稳中有进

一季度，全县主要经济指标保持稳中有进，主要指标完成情况见下表。

  -----------------------------------------------------------------------
  指标                    一季度完成              同比增长
  ----------------------- ----------------------- -----------------------
  地区生产总值            48.6亿元                6.1%

  规上工业增加值          15.2亿元                7.3%

  固定资产投资            21.4亿元                9.8%

  社会消费品零售总额      17.9亿元                5.2%
  -----------------------------------------------------------------------

（县统计局　钟明远）

## 县林业局完成春季植树造林任务

县林业局组织干部群众在荒山荒坡植树造林，共完成人工造林1.8万亩。

# 基层动态

## 白沙乡建成农产品冷链仓储中心

白沙乡投资320万元建成农产品冷链仓储中心，可储存果蔬600吨。

（白沙乡　钱文亮）
"""


def test_sections_and_items_around_a_pandoc_table():
    issue = parse_text(BRIEF, "brief.txt")
    assert [(a.section, a.title) for a in issue.articles] == [
        ("综合信息", "全县一季度经济运行稳中有进"),
        ("综合信息", "县林业局完成春季植树造林任务"),
        ("基层动态", "白沙乡建成农产品冷链仓储中心"),
    ]
    assert [entry.name for entry in issue.articles[0].byline] == ["钟明远"]


def test_the_table_reads_row_by_row():
    text = parse_text(BRIEF, "brief.txt").articles[0].text
    assert text.index("地区生产总值") < text.index("48.6亿元") < text.index("规上工业增加值")
