"""A web digest's headline (``【资讯汇总】…``, nothing under it but the page's date and source) under the
site's chrome: once the chrome above it is set aside, the headline is the page's title, not an article of
no text, and the column name over the first item (``收盘播报``) names the items under it up to the next
(session 35, ``leftovers21``; fourth set's f12/f13).  Page written for the test (invented items)."""

from reader.importer import parse_text


def _item(source: str, title: str, text: str) -> str:
    return f"【{source}】{title}\n\n{text}\n\n"


PAGE = (
    "客服热线：400-0000-000 APP下载\n"
    "最新活动   帮助中心\n"
    "河西理财平台\n\n"
    "  • 首页\n"
    "  • 基金超市\n"
    "  • 我的资产\n\n"
    " 1. 首页\n"
    " 2. 基金资讯\n"
    " 3. 资讯正文\n\n"
    "【资讯汇总】9月26日盘中重要资讯汇总 准确把握市场走向\n\n"
    "2025年9月26日 15:10 来源：河西基金网\n"
    "收盘播报\n\n"
    + _item(
        "河西证券报",
        "三大股指集体回调 银行股逆市走强",
        "三大股指26日集体回调，两市合计成交超过五千亿元，银行股逆市走强。",
    )
    + "国内资讯\n\n"
    + _item(
        "河西财经",
        "财政部修订金融企业财务规则",
        "财政部官网信息显示，财政部对金融企业财务规则进行修订，拨备覆盖率要求有所调整。",
    )
    + _item(
        "河西经济报", "全球城市竞争力报告发布", "9月25日，全球城市竞争力报告发布，国内四个城市进入前二十名。"
    )
    + "国际资讯\n\n"
    + _item("河西财经", "贸易和发展报告发布", "贸易和发展报告指出，全球贸易增速放缓，各方应加强合作。")
    + _item("河西经济报", "欧洲央行维持利率不变", "欧洲央行宣布维持主要再融资利率不变，符合市场预期。")
)


def test_the_headline_under_the_chrome_titles_the_page():
    issue = parse_text(PAGE, "digest_w3m.txt")
    assert [(a.section, a.title) for a in issue.articles] == [
        ("收盘播报", "【河西证券报】三大股指集体回调 银行股逆市走强"),
        ("国内资讯", "【河西财经】财政部修订金融企业财务规则"),
        ("国内资讯", "【河西经济报】全球城市竞争力报告发布"),
        ("国际资讯", "【河西财经】贸易和发展报告发布"),
        ("国际资讯", "【河西经济报】欧洲央行维持利率不变"),
    ]
    assert issue.title == "【资讯汇总】9月26日盘中重要资讯汇总 准确把握市场走向"
    asides = {b.text: b.reason for b in issue.boilerplate}
    assert asides["【资讯汇总】9月26日盘中重要资讯汇总 准确把握市场走向"] == "issue title"
