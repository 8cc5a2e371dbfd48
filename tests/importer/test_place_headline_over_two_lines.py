"""A paper's headline of the form ``place：topic`` set over two lines in a narrow column —
``枫林镇 : 茶旅融合`` / ``带火乡村民宿`` (the OCR's spaced colon) — read as a kicker over a title, so the
story was titled by its second line alone.  A first heading line that names a place (…县, …镇, …街道)
and, after its colon, the topic, over a second line with no colon of its own, is one headline: a kicker
names a place with nothing after its colon (``建平乡：``), and a kicker holding a topic reads whole."""

from reader.importer import parse_text
from reader.importer.headers import place_then_topic

PAGE = """第3版　县域新闻

南岭日报　2026年5月12日　星期二

枫林镇 : 茶旅融合
带火乡村民宿

本报讯（记者 方晓岚）记者
从枫林镇获悉，今年该镇依托万
亩茶园发展茶旅融合，全镇民宿
增加到四十六家，一季度接待游
客两万余人次，同比增长七成。

为提升服务水平，镇里组织民
宿经营户外出学习，并统一制作
茶旅线路导览图，方便游客出行。

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


def test_a_place_and_topic_over_two_lines_is_one_headline():
    issue = parse_text(PAGE, "nanling_0512.txt")
    assert (issue.articles[0].kicker, issue.articles[0].title) == (None, "枫林镇 : 茶旅融合带火乡村民宿")


def test_a_kicker_over_a_title_stays_apart():
    issue = parse_text(PAGE, "nanling_0512.txt")
    assert (issue.articles[-1].kicker, issue.articles[-1].title) == ("民生保障", "县医保局开展上门服务")


def test_place_then_topic():
    assert place_then_topic("枫林镇 : 茶旅融合", "带火乡村民宿")
    assert place_then_topic("青溪县：林下经济", "鼓起群众钱袋子")
    assert not place_then_topic("建平乡：", "三千亩油菜花开")  # a place alone: the kicker's
    assert not place_then_topic("坚持生态优先 推动绿色发展", "青溪县林下经济产值突破十亿元")
    assert not place_then_topic("青溪县：林下经济", "专家：鼓起群众钱袋子")
