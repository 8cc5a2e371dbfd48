"""Web pages copied as text with every blank line dropped: what a blank line closed is read from the
lines themselves — an indented paragraph opens anew under an advert's two lines, an item's 来源：/供稿：
line ends it.

The texts are written for these tests (a made-up city paper's page, a made-up street office's bulletin);
the expected values are read off them.
"""

from __future__ import annotations

from reader.importer import parse_text

ADVERT_OVER_TWO_LINES = """\
黄河路街道启用社区食堂
2025-04-10 09:30 来源：城市晚报
分享到 微信 微博
“城市生活节”年度评选火热进行中，快来为你心目中的最美街巷
投上一票！【点击投票】看看谁是人气王
　　城市晚报讯（记者 王晓东）昨日，黄河路街道第一家社区食堂正式启用，六十岁以上老人就餐可享八折优惠。
　　食堂由街道提供场地，委托专业餐饮企业运营，每天供应早中晚三餐。
责任编辑：张敏
"""


def test_an_adverts_first_line_goes_with_its_link_when_no_blank_line_closes_the_pair() -> None:
    """``…最美街巷`` / ``投上一票！【点击投票】…``: the advert's two lines over an indented paragraph (a new
    paragraph, not the advert's) are set aside together; the page's one article keeps its text."""
    issue = parse_text(ADVERT_OVER_TWO_LINES, "hhljd.txt")
    (article,) = issue.articles
    assert article.title == "黄河路街道启用社区食堂"
    assert article.blocks[0].text.startswith("城市晚报讯（记者 王晓东）")
    aside = {line.text: line.reason for line in issue.boilerplate}
    assert aside["“城市生活节”年度评选火热进行中，快来为你心目中的最美街巷"] == "advertisement"


SOURCE_CLOSED_ITEMS = """\
首页 > 政务公开 > 工作动态
街道工作动态（2025年第3期）
发布时间：2025年4月2日　　来源：街道党政办
【社区动态】
按语：近期各社区围绕春季防火和环境整治开展了大量工作，现将部分做法刊发如下。
东门社区开展春季防火宣传
3月28日，东门社区组织网格员走进居民楼，发放防火宣传资料三百余份，提醒居民规范使用电动车充电设施。
来源：东门社区
西湖社区清理楼道堆积杂物
本周以来，西湖社区联合物业对辖区老旧小区楼道进行集中清理，共清运杂物二十余车。
供稿：西湖社区
【志愿服务】
青年志愿者走进敬老院
3月30日，街道团工委组织二十名青年志愿者走进敬老院，为老人理发、打扫房间并表演节目。
来源：街道团工委
"""


def test_items_closed_by_their_source_lines_need_no_blank_line() -> None:
    """A web bulletin with every line a paragraph and no blank line: each item ends on its 来源：/供稿：
    line, so the heading under it (or under the next 【栏目】) is the next item's title; the first
    section opens with an 按语 over its first item."""
    issue = parse_text(SOURCE_CLOSED_ITEMS, "jdgzdt3.txt")
    assert [(a.section, a.title) for a in issue.articles] == [
        ("社区动态", "东门社区开展春季防火宣传"),
        ("社区动态", "西湖社区清理楼道堆积杂物"),
        ("志愿服务", "青年志愿者走进敬老院"),
    ]
