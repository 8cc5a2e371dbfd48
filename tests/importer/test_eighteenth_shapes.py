"""Shapes the eighteenth held-out set brought (tests/data/corpus/eighteenth/SOURCES.md).  Each test
names the shape with a small text written for it (an invented paper and invented stories), not a copy
of the set's files."""

import csv
import html
import io
import json

from reader.importer import parse_text

STORIES = [  # (title, author, section, paragraphs)
    ("南湖新区三所学校同时开工", "记者 周明", "要闻",
     ["本报讯（记者 周明）3月2日，南湖新区三所学校同时开工。", "三所学校预计明年秋季投用。"]),
    ("春耕时节农机忙", "李华", "农村", ["连日来，各乡镇抢抓农时，农机手们在田间来回作业。"]),
    ("社区食堂让老人吃上热乎饭", "", "民生",
     ["家住南街社区的王大爷，如今每天中午都到社区食堂就餐。", "“饭菜可口，价格实惠。”"]),
]  # fmt: skip


def _check_records(issue, date="2024-03-04") -> None:
    assert [a.title for a in issue.articles] == [s[0] for s in STORIES]
    assert [[p.name for p in a.byline] for a in issue.articles] == [["周明"], ["李华"], []]
    assert [a.section for a in issue.articles] == ["要闻", "农村", "民生"]
    assert issue.articles[0].text.startswith("本报讯")
    assert "三所学校预计明年秋季投用。" in issue.articles[0].text
    assert issue.issue_date == date


def _rss(channel: str) -> str:
    """An RSS 2.0 feed of the paper 河西日报 whose channel holds ``channel`` after its title."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>河西日报</title>{channel}</channel></rss>\n"
    )


def test_rss_feed_items_are_articles_the_channel_title_the_paper():
    items = "".join(
        f"<item><title>{t}</title><link>http://x.example/{k}</link><dc:creator>{a}</dc:creator>"
        f"<category>{s}</category><pubDate>Mon, 04 Mar 2024 06:00:00 +0800</pubDate>"
        f"<description><![CDATA[{''.join(f'<p>{p}</p>' for p in ps)}]]></description></item>\n"
        for k, (t, a, s, ps) in enumerate(STORIES)
    )
    issue = parse_text(_rss("<description>河西日报电子版</description>\n" + items), "feed.xml")
    _check_records(issue)
    assert issue.publication == "河西日报"
    assert any("河西日报电子版" in b.text for b in issue.boilerplate)


def test_two_rss_items_run_into_one_are_two_articles():
    """An item's closing and the next one's opening lost: still a well-formed feed, one item, two titles."""
    items = "".join(
        f"<item>\n<title>{t}</title>\n<dc:creator>{a}</dc:creator>\n<category>{s}</category>\n"
        f"<pubDate>Mon, 04 Mar 2024 06:00:00 +0800</pubDate>\n"
        f"<description>{''.join(ps)}</description>\n</item>\n"
        for t, a, s, ps in STORIES
    )
    issue = parse_text(_rss(items.replace("</item>\n<item>\n", "", 1)), "feed.xml")
    assert [a.title for a in issue.articles] == [s[0] for s in STORIES]
    assert issue.articles[1].text == "连日来，各乡镇抢抓农时，农机手们在田间来回作业。"


def _escaped(paras: list[str]) -> str:
    return html.escape("".join(f"<p>{p}</p>" for p in paras), quote=False)


def test_atom_feed_with_escaped_html_content():
    entries = "".join(
        f"<entry><title>{t}</title>{f'<author><name>{a}</name></author>' if a else ''}"
        f'<category term="{s}"/><published>2024-03-04T06:00:00+08:00</published>'
        f'<content type="html">{_escaped(ps)}</content></entry>\n'
        for t, a, s, ps in STORIES
    )
    text = f'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>河西日报</title>\n{entries}</feed>\n'
    issue = parse_text(text, "atom.txt")
    _check_records(issue)
    assert "&lt;" not in issue.articles[0].text and "<p>" not in issue.articles[0].text


def test_atom_entries_inside_an_entry_whose_end_tag_was_lost_are_records_of_their_own():
    """The first entry's ``</entry>`` lost (and one more at the end, so the feed is still well formed): the
    next entries nest inside it.  Each is still a story, its category (an attribute) its section."""
    entries = "".join(
        f"<entry><title>{t}</title>{f'<author><name>{a}</name></author>' if a else ''}"
        f'<category term="{s}"/><published>2024-03-04T06:00:00+08:00</published>'
        f'<content type="html">{_escaped(ps)}</content></entry>\n'
        for t, a, s, ps in STORIES
    ).replace("</entry>", "", 1)
    text = (
        f'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>河西日报</title>\n{entries}'
    )
    issue = parse_text(text + "</entry></feed>\n", "atom.txt")
    _check_records(issue)


def _rows():
    return [
        dict(title=t, author=a, date="2024-03-04", section=s, content="\n".join(ps))
        for t, a, s, ps in STORIES
    ]


def test_json_array_of_records():
    issue = parse_text(json.dumps(_rows(), ensure_ascii=False, indent=2), "export.json.txt")
    _check_records(issue)
    assert issue.publication is None  # the export names no paper


def test_json_object_holding_one_list_and_an_unknown_field_set_aside():
    rows = [dict(r, keywords="学校 农机") for r in _rows()]
    issue = parse_text(json.dumps({"items": rows}, ensure_ascii=False), "export.txt")
    _check_records(issue)
    assert sum("学校 农机" in b.text for b in issue.boilerplate) == 3
    assert all("学校 农机" not in a.text for a in issue.articles)


def test_lines_lost_between_two_json_records_keep_both_titles():
    """Lines gone from a pretty-printed export (the first story's section and content, the brace pair) run
    two objects into one that is still valid JSON; the first title and author must not be dropped."""
    lines = json.dumps(_rows(), ensure_ascii=False, indent=2).split("\n")
    start = next(n for n, line in enumerate(lines) if '"section": "要闻"' in line)
    end = next(n for n, line in enumerate(lines) if '"title": "春耕时节农机忙"' in line)
    issue = parse_text("\n".join(lines[:start] + lines[end:]), "export.json.txt")
    assert [a.title for a in issue.articles] == [s[0] for s in STORIES]
    assert [[p.name for p in a.byline] for a in issue.articles] == [["周明"], ["李华"], []]
    assert issue.articles[0].text == ""  # its content was among the lost lines
    assert issue.articles[1].text == "连日来，各乡镇抢抓农时，农机手们在田间来回作业。"


def test_csv_with_newlines_inside_quoted_fields():
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["title", "author", "date", "section", "content"])
    writer.writeheader()
    writer.writerows(_rows())
    _check_records(parse_text("\ufeff" + buf.getvalue(), "export.csv"))


def test_tsv_with_paragraph_indents_on_one_line():
    lines = ["标题\t作者\t日期\t栏目\t正文"]
    for t, a, s, ps in STORIES:
        lines.append("\t".join([t, a, "2024/03/04", s, "".join("　　" + p for p in ps)]))
    issue = parse_text("\n".join(lines) + "\n", "export.tsv")
    _check_records(issue)
    assert issue.articles[0].text.split("\n")[-1] == "三所学校预计明年秋季投用。"


def test_a_bracket_line_or_a_comma_line_is_no_export():
    issue = parse_text("[图片]\n\n县城新添一座桥\n\n本报讯 新桥昨日通车，市民纷纷前来。\n", "a.txt")
    assert [a.title for a in issue.articles] == ["县城新添一座桥"]
    assert not any("feed" in w for w in issue.warnings)
    issue = parse_text("标题,正文\n\n县城新添一座桥\n\n本报讯 新桥昨日通车，市民纷纷前来。\n", "b.txt")
    assert not any("feed" in w for w in issue.warnings)  # a header row and no records: no export


BRIEF = """东山镇工作简报

第3期

东山镇党政办公室　　　　2024年5月6日

本期目录

（一）东山镇召开防汛工作会议

（二）东山镇开展义务植树活动

（三）东山镇卫生院举办健康讲座

东山镇召开防汛工作会议

5月2日，东山镇召开防汛工作会议，部署今年汛期各项工作。会议要求各村落实责任，确保安全度汛。

（供稿：周　平）

东山镇开展义务植树活动

4月28日，东山镇组织机关干部到河堤开展义务植树，共栽下树苗600余株。

（供稿：镇林业站　孙　军）

东山镇卫生院举办健康讲座

5月3日，镇卫生院在文化广场举办健康讲座，为群众讲解春季常见病的预防知识。

（供稿：吴　敏　陈晓红）
"""


def test_sign_off_with_names_padded_by_a_space():
    """``（供稿：周　平）``: a two-character name padded to three by an ideographic space in a brief's
    closing sign-off; also after an office (``镇林业站　孙　军``) and beside a three-character name."""
    issue = parse_text(BRIEF, "brief.txt")
    assert [a.title for a in issue.articles] == [
        "东山镇召开防汛工作会议",
        "东山镇开展义务植树活动",
        "东山镇卫生院举办健康讲座",
    ]
    assert [[p.name for p in a.byline] for a in issue.articles] == [["周平"], ["孙军"], ["吴敏", "陈晓红"]]
    assert issue.articles[0].byline_text == "（供稿：周　平）"


POST = """秋日银杏染金城

原创 南湖发布 南湖发布 2024年11月5日 07:45 湖北

文丨陈雨桐

图丨马骏 黄一帆

编辑丨冯佳

11月初，南湖公园的银杏进入最佳观赏期，金黄的叶片铺满步道，吸引不少市民前来拍照。

公园管理处介绍，今年园内新增银杏主题步道一条，全长800米。
"""


def test_credits_with_a_bar_under_a_post_title():
    """``文丨…`` / ``图丨…`` under a WeChat post's title name its makers (the byline); ``编辑丨…`` its
    editor, kept as a credit."""
    issue = parse_text(POST, "post.txt")
    (article,) = issue.articles
    assert article.title == "秋日银杏染金城"
    assert [(p.role, p.name) for p in article.byline] == [("文", "陈雨桐"), ("图", "马骏"), ("图", "黄一帆")]
    assert article.byline_text == "文丨陈雨桐 图丨马骏 黄一帆"
    assert article.credit == "编辑丨冯佳"
    assert article.text.startswith("11月初")


def test_a_post_account_is_the_publication_over_a_source_line():
    """The account of the post's line (``原创 南湖发布 南湖发布 2024年11月5日 07:45 湖北``) publishes it; the
    ``来源：`` line at its end names where the text came from, not the publication."""
    issue = parse_text(POST + "\n来源：南湖日报\n", "post.txt")
    assert issue.publication == "南湖发布"
    assert issue.issue_date == "2024-11-05"
    issue = parse_text(
        POST.replace(
            "原创 南湖发布 南湖发布 2024年11月5日 07:45 湖北", "南湖发布 2024-11-05 07:45 发表于湖北"
        ),
        "p",
    )
    assert issue.publication == "南湖发布"
    issue = parse_text(
        POST.replace("原创 南湖发布 南湖发布", "原创 陈雨桐 南湖发布") + "\n来源：南湖日报\n", "p"
    )
    assert issue.publication == "南湖发布"  # the writer first, the account last before the day


def test_a_post_page_bottom_and_readers_comments_set_aside():
    """Under a post copied from WeChat: the client's marks (``阅读原文``, ``阅读 1.2万``, ``写留言``) and
    the readers' comments under ``精选留言`` are not the text; a browser's copy ends with the page's
    notices (``预览时标签不可点`` / ``微信扫一扫`` …)."""
    client = (
        POST
        + "阅读原文\n阅读 1.2万\n\u200b在看 15\n写留言\n精选留言\n湖畔人家\n每年都去看银杏\n湖北 11-05 赞 9\n"
    )
    issue = parse_text(client, "post.txt")
    (article,) = issue.articles
    assert article.text.endswith("全长800米。")
    reasons = {item.text.strip("\u200b"): item.reason for item in issue.boilerplate}
    assert reasons["阅读 1.2万"] == reasons["写留言"] == "web page footer"
    assert reasons["每年都去看银杏"] == reasons["湖北 11-05 赞 9"] == "reader comments"
    browser = (
        POST
        + "\n预览时标签不可点\n\n微信扫一扫\n关注该公众号\n\n继续滑动看下一个\n轻触阅读原文\n\n南湖发布\n"
    )
    issue = parse_text(browser, "post.txt")
    assert issue.articles[0].text.endswith("全长800米。")
    assert sum(item.reason == "web page footer" for item in issue.boilerplate) == 6  # the account too


def test_one_mark_alone_stays_text():
    issue = parse_text(POST + "\n阅读原文\n\n下期再见。\n", "post.txt")
    assert "web page footer" not in {item.reason for item in issue.boilerplate if item.text == "下期再见。"}


def test_an_rss_author_as_an_address_and_a_name():
    """RSS 2.0's ``<author>news@… (name)</author>``: the name in brackets is the byline."""
    items = "".join(
        f"<item><title>{t}</title><author>news@hx.example ({a or '河西日报'})</author>"
        f"<description>{''.join(ps)}</description></item>\n"
        for t, a, _, ps in STORIES
    )
    issue = parse_text(f"<rss><channel><title>河西日报</title>\n{items}</channel></rss>\n", "feed.txt")
    assert [[p.name for p in a.byline] for a in issue.articles][:2] == [["周明"], ["李华"]]
    assert any("news@hx.example" in b.text for b in issue.boilerplate)
