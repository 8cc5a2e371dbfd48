"""A bulletin converted by pandoc to Markdown with ``--markdown-headings=setext``: each item's title
underlined with ``-`` as wide as the title (``=`` under a top heading), the masthead in plain lines over
the first.  The underlined lines are the items' titles, the masthead the issue's, its name the
publication."""

from reader.importer import parse_text


def _setext(title: str, mark: str = "-") -> str:
    width = sum(2 if ord(ch) > 0x2E7F else 1 for ch in title)
    return f"{title}\n{mark * width}"


BRIEF = f"""**云岭政务信息**

第7期

云岭县人民政府办公室　　　　2025年5月20日

{_setext('青川镇"积分超市"激发村民参与热情')}

青川镇在全镇9个村推行"积分超市"，村民参加环境整治可获得积分兑换生活用品。

（青川镇　赵立群）

{_setext("县林业局完成春季植树造林任务")}

县林业局组织干部群众在荒山荒坡植树造林，共完成人工造林1.8万亩。

（县林业局　孙海波）

{_setext("白沙乡建成农产品冷链仓储中心")}

白沙乡投资320万元建成农产品冷链仓储中心，可储存果蔬600吨。

（白沙乡　钱文亮）
"""


def test_underlined_titles_are_the_items():
    issue = parse_text(BRIEF, "brief.txt")
    assert [a.title for a in issue.articles] == [
        '青川镇"积分超市"激发村民参与热情',
        "县林业局完成春季植树造林任务",
        "白沙乡建成农产品冷链仓储中心",
    ]
    names = [[entry.name for entry in a.byline] for a in issue.articles]
    assert names == [["赵立群"], ["孙海波"], ["钱文亮"]]
    assert issue.publication == "云岭政务信息"
    assert issue.issue_date == "2025-05-20"


def test_one_underlined_line_is_no_markdown():
    text = "县里召开会议\n------\n\n会议要求各单位抓好落实。\n"
    issue = parse_text(text, "note.txt")
    assert "------" in "\n".join(b.text for b in issue.boilerplate) + issue.articles[0].text
