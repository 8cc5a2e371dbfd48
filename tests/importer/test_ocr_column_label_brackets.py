"""A bulletin's 栏目 head in brackets (``【乡镇传真】``, ``〔乡镇传真〕``) read by OCR with a
bracket of the other kind (``【乡镇传真]``, ``[乡镇传真】``): still the name of the items under it, not
the start of the next title (session 39, ``ocrbulletins``).  Text written for the test (invented
county, offices and people)."""

import pytest

from reader.importer import parse_text
from reader.importer.text import is_column_label

_TEXT = (
    "工作简报\n\n"
    "第9期\n"
    "山溪县人民政府办公室编 2025年11月6日\n\n"
    "[部门动态]\n\n"
    "县财政局开展惠民资金专项检查\n"
    "11月以来，县财政局对全县惠民惠农补贴资金发放情况开展专项检查，抽查农户三百余户。\n"
    "(县财政局 赵明)\n\n"
    "{label}\n\n"
    "石桥镇建成农村养老服务站\n"
    "近日，石桥镇建成三个村级养老服务站，为老年人提供助餐、助浴和日间照料服务。\n"
    "(石桥镇 孙丽)\n"
)


@pytest.mark.parametrize("label", ["【乡镇传真]", "[乡镇传真】", "〔乡镇传真〕"])
def test_a_column_head_with_brackets_of_two_kinds_names_the_items_under_it(label):
    issue = parse_text(_TEXT.format(label=label), "sxgzjb_9_scan.txt")
    assert [(a.section, a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("部门动态", "县财政局开展惠民资金专项检查", ["赵明"]),
        ("乡镇传真", "石桥镇建成农村养老服务站", ["孙丽"]),
    ]


def test_what_reads_as_a_column_head():
    assert is_column_label("【乡镇传真]")
    assert is_column_label("［乡镇传真】")
    assert is_column_label("〔常委会动态〕")
    assert not is_column_label("【乡镇传真")
    assert not is_column_label("石桥镇建成农村养老服务站")
