"""Shapes the eleventh held-out set brought (tests/data/corpus/eleventh/SOURCES.md): each test is written
from the text of real items there (咸宁 / 房县 news, 纪检 items, a 钟祥 digest, a Word-made policy text),
with the furniture the set invented around them (paper and bulletin names, 导读, 编者按, menus)."""

from pathlib import Path

from reader.importer import parse_bytes, parse_text

ZX_ITEMS = [  # the 钟祥 digest's items 1-4 as the store has them (title, 记者 line, paragraph)
    (
        "芳龙蔬菜种植合作社 培育新苗 播种希望",
        "常艳春",
        "位于洋梓镇高台村的芳龙蔬菜种植专业合作社成立于2016年,主要开展蔬菜育苗业务,经过几年的发展壮大,"
        "如今合作社已具备年育苗1000万株的能力,品种包括西瓜、白菜、辣椒等10多种蔬菜苗,除了满足市场需求"
        "以外,合作社还自己发展蔬菜种植,面积达到400多亩。",
    ),
    (
        "钟祥市制定创建国家园林城市绿化建设方案",
        "常艳春",
        "钟祥市创建国家园林城市绿化建设方案日前制定完成。按照创园绿化建设方案,钟祥市将对城区20多个地段按照"
        "不同风格、不同特色的要求,种植不同的乡土绿化苗木,力争形成一街一景色、一路段一特色的绿化景观效果。",
    ),
    (
        "王小庆踏勘482省道丰乐至北新集段改扩建工程现场",
        "徐潇",
        "副市长王小庆对482省道丰乐至北新集段改扩建工程进行了现场踏勘。据了解,482省道丰乐至北新集改扩建"
        "工程,是湖北省“十三五”交通发展规划重点建设工程。",
    ),
    (
        "《大美湖北》摄制组走进钟祥",
        "王超华",
        "《大美湖北》大型电视文旅节目摄制组近日邀请斯洛伐克驻华大使走进钟祥,探访体验我市自然风光、历史文化、"
        "风土人情,向全世界推介钟祥。",
    ),
]


def test_a_digests_items_numbered_1_bracket_with_reporter_lines_are_its_articles() -> None:
    """Word writes a numbered list as 「1）」; each item has a 「记者:name」 line under its title; the
    issue's number stands in brackets under the name.  On main the 记者 lines were the titles."""
    lines = [
        "信息专报",
        "（第12期）",
        "市委办公室信息科\u3000\u3000\u3000\u3000\u3000\u30002019年3月25日",
        "",
    ]
    for k, (title, name, paragraph) in enumerate(ZX_ITEMS, 1):
        lines += [f"{k}）{title}", f"记者:{name}", "\u3000\u3000" + paragraph, ""]
    issue = parse_text("\n".join(lines), "xxzb_12_word.txt")
    assert [a.title for a in issue.articles] == [title for title, _, _ in ZX_ITEMS]
    assert [[p.name for p in a.byline] for a in issue.articles] == [[name] for _, name, _ in ZX_ITEMS]
    assert issue.issue_date == "2019-03-25"
    assert issue.articles[0].blocks[0].text.startswith("位于洋梓镇高台村")


JJ_TITLES = [
    "永春:加强廉政文化园建设",
    "秀屿:发挥特约监察员联系服务群众作用",
    "巴中通江“廉政课堂”村村响实现全覆盖",
]
JJ_TEXTS = [
    "永春县纪委针对少数机关单位和部分镇、村廉政文化园(点)设施老化,廉政文化活动开展少的问题,下发《进一步"
    "加强廉政文化园(点)工作的通知》,对全县56家廉政文化示范点建设进行全面检查。",
    "近日,福建省莆田市秀屿区监委召开第一届特约监察员聘请会议,聘请10名特约监察员。在履职的第一天,特约监察员"
    "充分发挥群众“连心桥”作用,深入基层,联系服务群众。(秀屿区纪委监委)",
    "四川在线消息(四川日报记者 李向雨) 11月25日,在巴中市通江县烟溪乡寨子河村,来自通江县烟溪乡中心小学的"
    "“廉政课堂”志愿者刘冬梅老师为村民播报了《中国共产党廉洁自律准则》和《中国共产党纪律处分条例》。",
]


def test_a_word_lists_glyph_and_tab_are_not_part_of_the_titles_its_contents_find() -> None:
    """A 纪检 bulletin saved by Word as text: 目录 lines with a tab before the page, titles after 「◆⇥」.
    On main the titles kept the glyph and the tab."""
    lines = [
        "纪检监察工作简报",
        "第5期",
        "县纪委监委办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002021年2月5日",
        "",
    ]
    lines += ["目\u3000录", *(f"{t}\t{p}" for t, p in zip(JJ_TITLES, "112", strict=True)), ""]
    lines += [
        "编者按：现将近期各地加强廉政文化建设、发挥特约监察员作用、开展廉政宣传教育的做法摘编如下，供各单位学习借鉴。",
        "",
    ]
    for title, text in zip(JJ_TITLES, JJ_TEXTS, strict=True):
        lines += [f"◆\t{title}", "", text, ""]
    lines += ["报：市纪委监委", "送：县委、县政府主要领导", "发：各乡镇纪委，县直各单位纪检组织"]
    issue = parse_text("\r\n".join(lines), "jjjb_5_word.txt")
    assert [a.title for a in issue.articles] == JJ_TITLES


def test_an_outlets_xiaoxi_dateline_names_its_reporter() -> None:
    """``四川在线消息(四川日报记者 李向雨)``: a portal's 消息 with its reporters in a bracket opens the text.
    On main the bracket was not read and the article had no byline."""
    issue = parse_text(f"{JJ_TITLES[2]}\n\n{JJ_TEXTS[2]}\n", "tongjiang.txt")
    (article,) = issue.articles
    assert article.dateline == "四川在线消息(四川日报记者 李向雨)"
    assert [p.name for p in article.byline] == ["李向雨"]


PAGE = """第2版 要闻
山城日报 2018年1月25日 星期四
责任编辑：周岚 美编：吴青 校对：孙悦
导 读
嘉鱼开展交叉巡查 营造风清气正节日环境
全省市州报新闻奖评选揭晓 咸宁日报20件作品获奖
四邑新村美如画
郧西县党政考察团来我县参观考察
今日房县网讯 记者戢太敏报道:5至6日,
郧西县委书记胡俟、县长杨华林带领郧西县党政
考察团参观考察了我县新农村建设、城市建设、
县域经济发展,县委书记沈明云、县长朱光洪等
县领导陪同考察。双方一致认为,郧西县和房县
山水相连,两县在经济、社会发展等方面各有优
势,应加强交流学习,取长补短,携手共进,共
同发展。
（转第3版）
全省市州报新闻奖评选揭晓
咸宁日报20件作品获奖
咸宁新闻网讯 咸宁日报记者刘晖报道:8
日,2016年度湖北省市州报新闻奖评选在随
州市揭晓,咸宁日报有20件作品获奖,其中一
等奖4件,二等奖16件。
由咸宁日报选送,折射农村改革开放变迁的
消息《32本“农家账本”被省档案馆收藏》、
报道因公殉职的赤壁刑警徐建军感人故事的通讯
《初心不改孺子情》、言论《坚定信仰的红色朝
圣》、系列报道《探访咸宁国家级保护湖泊》获
一等奖。
四邑新村美如画
16日,航拍的嘉鱼县潘家湾镇四邑新村格
外醒目,周边绿树和新农村楼房相互映衬,尽显
生态新村美丽画卷。
咸宁日报全媒体记者 袁灿 摄
"""


def test_a_pages_daodu_box_ends_where_its_first_story_opens() -> None:
    """A page's 导读 box lists titles; the page's lead story follows at once with its dateline
    (``今日房县网讯 记者戢太敏报道:``).  The box is over at the title above that dateline; a line closing
    the 《 its line above left open (``圣》、系列报道…获``) goes on with that paragraph.  On main the box
    swallowed the lead story and 「同发展。」 and 「圣》…获」 were read as titles."""
    issue = parse_text(PAGE, "xnrb_b02_pdftotext-raw.txt")
    assert [a.title for a in issue.articles] == [
        "郧西县党政考察团来我县参观考察",
        "全省市州报新闻奖评选揭晓咸宁日报20件作品获奖",
        "四邑新村美如画",
    ]
    assert [p.name for p in issue.articles[0].byline] == ["戢太敏"]
    assert [p.name for p in issue.articles[1].byline] == ["刘晖"]
    assert issue.articles[1].blocks[-1].text.endswith("《探访咸宁国家级保护湖泊》获一等奖。")


def test_a_benbao_dateline_without_a_bracket_names_its_reporters() -> None:
    """``本报讯 记者姜明助、通讯员陈琳、田亮报道:`` — the people between 讯 and 报道, a 、 between them."""
    text = (
        "嘉鱼开展交叉巡查 营造风清气正节日环境\n\n"
        "本报讯 记者姜明助、通讯员陈琳、田亮报道:连日来,嘉鱼县组织县直、乡镇两级巡查组,深入全县各级各单位"
        "开展“四风”问题专项交叉巡查。\n"
    )
    (article,) = parse_text(text, "jiayu.txt").articles
    assert [p.name for p in article.byline] == ["姜明助", "陈琳", "田亮"]
    assert article.dateline == "本报讯 记者姜明助、通讯员陈琳、田亮报道:"


EPAPER = """版面导航：第01版：要闻第02版：要闻第03版：综合第04版：绿色家园
山城日报　2018年1月25日星期四　第2版：要闻

  • 嘉鱼开展交叉巡查营造风清气正节日环境
  • 全省市州报新闻奖评选揭晓咸宁日报20件作品获奖

嘉鱼开展交叉巡查营造风清气正节日环境

　　本报讯记者姜明助、通讯员陈琳、田亮报道:连日来,嘉鱼县组织县直、乡镇两级巡查
组,深入全县各级各单位开展“四风”问题专项交叉巡查。

全省市州报新闻奖评选揭晓咸宁日报20件作品获奖

　　咸宁新闻网讯咸宁日报记者刘晖报道:8日,2016年度湖北省市州报新闻奖评选在随州市
揭晓,咸宁日报有20件作品获奖,其中一等奖4件,二等奖16件。

2018年1月25日　第2版：要闻　上一版　下一版
"""


def test_an_epapers_page_bar_pager_and_title_list_are_the_sites() -> None:
    """A 数字报 page saved by w3m: the bar of pages, the list of the page's titles (each printed again
    over its story) and the pager are set aside; the stories keep their own titles.  On main the whole
    page was one article titled by the bar."""
    issue = parse_text(EPAPER, "xnrb_b02_epaper_w3m.txt")
    assert [a.title for a in issue.articles] == [
        "嘉鱼开展交叉巡查营造风清气正节日环境",
        "全省市州报新闻奖评选揭晓咸宁日报20件作品获奖",
    ]
    aside = {item.text.strip(): item.reason for item in issue.boilerplate}
    assert aside["版面导航：第01版：要闻第02版：要闻第03版：综合第04版：绿色家园"] == "web page header"
    assert aside["• 嘉鱼开展交叉巡查营造风清气正节日环境"] == "web page links"
    assert aside["2018年1月25日　第2版：要闻　上一版　下一版"] == "web page footer"


def test_a_documents_first_part_head_under_its_title_stays_inside_it() -> None:
    """pandoc's plain text of a Word-made HTML text (w02 of the set, the compilation's ordinal 「第一」
    before the title left out; the no-break spaces are pandoc's for Word's empty and indented
    paragraphs): its title, the 摘自 line, then heads 一、… 四、.  The first head under
    the title opens no article of its own (main cut there)."""
    text = (
        "习总书记对深度贫困地区脱贫的要求\n\n"
        "摘自：习总书记2017年6月23日在山西省太原市主持召开深度贫困地区脱贫攻坚座谈会上的讲话精神\n\n\xa0\n\n"
        "一、深度贫困成因分析\n\n"
        "一是集革命老区、民族地区、边疆地区于一体；二是基础设施和社会事业发展滞后；三是社会发育滞后，社会文明"
        "程度低；四是生态环境脆弱，自然灾害频发；五是经济发展滞后，人穷村也穷。\n\n"
        "二、深度贫困脱贫要求\n\n"
        "1.合理确定脱贫目标；2.加大投入支持力度；3.集中优势兵力打攻坚战；4.区域发展必须围绕精准扶贫发力；"
        "5.加大各方帮扶力度；6.加大内生动力培育力度；7.加大组织领导力度；8.加强检查督查。\n\n"
        "三、深度贫困特征\n\n"
        "“两高”即贫困人口占比高、贫困发生率高；\n\n"
        "“一低”即人均可支配收入低；\n\n"
        "“一差”即基础设施和住房差；\n\n"
        "“三重”即低保五保贫困人口脱贫任务重、因病致贫返贫人口脱贫任务重、贫困老人脱贫任务重。\n\n"
        "\xa0\xa0\xa0 四、下步重点解决的问题\n\n"
        "就全国而言，下一步要重点解决深度贫困地区公共服务、基础设施以及基本医疗有保障的问题。\n"
    )
    (article,) = parse_text(text, "policy_pandoc.txt").articles
    assert article.title == "习总书记对深度贫困地区脱贫的要求"
    assert "一、深度贫困成因分析一是集革命老区" in "".join(block.text for block in article.blocks)


def test_a_single_ideographic_space_inside_a_line_is_no_column_gutter() -> None:
    """j04 (lynx): the page's 「发布时间：…　来源：…　浏览次数：」 line was cut at its ideographic spaces as
    if they were a ``-layout`` gutter, and its second half headed an article of its own; the gold
    (written from the text) lists the three items only."""
    path = Path(__file__).parents[1] / "data" / "corpus" / "eleventh" / "j04_jjjb_5_govsite_lynx.txt"
    issue = parse_bytes(path.read_bytes(), path.name)
    assert [article.title for article in issue.articles] == [
        "永春:加强廉政文化园建设",
        "秀屿:发挥特约监察员联系服务群众作用",
        "巴中通江“廉政课堂”村村响实现全覆盖",
    ]
    assert issue.issue_date == "2021-02-05"
    info = "发布时间：2021-02-05\u3000来源：县纪委监委办公室\u3000浏览次数："
    assert (info, "issue title") in [(item.text, item.reason) for item in issue.boilerplate]
