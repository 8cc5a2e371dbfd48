"""A newspaper page as a PDF engine reads it column after column, every printed line its own paragraph
(``mutool draw -F txt``): the last story of a column ends with a finished sentence and a column's label
(``农事短讯``) follows, over the column's first item (``◆…``, its title wrapped by the width).  A column's
name stands in no story: it closes the story above, and the item under it is an article of its own.
The labels ending in 短讯 / 短波 are column names like those ending in 简讯."""

from reader.importer import parse_text
from reader.importer.text import is_column_label

PAGE = """第2版　乡村振兴

安远晚报　2025年9月12日　星期五

河口镇柑橘喜获丰收

本报讯（记者　戴明远）9月10日，河

口镇万亩柑橘基地迎来采摘季，果农

们忙着采摘、分拣、装箱。

镇农业站负责人介绍，今年全镇柑

橘总产量预计达到三万吨。

农事短讯

◆东坡乡建成高标准农田两

千亩

今年以来，东坡乡新建高标准

农田两千亩，配套建设灌溉渠道八

公里。（尹春）

◆县农机站开展秋收机具检修

9月以来，县农机站组织技术人

员下乡检修秋收机具三百余台。（

邵玲）
"""


def test_the_labels():
    assert is_column_label("农事短讯")
    assert is_column_label("经济短波")


def test_a_column_label_after_a_finished_story_opens_an_item():
    issue = parse_text(PAGE, "page.txt")
    titles = [a.title for a in issue.articles]
    assert titles == ["河口镇柑橘喜获丰收", "东坡乡建成高标准农田两千亩", "县农机站开展秋收机具检修"]
    assert issue.articles[0].text.endswith("预计达到三万吨。")
    assert issue.articles[1].text.startswith("今年以来，东坡乡")
    assert [b.name for b in issue.articles[1].byline] == ["尹春"]
