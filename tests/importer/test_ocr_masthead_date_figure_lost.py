"""A scanned page's head in two lines — the page (``第3版　城乡新闻``) over the paper's name and day
(``南溪日报　2025年10月14日　星期二``) — where the OCR lost a figure of the day (``2025年月14日``,
``2025年10月日``).  The two lines are still the page's folio: set aside, the paper the issue's, the day,
unread, not guessed (session 38, ``leftovers23``).  Text written for the test (invented paper and people)."""

import pytest

from reader.importer import parse_text
from reader.importer.ends import dated_masthead

_PAGE = (
    "第3版”城乡新闻\n\n"
    "南溪日报”{day}”星期二\n"
    "本版编辑 : 许文澜 ” 美编 : 丁可\n\n"
    "石门乡建成光伏发电站\n\n"
    "本报讯 (记者 孟长青) 近日，石门乡光伏发电站并网发电，\n"
    "年发电量可达120万千瓦时。\n\n"
    "北坝镇开展秋季防疫工作\n\n"
    "本报讯 (通讯员 曾小河) 10月12日，北坝镇启动秋季动物防疫，\n"
    "为全镇畜禽接种疫苗。\n"
)


@pytest.mark.parametrize(
    ("day", "date"), [("2025年10月14日", "2025-10-14"), ("2025年月14日", None), ("2025年10月日", None)]
)
def test_a_masthead_with_a_figure_lost_is_still_the_folio(day, date):
    issue = parse_text(_PAGE.format(day=day), "nxrb_b03_scan.txt")
    assert [(a.title, a.section) for a in issue.articles] == [
        ("石门乡建成光伏发电站", "第3版"),
        ("北坝镇开展秋季防疫工作", "第3版"),
    ]
    assert (issue.publication, issue.issue_date) == ("南溪日报", date)


def test_what_a_dated_masthead_is():
    assert dated_masthead("南溪日报 2025年月14日 星期二")
    assert not dated_masthead("南溪日报 年月日 星期二")  # no figure of the day left: no day
    assert not dated_masthead("南溪日报 2025年月14日")  # no weekday
