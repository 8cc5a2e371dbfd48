"""A scanned newspaper page read back by OCR: tesseract reads the wide gap between the fields of the
page's head as a quote mark (``第3版”社会新闻``, ``南坪日报”2026年5月8日”星期五``).  The head is still the
page's folio: set aside, its page the stories' section, its paper and day the issue's (session 36,
``twentythird``).  Text written for the test (invented paper, places and people)."""

from reader.importer import parse_text
from reader.importer.text import quote_gaps


def _page(gap: str) -> str:
    return (
        f"第3版{gap}社会新闻\n\n南坪日报{gap}2026年5月8日{gap}星期五\n本版编辑 : 何欣\n\n"
        "城西社区开办老年食堂\n\n"
        "本报讯 (记者 柯文静) 5月6日，城西社区老年食堂开业，为辖区六十岁以上\n"
        "老人提供午餐，每餐收费八元。\n\n"
        "北岭乡举办农民夜校\n\n"
        "本报讯 (记者 庞立业) 近日，北岭乡在各村开办农民夜校，邀请\n农技人员讲授果树管理技术。\n"
    )


def test_a_quote_mark_for_the_gap_in_a_page_head_keeps_it_the_folio():
    issue = parse_text(_page("”"), "nprb_b03_scan.txt")
    assert [(a.title, a.section) for a in issue.articles] == [
        ("城西社区开办老年食堂", "第3版"),
        ("北岭乡举办农民夜校", "第3版"),
    ]
    assert (issue.publication, issue.issue_date) == ("南坪日报", "2026-05-08")
    assert ("南坪日报”2026年5月8日”星期五", "page folio") in {(b.text, b.reason) for b in issue.boilerplate}


def test_the_same_page_with_its_gaps_reads_alike():
    spaced, quoted = parse_text(_page("　"), "a.txt"), parse_text(_page("”"), "b.txt")
    assert [(a.title, a.section) for a in spaced.articles] == [(a.title, a.section) for a in quoted.articles]


def test_quote_marks_a_writer_paired_are_kept():
    assert quote_gaps("南坪日报”2026年5月8日”星期五") == "南坪日报 2026年5月8日 星期五"
    assert quote_gaps("北岭乡“积分制”激活乡村治理") == "北岭乡“积分制”激活乡村治理"
    assert quote_gaps("第3版　要闻") == "第3版　要闻"
