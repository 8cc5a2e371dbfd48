"""A share box's label alone on its line (``分享到``, its buttons icons a text copy drops) is the page's,
set aside anywhere — it was glued to the story's first paragraph (``分享到下周一，…``; fourth set's f20;
session 36, ``leftovers22``).  Page written for the test (an invented road and city)."""

from reader.importer import parse_text

PAGE = """6月1日至10日，河西高速河东至南桥段封闭施工！

2026-05-28 河西城市报道

分享到

下周一，河西高速施工就将进入第二阶段，也是对河东市民出行影响最大的一段。

施工期间，河东至南桥段双向封闭，过往车辆请绕行国道。
"""


def test_a_share_label_alone_is_set_aside():
    issue = parse_text(PAGE, "page_copy.txt")
    (article,) = issue.articles
    assert article.text.startswith("下周一，河西高速施工就将进入第二阶段")
    assert ("分享到", "web page toolbar") in {(b.text, b.reason) for b in issue.boilerplate}
