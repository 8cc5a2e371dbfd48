"""A bulletin's day cut by a line's end: a copy hard-wrapped at a width (Word's "insert line breaks", a
56-column mail) cuts the masthead's line inside its date — ``松原县人民政府办公室　　２０２５年１０`` /
``月１７日`` — or a report's signature inside its day (``2025年10月17`` / ``日``).  Neither piece is a day,
so the issue lost its date and the cut-off ``月１７日`` read as a kicker.  A line ending in a day's first
part, over a line holding only the rest of it (a weekday may follow), is one line with it."""

from reader.importer import parse_text
from reader.importer.lines import Document, split_lines
from reader.importer.narrow import join_cut_dates

MASTHEAD = """松原政务简报
松原县人民政府办公室　　　　２０２５年１０
月１７日

①县政府召开秋季农业生产调度会
　　１０月１５日，县政府召开秋季农业生产调度会，听取各乡镇秋收秋种进展情况汇报，安排部署下一阶段
工作。会议要求，各乡镇要抢抓晴好天气，加快秋粮收获进度，确保颗粒归仓。

②县住建局开展燃气安全专项检查
　　近日，县住建局联合县市场监管局，对全县十二家燃气经营企业和四十余家餐饮单位开展燃气安全专项检
查，发现并督促整改隐患二十三处。
"""


def test_a_masthead_day_cut_by_the_line_end_is_the_issues_day():
    issue = parse_text(MASTHEAD, "songyuan_jianbao.txt")
    assert issue.issue_date == "2025-10-17"
    assert issue.articles[0].kicker is None
    assert issue.articles[0].title == "①县政府召开秋季农业生产调度会"  # as the uncut copy reads it


def test_the_pieces_of_a_day_are_one_line():
    document = Document(
        split_lines("报告人：县统计局　2025年10月17\n日\n\n二〇二五年\n十月\n下一段落从这里开始。\n")
    )
    join_cut_dates(document)
    assert [line.text for line in document.lines] == [
        "报告人：县统计局　2025年10月17日",
        "二〇二五年",
        "十月",
        "下一段落从这里开始。",
    ]


def test_a_day_whole_on_its_line_is_left():
    document = Document(split_lines("会议于2025年10月17日召开\n月底前完成整改\n"))
    join_cut_dates(document)
    assert [line.text for line in document.lines] == ["会议于2025年10月17日召开", "月底前完成整改"]
