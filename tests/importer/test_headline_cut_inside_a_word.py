"""A paper's headline set in a narrow column over two lines, the column cutting it inside a word:
``城关镇老旧管网改造惠`` / ``及两万余名居民``.  Two heading lines over a story read as a kicker over its
title, so the story was titled by the second line's tail (``及两万余名居民``).  A line no headline can
open — one starting with 及 (not 及时 / 及早), 的, 了 or 着 — goes on from the line above: one headline."""

from reader.importer import parse_text
from reader.importer.headers import continues_headline

PAGE = """第3版　县域新闻

南岭日报　2026年5月12日　星期二

城关镇老旧管网改造惠
及两万余名居民

本报讯（记者 方晓岚）记者
从城关镇获悉，今年该镇投入资
金三千二百万元，改造老旧供水
管网四十六公里，惠及两万余名
居民，目前已完成工程量七成。

为减少停水对居民的影响，施
工单位分段作业、夜间接驳，每
段停水时间不超过六小时。

柳溪村首届桃花文化节开
幕

本报讯（通讯员 吴立平）4月
12日，柳溪村首届桃花文化节在
村文化广场开幕。活动持续至4月
底，期间将举办农产品展销和乡
村摄影比赛等活动，

预计接待游客三万人次。
乡镇短讯

民生保障
县医保局开展上门服务

本报讯（通讯员 许青）近日，
县医保局组织工作人员走进十二
个村，为行动不便的老人上门办
理医保参保和待遇认证业务。
"""


def test_a_headline_cut_inside_a_word_is_one_title():
    issue = parse_text(PAGE, "nanling_0512.txt")
    titles = [(article.kicker, article.title) for article in issue.articles]
    assert titles[0] == (None, "城关镇老旧管网改造惠及两万余名居民")


def test_a_kicker_over_a_title_stays_apart():
    issue = parse_text(PAGE, "nanling_0512.txt")
    assert (issue.articles[-1].kicker, issue.articles[-1].title) == ("民生保障", "县医保局开展上门服务")


def test_lines_no_headline_opens():
    assert continues_headline("及两万余名居民")
    assert continues_headline("的幸福生活")
    assert not continues_headline("及时处置群众诉求")
    assert not continues_headline("县医保局开展上门服务")
