"""A news site's round-up headline joining two items with a semicolon, right over the page's line of
labels (``…来源：…作者：…``): the headline, not running text (session 35, ``leftovers21``; fourth set's
f15).  Page written for the test (invented companies and writer)."""

from reader.importer import parse_text

BODY = (
    "本网讯，河西科技：以九千万元竞得本区工业用地，将建设新材料产业基地。河东股份：确定为两个风电场项目的"
    "设备供应商，中标价七亿元。\n"
)
PAGE = (
    "您所在的位置： 首页 > 快讯 > 公司\n"
    "午间公告：河西科技竞得工业用地；河东股份中标7亿元项目\n"
    "2025-09-26 12:11来源：河西财经网作者：王明远\n" + BODY
)


def test_a_semicolon_headline_over_the_label_line_is_the_title():
    (article,) = parse_text(PAGE, "assembled_copy.txt").articles
    assert article.title == "午间公告：河西科技竞得工业用地；河东股份中标7亿元项目"
    assert [p.name for p in article.byline] == ["王明远"]
    assert article.text.startswith("本网讯，河西科技")


def test_a_sentence_with_a_semicolon_over_labels_stays_text():
    """A full stop in it: a paragraph of running text, whatever stands under it."""
    sentence = PAGE.replace(
        "午间公告：河西科技竞得工业用地；河东股份中标7亿元项目\n",
        "河西科技竞得工业用地；河东股份中标7亿元项目。\n",
    )
    (article,) = parse_text(sentence, "assembled_copy.txt").articles
    assert article.text.startswith("河西科技竞得工业用地；河东股份中标7亿元项目。")  # kept as its text
