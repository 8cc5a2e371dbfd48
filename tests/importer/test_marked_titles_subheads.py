"""A digest whose every item title carries one mark (``◆``) over a ``（来源：…）`` line, its stories broken
by sub-headings of their own (``网格员每周巡查消防通道``, restated by the paragraph under it), copied with no
indent and no blank line anywhere (a copy that strips the paragraphs' indent).  Indented, a sub-heading
stood with the paragraphs; flush left after a finished paragraph it looks like the next item's title.
The issue marks its items: a heading without the mark, inside a marked item, is that item's sub-heading
— as a heading without the count is where the issue numbers its items."""

from reader.importer import parse_text

DIGEST = """社区工作简报
2025年第6期
2025年6月10日

◆青禾街道织密城市安全网
（来源：青禾晚报　2025年6月3日）
近日，青禾街道在全街道十二个社区推开“楼栋吹哨、网格报到”机制，把安全检查延伸到每一栋楼。
网格员每周巡查消防通道
街道网格员每周巡查一次辖区消防通道和电动车充电点，全街道划为六十八个网格，每个网格配备一名专职网格员。
今年以来，网格员共发现并督促整改隐患三百四十余处，其中堵塞消防通道一百二十处。
居民志愿者夜间开展安全巡逻
街道还招募居民志愿者一百五十余人组成安全守护队，在夜间和节假日开展安全巡逻。
◆南塘社区开办老年人智能手机课堂
（来源：南塘社区　2025年6月5日）
南塘社区联合辖区中学，每周六上午在社区活动中心开办智能手机课堂，教老年人使用健康码、线上挂号和视频通话。
课堂已开办十期，参加学习的老年人累计三百余人次。
◆柳岸社区建成儿童友好活动角
（来源：柳岸社区　2025年6月8日）
柳岸社区利用闲置的架空层建成儿童友好活动角，设置绘本阅读区、手工区和游戏区，每天下午四点至七点开放。
社区安排志愿者轮流值守，确保孩子们活动安全。
"""


def test_an_unmarked_heading_inside_a_marked_item_is_its_sub_heading():
    issue = parse_text(DIGEST, "shequ_6.txt")
    assert [article.title for article in issue.articles] == [
        "青禾街道织密城市安全网",
        "南塘社区开办老年人智能手机课堂",
        "柳岸社区建成儿童友好活动角",
    ]
    first = issue.articles[0]
    assert "网格员每周巡查消防通道" in first.text and "居民志愿者夜间开展安全巡逻" in first.text
    assert "街道还招募居民志愿者一百五十余人" in first.text
