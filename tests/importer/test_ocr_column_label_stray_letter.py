"""A bulletin's 栏目 head with a speck before its closing bracket that a scan's OCR read as a Latin letter
(``【工作动态j】``): still the column's label, named without the letter, over every item under it up to the
next label — not a kicker over the first item (session 40, ``leftovers26``; the brackets misread are
``test_ocr_column_label_brackets``).  Text written for the test (invented county, offices and people)."""

from reader.importer import parse_text
from reader.importer.text import is_column_label

_TEXT = (
    "政务信息\n"
    "第5期\n\n"
    "青川县人民政府办公室编 2025年5月12日\n\n"
    "【工作动态j】\n\n"
    "县政府召开防汛工作会议\n"
    "5月9日，县政府召开全县防汛工作会议，部署今年防汛备汛工作。 (县应急管理局 宋佳)\n\n"
    "县人社局开展送岗上门服务\n"
    "今年以来，县人社局深入十二个乡镇开展送岗上门服务，送岗位一千余个。 (县人社局 吴浩)\n\n"
    "【基层信息】\n\n"
    "石门镇建成三个村级电商服务站\n"
    "近日，石门镇三个村级电商服务站建成投入使用。 (石门镇 方雨晴)\n"
)


def test_the_label_names_the_items_under_it():
    issue = parse_text(_TEXT, "qczwxx_5_scan.txt")
    assert [(a.section, a.kicker, a.title) for a in issue.articles] == [
        ("工作动态", None, "县政府召开防汛工作会议"),
        ("工作动态", None, "县人社局开展送岗上门服务"),
        ("基层信息", None, "石门镇建成三个村级电商服务站"),
    ]


def test_what_reads_as_such_a_label():
    assert is_column_label("【工作动态j】")
    assert is_column_label("[工作动态I]")
    assert not is_column_label("【工作动态jk】")
    assert not is_column_label("【j工作动态】")
