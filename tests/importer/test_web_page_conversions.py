"""News pages as converters give them, in shapes the seventh held-out set showed: html2text writing the
headline as a heading inside a list item (``  * ### title``), icon counters (``__9 __ 23``), links whose
address holds escaped brackets, a date line running into ``字号：``/``来源：``, a comments box headed like
the headline.  The pages are written for these tests; expected values read off the text."""

from __future__ import annotations

from reader.importer import parse_text

TEXT = [
    "9月5日，在全省数字经济发展大会上，省工业和信息化厅负责人介绍，上半年全省软件业务收入同比增长"
    "百分之十二，增速高于全国平均水平。",
    "**软件产业规模持续扩大**",
    "该负责人表示，全省软件企业数量已超过三千家，其中收入过亿元的企业达到八十家，产业集聚效应明显。",
    "**人才短板仍需补齐**",
    "与会专家指出，高端人才不足仍是制约产业发展的主要因素，需要在引进和培养两方面同时发力。",
]


def _html2text_page() -> str:
    lines = [
        "[![](../images/logo.png)](/)",
        "[首页](/?s=home)",
        '[国际](/world?s=nav "国际")',
        '[科技](/tech?s=nav "科技")',
        "  * ### 全省软件业务收入增长一成二！专家：人才短板仍需补齐",
        "分享到：",
        "__12 __ 5",
        "2019-09-06 10:20:31 字号：[A-](javascript:void\\(0\\);) [A](javascript:void\\(0\\);)"
        " [A+](javascript:void\\(0\\);) 来源：某某科技网",
        "最后更新: 2019-09-06 10:25:02",
        *TEXT,
        "__12",
        "### 我要评论",
        "[登录](/login)后发表评论",
        "### 全部评论 5条",
        "网友甲：数字经济大有可为，期待更多好消息。",
        "网友乙：人才确实是关键，希望政策早日落地。",
        "#### [全省工业投资稳步增长](/tech/2019_09_05_1.shtml)",
        "#### [省里召开智能制造推进会](/tech/2019_09_05_2.shtml)",
    ]
    return "\n\n".join(lines) + "\n"


def test_an_html2text_page_whose_headline_is_a_heading_inside_a_list_item() -> None:
    issue = parse_text(_html2text_page(), "page_html2text.txt")
    assert [a.title for a in issue.articles] == ["全省软件业务收入增长一成二！专家：人才短板仍需补齐"]
    article = issue.articles[0]
    assert article.text.startswith("9月5日，在全省数字经济发展大会上")
    assert "人才短板仍需补齐\n与会专家指出" in article.text  # a bold sub-head stays in the text
    assert "网友甲" not in article.text  # the comments are the page's
    assert issue.issue_date == "2019-09-06"
    assert issue.publication == "某某科技网"
    aside = {item.text: item.reason for item in issue.boilerplate}
    assert aside["__12 __ 5"] == "web page information"


def _soup_page() -> str:
    """A saved page's text as BeautifulSoup's ``get_text("\\n")`` gives it: one block to a line, many blank
    lines, the page title with its column and site, buttons one to a line, a video box, comments."""
    lines = [
        "全省软件业务收入增长一成二|科技_某某新闻网",
        "", "", "登录", "", "忘记密码", "", "立即注册", "", "", "",
        "新闻中心", "", "科技新闻", ">", "正文", "", "", "",
        "全省软件业务收入增长一成二", "", "全省软件业务收入增长一成二", "",
        "2019年09月06日 10:20", "", "某某科技网", "", "收藏", "", "微博", "", "微信", "", "分享", "", "",
        "　　原标题：全省软件业务收入同比增长百分之十二", "",
        "您的浏览器暂时无法播放此视频.", "", "视频-软件产业大会现场直击", "",
        *[f"　　{paragraph}" for paragraph in TEXT if not paragraph.startswith("**")],
        "", "责任编辑：王某", "", "", "",
        "258", "条评论", "",
        "网友甲：数字经济大有可为，期待更多好消息。", "",
        "网友乙：人才确实是关键，希望政策早日落地。", "",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def test_a_saved_page_whose_title_names_a_column_and_the_site() -> None:
    issue = parse_text(_soup_page(), "page_bs4.txt")
    assert [a.title for a in issue.articles] == ["全省软件业务收入增长一成二"]
    article = issue.articles[0]
    assert article.text.startswith("9月5日，在全省数字经济发展大会上")  # not the video's label
    assert "网友甲" not in article.text
    assert issue.issue_date == "2019-09-06"
    aside = {item.text: item.reason for item in issue.boilerplate}
    assert aside["全省软件业务收入增长一成二|科技_某某新闻网"] == "web page title"
    assert "条评论" in aside
    assert aside["您的浏览器暂时无法播放此视频."] == "web page information"  # where the video player was


def test_a_lynx_page_whose_trail_ends_with_the_headline() -> None:
    """lynx keeps the site's name and menu, a trail that ends with the headline (a bracketed advert run on
    before it), then the headline, a date line with the site, the column and counters, 原标题."""
    headline = "[某某家电专卖]全省软件业务收入增长一成二！人才短板仍需补齐"
    lines = [
        "   某某传媒", "", "     网站首页", "", "     时政新闻", "", "     科技新闻", "",
        "     体育新闻 __________________ 搜索", "",
        f"      首页  >   科技新闻   >   {headline}", "",
        headline, "",
        "2019年09月06日 某某传媒 科技新闻 1665 0", "",
        "   原标题：全省软件业务收入同比增长百分之十二", "",
        "   [3f2a9c.jpeg]", "",
        *[f"   {paragraph}" for paragraph in TEXT if not paragraph.startswith("**")],
    ]  # fmt: skip
    issue = parse_text("\n".join(lines) + "\n", "page_lynx.txt")
    assert [a.title for a in issue.articles] == [headline]
    assert issue.articles[0].text.startswith("9月5日，在全省数字经济发展大会上")
    assert issue.issue_date == "2019-09-06"
    aside = [item.text for item in issue.boilerplate if item.reason == "web page header"]
    assert aside[0] == "某某传媒" and aside[-1].endswith(headline)  # the site's name is never the title


def test_a_w3m_page_with_a_share_count_on_top_and_a_list_after_a_colon() -> None:
    """A share box whose count stands alone over its buttons (``4786`` / ``转发`` / ``微博``), and a line
    of things listed after a sentence's colon, set apart by more blank lines than the paragraphs."""
    lines = [
        "[logo]", "首页 / 科技 / 正文", "[                    ]", "搜索", "",
        "4786", "[repost]转发", "微博", "Qzone", "微信", "Scan me!", "",
        "全省软件业务收入增长一成二", "", "某某科技 2019-09-06 10:20:31", "", "",
        TEXT[0], "", TEXT[2], "", "该负责人介绍，软件企业的主要产品包括：", "", "",
        "工业软件、嵌入式软件、信息安全软件、云计算服务...", "", "",
        TEXT[4], "", "会议期间，与会企业共签约项目二十个，总投资超过百亿元。", "",
    ]  # fmt: skip
    issue = parse_text("\n".join(lines) + "\n", "page_w3m.txt")
    assert [a.title for a in issue.articles] == ["全省软件业务收入增长一成二"]
    assert "包括：\n工业软件、嵌入式软件" in issue.articles[0].text
    assert "4786" in {item.text for item in issue.boilerplate}


def test_reporters_of_any_outlet_on_a_line_over_the_text() -> None:
    """``某某新闻记者 张三 李四`` under the information lines: the outlet's name run into the role."""
    lines = [
        "全省软件业务收入增长一成二", "", "2019年09月06日 10:20", "来源：某某科技网", "",
        "某某科技记者 周明远 吴海涛", "", *TEXT[:1], "", TEXT[2], "",
    ]  # fmt: skip
    issue = parse_text("\n".join(lines) + "\n", "page.txt")
    assert [a.title for a in issue.articles] == ["全省软件业务收入增长一成二"]
    assert [p.name for p in issue.articles[0].byline] == ["周明远", "吴海涛"]
    assert issue.articles[0].text.startswith("9月5日，在全省数字经济发展大会上")
