"""A WeChat digest post is titled by its own heading, the line over its post line (``河西早知道｜6月5日``
over ``原创 河西发布 河西发布``), not by the account: with the account's closing lines under the items,
every post of the account was titled ``河西发布`` alike (twentyfirst's b01–b03; session 36,
``leftovers22``).  Post written for the test (an invented county and account)."""

from reader.importer import parse_text

POST = """河西早知道｜6月5日
原创 河西发布 河西发布
2026年06月05日 07:30 发表于河西

点击蓝字　关注我们

01
📌县政府召开第八次常务会议
6月4日，县政府召开第八次常务会议，研究城区老旧小区改造、夏季防汛等事项。
会议要求，各责任单位要明确完成时限，每月通报一次进展情况。

02
🚌河西至河东城际公交今起开通
6月5日起，河西至河东城际公交正式开通，线路全长38公里，沿途设站10个，高峰时段20分钟一班。
乘客可使用交通联合卡、手机扫码等方式乘车。

来源：河西县融媒体中心
编辑：王晓　审核：陈俊
河西发布
权威发布　服务民生
长按识别二维码关注
点个“在看”，把好消息分享给更多人

阅读原文
阅读 3261
分享 收藏 点赞 在看
"""


def test_a_digest_post_is_titled_by_its_heading_and_published_by_its_account():
    issue = parse_text(POST, "post_copy.txt")
    assert issue.title == "河西早知道｜6月5日"
    assert issue.publication == "河西发布"
    assert [a.title for a in issue.articles] == ["县政府召开第八次常务会议", "河西至河东城际公交今起开通"]


def test_a_sentence_over_the_post_line_titles_nothing():
    """The heading lost, a sentence over the post line: the account titles the digest as before."""
    issue = parse_text(POST.replace("河西早知道｜6月5日\n", "今天是河西县的好日子。\n"), "post_copy.txt")
    assert issue.title == "河西发布"
