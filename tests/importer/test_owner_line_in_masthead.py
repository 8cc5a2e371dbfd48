# ruff: noqa: E501
"""An e-paper's head copied with no blank lines: the paper's name, then the line naming who runs it and
the day (``某某县融媒体中心主办　2025年…　星期…``), then the first story's headline; the text as a PDF viewer copies it, every printed line broken.

What a user would notice if this broke: the first story titled by the owner's line and its own
headline run together (``…主办　2025年5月6日　星期二县城…``), the paper's name taken for a section.
"""

from __future__ import annotations

from reader.importer import parse_text

PAGE = """石门新闻
石门县融媒体中心主办　2025年5月6日　星期二
县城至新港镇公交线路开通
本报讯（记者　谭雅婷）
5月5日，县城至新港镇的公交线路正式开通
运营，沿线八个村的群众告别了出行只能搭乘
私家车的日子。该线路每天往返十二个班次，
票价为每人三元。
据了解，今年县里还将新开通三条城乡公交线
路，实现全县行政村公交全覆盖。
乡村学校少年宫建成开放
本报讯（通讯员　周晓冬）日前，新港镇中心
小学乡村学校少年宫建成开放，设有书法、美
术、舞蹈、科技等八个活动室，全镇一千二百
多名学生可在课后免费参加兴趣活动。
石门县融媒体中心版权所有
"""


def test_the_name_and_the_owner_line_are_the_masthead() -> None:
    issue = parse_text(PAGE, "shimen.txt")
    assert [a.title for a in issue.articles] == ["县城至新港镇公交线路开通", "乡村学校少年宫建成开放"]
    assert issue.publication == "石门新闻"
    assert issue.issue_date == "2025-05-06"
    assert all(a.section is None for a in issue.articles)
