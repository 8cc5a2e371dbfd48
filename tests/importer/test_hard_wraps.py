"""Conversions that should not matter: a file hard-wrapped at a fixed width (Word's "insert line
breaks", an editor's wrap) or with every indent stripped reads as the same issue as the file it came
from."""

from __future__ import annotations

from benchmarks.conversion_probe import hard_wrapped
from reader.importer import parse_text
from reader.importer.model import BlockKind

_LONG_TITLE = "县委常委会召开扩大会议 传达学习全国两会精神 研究部署全县春季农业生产和森林防火工作"

_DIGEST = f"""# 《县域新闻》 (20250310)

## 新闻摘要

1.{_LONG_TITLE}；

2.城东新区首批保障性住房交付使用；

3.春季招聘会提供岗位三千余个。

## 详细新闻

### {_LONG_TITLE}

3月10日上午，县委常委会召开扩大会议，传达学习全国两会精神，研究部署全县春季农业生产和森林防火工作。会议指出，\
全国两会是在关键时期召开的一次重要会议，全县上下要把学习贯彻两会精神作为当前和今后一个时期的重要政治任务，\
切实把思想和行动统一到中央决策部署上来。

会议强调，要抓好春季农业生产，稳定粮食播种面积，做好农资供应和农技服务，确保不误农时；要压实森林防火责任，\
加强野外用火管理和巡查值守，坚决防范重特大森林火灾发生。

### 城东新区首批保障性住房交付使用

3月9日，城东新区首批保障性住房举行交付仪式，首批三百二十套住房交到住户手中。该项目于前年开工建设，\
配套建设了幼儿园、社区卫生服务站和农贸市场，住户步行十分钟即可到达公交站点和中小学校。

### 春季招聘会提供岗位三千余个

3月8日，县人力资源市场举办春季招聘会，一百二十余家企业进场招聘，提供岗位三千余个，涵盖制造、商贸、餐饮、\
物流等行业，当天有一千余人达成初步就业意向。县人社局工作人员现场为求职者提供政策咨询和就业指导服务。
"""


def test_markdown_heading_cut_at_the_wrap_width_is_one_title() -> None:
    wrapped = hard_wrapped(_DIGEST, 80)
    assert f"### {_LONG_TITLE}" not in wrapped  # the title line was cut in two
    issue = parse_text(wrapped, "county_news_wrapped.md")
    titles = [article.title.replace(" ", "") for article in issue.articles]
    assert titles == [
        _LONG_TITLE.replace(" ", ""),
        "城东新区首批保障性住房交付使用",
        "春季招聘会提供岗位三千余个",
    ]
    assert issue.articles[0].text.replace("\n", "").startswith("3月10日上午，县委常委会召开扩大会议")


def test_wrapped_file_reads_as_the_original() -> None:
    original = parse_text(_DIGEST, "county_news.md")
    wrapped = parse_text(hard_wrapped(_DIGEST, 80), "county_news_wrapped.md")
    assert [a.title.replace(" ", "") for a in wrapped.articles] == [
        a.title.replace(" ", "") for a in original.articles
    ]


def test_short_heading_over_a_paragraph_line_keeps_the_paragraph() -> None:
    """A heading short of the wrap width with text right under it: the text is no part of the title."""
    cut = hard_wrapped(_DIGEST, 80).replace(
        "### 城东新区首批保障性住房交付使用\n\n", "### 城东新区首批保障性住房交付使用\n"
    )
    issue = parse_text(cut, "county_news_wrapped.md")
    assert issue.articles[1].title == "城东新区首批保障性住房交付使用"
    assert issue.articles[1].text.startswith("3月9日，城东新区首批保障性住房举行交付仪式")


_SUB_HEAD = "多措并举拓宽群众增收渠道"

_DIGEST_OF_REPRINTS = f"""民生简报
2025年第3期

城乡居民收入稳步增长
（来源：县融媒体中心　2025年3月2日）
　　去年以来，全县坚持把促进城乡居民增收作为民生工作的头等大事来抓，出台一系列务实举措，城乡居民收入保持稳步增长的良好势头，群众的获得感、幸福感持续增强。
　　数据显示，去年全县城镇居民人均可支配收入增长百分之五点八，农村居民人均可支配收入增长百分之七点二，增速均高于全市平均水平。
　　{_SUB_HEAD}
　　近年来，全县多措并举拓宽群众增收渠道，大力发展特色种养和农产品加工，带动一万余名农民在家门口就业，群众增收渠道越来越宽。
　　县农业农村局负责人介绍，今年将继续扶持新型农业经营主体，完善联农带农机制，让更多群众分享产业发展成果。

城东小学新教学楼投入使用
（来源：县教育局　2025年3月1日）
　　新学期开学第一天，城东小学一千二百余名师生搬进新建成的教学楼。新教学楼共五层，设有普通教室三十间，并配套建设了图书室、科学实验室和音乐美术功能教室。
　　学校负责人表示，新教学楼投入使用后，学校将全面取消大班额，进一步改善办学条件，为孩子们提供更好的学习环境。

县图书馆延长周末开放时间
（来源：县文化馆　2025年2月28日）
　　从三月起，县图书馆周六、周日的开放时间延长至晚上九点，方便上班族和学生利用周末到馆阅读、自习。
　　图书馆同时增设了自助借还设备，读者凭身份证或社保卡即可办理借阅，全年免费开放。
"""

_REPRINT_TITLES = ["城乡居民收入稳步增长", "城东小学新教学楼投入使用", "县图书馆延长周末开放时间"]


def _indents_stripped(text: str) -> str:
    return "\n".join(line.lstrip(" \t\u3000") for line in text.split("\n"))


def _items_of(text: str) -> tuple[list[str], str]:
    issue = parse_text(text, "reprints.txt")
    return [article.title for article in issue.articles], issue.articles[0].text


def test_digest_sub_head_stays_in_its_item_with_indents_stripped() -> None:
    """Items set apart by a blank line, a sub-head set in like the paragraphs with a lead restating it:
    flush left once the indents are stripped, it is still a part of its item, not the next item."""
    for text in (_DIGEST_OF_REPRINTS, _indents_stripped(_DIGEST_OF_REPRINTS)):
        titles, first_text = _items_of(text)
        assert titles == _REPRINT_TITLES
        assert _SUB_HEAD in first_text


def test_digest_sub_head_stays_in_its_item_when_cut_at_80_columns() -> None:
    titles, first_text = _items_of(hard_wrapped(_DIGEST_OF_REPRINTS, 80))
    assert titles == _REPRINT_TITLES
    assert _SUB_HEAD in first_text


_NOTE = (
    "（网址：http://news.example.cn/a/20250306/item.html?from=timeline&isappinstalled=0"
    "　发布时间：2025-03-06 08:15）"
)

_WEB_ITEMS = f"""县政信息摘报

2025年第5期

本期要目
【农业农村】
　　全县春耕备耕工作全面展开
【城市建设】
　　县城新增三处公共停车场

【农业农村】

全县春耕备耕工作全面展开

　　连日来，全县各地抢抓晴好天气，组织农户开展田间管理、农资调运和农机检修，春耕备耕工作全面展开。
　　县农业农村局组织二十余名农技人员深入田间地头，指导农户科学施肥、合理用药，确保春耕生产顺利进行。
　　（通讯员 周海燕）
　　{_NOTE}

【城市建设】

县城新增三处公共停车场

　　为缓解县城停车难问题，县住建局在老城区新建三处公共停车场，共新增停车位四百余个，已于本月起免费开放。
　　（记者 林志强）
　　（网址：http://news.example.cn/a/20250305/park.html　发布时间：2025-03-05 17:40）
"""


def test_source_note_cut_at_80_columns_is_one_note_under_the_sign_off() -> None:
    """A web item's sign-off over its address and posting time: cut in two by the wrap, the note is still
    the item's source note, and the sign-off above it is still its byline."""
    for text in (_WEB_ITEMS, hard_wrapped(_WEB_ITEMS, 80)):
        issue = parse_text(text, "county_items.txt")
        assert [article.title for article in issue.articles] == [
            "全县春耕备耕工作全面展开",
            "县城新增三处公共停车场",
        ]
        first = issue.articles[0]
        assert first.byline_text == "（通讯员 周海燕）"
        assert first.source_note is not None
        assert "".join(first.source_note.split()) == "".join(_NOTE.split())  # as printed, spaces aside
        assert "发布时间" not in first.text
    assert _NOTE not in hard_wrapped(_WEB_ITEMS, 80)  # the wrap cut the note


_PAGE_OF_ITEMS = """县政工作简报

2025年第7期

县政府办公室编　　2025年4月8日

全县春季植树活动启动

4月2日上午，全县春季义务植树活动在城北生态公园启动，县四套班子领导与机关干部、志愿者三百余人一同挥锹培土、扶苗浇水，共栽下樟树、桂花等苗木两千余株。

今年全县计划完成植树造林一万二千亩，新建村庄绿化示范点二十个，各乡镇已落实苗木和造林地块，力争在五月底前全面完成春季造林任务。

（县林业局　王晓燕）

城区新建五处口袋公园

为方便群众就近休闲健身，县住建局利用城区边角空地新建五处口袋公园，配套建设步道、座椅和健身器材，目前已全部建成开放。

据介绍，今年还将在老城区新建三处口袋公园，让市民出门五分钟就能走进绿地。

（县住建局　陈立新）

农村公路养护工作有序推进

县交通运输局组织养护队伍对全县农村公路开展集中整治，清理边沟、修补坑槽、补齐安全设施，累计整治路段一百二十公里。

下一步，县交通运输局将建立农村公路日常巡查制度，确保路况良好、群众出行安全。

（县交通运输局　刘海波）
"""

_PAGE_TITLES = ["全县春季植树活动启动", "城区新建五处口袋公园", "农村公路养护工作有序推进"]


def test_page_of_whole_paragraphs_cut_at_a_narrow_width_keeps_its_items() -> None:
    """A page of one paragraph a line, hard-wrapped at 56 or 80 columns: a paragraph's short last line is
    no title of its own nor part of the next item's, and a paragraph's full first line is no title."""
    for text in (_PAGE_OF_ITEMS, hard_wrapped(_PAGE_OF_ITEMS, 56), hard_wrapped(_PAGE_OF_ITEMS, 80)):
        issue = parse_text(text, "county_brief.txt")
        assert [article.title for article in issue.articles] == _PAGE_TITLES
        assert [article.byline_text for article in issue.articles] == [
            "（县林业局　王晓燕）",
            "（县住建局　陈立新）",
            "（县交通运输局　刘海波）",
        ]
        assert issue.issue_date == "2025-04-08"
        assert issue.articles[1].text.replace("\n", "").startswith("为方便群众就近休闲健身，县住建局利用城区")


_PAGE_UNDER_A_TRAIL = """某某县人民政府-
住建局
您当前所在位置：
首页>政务公开>部门信息公开目录>住建局>法定主动公开内容>工作动态>通知公告
索 引 号：
014742224A/2025-0012345
生成日期：
2025-03-12
县城老旧小区改造工程全面开工
2025-03-12
3月11日，县城老旧小区改造工程全面开工，今年计划改造老旧小区十二个，惠及居民两千余户，改造内容包括管网更新、外墙保温和加装电梯等。
县住建局负责人介绍，改造工程将分片区有序推进，施工期间将合理安排工序，尽量减少对居民日常生活的影响。
各小区改造完成后，将同步建立长效管理机制，巩固改造成果。
"""

_TRAIL = "首页>政务公开>部门信息公开目录>住建局>法定主动公开内容>工作动态>通知公告"


def test_trail_cut_by_a_narrow_wrap_is_set_aside_and_the_headline_is_the_title() -> None:
    """A government page's trail to the text, cut in two at 56 columns: both pieces are the page's (not
    the article's title), and the headline under the page's fields is the title."""
    wrapped = hard_wrapped(_PAGE_UNDER_A_TRAIL, 56)
    assert _TRAIL not in wrapped  # the wrap cut the trail
    for text in (_PAGE_UNDER_A_TRAIL, wrapped):
        issue = parse_text(text, "page.txt")
        assert [article.title for article in issue.articles] == ["县城老旧小区改造工程全面开工"]
        assert issue.issue_date == "2025-03-12"
        header = "".join(item.text for item in issue.boilerplate if item.reason == "web page header")
        assert _TRAIL in header
        assert issue.articles[0].text.startswith("3月11日，县城老旧小区改造工程全面开工")


_POST_TITLE = "全省前三季度重点项目建设进展情况通报 多个项目提前完成年度投资计划"
_BLOG_POST = f"""---
title: '{_POST_TITLE}'
categories:
 - 经济
author: 省发展改革委
date: Mon, 10 Oct 2022 08:00:00 GMT
---

前三季度，全省重点项目建设总体推进顺利，完成投资额同比增长百分之十二，其中交通、水利和能源项目进度较快。

从分区域看，各市重点项目完成投资均超过年度计划的百分之七十，多个项目已提前完成全年投资任务。
"""


def test_front_matter_title_cut_by_the_wrap_is_the_whole_title() -> None:
    """A post's title in quotes, cut by a wrap at 56 columns, goes on to its closing quote."""
    wrapped = hard_wrapped(_BLOG_POST, 56)
    assert f"'{_POST_TITLE}'" not in wrapped  # the title's line was cut in two
    issue = parse_text(wrapped, "province_projects_wrapped.md")
    assert [article.title.replace(" ", "") for article in issue.articles] == [_POST_TITLE.replace(" ", "")]
    assert issue.articles[0].text.startswith("前三季度，全省重点项目建设总体推进顺利")


_STARRED_TITLES = [
    "全县秋季农产品展销会开幕 百余家合作社带来特色产品现场展销",
    "城南社区开展消防安全演练",
    "县图书馆新增自助借还设备",
]
_STARRED_DIGEST = f"""****** 县农业简讯 第12期 ******
出刊日期：2024年10月15日
***** {_STARRED_TITLES[0]} *****
2024/10/12　记者:王明 报导
10月12日上午，全县秋季农产品展销会在县体育中心开幕，一百二十余家农民专业合作社和家庭农场带来大米、茶叶、水果等特色农产品，吸引大批市民前来选购。
展销会为期三天，期间还将举办农产品电商直播和农业技术咨询活动，帮助农户拓宽销售渠道。
***** {_STARRED_TITLES[1]} *****
2024/10/11　记者:李华 报导
10月11日下午，城南社区联合辖区消防救援站开展消防安全演练，社区居民和物业工作人员共八十余人参加，现场学习了灭火器使用和火场逃生方法。
***** {_STARRED_TITLES[2]} *****
2024/10/10　记者:赵静 报导
县图书馆近日新增四台自助借还设备，读者刷身份证即可办理借书和还书，节假日期间图书馆开放时间延长至晚上九点。
"""


def test_starred_heading_cut_by_the_wrap_is_one_title() -> None:
    """html2text's ``***** title *****`` heading cut at 56 columns: its rest over the closing stars is
    the title's end, not an article of its own."""
    wrapped = hard_wrapped(_STARRED_DIGEST, 56)
    assert f"***** {_STARRED_TITLES[0]} *****" not in wrapped  # the heading was cut in two
    issue = parse_text(wrapped, "farm_digest_wrapped.txt")
    assert [article.title.replace(" ", "") for article in issue.articles] == [
        title.replace(" ", "") for title in _STARRED_TITLES
    ]
    assert issue.articles[0].text.replace("\n", "").startswith("10月12日上午，全县秋季农产品展销会")


_CUT_TITLE = "县市场监管系统扎实开展“质量月 放心消费进社区”主题宣传活动"
_CUT_SUB_HEAD = "聚焦重点领域 守护群众舌尖上的安全 开展食品安全专项检查行动"
_PAGE_OF_TOUCHING_PARAGRAPHS = f"""首页 > 新闻中心 > 部门动态 > 正文
{_CUT_TITLE}
为进一步提升群众质量意识和维权能力，营造安全放心的消费环境，9月18日，县市场监督管理局联\
合县消费者协会在人民广场举办“质量月”集中宣传活动，县内二十余家企业参加现场咨询和产品\
展示。
活动现场，工作人员通过设置咨询台、摆放展板、发放宣传资料等形式，向过往群众讲解产品质量安全、\
食品安全、消费维权等方面的知识，并现场受理消费投诉和咨询，引导群众理性消费、依法维权。
{_CUT_SUB_HEAD}
活动期间，执法人员还对城区农贸市场、超市和学校食堂开展食品安全检查，检查经营主体四十余家，\
督促整改问题八处。
据统计，本次活动共发放宣传资料三千余份，解答群众咨询二百余人次，现场受理消费投诉五件。下一\
步，该局将持续开展质量提升行动，推动全县产品质量和服务水平不断提高。(文/图 王晓明)
"""


def test_title_and_sub_head_cut_one_character_short_keep_their_last_character() -> None:
    """A page of touching paragraphs (one a line) cut at 56 columns: the title's and a sub-heading's
    last character alone on the next line end them; the text opens with its first sentence."""
    wrapped = hard_wrapped(_PAGE_OF_TOUCHING_PARAGRAPHS, 56)
    assert (
        "主题宣传活\n动\n" in wrapped and "专项检查行\n动\n" in wrapped
    )  # both cut before their last character
    issue = parse_text(wrapped, "market_week_wrapped.txt")
    [article] = issue.articles
    assert article.title == _CUT_TITLE
    assert article.byline_text == "(文/图 王晓明)"
    assert article.blocks[0].text.startswith("为进一步提升群众质量意识")
    assert [block.text for block in article.blocks if block.kind is BlockKind.HEADING] == [_CUT_SUB_HEAD]


_STATISTICS_TITLE = "某某县2023年国民经济和社会发展统计公报"
_STATISTICS_PAGE = f"""繁體版 无障碍 关怀版
网站首页
新闻中心
政务公开
数据开放
您当前的位置： 网站首页>政务公开>政府信息>年度数据>统计公报
{_STATISTICS_TITLE}
来源： 访问量：320 发布日期：2024-03-20 09:30:00
2023年，全县上下坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，全县经济运行稳中有进，\
社会大局和谐稳定。
初步核算，全年实现地区生产总值二百一十亿元，按可比价格计算，比上年增长百分之五点八。其中第一产业\
增加值二十八亿元，增长百分之三点九。
全年城镇新增就业四千二百人，城镇登记失业率控制在百分之三以内，居民人均可支配收入比上年增长百分之\
六点二。
"""


def test_page_under_a_you_are_here_trail_cut_at_56_columns_keeps_its_title() -> None:
    """``您当前的位置：`` before a trail from the home page is the page's trail like ``当前位置：``: the menu
    above it and its cut rest are the site's, the headline under them the title."""
    wrapped = hard_wrapped(_STATISTICS_PAGE, 56)
    assert "统计\n公报\n" in wrapped  # the trail was cut before its last crumb's end
    for text in (_STATISTICS_PAGE, wrapped):
        [article] = parse_text(text, "county_statistics.txt").articles
        assert article.title == _STATISTICS_TITLE
        assert article.blocks[0].text.startswith("2023年，全县上下坚持稳中求进工作总基调")


_PAGE_HEADLINE = "[便民服务]城区七旬老人接到陌生来电称其账户涉案险些被骗！社区民警及时上门劝阻"
_PAGE_UNDER_A_HEADLINE_TRAIL = f"""   某某融媒

     网站首页

     本地新闻

     便民服务

      首页  >   本地新闻   >   {_PAGE_HEADLINE}

{_PAGE_HEADLINE}

2023年06月12日 某某融媒 本地新闻 1024 0

   原标题：城区七旬老人接到陌生来电称其账户涉案险些被骗！社区民警及时上门劝阻

   [3f2a9c.jpeg]

   近日，城区一名七十二岁老人接到自称公安机关工作人员的电话，称其银行账户涉嫌洗钱，要求其将存款转入\
所谓“安全账户”配合调查。
   社区民警接到银行工作人员的预警后立即上门，向老人讲解冒充公检法诈骗的常见手法，成功阻止老人转账，\
保住了老人的十万元存款。
   警方提醒，公检法机关不会通过电话办案，更不会要求群众向所谓“安全账户”转账，接到此类电话请立即挂断\
并拨打110核实。
"""


def test_trail_ending_in_the_headline_cut_at_80_columns_takes_its_rest() -> None:
    """A text browser's trail ending with the page's headline, cut at the wrap width: the line under it
    (the headline's rest) goes with the trail, and the headline printed whole under it is the title."""
    wrapped = hard_wrapped(_PAGE_UNDER_A_HEADLINE_TRAIL, 80)
    assert "涉案险\n些被骗" in wrapped  # the trail was cut in its headline
    issue = parse_text(wrapped, "local_news_wrapped.txt")
    [article] = issue.articles
    assert article.title == _PAGE_HEADLINE
    assert [aside.reason for aside in issue.boilerplate if aside.text.startswith("些被骗")] == [
        "web page header"
    ]


_TABLE_ROWS = "\n\n".join(
    f"{n}\n\n{u}\n\n{a}\n\n{b}\n\n0\n\n100%\n\n{c}%"
    for n, u, a, b, c in [
        (1, "交通局", 64, 60, 98),
        (2, "教育局", 51, 50, 99),
        (3, "水利局", 40, 38, 97),
        (4, "民政局", 33, 33, 100),
        (5, "商务局", 21, 20, 96),
        (6, "林业局", 18, 18, 100),
    ]
)
_HOTLINE_NOTICE = f"""关于2023年9月份便民服务热线工单办理情况的通报

各镇人民政府、街道办事处,县政府各部门、各直属机构:

　　为进一步提升热线工单办理质量,更好地回应群众关切,现将各镇、街道、县直有关单位9月份工单办理情况通报如下:

　　一、总体情况

　　1.基本数据:9月份,便民服务热线、网上留言共受理群众诉求1953件,较上月增长2.1%,直接解答1512件,派单441件,按时办结436件,超时办结5件,办结率100%,按时办结率98.9%。其中热线派单398件,网上留言派单43件。

　　2.工单量位于前三的县直部门:交通局64件;教育局51件;水利局40件。

　　3.工单量位于前三的镇街:城关镇办事处37件;东湖街道办事处29件;白沙镇26件。

　　二、问题分析

　　(一)热线受理量:共受理各类来电1890件,其中转办398件。

　　(二)上级热线转办情况:9月份省级热线转办3件,市级热线转办11件、市政务服务网5件。

　　三、群众反映的热点、难点问题:

　　关于秋季开学方面政策咨询、投诉等来电146件,占比7.5%;涉及供水供电类来电61件,占比3.1%;反映噪音扰民、占道经营、施工围挡等来电49件,占比2.5%。

　　附件: 便民服务热线工单办理9月份情况统计表

县便民服务热线管理办公室

2023年10月16日




附件

便民服务热线工单办理9月份情况统计表

序号

单位

派单总数

按时办结

超时办结

办结率

满意率

{_TABLE_ROWS}
"""


def test_notice_of_whole_paragraphs_cut_at_80_columns_keeps_its_date() -> None:
    """A notice whose paragraphs mostly end just short of 80 columns (``lines.wrap_width`` reads its full
    lines as sentence ends and refuses) over a table of short cells: the width Markdown's hard-wrap edge
    finds joins its cut paragraphs back, and the signature's date is the issue's date again."""
    wrapped = hard_wrapped(_HOTLINE_NOTICE, 80)
    assert "2.1%,\n" in wrapped  # a paragraph was cut at the width
    issue = parse_text(wrapped, "hotline_notice_wrapped.txt")
    assert str(issue.issue_date) == "2023-10-16"
    assert [article.title for article in issue.articles] == ["关于2023年9月份便民服务热线工单办理情况的通报"]


_BRIEF_TITLES = ["县图书馆开展全民阅读进社区活动", "城南街道举办老年人防诈骗讲座"]
_BRIEF = f"""
工　作　简　报

第 9 期

中共某某县文化广电和旅游局委员会办公室　　　　2024年11月8日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

目　　录

1．{_BRIEF_TITLES[0]}
2．{_BRIEF_TITLES[1]}

━━━━━━━━━━━━━━━━━━━━━━━━━━━━

{_BRIEF_TITLES[0]}

　　11月5日，县图书馆走进城东社区开展全民阅读进社区活动，现场设置图书借阅、亲子共读和读书分享等环节，\
吸引社区居民一百余人参加。活动中，工作人员向居民推荐了优秀图书，并为社区阅览室捐赠图书三百余册。
（县图书馆　王丽）

{_BRIEF_TITLES[1]}

　　11月6日，城南街道联合辖区派出所举办老年人防诈骗讲座，民警结合典型案例，向老年人讲解了保健品诈骗、\
冒充亲友诈骗等常见骗术，提醒老年人不轻信、不转账。
（城南街道　李强）
"""


def test_masthead_day_cut_by_the_wrap_is_still_the_issue_date() -> None:
    """A Word bulletin's masthead line (the office, then the day, set right) cut at 56 columns inside
    the day: the day read over the two lines is the issue's date."""
    wrapped = hard_wrapped(_BRIEF, 56)
    assert "2024年11月\n8日\n" in wrapped  # the day was cut in two
    issue = parse_text(wrapped, "culture_brief_wrapped.txt")
    assert str(issue.issue_date) == "2024-11-08"
    assert [article.title for article in issue.articles] == _BRIEF_TITLES


_RUN_ON_BYLINE_STORY = """B2045 阿嬤擺攤養孫 盼孫平安長大
「孫子是我活下去的力量」
2014年03月12日
林阿嬤（右）在市場擺攤賣菜，孫子小安放學後都來幫忙收攤。
8歲的小安每天放學後先到市場幫阿嬤收攤，再回家寫功課，他說：「阿嬤腰不好，我要幫她搬菜。」阿嬤聽了紅著眼眶，\
摸摸孫子的頭，久久說不出話來。報導．攝影╱林美華
林阿嬤今年72歲，兒子10年前因病過世，媳婦離家後音訊全無，她獨自扶養孫子，每天清晨4點就到批發市場批菜。
「最怕自己倒下」
阿嬤說，去年冬天她在市場跌倒，腰椎受傷休養了兩個月，那段時間全靠鄰居幫忙送飯，「我最怕自己倒下，孫子就沒人照顧了。」
社工表示，林阿嬤家中經濟困難，每月收入不到1萬元，希望社會大眾伸出援手，協助這對祖孫度過難關。
"""


def test_byline_run_on_after_a_paragraph_filling_the_wrap_width_is_the_byline() -> None:
    """A paragraph's last line, cut at 80 columns, filling the width with a sentence's end and the
    writer's ``報導．攝影╱…`` run on after it: the paragraph ends there and the byline is read."""
    wrapped = hard_wrapped(_RUN_ON_BYLINE_STORY, 80)
    assert "說不出話來。報導．攝影╱林美華\n林阿嬤" in wrapped  # the byline ends a line that fills the width
    [article] = parse_text(wrapped, "grandma_stall_wrapped.txt").articles
    assert article.byline_text == "報導．攝影╱林美華"
    assert article.blocks[0].text.endswith("摸摸孫子的頭，久久說不出話來。")
    assert article.blocks[1].text.startswith("林阿嬤今年72歲")
