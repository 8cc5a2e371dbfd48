"""A table inside an item, written out by a converter one cell a paragraph (docx2python, odt2txt): its
first header cell (``检查类别``) stands after the item's finished paragraph, over the other cells and
the figures — the table's first cell, not the title of an item whose body is the table.

What a user would notice if this broke: a new article titled by the table's corner cell, holding the
table, cut off from the item that explains it.
"""

from __future__ import annotations

from reader.importer import parse_text

ISSUE = """城建工作简报

第4期

县住房和城乡建设局办公室　　　　　　　　2025年7月2日

县住建局开展建筑工地安全大检查

6月下旬，县住建局组织三个检查组，对全县在建的房屋建筑和市政工程项目开展安全大检查，重点检查深基坑、高支模、起重机械等危险性较大的分部分项工程。

检查共发现安全隐患九十六处，已全部下发整改通知书，要求施工单位限期整改。

检查类别

检查项目（个）

发现隐患（处）

房屋建筑

18

61

市政工程

7

23

城镇燃气

5

12

注：检查项目含续建和新开工项目。

老旧小区改造项目全面开工

今年全县纳入改造计划的十四个老旧小区已全部开工，涉及居民两千三百余户，改造内容包括雨污分流、外墙保温和加装电梯等。
"""


def test_the_first_cell_stays_in_the_item_and_the_next_item_keeps_its_title() -> None:
    issue = parse_text(ISSUE, "chengjian.txt")
    assert [a.title for a in issue.articles] == ["县住建局开展建筑工地安全大检查", "老旧小区改造项目全面开工"]
    text = issue.articles[0].text
    assert "检查类别" in text and text.endswith("注：检查项目含续建和新开工项目。")


def test_a_statistics_item_titled_over_its_table_is_still_one() -> None:
    text = ISSUE.replace("检查类别\n", "上半年安全检查情况统计\n\n类别\n")
    issue = parse_text(text, "chengjian.txt")
    titles = ["县住建局开展建筑工地安全大检查", "上半年安全检查情况统计", "老旧小区改造项目全面开工"]
    assert [a.title for a in issue.articles] == titles
