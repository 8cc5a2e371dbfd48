"""A link alone on its line whose address is a script (``[x](javascript:;)``: html2text's copy of a share
box's close button) is the page's button, set aside — it stood at the top of the story's text (fourth
set's f20; session 36, ``leftovers22``).  Page written for the test (an invented road and city)."""

from reader.importer import parse_text

PAGE = """##  6月1日至10日，河西高速河东至南桥段封闭施工！

2026-05-28 ·  河西城市报道

分享到

  * [ __](javascript:; "分享到微信")
  * [ __](javascript:; "分享到QQ空间")
  * [ __](javascript:; "分享到新浪微博")

[x](javascript:;)

下周一，河西高速施工就将进入第二阶段，也是对河东市民出行影响最大的一段。

### 绕行提示

施工期间，河东至南桥段双向封闭，过往车辆请绕行[国道](https://example.com/road)。
"""


def test_a_script_link_alone_is_a_button_set_aside():
    issue = parse_text(PAGE, "page_html2text.txt")
    (article,) = issue.articles
    assert article.title == "6月1日至10日，河西高速河东至南桥段封闭施工！"
    assert "javascript" not in article.text and "[x]" not in article.text
    assert article.text.endswith("过往车辆请绕行国道。")
    assert ("[x](javascript:;)", "web page toolbar") in {(b.text, b.reason) for b in issue.boilerplate}
