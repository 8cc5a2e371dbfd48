"""A scraped digest's item that is only a missing value's placeholder: ``### undefined`` over ``undefined``.

A script that saved a broadcast's items one ``###`` a piece printed ``undefined`` — JavaScript's word for a
value it never got — as the heading and the text of an item it failed to fetch, with the item's link under
it.  That is no article: it is set aside, and the items around it are read as they are.  An item whose
heading is real but whose text is missing (heading, then only its link) stays an article.  Written for the
test: a fictional county's digest.
"""

from __future__ import annotations

from reader.importer import parse_text

_DIGEST = """# 岚溪新闻 (20260701)

## 详细新闻

### 岚溪县召开防汛工作会议

<p><strong>本台消息</strong>（岚溪新闻）：县政府1日召开防汛工作会议。</p>

[查看原文](https://example.org/lanxi/1.html)

### undefined

undefined

[查看原文](https://example.org/lanxi/2.html)

### 岚溪至云崖城际公路全线通车

[查看原文](https://example.org/lanxi/3.html)

### 县医院新院区启用

<p><strong>本台消息</strong>（岚溪新闻）：县医院新院区1日正式启用。</p>

[查看原文](https://example.org/lanxi/4.html)
"""


def test_a_placeholder_item_is_no_article() -> None:
    issue = parse_text(_DIGEST, "lanxi_digest.md")
    assert [a.title for a in issue.articles] == [
        "岚溪县召开防汛工作会议",
        "岚溪至云崖城际公路全线通车",
        "县医院新院区启用",
    ]
    assert "undefined" not in "".join(a.text for a in issue.articles)
    assert [item.text for item in issue.boilerplate if item.reason == "placeholder item"][:2] == [
        "undefined",
        "undefined",
    ]
