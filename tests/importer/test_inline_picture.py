"""A picture a page held inline, its bytes in the link (``![Scan me!](data:image/png;base64,…)``, html2text's
copy of a share box's QR code, thousands of characters), is a picture left out — set aside, not the
first line of the story's text (fourth set's f20; session 36, ``leftovers22``).  Page written for the
test (an invented road and city)."""

from reader.importer import parse_text

QR = "![Scan me!](data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAHgAAAB4CAYAAAA5ZDb" * 60 + "=)"
PAGE = f"""6月1日至10日，河西高速河东至南桥段封闭施工！

2026-05-28 ·  河西城市报道

{QR}

下周一，河西高速施工就将进入第二阶段，也是对河东市民出行影响最大的一段。

施工期间，河东至南桥段双向封闭，过往车辆请绕行国道。
"""


def test_an_inline_picture_is_set_aside_and_the_text_starts_with_the_story():
    issue = parse_text(PAGE, "page_html2text.txt")
    (article,) = issue.articles
    assert article.title == "6月1日至10日，河西高速河东至南桥段封闭施工！"
    assert article.text.startswith("下周一，河西高速施工就将进入第二阶段")
    assert [b.reason for b in issue.boilerplate if b.text.startswith("![Scan me!]")] == ["picture left out"]
