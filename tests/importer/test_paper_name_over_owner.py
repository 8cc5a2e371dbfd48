# ruff: noqa: E501
"""An e-paper's name over the line naming who runs it and the day (``某某县融媒体中心主办　2025年…``):
the paper is the name; the 主办 line names its owner, not the publication.

What a user would notice if this broke: every story of the paper filed under the media centre that
runs it, beside the stories of its other papers and programmes.
"""

from __future__ import annotations

from reader.importer import parse_text

PAGE = """首页 | 往期回顾

青禾新闻

青禾县融媒体中心主办　2025年10月9日　星期四

青禾县秋季农产品展销会开幕

本报讯（记者　孔令杰）10月8日，青禾县秋季农产品展销会在县体育中心开幕，全县十二个乡镇的两百多种农产品集中亮相，吸引了大批市民前来选购。

展销会为期五天，期间还将举办农产品直播带货、农技知识讲座等活动。

县图书馆开展“阅读进乡村”活动

本报讯（通讯员　叶思彤）近日，县图书馆组织工作人员将两千余册图书送到五个行政村的农家书屋，并为村民办理借阅证，现场开展亲子阅读活动。

活动还为每个农家书屋配备了电子阅读设备，村民可在线借阅图书馆的数字资源。

青禾县融媒体中心版权所有
"""


def test_the_paper_is_the_name_over_its_owner_line() -> None:
    issue = parse_text(PAGE, "qinghe_news.txt")
    assert issue.publication == "青禾新闻"
    assert [a.title for a in issue.articles] == ["青禾县秋季农产品展销会开幕", "县图书馆开展“阅读进乡村”活动"]


def test_without_a_name_over_it_the_owner_is_still_the_publisher() -> None:
    issue = parse_text(PAGE.replace("青禾新闻\n\n", ""), "qinghe_news.txt")
    assert issue.publication == "青禾县融媒体中心"
