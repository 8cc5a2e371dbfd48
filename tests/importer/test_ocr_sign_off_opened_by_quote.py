"""A sign-off whose opening bracket a scan's OCR read as an opening quote mark (``…以上。 “县农业局 宋佳)``):
a quotation never closes with a round bracket, so the quote mark is the bracket misread — the item ends
there and its writer is named (session 40, ``leftovers26``; the bracket lost is
``test_ocr_sign_off_bracket_lost``).  Text written for the test (invented county, offices and people)."""

from reader.importer import parse_text
from reader.importer.ends import signed_off

_TEXT = (
    "工作简报\n"
    "第6期\n"
    "青川县农业农村局 2025年6月3日\n"
    "县农业局试点稻渔综合种养\n"
    "县农业局在东坪、石门两个镇试点稻渔综合种养，今年推广面积三千亩，预计亩均增\n"
    "收一千元以上。 “县农业局 宋佳)\n"
    "石门镇完成高标准农田建设\n"
    "石门镇今年完成高标准农田建设两千亩，新修机耕道八公里。 (石门镇 吴浩)\n"
)


def test_the_quote_mark_opens_the_sign_off():
    issue = parse_text(_TEXT, "qcgzjb_6_scan.txt")
    assert [(a.title, [p.name for p in a.byline]) for a in issue.articles] == [
        ("县农业局试点稻渔综合种养", ["宋佳"]),
        ("石门镇完成高标准农田建设", ["吴浩"]),
    ]


def test_what_reads_as_signed_off():
    assert signed_off("收一千元以上。 “县农业局 宋佳)")
    assert not signed_off("他说：“这是好事。”")  # a quotation closes with its own mark
    assert not signed_off("收一千元以上。 “县农业局 宋佳”")
