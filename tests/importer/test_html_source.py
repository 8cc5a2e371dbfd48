"""A web page saved as its HTML source (what a collecting script writes) reads like its text copies.

What a user would notice if this broke: a folder of pages saved by a script imports as one article
per page titled ``<!DOCTYPE html>``, its text full of tags — as every such page did before.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import BadInputError
from reader.importer import parse_bytes, parse_text, webpage
from tests.importer.test_corpus import CORPORA, _matched

PAGES = {
    "eighth/build/src/cq_css.html": "eighth/w03_cq_css_20180213_pandoc_utf16le_crlf.txt",
    "eighth/build/src/cq_szc.html": "eighth/w01_cq_szc_20180213_lynx.txt",
    "eighth/build/src/qkzwxx_2011n9.html": "eighth/b03_qkzwxx_2011n9_webpage_w3m.txt",
    "ninth/build/src/gtxwzl_20210403.html": "ninth/n07_gtxwzl_20210403_webpage_w3m.txt",
    "ninth/build/src/zcwjxb_2019n3.html": "ninth/c03_zcwjxb_2019n3_pandoc_utf16le_crlf.txt",
    "tenth/build/src/xwzl_20240927.html": "tenth/m04_xwzl_20240927_lynx_gb18030_crlf.txt",
    "tenth/build/src/xwzl_20251117.html": "tenth/m01_xwzl_20251117_webpage_w3m.txt",
    "tenth/build/src/zxxx_2023n3.html": "tenth/z03_zxxx_2023n3_pandoc-md_utf16le.txt",
    "sixth/build/src/gne_ifeng_2.html": "sixth/s01_ifeng_xinhua_chenliqun_20190909_w3m.txt",
    "sixth/build/src/gne_163_6.html": "sixth/s03_163_hualong_shapingba_20190909_lynx_gb18030_crlf.txt",
    "sixth/build/src/gne_sina_2.html": "sixth/s06_sina_bjnews_12306_20181228_w3m_gb18030.txt",
    "sixth/build/src/gne_thepaper_3.html": "sixth/s07_thepaper_xinhua_qiushi_20200103_html2text.txt",
    "sixth/build/src/gne_toutiao_4.html": "sixth/s08_toutiao_chinanet_coldwave_20191125_w3m_crlf.txt",
    "sixth/build/src/myzd_2944bd01_fragment.html": "sixth/s09_jxrb_dingnan_20151213_fragment_w3m.txt",
    "seventh/build/src/gne_163_5.html": "seventh/n01_163_police_fraud_20190907_w3m.txt",
    "seventh/build/src/gne_njxfhn_1.html": "seventh/n03_njxfhn_jiangmen_fraud_20190911_lynx.txt",
    "seventh/build/src/gne_sina_5.html": "seventh/n04_sina_hk_chentongjia_20191023_pandoc_utf16le_crlf.txt",
    "seventh/build/src/gne_toutiao_5.html": "seventh/n06_toutiao_wangyong_20200309_w3m_gb18030.txt",
    "seventh/build/src/gne_guancha_2.html": "seventh/n07_guancha_chips_20190907_html2text.txt",
    "seventh/build/src/gne_ifeng_1.html": "seventh/n08_ifeng_girl_eye_20191125_lynx_crlf.txt",
}
"""Every page the held-out sets were rendered from (their ``build/src``), and the rendering whose
gold (written from the text) lists the page's articles."""


def _gold(rendering: str) -> dict:
    folder, name = rendering.split("/")
    return json.loads((CORPORA / folder / "GOLD.json").read_text(encoding="utf-8"))[name]


def test_saved_pages_find_the_articles_of_their_text_copies() -> None:
    """41 articles in 20 pages (real news pages and bulletin pages the sets were built from): before,
    none was found (each page one article titled by its first tag)."""
    found = extra = 0
    for page, rendering in PAGES.items():
        issue = parse_bytes((CORPORA / page).read_bytes(), Path(page).with_suffix(".txt").name)
        assert issue.warnings[0] == webpage.NOTE
        gold = [article["title"] for article in _gold(rendering)["articles"]]
        matched = _matched([article.title for article in issue.articles], gold)
        found, extra = found + matched, extra + len(issue.articles) - matched
    assert (found, extra) == (41, 1)  # the extra: a news app's download box read as an article


def test_a_bulletin_page_splits_at_its_headings_and_keeps_its_date() -> None:
    page = CORPORA / "tenth/build/src/xwzl_20251117.html"
    issue = parse_bytes(page.read_bytes(), "xwzl.txt")
    gold = _gold(PAGES["tenth/build/src/xwzl_20251117.html"])
    assert issue.issue_date == gold["issue_date"] == "2025-11-17"
    assert [a.title for a in issue.articles] == [
        "配合市政署維修下水道及路面等工作 多處道路周三起實施交通管制",
        "勞工局與休閒企業合作推出就業+培訓專項計劃 明起接受申請",
        "行政長官岑浩輝明日發表2026年施政報告",
        "橫琴口岸及橫琴.澳門青年創業谷增設“澳政易”自助服務機",
    ]
    assert issue.articles[1].text.startswith("為促進本地人才職業發展")


PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>县政府召开常务会议_政务动态_某县人民政府</title>
<style>p {{ margin: 0 }}</style><script>var menu = "<p>首页</p>";</script>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a></div>
<h1>县政府召开常务会议</h1>
<div class="info">发布时间：2024-03-05　来源：县政府办公室</div>
<div class="content"><p>&nbsp;&nbsp;3月4日，县长主持召开县政府常务会议，研究部署[2024]{sign}号文件的落实。</p>
<p>会议强调，要抓好春耕生产，
确保粮食安全。</p></div>
<div class="footer">版权所有：某县人民政府</div></body></html>
"""
"""A county government's news page as a collecting script saves it (written for this test, in the
shape of such pages: a trail, the title in ``<h1>``, a date and source line, a footer)."""


def test_a_gbk_page_reads_as_its_visible_text() -> None:
    issue = parse_bytes(PAGE.format(sign="*").encode("gbk"), "page.txt")
    assert issue.encoding == "gb18030"
    assert issue.issue_date == "2024-03-05"
    [article] = issue.articles
    assert article.title == "县政府召开常务会议"
    assert article.text == (
        "3月4日，县长主持召开县政府常务会议，研究部署[2024]*号文件的落实。\n"
        "会议强调，要抓好春耕生产，确保粮食安全。"  # the source's line break between two hanzi is no space
    )
    assert "var menu" not in article.text and "政务动态_某县" not in article.text


def test_visible_text_has_a_line_per_block_and_no_markup() -> None:
    text = webpage.to_text(
        "<html><head><title>标题</title><body><p>第一段<br>第二行</p><table><tr><td>姓名</td>"
        "<td>职务</td></tr></table><pre>  保留\n  原样</pre><h2>小标题</h2><h5>2024年3月5日</h5></body>"
    )
    # a preformatted block keeps its line breaks (its lines' ASCII indentation goes, as on every line)
    assert text == "第一段\n第二行\n\n姓名 职务\n\n保留\n原样\n\n## 小标题\n\n2024年3月5日\n"


def test_markdown_with_html_inside_is_not_taken_for_a_page() -> None:
    hexo = "---\ntitle: 标题\n---\n\n" + "<div><p>　　正文一段。</p></div>\n" * 20
    assert not webpage.is_html(hexo)
    assert not webpage.is_html("# 《新闻联播》\n\n" + "<p>正文。</p>\n" * 20)
    assert webpage.is_html("<div>" + "<p>正文。</p>\n" * 20 + "</div>")  # a content area saved alone


def test_a_page_that_leaves_out_its_body_tag_still_shows_its_text() -> None:
    text = webpage.to_text("<html><head><title>站名</title><meta charset=utf-8><div>正文&nbsp;第一段</div>")
    assert text == "正文 第一段\n"


def test_a_line_in_bold_alone_is_set_apart_as_a_title() -> None:
    """An old page's item titles: bold lines over paragraphs broken by ``<br>`` (no headings)."""
    text = webpage.to_text(
        "<td><b>我县启动夏季安全生产大检查</b><br>　　6月10日，我县召开会议。<br>"
        "　　会议要求<b>压实责任</b>。<br><b>县农业农村局抓好夏粮收购</b><br>　　连日来，抢收抢晒。</td>"
    )
    assert text == (
        "我县启动夏季安全生产大检查\n\n　　6月10日，我县召开会议。\n　　会议要求压实责任。\n\n"
        "县农业农村局抓好夏粮收购\n\n　　连日来，抢收抢晒。\n"
    )


def test_a_sites_menu_alone_on_the_first_line_is_not_the_title() -> None:
    """What a text browser prints of a page whose only furniture is its menu (written for this test)."""
    text = (
        "网站首页 | 信息公开 | 办事服务\n\n我县启动夏季安全生产大检查\n\n发布时间：2023-06-12\n\n"
        "　　6月10日，我县召开夏季安全生产工作会议，部署开展为期两个月的安全生产大检查。\n\n"
        "　　会议要求，各乡镇、各部门要压实责任，对重点行业领域开展拉网式排查。\n"
    )
    issue = parse_text(text, "page.txt")
    assert [article.title for article in issue.articles] == ["我县启动夏季安全生产大检查"]
    assert [(item.text, item.reason) for item in issue.boilerplate][:1] == [
        ("网站首页 | 信息公开 | 办事服务", "web page header")
    ]
    bulletin_line = "第5期 | 2023年6月12日 | 县政府办公室编"  # bars, but no button: the bulletin's own
    kept = parse_text(bulletin_line + text[text.index("\n") :], "issue.txt")
    assert (bulletin_line, "web page header") not in [(item.text, item.reason) for item in kept.boilerplate]


TAGS = ["<p>", "</p>", "<br>", "<h1>", "</h1>", "<h2>", "</h2>", "<b>", "</b>", "<div>", "</div>",
        "<td>", "</td>", "<script>", "</script>", "<head>", "</head>", "<pre>", "</pre>", "&nbsp;", "&gt;",
        "&#x4e2d;", "<!--", "-->", "\ufdd0", "\ufdd2", "*", "_", "[", "]", "#", "|", "\\", "\n",
        "\u3000"]  # fmt: skip
WORDS = st.text(alphabet="会议召开发展，。 ab1", max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TAGS) | WORDS, max_size=60).map("".join))
def test_any_page_source_reads_without_a_crash_or_a_mark_of_ours(body: str) -> None:
    text = webpage.to_text("<!DOCTYPE html><html><body>" + body)
    assert not set(text) & {"\ufdd0", "\ufdd1", "\ufdd2"}
    try:
        parse_text("<!DOCTYPE html><html><body>" + body, "page.txt")
    except BadInputError as error:
        assert error.reason.startswith(("file is empty", "file holds no text"))


@given(st.text(alphabet="会议*_[]#|\\<>`(1)", min_size=1, max_size=20))
def test_markdown_signs_in_a_headed_page_come_back_as_written(words: str) -> None:
    page = f"<html><body><h1>县里召开防汛会议</h1><p>会议强调，{words}。</p></body></html>"
    [article] = parse_text(page, "page.txt").articles
    assert article.text == f"会议强调，{words}。"


ITEMS = [
    ("河西镇举办丰收节", "9月23日，河西镇举办丰收节。", "展销农产品三十余种。", "吸引群众两千余人次。"),
    ("县图书馆延长开放时间", "县图书馆每天开放至晚上九点。", "周末不闭馆。", "少儿阅览室同步延时。"),
    ("东山村通上自来水", "东山村一百二十户村民用上了自来水。", "工程投资三百万元。", "解决了多年饮水难题。"),
    ("县医院开设夜间门诊", "县人民医院本月起开设夜间门诊。", "每晚接诊至十点。", "首周接诊患者四百余人。"),
]
BROKEN_FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>河西日报</title>\n'
    + "".join(
        f"<item>\n<title>{title}</title>\n<description><![CDATA[{''.join(f'<p>{p}</p>' for p in text)}]]>"
        "</description>\n</item>\n"
        for title, *text in ITEMS
    )
    + "<item>\n<title>县城新增公共停车位八百个</title>\n"
    + "<description><![CDATA[<p>今年以来，县住建局在老城区新建公共停车场五处，新增车位八百个。</p>\n"
)  # the download broke off inside the last item


def test_a_feed_cut_short_keeps_every_items_text() -> None:
    """A feed whose download broke off is no feed to an XML parser and is read as a page's source; the
    text inside its CDATA sections (each item's HTML) is text a reader must get, not markup to drop —
    the last one too, which the file's end left open."""
    issue = parse_text(BROKEN_FEED, "river.xml.txt")
    text = "\\n".join(a.title + "\\n" + a.text for a in issue.articles)
    for _title, *paragraphs in ITEMS:
        assert all(paragraph in text for paragraph in paragraphs)
    assert "新增车位八百个" in text
    assert "<p>" not in text and "CDATA" not in text
