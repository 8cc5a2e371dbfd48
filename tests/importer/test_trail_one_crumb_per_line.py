"""A web page's trail copied one crumb a line (``首页`` / ``>`` / ``政务信息`` / ``>`` / ``青川要闻``).

A browser copy of a government site's article page puts each step of its ``当前位置`` trail and each
``>`` between them on a line of its own.  A step may be a channel named like a bulletin (``政务信息``,
``工作动态``); standing between ``>`` marks it is the site's menu, never the masthead of the file — the
publication is the page's ``来源：`` (its value on the next line).  Written for the test: a fictional
county's page.
"""

from __future__ import annotations

from reader.importer import parse_text

_PAGE = """当前位置：
首页
>
政务信息
>
青川要闻
2026年青川县政府工作报告
发表时间：
2026-03-06 09:30:00
来源：
青川日报
阅读量：
【字体：
小
中
大
】
政府工作报告
——2026年3月2日在青川县第十八届人民代表大会第五次会议上
县长 李明远
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员提出意见。
一、2025年工作回顾
过去一年，全县地区生产总值增长5.6%，一般公共预算收入增长4.2%，粮食总产量达到18.6万吨，城乡居民人均可支配收入分别增长4.8%、6.3%，较好完成了县十八届人大四次会议确定的目标任务。
二、2026年重点工作
今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业3200人以上，居民收入增长与经济增长同步。
扫一扫在手机打开当前页
【
打印本页
】
【
关闭窗口
】
"""


def test_a_crumb_between_trail_marks_is_not_the_masthead() -> None:
    issue = parse_text(_PAGE, "qingchuan_page.txt")
    [article] = issue.articles
    assert article.title == "2026年青川县政府工作报告"
    assert issue.publication == "青川日报"
    assert issue.title != "政务信息"


def test_a_bulletin_name_alone_at_the_top_is_still_the_masthead() -> None:
    """Without trail marks round it, a bulletin's name over its items stays its masthead."""
    text = (
        "政务信息\n"
        "2026年第3期\n"
        "青川县人民政府办公室编　　2026年3月6日\n"
        "青川县召开春耕生产推进会\n"
        "3月5日，青川县召开春耕生产推进会，部署全县春播备耕工作。\n"
        "县农业农村局负责人参加会议。\n"
        "县政府督查室开展重点工作督查\n"
        "3月4日至5日，县政府督查室对重点项目推进情况开展督查。\n"
        "督查组共走访项目12个。\n"
    )
    issue = parse_text(text, "qingchuan_zwxx.txt")
    assert issue.publication == "政务信息"


_SHORT_HEADLINE_PAGE = """当前位置：
首页
>
政务信息
>
青川要闻
青川县召开春耕生产推进会
发表时间：
2026-03-05 10:20:00
来源：
青川日报
阅读量：
【字体：
小
中
大
】
3月5日上午，青川县召开全县春耕生产推进会，总结去年农业农村工作，安排部署今年春播备耕、农资保供和高标准农田建设等重点任务。
会议指出，去年全县粮食生产喜获丰收，总产量达到18.6万吨，农民人均可支配收入增长6.2%，农业农村各项工作取得新进展。
会议要求，各乡镇、各部门要抓紧抓实春耕生产各项工作，确保种子、化肥、农药等农资供应充足、价格稳定。
县农业农村局、县供销社、县气象局等部门主要负责人，各乡镇分管负责同志参加会议。
扫一扫在手机打开当前页
【
打印本页
】
"""


def test_a_short_headline_right_under_the_last_crumb_is_not_a_crumb() -> None:
    """The line under the trail's last crumb is the headline, however short: a crumb stands next to a ``>``
    (or repeats the crumb above it), not two lines under one."""
    issue = parse_text(_SHORT_HEADLINE_PAGE, "qingchuan_short.txt")
    [article] = issue.articles
    assert article.title == "青川县召开春耕生产推进会"
    assert article.text.startswith("3月5日上午，青川县召开全县春耕生产推进会")
    assert issue.publication == "青川日报"
    assert issue.issue_date == "2026-03-05"
    assert "青川要闻" not in article.text
