"""A web page copied as text with every blank line dropped: what a blank line closed (an advert's two lines)
is read from what follows (an indented paragraph opens anew).

The text is written for this test (a made-up city paper's page); the expected values are read off it.
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
