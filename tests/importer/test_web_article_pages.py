"""A government site's article page as a text browser dumps it (w3m, lynx at 80 columns): menus with
``|`` between their items, a search box, a picture's name before the breadcrumb, a headline cut by the
width over its 来源：/时间： lines, and buttons with counters after the text.

The pages here are written for the tests in the shape of the fourth and fifth held-out sets' pages;
the expected values are read off the text."""

from __future__ import annotations

from reader.importer import parse_text
from reader.importer.boilerplate import is_chrome

PARAGRAPHS = [
    "本站讯（通讯员李明 王芳）为深入推进党建与业务工作紧密结合，弘扬中医药文化，10月29日，医技党支部"
    "举办中药、药学理论知识与专业技能大赛，全院四十余名职工参加，院领导到场观摩并为获奖选手颁奖。",
    "比赛分为笔试和实操两个环节，笔试考查中药学、药理学和药事管理知识，实操考查中药饮片辨识和处方调剂，"
    "参赛选手沉着应答、操作规范，展现了扎实的专业功底和良好的精神面貌，赛场气氛热烈。",
]
BODY = [paragraph[k : k + 40] for paragraph in PARAGRAPHS for k in range(0, len(paragraph), 40)]
"""The text as w3m prints it at 80 columns: 40 wide characters a line."""


def _page(top: list[str], tail: list[str] | None = None) -> str:
    return "\n".join([*top, *BODY, *(tail or [])]) + "\n"


def test_a_headline_cut_by_the_width_over_its_information_lines_is_one_title() -> None:
    title = "【不忘初心牢记使命】我院医技药剂党支部举办2019年中药、药学理论知识与专业技能大赛"
    text = _page(
        [
            "新闻动态",
            "[house] 位置：首页 >  新闻动态",
            title[:-1],
            title[-1],  # w3m cut the headline one character before its end
            "来源：本站原创  作者：医技药剂党支部",
            "时间：2019年10月31日 23:00  浏览： 33",
            "",
        ]
    )
    issue = parse_text(text, "page_w3m.txt")
    assert [article.title for article in issue.articles] == [title]
    article = issue.articles[0]
    assert [entry.name for entry in article.byline] == ["李明", "王芳"]  # not the headline's last 赛
    assert issue.issue_date == "2019-10-31"
    assert ("[house]", "picture left out") in [(item.text, item.reason) for item in issue.boilerplate]


def test_a_menu_drawn_with_bars_between_long_items_and_a_search_box_are_set_aside() -> None:
    menu = ["发展改革工作", "    战略规划和区域发展", "    |", "    经济运行和社会发展", "    |"]
    menu.append("    投资管理和项目推进")
    text = _page(
        [
            "国家发改委|中国浙江|浙江政务服务网简体|繁体|无障碍浏览",
            "",
            "[请输入关键字        ] [1901171027]",
            "",
            *menu,
            "",
            "[1536311499] 当前位置： 首页 >发展改革工作 >投资管理和项目推进",
            "",
            "1-10月全县固定资产投资结构趋稳趋优",
            "",
            "发布日期：2016-11-22 浏览次数：信息来源：省发改委",
            "",
        ]
    )
    issue = parse_text(text, "page_w3m.txt")
    assert [article.title for article in issue.articles] == ["1-10月全县固定资产投资结构趋稳趋优"]
    aside = {item.text for item in issue.boilerplate}
    assert {"战略规划和区域发展", "经济运行和社会发展", "投资管理和项目推进"} <= aside
    assert "国家发改委|中国浙江|浙江政务服务网简体|繁体|无障碍浏览" in aside
    assert issue.articles[0].source_note == "发布日期：2016-11-22 浏览次数：信息来源：省发改委"


def test_buttons_and_a_list_of_links_after_the_text_are_not_an_article() -> None:
    tail = [
        "",
        "分享 收藏 阅读 539",
        "  • 十一假期来武汉旅游体验“穿越古今”2020.10.04",
        "  • 湖南援汉医疗队畅游武汉2020.10.04",
    ]
    text = _page(["市医院举办药学技能大赛", "", "来源：本站原创  时间：2019年10月31日", ""], tail)
    issue = parse_text(text, "page.txt")
    assert [article.title for article in issue.articles] == ["市医院举办药学技能大赛"]
    assert "分享 收藏 阅读 539" in {item.text for item in issue.boilerplate}
    assert "穿越古今" not in issue.articles[0].text


def test_counters_beside_buttons_are_chrome_but_numbers_alone_and_words_are_not() -> None:
    assert is_chrome("阅读 539") and is_chrome("报料 注册 登录") and is_chrome("[请输入关键字        ]")
    assert not is_chrome("2019") and not is_chrome("阅读经典 传承文明")


def _saved_page() -> str:
    """A news page as BeautifulSoup's ``get_text("\\n")`` writes it: the page's title first, the site's
    menus and other headlines, then the headline again over its date, 来源： and share buttons."""
    related = ["大数据“坑熟客”，技术之罪需规则规避", "2018-03-02 08:58:39"]
    related += ["学校只剩一名学生，她却坚守了18年", "2018-03-02 08:58:39"]
    return "\n\n".join(
        [
            "法国全国大罢工再次严重影响交通-新华网",
            "法国全国大罢工再次严重影响交通",
            "雄安等13地区试点“交通强国”建设",
            "沙特2020年财政支出预计达2720亿美元",
            "客户端",
            "搜索",
            "正文",
            "法国全国大罢工再次严重影响交通",
            " 2019-12-10 07:57:40",
            "来源：",
            " 新华网",
            "关注新华网",
            " 微信 ",
            " 微博 ",
            "评论",
            "（原标题：法国工会号召继续罢工）",
            "　　新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工，巴黎公共交通几近瘫痪。",
            "　　法国各工会号召10日继续举行全国跨行业大罢工及游行，预计交通将继续受到严重影响。",
            "+1",
            "加载更多",
            "热帖",
            *related,
        ]
    )


def test_a_saved_page_opening_with_its_title_gives_the_headline_printed_over_the_date() -> None:
    issue = parse_text(_saved_page(), "page_bs4.txt")
    assert [article.title for article in issue.articles] == ["法国全国大罢工再次严重影响交通"]
    article = issue.articles[0]
    assert article.source_note == "来源：\n新华网\n（原标题：法国工会号召继续罢工）"
    assert [entry.name for entry in article.byline] == ["唐霁"]
    assert article.text.startswith("新华社巴黎12月9日电")
    assert issue.issue_date == "2019-12-10"
    reasons = {item.text: item.reason for item in issue.boilerplate}
    assert reasons["法国全国大罢工再次严重影响交通-新华网"] == "web page title"
    assert reasons["雄安等13地区试点“交通强国”建设"] == "web page header"
    assert reasons["微博"] == "web page toolbar"
    assert reasons["学校只剩一名学生，她却坚守了18年"] == "web page links"


def test_a_page_converted_to_markdown_with_its_headline_as_its_only_h2_is_that_article() -> None:
    """html2text writes a page's ``<h2>`` headline as ``##``, under the site's menus as link lists."""
    menus = "\n".join(
        f"  * [{word}](http://www.example.com/{k}/)"
        for k, word in enumerate(["首页", "新闻", "财经", "体育"])
    )
    text = (
        f"{menus}\n\n##  5月20日至31日，京沪高速无锡至江阴段封闭！\n\n2019-05-17 ·  苏皖城市报道\n\n"
        + "".join(f"{paragraph}\n\n" for paragraph in PARAGRAPHS)
        + "#### 用户登录\n\n#### 相关推荐\n"
    )
    issue = parse_text(text, "page_html2text.md")
    assert [article.title for article in issue.articles] == ["5月20日至31日，京沪高速无锡至江阴段封闭！"]
    assert issue.issue_date == "2019-05-17"
    assert not any("kept as an article of its own" in warning for warning in issue.warnings)


def _digest(items: list[tuple[str, ...]]) -> str:
    blocks = []
    for *title, text in items:
        blocks.append("\n".join([*title, text]))
    return "\n\n".join(blocks) + "\n"


def test_a_digest_of_bracketed_items_keeps_titles_the_width_cut_and_texts_shorter_than_their_title() -> None:
    """A news digest page (``【source】title`` over each item's text) as w3m prints it: 40 characters a
    line, so a long title goes on in a short line and an item's text can start shorter than its title."""
    first = "三大股指9月26日集体回调，创业板指跌近3%，银行股逆市走强，两市成交额较前一日有所放大。"
    items = [
        ("【证券时报网】A股三大股指集体回调：创业板指跌近3% 银行股逆市走强", first),
        ("【21世纪经济报道】脱欧剧神转折！约翰逊斥英高法判暂停议会不合法是“错误” 只求提前", "大选最后一搏",
         "当地时间9月25日，英国首相约翰逊在议会发表讲话，称最高法院的裁决是错误的。"),
        ("【中国基金报】明星私募6亿遭“秒杀”！更有公募狂卖1400亿 9月基金为何这么火？",
         "在业内人士看来，偏股型基金赚钱效应加上监管趋严，资金正在流入。"),
    ]  # fmt: skip
    issue = parse_text(_digest(items), "digest_w3m.txt")
    assert [article.title for article in issue.articles] == [
        "【证券时报网】A股三大股指集体回调：创业板指跌近3% 银行股逆市走强",
        "【21世纪经济报道】脱欧剧神转折！约翰逊斥英高法判暂停议会不合法是“错误” 只求提前大选最后一搏",
        "【中国基金报】明星私募6亿遭“秒杀”！更有公募狂卖1400亿 9月基金为何这么火？",
    ]
    assert issue.articles[2].text.startswith("在业内人士看来")


def test_a_press_release_page_under_a_home_trail_gives_its_spokesman_as_the_byline() -> None:
    """Everything above ``首页 > … > …`` is the site's; the spokesman's line, with or without a space
    between post and name, is the speaker; a picture left out as ``[]`` is set aside."""
    menu = "\n".join(f"  • {word}" for word in ["新闻中心", "关于工程", "官方公告", "飞行任务", "联系我们"])
    for speaker_line in ["中国载人航天工程新闻发言人武平", "中国载人航天工程新闻发言人 武平"]:
        text = (
            f"{menu}\n\n首页 > 专题报道 > 新闻发布会\n天宫一号与神舟九号载人交会对接任务第二场新闻发布会\n"
            f"发布日期: 2012-06-24\n\n[]\n\n2012年6月24日\n\n{speaker_line}\n\n女士们、先生们：\n\n"
            "很高兴又一次和大家见面。\n\n受任务总指挥部委托，今天由我来向大家通报我国航天员"
            "首次手控交会对接的情况。北京时间6月24日12时55分，天宫一号与神舟九号成功实现手控交会对接。\n"
        )
        issue = parse_text(text, "press.txt")
        assert [article.title for article in issue.articles] == [
            "天宫一号与神舟九号载人交会对接任务第二场新闻发布会"
        ]
        article = issue.articles[0]
        assert [(entry.role, entry.name) for entry in article.byline] == [
            ("中国载人航天工程新闻发言人", "武平")
        ]
        assert article.text.startswith("女士们、先生们：")
        reasons = {item.text: item.reason for item in issue.boilerplate}
        assert reasons["首页 > 专题报道 > 新闻发布会"] == "web page header"
        assert reasons["• 关于工程"] == "web page header"
        assert reasons["[]"] == "picture left out"


def test_a_heading_naming_a_post_and_a_word_is_not_a_speaker() -> None:
    from reader.importer.linekinds import speaker

    assert speaker("县委书记王明") == ("县委书记", "王明")
    assert speaker("新闻发言人制度") is None and speaker("市长热线") is None


def test_a_page_in_markdown_keeps_its_date_under_a_hard_break_and_sets_its_pictures_and_buttons_aside() -> (
    None
):
    text = (
        "# 疫情防控常态化下，长春市的新经济之路\n\n2020年09月11日 18:05  \n来源：[商讯](http://example.com/1.html)\n\n"
        "![](//img.example.com/2013/1106/indeccode.png)\n\n用微信扫描二维码  \n分享至好友和朋友圈\n\n"
        + "".join(f"{paragraph}\n\n" for paragraph in PARAGRAPHS)
    )
    issue = parse_text(text, "page_html2text.md")
    article = issue.articles[0]
    assert (article.title, issue.issue_date, article.source_note) == (
        "疫情防控常态化下，长春市的新经济之路", "2020-09-11", "来源：商讯"
    )  # fmt: skip
    assert article.text.startswith("本站讯")
    reasons = {item.text: item.reason for item in issue.boilerplate}
    assert reasons["![](//img.example.com/2013/1106/indeccode.png)"] == "picture left out"
    assert reasons["分享至好友和朋友圈"].startswith("web page")


def test_a_portal_page_with_its_headline_twice_a_dated_source_and_an_advert_before_the_text() -> None:
    """The headline printed twice, ``2018年12月28日 19:55 新京报``, share buttons, counters, an advert
    of one line, then the text opening with ``新京报快讯（记者…）``: one article under the headline."""
    title = "60万“12306账号”外泄？中铁总辟谣称消息不实"
    text = "\n".join(
        [
            "新浪首页", "新闻", "体育", "财经", "娱乐", "",
            "财经 > 滚动 > 正文", "",
            "[INS::INS]", "", title, "", title, "2018年12月28日 19:55 新京报",
            "新浪财经APP 缩小字体 放大字体 收藏 微博 微信 分享", "57人参与11评论", "[INS::INS]", "",
            "“2018十大经济年度人物评选”火热进行中！【点击投票】Pick你心目中的商业领袖", "",
            "　　新京报快讯（记者 裴剑飞）今日（12月28日）有网友爆料，有60万个账号在暗网出售。",
            "", "　　今晚，中国铁路总公司通过官方微博发布辟谣消息称：网传信息不实，未发生用户信息泄漏。",
        ]
    )  # fmt: skip
    issue = parse_text(text + "\n", "portal_w3m.txt")
    assert [article.title for article in issue.articles] == [title]
    article = issue.articles[0]
    assert [entry.name for entry in article.byline] == ["裴剑飞"]
    assert article.date_line == "2018年12月28日 19:55 新京报" and issue.issue_date == "2018-12-28"
    assert issue.publication == "新京报"  # the source beside the date
    assert article.text.startswith("新京报快讯")
    reasons = {item.text: item.reason for item in issue.boilerplate}
    assert reasons["57人参与11评论"] == "web page information"
    assert reasons["财经 > 滚动 > 正文"] == "web page header"


def test_a_headline_ending_in_an_ellipsis_over_its_date_is_the_title() -> None:
    text = (
        "资讯 > 暖新闻 > 正文\n\n他放弃百万年薪来到这里 唯一的要求竟是……\n\n"
        "2019年09月09日 18:13:22\n来源：新华网\n\n"
        "杭州市学军中学校长陈立群要退休了，作为全国重点高中校长，他在全国教育界都广获认可。\n"
    )
    issue = parse_text(text, "page.txt")
    assert [article.title for article in issue.articles] == ["他放弃百万年薪来到这里 唯一的要求竟是……"]
    assert issue.articles[0].source_note == "来源：新华网"


def test_a_news_app_page_with_its_source_before_the_date_and_its_headline_again_over_a_photo() -> None:
    """``中国网 2019-11-25 10:37:31`` under the headline; the headline printed again over the photo's
    caption is not a reason to set the first paragraph aside; a counter over the title is no title."""
    title = "较强冷空气来袭全国多地开启“抖抖抖”模式"
    text = "\n".join(
        [
            "首页 / 其他 / 正文", "", "1", "[repost]转发", "微博", "Qzone", "微信", "", title, "",
            "中国网 2019-11-25 10:37:31", "",
            "综合消息，近日，较强冷空气袭击多地，24日，东北地区中东部降温6～12℃，局地降幅达16～20℃。", "",
            title, "", "资料图：市民在寒冷天气中出行。中新社记者贾天勇摄", "",
        ]
    )  # fmt: skip
    issue = parse_text(text, "app_w3m.txt")
    assert issue.articles[0].title == title
    assert issue.articles[0].text.startswith("综合消息，近日")
    assert (issue.issue_date, issue.publication) == ("2019-11-25", "中国网")


def test_a_markdown_page_with_a_related_links_heading_and_labels_run_together() -> None:
    """html2text: the headline and ``## 为你推荐`` at the same level; ``来源：…作者：…`` on one line."""
    text = (
        "[首页](http://www.example.com/) > [快讯](http://www.example.com/k/)\n\n"
        "## 午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目\n\n"
        "2019-09-26 12:11来源：证券时报网作者：李在山\n\n"
        "证券时报e公司讯，当升科技：9614.5万元竞得常州市工业用地，将为公司常州项目建设提供用地。\n\n"
        "## 为你推荐\n\n[创业板指午后拉升](http://www.example.com/1.html)\n\n[两市成交额放大](http://www.example.com/2.html)\n"
    )
    issue = parse_text(text, "page_html2text.md")
    assert [article.title for article in issue.articles] == [
        "午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目"
    ]
    assert [entry.name for entry in issue.articles[0].byline] == ["李在山"]
    assert {item.text: item.reason for item in issue.boilerplate}["为你推荐"] == "web page links"


def test_a_traditional_pages_buttons_are_chrome_as_their_simplified_forms_are() -> None:
    assert is_chrome("閱讀 539") and is_chrome("報料 註冊 登錄") and is_chrome("返回頂部")
    assert is_chrome("網站地圖 | 關於我們 | 聯繫我們") and is_chrome("【關閉窗口】")
    assert not is_chrome("閱讀經典 傳承文明") and not is_chrome("關於")


def test_a_traditional_pages_footer_is_set_aside() -> None:
    buttons = ["分享 收藏 閱讀 539", "返回頂部", "網站地圖 | 關於我們 | 聯繫我們"]
    top = ["新聞動態", "中藥技能大賽在我院舉行", ""]
    issue = parse_text(_page(top, ["", *buttons]), "page_w3m.txt")
    assert set(buttons) <= {item.text for item in issue.boilerplate}
    assert "頂部" not in issue.articles[-1].text and "網站地圖" not in issue.articles[-1].text
    issue = parse_text(_page(top, ["", "版權所有　不得轉載"]), "page_w3m.txt")
    assert "版權所有　不得轉載" in {item.text for item in issue.boilerplate}
    assert issue.articles[-1].text.endswith("赛场气氛热烈。")


def test_the_sites_owner_line_over_its_icp_number_is_the_footer_not_the_texts_last_paragraph() -> None:
    footer = ["主办单位：某县人民政府办公室　地址：某县人民路1号", "ICP备案号：X ICP备12345678号"]
    issue = parse_text(_page(["新闻动态", "中药技能大赛在我院举行", ""], ["", *footer]), "page_w3m.txt")
    assert set(footer) <= {item.text for item in issue.boilerplate}
    assert issue.articles[-1].text.endswith("赛场气氛热烈。")
