"""Shapes the held-out sets showed after the importer had learnt the rest: a web article printed to PDF
with a two-line headline and captions above its text; a portal's login box above a short trail to the
text; sub-headings after a photo inside a web article; a web article's publication printed as a link,
beside a button, after other labels or beside its date; a text browser's page with a link under its
headline, a centred caption and a sign-off whose spaces it dropped.  Each text here is written for
its test (not copied from the sets) and the expected values are read off the text."""

from __future__ import annotations

import pytest

from reader.importer import BlockKind, parse_text
from reader.importer.boilerplate import is_chrome

WRAPPED_BODY = (
    "本市今年新建的三百间乡村图书室已全部开放，每间图书室配有图书两千余册、报刊二十\n"
    "余种，并安排专人每天开放八小时。市文化部门介绍，图书室优先建在学校和村委会附近，\n"
    "方便孩子放学后和村民农闲时阅读。\n"
    "据统计，开放首月各图书室共接待读者四万余人次，借出图书一万二千余册。不少村民说，\n"
    "过去买书要进城，现在出门几步就能借到想看的书。下一步，市里还将为图书室配备电脑\n"
    "和电子阅读设备，并组织志愿者定期开展读书分享活动，让书香走进更多百姓家中。\n"
    "市文化部门负责人表示，将建立图书室考核制度，按照读者人数和借阅数量评定等级，对\n"
    "管理好的图书室给予奖励，对长期不开放的图书室督促整改，确保图书室真正用起来。\n"
    "一些村还结合本地实际，把图书室和农家课堂结合起来，请农技人员讲种植养殖技术，\n"
    "请退休教师辅导孩子作业，图书室成了村里最热闹的地方之一。\n"
)
"""Running text cut by a PDF page's column, so the file reads as hard-wrapped."""

DATE_SOURCE = "2021年04月23日08:30来源:城南网-城南日报\n"


def test_a_printed_web_article_headline_over_two_lines_with_a_blank_between_is_one_title() -> None:
    text = "全市新建乡村图书室三百间\n\n乡村的书香飘进了千家万户\n\n" + DATE_SOURCE + WRAPPED_BODY
    article = parse_text(text, "page.txt").articles[0]
    assert article.title == "全市新建乡村图书室三百间 乡村的书香飘进了千家万户"
    assert article.subtitle is None


def test_a_printed_web_article_keeps_a_wider_second_line_as_its_subtitle() -> None:
    text = "全市新建乡村图书室三百间\n\n三百个村的孩子放学后有了读书的地方\n\n" + DATE_SOURCE + WRAPPED_BODY
    article = parse_text(text, "page.txt").articles[0]
    assert article.title == "全市新建乡村图书室三百间"
    assert article.subtitle == "三百个村的孩子放学后有了读书的地方"


def test_captions_whose_photographers_stand_apart_below_them_are_credits_not_the_text() -> None:
    text = (
        "全市新建乡村图书室三百间\n\n"
        + DATE_SOURCE
        + "4月22日，孩子们在新开放的乡村图书室里读书。\n\n李明\n\n张华\n\n摄\n\n"
        + "4月21日，志愿者为村民讲解借书的办法。\n\n王芳\n\n摄\n\n"
        + WRAPPED_BODY
    )
    article = parse_text(text, "page.txt").articles[0]
    assert article.text.startswith("本市今年新建的三百间乡村图书室已全部开放")
    assert article.credit is not None
    assert "4月22日，孩子们在新开放的乡村图书室里读书。" in article.credit
    assert "4月21日，志愿者为村民讲解借书的办法。" in article.credit
    assert article.byline == []  # photographers credit the photos, not the text


PORTAL_TOP = (
    "  • 网站首页\n  • 新闻\n  • 体育\n  • 财经\n\n"
    "我的收藏\n注册\n登录注册\n\n"
    "微博、邮箱帐号，请直接登录\n\n  • 换个账号登录\n  • [                    ]\n  • 登录\n"
    "    [*]下次自动登录\n  • 忘记密码立即注册\n\n"
    "扫描成功！\n点击手机上的确认即可登录\n\n"
    "地方 > 正文\n\n"
)
"""A portal's menus and login box, then a trail of one channel to the text (what a text browser draws)."""

PORTAL_ARTICLE = (
    "我市冬季供暖今起全面启动\n\n"
    "我市冬季供暖今起全面启动\n"
    "2020年11月15日 08:02 城东晚报\n"
    "城东财经APP 缩小字体放大字体收藏微博微信分享\n\n"
    "“一年一度的读者评选”又来了，快来为你心目中的好新闻投上一票！ “2020年度\n"
    "十佳新闻评选”正在进行中！【点击投票】选出你最喜爱的报道\n\n"
    "　　城东晚报讯（记者王小明）今天零时起，我市集中供暖全面启动，全市两百余个小区\n"
    "陆续开始供热。\n\n"
    "　　市供热公司介绍，各换热站已提前完成检修和注水试压，居民家中暖气将在三天内\n"
    "全部达到设计温度。\n"
)
PORTAL_MORE = (
    "\n　　据了解，今年全市新增供热面积一百二十万平方米，新接入小区十五个。供热公司开通\n"
    "了二十四小时服务热线，居民遇到暖气不热等问题可随时报修。\n\n"
    "　　市住建部门提醒，居民在供暖期间不要擅自拆改暖气设施，发现管道漏水应及时关闭\n"
    "阀门并联系物业。\n\n"
    "　　供热公司还将组织工作人员入户走访，逐户测量室温，对室温不达标的住户及时上门\n"
    "处理，确保群众温暖过冬。\n"
)


def test_a_portal_login_box_above_a_trail_to_the_text_is_set_aside_and_the_headline_is_the_title() -> None:
    issue = parse_text(PORTAL_TOP + PORTAL_ARTICLE + PORTAL_MORE, "page.txt")
    assert [article.title for article in issue.articles] == ["我市冬季供暖今起全面启动"]
    article = issue.articles[0]
    assert article.date_line == "2020年11月15日 08:02 城东晚报"
    assert [person.name for person in article.byline] == ["王小明"]
    assert article.text.startswith("城东晚报讯（记者王小明）今天零时起，我市集中供暖全面启动")
    aside = {item.text: item.reason for item in issue.boilerplate}
    assert aside["扫描成功！"] == aside["• 忘记密码立即注册"] == aside["地方 > 正文"] == "web page header"
    assert aside["城东财经APP 缩小字体放大字体收藏微博微信分享"] == "web page toolbar"
    # an advert's two lines, the first cut from its link by the browser's width: one line again
    advert = "“一年一度的读者评选”又来了，快来为你心目中的好新闻投上一票！ “2020年度十佳新闻评选”正在进行中！"
    assert aside[advert + "【点击投票】选出你最喜爱的报道"] == "advertisement"


def test_a_toolbar_in_the_last_half_of_a_short_page_does_not_take_the_wrapped_text_after_it() -> None:
    issue = parse_text(PORTAL_ARTICLE, "page.txt")
    assert [article.title for article in issue.articles] == ["我市冬季供暖今起全面启动"]
    text = issue.articles[0].text.replace("\n", "")
    assert text.startswith("城东晚报讯（记者王小明）") and text.endswith("全部达到设计温度。")


def test_buttons_a_converter_ran_together_beside_an_app_link_are_a_toolbar() -> None:
    assert is_chrome("城东财经APP 缩小字体放大字体收藏微博微信分享")
    assert not is_chrome("今天 我们 去 公园 散步")
    assert not is_chrome("城东财经 收藏")  # one button beside a name: too little to call it a toolbar


def test_a_toolbar_ending_in_its_share_count_is_a_toolbar() -> None:
    assert is_chrome("缩小字体 放大字体 收藏 微博 微信 分享 12,345")
    assert is_chrome("缩小字体 放大字体 收藏 微博 微信 分享 888")
    assert not is_chrome("今天 我们 去 公园 散步 12,345")


WEB_TOP = "  • 登录\n  • 投诉\n  • 产品\n\n[logo]\n首页 / 本地 / 正文\n[                    ]\n搜索\n\n"
SPORTS_LEAD = (
    "全市中小学今起开展秋季运动会\n\n"
    "城南网 2021-10-12 09:15:20\n\n"
    "本网讯 今天起，全市一百二十所中小学陆续开展秋季运动会，预计参加比赛的学生超过八\n"
    "万人。各校结合实际设置了集体项目和趣味项目，让更多学生走上运动场。\n\n"
    "资料图：学生在运动会上进行接力比赛。本网记者赵明摄\n\n"
)
SPORTS_REST = (
    "市教育局体卫艺处负责人介绍，今年运动会减少了个人竞技项目，增加了跳长绳、拔河、\n"
    "集体跳操等项目，要求每名学生至少报名一个项目。过去运动会往往只有少数体育特长生\n"
    "上场，多数学生在看台上当观众，如今班级之间比团结、比配合，人人都有参与感。一位\n"
    "班主任说，为了准备拔河比赛，全班同学每天放学后练习半小时，班级凝聚力明显增强。\n\n"
    "趣味项目受到学生欢迎\n\n"
    "不少学校设计了袋鼠跳、两人三足、运球接力等趣味项目，低年级学生在老师和家长的\n"
    "陪伴下完成比赛，现场笑声不断。有的学校还邀请家长组队参加亲子项目，家长和孩子\n"
    "一起奔跑、一起加油，不少家长表示，这样的运动会让他们重新找回了学生时代的快乐，\n"
    "也让孩子更加喜欢体育锻炼。\n\n"
    "据了解，运动会期间各校还将组织医护人员全程值守，确保学生安全。市教育局表示，今\n"
    "后将把运动会开展情况纳入学校体育工作考核。\n"
)
"""A web article as a text browser gives it: paragraphs cut at its width, a photo, then sub-headings."""


def test_a_sub_heading_after_a_photo_inside_a_web_article_does_not_start_another_article() -> None:
    issue = parse_text(WEB_TOP + SPORTS_LEAD + "集体项目让每个孩子都能参与\n\n" + SPORTS_REST, "page.txt")
    assert [article.title for article in issue.articles] == ["全市中小学今起开展秋季运动会"]
    blocks = [(block.kind, block.text[:12]) for block in issue.articles[0].blocks]
    assert blocks == [
        (BlockKind.PARAGRAPH, "本网讯 今天起，全市一百"),
        (BlockKind.PARAGRAPH, "资料图：学生在运动会上进"),  # the caption closes at its credit
        (BlockKind.HEADING, "集体项目让每个孩子都能参"),  # (first 12 characters)
        (BlockKind.PARAGRAPH, "市教育局体卫艺处负责人介"),
        (BlockKind.HEADING, "趣味项目受到学生欢迎"),
        (BlockKind.PARAGRAPH, "不少学校设计了袋鼠跳、两"),
        (BlockKind.PARAGRAPH, "据了解，运动会期间各校还"),
    ]


def test_a_heading_after_a_photo_over_its_own_date_line_still_starts_an_article() -> None:
    second = "全市中学生篮球联赛开幕\n城南网 2021-10-12 10:20:05\n\n"
    issue = parse_text(WEB_TOP + SPORTS_LEAD + second + SPORTS_REST, "page.txt")
    assert [article.title for article in issue.articles] == [
        "全市中小学今起开展秋季运动会",
        "全市中学生篮球联赛开幕",
    ]


LIBRARY_TEXT = (
    "　　本市今年新建的三百间乡村图书室已全部开放，每间图书室配有图书两千余册、报刊二十余种，"
    "并安排专人每天开放八小时。\n\n"
    "　　据统计，开放首月各图书室共接待读者四万余人次，借出图书一万二千余册。\n"
)


@pytest.mark.parametrize(
    ("information", "publication", "date"),
    [
        ("2020年09月11日 18:05\n来源：[商讯](http://example.com/news/1.html)\n", "商讯", "2020-09-11"),
        ("2020年09月11日 18:05\n来源：商讯\n", "商讯", "2020-09-11"),  # two characters, a news service
        ("2019-09-09 16:19:28　来源: 城北网 举报\n", "城北网", "2019-09-09"),  # a button beside the name
        ("发布日期：2016-11-22 浏览次数：信息来源：市发改委\n", "市发改委", "2016-11-22"),
        ("版权声明 来源：城东商报 时间：2019-09-23 14:34:05 作者：\n", "城东商报", "2019-09-23"),
        ("2019-05-17 · 城市观察\n", "城市观察", "2019-05-17"),
        ("2020年09月11日 18:05\n来源：张伟\n", None, "2020-09-11"),  # a person is no publication
    ],
)
def test_the_publication_is_read_from_a_web_article_s_information_lines(
    information: str, publication: str | None, date: str
) -> None:
    issue = parse_text("乡村图书室全部开放\n\n" + information + "\n" + LIBRARY_TEXT, "page.txt")
    assert [article.title for article in issue.articles] == ["乡村图书室全部开放"]
    assert (issue.publication, issue.issue_date) == (publication, date)


BROWSER_PAGE = (
    "  • 首页\n  • 资讯\n      □ 深度\n      □ 财经\n  • 要闻\n      □ 头条\n\n"
    "首页 > 要闻 > 正文\n\n"
    "城南区开展“安全用电进社区”宣传活动\n\n"
    "立即订阅\n\n"
    "为提高居民安全用电意识，减少电气火灾隐患，10月12日，城南区供电所联合区消防大队在\n"
    "幸福里社区广场开展“安全用电进社区”宣传活动，吸引了两百余名居民参加，现场气氛十分\n"
    "热烈。\n\n"
    "                                   活动现场\n"
    "                        工作人员向居民讲解安全用电常识\n\n"
    "活动中，工作人员通过展板、宣传册和现场演示等方式，向居民讲解私拉乱接电线、电动车\n"
    "入户充电等行为的危害，并教大家正确使用灭火器。不少居民带着家里的插座、电热毯等电\n"
    "器前来咨询，工作人员一一进行检查并提出更换建议。\n\n"
    "据介绍，今年以来城南区已开展类似活动二十余场，发放宣传资料五千余份，排查整改用电\n"
    "隐患一百三十多处。下一步，区供电所还将走进学校和企业，继续普及安全用电知识。(文/图王\n"
    "小明李大海)\n\n"
    "赞 0 赏分享\n\n"
    "发布日期：2021-10-13 09:20:11  所属分类：头条\n"
)
"""A local paper's web page as w3m draws it: the text cut at the browser's width, a link under the
headline, a photo's caption centred under it, and the writers signed off with the spaces dropped."""


def test_a_short_link_under_a_browser_drawn_headline_is_not_part_of_the_title() -> None:
    article = parse_text(BROWSER_PAGE, "page.txt").articles[0]
    assert article.title == "城南区开展“安全用电进社区”宣传活动"
    assert article.credit == "立即订阅"  # kept with the article's header lines, not lost


def test_a_caption_centred_by_a_text_browser_is_one_caption_not_two_sub_headings() -> None:
    blocks = parse_text(BROWSER_PAGE, "page.txt").articles[0].blocks
    assert [block.kind for block in blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.CAPTION,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]
    assert blocks[1].text == "活动现场 工作人员向居民讲解安全用电常识"


def test_writers_signed_off_with_their_role_and_names_run_together_are_the_byline() -> None:
    article = parse_text(BROWSER_PAGE, "page.txt").articles[0]
    assert [(entry.role, entry.name) for entry in article.byline] == [
        ("文/图", "王小明"),
        ("文/图", "李大海"),
    ]
    assert article.text.endswith("(文/图王小明李大海)")  # the text keeps the sign-off


def test_a_sign_off_of_one_name_starting_like_a_role_stays_that_name() -> None:
    text = "城南区举办读书节\n\n本报讯 城南区第三届读书节昨日开幕，活动将持续一个月。（文静）\n"
    assert [entry.name for entry in parse_text(text, "page.txt").articles[0].byline] == ["文静"]


@pytest.mark.parametrize(
    ("information", "footer", "publication"),
    [
        (
            "来源：本站原创  作者：护理部\n时间：2021年04月23日 10:20\n",
            "版权所有：城东区人民医院　地址：城东路1号\n",
            "城东区人民医院",
        ),
        ("时间：2021年04月23日 10:20\n", "城南日报社版权所有  未经授权禁止复制\n", "城南日报"),
        ("时间：2021年04月23日 10:20\n", "版权所有 城西区教育局　Copyright © 2021\n", "城西区教育局"),
        (
            "来源：城北晚报\n时间：2021年04月23日 10:20\n",
            "版权所有：某某门户网　地址：城北路2号\n",
            "城北晚报",
        ),
    ],
)
def test_a_site_s_own_article_takes_the_copyright_holder_as_its_publication_when_nothing_else_names_one(
    information: str, footer: str, publication: str
) -> None:
    text = "乡村图书室全部开放\n\n" + information + "\n" + LIBRARY_TEXT + "\n" + footer
    issue = parse_text(text, "page.txt")
    assert [article.title for article in issue.articles] == ["乡村图书室全部开放"]
    assert issue.publication == publication
