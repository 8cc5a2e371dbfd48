# ruff: noqa: E501
"""A paper's page copied out of a PDF viewer, where the page's editors' line (``本版责任编辑：某某　校对：某某``)
comes out between two stories, where the page's content stream drew it.

What a user would notice if this broke: the editors' line imported as the title of the story under it.
"""

from __future__ import annotations

from reader.importer import parse_text

PAGE = """柳江日报
2025年5月21日　星期三
县城新增两处口袋公园
本报讯（记者　蒙晓光）近日，县城新建的两处口袋公园建成开放，
公园内设置了健身步道、儿童游乐区和休闲座椅，方便周边居民就近
休闲健身。
本版责任编辑：卢思远　校对：黄婉清
荔枝林里的“共享课堂”
在清平乡大岭村的荔枝林里，乡农技站的技术员正给果农讲解疏花疏果
技术，这样的“共享课堂”今年已经在全乡开了十二期。
（图/文　潘志明）
"""


def test_the_editors_line_is_set_aside_and_titles_nothing() -> None:
    issue = parse_text(PAGE, "liujiang.txt")
    assert "本版责任编辑：卢思远　校对：黄婉清" in [line.text for line in issue.boilerplate]
    assert all("责任编辑" not in a.title and "责任编辑" not in a.text for a in issue.articles)


def test_in_traditional_script_too() -> None:
    text = PAGE.replace("本版责任编辑", "本版責任編輯")
    issue = parse_text(text, "liujiang.txt")
    assert "本版責任編輯：卢思远　校对：黄婉清" in [line.text for line in issue.boilerplate]
