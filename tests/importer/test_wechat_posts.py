"""A single WeChat post copied out of the app or the browser: its title, the account's line with the
day and time (``原创 青山发布 2025年11月03日 18:30 浙江``), a prompt to follow the account, the text, the
credits, and a list of earlier posts under 往期推荐.  The text is written for these tests; the expected
values are read off it."""

from __future__ import annotations

import pytest

from reader.importer import parse_text

PARAGRAPHS = [
    "11月2日，青山镇首届农民丰收节在青山村文化广场开幕，吸引周边群众3000余人参加。",
    "“今年我家的猕猴桃卖了8万多元，比去年多了两万！”种植户老李高兴地说。",
    "据了解，丰收节期间共签订农产品订单23份，金额达560万元。",
]
CREDITS = ["来源：青山镇融媒体中心", "编辑：小青", "审核：王华"]
EARLIER = ["▶ 青山镇召开三季度经济运行分析会", "▶ 我镇开展秋冬季森林防火宣传"]


def _post(meta: str) -> str:
    lines = ["青山镇举办首届农民丰收节", meta, "", "点击上方蓝字 关注我们", ""]
    lines += [line for paragraph in PARAGRAPHS for line in (paragraph, "")]
    lines += [*CREDITS, "", "往期推荐", *EARLIER, "", "分享 收藏 点赞 在看"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "meta",
    ["原创 青山发布 青山发布 2025年11月03日 18:30 浙江", "青山发布 2025-11-03 18:30 发表于浙江"],
    ids=["app", "browser"],
)
def test_a_wechat_post_is_one_article_dated_by_its_account_line(meta: str) -> None:
    issue = parse_text(_post(meta), "qingshan.txt")
    assert issue.issue_date == "2025-11-03"
    [article] = issue.articles
    assert article.title == "青山镇举办首届农民丰收节"
    assert [block.text for block in article.blocks] == [*PARAGRAPHS, *CREDITS]  # one credit a line
    aside = [entry.text for entry in issue.boilerplate]
    assert "点击上方蓝字 关注我们" in aside and "往期推荐" in aside
    assert all(line in aside for line in EARLIER)
