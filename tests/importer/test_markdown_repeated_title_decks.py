"""A Markdown item whose text opens with its headline printed again and the headline's decks (副题) under it.

A broadcast digest's item (``### title``) whose page repeats the title as a bold line and sets the
decks — what the report covers, who attended — as more bold lines before the lead.  The repeat is set
aside already; the decks belong with the headline (the subtitle), not at the head of the text, where
they would hide the lead (``本台消息…``).  Written for the test: a fictional county's digest.
"""

from __future__ import annotations

from reader.importer import BlockKind, parse_text

_FIRST_ITEM = "".join(
    (
        '<p style="text-align: center;"><strong>岚溪县第十八届人民代表大会第五次会议闭幕</strong></p>',
        '<p style="text-align: center;"><strong>批准县政府工作报告、县人大常委会工作报告等</strong></p>',
        '<p style="text-align: center;"><strong>选举产生县监察委员会主任</strong></p>',
        "<p><strong>本台消息</strong>（岚溪新闻）：岚溪县第十八届人民代表大会第五次会议圆满完成各项议程后，",
        "15日上午在县会议中心闭幕。</p>",
        "<p>会议应出席代表186人，实到179人。</p>",
    )
)

_DIGEST = f"""# 《岚溪新闻》 (20260415)

## 本期要目

1.岚溪县第十八届人民代表大会第五次会议闭幕；

2.县政府召开春季农业生产调度会；

3.岚溪至云崖城际公路全线通车。

## 详细新闻

### 岚溪县第十八届人民代表大会第五次会议闭幕

{_FIRST_ITEM}

### 县政府召开春季农业生产调度会

<p><strong>本台消息</strong>（岚溪新闻）：县政府14日召开春季农业生产调度会，部署春播备耕工作。</p><p>会议要求各乡镇抓紧落实农资供应。</p>

### 岚溪至云崖城际公路全线通车

<p><strong>本台消息</strong>（岚溪新闻）：全长42公里的岚溪至云崖城际公路今天全线通车。</p><p>沿线设服务区两处。</p>
"""


def test_decks_under_a_repeated_headline_are_the_subtitle() -> None:
    issue = parse_text(_DIGEST, "lanxi_digest.md")
    titles = [a.title for a in issue.articles]
    assert titles == [
        "岚溪县第十八届人民代表大会第五次会议闭幕",
        "县政府召开春季农业生产调度会",
        "岚溪至云崖城际公路全线通车",
    ]
    first = issue.articles[0]
    assert first.subtitle == "批准县政府工作报告、县人大常委会工作报告等 选举产生县监察委员会主任"
    assert first.blocks[0].kind is BlockKind.PARAGRAPH
    assert first.text.startswith("本台消息（岚溪新闻）：岚溪县第十八届人民代表大会第五次会议圆满完成")
    assert "选举产生县监察委员会主任" not in first.text
    assert [(item.text, item.reason) for item in issue.boilerplate if item.reason == "repeated title"] == [
        ("岚溪县第十八届人民代表大会第五次会议闭幕", "repeated title")
    ]


def test_items_without_a_repeat_keep_no_subtitle() -> None:
    issue = parse_text(_DIGEST, "lanxi_digest.md")
    assert [a.subtitle for a in issue.articles[1:]] == [None, None]
    assert issue.articles[1].text.startswith("本台消息（岚溪新闻）：县政府14日召开")


def test_bold_heads_under_a_headline_not_repeated_stay_in_the_text() -> None:
    """Bold lines right under a title that is not printed again are the text's own heads, left alone."""
    text = (
        "# 云崖市2025年民生实事完成情况\n\n"
        "**一、教育保障**\n\n"
        "**（一）新建学校**\n\n"
        "全年新建改扩建中小学6所，新增学位4200个。\n\n"
        "**二、医疗服务**\n\n"
        "新增家庭医生签约服务团队32个。\n"
    )
    issue = parse_text(text, "yunya_minsheng.md")
    [article] = issue.articles
    assert article.subtitle is None
    assert article.blocks[0].kind is BlockKind.HEADING
    assert article.blocks[0].text == "一、教育保障"
