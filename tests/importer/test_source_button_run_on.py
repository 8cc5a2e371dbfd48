"""A web page's ``来源:`` name with the page's button run onto it by a text browser (``新京报举报``, w3m
of a portal's news page): the publication is the name without the button (session 35, ``leftovers21``;
seventh set's n01).  Page written for the test (invented paper and story)."""

from reader.importer import parse_text
from reader.importer.metadata import _clean_name

PAGE = (
    "网站首页 > 新闻中心 > 社会新闻 > 正文\n\n"
    "河西区开展夏季防溺水安全宣传\n\n"
    "2025-06-12 16:28:35　来源: 河西日报举报\n"
    " 330\n"
    "分享到：\n\n"
    "　　6月11日，河西区教育局联合区应急管理局在全区中小学开展防溺水安全宣传，向学生发放宣传册两千余份。\n\n"
    "　　区教育局要求各校利用班会开展专题教育，提醒家长落实监护责任。\n"
)


def test_the_button_run_onto_the_source_is_no_part_of_the_publication():
    assert parse_text(PAGE, "news_w3m.txt").publication == "河西日报"


def test_only_a_button_word_after_a_publishers_name_goes():
    assert _clean_name("河西日报举报") == "河西日报"
    assert _clean_name("河西新闻网评论") == "河西新闻网"
    assert _clean_name("河西日报社") == "河西日报社"  # 社 ends a publisher's name; no button
    assert _clean_name("区应急管理局") == "区应急管理局"
    assert _clean_name("张举报") == "张举报"  # no publisher's name before it
