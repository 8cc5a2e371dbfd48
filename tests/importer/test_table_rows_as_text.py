"""A table a converter wrote as text (Word's plain-text save: cells apart by tabs; a print or Markdown:
``|cell|cell|``) is its item's text: its short rows read as headings had made one row an article's title,
the header row its kicker, the rest its subtitle, and run the next item's title into its text."""

from reader.importer import parse_text
from reader.importer.linekinds import Kind, kind_of

ITEMS = (
    ("河口镇召开春耕生产调度会", "3月12日，河口镇召开春耕生产调度会，部署备耕工作。"),
    ("县一季度招商项目签约情况", "一季度全县签约招商项目4个，总投资12.6亿元。各项目情况如下："),
    ("县图书馆开展读书月活动", "4月1日起，县图书馆开展读书月活动，为期一个月。"),
)


def _brief(rows: list[str]) -> str:
    lines = ["河口工作简报", "2026年4月2日", ""]
    for k, (title, text) in enumerate(ITEMS):
        lines += [title, "　　" + text]
        if k == 1:
            lines += rows
        lines.append("")
    return "\n".join(lines)


TAB_ROWS = [
    "项目\t行业\t投资（亿元）",
    "东山物流园\t物流\t5.2",
    "光伏组件厂\t制造\t4.1",
    "康养中心\t服务\t3.3",
]
PIPE_ROWS = [
    "|项目|行业|投资（亿元）|",
    "|东山物流园|物流|5.2|",
    "|光伏组件厂|制造|4.1|",
    "|康养中心|服务|3.3|",
]


def test_tab_separated_rows_stay_in_the_items_text():
    issue = parse_text(_brief(TAB_ROWS), "brief.txt")
    assert [a.title for a in issue.articles] == [title for title, _ in ITEMS]
    table_item = issue.articles[1]
    assert (table_item.kicker, table_item.subtitle) == (None, None)
    assert "东山物流园\t物流\t5.2" in table_item.text
    assert issue.articles[2].text.startswith("4月1日起")


def test_pipe_rows_stay_in_the_items_text():
    issue = parse_text(_brief(PIPE_ROWS), "brief.txt")
    assert [a.title for a in issue.articles] == [title for title, _ in ITEMS]
    assert "|康养中心|服务|3.3|" in issue.articles[1].text


def test_what_is_a_table_row():
    assert kind_of("项目\t行业\t投资（亿元）") is Kind.FIELD
    assert kind_of("|东山物流园|物流|5.2|") is Kind.FIELD
    assert kind_of("◆\t永春加强廉政文化园建设") is not Kind.FIELD  # a list's glyph and its title: two cells
    assert kind_of("|半开的表格") is not Kind.FIELD
    assert kind_of("说明\t本表数据为快报数。\t来源：县统计局") is not Kind.FIELD  # a cell that is a sentence
