"""A dateline run on in the story above (no title over it, the paragraph above unfinished) stays in that
story's text; when the story names no writer elsewhere, the dateline's people are its byline (session 35,
``leftovers21``; eighth set's 全市共产党员突破41万名).  Texts written for the test (invented district)."""

from reader.importer import parse_text
from tests.importer.test_leftovers20_shapes import PAGE_WITH_A_RUN_ON_DATELINE as PAGE


def test_the_run_on_datelines_reporter_writes_the_story_with_no_other_writer():
    issue = parse_text(PAGE, "p2.txt")
    first, second = issue.articles
    assert first.title == "全区新增绿地三百亩"
    assert [p.name for p in first.byline] == ["孙晓梅"]
    assert "本报讯 （记者 孙晓梅）" in first.text  # the dateline stays where it is printed
    assert first.dateline is None  # it opens no paragraph of the story's start
    assert [p.name for p in second.byline] == ["周海"]


def test_a_story_with_its_own_writer_keeps_it():
    signed = PAGE.replace("全区新增绿地三百亩\n\n", "全区新增绿地三百亩\n\n　　记者 王立\n\n", 1)
    first = parse_text(signed, "p2.txt").articles[0]
    assert [p.name for p in first.byline] == ["王立"]


def test_two_run_on_datelines_name_no_writer():
    """Two reports run into one story: which reporter wrote which part is not said."""
    twice = PAGE.replace(
        "　　新建公园将配建健身步道和儿童游乐设施。\n",
        "　　新建公园将配建健身步道和儿童游乐设施，园内照明全部采用太阳能路灯，并设置智能垃圾分类回收点，\n"
        "　　本报讯 （记者 李平） 区园林局还将改造老旧公园三个。\n",
        1,
    )
    first = parse_text(twice, "p2.txt").articles[0]
    assert first.title == "全区新增绿地三百亩"
    assert first.byline == []
