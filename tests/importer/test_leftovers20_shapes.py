"""Held-out leftovers, session 34 (branch ``leftovers20``): shapes a held-out set showed the importer
missing, each named here with a short text written for it (invented places, people and items), not a copy
of the set's file."""

from reader.importer.lynx import drop_link_numbers

REFERENCES = (
    "References\n\n"
    "   1. http://www.hexi.example.gov.cn/\n"
    "   2. http://www.hexi.example.gov.cn/xwzx/\n"
    "   3. http://www.hexi.example.gov.cn/xwzx/bmdt/\n"
    "   4. http://www.hexi.example.gov.cn/xwzx/bmdt/t1.html\n"
    "   5. http://www.hexi.example.gov.cn/xwzx/bmdt/t2.html\n"
    "   6. http://www.hexi.example.gov.cn/xwzx/bmdt/t3.html\n"
)


def test_lynx_link_numbers_go_when_the_references_list_numbers_them():
    text, note = drop_link_numbers("   [1]首页 [2]新闻中心\n\n   [3]【区长调研】正文。\n\n" + REFERENCES)
    assert text.startswith("   首页 新闻中心\n\n   【区长调研】正文。\n\nReferences\n\n   1. http://")
    assert note is not None and "3 link numbers" in note


def test_a_footnote_mark_without_a_references_list_is_kept():
    text = "据统计[1]，全区完成造林两千亩。\n\n[1] 数据来源：区林业局。\n"
    assert drop_link_numbers(text) == (text, None)
    mentioned = "References\n\n见文末[1]。\n"  # a heading that is no list of numbered addresses
    assert drop_link_numbers(mentioned) == (mentioned, None)
