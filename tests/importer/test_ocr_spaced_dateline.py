"""A bracketed dateline with a space a scan's text put inside the paper's name (``【桂林日 报讯】(记者…)``):
still the dateline, its people the byline (session 35, ``leftovers21``; fourteenth set's a04, OCR).  Text
written for the test (invented paper and people)."""

from reader.importer import parse_text
from reader.importer.linekinds import dateline_opening

BRIEF = (
    "                教育简报\n\n"
    "                  2025年第9期\n"
    "县教育局 办公室编                            2025年5月20日\n\n"
    "【工作动态】\n"
    "      河西区中小学开展文明校园创建活动\n"
    "  【河西日 报讯】(记者王立新通讯员李春)为了推进文明校园创建工作深入开展,近期,河西区教育局组织\n"
    "辖区各中小学校开展主题活动。\n"
)


def test_a_space_inside_a_bracketed_papers_name_keeps_the_dateline():
    assert dateline_opening("【河西日 报讯】(记者王立新)近期") == "【河西日 报讯】(记者王立新)"
    (article,) = parse_text(BRIEF, "jyjb_scan-ocr.txt").articles
    assert article.title == "河西区中小学开展文明校园创建活动"
    assert [p.name for p in article.byline] == ["王立新", "李春"]
